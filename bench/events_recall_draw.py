"""Draw the sentences of an all-roots recall sample (bench/eval_events_recall.py) from ANT v2.1 news.

    .venv/bin/python -m bench.events_recall_draw --rest 13 --seed 13 [--show]

ANT lines (0-based) from 20,000 on, which no other gold set uses, whose index leaves `rest` when divided by
41, in the sections middleEast and internationalNews; each article normalized and cut into sentences by
marsad's segment stage; the sentences of at least eight whitespace words pooled in file order and `n` of
them drawn with `random.Random(seed).sample`. Sample H (session 26) is rest 13, seed 13. Prints one row a
sentence (docno, span, hash); `--show` also prints each sentence's words with their offsets, for the
annotator's screen only: no text goes into the repo.
"""

from __future__ import annotations

import argparse
import json
import random

from bench.gold import ANT, span_hash
from marsad.stages.normalize import normalize
from marsad.stages.segment import Segmenter
from train.data import GOLD_LINES, read_jsonl_record

SECTIONS = frozenset({"middleEast", "internationalNews"})
EVERY = 41
MIN_WORDS = 8


def pool(rest: int) -> list[tuple[str, int, int, str]]:
    """(docno, start, end, text) of every sentence of eight words or more in the chosen articles."""
    segment = Segmenter.load()
    out = []
    with ANT.open("rb") as f:
        for i, line in enumerate(f):
            if i < GOLD_LINES.stop or i % EVERY != rest:
                continue
            record = json.loads(line)
            if record.get("cat") not in SECTIONS:
                continue
            article = segment(normalize(read_jsonl_record(line)))
            for s in article.sentences:
                text = article.text[s.start : s.end]
                if len(text.split()) >= MIN_WORDS:
                    out.append((record["docno"], s.start, s.end, text))
    return out


def draw(rest: int, seed: int, n: int = 50) -> list[tuple[str, int, int, str]]:
    """The n sentences of the sample, in the order drawn."""
    return random.Random(seed).sample(pool(rest), n)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rest", type=int, required=True, help="line % 41 of the articles")
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("-n", type=int, default=50)
    parser.add_argument("--show", action="store_true", help="print the words with offsets (screen only)")
    args = parser.parse_args()
    for k, (docno, start, end, text) in enumerate(draw(args.rest, args.seed, args.n)):
        print(f"{k}\t{docno}\t{start}\t{end}\t{span_hash(text)}")
        if args.show:
            pos, words = 0, []
            for w in text.split():
                pos = text.index(w, pos)
                words.append(f"{w}[{start + pos}]")
                pos += len(w)
            print(" ".join(words))


if __name__ == "__main__":
    main()
