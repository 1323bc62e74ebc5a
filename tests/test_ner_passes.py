"""bench.ner_passes: the entities stage over pre-tokenized sentences, its mentions mapped back to tags."""

from __future__ import annotations

import dataclasses

import pytest

import marsad.stages.entities as stage_module
from bench.ner_passes import EMPTIED, GROUPS, NEUTRAL, PassTagger, article_of, parts, switched_off, token_tags
from marsad.article import Article, Entity
from marsad.entity_places import PlaceNames
from marsad.entity_spans import DESCRIPTION_SOURCE
from marsad.stages.entities import Entities
from marsad.stages.segment import Segmenter, default_segmenter
from tests.conftest import find_span

CLITICS = default_segmenter().clitics


class FakeTagger:
    """Tags each token by its text (a dict of token -> tag), O otherwise."""

    def __init__(self, tags: dict[str, str]) -> None:
        self.tags = tags

    def tag(self, sentences: list[list[str]]) -> list[list[str]]:
        return [[self.tags.get(w, "O") for w in words] for words in sentences]


# "The minister met the delegation in Syria ." / "The Arab League welcomed the visit ."
SENTENCES = [
    ["والتقى", "الوزير", "الوفد", "بسوريا", "."],
    ["ورحبت", "جامعة", "الدول", "العربية", "بالزيارة", "."],
]


def test_the_article_has_the_input_tokens_analysed_as_the_segment_stage_does() -> None:
    article = article_of(SENTENCES, CLITICS, "d0")
    assert article.text == "والتقى الوزير الوفد بسوريا .\nورحبت جامعة الدول العربية بالزيارة ."
    assert [article.text[t.start : t.end] for t in article.tokens] == [w for s in SENTENCES for w in s]
    assert [article.text[s.start : s.end] for s in article.sentences] == [" ".join(s) for s in SENTENCES]
    # Here the segment stage cuts the same tokens, so each token must come out the same.
    segmented = Segmenter.load()(Article(text=article.text, language="ar"))
    assert segmented.tokens == article.tokens
    assert segmented.sentences == article.sentences


def _with(article: Article, mentions: list[tuple[str, str, int]], source: str = "test") -> Article:
    """The article with one entity per (surface, label, occurrence)."""
    entities = tuple(
        Entity(f"e{i}", label, surface, (find_span(article.text, surface, k),), source=source)
        for i, (surface, label, k) in enumerate(mentions)
    )
    return dataclasses.replace(article, entities=entities)


def test_mentions_tag_whole_tokens_clitics_included() -> None:
    article = _with(article_of(SENTENCES, CLITICS), [("سوريا", "LOC", 0), ("جامعة الدول العربية", "ORG", 0)])
    assert token_tags(article, [5, 6]) == [
        ["O", "O", "O", "B-LOC", "O"],  # بسوريا: the mention is سوريا, the token is tagged whole
        ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O"],
    ]


def test_touching_mentions_each_open_with_b_and_the_first_keeps_a_shared_token() -> None:
    # "Ahmad Sami met Ali Hasan" (two people side by side); a later mention over a held token is dropped.
    article = article_of([["أحمد", "سامي", "علي", "حسن"]], CLITICS)
    article = _with(article, [("أحمد سامي", "PER", 0), ("علي حسن", "PER", 0), ("سامي علي", "ORG", 0)])
    assert token_tags(article, [4]) == [["B-PER", "I-PER", "B-PER", "I-PER"]]


def test_descriptions_are_left_out() -> None:
    article = _with(article_of(SENTENCES, CLITICS), [("الوزير", "ORG", 0)], source=DESCRIPTION_SOURCE)
    assert token_tags(article, [5, 6]) == [["O"] * 5, ["O"] * 6]


def test_every_switch_names_something_the_stage_has() -> None:
    # A rename in marsad/stages/entities.py must fail here, not silently switch nothing off.
    for part in parts(GROUPS):
        assert part in NEUTRAL or part in EMPTIED
        if part in NEUTRAL:
            assert callable(getattr(stage_module, part))
    assert set(parts(GROUPS)) == set(NEUTRAL) | set(EMPTIED)


def test_switched_off_restores_the_stage() -> None:
    stage = Entities(FakeTagger({}), people=PlaceNames(["احمد سامي"]))
    before = {name: getattr(stage_module, name) for name in NEUTRAL}
    people = stage.people
    with switched_off(stage, parts(["fit", "people", "merge"])):
        assert stage_module.merge is NEUTRAL["merge"]
        assert stage_module.trim_title is NEUTRAL["trim_title"]
        assert not stage.people
    assert {name: getattr(stage_module, name) for name in NEUTRAL} == before
    assert stage.people is people


@pytest.fixture(scope="module")
def tagger() -> PassTagger:
    # The organisation list holds one well-known name, folded: the Arab League.
    stage = Entities(FakeTagger({"بسوريا": "B-LOC"}), organisations=["جامعه الدول العربيه"])
    return PassTagger(stage, CLITICS)


def test_the_stage_adds_a_listed_organisation_the_tagger_missed(tagger: PassTagger) -> None:
    tagger.off = ()
    assert tagger.tag(SENTENCES) == [
        ["O", "O", "O", "B-LOC", "O"],
        ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O"],
    ]


def test_a_group_switched_off_takes_its_mentions_away(tagger: PassTagger) -> None:
    tagger.off = parts(["org_spans"])
    assert tagger.tag(SENTENCES) == [["O", "O", "O", "B-LOC", "O"], ["O"] * 6]
    tagger.off = ()
