"""Gold sets annotated on ANT v2.1 articles, kept by docno and character offsets (no copied text).

Offsets point into the article text as marsad analyzes it: the ANT JSONL record read by
marsad.ingest and cleaned by the normalize stage. Every gold span also stores a short hash of the text it
covers, so a change in reading or cleaning that moves offsets is caught instead of silently scoring
against the wrong characters.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from marsad.article import Article
from marsad.ingest.jsonl import read_lines
from marsad.stages.normalize import normalize

REPO = Path(__file__).resolve().parents[2]
SHARED_DATA = Path(os.environ.get("MARSAD_SHARED") or REPO.parent / "shared" / "data")
ANT = SHARED_DATA / "corpora" / "ant_v2.1" / "ant_v2.1_multisource.jsonl"
# Gold articles come from these lines of ANT v2.1 (0-based); development of rules uses the rest.
GOLD_LINES = range(0, 20000)


def span_hash(text: str) -> str:
    """Eight hex digits identifying a span's text."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


def load_articles(docnos: Iterable[str]) -> dict[str, Article]:
    """Normalized (unanalyzed) ANT articles by docno."""
    wanted = set(docnos)
    found: dict[str, Article] = {}
    with ANT.open("rb") as f:
        for line in f:
            if not wanted - found.keys():
                break
            record = json.loads(line)
            if record.get("docno") in wanted:
                found[record["docno"]] = normalize(read_jsonl_record(line))
    return found


def read_jsonl_record(line: bytes) -> Article:
    """One ANT line as marsad.ingest reads it."""
    article = next(read_lines(line.decode("utf-8"), "ant.jsonl", None, 1_000_000))
    if not isinstance(article, Article):
        raise ValueError(f"ANT record unreadable: {article}")
    return article


def gate(scores: Any, failures: Iterable[str], floors: Path, check: Callable[[Any, Any], list[str]]) -> int:
    """Print every score below its pinned floor and every failed article; 1 when there is any, else 0."""
    failed = check(scores, json.loads(floors.read_text(encoding="utf-8")))
    failed += [f"article failed: {f}" for f in failures]
    for line in failed:
        print(f"BELOW FLOOR {line}", file=sys.stderr)
    return 1 if failed else 0
