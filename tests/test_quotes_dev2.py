"""The quotes stage on cases the second development set (bench/gold/quotes_dev2.jsonl, SaudiNewsNet, session
12) showed, in sentences of our own: Saudi house styles the ANT articles had not taught the rules."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_quotes import quotes

SALEM = "أحمد سالم"

CASES = [
    # A colon between the verb (and its subject) and إن: "The director Ahmad Salem said: the shipment will be
    # distributed to the hospitals."
    (
        "وقال المدير أحمد سالم: إن الشحنة سيتم توزيعها على المستشفيات.",
        {SALEM: "PER"},
        [("indirect", "الشحنة سيتم توزيعها على المستشفيات", "e0", SALEM, "قال", None, None)],
    ),
    # The same with an unnamed source and إنهم: "A local source said: they repelled violent attacks."
    (
        "وقال مصدر محلي: إنهم صدوا هجمات عنيفة.",
        {},
        [("indirect", "صدوا هجمات عنيفة", None, "مصدر محلي", "قال", None, None)],
    ),
    # An interview noun with إلى names the outlet given the words: "Ahmad Salem affirmed the situation is
    # stable. He said in statements to 'Al-Ufuq' yesterday: 'the city had to be secured after its
    # liberation from the gunmen'."
    (
        'أكد أحمد سالم أن الوضع مستقر. وقال في تصريحات إلى "الأفق" أمس "كان لا بد من تأمين المدينة بعد'
        ' تحريرها من المسلحين".',
        {SALEM: "PER"},
        [
            ("indirect", "الوضع مستقر", "e0", SALEM, "أكد", None, None),
            (
                "direct",
                "كان لا بد من تأمين المدينة بعد تحريرها من المسلحين",
                "e0",
                SALEM,
                "قال",
                None,
                "الأفق",
            ),
        ],
    ),
    # قناة السويس is the Suez Canal, no channel: "President Ahmad Salem, who went to Cairo for the opening of
    # the new Suez Canal, affirmed that his country will cooperate with Egypt."
    (
        "وأكد الرئيس أحمد سالم الذي توجه إلى القاهرة لحضور افتتاح قناة السويس الجديدة، أن بلاده"
        " ستتعاون مع مصر.",
        {SALEM: "PER", "السويس الجديدة": "ORG"},
        [("indirect", "بلاده ستتعاون مع مصر", "e0", SALEM, "أكد", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "entities", "expected"), CASES)
def test_dev2_cases(text: str, entities: dict[str, str], expected: list[tuple[Any, ...]]) -> None:
    assert quotes(text, entities) == expected
