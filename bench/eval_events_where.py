"""Where and when: the place and date the events stage gives, judged by hand on right events of ANT news.

    .venv/bin/python -m bench.eval_events_where [--sample W|W2|W3|W5] [--list] [--draw]

`bench/gold/events_where_ant.jsonl` holds four samples (SAMPLES), each scored on its own: W (session 26,
lead): 50 of the 76 events judged right in the blind all-roots sample E (bench/gold/events_ant.jsonl), drawn
with `random.Random(26)`, read for rules since; W2 (session 26, W26): 40 of the events judged right in sample
B still coded at 23cca51, drawn with `random.Random(262)`, the measure of place rules, read for date rules
since; W3 (session 27, T27): 40 of the 43 events judged right in sample C still coded at 2eed5ab, drawn with
`random.Random(273)`, blind, the measure of date rules, its place judged blind in session 27 (P27, at
a9657a1) as the measure of place rules; W5 (session 27, T27b): 40 of the
right events of G (the gate's turned-down events, run with $MARSAD_EVENTS_GATE=off) and of E outside W, at
9616a72, drawn with `random.Random(275)`, blind, date only (DATE_ONLY: its place is stored as not right,
with "place not judged" in why, and left out of the table). Each row names the
article (docno), the trigger's span and code, the place (GeoNames id, or null) and date (ISO, or null) the
default pipeline gave when it was judged, whether each was right, and why not in a few English words. No
article text is stored. The judging rule is in docs/events_where.md ("where and when, sample W"): the
place the text gives for the event (one level up counted right), the story's place for an event of the
story with no place of its own, no place when the text gives none; the day the text gives for the event,
no date when it gives none.

The run analyses the articles with the default pipeline (their ANT publication time as `published`) and
matches the events coded now to the rows by (trigger span, CAMEO root). A row's verdict holds while the
output it judged is unchanged; a changed place or date is counted as changed and needs judging again.
"""

from __future__ import annotations

import argparse
import json
import os
import random
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from bench.eval_events import build_pipeline
from bench.eval_events_ant import Judged as JudgedEvent
from bench.eval_events_ant import ratio
from bench.eval_events_ant import read_gold as read_judged
from bench.gold import load_articles

GOLD = Path(__file__).resolve().parent / "gold" / "events_where_ant.jsonl"
# sample -> (seed, how many drawn, the events_ant samples whose right events, still coded, it is drawn from)
SAMPLES = {"W": (26, 50, "E"), "W2": (262, 40, "B"), "W3": (273, 40, "C"), "W5": (275, 40, "GE")}
DATE_ONLY = frozenset({"W5"})  # samples whose place is not judged
# W5 draws from E's right events outside W (docs/events_when.md, T27b)
EXCLUDED = {"W5": "W"}
# events_ant samples of events the gate turns down: their articles are run with $MARSAD_EVENTS_GATE=off
GATE_OFF = frozenset({"G"})


@dataclass(frozen=True)
class Judged:
    """One event's place and date as judged: the output then and whether each was right."""

    docno: str
    sample: str
    start: int
    end: int
    cameo: str
    place: int | None
    place_right: bool
    date: str | None
    date_right: bool
    why: str = ""


@dataclass(frozen=True)
class Output:
    """What the stage gives now for an event: its place's GeoNames id and its date."""

    place: int | None
    date: str | None


