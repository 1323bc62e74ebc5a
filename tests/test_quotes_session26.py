"""Session 26 rules (bench/gold/QUOTES_SESSION26.md; issue #5), on own sentences."""

from __future__ import annotations

import pytest

from tests.test_quotes_cases import Said, quotes_said


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "And Sami Nour said that the officials of the company are discussing the details with the ministry:
        # 'as though nothing had happened'.": the colon closes the reported clause, whose words the marks are.
        (
            'وقال سامي نور إن المسؤولين في الشركة يناقشون التفاصيل مع الوزارة: "كما لو أن شيئا لم يحدث".',
            {"سامي نور": "PER"},
            [
                (
                    "indirect",
                    'المسؤولين في الشركة يناقشون التفاصيل مع الوزارة: "كما لو أن شيئا لم يحدث"',
                    "سامي نور",
                    "قال",
                    None,
                )
            ],
        ),
        # "And the minister Sami Nour said that because of the rain: 'we could not reach the village'."
        (
            'وقال الوزير سامي نور إنه بسبب المطر: "لم نتمكن من الوصول إلى القرية".',
            {"سامي نور": "PER"},
            [("indirect", 'بسبب المطر: "لم نتمكن من الوصول إلى القرية"', "سامي نور", "قال", None)],
        ),
    ],
)
def test_marks_after_a_colon_inside_a_that_clause(text: str, names: dict[str, str], want: list[Said]) -> None:
    assert quotes_said(text, names) == want


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "And Sami Nour said that: 'the work is over'.": a colon right after إن is the direct quote's cue.
        (
            'وقال سامي نور إن: "العمل انتهى تماما".',
            {"سامي نور": "PER"},
            [("direct", "العمل انتهى تماما", "سامي نور", "قال", None)],
        ),
        # "And the channel quoted an official as saying: 'we advised them to leave the area'": قوله "his
        # saying" before the colon, though إن stands between (the letters of a channel's name).
        (
            'ونقلت سي إن إن عن مسؤول أميركي قوله: "نصحناهم بمغادرة المنطقة فورا".',
            {"سي إن إن": "ORG"},
            [("direct", "نصحناهم بمغادرة المنطقة فورا", "مسؤول أميركي", "قال", "سي إن إن")],
        ),
        # "And Sami Nour, known as the closest of the ministers to the president, said: 'we will not resign'":
        # بأنه of "known as" is no complement of قال.
        (
            'وقال سامي نور المعروف بأنه أقرب الوزراء إلى الرئيس: "لن نستقيل من الحكومة".',
            {"سامي نور": "PER"},
            [("direct", "لن نستقيل من الحكومة", "سامي نور", "قال", None)],
        ),
    ],
)
def test_colon_after_that_or_saying_stays_direct(text: str, names: dict[str, str], want: list[Said]) -> None:
    assert quotes_said(text, names) == want


def test_two_word_title_before_a_set_off_description_and_name() -> None:
    # "And the secretary-general of the national development commission, which belongs to the ministry of
    # social affairs, Sami Nour, made clear that the project will be finished this year.": the name set
    # off after the body's description speaks, though no mention tags the body.
    text = (
        "وأوضح أمين عام الهيئة الوطنية للتنمية، التابعة لوزارة الشؤون الاجتماعية، سامي نور، "
        "أن المشروع سيكتمل هذا العام."
    )
    assert quotes_said(text, {"سامي نور": "PER"}) == [
        ("indirect", "المشروع سيكتمل هذا العام", "سامي نور", "أوضح", None)
    ]
