"""Entities, session 29 (bench/gold/ENTITIES.md "Session 29"), on sentences of our own."""

from __future__ import annotations

from marsad import analyze


def test_a_name_that_ends_in_al_takes_the_family_word_after_it() -> None:
    # "Sheikh Rashid bin Mohammed Al Omra revealed that the tribe was displaced. Al Omra stressed that …": no
    # name ends in آل "the house of"; the family word after it is the name's, and the later آل عمرة joins it.
    text = (
        "وكشف الشيخ راشد بن محمد آل عمرة أن القبيلة تعرضت للتهجير. وأكد آل عمرة أن التعذيب كان سلاحا ضد"
        " المعارضين."
    )
    article = analyze(text)
    people = [
        (e.name, [text[m.start : m.end] for m in e.mentions]) for e in article.entities if e.label == "PER"
    ]
    assert people == [("راشد بن محمد آل عمرة", ["راشد بن محمد آل عمرة", "آل عمرة"])]
    assert {q.speaker for q in article.quotes} == {article.entities[0].id}