def read_gold(path: Path = GOLD) -> list[Judged]:
    """The judged rows of the gold file."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            start, end = r["trigger"]
            out.append(
                Judged(
                    r["docno"], r["sample"], start, end, r["cameo"], r["place"], r["place_right"], r["date"],
                    r["date_right"], r.get("why", ""),
                )
            )  # fmt: skip
    return out


def score(gold: list[Judged], now: dict[tuple[str, int, int, str], Output]) -> dict[str, int]:
    """Counts per field over the judged rows: right as judged; rows still coded; of those, unchanged and
    right, and changed (to judge again); rows no longer coded (`now` maps docno, trigger start and end and
    CAMEO root to the event's output)."""
    counts = {"judged": len(gold), "coded": 0, "lost": 0}
    for field in ("place", "date"):
        counts |= {f"{field}_right": 0, f"{field}_kept_right": 0, f"{field}_same": 0, f"{field}_changed": 0}
    for j in gold:
        out = now.get((j.docno, j.start, j.end, j.cameo[:2]))
        counts["coded" if out else "lost"] += 1
        for field, judged, right in (("place", j.place, j.place_right), ("date", j.date, j.date_right)):
            counts[f"{field}_right"] += right
            if out is None:
                continue
            if getattr(out, field) == judged:
                counts[f"{field}_same"] += 1
                counts[f"{field}_kept_right"] += right
            else:
                counts[f"{field}_changed"] += 1
    return counts


def outputs(docnos: list[str], gate_off: Iterable[str] = ()) -> dict[tuple[str, int, int, str], Output]:
    """The place and date of every event the default pipeline codes now in these ANT articles (those in
    `gate_off` run with $MARSAD_EVENTS_GATE=off: the date is given apart from the gate)."""
    articles = load_articles(docnos)
    missing = sorted(set(docnos) - articles.keys())
    if missing:
        raise SystemExit(f"{GOLD}: {len(missing)} articles not in ANT (first {missing[0]}); no ../shared?")
    off = set(gate_off)
    now = {}
    for setting in ("on", "off"):
        chosen = {d: a for d, a in articles.items() if (d in off) == (setting == "off")}
        if not chosen:
            continue
        before = os.environ.get("MARSAD_EVENTS_GATE")
        os.environ["MARSAD_EVENTS_GATE"] = setting
        try:
            pipeline = build_pipeline()
            for docno, article in chosen.items():
                for e in pipeline(article).events:
                    place = None if e.place is None else e.place.geonames_id
                    now[(docno, e.trigger.start, e.trigger.end, e.cameo[:2])] = Output(place, e.date)
        finally:
            if before is None:
                del os.environ["MARSAD_EVENTS_GATE"]
            else:
                os.environ["MARSAD_EVENTS_GATE"] = before
    return now


def candidates(name: str, judged: list[JudgedEvent], gold: list[Judged]) -> list[JudgedEvent]:
    """The right events (not added) of a sample's sources, in the events_ant gold file's order, less the
    events of the sample it excludes (EXCLUDED)."""
    sources = SAMPLES[name][2]
    taken = {(j.docno, j.start, j.end, j.cameo[:2]) for j in gold if j.sample == EXCLUDED.get(name)}
    return [j for j in judged if j.sample in sources and j.right and not j.added and j.key not in taken]


def gate_off_docnos(rows: Iterable[JudgedEvent]) -> set[str]:
    """The articles of rows drawn from samples of events the gate turns down (GATE_OFF)."""
    return {j.docno for j in rows if j.sample in GATE_OFF}


def draw(candidates: list[tuple[str, int, int, str]], sample: str = "W") -> list[tuple[str, int, int, str]]:
    """A sample (SAMPLES) from its source sample's right events still coded, in the gold file's order."""
    seed, drawn, _ = SAMPLES[sample]
    picked = sorted(random.Random(seed).sample(range(len(candidates)), drawn))
    return [candidates[i] for i in picked]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sample", choices=sorted(SAMPLES), help="score one sample (default: each)")
    parser.add_argument("--list", action="store_true", help="list the rows judged wrong, with why")
    parser.add_argument("--draw", action="store_true", help="redo the draw of the sample(s) and compare")
    args = parser.parse_args()
    gold = read_gold()
    names = [args.sample] if args.sample else sorted(SAMPLES)
    if args.draw:
        judged = read_judged()
        for name in names:
            source = SAMPLES[name][2]
            right = candidates(name, judged, gold)
            now = outputs(sorted({j.docno for j in right}), gate_off_docnos(right))
            still = [j.key for j in right if j.key in now]
            mine = [(j.docno, j.start, j.end, j.cameo[:2]) for j in gold if j.sample == name]
            verdict = "matches" if draw(still, name) == mine else "DIFFERS FROM"
            print(f"{name}: {len(still)} right events of {source} still coded; the draw {verdict} {GOLD}")
        return
    off = gate_off_docnos(j for j in read_judged() if j.sample in GATE_OFF)
    now = outputs(sorted({j.docno for j in gold if j.sample in names}), off)
    for name in names:
        report(name, [j for j in gold if j.sample == name], now, args.list)


def report(name: str, gold: list[Judged], now: dict[tuple[str, int, int, str], Output], listed: bool) -> None:
    """Print one sample's table (and with `listed` its rows judged wrong)."""
    s = score(gold, now)
    print(
        f"sample {name}: {s['judged']} judged events, {s['coded']} still coded, {s['lost']} no longer coded"
    )
    print("| field | right as judged | precision judged | unchanged now | right among unchanged | changed |")
    print("|---|---|---|---|---|---|")
    for field in ("date",) if name in DATE_ONLY else ("place", "date"):
        print(
            f"| {field} | {s[f'{field}_right']} | {ratio(s[f'{field}_right'], s['judged'])} | "
            f"{s[f'{field}_same']} | {ratio(s[f'{field}_kept_right'], s[f'{field}_same'])} | "
            f"{s[f'{field}_changed']} |"
        )
    given = [j for j in gold if j.date is not None]
    missed = [j for j in gold if j.date is None and not j.date_right]
    print(f"dates given: {len(given)}, right {sum(j.date_right for j in given)}; dates missed: {len(missed)}")
    for j in gold:
        out = now.get((j.docno, j.start, j.end, j.cameo[:2]))
        if out is not None and (out.date != j.date or (out.place != j.place and name not in DATE_ONLY)):
            print(f"changed\t{j.docno}\t[{j.start}:{j.end}]\t{j.cameo}\tplace {j.place} -> {out.place}, "
                  f"date {j.date} -> {out.date}")  # fmt: skip
    if listed:
        for j in gold:
            place_right = j.place_right or name in DATE_ONLY
            if not (place_right and j.date_right):
                bad = ",".join(f for f, ok in (("place", place_right), ("date", j.date_right)) if not ok)
                print(f"{bad}\t{j.docno}\t[{j.start}:{j.end}]\t{j.cameo}\t{j.why}")
    print()


if __name__ == "__main__":
    main()
