"""The Arabic event gold's dev rows for bench/eval_events.py: the scored rows, the span gold, the read and
unread parts, the fold hash, and which scored type an event is (split out of eval_events, session 16)."""

from __future__ import annotations

import csv
import hashlib
import json
from collections import Counter
from pathlib import Path

from marsad.article import Event

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO.parent / "shared" / "data" / "events" / "arabic_event_gsr"
TYPES = ("ASSAULT", "PROTEST")
LABELS = frozenset({"yes", "easy no", "difficult no"})


def part_of(row_id: str) -> str:
    """'unread' for the fifth of the gold never read while writing rules, else 'read'."""
    return "unread" if int(hashlib.md5(row_id.encode()).hexdigest(), 16) % 5 == 0 else "read"


def fold_of(key: str, k: int = 5) -> int:
    """The cross-validation fold (0..k-1) of a gold row's text (or id), stable across runs."""
    return int(hashlib.sha1(key.encode()).hexdigest(), 16) % k


def load_rows(kind: str, gold: Path = GOLD) -> list[dict[str, str]]:
    """The scored rows (not ambiguous) of one type's dev csv."""
    with (gold / f"{kind.lower()}_gsr.dev.csv").open(encoding="utf-8") as f:
        return [r for r in csv.DictReader(f) if r["label"] in LABELS]


def load_spans(kind: str, gold: Path = GOLD) -> dict[str, dict[str, tuple[str | None, str | None]]]:
    """row_id → side → (country, role), the majority over annotators; sides with neither are left out."""
    out: dict[str, dict[str, tuple[str | None, str | None]]] = {}
    records = json.loads((gold / f"{kind.lower()}_spans.dev.json").read_text(encoding="utf-8"))
    for rec in records:
        sides = {}
        for side in ("source", "target"):
            votes = Counter(
                (v.get("main"), v.get("role"))
                for s in rec["spans"]
                if isinstance(v := s.get(f"{side}_role"), dict)
            )
            if not votes:
                continue
            main, role = votes.most_common(1)[0][0]
            main = None if main in (None, "None") else main
            role = None if role in (None, "None") else role
            if main or role:
                sides[side] = (main, role)
        out[rec["row_id"]] = sides
    return out


def kind_of(event: Event) -> str | None:
    """ASSAULT or PROTEST for an event that is one of them."""
    root = event.cameo[:2]
    if event.plover == "ASSAULT" or root in ("18", "19", "20"):
        return "ASSAULT"
    if event.plover == "PROTEST" or root == "14":
        return "PROTEST"
    return None
