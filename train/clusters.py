"""Word clusters for the NER model, learnt from unlabelled news (ANT v2.1, licence Apache-2.0).

`python -m train.clusters` trains a narrow-window skip-gram word2vec on the folded ANT corpus
and writes k-means clusters of the word vectors at three granularities to
`marsad/models/ner/clusters.tsv` (folded word, then one cluster id per granularity).
It is the heavier, separate step of `python -m train.ner` (about 5 minutes on 2 cores).
"""

from __future__ import annotations

import argparse
import json
import re
import time
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from marsad.arabic import fold
from train.data import shared_dir

if TYPE_CHECKING:
    import numpy as np

MODEL_DIR = Path(__file__).resolve().parents[1] / "marsad" / "models" / "ner"
SEED = 13
# Window 2: with a narrow context a word's neighbours are its syntactic slot (a given name
# is followed by a family name, a city by a comma or و), so clusters group words by type;
# the window-5 run in notes/measured-before.md grouped them by topic instead.
WINDOW = 2
DIM = 100
MIN_COUNT = 5
EPOCHS = 5
# Three granularities, coarse to fine: the CRF picks whichever generalises best per word.
KS = (64, 256, 1024)
TOKEN = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")


def tokenize(text: str) -> list[str]:
    """Split folded text into words, digit runs and single punctuation marks."""
    return TOKEN.findall(fold(text))


def doc_paragraphs(doc: dict[str, Any]) -> Iterator[list[str]]:
    """The folded token lists of an ANT article's title and paragraphs (empty ones left out)."""
    for part in [doc.get("title") or "", *(doc.get("text") or "").split("\n")]:
        toks = tokenize(part)
        if toks:
            yield toks


def ant_sentences(path: Path) -> Iterator[list[str]]:
    """Yield the folded token lists of the titles and paragraphs of ANT v2.1."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            yield from doc_paragraphs(json.loads(line))


def stable_hash(word: str) -> int:
    """A process-independent hash so word2vec's vector init does not depend on PYTHONHASHSEED."""
    return zlib.crc32(word.encode("utf-8"))


def word_vectors(log: Callable[[str], None] = print) -> tuple[list[str], np.ndarray]:
    """Train the skip-gram word2vec on folded ANT v2.1; its words (frequency order) and unit vectors.

    Only words (letters, no digit runs or punctuation) are kept: the rows of clusters.tsv and
    of the BiLSTM tagger's embedding table (`train/ner_lstm.py`), in the same order.
    """
    import numpy as np
    from gensim.models import Word2Vec

    corpus = shared_dir() / "corpora" / "ant_v2.1" / "ant_v2.1_multisource.jsonl"
    sentences = list(ant_sentences(corpus))
    log(f"{len(sentences)} paragraphs, {sum(map(len, sentences))} tokens")
    # One worker: gensim is only reproducible single-threaded.
    w2v = Word2Vec(
        sentences,
        vector_size=DIM,
        window=WINDOW,
        min_count=MIN_COUNT,
        sg=1,
        negative=5,
        epochs=EPOCHS,
        workers=1,
        seed=SEED,
        hashfxn=stable_hash,
    )
    log(f"word2vec: {len(w2v.wv)} words")
    words = [w for w in w2v.wv.index_to_key if TOKEN.fullmatch(w) and not w.isdigit()]
    vecs = np.stack([w2v.wv[w] for w in words])
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True) + 1e-9
    return words, vecs


def main() -> None:
    """Train word2vec on ANT and write the k-means clusters file."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=MODEL_DIR / "clusters.tsv")
    ap.add_argument("--vectors", type=Path, default=None, help="also save the vectors (for experiments)")
    args = ap.parse_args()
    import numpy as np
    from sklearn.cluster import KMeans

    t0 = time.time()
    words, vecs = word_vectors(log=lambda m: print(f"{m} ({time.time() - t0:.0f}s)"))
    if args.vectors:
        np.save(args.vectors, vecs)
        args.vectors.with_suffix(".words").write_text("\n".join(words), encoding="utf-8")
    ids = []
    for k in KS:
        km = KMeans(n_clusters=k, n_init=1, max_iter=40, random_state=SEED).fit(vecs)
        ids.append(km.labels_)
        print(f"k={k} ({time.time() - t0:.0f}s)")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for i, w in enumerate(words):
            fh.write(w + "\t" + "\t".join(str(int(c[i])) for c in ids) + "\n")
    print(f"wrote {args.out} ({len(words)} words, {time.time() - t0:.0f}s)")


if __name__ == "__main__":
    main()
