"""A verbal noun that opens its sentence after "it came in" (وجاء في تحذير X أن) is the sentence's main
statement: a pro-dropped verb in the next sentence goes on with its speaker (session 15, second wave). A
verbal noun inside a sentence with a verb of its own stays a side remark (guard)."""

from __future__ import annotations

from tests.test_quotes_cases import run, said

_ENTITIES = {"هشام البزاز": "PER", "قنصلية النرويج": "ORG"}


def test_a_pro_dropped_verb_goes_on_with_the_statement_that_opened_the_sentence_before() -> None:
    # "Minister Hisham al-Bazzaz said the roads are safe. ¶ And it came in the warning of the Norwegian
    # consulate that travellers should avoid the border. ¶ And it said: "do not travel at night"."
    text = (
        "وقال الوزير هشام البزاز إن الطرق آمنة.\n\n"
        "وجاء في تحذير قنصلية النرويج أن على المسافرين تجنب الحدود.\n\n"
        'وقالت "لا تسافروا ليلا".'
    )
    article, quotes = run(text, _ENTITIES)
    assert [said(article, q) for q in quotes] == [
        ("indirect", "الطرق آمنة", "هشام البزاز", "قال", None),
        ("indirect", "على المسافرين تجنب الحدود", "قنصلية النرويج", "حذر", None),
        ("direct", "لا تسافروا ليلا", "قنصلية النرويج", "قال", None),
    ]


def test_a_verbal_noun_inside_a_clause_stays_a_side_remark() -> None:
    # "Minister Hisham al-Bazzaz rejected the Norwegian consulate's warning that the roads are unsafe. ¶ And
    # he added: "our roads are open"." (the minister goes on, not the consulate)
    text = 'ورفض الوزير هشام البزاز تحذير قنصلية النرويج من أن الطرق غير آمنة.\n\nوأضاف "طرقنا مفتوحة".'
    article, quotes = run(text, _ENTITIES)
    assert [said(article, q)[2] for q in quotes if q.kind == "direct"] == ["هشام البزاز"]
