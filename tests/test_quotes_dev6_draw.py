"""The selection rule of the sixth quotes development set (bench.quotes_dev6_draw; QUOTES.md)."""

from __future__ import annotations

import pytest

from bench.quotes_dev6_draw import cue_count, pick_indices, share, shingles


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (506, [25, 126, 227, 328]),  # 0.05, 0.25, 0.45 and 0.65 of n, rounded down
        (20, [1, 5, 9, 13]),
        (351, [17, 87, 157, 228]),
    ],
)
def test_the_picks_lie_at_five_twenty_five_forty_five_and_sixty_five_percent(
    n: int, expected: list[int]
) -> None:
    assert pick_indices(n) == expected


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        # "The minister said: «...», adding that the talks ... according to Reuters." (قال، مضيفا، بحسب)
        ("قال الوزير: «المحادثات جيدة»، مضيفا أن الجولة المقبلة قريبة، بحسب رويترز.", 3),
        # "And he stressed (وأكد) that ... and pointed out (وأشار) ...": cues with و are in the list
        ("وأكد المتحدث أن الوضع هادئ. وأشار إلى تحسن.", 2),
        # "The rain fell heavily on the city": no cue
        ("هطلت الأمطار بغزارة على المدينة", 0),
        # "sayings" (أقوال) and "said-to-him" (قال، with punctuation around it) : only the bare cue counts
        ("أقوال «قال»", 1),
    ],
)
def test_cues_are_whole_words_of_the_list_with_outer_punctuation_stripped(text: str, cues: int) -> None:
    assert cue_count(text.split()) == cues


def test_share_is_the_part_of_the_candidates_own_shingles_found_in_the_other() -> None:
    # ten words "one ... ten" in Arabic: three 8-word shingles; the other article holds the first eight only
    words = ["واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"]
    candidate, other = shingles(words), shingles(words[:8])
    assert len(candidate) == 3
    assert share(candidate, other) == pytest.approx(1 / 3)
    assert share(set(), other) == 0.0
