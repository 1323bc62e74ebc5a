"""Session 28c (Q28c) rules (bench/gold/QUOTES_SESSION28c.md; issue #5), on own sentences."""

from __future__ import annotations

import pytest

from marsad.quotes_institutions import institution_spans
from tests.test_quotes import build
from tests.test_quotes_cases import Said, quotes_said


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


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "According to a statement of the Jos police directorate, forty houses were burnt. ¶ The same source
        # explained that six people were wounded.": the same source is the police, not the words.
        (
            "وبحسب بيان لمديرية شرطة جوس، فإن أربعين منزلا أحرقت.\n\nوأوضح المصدر ذاته أن ستة أشخاص أصيبوا.",
            {"مديرية شرطة جوس": "ORG"},
            [
                ("indirect", "أربعين منزلا أحرقت", "مديرية شرطة جوس", None, None),
                ("indirect", "ستة أشخاص أصيبوا", "مديرية شرطة جوس", "أوضح", None),
            ],
        ),
        # "A security source said that the road was closed. ¶ According to the same sources, the army
        # arrived.": an unnamed source goes on, as its words.
        (
            "وقال مصدر أمني إن الطريق أغلق.\n\nووفقا لذات المصادر، فإن الجيش وصل إلى المدينة.",
            {},
            [
                ("indirect", "الطريق أغلق", "مصدر أمني", "قال", None),
                ("indirect", "الجيش وصل إلى المدينة", "مصدر أمني", None, None),
            ],
        ),
        # No quote before: "The same source said that talks go on." keeps its words.
        (
            "وقال المصدر نفسه إن المحادثات مستمرة.",
            {},
            [("indirect", "المحادثات مستمرة", "المصدر نفسه", "قال", None)],
        ),
    ],
)
def test_the_same_source_is_the_last_quotes_speaker(
    text: str, names: dict[str, str], want: list[Said]
) -> None:
    assert quotes_said(text, names) == want
