"""A person named in a hashtag (marsad.entity_hashtags, session 30's H1; bench/gold/QUOTES_SESSION30.md)."""

from __future__ import annotations

from marsad import analyze
from marsad.article import Entity, Span
from marsad.entity_hashtags import hashtag_people
from tests.conftest import find_span


def _spans(text: str, people: list[str]) -> list[str]:
    article = analyze(text)
    found = [
        Entity(f"e{i}", "PER", name, (find_span(article.text, name),), source="test")
        for i, name in enumerate(people)
    ]
    busy = [False] * len(article.tokens)
    return [article.text[s.start : s.end] for s in hashtag_people(article, found, busy)]


def test_a_hashtag_ending_in_a_persons_surname_is_that_person() -> None:
    # "The acting chief of staff, Major General #Salem_al-Warfali, announced ... Al-Warfali explained ...":
    # the tag is a mention of the person the bare surname names (inside the #, underscore kept).
    text = "أعلن القائم بأعمال رئيس الأركان، اللواء #سالم_الورفلي، عن الخطة. وأوضح الورفلي أن الجيش يتقدم."
    assert _spans(text, ["الورفلي"]) == ["سالم_الورفلي"]


def test_hashtags_of_things_or_bodies_are_no_person() -> None:
    # "#Houthi_militias", "#the_child_Zainab", "#year_of_Zayed": an agent noun, a definite noun or a word of
    # things before the surname; and a tag whose last word names no person of the article.
    text = (
        "وهاجمت #ميليشيات_الحوثي المدينة، وتحدثت #الطفلة_زينب عن #عام_زايد و#سالم_منصور. وقال الحوثي إن"
        " زينب بخير."
    )
    assert _spans(text, ["الحوثي", "زينب"]) == []


def test_a_tagged_surname_is_left_alone() -> None:
    # The hashtag already touched by a mention (busy) is not added again.
    text = "وأوضح #سالم_الورفلي أن الجيش يتقدم، وقال الورفلي إن الخطة جاهزة."
    article = analyze(text)
    found = [Entity("e0", "PER", "الورفلي", (find_span(article.text, "الورفلي", 1),), source="test")]
    busy = [article.text[t.start : t.end].startswith("#") for t in article.tokens]
    assert hashtag_people(article, found, busy) == []
    assert hashtag_people(article, found, [False] * len(article.tokens)) == [
        Span(article.text.index("سالم_"), article.text.index("سالم_") + len("سالم_الورفلي"))
    ]
