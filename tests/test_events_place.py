"""The events stage's place per event: the marked place nearest each trigger."""

from __future__ import annotations

import pytest

from tests.test_events import _STAGE, actors, build

NAMES = ("الموصل", "كركوك", "العراق")


def places(text: str) -> list[tuple[str, str | None]]:
    entities = {name: ("LOC", None, "IRQ") for name in NAMES if name in text}
    article = _STAGE(build(text, entities=entities))
    return [(article.span_text(e.trigger), e.place.name if e.place else None) for e in article.events]


def test_each_event_takes_the_place_nearest_its_trigger() -> None:
    # gunmen attacked a checkpoint in Mosul, and the police said a car bomb exploded in Kirkuk
    text = "هاجم مسلحون حاجزا في الموصل، وقالت الشرطة إن سيارة مفخخة انفجرت في كركوك."
    found = dict(places(text))
    assert (found["هاجم"], found["انفجرت"]) == ("الموصل", "كركوك")


def test_a_place_after_fi_beats_a_nearer_unmarked_one() -> None:
    # Iraq: gunmen attacked a checkpoint in Mosul (العراق is nearer the verb but not "in")
    assert places("العراق: هاجم مسلحون حاجزا في الموصل.") == [("هاجم", "الموصل")]


def test_unmarked_place_when_none_is_marked() -> None:
    # Mosul police: gunmen attacked a checkpoint
    assert places("شرطة الموصل: هاجم مسلحون حاجزا.") == [("هاجم", "الموصل")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # settlers attacked farmers in Hebron: the settlers are Israeli civilians (event_agents.tsv codes
        # them ISRCVL) wherever the attack is; the farmers take the place's country
        ("هاجم مستوطنون مزارعين في الخليل.", [("190", "ISRCVL", "PSEAGR")]),
        # the Israeli settlers attacked the citizens' homes in Hebron: the adjective joins the settlers
        ("هاجم المستوطنون الإسرائيليون منازل المواطنين في الخليل.", [("190", "ISRCVL", "PSECVL")]),
        # the settlers assaulted the civilians (no place): the civilians do not take the settlers' country
        ("اعتدى المستوطنون على المدنيين.", [("182", "ISRCVL", "CVL")]),
    ],
)
def test_agent_row_with_a_country_keeps_it(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    ents = {"الخليل": ("LOC", None, "PSE")} if "الخليل" in text else None
    assert actors(text, entities=ents) == expected
