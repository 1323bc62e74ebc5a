"""The quotes stage on cases the fourth development set (bench/gold/quotes_dev4.jsonl, ANT articles of the
gold's five sources with reported speech, session 14) showed, in sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_quotes import quotes

SALEM = "أحمد سالم"

CASES = [
    # يُدعى "called" (final ى) names the speaker; it is no يدّعي "claims": "One of the residents, called Ahmad
    # Salem (30), said he heard 'explosions', stressing that 'everything was burning'."
    (
        'وقال أحد سكان الحي ويدعى أحمد سالم (30 عاما) إنه سمع "دوي انفجارات"، مؤكدا أن "كل شيء كان يحترق".',
        {SALEM: "PER"},
        [
            ("indirect", 'سمع "دوي انفجارات"', "e0", SALEM, "قال", None, None),
            ("direct", "كل شيء كان يحترق", "e0", SALEM, "أكد", None, None),
        ],
    ),
    # ... after a pronoun too: "One of them, called Ahmad Salem, said: 'it is like a dream'."
    (
        'وقال أحدهم ويدعى أحمد سالم "إنه يشبه الحلم".',
        {SALEM: "PER"},
        [("direct", "إنه يشبه الحلم", "e0", SALEM, "قال", None, None)],
    ),
    # يدعى أن with ى is still "claims that": "The minister claims that the plan failed."
    (
        "ويدعى الوزير أن الخطة فشلت.",
        {},
        [("indirect", "الخطة فشلت", None, "الوزير", "ادعى", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "entities", "expected"), CASES)
def test_dev4_cases(text: str, entities: dict[str, str], expected: list[tuple[Any, ...]]) -> None:
    assert quotes(text, entities) == expected
