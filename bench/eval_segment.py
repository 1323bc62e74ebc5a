"""Measure clitic segmentation (and the tokenizer under it) on the held-out part of UD Arabic-PUD.

`python -m bench.eval_segment [--check]`. PUD has no multiword-token lines: a clitic is a word of
its own joined to the next by SpaceAfter=No, and `# text` is the concatenation of the forms. We
compare at the level of orthographic words: maximal runs of adjacent non-punctuation pieces
(2013-2014 is two words; ل|أوباما one word of two pieces). A word is exact when marsad puts a
boundary (token edge or clitic cut) at both its edges and at exactly its gold internal cuts.
PUD writes ل + ال as ل|لدولة and the future as س|يكون, as marsad does.

Held out: every 5th sentence (index 4, 9, 14 ... of the file, 200 sentences); the other 800 may be
learnt from (train/clitics.py fits its biases on them). The reader and the split are in train/data.py.
Floors: tests/eval/segment_floors.json.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from marsad.article import Article, Token
from marsad.clitics import CliticSegmenter
from marsad.stages.segment import Segmenter
from train.data import PUD, Sentence, load_pud, shared_dir, split

ROOT = Path(__file__).resolve().parents[1]
FLOORS = ROOT / "tests" / "eval" / "segment_floors.json"


def token_cuts(token: Token) -> set[int]:
    """Every boundary a token puts in the text: its edges and its clitic cuts."""
    cuts = {token.start, token.end, token.stem.start, token.stem.end}
    pos = token.start
    for prefix in token.prefixes:
        pos += len(prefix)
        cuts.add(pos)
    return cuts


def score(segmenter: Segmenter, sentences: list[Sentence]) -> dict[str, float]:
    """Exact-word accuracy, cut precision/recall/F1 and accuracy on words with clitics."""
    exact = total = multi = multi_exact = tp = fp = fn = 0
    for sent in sentences:
        article = segmenter(Article(text=sent.text))
        predicted: set[int] = set()
        for token in article.tokens:
            if (token.start, token.end) not in sent.punct:
                predicted |= token_cuts(token)
        for word in sent.words:
            inside = {c for c in predicted if word.start < c < word.end}
            ok = inside == word.cuts and word.start in predicted and word.end in predicted
            total += 1
            exact += ok
            tp += len(inside & word.cuts)
            fp += len(inside - word.cuts)
            fn += len(word.cuts - inside)
            if word.cuts:
                multi += 1
                multi_exact += ok
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "words_exact": exact / total,
        "cut_precision": precision,
        "cut_recall": recall,
        "cut_f1": f1,
        "multiword_exact": multi_exact / multi if multi else 0.0,
        "words": total,
        "multiword_words": multi,
    }


def speed(segmenter: Segmenter, sentences: list[Sentence]) -> tuple[float, float]:
    """Tokens per second of the whole stage, one article per sentence: (cold caches, warm)."""
    c = segmenter.clitics
    fresh = Segmenter(CliticSegmenter(c.counts, c.biases, c.min_count, c.names))
    articles = [Article(text=s.text) for s in sentences]
    rates = []
    for _ in range(2):
        t0 = time.perf_counter()
        n = sum(len(fresh(a).tokens) for a in articles)
        rates.append(n / (time.perf_counter() - t0))
    return rates[0], rates[1]


def main(argv: list[str] | None = None) -> int:
    """Print the table; with --check, exit 1 when a score is below its floor."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when below the floors")
    args = parser.parse_args(argv)
    path = shared_dir() / PUD
    if not path.exists():
        print(f"no PUD at {path}: set MARSAD_SHARED to the shared data directory", file=sys.stderr)
        return 2
    learn, held = split(load_pud(path))
    segmenter = Segmenter.load()
    scores = score(segmenter, held)
    floors = json.loads(FLOORS.read_text(encoding="utf-8")) if FLOORS.exists() else {}
    print(f"UD Arabic-PUD held-out (every 5th sentence, {len(held)} sentences)")
    print(f"{'metric':<18}{'score':>9}{'floor':>9}")
    failed = []
    for name, value in scores.items():
        if name in ("words", "multiword_words"):
            print(f"{name:<18}{int(value):>9}")
            continue
        floor = floors.get(name)
        print(f"{name:<18}{value:>9.4f}{floor if floor is not None else '':>9}")
        if floor is not None and value < floor:
            failed.append(name)
    cold, warm = speed(segmenter, learn + held)
    print(f"{'tokens/s cold':<18}{cold:>9.0f}   (all 1000 sentences, empty caches)")
    print(f"{'tokens/s warm':<18}{warm:>9.0f}   (same again, token cache filled)")
    if args.check and failed:
        print(f"below floor: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
