"""Recall of the events stage over all CAMEO roots on unannotated news, from hand-annotated sentences.

    .venv/bin/python -m bench.eval_events_recall [--sample R|H] [--list]

`bench/gold/events_recall_ant.jsonl` holds 50 sentences of ANT v2.1 news (middleEast and internationalNews
articles from lines over 20,000 with line % 41 == 31, which no other gold set uses; sentences of at least
eight words drawn with `random.Random(31)`), each with every event a reader finds in it: actions told as done
(or as a threat, demand, appeal or pledge), of CAMEO roots 02-20; public statements (root 01) are the quotes
stage's and are not annotated. An event is a class (the CAMEO root, with the violence roots 18, 19 and 20
as one class "V", as the arabic_event_gsr scoring groups them) and the character spans of the words that name
it (one or several: اجتمعا … وبحثا is one meeting). Row: docno, the sentence's span in marsad's cleaned text,
the events; no text is stored. See docs/events_precision.md ("Recall").

An event is found when the default pipeline codes an event of its class whose trigger overlaps one of its
spans; "found, any class" counts an overlapping event of another class too (a trigger seen, its code wrong).
Precision over all roots is bench/eval_events_ant.py's.

Two samples: R (the file above, session 25, read for rules) and H (`bench/gold/events_recall_ant_h.jsonl`,
session 26: lines with line % 41 == 13, `random.Random(13)`, drawn by bench/events_recall_draw.py; blind, so
only its totals are printed). H's rows also hold the hash of the sentence's text (bench.gold.span_hash).
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path

from bench.eval_events_ant import coded
from bench.gold import load_articles

GOLD = Path(__file__).resolve().parent / "gold" / "events_recall_ant.jsonl"
SAMPLES = {"R": GOLD, "H": GOLD.with_name("events_recall_ant_h.jsonl")}
BLIND = frozenset({"H"})
VIOLENCE = frozenset({"18", "19", "20"})


def event_class(root: str) -> str:
    """A CAMEO root's class: "V" for the violence roots, else the root."""
    return "V" if root in VIOLENCE else root


@dataclass(frozen=True)
class GoldEvent:
    """One annotated event: its article, class and the spans of the words that name it."""

    docno: str
    cls: str
    spans: tuple[tuple[int, int], ...]


def read_gold(path: Path = GOLD) -> tuple[list[GoldEvent], int]:
    """The annotated events, and the number of sentences annotated."""
    events, sentences = [], 0
    with path.open(encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            r = json.loads(line)
            sentences += 1
            for e in r["events"]:
                events.append(GoldEvent(r["docno"], e["class"], tuple((s, t) for s, t in e["triggers"])))
    return events, sentences


def found(event: GoldEvent, now: set[tuple[int, int, str]], any_class: bool = False) -> bool:
    """Whether an event coded now (start, end, root) overlaps one of the event's spans, in its class."""
    return any(
        s < t_end and t_start < e
        for t_start, t_end, root in now
        if any_class or event_class(root) == event.cls
        for s, e in event.spans
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sample", choices=sorted(SAMPLES), default="R", help="R: read for rules (default); H: blind"
    )
    parser.add_argument("--list", action="store_true", help="list the annotated events not found (not on H)")
    args = parser.parse_args()
    if args.list and args.sample in BLIND:
        raise SystemExit(
            f"sample {args.sample} is blind: its misses are not listed (docs/events_precision.md)"
        )
    path = SAMPLES[args.sample]
    gold, sentences = read_gold(path)
    articles = load_articles(sorted({g.docno for g in gold}))
    missing = sorted({g.docno for g in gold} - articles.keys())
    if missing:
        raise SystemExit(f"{path}: {len(missing)} articles not in ANT (first {missing[0]}); no ../shared?")
    now = coded(articles.items())
    hits = [g for g in gold if found(g, now.get(g.docno, set()))]
    seen = [g for g in gold if found(g, now.get(g.docno, set()), any_class=True)]
    print(f"{sentences} sentences, {len(gold)} annotated events")
    print(f"found (class right): {len(hits)} (recall {len(hits) / len(gold):.3f})")
    print(f"found, any class: {len(seen)} ({len(seen) / len(gold):.3f})")
    by_class: dict[str, list[int]] = {}
    for g in gold:
        by_class.setdefault(g.cls, [0, 0])[0] += 1
        by_class[g.cls][1] += g in hits
    print(
        "by class (annotated / found):", ", ".join(f"{c} {n}/{k}" for c, (n, k) in sorted(by_class.items()))
    )
    if args.list:
        for g in gold:
            if g not in hits:
                print(f"missed\t{g.docno}\t{g.cls}\t{list(g.spans)}")


if __name__ == "__main__":
    main()
