"""SaudiNewsNet articles for the second development set (`quotes_dev2.jsonl`), by key, no copied text.

A key `snn/<day>/<index>` names the article at `index` in the JSON list of `dataset/<day>.zip` of the
SaudiNewsNet corpus (../shared/data/corpora/saudinewsnet, CC BY-NC-SA 4.0, used for evaluation only). The
record is read as marsad.ingest reads a JSONL line, with the key as its docno (so the article's id is the
key), and cleaned by the normalize stage, as `bench.gold.load_articles` does for ANT.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterable

from marsad.article import Article
from marsad.stages.normalize import normalize
from train import data
from train.data import read_jsonl_record

PREFIX = "snn/"
DATASET = data.shared_dir() / "corpora" / "saudinewsnet" / "dataset"


def load_snn(keys: Iterable[str]) -> dict[str, Article]:
    """Normalized (unanalyzed) SaudiNewsNet articles by key (`snn/2015-07-24/480`)."""
    by_day: dict[str, dict[int, str]] = {}
    for key in keys:
        _, day, index = key.split("/")
        by_day.setdefault(day, {})[int(index)] = key
    found: dict[str, Article] = {}
    for day, wanted in by_day.items():
        with zipfile.ZipFile(DATASET / f"{day}.zip") as zf:
            records = json.loads(zf.read(f"{day}.json"))
        for index, key in wanted.items():
            record = dict(records[index], docno=key)
            line = json.dumps(record, ensure_ascii=False).encode("utf-8")
            found[key] = normalize(read_jsonl_record(line))
    return found
