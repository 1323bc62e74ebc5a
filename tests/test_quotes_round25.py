"""Session 25 rules (bench/gold/QUOTES_SESSION25.md; issue #5), on own sentences."""

from __future__ import annotations

import pytest

from tests.test_quotes_cases import Said, quotes_said


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "And the minister Sami Nour went on: 'We will open the new schools next autumn.'"
        (
            "وواصل الوزير سامي نور: «سنفتح المدارس الجديدة في الخريف المقبل».",
            {"سامي نور": "PER"},
            [("direct", "سنفتح المدارس الجديدة في الخريف المقبل", "سامي نور", "واصل", None)],
        ),
        # "'We need more time to finish the work,' the director Rami Khalil went on."
        (
            "«نحتاج إلى مزيد من الوقت لإنهاء العمل»، واصل المدير رامي خليل.",
            {"رامي خليل": "PER"},
            [("direct", "نحتاج إلى مزيد من الوقت لإنهاء العمل", "رامي خليل", "واصل", None)],
        ),
        # "The director Rami Khalil said that the work was late. Then he went on: 'We will not stop before the
        # whole building is finished.'": the pro-dropped واصل goes on with him.
        (
            'وقال المدير رامي خليل إن العمل تأخر. ثم واصل: "لن نتوقف قبل أن ينتهي البناء كله".',
            {"رامي خليل": "PER"},
            [
                ("indirect", "العمل تأخر", "رامي خليل", "قال", None),
                ("direct", "لن نتوقف قبل أن ينتهي البناء كله", "رامي خليل", "واصل", None),
            ],
        ),
    ],
)
def test_went_on_reports_direct_speech(text: str, names: dict[str, str], want: list[Said]) -> None:
    assert quotes_said(text, names) == want


def test_kept_on_with_an_object_reports_nothing() -> None:
    # "And the forces kept on 'combing the eastern quarters of the old city' through the night.": واصل with
    # an object is "kept on (doing)"; the marks hold no one's words.
    text = 'وواصلت القوات عمليات "تمشيط الأحياء الشرقية من المدينة القديمة" خلال الليل.'
    assert quotes_said(text, {}) == []


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "And the spokesman of the Health Ministry made clear that the number of the injured fell last week."
        (
            "وبين المتحدث باسم وزارة الصحة أن عدد المصابين انخفض خلال الأسبوع الماضي.",
            {"وزارة الصحة": "ORG"},
            [("indirect", "عدد المصابين انخفض خلال الأسبوع الماضي", "المتحدث باسم وزارة الصحة", "بين", None)],
        ),
        # "And the minister Sami Nour made clear that the project will be done before the end of the year."
        (
            "وبين الوزير سامي نور أن المشروع سيكتمل قبل نهاية العام.",
            {"سامي نور": "PER"},
            [("indirect", "المشروع سيكتمل قبل نهاية العام", "سامي نور", "بين", None)],
        ),
    ],
)
def test_made_clear_with_its_subject_before_that(text: str, names: dict[str, str], want: list[Said]) -> None:
    assert quotes_said(text, names) == want


