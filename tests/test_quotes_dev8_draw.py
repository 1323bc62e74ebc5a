"""The new pieces of the eighth quotes development set's rule (bench.quotes_dev8_draw; QUOTES.md)."""

from __future__ import annotations

import pytest

from bench.quotes_dev8_draw import EXCLUDED, pick_indices


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (500, [50, 150, 250, 350]),  # 0.1, 0.3, 0.5 and 0.7 of n
        (123, [12, 36, 61, 86]),  # rounded down
        (4, [0, 1, 2, 2]),  # a tiny pool repeats an index; the real pools hold hundreds
    ],
)
def test_the_picks_lie_at_ten_thirty_fifty_and_seventy_percent(n: int, expected: list[int]) -> None:
    assert pick_indices(n) == expected


def test_dev7_is_kept_out_besides_every_set_dev7_kept_out() -> None:
    assert EXCLUDED == (
        "quotes.jsonl",
        "quotes_dev.jsonl",
        "quotes_dev3.jsonl",
        "quotes_dev4.jsonl",
        "quotes_dev5.jsonl",
        "entities.jsonl",
        "quotes_dev6.jsonl",
        "quotes_dev7.jsonl",
    )
