"""Events, session 26 (E26, issue #6): triggers of roots outside 14 and 18-20 added for recall over all roots
(docs/events_precision.md, "Session 26"), each case on sentences of our own: court sentences (116, with the
sentencing word they need: marsad.events_courts), requests (020), deployments (154), releases on bail (0841),
expelled diplomats (166), lawsuits (115, and بدعوى "on the pretext of")."""

from __future__ import annotations

import pytest

from tests.test_events_unasserted import coded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The court sentenced the man to three years in prison"
        ("حكمت المحكمة على الرجل بالسجن ثلاث سنوات.", [("116", "بالسجن")]),
        # "A military court ruled, on Wednesday, to imprison 32 defendants" (commas stepped over)
        ("قضت محكمة عسكرية، الأربعاء، بسجن 32 متهما.", [("116", "بسجن")]),
        # "The court issued a death sentence against the two defendants"
        ("وأصدرت المحكمة حكما بالإعدام على المتهمين.", [("116", "بالإعدام")]),
        # "The law punishes whoever commits this offence with prison": a penalty, no sentence given
        ("ويعاقب القانون مرتكب هذه المخالفة بالسجن.", []),
        # "The defendant faces a prison sentence": possible, not given
        ("ويواجه المتهم حكما بالسجن.", []),
        # "The court will issue a prison sentence next week": not yet given
        ("وستصدر المحكمة حكما بالسجن الأسبوع المقبل.", []),
        # "The guards took him to prison": the prison, no sentence
        ("ونقله الحراس إلى السجن.", []),
    ],
)
def test_court_sentences(text: str, expected: list[tuple[str, str]]) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The government asked the neighbouring country to hand over the suspect"
        ("طلبت الحكومة من الدولة المجاورة تسليم المشتبه به.", [("020", "طلبت")]),
        # "The forces entered the city at the request of the government"
        ("ودخلت القوات المدينة بطلب من الحكومة.", [("020", "بطلب من")]),
        # "The ministry sent reinforcements to the border"
        ("وأرسلت الوزارة تعزيزات إلى الحدود.", [("154", "وأرسلت")]),
        # "The army deployed soldiers around the stadium"
        ("ونشر الجيش جنودا حول الملعب.", [("154", "ونشر")]),
        # "The army pushed reinforcements into the area"
        ("ودفع الجيش بتعزيزات إلى المنطقة.", [("154", "ودفع")]),
        # "The prosecution released the journalist on bail"
        ("وأخلت النيابة سبيل الصحفي بكفالة.", [("0841", "وأخلت")]),
        # "The government expelled four diplomats of the embassy"
        ("وطردت الحكومة أربعة دبلوماسيين من السفارة.", [("166", "وطردت")]),
        # "The company filed a lawsuit against the ministry" (the phrase) and "the lawsuit continues"
        ("وقال المحامي إن الدعوى مستمرة.", [("115", "الدعوى")]),
        # "The group was formed on the pretext of fighting the organisation": no lawsuit
        ("تشكلت الجماعة بدعوى محاربة التنظيم.", []),
    ],
)
def test_requests_deployments_releases(text: str, expected: list[tuple[str, str]]) -> None:
    assert coded(text) == expected
