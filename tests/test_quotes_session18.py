"""Session 18 rules (bench/gold/QUOTES_SESSION18.md), on own sentences: the accusative participles مطالبا and
مهددا take the clause's subject, not the noun after them."""

from __future__ import annotations

import pytest

from marsad.quotes_lexicon import load
from tests.test_quotes_cases import run, said


def test_the_participles_of_demanding_and_threatening_are_participles() -> None:
    verbs = load().verbs
    assert [(verbs[w].verb.lemma, verbs[w].participle) for w in ("مطالبا", "مهددا")] == [
        ("طالب", True),
        ("هدد", True),
    ]


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "In contrast, the Brazilian president Ramon Silva criticised the company over the delay, demanding
        # (of) the foreign investors more patience.": Silva demands, the investors are whom he calls on.
        (
            "في المقابل، انتقد الرئيس البرازيلي رامون سيلفا الشركة بسبب التأخير، مطالبا المستثمرين الأجانب "
            "بمزيد من الصبر.",
            {"رامون سيلفا": "PER"},
            [("indirect", "مزيد من الصبر", "رامون سيلفا", "طالب", None)],
        ),
        # "And minister Kamal Nasser said that the army killed three gunmen, demanding of the companies more
        # investment.": after a quote in its sentence the participle goes on with its speaker (the finite
        # reading gave the companies).
        (
            "وقال الوزير كمال ناصر إن الجيش قتل ثلاثة مسلحين، مطالبا الشركات بمزيد من الاستثمار.",
            {"كمال ناصر": "PER"},
            [
                ("indirect", "الجيش قتل ثلاثة مسلحين", "كمال ناصر", "قال", None),
                ("indirect", "مزيد من الاستثمار", "كمال ناصر", "طالب", None),
            ],
        ),
    ],
)
def test_a_participle_of_demanding_takes_the_clause_subject(
    text: str, names: dict[str, str], want: list[tuple[str, str, str | None, str | None, str | None]]
) -> None:
    article, quotes = run(text, names)
    assert [said(article, q) for q in quotes] == want
