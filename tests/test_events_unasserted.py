"""Events, session 25 (issue #6): non-violence triggers the sentence does not tell as an event
(marsad.events_unasserted; docs/events_precision.md, judged on bench.eval_events_ant), each case on sentences
of our own: N1 a body's purpose in its name, N2 an act tried, wished or scheduled, N3 a word of a place's
name, V5 the search. The scored roots (protest, violence) are never touched."""

from __future__ import annotations

import pytest

from marsad.stages.events import Events
from tests.test_events import build

_STAGE = Events()  # rules only


def coded(text: str) -> list[tuple[str, str]]:
    """(code, trigger text) of every event the rules code in text."""
    article = build(text)
    return [(e.cameo, article.text[e.trigger.start : e.trigger.end]) for e in _STAGE(article).events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # N1. "The Arab Coalition to Support Legitimacy announced the results of the inquiry": the name's
        # support is no event
        ("صور نشرها التحالف العربي لدعم الشرعية أمس.", []),
        # "The planes of the Coalition for Supporting Legitimacy flew over the city" (construct, no ل)
        ("حلقت طائرات تحالف دعم الشرعية فوق المدينة.", []),
        # "The government gave a million dollars to support the refugees": a purpose after a sum, coded
        ("قدمت الحكومة مليون دولار لدعم اللاجئين.", [("050", "لدعم")]),
        # N2. "The government has been trying to deport the refugees for years"
        ("وتحاول الحكومة ترحيل اللاجئين منذ سنوات.", []),
        # "The governor is scheduled to receive the traders' delegation tomorrow"
        ("ومن المقرر أن يستقبل المحافظ وفد التجار غدا.", []),
        # "The ministry is studying the possibility of cooperating with the company"
        ("وتدرس الوزارة إمكانية التعاون مع الشركة.", []),
        # "The ministry cooperated with the company last year": done, coded
        ("وتعاونت الوزارة مع الشركة العام الماضي.", [("060", "وتعاونت")]),
        # N2b. "The unions denounced the attempt to silence the papers that criticise the government": the
        # criticism, in a relative clause, is told (the silencing is what is tried)
        ("ونددت النقابات بمحاولة إسكات الصحف التي تنتقد الحكومة.", [("111", "ونددت"), ("111", "تنتقد")]),
        # N3. "The forces entered Wadi Rafadh east of the province": a word of a valley's name
        ("ودخلت القوات وادي رفض شرق المحافظة.", []),
        # "The party rejected the proposal": the verb itself stays a rejection
        ("رفض الحزب الاقتراح.", [("120", "رفض")]),
        # V5. "Search engines improve their results": البحث "the search", no talks
        ("وتعمل محركات البحث على تحسين نتائجها.", []),
        # "The two ministers discussed ways of cooperation": a discussion's في follows, coded
        (
            "وتناول اللقاء البحث في سبل التعاون بين البلدين.",
            [("040", "اللقاء"), ("040", "البحث"), ("060", "التعاون")],
        ),
    ],
)
def test_unasserted(text: str, expected: list[tuple[str, str]]) -> None:
    assert coded(text) == expected


def test_scored_roots_untouched() -> None:
    """Protest codes keep their own modality rules (their gold is arabic_event_gsr); violence is tried too
    (session 26, tests/test_events_tried_violence.py)."""
    from marsad.events_unasserted import tried

    assert tried(["يريد", "التعاون"], 1, "060")
    assert not tried(["يريد", "التظاهر"], 1, "141")  # "wants to demonstrate"
    assert tried(["حاول", "اقتحام"], 1, "190")  # "tried to storm": violence tried since session 26 (L2)
    assert not tried(["يريد", "الحوار"], 1, "130")  # a governor's code is itself said
