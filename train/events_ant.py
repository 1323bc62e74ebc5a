"""Draw ANT v2.1 sentences for hand-labelling as extra trigger-gate rows (session 16, issue #6).

`python -m train.events_ant PROTEST --n 300 --out FILE` writes a label file's rows with the label column
empty (docno, offsets, hash; no text) in the labelling order; the draw is docs/events_history.md's session
16 sample: ANT lines 20000 and up, cat middleEast or internationalNews, documents in no gold set, in the
order of sha1("g16:" + docno), one sentence per document with a gate candidate of the type (analysed alone,
as bench.eval_events feeds the gold), the one at index sha1("g16:" + type + docno) mod their number.
`--show` also prints each sentence's text to the terminal for the labeller (never into a repo file).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from marsad.arabic import fold
from marsad.article import Article

REPO = Path(__file__).resolve().parents[1]
ANT = REPO.parent / "shared" / "data" / "corpora" / "ant_v2.1" / "ant_v2.1_multisource.jsonl"
TRIGGERS = REPO / "marsad" / "lexicons" / "event_triggers.tsv"
FIRST_LINE = 20000  # lines below hold the entities and quotes gold (bench.gold GOLD_LINES)
CATS = frozenset({"middleEast", "internationalNews"})
ROOTS = {"PROTEST": ("14",), "ASSAULT": ("18", "19", "20")}
SENTENCE_END = re.compile(r"(?<=[.!?؟])\s+")
WORDS = (6, 80)
SEED = "g16:"


def used_docnos() -> set[str]:
    """Docnos of every gold set in bench/gold and of session 14's ANT label file."""
    used: set[str] = set()
    for path in (REPO / "bench" / "gold").glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                used.add(json.loads(line)["docno"])
    with (REPO / "train" / "labels" / "events_protest_ant.tsv").open(encoding="utf-8") as f:
        used.update(
            r["docno"] for r in csv.DictReader((x for x in f if not x.startswith("#")), delimiter="\t")
        )
    return used


def trigger_forms(kind: str) -> list[str]:
    """The folded trigger forms of the type's CAMEO roots (the prefilter's substrings)."""
    with TRIGGERS.open(encoding="utf-8") as f:
        rows = csv.DictReader((x for x in f if not x.startswith("#")), delimiter="\t")
        return sorted({r["form"] for r in rows if r["cameo"].startswith(ROOTS[kind])})


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence of 6-80 words: paragraphs at newlines, sentences after . ! ? ؟."""
    start = 0
    for para in text.split("\n"):
        pos = 0
        for piece in SENTENCE_END.split(para):
            at = para.index(piece, pos)
            pos = at + len(piece)
            s = piece.strip()
            if s and WORDS[0] <= len(s.split()) <= WORDS[1]:
                lo = start + at + (len(piece) - len(piece.lstrip()))
                yield lo, lo + len(s)
        start += len(para) + 1


def _order(key: str) -> int:
    return int(hashlib.sha1(key.encode()).hexdigest(), 16)


def draw(kind: str, n: int, analyse: Callable[[Article], Article] | None = None) -> list[dict[str, str]]:
    """The first n documents' rows (docno, start, end, sha1) of the type's sample, in labelling order."""
    from marsad.events_gate import recorded
    from marsad.pipeline import STAGES, Pipeline

    before = analyse or Pipeline([s for s in STAGES if s.name != "events"])
    used, forms = used_docnos(), trigger_forms(kind)
    docs = []
    with ANT.open(encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i < FIRST_LINE:
                continue
            doc = json.loads(line)
            if doc.get("cat") in CATS and doc.get("text") and doc["docno"] not in used:
                docs.append(doc)
    docs.sort(key=lambda d: _order(SEED + d["docno"]))
    rows: list[dict[str, str]] = []
    seen: set[str] = set()
    for doc in docs:
        text = doc["text"]
        found = []
        for lo, hi in sentences(text):
            s = text[lo:hi]
            if s in seen or not any(form in fold(s) for form in forms):
                continue
            if any(k == kind for k, _ in recorded(before(Article(text=s)))):
                found.append((lo, hi))
        if found:
            lo, hi = found[_order(SEED + kind + doc["docno"]) % len(found)]
            seen.add(text[lo:hi])
            sha = hashlib.sha1(text[lo:hi].encode()).hexdigest()[:12]
            rows.append({"docno": doc["docno"], "start": str(lo), "end": str(hi), "sha1": sha})
            if len(rows) >= n:
                break
    return rows


def main() -> None:
    """Command line: draw a type's sample and write its unlabelled rows."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("kind", choices=sorted(ROOTS))
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--show", action="store_true", help="print each drawn sentence (for the labeller)")
    args = parser.parse_args()
    rows = draw(args.kind, args.n)
    with args.out.open("w", encoding="utf-8") as f:
        f.write("docno\tstart\tend\tsha1\tlabel\n")
        f.writelines(f"{r['docno']}\t{r['start']}\t{r['end']}\t{r['sha1']}\t\n" for r in rows)
    if args.show:
        texts = {}
        with ANT.open(encoding="utf-8") as f:
            for line in f:
                doc = json.loads(line)
                texts[doc["docno"]] = doc.get("text", "")
        for i, r in enumerate(rows):
            print(i, texts[r["docno"]][int(r["start"]) : int(r["end"])])
    print(f"{len(rows)} rows -> {args.out}")


if __name__ == "__main__":
    main()
