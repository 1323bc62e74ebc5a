"""Session 28c (Q28c) rules (bench/gold/QUOTES_SESSION28c.md; issue #5), on own sentences."""

from __future__ import annotations

import pytest

from marsad.quotes_institutions import institution_spans
from tests.test_quotes import build
from tests.test_quotes_cases import Said, quotes_said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The Greek coast guard said that the sea was rough yesterday.": خفر "guard" heads a body.
        ("وقال خفر السواحل اليوناني إن البحر كان هائجا أمس.", ["خفر السواحل اليوناني"]),
        # "The Libyan coast guard announced that it received a new boat."
        ("وأعلن خفر السواحل الليبي أنه تسلم زورقا جديدا.", ["خفر السواحل الليبي"]),
        # Not a body named: "Coast guard boats said …" has no definite description of its own after خفر.
        ("وقالت زوارق خفر إن البحر هائج.", []),
        # "The Jordanian water ministry said that the well dried up.": وزارة's own و is
        # no clitic (session 28c, S6: it matched no phrase before).
        ("وقالت وزارة المياه الأردنية إن البئر جفت.", ["وزارة المياه الأردنية"]),
    ],
)
def test_the_coast_guard_and_a_ministry_are_bodies(text: str, expected: list[str]) -> None:
    assert [build(text).span_text(s) for s in institution_spans(build(text))] == expected


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "According to a statement of the Kano police directorate, the market will reopen. ¶ The same source
        # explained that the guards were doubled.": the same source is the police, not the words.
        (
            "وبحسب بيان لمديرية شرطة كانو، فإن السوق سيفتح مجددا.\n\nوأوضح المصدر ذاته أن الحراسة ضوعفت.",
            {"مديرية شرطة كانو": "ORG"},
            [
                ("indirect", "السوق سيفتح مجددا", "مديرية شرطة كانو", None, None),
                ("indirect", "الحراسة ضوعفت", "مديرية شرطة كانو", "أوضح", None),
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


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "Ahmad Salem said that the situation is hard. ¶ That came after hours in which the French foreign
        # minister said that the talks began.": the subject after فيه "in which", not the last speaker.
        (
            "وقال أحمد سالم إن الوضع صعب.\n\nوجاء ذلك بعد ساعات قال فيها وزير الخارجية الفرنسي إن "
            "المحادثات بدأت.",
            {"أحمد سالم": "PER"},
            [
                ("indirect", "الوضع صعب", "أحمد سالم", "قال", None),
                ("indirect", "المحادثات بدأت", "وزير الخارجية الفرنسي", "قال", None),
            ],
        ),
        # "… ¶ The closure went on in a week in which the WHO announced that it will send a team."
        (
            "وقال أحمد سالم إن القصف مستمر.\n\nواستمر الإغلاق في أسبوع أعلنت فيه منظمة الصحة العالمية أنها "
            "سترسل فريقا.",
            {"أحمد سالم": "PER", "منظمة الصحة العالمية": "ORG"},
            [
                ("indirect", "القصف مستمر", "أحمد سالم", "قال", None),
                ("indirect", "سترسل فريقا", "منظمة الصحة العالمية", "أعلن", None),
            ],
        ),
        # "… ¶ The union issued a statement in which it stressed the need that fighting stop at once.": a
        # verbal noun after فيه is no subject; the statement's issuer speaks.
        (
            "وقال أحمد سالم إن الوضع صعب.\n\nوأصدر الاتحاد بيانا أكد فيه ضرورة أن يتوقف القتال فورا.",
            {"أحمد سالم": "PER", "الاتحاد": "ORG"},
            [
                ("indirect", "الوضع صعب", "أحمد سالم", "قال", None),
                ("indirect", "يتوقف القتال فورا", "الاتحاد", "أكد", None),
            ],
        ),
    ],
)
def test_the_subject_after_in_which(text: str, names: dict[str, str], want: list[Said]) -> None:
    assert quotes_said(text, names) == want
