"""Session 28b (Q28b) rules (bench/gold/QUOTES_SESSION28b.md; issue #5), on own sentences."""

from __future__ import annotations

import pytest

from tests.test_quotes_cases import Said, quotes_said


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "The commission concluded on Wednesday that the gas was used in an attack on the town."
        (
            "وتوصلت اللجنة الأربعاء إلى أن الغاز استخدم في هجوم على البلدة.",
            {},
            [("indirect", "الغاز استخدم في هجوم على البلدة", "اللجنة", "توصل", None)],
        ),
        # "The Health Organisation concluded, after months of inquiry, that the water was polluted."
        (
            "وخلصت منظمة الصحة، بعد أشهر من التحقيق، إلى أن المياه كانت ملوثة.",
            {"منظمة الصحة": "ORG"},
            [("indirect", "المياه كانت ملوثة", "منظمة الصحة", "خلص", None)],
        ),
    ],
)
def test_concluded_that_is_a_report(text: str, names: dict[str, str], want: list[Said]) -> None:
    assert quotes_said(text, names) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "The two sides reached an agreement to stop the fire.": توصل without إلى أن reports nothing.
        ("وتوصل الطرفان إلى اتفاق لوقف إطلاق النار.", []),
        # "Results that the agencies reached showed that the plan failed.": the relative's إليها.
        ("وأظهرت نتائج توصلت إليها الأجهزة إلى أن الخطة فشلت.", []),
    ],
)
def test_reaching_something_is_no_report(text: str, want: list[Said]) -> None:
    assert quotes_said(text, {}) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "Local media reported that the group controlling the city, reached an agreement with the
        # government.": the verb after the comma is the content's predicate, the content goes on.
        (
            "وذكرت وسائل إعلام محلية أن الجماعة المسيطرة على المدينة، توصلت إلى اتفاق مع الحكومة.",
            [
                (
                    "indirect",
                    "الجماعة المسيطرة على المدينة، توصلت إلى اتفاق مع الحكومة",
                    "وسائل إعلام محلية",
                    "ذكر",
                    "وسائل إعلام محلية",
                )
            ],
        ),
        # "The prosecutor announced that the inquiries into the tourists' death, concluded that the cause
        # was heart failure.": a report nested in the prosecutor's, one quote.
        (
            "وأعلن النائب العام أن التحقيقات في وفاة السائحين، توصلت إلى أن سبب الوفاة هو توقف القلب.",
            [
                (
                    "indirect",
                    "التحقيقات في وفاة السائحين، توصلت إلى أن سبب الوفاة هو توقف القلب",
                    "النائب العام",
                    "أعلن",
                    None,
                )
            ],
        ),
    ],
)
def test_concluding_after_a_comma_goes_on_the_content(text: str, want: list[Said]) -> None:
    assert quotes_said(text, {}) == want
