"""Session 26, second round (Q26b) rules (bench/gold/QUOTES_SESSION26.md; issue #5), on own sentences."""

from __future__ import annotations

import pytest

from tests.test_quotes_cases import Said, quotes_said


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "And for years the Farmers' Association has been demanding the repair of the irrigation canals in
        # the valley.": سنوات "years" is منذ's object, the association the verb's subject.
        (
            "ومنذ سنوات تطالب جمعية المزارعين بإصلاح قنوات الري في الوادي.",
            {"جمعية المزارعين": "ORG"},
            [("indirect", "إصلاح قنوات الري في الوادي", "جمعية المزارعين", "طالب", None)],
        ),
        # "Sami Nour said that the road is closed. And for decades the mountain villages have been demanding a
        # paved road linking them to the city.": the unnamed villages speak, not عقود "decades".
        (
            "وقال سامي نور إن الطريق مغلق. ومنذ عقود تطالب القرى الجبلية بطريق معبد يصلها بالمدينة.",
            {"سامي نور": "PER"},
            [
                ("indirect", "الطريق مغلق", "سامي نور", "قال", None),
                ("indirect", "طريق معبد يصلها بالمدينة", "القرى الجبلية", "طالب", None),
            ],
        ),
    ],
)
def test_a_duration_is_no_subject_of_a_verb_of_calling(
    text: str, names: dict[str, str], want: list[Said]
) -> None:
    assert quotes_said(text, names) == want
