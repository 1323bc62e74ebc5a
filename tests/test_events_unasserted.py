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
        ("أعلن التحالف العربي لدعم الشرعية نتائج التحقيق.", []),
        # "The planes of the Coalition for Supporting Legitimacy flew over the city" (construct, no ل)
        ("حلقت طائرات تحالف دعم الشرعية فوق المدينة.", []),
        # "The government gave a million dollars to support the refugees": a purpose after a sum, coded
        ("قدمت الحكومة مليون دولار لدعم اللاجئين.", [("050", "لدعم")]),
        # N2. "The government has been trying to deport the refugees for years"
        ("وتحاول الحكومة ترحيل اللاجئين منذ سنوات.", []),
        # "The minister is scheduled to meet his French counterpart tomorrow"
        ("ومن المقرر أن يلتقي الوزير نظيره الفرنسي غدا.", []),
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
        # "The meeting dealt with discussing ways of cooperation": a discussion's في follows, coded; its
        # topic, the cooperation, is no event (T1)
        (
            "وتناول اللقاء البحث في سبل التعاون بين البلدين.",
            [("040", "اللقاء"), ("040", "البحث")],
        ),
    ],
)
def test_unasserted(text: str, expected: list[tuple[str, str]]) -> None:
    assert coded(text) == expected


SPORT = "وسجل مهاجم الفريق هدفا في الشوط الثاني من المباراة، وقال المدرب إن اللاعبين قدموا أداء جيدا. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # S1. In a sports report, "the Paris side hosts Real Madrid next Wednesday": the home match
        (SPORT + "ويستقبل الفريق الباريسي ريال مدريد يوم الأربعاء.", []),
        # "The king received the team's players at the palace": an official named, a reception
        (SPORT + "واستقبل الملك لاعبي الفريق في القصر.", [("043", "واستقبل")]),
        # B1. "On the anniversary of the country's surrender the emperor gave a speech"
        ("وفي الذكرى السنوية لاستسلام البلاد ألقى الإمبراطور كلمة.", []),
        # A1. "The government fears the group able to threaten the capital": no threat made
        ("وتخشى الحكومة من الجماعة القادرة على تهديد العاصمة.", []),
        # F1. "The minister pointed to a scheduled visit of the president to Moscow"
        ("وأشار الوزير إلى زيارة مقررة للرئيس إلى موسكو.", []),
        # "She pointed to a meeting to be held next week"
        ("وأشارت إلى لقاء سيعقد الأسبوع المقبل.", []),
        # F2. "She announced that it will hold negotiations with the government"
        ("وأعلنت أنها ستجري مفاوضات مع الحكومة.", []),
        # T1. "The two ministers met to discuss ways of supporting the country": talks, no support given
        ("واجتمع الوزيران لمناقشة سبل دعم البلاد.", [("040", "واجتمع")]),
        # A visit done stays coded: "The president visited Moscow yesterday"
        ("وزار الرئيس موسكو أمس.", [("042", "وزار")]),
    ],
)
def test_not_yet(text: str, expected: list[tuple[str, str]]) -> None:
    assert [c for c in coded(text) if c[1] not in ("سجل", "وسجل")] == expected


def test_scored_roots_untouched() -> None:
    """Protest and violence codes keep their own modality rules (their gold is arabic_event_gsr)."""
    from marsad.events_unasserted import tried

    assert tried(["يريد", "التعاون"], 1, "060")
    assert not tried(["يريد", "التظاهر"], 1, "141")  # "wants to demonstrate"
    assert not tried(["حاول", "اقتحام"], 1, "190")  # "tried to storm"
    assert not tried(["يريد", "الحوار"], 1, "130")  # a governor's code is itself said
