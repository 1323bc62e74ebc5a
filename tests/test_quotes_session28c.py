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
        # "The Yemeni human rights ministry said that the militia abducted thirty people.": وزارة's own و is
        # no clitic (session 28c, S6: it matched no phrase before).
        ("وقالت وزارة حقوق الإنسان اليمنية إن الميليشيا اختطفت ثلاثين شخصا.", ["وزارة حقوق الإنسان اليمنية"]),
    ],
)
def test_the_coast_guard_and_a_ministry_are_bodies(text: str, expected: list[str]) -> None:
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


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "Ahmad Salem said that the situation is hard. ¶ That came on the day in which the Italian interior
        # minister said that the island is crowded.": the subject after فيه "in which", not the last speaker.
        (
            "وقال أحمد سالم إن الوضع صعب.\n\nوجاء ذلك في اليوم الذي قال فيه وزير الداخلية الإيطالي إن "
            "الجزيرة مكتظة.",
            {"أحمد سالم": "PER"},
            [
                ("indirect", "الوضع صعب", "أحمد سالم", "قال", None),
                ("indirect", "الجزيرة مكتظة", "وزير الداخلية الإيطالي", "قال", None),
            ],
        ),
        # "… ¶ The raids go on at a time in which the United Nations announced that it will send a convoy."
        (
            "وقال أحمد سالم إن القصف مستمر.\n\nوتتواصل الغارات في وقت أعلنت فيه الأمم المتحدة أنها "
            "سترسل قافلة.",
            {"أحمد سالم": "PER", "الأمم المتحدة": "ORG"},
            [
                ("indirect", "القصف مستمر", "أحمد سالم", "قال", None),
                ("indirect", "سترسل قافلة", "الأمم المتحدة", "أعلن", None),
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Syrian television said that the air defences repelled the attack.": an outlet by its description.
        ("وقال التلفزيون السوري إن الدفاعات تصدت للهجوم.", ["التلفزيون السوري"]),
        # "The Emirati news agency reported that dozens were killed." (وكالة's own و is no clitic)
        ("وذكرت وكالة الأنباء الإماراتية أن العشرات قتلوا.", ["وكالة الأنباء الإماراتية"]),
        # "According to the North Korean news agency, the leader arrived.": a cue's source.
        ("وبحسب وكالة الأنباء الكورية الشمالية، فإن الزعيم وصل.", ["وكالة الأنباء الكورية الشمالية"]),
        # No nisba, no body: "The television said …", "The news agency reported …" (named before, or generic).
        ("وقال التلفزيون إن الدفاعات تصدت.", []),
        ("وذكرت وكالة الأنباء أن العشرات قتلوا.", []),
    ],
)
def test_an_outlet_described_with_a_nisba_is_a_body(text: str, expected: list[str]) -> None:
    assert [build(text).span_text(s) for s in institution_spans(build(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The council of the Jordanian professional unions called for the second time for a general strike.":
        # the subject runs on (للمرة الثانية), the description is four words.
        (
            "ودعا مجلس النقابات المهنية الأردنية للمرة الثانية، إلى إضراب عام.",
            ["مجلس النقابات المهنية الأردنية"],
        ),
        # "According to the municipal police, forty thousand people took part."
        ("وبحسب الشرطة البلدية فقد شارك أربعون ألف شخص في المسيرة.", ["الشرطة البلدية"]),
        # An opening verb's long subject is its object too: "Riot police chased protesters in black who tried
        # to reach the crowd, whose members waved flags and say that …" (the crowd speaks, not the police).
        (
            "وطاردت شرطة مكافحة الشغب متظاهرين يرتدون ملابس سوداء حاولوا الوصول إلى الحشد الذي كان أفراده "
            'يلوحون بالأعلام ويقولون إن "الحكومة يجب أن ترحل".',
            [],
        ),
    ],
)
def test_the_bound_is_on_the_description(text: str, expected: list[str]) -> None:
    assert [build(text).span_text(s) for s in institution_spans(build(text))] == expected