def test_between_two_joined_nouns_is_no_report() -> None:
    # "He pointed out that the difference between the government and the opposition is that the first has
    # the money.": بين with two nouns joined by و is "between", no report of its own.
    text = "وأشار إلى أن الفرق بين الحكومة والمعارضة أن الأولى تملك المال."
    assert quotes_said(text, {}) == [
        ("indirect", "الفرق بين الحكومة والمعارضة أن الأولى تملك المال", None, "أشار", None)
    ]


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "The absence of the journalist Rami Khalil caused worry in the city, while the police denied holding
        # him, saying that he 'is not held anywhere'.": قائلة speaks for the while-clause's police.
        (
            "أثار غياب الصحفي رامي خليل قلقا في المدينة، بينما نفت الشرطة احتجازه قائلة إنه "
            '"ليس محبوسا في أي مكان".',
            {"رامي خليل": "PER", "الشرطة": "ORG"},
            [("direct", "ليس محبوسا في أي مكان", "الشرطة", "قال", None)],
        ),
        # "The minister Sami Nour said that the schools will open tomorrow, whereas the union announced a
        # strike, adding that it will last a week.": مضيفة is the union's, not the minister's.
        (
            "وقال الوزير سامي نور إن المدارس ستفتح غدا، فيما أعلنت النقابة إضرابا مضيفة أنه سيستمر أسبوعا.",
            {"سامي نور": "PER", "النقابة": "ORG"},
            [
                ("indirect", "المدارس ستفتح غدا", "سامي نور", "قال", None),
                ("indirect", "سيستمر أسبوعا", "النقابة", "أضاف", None),
            ],
        ),
    ],
)
def test_a_participle_in_a_while_clause_speaks_for_its_subject(
    text: str, names: dict[str, str], want: list[Said]
) -> None:
    assert quotes_said(text, names) == want


def test_a_while_inside_the_quote_before_is_no_clause_of_the_writer() -> None:
    # 'The minister Sami Nour went on that "the towns will grow, while the villages empty", pointing out that
    # the roads are old.': فيما lies inside his marked words, so مشيرا stays his.
    text = 'وتابع الوزير سامي نور أن "المدن ستكبر، فيما القرى تفرغ"، مشيرا إلى أن الطرق قديمة.'
    assert quotes_said(text, {"سامي نور": "PER", "القرى": "LOC"})[-1] == (
        "indirect",
        "الطرق قديمة",
        "سامي نور",
        "أشار",
        None,
    )


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # 'The minister Sami Nour said that "the plan is ready to be carried out" and "will not be late more
        # than a month".': two marked parts joined by و after إن are one direct quote.
        (
            'وقال الوزير سامي نور إن "الخطة جاهزة للتنفيذ" و"لن تتأخر أكثر من شهر".',
            {"سامي نور": "PER"},
            [("direct", 'الخطة جاهزة للتنفيذ" و"لن تتأخر أكثر من شهر', "سامي نور", "قال", None)],
        ),
        # 'The police denied holding him, saying that he "is not held" and "it does not know where he is
        # to this day".': قائلة after نفت with its own object keeps the verb قال.
        (
            'ونفت الشرطة احتجازه قائلة إنه "ليس محبوسا" و"لا تعلم مكانه حتى اليوم".',
            {"الشرطة": "ORG"},
            [("direct", 'ليس محبوسا" و"لا تعلم مكانه حتى اليوم', "الشرطة", "قال", None)],
        ),
        # '… said that "the plan is ready" and "will not be late" and "will succeed in the end"': three
        # parts.
        (
            'وقال الوزير سامي نور إن "الخطة جاهزة" و"لن تتأخر" و"ستنجح في النهاية".',
            {"سامي نور": "PER"},
            [("direct", 'الخطة جاهزة" و"لن تتأخر" و"ستنجح في النهاية', "سامي نور", "قال", None)],
        ),
    ],
)
def test_marked_parts_joined_by_and_after_that_are_one_direct_quote(
    text: str, names: dict[str, str], want: list[Said]
) -> None:
    assert quotes_said(text, names) == want


def test_marked_parts_that_are_the_clauses_subject_stay_indirect() -> None:
    # 'The director Rami Khalil made clear that "keeping time" and "respecting colleagues", remain two
    # conditions for promotion.': the marked parts are the clause's subject; its predicate follows the comma.
    text = 'وأوضح المدير رامي خليل أن "الالتزام بالوقت" و"احترام الزملاء"، يبقيان شرطين للترقية.'
    assert quotes_said(text, {"رامي خليل": "PER"}) == [
        ("indirect", '"الالتزام بالوقت" و"احترام الزملاء"، يبقيان شرطين للترقية', "رامي خليل", "أوضح", None)
    ]
