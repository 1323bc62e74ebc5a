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


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "And the minister Sami Nour affirmed 'the government's full commitment to the reform plan'.": a
        # fully marked noun phrase after أكد is its indirect quote with the marks in.
        (
            'وأكد الوزير سامي نور "التزام الحكومة الكامل بخطة الإصلاح".',
            {"سامي نور": "PER"},
            [("indirect", '"التزام الحكومة الكامل بخطة الإصلاح"', "سامي نور", "أكد", None)],
        ),
        # "And Sami Nour stressed 'the need to speed up carrying out the plan'.": the same through على.
        (
            'وشدد سامي نور على "ضرورة الإسراع في تنفيذ الخطة".',
            {"سامي نور": "PER"},
            [("indirect", '"ضرورة الإسراع في تنفيذ الخطة"', "سامي نور", "شدد", None)],
        ),
    ],
)
def test_a_fully_marked_object_of_affirming_is_indirect(
    text: str, names: dict[str, str], want: list[Said]
) -> None:
    assert quotes_said(text, names) == want


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "And Sami Nour affirmed: 'we will not go back on this decision whatever happens'" (no colon): a
        # clause in the marks is speech, a direct quote.
        (
            'وأكد سامي نور "لن نتراجع عن هذا القرار مهما حدث".',
            {"سامي نور": "PER"},
            [("direct", "لن نتراجع عن هذا القرار مهما حدث", "سامي نور", "أكد", None)],
        ),
        # "And Sami Nour affirmed 'the success of the operation in the north', and 'the end of the searches in
        # the area'.": two marked parts joined by و stay two direct quotes.
        (
            'وأكد سامي نور "نجاح العملية في الشمال"، و"انتهاء أعمال التفتيش في المنطقة".',
            {"سامي نور": "PER"},
            [
                ("direct", "نجاح العملية في الشمال", "سامي نور", "أكد", None),
                ("direct", "انتهاء أعمال التفتيش في المنطقة", "سامي نور", "أكد", None),
            ],
        ),
    ],
)
def test_marked_speech_after_affirming_stays_direct(
    text: str, names: dict[str, str], want: list[Said]
) -> None:
    assert quotes_said(text, names) == want


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "And the deputy commissioner for medical affairs at the United Nations, Sami Nour, said
        # in the council 'everyone must respect international law'.": في + the body inside the title, then
        # the name.
        (
            "وقال نائب مفوض الشؤون الطبية في الأمم المتحدة سامي نور في المجلس "
            '"يجب على الجميع احترام القانون الدولي".',
            {"سامي نور": "PER", "الأمم المتحدة": "ORG"},
            [("direct", "يجب على الجميع احترام القانون الدولي", "سامي نور", "قال", None)],
        ),
    ],
)
def test_a_title_at_a_body_then_the_name(text: str, names: dict[str, str], want: list[Said]) -> None:
    assert quotes_said(text, names) == want
