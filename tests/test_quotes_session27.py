"""Session 27 (Q27) rules (bench/gold/QUOTES_SESSION27.md; issue #5), on own sentences."""

from __future__ import annotations

import pytest

from marsad.quotes_institutions import institution_spans
from tests.test_quotes import build
from tests.test_quotes_cases import Said, quotes_said


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "In a letter to the unions, Minister Hadi Salem said that the ministry rejects the strike. The
        # letter added that wages will rise next year.": the letter is the minister's.
        (
            "وفي خطاب للنقابات، قال الوزير هادي سالم إن الوزارة ترفض الإضراب. "
            "وأضاف الخطاب أن الأجور سترتفع العام المقبل.",
            {"هادي سالم": "PER"},
            [
                ("indirect", "الوزارة ترفض الإضراب", "هادي سالم", "قال", None),
                ("indirect", "الأجور سترتفع العام المقبل", "هادي سالم", "أضاف", None),
            ],
        ),
        # "The Water Authority sent a letter to the farmers in which it said that the wells are dry. The
        # letter pointed out that rationing begins in summer.": رسالة, then الرسالة.
        (
            "وبعثت سلطة المياه رسالة إلى المزارعين قالت فيها إن الآبار جافة. "
            "وأشارت الرسالة إلى أن التقنين يبدأ في الصيف.",
            {"سلطة المياه": "ORG"},
            [
                ("indirect", "الآبار جافة", "سلطة المياه", "قال", None),
                ("indirect", "التقنين يبدأ في الصيف", "سلطة المياه", "أشار", None),
            ],
        ),
    ],
)
def test_the_letter_speaks_for_whoever_sent_it(text: str, names: dict[str, str], want: list[Said]) -> None:
    assert quotes_said(text, names) == want


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "The Health Ministry announced, in a statement, the closure of two clinics. The statement added
        # that the inspection will go on for a week.": the announcement makes no quote, its subject issued
        # the statement.
        (
            "وأعلنت وزارة الصحة، في بيان، إغلاق عيادتين. وأضاف البيان أن التفتيش سيستمر أسبوعا.",
            {"وزارة الصحة": "ORG"},
            [("indirect", "التفتيش سيستمر أسبوعا", "وزارة الصحة", "أضاف", None)],
        ),
        # "The port company expressed in a statement its regret for the delay. The statement said that the
        # cranes were repaired.": an expressed feeling, no quote; the company issued it.
        (
            "وعبرت شركة الميناء في بيان لها عن أسفها للتأخير. وقال البيان إن الرافعات أصلحت.",
            {"شركة الميناء": "ORG"},
            [("indirect", "الرافعات أصلحت", "شركة الميناء", "قال", None)],
        ),
        # "The Jordanian government renewed, in a letter to the United Nations, its support for the deal. The
        # letter said that the border will stay open.": a definite body as the opening verb's subject.
        (
            "جددت الحكومة الأردنية، في رسالة إلى الأمم المتحدة، دعمها للاتفاق. "
            "وقالت الرسالة إن الحدود ستبقى مفتوحة.",
            {"الحكومة الأردنية": "ORG", "الأمم المتحدة": "ORG"},
            [("indirect", "الحدود ستبقى مفتوحة", "الحكومة الأردنية", "قال", None)],
        ),
        # "The office of Governor Sami Raad issued a statement on the flood. The statement said that the
        # schools will close.": the office issued it, not the governor: the statement stays unnamed.
        (
            "وأصدر مكتب المحافظ سامي رعد بيانا حول الفيضان. وقال البيان إن المدارس ستغلق.",
            {"سامي رعد": "PER"},
            [("indirect", "المدارس ستغلق", "البيان", "قال", None)],
        ),
        # "In the evening, in a statement, the closure of the road was announced. The statement said that the
        # works will end soon.": no named subject opens the sentence; the statement stays unnamed.
        (
            "وفي المساء، أعلن في بيان إغلاق الطريق. وقال البيان إن الأشغال ستنتهي قريبا.",
            {},
            [("indirect", "الأشغال ستنتهي قريبا", "البيان", "قال", None)],
        ),
    ],
)
def test_a_statement_named_in_an_act_is_its_subjects(
    text: str, names: dict[str, str], want: list[Said]
) -> None:
    assert quotes_said(text, names) == want


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "Sami Nour said that the road is closed. But later, the municipality launched a cleaning campaign,
        # (it) said that it will last a month.": the municipality, not the last speaker.
        (
            "وقال سامي نور إن الطريق مغلق. لكن في وقت لاحق، أطلقت البلدية حملة نظافة، قالت إنها ستستمر شهرا.",
            {"سامي نور": "PER", "البلدية": "ORG"},
            [
                ("indirect", "الطريق مغلق", "سامي نور", "قال", None),
                ("indirect", "ستستمر شهرا", "البلدية", "قال", None),
            ],
        ),
        # "Sami Nour said that the road is closed. For a week the government has been waging a wide campaign
        # in the city of Zarqa, (it) says that it targets the smugglers.": the city before the comma is in
        # the clause's object, the government speaks.
        (
            "وقال سامي نور إن الطريق مغلق. وتشن الحكومة منذ أسبوع حملة واسعة في مدينة الزرقاء، "
            "تقول إنها تستهدف المهربين.",
            {"سامي نور": "PER", "الحكومة": "ORG", "الزرقاء": "LOC"},
            [
                ("indirect", "الطريق مغلق", "سامي نور", "قال", None),
                ("indirect", "تستهدف المهربين", "الحكومة", "قال", None),
            ],
        ),
    ],
)
def test_a_verb_after_a_comma_goes_on_with_the_clause_before(
    text: str, names: dict[str, str], want: list[Said]
) -> None:
    assert quotes_said(text, names) == want


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "Sami Nour said that the road is closed. In his comment on the minister's statement, that the Water
        # Authority can finish the works within a year, (he) said that it is possible.": the clause before the
        # comma is a report of its own (بأن), so no subject is taken from it.
        (
            "وقال سامي نور إن الطريق مغلق. وفي تعليقه على تصريح الوزير، بأن سلطة المياه يمكنها إنهاء "
            "الأشغال خلال عام، قال إن الأمر ممكن.",
            {"سامي نور": "PER", "سلطة المياه": "ORG"},
            [
                ("indirect", "الطريق مغلق", "سامي نور", "قال", None),
                ("indirect", "الأمر ممكن", "سامي نور", "قال", None),
            ],
        ),
    ],
)
def test_a_report_before_the_comma_gives_no_subject(
    text: str, names: dict[str, str], want: list[Said]
) -> None:
    assert quotes_said(text, names) == want


