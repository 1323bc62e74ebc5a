"""Mention replacement for the NER CRF's training data (MODEL.md round 14; off by default).

Dai and Adel 2020 ("An Analysis of Simple Data Augmentation for Named Entity Recognition"): copies of
training sentences in which each entity mention is, with probability `prob`, replaced by another name
of the same label. The CRF then sees one context around many names, so weight moves from a name's
own words to its context, clusters and affixes: aimed at the dev misses that are names never seen
in train (round 13: 208 of 486).

Names come from `train` (the mentions of the training part itself, never the held-out split) and,
for PER, ORG and LOC, optionally from ship-licensed lists: `lists` (WikiFANE train and AQMAR
train+dev entities, UniversalPetrarch's actor person names: `train/names.py`) and `geo` (the place
names of names.tsv). WikiFANE's MISC (books, films, software) is not ANERcorp's (currencies,
religions, events), so MISC only draws from train. A mention's proclitics stay in the sentence and
are glued onto the new name; the pools hold clitic-free folded names.
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Iterable

from marsad.arabic import fold
from marsad.models.ner import Features
from train.conll import Sentence, entities
from train.names import ACTOR_DICT

# External names serve these labels only (see the module docstring on MISC).
EXTERNAL_LABELS = ("PER", "ORG", "LOC")
# With external sources on, the share of replacements drawn from train's own names.
TRAIN_SHARE = 0.5
SOURCES = ("train", "lists", "geo")
# Defaults of `python -m train.ner` (off): the probability a mention is replaced in a copy, copies per
# sentence, where new names come from, which labels are replaced, and whether sentences that no
# replacement changed (all O, or no draw) are copied too, keeping the copies' O share as train's.
# Measured on dev (MODEL.md round 14, rows 64-73): eight variants, none passed the bar (best +0.68 with
# LOC and MISC down 1.9 / 1.8; ORG up in every row): off.
REPLACE = 0.0
COPIES = 1
REPLACE_FROM = "train"
REPLACE_LABELS = "PER,ORG,LOC,MISC"
REPLACE_ALL = 0


def add_arguments(ap: argparse.ArgumentParser) -> None:
    """The mention replacement options of `python -m train.ner`."""
    ap.add_argument("--replace", type=float, default=REPLACE, help="mention replacement probability")
    ap.add_argument("--copies", type=int, default=COPIES, help="--replace: copies per sentence")
    ap.add_argument("--replace-from", default=REPLACE_FROM, help="--replace: names from train,lists,geo")
    ap.add_argument("--replace-labels", default=REPLACE_LABELS, help="--replace: the labels replaced")
    ap.add_argument(
        "--replace-all", type=int, default=REPLACE_ALL, help="--replace: copy unchanged too (1/0)"
    )


def settings(args: argparse.Namespace) -> dict[str, object]:
    """The mention replacement options of a build, for trained_on.json."""
    return {
        "replace": args.replace,
        "copies": args.copies,
        "replace_from": args.replace_from,
        "replace_labels": args.replace_labels,
        "replace_all": bool(args.replace_all),
    }


def split_clitic(feats: Features, word: str) -> tuple[str, str]:
    """(proclitics, rest) of a folded word by the CRF's guarded split; the article stays with the rest.

    وبالكويت -> (وب, الكويت); للكويت -> (ل, الكويت): ل + ال is written لل.
    """
    pre, stem = feats.stem(word)
    if pre.endswith("لل"):
        return pre[:-2] + "ل", stem if stem.startswith("ال") else "ال" + stem
    if pre.endswith("ال"):
        return pre[:-2], "ال" + stem
    return pre, stem


def glue(clitic: str, word: str) -> str:
    """A proclitic glued onto a word: ل + الكويت -> للكويت (the article's alef drops after ل)."""
    if clitic.endswith("ل") and word.startswith("ال"):
        return clitic + word[1:]
    return clitic + word


def train_pool(feats: Features, sents: Iterable[Sentence]) -> dict[str, set[tuple[str, ...]]]:
    """Clitic-free folded names of a tagged corpus by label."""
    out: dict[str, set[tuple[str, ...]]] = {}
    for toks, tags in sents:
        for s, e, label in entities(tags):
            words = [fold(t) for t in toks[s:e]]
            words[0] = split_clitic(feats, words[0])[1]
            if len(words[0]) >= 2:
                out.setdefault(label, set()).add(tuple(words))
    return out


def external_pool(names: dict[str, str]) -> dict[str, set[tuple[str, ...]]]:
    """Folded names (name -> label) of a list, by label, for the labels external names serve."""
    out: dict[str, set[tuple[str, ...]]] = {}
    for name, label in names.items():
        if label in EXTERNAL_LABELS and name:
            out.setdefault(label, set()).add(tuple(name.split(" ")))
    return out


class Replacer:
    """Makes mention-replaced copies of tagged sentences (seeded)."""

    def __init__(
        self,
        feats: Features,
        own: dict[str, set[tuple[str, ...]]],
        outside: dict[str, set[tuple[str, ...]]],
        prob: float,
        seed: int,
        labels: Iterable[str] = ("PER", "ORG", "LOC", "MISC"),
    ) -> None:
        self.feats = feats
        self.labels = frozenset(labels)
        # Sorted, so a seed gives the same draws whatever the set order.
        self.own = {k: sorted(v) for k, v in own.items()}
        self.outside = {k: sorted(v) for k, v in outside.items()}
        self.prob = prob
        self.rng = random.Random(seed)

    def draw(self, label: str) -> tuple[str, ...] | None:
        """A name of `label`: from train's own names, or (with even odds) from outside when it has some."""
        own, outside = self.own.get(label), self.outside.get(label)
        pool = outside if outside and (not own or self.rng.random() >= TRAIN_SHARE) else own
        return self.rng.choice(pool) if pool else None

    def copy(self, sent: Sentence) -> Sentence | None:
        """One copy of a sentence with each mention replaced with probability `prob`; None if none was."""
        toks, tags = sent
        out_toks: list[str] = []
        out_tags: list[str] = []
        changed = False
        i = 0
        for s, e, label in sorted(entities(tags)):
            out_toks += toks[i:s]
            out_tags += tags[i:s]
            i = e
            hit = label in self.labels and self.rng.random() < self.prob
            name = self.draw(label) if hit else None
            clitic, rest = split_clitic(self.feats, fold(toks[s]))
            if name is None or name == (rest, *(fold(t) for t in toks[s + 1 : e])):
                out_toks += toks[s:e]
                out_tags += tags[s:e]
                continue
            changed = True
            out_toks += [glue(clitic, name[0]), *name[1:]]
            out_tags += ["B-" + label] + ["I-" + label] * (len(name) - 1)
        out_toks += toks[i:]
        out_tags += tags[i:]
        return (out_toks, out_tags) if changed else None

    def copies(self, sents: list[Sentence], k: int, unchanged: bool = False) -> list[Sentence]:
        """`k` rounds of replaced copies, in sentence order: of each sentence a replacement changed, and,
        with `unchanged`, of every other sentence as it is."""
        out = []
        for _ in range(k):
            for sent in sents:
                c = self.copy(sent) if any(t != "O" for t in sent[1]) else None
                if c is not None or unchanged:
                    out.append(c or sent)
        return out


def replaced(
    feats: Features,
    train: list[Sentence],
    args: argparse.Namespace,
    places: dict[str, str],
    lists: dict[str, str],
    seed: int,
) -> list[Sentence]:
    """The mention-replaced copies of `train` by the options of `add_arguments` (names from
    `args.replace_from`: train, lists, geo; `places`: names.tsv; `lists`: the list sources' names)."""
    chosen = {s for s in args.replace_from.split(",") if s}
    if chosen - set(SOURCES):
        raise ValueError(f"unknown name sources {sorted(chosen - set(SOURCES))}; choose from {SOURCES}")
    own = train_pool(feats, train) if "train" in chosen else {}
    outside: dict[str, set[tuple[str, ...]]] = {}
    for src, table in (("lists", lists), ("geo", places)):
        if src in chosen:
            for label, found in external_pool(table).items():
                outside.setdefault(label, set()).update(found)
    labels = [x for x in args.replace_labels.split(",") if x]
    replacer = Replacer(feats, own, outside, args.replace, seed, labels)
    return replacer.copies(train, args.copies, bool(args.replace_all))


def replacement_files(sources: str) -> dict[str, str]:
    """The shared-data files the replacement names come from (beyond train's own), for trained_on.json."""
    if "lists" not in sources.split(","):
        return {}
    paths = ("ner/wikifane/train.txt", "ner/aqmar/train.txt, dev.txt", ACTOR_DICT)
    return dict.fromkeys(paths, "mention replacement names")
