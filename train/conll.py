"""Read and score CoNLL-style BIO files (`TOKEN TAG` lines), for the NER training scripts and bench/eval_ner.

An entity is a maximal run of B-X/I-X of one label X; an I-X after O or after another label
starts a new entity (the conlleval convention); PERS counts as PER, AQMAR's MIS as MISC.
It lives under train/ because training must not import bench/ (bench may import train/).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from train.data import shared_dir  # noqa: F401 (re-exported: train.ner, bench.eval_ner)

ROOT = Path(__file__).resolve().parents[1]
LABELS = ("PER", "ORG", "LOC", "MISC")
# Label names of the source corpora mapped to marsad's four.
LABEL_MAP = {"PERS": "PER", "MIS": "MISC"}
Sentence = tuple[list[str], list[str]]
# ANERcorp averages about 15 sentences an article (316 articles, 150k tokens): the size of
# the pseudo-documents the test files are cut into.
DOC_SENTENCES = 15


def normalize_tag(tag: str, mapping: dict[str, str] | None = None) -> str:
    """Map a corpus tag to marsad's BIO tags (unknown labels become O)."""
    if tag == "O" or len(tag) < 3 or tag[1] != "-":
        return "O"
    label = tag[2:]
    label = (mapping or LABEL_MAP).get(label, label)
    if label not in LABELS:
        return "O"
    return tag[0] + "-" + label


def read_conll(path: Path, mapping: dict[str, str] | None = None) -> list[Sentence]:
    """Read `TOKEN TAG` (space or tab) lines, blank line between sentences; tags normalized."""
    sents: list[Sentence] = []
    toks: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n").replace("\u200e", "").replace("\u200f", "")
            parts = line.split("\t") if "\t" in line else line.split(" ")
            if len(parts) >= 2 and not parts[0] and parts[-1] and line.strip():
                # A token that was only bidi marks (AQMAR train has 33, all O; ANERcorp none):
                # the pipeline's cleaning removes such marks, so the token is dropped and its
                # sentence goes on (until session 6 it ended the sentence mid-way).
                continue
            if not line.strip() or len(parts) < 2 or not parts[0]:
                if toks:
                    sents.append((toks, tags))
                    toks, tags = [], []
                continue
            toks.append(parts[0])
            tags.append(normalize_tag(parts[-1], mapping))
    if toks:
        sents.append((toks, tags))
    return sents


def entities(tags: Iterable[str]) -> set[tuple[int, int, str]]:
    """Exact spans (start, end, label) of a BIO sequence; I-X after O or another label starts one."""
    out = set()
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        cur = tag[2:] if tag != "O" else ""
        cur = LABEL_MAP.get(cur, cur)
        if label and (tag == "O" or tag.startswith("B-") or cur != label):
            out.add((start, i, label))
            label = ""
        if cur and not label:
            start, label = i, cur
    return out


def score(gold: list[list[str]], pred: list[list[str]]) -> dict[str, dict[str, float]]:
    """Micro P/R/F1 overall ("all") and per label over sentence-aligned tag sequences."""
    tp: Counter[str] = Counter()
    ng: Counter[str] = Counter()
    np_: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        ge, pe = entities(g), entities(p)
        for e in ge:
            ng[e[2]] += 1
        for e in pe:
            np_[e[2]] += 1
        for e in ge & pe:
            tp[e[2]] += 1
    out = {}
    for label in ("all", *LABELS):
        t = sum(tp.values()) if label == "all" else tp[label]
        g = sum(ng.values()) if label == "all" else ng[label]
        p = sum(np_.values()) if label == "all" else np_[label]
        prec = t / p if p else 0.0
        rec = t / g if g else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[label] = {"p": prec, "r": rec, "f1": f1, "n": g}
    return out
