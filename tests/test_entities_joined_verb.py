"""A finite reporting verb joined by و that the model ran into a person's repeated name is cut off
(marsad.entity_bounds.trim_joined_verb; bench/gold/QUOTES_SESSION26.md, C6b)."""

from __future__ import annotations

import pytest

from marsad.article import Entity
from marsad.entity_bounds import trim_joined_verb
from tests.conftest import find_span
from tests.test_quotes import build


def _trimmed(text: str, tagged: list[str]) -> list[str]:
    """Names of the PER mentions `tagged` (each written once in `text`) after trim_joined_verb."""
    article = build(text)
    found = [
        Entity(f"e{i}", "PER", name, (find_span(article.text, name),), source="model")
        for i, name in enumerate(tagged)
    ]
    return [e.name for e in trim_joined_verb(article.text, article.tokens, found)]


@pytest.mark.parametrize(
    ("text", "tagged", "want"),
    [
        # "The minister Sami Nour rejected the charges. And Nour argued, saying that his country has no
        # motive.": «جادل نور» is Nour, named in full before, and بالقول follows.
        (
            "ورفض الوزير سامي نور الاتهامات. وجادل نور بالقول إن بلاده ليس لديها دافع.",
            ["سامي نور", "جادل نور"],
            ["سامي نور", "نور"],
        ),
        # "And Nour said: 'we will not apologise'." (a colon after the name)
        (
            'ورفض الوزير سامي نور الاتهامات. وقالت نور: "لن نعتذر".',
            ["سامي نور", "قالت نور"],
            ["سامي نور", "نور"],
        ),
    ],
)
def test_joined_verb_cut_off_a_repeated_name(text: str, tagged: list[str], want: list[str]) -> None:
    assert _trimmed(text, tagged) == want


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        # "And Yahya wrote this poem before her journey to Rome, as she was sad": no report follows the name.
        (
            "غنت سامية يحيى أمس. وكتبت يحيى هذه القصيدة قبل سفرها إلى روما، إذ كانت حزينة.",
            ["سامية يحيى", "كتبت يحيى"],
        ),
        # "And Nour argued that …" with no Nour named elsewhere: the model's mention is left alone.
        ("وجادل نور بالقول إن بلاده ليس لديها دافع.", ["جادل نور"]),
    ],
)
def test_joined_verb_kept_without_a_report_or_a_repeat(text: str, tagged: list[str]) -> None:
    assert _trimmed(text, tagged) == tagged
