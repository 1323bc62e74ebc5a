"""The lead's hand-written cases of session 15 (requests.md, "Quotes (Q14)" and round 1), on own sentences:
each rule's test fails before it; a guard (the same word as a verb's subject) passes before and after."""

from __future__ import annotations

from tests.test_quotes_cases import run, said


def test_committees_after_a_bare_attribution_speak() -> None:
    # "Nine civilians were killed in shelling of a market, according to what the local relief committees
    # announced on Monday." (the segmenter reads لجان as ل + جان, a glued preposition: no source was found)
    text = "قتل تسعة مدنيين في قصف استهدف سوقا شعبية، وفق ما أعلنت لجان الإغاثة المحلية الاثنين."
    article, quotes = run(text, {})
    assert [said(article, q) for q in quotes] == [
        ("indirect", "قتل تسعة مدنيين في قصف استهدف سوقا شعبية", "لجان الإغاثة المحلية", "أعلن", None)
    ]


def test_a_committee_after_its_verb_is_its_subject() -> None:
    # "The inquiry committee affirmed that the fire was accidental." (لجنة, with its root ل)
    text = "وأكدت لجنة التحقيق أن الحريق كان عرضيا."
    article, quotes = run(text, {})
    assert [said(article, q) for q in quotes] == [
        ("indirect", "الحريق كان عرضيا", "لجنة التحقيق", "أكد", None)
    ]
