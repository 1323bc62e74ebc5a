"""Session 22 rules (bench/gold/QUOTES_SESSION22.md), on own sentences."""

from __future__ import annotations

import pytest

from marsad.quotes_names import speaker_name_spans
from tests.test_quotes_cases import build


def _names(text: str, entities: dict[str, str] | None = None) -> list[str]:
    article = build(text, entities)
    return [article.text[s.start : s.end] for s in speaker_name_spans(article)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "One of the notables of the southern villages, Nabil al-Safadi, said that the roads are cut."
        # ("one of" heads the subject: the name set off by commas after it is the speaker)
        ("وقال أحد وجهاء قرى الجنوب، نبيل الصفدي، إن الطرق مقطوعة.", ["نبيل الصفدي"]),
        # "One of the nurses of the hospital, Salwa Ktaiti, affirmed that the stocks ran out." (feminine)
        ("وأكدت إحدى ممرضات المستشفى، سلوى قطيطي، أن المخزون نفد.", ["سلوى قطيطي"]),
        # "One of the officials, on Sunday evening, said …" (a time phrase set off by commas is no name)
        ("وقال أحد المسؤولين، مساء الأحد، إن الطريق أغلق.", []),
        # "One of the residents, in turn, said …" (a pronoun suffix: no name)
        ("وقال أحد السكان، بدوره، إن الطريق أغلق.", []),
    ],
)
def test_a_name_set_off_after_one_of_is_the_speaker(text: str, expected: list[str]) -> None:
    assert _names(text) == expected
