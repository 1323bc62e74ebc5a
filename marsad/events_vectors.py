"""Word-vector bins the trigger gate can read (marsad.events_gate.VECTOR_BINS; off while it is empty).

The mean word vector of the words around a sentence's triggers (the window: each trigger's words and three
words each side) or of all of its words (the sentence), from the NER model's word2vec table
(marsad/models/ner/lstm.npz: folded ANT news, training words fine-tuned), cut into two binary features per
dimension: vw{d}+ when the mean lies more than Z spreads above the mean of the table's TOP most frequent
words (running text's words, not the rare ones most rows are), vw{d}- when below (vs… for the sentence).
A bin is a word feature (events_gate.WORDY): the member's word scale and MIN_COUNT apply to it. The
weights name dimensions of that table, so a retrained lstm.npz needs a retrained gate (vectors_version).
Session 17 (G17, docs/events_history.md) measured them and kept none.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from marsad.events_classes import bare

if TYPE_CHECKING:
    from marsad.stages.events import Site

VECTOR_FILE = Path(__file__).resolve().parent / "models" / "ner" / "lstm.npz"
TOP = 5000  # the table is in frequency order: these words' mean and spread define the bins
Z = 0.5  # a dimension's bin: the mean's z-score above Z (+) or below -Z (-); none between
WINDOW = 3  # words each side of a trigger
PARTS = {"window": "vw", "sentence": "vs"}  # VECTOR_BINS's part names and their feature prefixes


class Table(NamedTuple):
    """Word vectors: folded word -> row, the rows (float32), and the centre and spread of the bins."""

    rows: dict[str, int]
    vectors: Any  # numpy array, words x dimensions
    centre: Any
    spread: Any


@lru_cache(maxsize=1)
def table(path: Path = VECTOR_FILE) -> Table | None:
    """The NER model's word vectors (numpy loads only here), or None without the file."""
    if not path.exists():
        return None
    import numpy as np

    with np.load(path, allow_pickle=False) as z:
        words = str(z["words"]).split("\n")
        vectors = z["emb"].astype(np.float32)
    top = vectors[:TOP]
    return Table({w: i for i, w in enumerate(words)}, vectors, top.mean(axis=0), top.std(axis=0) + 1e-6)


def vectors_version(path: Path = VECTOR_FILE) -> str:
    """A fingerprint of the vector file (the gate's bins name its dimensions)."""
    return hashlib.sha1(path.read_bytes()).hexdigest()[:12] if path.exists() else ""


def rows(site: Site, words: Sequence[int], known: dict[str, int]) -> list[int]:
    """The table rows of the sentence's words at `words`: the whole folded token's, else its stem's,
    else the stem's without ال; words without a vector are left out."""
    out = []
    for i in words:
        key = site.keys[i]
        folded = site.article.tokens[site.lo + i].folded
        row = known.get(folded, known.get(key, known.get(bare(key))))
        if row is not None:
            out.append(row)
    return out


def bins(found: Sequence[int], prefix: str, vectors: Table) -> set[str]:
    """{prefix}{d}+ / {prefix}{d}- for each dimension d whose mean over the rows `found` lies Z
    spreads above / below the centre."""
    if not found:
        return set()
    z = (vectors.vectors[list(found)].mean(axis=0) - vectors.centre) / vectors.spread
    return {f"{prefix}{d}{'+' if v > 0 else '-'}" for d, v in enumerate(z.tolist()) if abs(v) > Z}


def vector_features(sites: Sequence[Site], parts: Sequence[str], vectors: Table | None) -> set[str]:
    """The bins of a sentence's triggers of one kind, for each part in `parts` (PARTS)."""
    if vectors is None:
        return set()
    n = len(sites[0].keys)
    feats: set[str] = set()
    for part in parts:
        if part == "window":
            words = sorted(
                {i for s in sites for i in range(max(0, s.first - WINDOW), min(n, s.last + WINDOW + 1))}
            )
        else:
            words = list(range(n))
        feats |= bins(rows(sites[0], words, vectors.rows), PARTS[part], vectors)
    return feats
