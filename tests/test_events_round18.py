"""Events, session 18 (issue #6), each case on sentences of our own: the lead's request of session 17, a
young man "fell a martyr" by someone's fire (استشهد برصاص X) is a killing by X (events_match.NEEDS_FIRE)."""

from __future__ import annotations

import pytest

from tests.test_events import actors, codes


@pytest.mark.parametrize(
    ("text", "entities", "expected"),
    [
        # "In Qalqilya, a Palestinian boy was killed by the occupation forces' bullets this morning": a
        # killing (190) by the Israeli military (a Palestinian place), the boy its target
        (
            "وفي قلقيلية، استشهد فتى فلسطيني برصاص قوات الاحتلال صباح اليوم.",
            {"قلقيلية": ("LOC", None, "PSE")},
            [("190", "ISRMIL", "PSE")],
        ),
        # "Two young men were killed by the army's fire near the wall": the dual, past the victims
        ("واستشهد شابان برصاص الجيش قرب الجدار.", {}, [("190", "MIL", None)]),
    ],
)
def test_a_martyr_by_fire_is_killed_by_the_shooter(
    text: str,
    entities: dict[str, tuple[str, str | None, str | None]],
    expected: list[tuple[str, str | None, str | None]],
) -> None:
    assert actors(text, entities=entities) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The minister cited a United Nations report on poverty in the countryside": استشهد ب "cited"
        ("واستشهد الوزير بتقرير للأمم المتحدة عن الفقر في الريف.", []),
        # "The lawyer cited the testimony of the doctor, who treated a man wounded by a stray bullet": the
        # weapon noun is past the clause's end, so the only attack is the wounding (أصيب)
        ("واستشهد المحامي بشهادة الطبيب، الذي عالج رجلا أصيب برصاصة طائشة.", ["190"]),
    ],
)
def test_a_citation_is_no_killing(text: str, expected: list[str]) -> None:
    assert codes(text) == expected
