"""Word clusters for the NER model, learnt from unlabelled news (ANT v2.1, licence Apache-2.0).

`python -m train.clusters` trains a narrow-window skip-gram word2vec on the folded ANT corpus
and writes k-means clusters of the word vectors at three granularities to
`marsad/models/ner/clusters.tsv` (folded word, then one cluster id per granularity).
It is the heavier, separate step of `python -m train.ner` (about 5 minutes on 2 cores).
The articles of the hand-annotated gold sets (bench/gold entities.jsonl and quotes*.jsonl, by docno)
are left out (`gold_docnos`, also read by `train.ner_lm`): they measure the pipeline, so no model
may learn from their text (MODEL.md, round 18). What was left out is written to
`trained_on.clusters.json` beside clusters.tsv.
"""

from __future__ import annotations

import argparse
import json
import re
import time
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from marsad.arabic import fold
from train.data import ANT, ROOT, shared_dir

if TYPE_CHECKING:
    import numpy as np

MODEL_DIR = Path(__file__).resolve().parents[1] / "marsad" / "models" / "ner"
# The gold sets whose articles no NER training text may hold (read as data: train/ must not import bench/).
GOLD_DIR = ROOT / "bench" / "gold"
GOLD_PATTERNS = ("entities.jsonl", "quotes*.jsonl")
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


def gold_files(gold_dir: Path = GOLD_DIR) -> list[Path]:
    """The gold files whose articles training skips: entities.jsonl and every quotes*.jsonl."""
    return sorted({p for pattern in GOLD_PATTERNS for p in gold_dir.glob(pattern)})


def gold_docnos(files: Iterable[Path]) -> dict[str, frozenset[str]]:
    """Per gold file, the `docno` of each of its lines (a line without one is an error, not a skip)."""
    out: dict[str, frozenset[str]] = {}
    for path in files:
        docnos = set()
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                docno = json.loads(line).get("docno")
                if not docno:
                    raise ValueError(f"{path}:{n} has no docno: the gold article cannot be skipped; add it")
                docnos.add(docno)
        out[path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path)] = frozenset(docnos)
    return out


class Skipped:
    """What a read of ANT left out: the gold docnos to skip, and those it met (one pass's count)."""

    def __init__(self, files: Iterable[Path] | None = None) -> None:
        self.per_file = gold_docnos(gold_files() if files is None else files)
        self.docnos: frozenset[str] = frozenset().union(*self.per_file.values())
        self.met: set[str] = set()
        self.lines = 0

    def record(self) -> dict[str, Any]:
        """The manifest entry: gold files and docnos, and the ANT lines left out."""
        return {
            "gold_files": {f: len(d) for f, d in self.per_file.items()},
            "gold_docnos": len(self.docnos),
            "ant_lines_excluded": self.lines,
            "ant_docnos_excluded": len(self.met),
        }

    def leaves_out(self, doc: dict[str, Any]) -> bool:
        """Whether an ANT article (a parsed line) is a gold article to leave out; counted here when it is."""
        if doc.get("docno") not in self.docnos:
            return False
        self.met.add(doc["docno"])
        self.lines += 1
        return True


def clusters_record(model_dir: Path = MODEL_DIR) -> dict[str, Any] | None:
    """What the clusters.tsv in `model_dir` was built from (its manifest's `skipped`; None: no manifest,
    a build from before round 18 that read every ANT article)."""
    path = model_dir / "trained_on.clusters.json"
    if not path.exists():
        return None
    record: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))["skipped"]
    return record


def ant_sentences(path: Path, skipped: Skipped | None = None, lines: range = range(0)) -> Iterator[list[str]]:
    """Yield the folded token lists of the titles and paragraphs of ANT v2.1, leaving out the lines
    whose docno is in `skipped.docnos` and the 0-based `lines` (both counted there; None skips no docno)."""
    if skipped is not None:
        skipped.met, skipped.lines = set(), 0
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh):
            if lineno in lines:
                if skipped is not None:
                    skipped.lines += 1
                continue
            doc = json.loads(line)
            if skipped is not None and skipped.leaves_out(doc):
                continue
            yield from doc_paragraphs(doc)


def stable_hash(word: str) -> int:
    """A process-independent hash so word2vec's vector init does not depend on PYTHONHASHSEED."""
    return zlib.crc32(word.encode("utf-8"))


def word_vectors(
    log: Callable[[str], None] = print, skipped: Skipped | None = None
) -> tuple[list[str], np.ndarray]:
    """Train the skip-gram word2vec on folded ANT v2.1 without the gold articles; its words
    (frequency order) and unit vectors.

    Only words (letters, no digit runs or punctuation) are kept: the rows of clusters.tsv and
    of the BiLSTM tagger's embedding table (`train/ner_lstm.py`), in the same order.
    """
    import numpy as np
    from gensim.models import Word2Vec

    skipped = Skipped() if skipped is None else skipped
    sentences = list(ant_sentences(shared_dir() / ANT, skipped))
    n_tok = sum(map(len, sentences))
    log(f"{len(sentences)} paragraphs, {n_tok} tokens, {skipped.lines} gold articles left out")
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
    skipped = Skipped()
    words, vecs = word_vectors(log=lambda m: print(f"{m} ({time.time() - t0:.0f}s)"), skipped=skipped)
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
    manifest = {
        "file": args.out.name,
        "corpus": ANT.as_posix(),
        "skipped": skipped.record(),
        "words": len(words),
        "params": {"window": WINDOW, "dim": DIM, "min_count": MIN_COUNT, "epochs": EPOCHS, "ks": list(KS)},
        "seed": SEED,
        "training_seconds": round(time.time() - t0),
    }
    man = args.out.with_name("trained_on." + args.out.stem + ".json")
    man.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out} and {man.name} ({len(words)} words, {time.time() - t0:.0f}s)")


if __name__ == "__main__":
    main()
