"""The new pieces of the seventh quotes development set's rule (bench.quotes_dev7_draw; QUOTES.md)."""

from __future__ import annotations

import pytest

from bench.quotes_dev7_draw import EXCLUDED, direct_rich, pick_indices, quote_pairs


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (500, [100, 200, 300, 400]),  # 0.2, 0.4, 0.6 and 0.8 of n
        (123, [24, 49, 73, 98]),  # rounded down
        (4, [0, 1, 2, 3]),
    ],
)
def test_the_picks_lie_at_twenty_forty_sixty_and_eighty_percent(n: int, expected: list[int]) -> None:
    assert pick_indices(n) == expected


@pytest.mark.parametrize(
    ("text", "pairs", "rich"),
    [
        # 'He said: «We will return» and added “the road is long”': two opening marks, two pairs
        ("قال: «سنعود» وأضاف “الطريق طويل”", 2, True),
        # 'He said "we will return" and added "the road is long"': four plain marks, two pairs
        ('قال "سنعود" وأضاف "الطريق طويل"', 2, True),
        # 'He said «we will return» and added "the road': one pair and a half (an odd plain mark)
        ('قال «سنعود» وأضاف "الطريق', 1.5, False),
        # 'The minister said that the talks are good': no mark
        ("قال الوزير إن المحادثات جيدة", 0, False),
        # closing marks » and ” are not counted: 'he said »we return»' holds no opening mark
        ("قال »سنعود» ”", 0, False),
    ],
)
def test_direct_rich_counts_opening_marks_and_half_the_plain_ones(
    text: str, pairs: float, rich: bool
) -> None:
    assert quote_pairs(text) == pairs
    assert direct_rich(text) is rich


def test_dev6_is_kept_out_besides_every_set_dev6_kept_out() -> None:
    assert EXCLUDED == (
        "quotes.jsonl",
        "quotes_dev.jsonl",
        "quotes_dev3.jsonl",
        "quotes_dev4.jsonl",
        "quotes_dev5.jsonl",
        "entities.jsonl",
        "quotes_dev6.jsonl",
    )
