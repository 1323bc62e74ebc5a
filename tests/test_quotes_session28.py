"""Session 28 (Q28) rules (bench/gold/QUOTES_SESSION28.md; issue #5), on own sentences."""

from __future__ import annotations

import pytest

from tests.test_quotes_cases import Said, quotes_said


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "The two men, who (dual) have hinted for months at an alliance, call for a technocrat government.":
        # the dual relative اللذان opens a clause on the subject; the call's content is after it.
        (
            "ويدعو الرجلان، اللذان يلمحان منذ أشهر إلى تحالفهما، إلى تشكيل حكومة تكنوقراط.",
            {},
            [("indirect", "تشكيل حكومة تكنوقراط", "الرجلان", "دعا", None)],
        ),
        # "The two ministries, which (dual f.) oversee the crossing, stressed that the road will open.":
        # اللتان, the same.
        (
            "وأكدت الوزارتان، اللتان تشرفان على المعبر، أن الطريق سيفتح غدا.",
            {},
            [("indirect", "الطريق سيفتح غدا", "الوزارتان", "أكد", None)],
        ),
    ],
)
def test_dual_relatives_open_a_clause_on_the_subject(
    text: str, names: dict[str, str], want: list[Said]
) -> None:
    assert quotes_said(text, names) == want


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "The minister criticised what he described as 'the international silence'.": the describer is the
        # opening verb's subject, a title.
        (
            'وانتقد الوزير ما وصفه ب"الصمت الدولي".',
            {},
            [("direct", "الصمت الدولي", "الوزير", "وصف", None)],
        ),
        # "Al Jazeera channel aired footage of what it described as 'part of the army's dead'.": an outlet.
        (
            'وبثت قناة الجزيرة لقطات لما وصفته بأنه "جانب من قتلى الجيش".',
            {},
            [("direct", "جانب من قتلى الجيش", "الجزيرة", "وصف", "الجزيرة")],
        ),
    ],
)
def test_what_he_described_as_is_the_opening_subjects(
    text: str, names: dict[str, str], want: list[Said]
) -> None:
    assert quotes_said(text, names) == want


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "The ministry condemned what it described as 'the play'.": بال before the marks reads as ب.
        (
            'وأدانت وزارة الخارجية ما وصفته بال"المسرحية".',
            {"وزارة الخارجية": "ORG"},
            [("direct", "المسرحية", "وزارة الخارجية", "وصف", None)],
        ),
    ],
)
def test_the_article_glued_to_b_before_marks(text: str, names: dict[str, str], want: list[Said]) -> None:
    assert quotes_said(text, names) == want


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "The defence ministry described the attack as 'a provocative act' and said that it informed the
        # Security Council.": the marks close the description; وقالت starts its own quote.
        (
            'ووصفت وزارة الدفاع الهجوم بأنه "عمل استفزازي" وقالت إنها أبلغت مجلس الأمن بالحادث.',
            {"وزارة الدفاع": "ORG"},
            [
                ("direct", "عمل استفزازي", "وزارة الدفاع", "وصف", None),
                ("indirect", "أبلغت مجلس الأمن بالحادث", "وزارة الدفاع", "قال", None),
            ],
        ),
        # "The residents said that the militia set up a tent it called 'the mobilisation tent' and wrote on it
        # 'for whoever wants to go to the front'.": writing on a tent is no new report; one quote.
        (
            'وقال سكان إن الميليشيا أقامت خيمة سمتها "خيمة التعبئة" وكتبت عليها "لمن أراد الذهاب للجبهة".',
            {},
            [
                (
                    "indirect",
                    'الميليشيا أقامت خيمة سمتها "خيمة التعبئة" وكتبت عليها "لمن أراد الذهاب للجبهة"',
                    "سكان",
                    "قال",
                    None,
                )
            ],
        ),
    ],
)
def test_a_joined_report_after_closing_marks_starts_a_quote(
    text: str, names: dict[str, str], want: list[Said]
) -> None:
    assert quotes_said(text, names) == want


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "Eyewitnesses spoke of 'a huge explosion' that shook the area.": the marked words after تحدث عن.
        (
            'وتحدث شهود عيان عن "انفجار هائل" هز المنطقة.',
            {},
            [("direct", "انفجار هائل", "شهود عيان", "تحدث", None)],
        ),
        # "The president spoke of great economic achievements.": no marks, a topic, no quote.
        ("وتحدث الرئيس عن إنجازات اقتصادية كبيرة.", {}, []),
    ],
)
def test_marked_words_after_spoke_of(text: str, names: dict[str, str], want: list[Said]) -> None:
    assert quotes_said(text, names) == want


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "Russia, which denied any role, described the measures May announced as 'unacceptable'.": the
        # relative clause's أعلنتها takes no بأنها; Russia describes.
        (
            'ووصفت روسيا، التي نفت أي دور لها، الإجراءات التي أعلنتها ماي، بأنها "غير مقبولة وغير مبررة".',
            {"روسيا": "LOC", "ماي": "PER"},
            [("direct", "غير مقبولة وغير مبررة", "روسيا", "وصف", None)],
        ),
        # "Moscow had described the reports that spoke of a chemical attack as 'false stories'.": تحدثت is the
        # reports' verb inside a relative clause.
        (
            'وكانت موسكو وصفت التقارير التي تحدثت عن هجوم كيميائي بأنها "روايات زائفة".',
            {"موسكو": "LOC"},
            [("direct", "روايات زائفة", "موسكو", "وصف", None)],
        ),
    ],
)
def test_a_relative_clauses_verb_does_not_take_the_describers_marks(
    text: str, names: dict[str, str], want: list[Said]
) -> None:
    assert quotes_said(text, names) == want


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "A man who has worked in the shop for years, called Karim Salem, said that the shelling went on all
        # night.": the name after the description's "called" speaks.
        (
            "وقال رجل يعمل في المتجر منذ سنوات، ويدعى كريم سالم، إن القصف استمر طوال الليل.",
            {"كريم سالم": "PER"},
            [("indirect", "القصف استمر طوال الليل", "كريم سالم", "قال", None)],
        ),
        # "A woman sitting at the wheel of her car, called Samah Kamel, said: 'a historic day'.": direct.
        (
            'وقالت امرأة تجلس خلف عجلة القيادة في سيارتها، وتدعى سماح كامل، "اليوم يوم تاريخي".',
            {"سماح كامل": "PER"},
            [("direct", "اليوم يوم تاريخي", "سماح كامل", "قال", None)],
        ),
    ],
)
def test_a_name_called_after_an_unnamed_description(
    text: str, names: dict[str, str], want: list[Said]
) -> None:
    assert quotes_said(text, names) == want


@pytest.mark.parametrize(
    "text",
    [
        # "In flagrant breach of international law, the law states that 'settlement is a national value'.":
        # صارخة is "flagrant", and a law's text is no speaker.
        'وفي مخالفة صارخة للقوانين الدولية، يشرع القانون الاستيطان، إذ ينص على أن "الاستيطان قيمة وطنية".',
    ],
)
def test_flagrant_is_no_shouting(text: str) -> None:
    assert quotes_said(text, {}) == []
