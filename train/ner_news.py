"""ANT v2.1 news articles as NER training sentences, the gold articles left out.

Self-training (`python -m train.ner --self-train N`) and distillation (`python -m train.ner_distil`) tag
every `stride`-th ANT article (Apache-2.0) and train on the confident sentences. The articles of the
hand-annotated gold sets (`train.clusters.gold_files()`: bench/gold entities.jsonl and every
quotes*.jsonl, by docno) measure the pipeline, so no model may learn from their text (MODEL.md, round 18):
both read with a `train.clusters.Skipped`, which leaves them out and counts what it left out. Neither
writes a shipped file (`ner.crf.v1` is built without --self-train; no distilled student ships).
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator
from pathlib import Path

from train.clusters import Skipped
from train.data import ANT

SENT_END = frozenset(".!?؟")
NEWS_TOKEN = re.compile(r"\w+|[^\w\s]")


def news_articles(
    root: Path, stride: int, start: int = 0, skipped: Skipped | None = None
) -> Iterator[list[list[str]]]:
    """Every `stride`-th ANT v2.1 article from line `start` as sentences of 8-60 tokens, clitics attached,
    leaving out the lines whose docno is in `skipped.docnos` (counted there; None skips none).

    A left-out line keeps its place in the stride: the other articles read are those read without the
    skip. The file is ordered by source, so a stride spans all five.
    """
    if skipped is not None:
        skipped.met, skipped.lines = set(), 0
    with (root / ANT).open(encoding="utf-8") as fh:
        for line in itertools.islice(fh, start, None, stride):
            doc = json.loads(line)
            if skipped is not None and skipped.leaves_out(doc):
                continue
            sents: list[list[str]] = []
            cur: list[str] = []
            for tok in NEWS_TOKEN.findall(doc.get("text") or ""):
                cur.append(tok)
                if tok in SENT_END:
                    if 8 <= len(cur) <= 60:
                        sents.append(cur)
                    cur = []
            if sents:
                yield sents
