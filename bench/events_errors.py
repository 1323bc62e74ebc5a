"""Error listings of bench/eval_events.py: false positives by gold label and false negatives by cause
(`--diagnose`), missed and false sentences (`--errors`) and actor misses (`--actors`), read part only
(split out of eval_events, session 16)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from bench.events_gold import TYPES, kind_of, load_rows, load_spans, part_of
from marsad.article import Article, Event


def breakdown(
    predicted: dict[str, list[Event]], articles: dict[str, Article] | None = None
) -> dict[str, dict[str, int]]:
    """Per type: false positives by gold label (easy / difficult no; "half+" when at least half of the
    annotators accepted the sentence, see _split) and, given the analysed articles,
    false negatives by cause: no trigger at all, a trigger dropped by the modality rules, or the gate."""
    from marsad.stages.events import Events, Gate

    class NoModality(Events):
        @staticmethod
        def _negated(keys: Any, i: int, aspect: str, prefixes: Any) -> bool:
            return False

    rules = free = None
    if articles is not None:
        rules = {t: list(Events(Gate())(a).events) for t, a in articles.items()}
        free = {t: list(NoModality(Gate())(a).events) for t, a in articles.items()}
    out: dict[str, dict[str, int]] = {}
    for kind in TYPES:
        c: Counter[str] = Counter()
        for r in load_rows(kind):
            pred = any(kind_of(e) == kind for e in predicted.get(r["text"], ()))
            if pred and r["label"] != "yes":
                c["fp " + r["label"] + _split(r)] += 1
            elif not pred and r["label"] == "yes":
                if rules is None or free is None:
                    c["fn"] += 1
                elif any(kind_of(e) == kind for e in rules[r["text"]]):
                    c["fn gate"] += 1
                elif any(kind_of(e) == kind for e in free[r["text"]]):
                    c["fn modality"] += 1
                else:
                    c["fn no trigger"] += 1
        out[kind] = dict(sorted(c.items()))
    return out


def _split(row: dict[str, str]) -> str:
    """The suffix ' (half+)' for a difficult no that at least half of its annotators accepted (2 of 4:
    a split vote, not a clear no), else an empty string."""
    try:
        accept, reject = int(row["accept"]), int(row["reject"])
    except (KeyError, ValueError):
        return ""
    return " (half+)" if accept and accept >= reject else ""


def errors(predicted: dict[str, list[Event]], limit: int) -> None:
    """Print missed and false sentences of the read part (never the unread one)."""
    for kind in TYPES:
        shown = 0
        for r in load_rows(kind):
            if part_of(r["id"]) != "read" or shown >= limit:
                continue
            events = predicted.get(r["text"], [])
            pred = any(kind_of(e) == kind for e in events)
            if pred != (r["label"] == "yes"):
                shown += 1
                tag = "MISS" if not pred else f"FALSE({r['label']})"
                codes = [f"{e.cameo}:{e.source.split(':', 1)[1]}" for e in events]
                print(f"{kind} {tag} {codes} {r['text']}")


def actor_misses(predicted: dict[str, list[Event]], limit: int) -> Counter[str]:
    """Print up to `limit` actor misses of the read part (never the unread one): row id, side, gold
    country/role, the codes predicted on that side; return the misses counted by type, side and class
    (`none`: no event of the type or no actor on the side, `wrong`: a code that does not match)."""
    classes: Counter[str] = Counter()
    shown = 0
    for kind in TYPES:
        spans = load_spans(kind)
        for r in load_rows(kind):
            if r["label"] != "yes" or r["id"] not in spans or part_of(r["id"]) != "read":
                continue
            events = [e for e in predicted.get(r["text"], ()) if kind_of(e) == kind]
            for side, (country, role) in spans[r["id"]].items():
                actors = [(e.source_actor if side == "source" else e.target_actor) for e in events]
                codes = [a.code for a in actors if a is not None and a.code is not None]
                ok = any(
                    (country is None or c.startswith(country)) and (role is None or role in c) for c in codes
                )
                cls = "hit" if ok else ("wrong" if codes else "none")
                classes[f"{kind} {side} {cls}"] += 1
                if not ok and shown < limit:
                    shown += 1
                    words = [a.text for a in actors if a is not None]
                    print(f"ACTOR {kind} {r['id']} {side} gold {country}/{role} pred {codes} {words}")
                    print(f"      {r['text'][:300]}")
    return classes
