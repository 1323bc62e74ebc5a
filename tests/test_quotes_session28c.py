"""Session 28c (Q28c) rules (bench/gold/QUOTES_SESSION28c.md; issue #5), on own sentences."""

from __future__ import annotations

import pytest

from marsad.quotes_institutions import institution_spans
from tests.test_quotes import build


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The Greek coast guard said that the boat was carrying forty people.": خفر "guard" heads a body.
        ("وقال خفر السواحل اليوناني إن الزورق كان يقل أربعين شخصا.", ["خفر السواحل اليوناني"]),
        # "The Libyan coast guard announced that it rescued two hundred migrants."
        ("وأعلن خفر السواحل الليبي أنه أنقذ مئتي مهاجر.", ["خفر السواحل الليبي"]),
        # Not a body named: "Coast guard boats said …" has no definite description of its own after خفر.
        ("وقالت زوارق خفر إن البحر هائج.", []),
    ],
)
def test_the_coast_guard_is_a_body(text: str, expected: list[str]) -> None:
    assert [build(text).span_text(s) for s in institution_spans(build(text))] == expected
