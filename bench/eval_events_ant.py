"""Precision of the events stage over all CAMEO roots on unannotated news, from hand-judged events.

    .venv/bin/python -m bench.eval_events_ant [--sample A|B|C|E] [--list]

`bench/gold/events_ant.jsonl` holds events the stage coded on ANT v2.1 articles (lines over 20,000, which
no other gold set uses), drawn at random and judged by hand: whether the trigger, read in its sentence,
reports an event of its code's CAMEO root (done, or threatened or demanded where the code says so). Each
row names the article (docno), the trigger's character span in marsad's cleaned text and the code; a
wrong one says why in a few English words. No article text is stored. See docs/events_precision.md for the
samples, how they were drawn and judged, and what was measured.

The arabic_event_gsr figures (bench.eval_events) measure recall and precision of two types, ASSAULT and
PROTEST, sentence by sentence; this measures the precision of every code the stage gives, so that a
coding rule for meetings, aid or investigations can be judged on news as it comes. Recall is not
measured: nothing here says which events the stage missed.

The run analyses the judged articles with the default pipeline and matches the events it codes now to
the judged ones by (docno, trigger span, CAMEO root). Printed per sample: the judged events and how many
were right (the precision of the code the sample was judged on), then those still coded now and the
precision among them, the right ones lost and the wrong ones gone. Events coded now that were never
judged are counted, not scored: a change that adds events needs them judged before its precision is read.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from bench.eval_events import build_pipeline
from bench.gold import load_articles
from marsad.article import Article

GOLD = Path(__file__).resolve().parent / "gold" / "events_ant.jsonl"


@dataclass(frozen=True)
class Judged:
    """One hand-judged event: where its trigger is, its code, and whether the code was right."""

    docno: str
    sample: str
    start: int
    end: int
    cameo: str
    right: bool
    why: str
    added: str = ""  # the session that judged it as an event a change added ("E26"), else ""

    @property
    def key(self) -> tuple[str, int, int, str]:
        """What an event coded now must share with it to be the same event: its root, not its full code."""
        return self.docno, self.start, self.end, self.cameo[:2]


def read_gold(path: Path = GOLD) -> list[Judged]:
    """The judged events of the gold file."""
    out = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                start, end = r["trigger"]
                why = r.get("why", "")
                added = r.get("added", "")
                out.append(Judged(r["docno"], r["sample"], start, end, r["cameo"], r["right"], why, added))
    return out


def coded(articles: Iterable[tuple[str, Article]]) -> dict[str, set[tuple[int, int, str]]]:
    """Docno -> the (trigger start, end, CAMEO root) of every event the default pipeline codes now."""
    pipeline = build_pipeline()
    out = {}
    for docno, article in articles:
        done = pipeline(article)
        out[docno] = {(e.trigger.start, e.trigger.end, e.cameo[:2]) for e in done.events}
    return out


def score(gold: list[Judged], now: dict[str, set[tuple[int, int, str]]]) -> dict[str, int]:
    """Counts over the judged events (judged, right, kept, kept right, right lost, wrong gone) and the
    events coded now that no row judges. Rows judged as added by a change (`added`) count only when coded
    now (kept, kept right): the sample as drawn (judged, right, lost, gone) is the rows without it."""
    kept = [j for j in gold if (j.start, j.end, j.cameo[:2]) in now.get(j.docno, set())]
    drawn, kept_drawn = [j for j in gold if not j.added], [j for j in kept if not j.added]
    judged_keys = {j.key for j in gold}
    unjudged = sum(1 for d, evs in now.items() for s, e, r in evs if (d, s, e, r) not in judged_keys)
    return {
        "judged": len(drawn),
        "right": sum(j.right for j in drawn),
        "kept": len(kept),
        "kept_right": sum(j.right for j in kept),
        "right_lost": sum(j.right for j in drawn) - sum(j.right for j in kept_drawn),
        "wrong_gone": sum(not j.right for j in drawn) - sum(not j.right for j in kept_drawn),
        "coded_unjudged": unjudged,
    }


def ratio(a: int, b: int) -> str:
    """a / b to three places, or '-' for b = 0."""
    return f"{a / b:.3f}" if b else "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sample",
        help="score only this sample (A: read for rules; B: the measure; C, E: blind; G: gate-rejected)",
    )
    parser.add_argument("--list", action="store_true", help="list the judged events lost or still wrong")
    args = parser.parse_args()
    gold = [j for j in read_gold() if args.sample in (None, j.sample)]
    articles = load_articles(sorted({j.docno for j in gold}))
    missing = sorted({j.docno for j in gold} - articles.keys())
    if missing:
        raise SystemExit(f"{GOLD}: {len(missing)} articles not in ANT (first {missing[0]}); no ../shared?")
    now = coded(articles.items())
    print("| sample | judged | right | precision judged | kept | kept right | precision now ", end="")
    print("| right lost | wrong gone |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name in sorted({j.sample for j in gold}):
        part = [j for j in gold if j.sample == name]
        s = score(part, {d: now[d] for d in {j.docno for j in part}})
        print(
            f"| {name} | {s['judged']} | {s['right']} | {ratio(s['right'], s['judged'])} | {s['kept']} | "
            f"{s['kept_right']} | {ratio(s['kept_right'], s['kept'])} | {s['right_lost']} | "
            f"{s['wrong_gone']} |"
        )
    print(f"events coded now in these articles that no row judges: {score(gold, now)['coded_unjudged']}")
    if args.list:
        for j in gold:
            if j.added:
                continue
            here = (j.start, j.end, j.cameo[:2]) in now.get(j.docno, set())
            if (j.right and not here) or (not j.right and here):
                state = "LOST right" if j.right else "still wrong"
                print(f"{state}\t{j.sample}\t{j.docno}\t[{j.start}:{j.end}]\t{j.cameo}\t{j.why}")


if __name__ == "__main__":
    main()
