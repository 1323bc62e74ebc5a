"""Session 23 entity rules: definite common nouns the model tagged as a place (common_places.tsv, built by
`python -m train.common_places`); names of the SaudiNewsNet development errors in the lexicons."""

from __future__ import annotations

from collections import Counter

import pytest

from marsad import lexicons
from marsad.article import Entity, Span
from marsad.entity_commons import common_places, drop_common_places, unlisted
from marsad.gazetteer import default
from marsad.place_names import normalize_name
from marsad.stages.entities import Entities
from tests.test_entities_stage import FakeTagger, segmented
from train.common_places import common_places as listed_words


def test_the_built_list_holds_common_nouns_and_no_places() -> None:
    # "the scene", "the gas" are listed; "the Nile", "Khartoum" (tagged in most of their articles) and "the
    # Ghouta" (a place the gazetteer knows by that form) are not.
    words = common_places()
    # البلاد "the country" fell out of a build run with the shipped list at work (1c).
    assert {"المشهد", "الغاز", "منطقه", "البلاد"} <= words
    assert not words & {"النيل", "الخرطوم", "الغوطه"}


@pytest.mark.parametrize(
    ("text", "tags", "expected"),
    [
        # "The actor spoke about the scene, then published that scene": the model's place is dropped at
        # both occurrences (its document pass tagged both).
        (
            "تحدث الممثل عن المشهد، ثم نشر ذلك المشهد على حسابه.",
            {"المشهد": "B-LOC"},
            [],
        ),
        # "The company will supply the gas to Beijing; the gas arrives in spring": the gas goes at both of
        # its places, Beijing stays.
        (
            "ستزود الشركة الغاز إلى بكين، ويصل الغاز في الربيع.",
            {"الغاز": "B-LOC", "بكين": "B-LOC"},
            [("LOC", "بكين")],
        ),
        # "The delegation visited an industrial zone, then went back to another zone": a listed word
        # without ال (منطقة "zone"), spread by the model, goes too.
        ("زار الوفد منطقة صناعية، ثم عاد إلى منطقة أخرى.", {"منطقة": "B-LOC"}, []),
        # "The company will supply the gas": a lone mention of a listed word is left alone.
        ("ستزود الشركة الغاز.", {"الغاز": "B-LOC"}, [("LOC", "الغاز")]),
        # "The ship sailed on the Nile": a listed place with ال stays a place.
        ("أبحرت السفينة في النيل.", {"النيل": "B-LOC"}, [("LOC", "النيل")]),
        # "The scene-maker (a person's mention of the word) spoke": only LOC mentions are dropped.
        ("تحدث المشهد للصحفيين.", {"المشهد": "B-PER"}, [("PER", "المشهد")]),
    ],
)
def test_common_nouns_tagged_as_places_are_dropped(
    text: str, tags: dict[str, str], expected: list[tuple[str, str]]
) -> None:
    stage = Entities(FakeTagger(tags), known_places=["-"])
    assert [(e.label, e.name) for e in stage(segmented(text)).entities] == expected


def test_a_known_place_read_as_clitic_and_listed_word_stays() -> None:
    # "The migrants reached the port of Calais": the clitic model reads كاليه as ك + اليه (folded, the
    # listed إليه "to him"); the gazetteer knows the whole word, so the place stays.
    article = segmented("وصل المهاجرون إلى ميناء كاليه.")
    k = next(i for i, t in enumerate(article.tokens) if article.text[t.start : t.end] == "كاليه")
    token = article.tokens[k]
    assert article.text[token.stem.start : token.stem.end] == "اليه"
    mention = Entity("e0", "LOC", "اليه", (Span(token.stem.start, token.stem.end),), source="m")
    found = [mention, mention]  # spread: as the document pass gives it to a second occurrence
    assert drop_common_places(article.text, article.tokens, found, {"كاليه"}) == found
    assert drop_common_places(article.text, article.tokens, found, set()) == []


def test_drop_keeps_other_mentions_and_renumbers() -> None:
    found = [
        Entity("e0", "LOC", "الغاز", (Span(0, 5),), source="m"),
        Entity("e1", "LOC", "بكين", (Span(10, 14),), source="m"),
        Entity("e2", "ORG", "الغاز", (Span(20, 25),), source="m"),  # an ORG of the word: not this rule's
        Entity("e3", "LOC", "الغاز", (Span(30, 35),), source="m"),
    ]
    assert drop_common_places("", [], found, commons=["الغاز"]) == [
        Entity("e0", "LOC", "بكين", (Span(10, 14),), source="m"),
        Entity("e1", "ORG", "الغاز", (Span(20, 25),), source="m"),
    ]
    assert drop_common_places("", [], found[:3], commons=["الغاز"]) == found[:3]  # one LOC: it stays


def test_the_build_keeps_frequent_rare_and_gazetteer_words_out() -> None:
    # Seen in 100 articles and tagged in 2: listed; tagged in 50: a place; seen in 5: too few to say; and
    # a word the gazetteer knows as a place in that form stays out however seldom the model tags it.
    seen = Counter({"المشهد": 100, "النيل": 100, "القبو": 5, "الغوطه": 100})
    tagged = Counter({"المشهد": 2, "النيل": 50, "القبو": 1, "الغوطه": 1})
    rows = listed_words(seen, tagged, lambda w: w == "الغوطه")
    assert rows == [("المشهد", 100, 2, 0.02)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "The Atlantic alliance (NATO) met in Brussels": NATO's other name, untagged by the model.
        ("اجتمع الحلف الأطلسي في بروكسل.", "الحلف الأطلسي"),
        # written without the hamza
        ("قرر الحلف الاطلسي إرسال قوات.", "الحلف الاطلسي"),
        # "Al Tayyar group announced its results": the Saudi travel company.
        ("أعلنت مجموعة الطيار نتائجها.", "مجموعة الطيار"),
    ],
)
def test_listed_organisations_of_session_23(text: str, name: str) -> None:
    stage = Entities(FakeTagger(), known_places=["-"], organisations=lexicons.organisations())
    assert [(e.label, e.name) for e in stage(segmented(text)).entities] == [("ORG", name)]


@pytest.mark.parametrize("name", ["قاعدة إنجرليك", "قاعدة انجرليك"])
def test_incirlik_is_a_turkish_place(name: str) -> None:
    # The air base, written with or without the hamza: a place of Turkey the stage may tag on its own.
    gazetteer = default()
    assert [p.country for p in gazetteer.lookup(name)] == ["TUR"]
    assert normalize_name(name) in gazetteer.unambiguous_names()


def test_the_pass_drops_nothing_while_the_list_is_rebuilt() -> None:
    # The build counts the model's own mentions: a spread listed word is kept inside unlisted().
    found = [
        Entity("e0", "LOC", "الغاز", (Span(0, 5),), source="m"),
        Entity("e1", "LOC", "الغاز", (Span(10, 15),), source="m"),
    ]
    assert drop_common_places("", [], found) == []
    with unlisted():
        assert drop_common_places("", [], found) == found
    assert drop_common_places("", [], found) == []
