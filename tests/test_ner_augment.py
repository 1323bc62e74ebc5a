"""Mention replacement for the NER CRF's training data (train/ner_augment.py, MODEL.md round 14)."""

from __future__ import annotations

import argparse

import pytest

from marsad.models.ner import Features
from train.ner_augment import (
    Replacer,
    add_arguments,
    external_pool,
    glue,
    replaced,
    replacement_files,
    settings,
    split_clitic,
    train_pool,
)

# Frequent news words: the guarded clitic split strips only down to a known stem.
VOCAB = ["الكويت", "مصر", "زار", "امس", "قال"]


@pytest.fixture
def feats() -> Features:
    return Features(dict.fromkeys(VOCAB, "0\t0\t0"), {}, {})


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("وبالكويت", ("وب", "الكويت")),  # "and in Kuwait"
        ("للكويت", ("ل", "الكويت")),  # "for Kuwait": ل + ال written لل
        ("بمصر", ("ب", "مصر")),  # "in Egypt"
        ("الكويت", ("", "الكويت")),  # "Kuwait": the article stays with the name
        ("وبريمر", ("", "وبريمر")),  # "and Bremer": unknown stem, left whole (guarded split)
    ],
)
def test_split_clitic(feats: Features, word: str, expected: tuple[str, str]) -> None:
    assert split_clitic(feats, word) == expected


@pytest.mark.parametrize(
    ("clitic", "word", "expected"),
    [
        ("ل", "الكويت", "للكويت"),  # "for Kuwait": the article's alef drops after ل
        ("وب", "الكويت", "وبالكويت"),  # "and in Kuwait"
        ("ب", "مصر", "بمصر"),  # "in Egypt"
        ("", "مصر", "مصر"),
    ],
)
def test_glue(clitic: str, word: str, expected: str) -> None:
    assert glue(clitic, word) == expected


# "Amr Moussa visited Kuwait yesterday", the place with the preposition ب ("in Kuwait").
SENT = (["زار", "عمرو", "موسى", "بالكويت", "امس"], ["O", "B-PER", "I-PER", "B-LOC", "O"])


def test_copy_replaces_each_mention_and_keeps_the_clitic(feats: Features) -> None:
    own = {"PER": {("سامر", "خليل")}, "LOC": {("مصر",)}}  # "Samer Khalil", "Egypt"
    copy = Replacer(feats, own, {}, prob=1.0, seed=13).copy(SENT)
    assert copy == (["زار", "سامر", "خليل", "بمصر", "امس"], ["O", "B-PER", "I-PER", "B-LOC", "O"])


def test_copy_without_a_change_is_none(feats: Features) -> None:
    # The only names of each label are the sentence's own (clitic-free): nothing changes.
    own = {"PER": {("عمرو", "موسي")}, "LOC": {("الكويت",)}}
    assert Replacer(feats, own, {}, prob=1.0, seed=13).copy(SENT) is None
    assert Replacer(feats, {"LOC": {("مصر",)}}, {}, prob=0.0, seed=13).copy(SENT) is None


def test_outside_names_serve_when_train_has_none(feats: Features) -> None:
    outside = {"PER": {("ليلى",)}}  # "Layla"
    copy = Replacer(feats, {}, outside, prob=1.0, seed=13).copy(SENT)
    assert copy == (["زار", "ليلى", "بالكويت", "امس"], ["O", "B-PER", "B-LOC", "O"])


def test_copies_skip_sentences_without_entities(feats: Features) -> None:
    plain = (["قال", "امس"], ["O", "O"])  # "said yesterday"
    out = Replacer(feats, {"LOC": {("مصر",)}}, {}, prob=1.0, seed=13).copies([plain, SENT], 2)
    expected = (["زار", "عمرو", "موسى", "بمصر", "امس"], ["O", "B-PER", "I-PER", "B-LOC", "O"])
    assert out == [expected, expected]


def test_train_pool_is_clitic_free_and_folded(feats: Features) -> None:
    assert train_pool(feats, [SENT]) == {"PER": {("عمرو", "موسي")}, "LOC": {("الكويت",)}}


def test_external_pool_leaves_misc_to_train() -> None:
    names = {"ليلى مراد": "PER", "نوبل": "MISC", "الدوحة": "LOC"}
    assert external_pool(names) == {"PER": {("ليلى", "مراد")}, "LOC": {("الدوحة",)}}


def test_copies_of_unchanged_sentences_and_chosen_labels(feats: Features) -> None:
    plain = (["قال", "امس"], ["O", "O"])  # "said yesterday"
    own = {"PER": {("سامر",)}, "LOC": {("مصر",)}}  # "Samer", "Egypt"
    out = Replacer(feats, own, {}, prob=1.0, seed=13, labels=["LOC"]).copies([plain, SENT], 1, unchanged=True)
    assert out == [plain, (["زار", "عمرو", "موسى", "بمصر", "امس"], ["O", "B-PER", "I-PER", "B-LOC", "O"])]


def options(**kw: object) -> argparse.Namespace:
    """train.ner's mention replacement options, defaults as `add_arguments` sets them."""
    ap = argparse.ArgumentParser()
    add_arguments(ap)
    args = ap.parse_args([])
    vars(args).update(kw)
    return args


def test_options_are_off_by_default() -> None:
    assert settings(options()) == {
        "replace": 0.0,
        "copies": 1,
        "replace_from": "train",
        "replace_labels": "PER,ORG,LOC,MISC",
        "replace_all": False,
    }


def test_replaced_is_seeded_and_checks_its_sources(feats: Features) -> None:
    places = {"مصر": "LOC", "تونس": "LOC", "عمان": "LOC"}  # Egypt, Tunisia, Amman
    args = options(replace=1.0, replace_from="train,geo")
    first = replaced(feats, [SENT] * 5, args, places, {}, seed=13)
    assert first == replaced(feats, [SENT] * 5, args, places, {}, seed=13)
    # Train's only PER is the sentence's own, so a copy is made when the place changed (4 of 5 here).
    assert len(first) == 4
    assert {toks[3] for toks, _ in first} <= {"بمصر", "بتونس", "بعمان"}
    with pytest.raises(ValueError, match="unknown name sources"):
        replaced(feats, [SENT], options(replace=0.5, replace_from="train,anergazet"), {}, {}, seed=13)


def test_replacement_files_name_the_list_sources() -> None:
    assert replacement_files("train,geo") == {}
    assert set(replacement_files("train,lists")) == {
        "ner/wikifane/train.txt",
        "ner/aqmar/train.txt, dev.txt",
        "events/universalpetrarch_arabic/actor_dict_ar_v4.txt",
    }
