"""A listed organisation the model ran into the person named after it (session 9): split into the
organisation and the person when the whole was tagged PER; other labels and whole names are left alone."""

from __future__ import annotations

import pytest

from marsad import lexicons
from marsad.article import Entity
from marsad.entity_bounds import split_leading_orgs
from marsad.entity_places import PlaceNames
from marsad.entity_spans import MAX_ORG_WORDS
from marsad.roles import RoleFinder
from tests.conftest import find_span
from tests.test_quotes import build


def _split(text: str, tagged: str, label: str = "PER") -> list[tuple[str, str, str]]:
    """(id, label, name) of the entities after split_leading_orgs on one model mention `tagged`."""
    article = build(text)
    found = [Entity("e0", label, tagged, (find_span(article.text, tagged),), source="model")]
    stems = [w.stem for w in RoleFinder(article).words]
    orgs = PlaceNames(lexicons.organisations(), MAX_ORG_WORDS)
    starts = [t.start for t in article.tokens]
    out = split_leading_orgs(article.text, article.tokens, found, stems, orgs, starts, "model")
    return [(e.id, e.label, e.name) for e in out]


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        # "The EU's foreign policy chief, ... the European Union Maria Rossi said that the plan …"
        (
            "وقالت مسؤولة السياسة الخارجية في الاتحاد الأوروبي ماريا روسي إن الخطة قابلة للتطبيق.",
            "الاتحاد الأوروبي ماريا روسي",
            [("e0", "ORG", "الاتحاد الأوروبي"), ("e1", "PER", "ماريا روسي")],
        ),
        # "Hamas leader ... Hamas Khaled Mansour said …" (a one-word organisation)
        (
            "وقال القيادي في حماس خالد منصور إن الوفد وصل.",
            "حماس خالد منصور",
            [("e0", "ORG", "حماس"), ("e1", "PER", "خالد منصور")],
        ),
    ],
)
def test_an_organisation_run_into_a_person_is_split(
    text: str, tagged: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _split(text, tagged) == expected


@pytest.mark.parametrize(
    ("text", "tagged", "label"),
    [
        # "The European Football Union announced …" (ORG: left as tagged, it is UEFA)
        ("وأعلن الاتحاد الأوروبي لكرة القدم عن العقوبة.", "الاتحاد الأوروبي لكرة القدم", "ORG"),
        # "The United Nations said …" (the whole is the listed name: nothing to split)
        ("وقالت الأمم المتحدة إن المساعدات وصلت.", "الأمم المتحدة", "PER"),
        # "Hamas in Gaza …" (a word with a proclitic after the name is no person)
        ("وقالت حماس بغزة إن الوفد وصل.", "حماس بغزة", "PER"),
    ],
)
def test_other_mentions_are_left_alone(text: str, tagged: str, label: str) -> None:
    assert _split(text, tagged, label) == [("e0", label, tagged)]
