"""The new pieces of the ninth quotes development set's rule (bench.quotes_dev9_draw; QUOTES.md)."""

from __future__ import annotations

import pytest

from bench.quotes_dev9_draw import EXCLUDED, pick_indices


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (500, [75, 175, 275, 375]),  # 0.15, 0.35, 0.55 and 0.75 of n
        (123, [18, 43, 67, 92]),  # rounded down
        (4, [0, 1, 2, 3]),  # a tiny pool; the real pools hold hundreds
    ],
)
def test_the_picks_lie_at_fifteen_thirty_five_fifty_five_and_seventy_five_percent(
    n: int, expected: list[int]
) -> None:
    assert pick_indices(n) == expected


def test_dev8_is_kept_out_besides_every_set_dev8_kept_out() -> None:
    assert EXCLUDED == (
        "quotes.jsonl",
        "quotes_dev.jsonl",
        "quotes_dev3.jsonl",
        "quotes_dev4.jsonl",
        "quotes_dev5.jsonl",
        "entities.jsonl",
        "quotes_dev6.jsonl",
        "quotes_dev7.jsonl",
        "quotes_dev8.jsonl",
    )