def test_a_corporation_is_an_institution() -> None:
    # "The national electricity corporation said that the outage is temporary.": مؤسسة heads a body the
    # entities stage adds when the NER missed it.
    text = "وقالت المؤسسة الوطنية للكهرباء إن الانقطاع مؤقت."
    assert [build(text).span_text(s) for s in institution_spans(build(text))] == ["المؤسسة الوطنية"]


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "Sami Nour said that the road is closed. On the other hand, the public water company announced a
        # halt to pumping in the quarter and warned of a long cut.": the sentence opens after "on the other
        # hand", so the warning joined to the announcement is the company's, not the last speaker's.
        (
            "وقال سامي نور إن الطريق مغلق. من ناحية أخرى، أعلنت الشركة العامة للمياه وقف الضخ في الحي "
            "وحذرت من انقطاع طويل.",
            {"سامي نور": "PER", "الشركة العامة": "ORG"},
            [
                ("indirect", "الطريق مغلق", "سامي نور", "قال", None),
                ("indirect", "انقطاع طويل", "الشركة العامة", "حذر", None),
            ],
        ),
    ],
)
def test_on_the_other_hand_is_stepped_over(text: str, names: dict[str, str], want: list[Said]) -> None:
    assert quotes_said(text, names) == want


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "Sami Nour said that the road is closed because of the snow, pointing out that the works will end
        # tomorrow.": the participle with إلى أن opens the next quote without a comma.
        (
            "وقال سامي نور إن الطريق مغلق بسبب الثلوج مشيرا إلى أن الأشغال ستنتهي غدا.",
            {"سامي نور": "PER"},
            [
                ("indirect", "الطريق مغلق بسبب الثلوج", "سامي نور", "قال", None),
                ("indirect", "الأشغال ستنتهي غدا", "سامي نور", "أشار", None),
            ],
        ),
        # "Laila Hasan affirmed that the school will open on Sunday, stressing that the lessons will be made
        # up.": with على أن.
        (
            "وأكدت ليلى حسن أن المدرسة ستفتح الأحد مؤكدة على أن الدروس ستعوض.",
            {"ليلى حسن": "PER"},
            [
                ("indirect", "المدرسة ستفتح الأحد", "ليلى حسن", "أكد", None),
                ("indirect", "الدروس ستعوض", "ليلى حسن", "أكد", None),
            ],
        ),
        # 'The statement said that the minister mentioned that "he will not accept chaos, pointing out that
        # security is a priority".': inside the marks the participle is the quoted words, no cut.
        (
            'وقال البيان إن الوزير ذكر أنه "لن يقبل الفوضى مشيرا إلى أن الأمن أولوية".',
            {},
            [
                (
                    "indirect",
                    'الوزير ذكر أنه "لن يقبل الفوضى مشيرا إلى أن الأمن أولوية"',
                    "البيان",
                    "قال",
                    None,
                )
            ],
        ),
    ],
)
def test_a_participle_with_ila_anna_ends_the_content(
    text: str, names: dict[str, str], want: list[Said]
) -> None:
    assert quotes_said(text, names) == want
