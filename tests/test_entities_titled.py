"""A surname the model tagged as a place after a title and an untagged given name is a person's
(marsad.entity_titled.titled_surnames; bench/gold/QUOTES_SESSION26.md, C3)."""

from __future__ import annotations

import pytest

from marsad.article import Entity
from marsad.entity_places import PlaceNames
from marsad.entity_titled import titled_surnames
from marsad.roles import RoleFinder
from tests.conftest import find_span
from tests.test_quotes import build


def _people(text: str, places: list[str]) -> list[tuple[str, str]]:
    """(label, name) of the model's one-word LOC mentions `places` (each at its first occurrence, and a
    second one when written twice) after titled_surnames, with no well-known places listed."""
    article = build(text)
    found = []
    for name in places:
        for n in range(text.count(name)):
            found.append(
                Entity(f"e{len(found)}", "LOC", name, (find_span(article.text, name, n),), source="model")
            )
    stems = [w.stem for w in RoleFinder(article).words]
    starts = [t.start for t in article.tokens]
    out = titled_surnames(article.text, article.tokens, found, stems, starts, PlaceNames(()))
    return [(e.label, e.name) for e in out]


@pytest.mark.parametrize(
    ("text", "places", "want"),
    [
        # "And the Nottingham police chief Edward Calverton said before the journalists that the chase lasted
        # 18 minutes. ... And Calverton told the journalists that …"
        (
            "وقال رئيس شرطة نوتنغهام إدوارد كالفرتون أمام الصحفيين إن المطاردة دامت 18 دقيقة. "
            "وقال كالفرتون للصحفيين إن الشاب كان أعزل.",
            ["نوتنغهام", "كالفرتون"],
            [("LOC", "نوتنغهام"), ("PER", "إدوارد كالفرتون"), ("PER", "كالفرتون")],
        ),
    ],
)
def test_surname_after_title_and_given_name(
    text: str, places: list[str], want: list[tuple[str, str]]
) -> None:
    assert _people(text, places) == want


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # "… a member of the Preobrazhensky regiment": فوج "regiment" heads a unit's name, no given name.
        ("ويعود الرفات إلى الجندي هانز، وكان عضوا في فوج بريوبراجينسكي رقم 12.", ["بريوبراجينسكي"]),
        # "… the head of the monastery of Abu Fana": دير "monastery" heads a place's name.
        ("ودفن الراهب يوسف رئيس دير أبوفانا قرب المنيا.", ["أبوفانا"]),
    ],
)
def test_unit_or_place_after_a_title_stays_a_place(text: str, places: list[str]) -> None:
    assert _people(text, places) == [("LOC", p) for p in places]
