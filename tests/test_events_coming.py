"""Events, session 27 (issue #6, FU and FUb of docs/events_history.md): an imperfect with a coming-time word
after it in its clause is planned, not done (marsad.events_modality.planned; not the speech acts, which are
said now), on sentences of our own."""

from __future__ import annotations

import pytest

from marsad.arabic import fold
from marsad.events_modality import coming
from tests.test_events_unasserted import coded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The president visits Cairo next Sunday to discuss relations": planned
        ("ويزور الرئيس القاهرة الأحد المقبل لبحث العلاقات.", []),
        # "The two states sign a free trade agreement next week": planned (a case of session 3's trigger
        # test, which now signs today)
        ("والدولتان توقعان اتفاقية للتجارة الحرة الأسبوع المقبل.", []),
        # "The workers strike tomorrow in front of the factory": planned
        ("ويضرب العمال عن العمل غدا أمام المصنع.", []),
        # "The president visited Cairo last Sunday": done, coded
        ("وزار الرئيس القاهرة الأحد الماضي.", [("042", "وزار")]),
        # "The president visited Cairo, and the talks go on next week": the coming week is another clause's
        ("وزار الرئيس القاهرة، وتستمر المحادثات الأسبوع المقبل.", [("042", "وزار")]),
        # "The movement threatens to boycott the elections set for next month": a threat made today (FUb)
        ("وتهدد الحركة بمقاطعة الانتخابات المقررة الشهر المقبل.", [("130", "وتهدد")]),
    ],
)
def test_an_imperfect_with_a_coming_time_is_planned(text: str, expected: list[tuple[str, str]]) -> None:
    assert coded(text) == expected


def test_a_clause_mark_ends_the_reach() -> None:
    # "they meet, next week ...": the comma ends the verb's clause
    keys = [fold(w) for w in ("يلتقي", "الوزيران", "،", "والأسبوع", "المقبل")]
    assert not coming(keys, 0)
    assert coming([fold(w) for w in ("يلتقي", "الوزيران", "الأسبوع", "المقبل")], 0)
