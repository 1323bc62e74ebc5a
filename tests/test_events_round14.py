"""Events, session 14 (issue #6), each case on sentences of our own: protest vocabulary (went out into the
streets), and the lead's hand-written news requests."""

from __future__ import annotations

import pytest

from tests.test_events import actors, codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Thousands of students went out into the streets in Khartoum yesterday": took to the streets
        ("خرج آلاف الطلاب إلى الشوارع في الخرطوم أمس.", ["141"]),
        # "And hundreds of workers went out into the city's streets" (construct, الى without hamza)
        ("وخرج مئات العمال الى شوارع المدينة.", ["141"]),
        # "The minister went out to the street after the meeting": one man and the singular, no protest
        ("خرج الوزير إلى الشارع بعد الاجتماع.", []),
    ],
)
def test_going_out_into_the_streets_is_a_protest(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


def test_the_crowd_that_went_out_is_the_source() -> None:
    # "Hundreds of workers went out into the streets": the workers protest
    assert actors("خرج مئات العمال إلى الشوارع.") == [("141", "LAB", None)]
