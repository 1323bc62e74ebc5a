"""Gold sets annotated on ANT v2.1 articles, kept by docno and character offsets (no copied text).

Offsets point into the article text as marsad analyzes it: the ANT JSONL record read by
marsad.ingest and cleaned by the normalize stage. Every gold span also stores a short hash of the text it
covers, so a change in reading or cleaning that moves offsets is caught instead of silently scoring
against the wrong characters.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from marsad.article import Article
from marsad.stages.normalize import normalize

# GOLD_LINES (the ANT lines gold articles come from) and the ANT reader live in train/data.py, because
# training must keep off the gold lines and must not import bench/; re-exported from here.
from train import data
from train.data import GOLD_LINES, read_jsonl_record  # noqa: F401 (GOLD_LINES is re-exported)

SHARED_DATA = data.shared_dir()
ANT = SHARED_DATA / data.ANT


def span_hash(text: str) -> str:
    """Eight hex digits identifying a span's text."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


def load_articles(docnos: Iterable[str]) -> dict[str, Article]:
    """Normalized (unanalyzed) ANT articles by docno; a SaudiNewsNet key (`snn/<day>/<index>`, the second
    quotes development set) is read from that corpus (bench.gold.saudinewsnet)."""
    from bench.gold.saudinewsnet import PREFIX, load_snn

    wanted = set(docnos)
    snn = {d for d in wanted if d.startswith(PREFIX)}
    found: dict[str, Article] = load_snn(snn) if snn else {}
    wanted -= snn
    with ANT.open("rb") as f:
        for line in f:
            if not wanted - found.keys():
                break
            record = json.loads(line)
            if record.get("docno") in wanted:
                found[record["docno"]] = normalize(read_jsonl_record(line))
    return found


def gate(scores: Any, failures: Iterable[str], floors: Path, check: Callable[[Any, Any], list[str]]) -> int:
    """Print every score below its pinned floor and every failed article; 1 when there is any, else 0."""
    failed = check(scores, json.loads(floors.read_text(encoding="utf-8")))
    failed += [f"article failed: {f}" for f in failures]
    for line in failed:
        print(f"BELOW FLOOR {line}", file=sys.stderr)
    return 1 if failed else 0
