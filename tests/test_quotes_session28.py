"""Session 28 (Q28) rules (bench/gold/QUOTES_SESSION28.md; issue #5), on own sentences."""

from __future__ import annotations

import pytest

from tests.test_quotes_cases import Said, quotes_said


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "The two leaders, who (dual) have hinted for weeks at their merger, call for a government of
        # experts.": the dual relative اللذان opens a clause on the subject; the call's content is after it.
        (
            "ويدعو الزعيمان، اللذان يلمحان منذ أسابيع إلى اندماج حزبيهما، إلى تأليف حكومة كفاءات.",
            {},
            [("indirect", "تأليف حكومة كفاءات", "الزعيمان", "دعا", None)],
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
        # "Al Jazeera showed pictures of what it described as 'some victims of the shelling'.": an outlet.
        (
            'وعرضت قناة الجزيرة صورا لما وصفته بأنه "بعض ضحايا القصف".',
            {},
            [("direct", "بعض ضحايا القصف", "الجزيرة", "وصف", "الجزيرة")],
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
        # "The defence ministry described the raid as 'a dangerous escalation' and said that it will complain
        # to the Security Council.": the marks close the description; وقالت starts its own quote.
        (
            'ووصفت وزارة الدفاع الغارة بأنها "تصعيد خطير" وقالت إنها ستشكو الأمر لمجلس الأمن.',
            {"وزارة الدفاع": "ORG"},
            [
                ("direct", "تصعيد خطير", "وزارة الدفاع", "وصف", None),
                ("indirect", "ستشكو الأمر لمجلس الأمن", "وزارة الدفاع", "قال", None),
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
        # "Residents spoke of 'a terrible roar' heard at night.": the marked words after تحدث عن.
        (
            'وتحدث سكان عن "دوي رهيب" سمع ليلا.',
            {},
            [("direct", "دوي رهيب", "سكان", "تحدث", None)],
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
        # "France, which denied any part in it, described the curbs Salem announced as 'arbitrary'.": the
        # relative clause's أعلنها takes no بأنها; France describes.
        (
            'ووصفت فرنسا، التي تنفي كل تورط، القيود التي أعلنها سالم، بأنها "تعسفية ومرفوضة".',
            {"فرنسا": "LOC", "سالم": "PER"},
            [("direct", "تعسفية ومرفوضة", "فرنسا", "وصف", None)],
        ),
        # "Ankara had described the news that spoke of an incursion as 'plain lies'.": تحدثت is the news's
        # verb inside a relative clause.
        (
            'وكانت أنقرة وصفت الأنباء التي تحدثت عن توغل بري بأنها "أكاذيب مفضوحة".',
            {"أنقرة": "LOC"},
            [("direct", "أكاذيب مفضوحة", "أنقرة", "وصف", None)],
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
        # "A woman standing at the door of her small shop, called Samah Kamel, said: 'a day I will not
        # forget'.": direct.
        (
            'وقالت سيدة تقف أمام باب متجرها الصغير، وتدعى سماح كامل، "هذا يوم لن أنساه".',
            {"سماح كامل": "PER"},
            [("direct", "هذا يوم لن أنساه", "سماح كامل", "قال", None)],
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
        # "In flagrant breach of the usual norms, the new decree allows seizure, as it states that 'the land
        # is the state's'.": صارخة is "flagrant", and a decree's text is no speaker.
        'وفي مخالفة صارخة للأعراف المتبعة، يبيح المرسوم الجديد المصادرة، إذ ينص على أن "الأرض ملك للدولة".',
    ],
)
def test_flagrant_is_no_shouting(text: str) -> None:
    assert quotes_said(text, {}) == []
