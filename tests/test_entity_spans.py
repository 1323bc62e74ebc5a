"""Mention boundaries fitted after the model (session 9): a person's mention run on into a word of ل + an
outlet noun ("told the agency") ends before it."""

from __future__ import annotations

import pytest

from marsad.entity_outlets import trim_told
from tests.conftest import find_span
from tests.test_quotes import build


@pytest.mark.parametrize(
    ("text", "tagged", "name"),
    [
        # "Rami Abdel Karim told the agency that the talks failed."
        (
            "وقال رامي عبد الكريم لوكالة الأنباء إن المحادثات فشلت.",
            "رامي عبد الكريم لوكالة",
            "رامي عبد الكريم",
        ),
        # "Salma Haddad told the newspaper that she would leave." (لل + the definite noun)
        ("وقالت سلمى حداد للصحيفة إنها سترحل.", "سلمى حداد للصحيفة", "سلمى حداد"),
        # "Youssef Karam told the channel …" (a last name with a pronoun-like ه stays whole)
        ("وأكد يوسف كرامه لقناة محلية أنه بخير.", "يوسف كرامه لقناة", "يوسف كرامه"),
    ],
)
def test_a_person_ends_before_a_told_outlet(text: str, tagged: str, name: str) -> None:
    article = build(text)
    span = trim_told(article.text, article.tokens, find_span(article.text, tagged))
    assert article.text[span.start : span.end] == name


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        # "Said Lamouk spoke …" (a name that starts with ل and a type noun after it are untouched)
        ("وتحدث سعيد لموك عن الأمر.", "سعيد لموك"),
        # "Mona Saleh, on the website …" (no ل before the noun)
        ("وكتبت منى صالح موقع الجريدة.", "منى صالح"),
    ],
)
def test_other_mentions_are_untouched(text: str, tagged: str) -> None:
    article = build(text)
    span = find_span(article.text, tagged)
    assert trim_told(article.text, article.tokens, span) == span
