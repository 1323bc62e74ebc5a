"""Draw the ninth quotes development set (bench/gold/QUOTES.md, Ninth development set, session 31).

    .venv/bin/python -m bench.quotes_dev9_draw [--show LINE]

dev8's rule (bench.quotes_dev8_draw over bench.quotes_dev7_draw and bench.quotes_dev6_draw: ANT v2.1 lines
in GOLD_LINES, sections middleEast and internationalNews, non-empty text of at most 400 whitespace words, at
least 3 reported-speech cues, at least 2 quotation pairs, docno in no quotes gold or development set nor
entities.jsonl, sharing at most 20% of its 8-word shingles with any of their articles), with quotes_dev8.jsonl
kept out too. Per source the 4 at indices (4k+3)·n // 20: 0.15, 0.35, 0.55 and 0.75 of n, away from dev7's
0.2, 0.4, 0.6, 0.8 and dev8's 0.1, 0.3, 0.5, 0.7. Prints one row an article (source, k, index, n, line,
docno); `--show LINE` prints that line's words with their offsets in the normalized text, for the annotator's
screen only: no text goes into the repo.
"""

from __future__ import annotations

from bench import quotes_dev6_draw as dev6
from bench import quotes_dev7_draw as dev7
from bench import quotes_dev8_draw as dev8

EXCLUDED = (*dev8.EXCLUDED, "quotes_dev8.jsonl")


def pick_indices(n: int) -> list[int]:
    """Indices (4k+3)·n // 20, k = 0..3: 0.15, 0.35, 0.55 and 0.75 of n."""
    return [(4 * k + 3) * n // 20 for k in range(dev6.PER_SOURCE)]


def draw() -> list[tuple[str, int, int, int, int, str]]:
    """(source, k, index, n, line, docno) of the drawn articles, k = 0 of every source first."""
    return dev6.draw(dev6.candidates(EXCLUDED, dev7.direct_rich), pick_indices)


def main() -> None:
    dev6.cli(__doc__, draw)


if __name__ == "__main__":
    main()
