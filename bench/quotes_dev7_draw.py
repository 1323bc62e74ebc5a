"""Draw the seventh quotes development set (bench/gold/QUOTES.md, Seventh development set, session 28).

    .venv/bin/python -m bench.quotes_dev7_draw [--show LINE]

dev6's rule (bench.quotes_dev6_draw: ANT v2.1 lines in GOLD_LINES, sections middleEast and internationalNews,
non-empty text of at most 400 whitespace words, at least 3 reported-speech cues, docno in no quotes gold or
development set nor entities.jsonl, sharing at most 20% of its 8-word shingles with any of their articles),
with quotes_dev6.jsonl kept out too and a direct-rich test: the raw text holds at least 2 quotation pairs
(the count of « and “ plus half the count of the plain " character). Per source the 4 at indices
(k+1)·n // 5. Prints one row an article (source, k, index, n, line, docno); `--show LINE` prints that line's
words with their offsets in the normalized text, for the annotator's screen only: no text goes into the repo.
"""

from __future__ import annotations

from bench import quotes_dev6_draw as dev6

EXCLUDED = (*dev6.EXCLUDED, "quotes_dev6.jsonl")
# Opening marks counted whole; the plain " opens and closes, so two of them make one pair.
OPENING_MARKS = ("«", "“")
MIN_PAIRS = 2


def quote_pairs(text: str) -> float:
    """The quotation pairs a raw text holds: « and “ each, plus half the plain " characters."""
    return sum(text.count(m) for m in OPENING_MARKS) + text.count('"') / 2


def direct_rich(text: str) -> bool:
    """Whether the raw text holds at least MIN_PAIRS quotation pairs."""
    return quote_pairs(text) >= MIN_PAIRS


def pick_indices(n: int) -> list[int]:
    """Indices (k+1)·n // 5, k = 0..3: 0.2, 0.4, 0.6 and 0.8 of n."""
    return [(k + 1) * n // 5 for k in range(dev6.PER_SOURCE)]


def draw() -> list[tuple[str, int, int, int, int, str]]:
    """(source, k, index, n, line, docno) of the drawn articles, k = 0 of every source first."""
    return dev6.draw(dev6.candidates(EXCLUDED, direct_rich), pick_indices)


def main() -> None:
    dev6.cli(__doc__, draw)


if __name__ == "__main__":
    main()
