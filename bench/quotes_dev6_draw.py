"""Draw the sixth quotes development set (bench/gold/QUOTES.md, Sixth development set, session 26).

    .venv/bin/python -m bench.quotes_dev6_draw [--show]

ANT v2.1 lines in GOLD_LINES, sections middleEast and internationalNews, non-empty text of at most 400
whitespace words, docno in no quotes gold or development set nor entities.jsonl, sharing at most 20% of its
8-word shingles with any of their articles, with at least 3 reported-speech cues; per source the 4 at indices
(4k+1)·n // 20. Prints one row an article (source, k, index, n, line, docno); `--show` also prints each
article's words with their offsets in the normalized text, for the annotator's screen only: no text goes into
the repo.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from bench.gold import ANT
from marsad.stages.normalize import normalize
from train.data import GOLD_LINES, read_jsonl_record

GOLD_DIR = Path(__file__).resolve().parent / "gold"
# The sets whose articles (and near copies of them) are kept out; dev2 is SaudiNewsNet, not ANT.
EXCLUDED = ("quotes.jsonl", "quotes_dev.jsonl", "quotes_dev3.jsonl", "quotes_dev4.jsonl", "quotes_dev5.jsonl")
EXCLUDED += ("entities.jsonl",)
SECTIONS = frozenset({"middleEast", "internationalNews"})
SOURCES = ("alarabia", "BBC", "CNN", "france24", "skynews")
MAX_WORDS = 400
SHINGLE = 8
MAX_SHARE = 0.2
MIN_CUES = 3
PER_SOURCE = 4
# dev2's list of reported-speech cues (said, added, stressed, explained, pointed out, according to ...).
CUES = frozenset(
    [
        "قال",
        "وقال",
        "قائلا",
        "وأضاف",
        "أضاف",
        "أكد",
        "وأكد",
        "أوضح",
        "وأوضح",
        "أشار",
        "وأشار",
        "مؤكدا",
        "مشيرا",
        "مضيفا",
        "موضحا",
        "بحسب",
        "وفقا",
    ]
)
PUNCT = "\"'«»“”‘’.,،؛;:!?؟()[]{}-–—…/\\*"
# Per source, the qualifying (line, docno, 8-word shingles) in file order.
Pools = dict[str, list[tuple[int, str, set[tuple[str, ...]]]]]


def shingles(words: Sequence[str]) -> set[tuple[str, ...]]:
    """The 8-word shingles of a word sequence."""
    return {tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def share(candidate: set[tuple[str, ...]], other: set[tuple[str, ...]]) -> float:
    """The part of the candidate's own shingles that the other article also has."""
    return len(candidate & other) / len(candidate) if candidate else 0.0


def cue_count(words: Iterable[str]) -> int:
    """Whitespace words that are a reported-speech cue once outer punctuation is stripped."""
    return sum(w.strip(PUNCT) in CUES for w in words)


def pick_indices(n: int) -> list[int]:
    """Indices (4k+1)·n // 20, k = 0..3: 0.05, 0.25, 0.45 and 0.65 of n."""
    return [(4 * k + 1) * n // 20 for k in range(PER_SOURCE)]


def excluded_docnos(names: Sequence[str] = EXCLUDED) -> set[str]:
    """The docnos of the named gold files."""
    out: set[str] = set()
    for name in names:
        for line in (GOLD_DIR / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.add(json.loads(line)["docno"])
    return out


def candidates(names: Sequence[str] = EXCLUDED, keep: Callable[[str], bool] | None = None) -> Pools:
    """Per source, the qualifying (line, docno, shingles) in file order; `names` are the gold files kept out
    (with their near copies), `keep` a further test of the raw text (a later set's)."""
    banned = excluded_docnos(names)
    records = []
    banned_shingles = []
    with ANT.open("rb") as f:
        for i, line in enumerate(f):
            if i >= GOLD_LINES.stop:
                break
            rec = json.loads(line)
            if rec.get("docno") in banned:
                banned_shingles.append(shingles((rec.get("text") or "").split()))
            elif rec.get("cat") in SECTIONS and rec.get("src") in SOURCES:
                words = (rec.get("text") or "").split()
                if words and len(words) <= MAX_WORDS and cue_count(words) >= MIN_CUES:
                    if keep is not None and not keep(rec["text"]):
                        continue
                    records.append((i, rec["src"], rec["docno"], shingles(words)))
    out: Pools = {s: [] for s in SOURCES}
    for i, src, docno, sh in records:
        if all(share(sh, other) <= MAX_SHARE for other in banned_shingles):
            out[src].append((i, docno, sh))
    return out


def draw(
    pools: Pools | None = None, indices: Callable[[int], list[int]] = pick_indices
) -> list[tuple[str, int, int, int, int, str]]:
    """(source, k, index, n, line, docno) of the drawn articles, k = 0 of every source first; by default
    dev6's pools and indices."""
    pools = candidates() if pools is None else pools
    drawn: list[tuple[str, int, int, int, int, str]] = []
    taken: list[set[tuple[str, ...]]] = []
    for k in range(PER_SOURCE):
        for src in SOURCES:
            pool = pools[src]
            index = indices(len(pool))[k]
            # the same story drawn twice gives way to the next qualifying index
            while any(share(pool[index][2], other) > MAX_SHARE for other in taken):
                index += 1
            line, docno, sh = pool[index]
            taken.append(sh)
            drawn.append((src, k, index, len(pool), line, docno))
    return drawn


def show(line_no: int) -> None:
    with ANT.open("rb") as f:
        for i, line in enumerate(f):
            if i == line_no:
                article = normalize(read_jsonl_record(line))
                break
    text, pos, words = article.text, 0, []
    for w in text.split():
        pos = text.index(w, pos)
        words.append(f"{w}[{pos}]")
        pos += len(w)
    print(f"id={article.id} chars={len(text)}")
    print(" ".join(words))


def cli(doc: str, drawn: Callable[[], list[tuple[str, int, int, int, int, str]]]) -> None:
    """The command line of a draw script (this one's and the later sets'): `--show LINE` prints one line's
    words with offsets, else one row per drawn article."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--show", type=int, default=None, help="print one line's words with offsets")
    args = parser.parse_args()
    if args.show is not None:
        show(args.show)
        return
    for row in drawn():
        print("\t".join(str(x) for x in row))


def main() -> None:
    cli(__doc__, draw)


if __name__ == "__main__":
    main()
