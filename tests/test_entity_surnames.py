"""Bare surnames after a reporting verb (marsad.entity_surnames), on own sentences."""

from __future__ import annotations

import dataclasses

import pytest

from marsad.article import Article, Entity
from marsad.entity_surnames import SOURCE, surname_spans
from marsad.stages.entities import Entities
from marsad.stages.quotes import Quotes
from tests.conftest import find_span
from tests.test_entities_stage import segmented


class FirstSentenceTagger:
    """Tags the words of `tags` in the first sentence only (B-/I- as given), every other word O: the full
    name is tagged, its later bare surname is not."""

    def __init__(self, tags: dict[str, str]) -> None:
        self.tags = tags

    def tag(self, sentences: list[list[str]]) -> list[list[str]]:
        return [
            [self.tags.get(w, "O") if n == 0 else "O" for w in words] for n, words in enumerate(sentences)
        ]


def _analyzed(text: str, tags: dict[str, str]) -> Article:
    return Quotes.load()(Entities(FirstSentenceTagger(tags))(segmented(text)))


@pytest.mark.parametrize(
    ("text", "tags", "surname"),
    [
        # "The commissioner Ana Kalie received a delegation yesterday. Kalie said that the talks were
        # fruitful." (the segmenter reads كاليه as ك + اليه: no stem repeats the name's)
        (
            "استقبلت المفوضة آنا كاليه وفدا أمس. وقالت كاليه إن المحادثات كانت مثمرة.",
            {"آنا": "B-PER", "كاليه": "I-PER"},
            "كاليه",
        ),
        # "The ambassador Marco Bonnier visited the city yesterday. Bonnier added that the visit was a
        # success." (بونيه read as بوني + the pronoun ه)
        (
            "زار السفير ماركو بونيه المدينة أمس. وأضاف بونيه أن الزيارة كانت ناجحة.",
            {"ماركو": "B-PER", "بونيه": "I-PER"},
            "بونيه",
        ),
    ],
)
def test_a_surname_after_a_reporting_verb_is_the_named_person(
    text: str, tags: dict[str, str], surname: str
) -> None:
    article = _analyzed(text, tags)
    people = [e for e in article.entities if e.label == "PER"]
    assert len(people) == 1
    person = people[0]
    later = find_span(text, surname, 1)
    assert [(m.start, m.end) for m in person.mentions][1:] == [(later.start, later.end)]
    assert SOURCE in person.source
    assert [q.speaker for q in article.quotes] == [person.id]


def _spans(text: str, people: list[str]) -> list[str]:
    """The surname spans found in `text` with one PER mention per name of `people` (first occurrence)."""
    article = segmented(text)
    entities = tuple(
        Entity(f"e{i}", "PER", name, (find_span(text, name),), source="test") for i, name in enumerate(people)
    )
    article = dataclasses.replace(article, entities=entities)
    return [article.text[s.start : s.end] for s in surname_spans(article)]


@pytest.mark.parametrize(
    ("text", "people", "expected"),
    [
        # the bare surname after the verb
        ("استقبلت المفوضة آنا كاليه وفدا. وقالت كاليه إن الوفد وصل.", ["آنا كاليه"], ["كاليه"]),
        # "… Ana said that the delegation arrived": the first name is no last word of a full name
        ("استقبلت المفوضة آنا كاليه وفدا. وقالت آنا إن الوفد وصل.", ["آنا كاليه"], []),
        # "Adel Hassan … Hassan said": حسن is also a verb's stem ("improved"), not sure enough for a name
        ("وصل اللاعب عادل حسن إلى الملعب. وقال حسن إن الفريق جاهز.", ["عادل حسن"], []),
        # two people of one family, Rami Kalie and Ana Kalie: the bare family name could be either
        ("التقى رامي كاليه وآنا كاليه الوفد. وقالت كاليه إن الوفد وصل.", ["رامي كاليه", "آنا كاليه"], []),
        # "Samer Abd Allah … God said": الله follows a name link and is a word of the language: no surname
        ("وصل سامر عبد الله إلى المدينة. وقال الله في كتابه.", ["سامر عبد الله"], []),
    ],
)
def test_only_a_name_like_last_word_of_one_full_name(
    text: str, people: list[str], expected: list[str]
) -> None:
    assert _spans(text, people) == expected


def test_a_word_inside_a_mention_stays_as_it_is() -> None:
    # "… Kalie Street said …": the word is already part of another mention (here a made-up place name)
    text = "استقبلت المفوضة آنا كاليه وفدا. وقالت كاليه الجديدة إن الوفد وصل."
    article = segmented(text)
    entities = (
        Entity("e0", "PER", "آنا كاليه", (find_span(text, "آنا كاليه"),), source="test"),
        Entity("e1", "LOC", "كاليه الجديدة", (find_span(text, "كاليه الجديدة"),), source="test"),
    )
    assert surname_spans(dataclasses.replace(article, entities=entities)) == []


def test_a_first_name_tagged_alone_grows_over_the_surname_said_later() -> None:
    # "The envoy Mario Bertier met the leaders yesterday. Bertier said that the meeting was useful." (the
    # model tagged the first name only)
    text = "التقى المبعوث ماريو بيرتيه القادة أمس. وقال بيرتيه إن اللقاء كان مفيدا."
    article = _analyzed(text, {"ماريو": "B-PER"})
    people = [(e.name, [article.text[m.start : m.end] for m in e.mentions]) for e in article.entities]
    assert people == [("ماريو بيرتيه", ["ماريو بيرتيه", "بيرتيه"])]
    assert [q.speaker for q in article.quotes] == [article.entities[0].id]


def test_a_common_noun_after_a_name_is_no_surname() -> None:
    # "President Trump met the delegation yesterday. The delegation said that the meeting was useful."
    text = "التقى الرئيس ترامب الوفد أمس. وقال الوفد إن اللقاء كان مفيدا."
    article = _analyzed(text, {"ترامب": "B-PER"})
    assert [(e.label, e.name) for e in article.entities if e.label == "PER"] == [("PER", "ترامب")]


def test_an_untagged_name_before_a_title_is_found_by_its_repeated_surname() -> None:
    # "Anwar al-Dahesh, the spokesman of the municipality, stated that the road will open. Al-Dahesh said
    # that the works ended." (no word tagged: both quotes go to the person)
    text = "صرح أنور الداهش، المتحدث باسم البلدية، بأن الطريق سيفتح. وقال الداهش إن الأعمال انتهت."
    article = _analyzed(text, {})
    people = [(e.name, [article.text[m.start : m.end] for m in e.mentions]) for e in article.entities]
    assert people == [("أنور الداهش", ["أنور الداهش", "الداهش"])]
    assert [q.speaker for q in article.quotes] == [article.entities[0].id] * 2
