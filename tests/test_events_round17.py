"""Events, session 17 (issue #6), each case on sentences of our own: background attacks (an attack named as
old, as an anniversary or as the time of another act is no event of the sentence: events_background)."""

from __future__ import annotations

import pytest

from tests.test_events import codes


@pytest.mark.parametrize(
    "text",
    [
        # "The tribal chief, who escaped an assassination attempt two months ago, returned to his village
        # yesterday": the attempt is two months old, the return is the news
        "وعاد إلى قريته أمس شيخ القبيلة الذي نجا من محاولة اغتيال قبل شهرين.",
        # "Residents marked the tenth anniversary of the market bombing with a silent vigil"
        "وأحيا السكان الذكرى العاشرة لتفجير السوق بوقفة صامتة.",
        # "The authorities closed the crossing after gunmen had attacked an aid convoy": the attack dates
        # the closure
        "وأغلقت السلطات المعبر بعد أن هاجم مسلحون قافلة للإغاثة.",
    ],
)
def test_a_background_attack_is_no_event(text: str) -> None:
    assert not [c for c in codes(text) if c[:2] in ("18", "19", "20")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The tribal chief who escaped an assassination attempt returned": no time, the attempt is told
        ("وعاد إلى قريته أمس شيخ القبيلة الذي نجا من محاولة اغتيال.", ["185"]),
        # "Five soldiers were killed in an attack on a checkpoint hours ago": hours ago is the news itself
        ("وقتل خمسة جنود في هجوم على حاجز قبل ساعات.", ["190", "190"]),
        # "The army said the offensive, which began two months ago, killed hundreds of gunmen": the two
        # months date the relative clause's start, the offensive goes on
        ("وقال الجيش إن الهجوم الذي بدأ قبل شهرين أسفر عن مقتل مئات المسلحين.", ["190", "190"]),
        # "Gunmen attacked an aid convoy after the authorities closed the crossing": the attack is the news
        ("وهاجم مسلحون قافلة للإغاثة بعد أن أغلقت السلطات المعبر.", ["190"]),
    ],
)
def test_a_told_attack_stays(text: str, expected: list[str]) -> None:
    assert [c for c in codes(text) if c[:2] in ("18", "19", "20")] == expected
