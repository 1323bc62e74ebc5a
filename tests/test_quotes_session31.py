"""Session 31 (Q31) rules (bench/gold/QUOTES_SESSION31.md; issue #5), on own sentences."""

from __future__ import annotations

import pytest

from tests.test_quotes_cases import Said, quotes_said


@pytest.mark.parametrize(
    ("text", "entities", "want"),
    [
        # "Doctors Without Borders also drew attention to thousands of children living in crowded camps": the
        # marks hold the verb's subject, not its words (K1).
        (
            'ولفتت "أطباء بلا حدود" كذلك إلى أن آلاف الأطفال يعيشون في مخيمات مكتظة.',
            {"أطباء بلا حدود": "ORG"},
            [("indirect", "آلاف الأطفال يعيشون في مخيمات مكتظة", "أطباء بلا حدود", "لفت", None)],
        ),
        # The same without an adverb, an organisation whose name opens with no article.
        (
            'وأشارت "سايف ذي تشيلدرن" إلى أن نصف اللاجئين من الأطفال.',
            {"سايف ذي تشيلدرن": "ORG"},
            [("indirect", "نصف اللاجئين من الأطفال", "سايف ذي تشيلدرن", "أشار", None)],
        ),
        # A call whose complement is إلى with no أن: "the National Salvation Front called for a march".
        (
            'ودعت "جبهة الخلاص" إلى مسيرة كبرى يوم الأحد.',
            {"جبهة الخلاص": "ORG"},
            [("indirect", "مسيرة كبرى يوم الأحد", "جبهة الخلاص", "دعا", None)],
        ),
    ],
)
def test_a_marked_name_before_the_verbs_complement_is_its_subject(
    text: str, entities: dict[str, str], want: list[Said]
) -> None:
    assert quotes_said(text, entities) == want


def test_marked_words_after_a_verb_with_no_complement_after_them_stay_a_direct_quote() -> None:
    # "The minister said 'we will not give up', then left the hall": a quote, not a subject (K1's bound).
    text = 'وقال الوزير "لن نتراجع أبدا"، ثم غادر القاعة.'
    assert quotes_said(text, {}) == [("direct", "لن نتراجع أبدا", "الوزير", "قال", None)]


def test_a_marked_unnamed_source_before_qawlahu_is_the_speaker() -> None:
    # "The Guardian relayed from 'a senior Western diplomat' his saying that the talks resume next month"
    # (K2): the marked source speaks; no direct quote of the source's description.
    text = 'ونقلت صحيفة "الغارديان" عن "دبلوماسي غربي بارز"، قوله إن المفاوضات ستستأنف الشهر المقبل.'
    assert quotes_said(text, {"الغارديان": "ORG"}) == [
        ("indirect", "المفاوضات ستستأنف الشهر المقبل", "دبلوماسي غربي بارز", "قال", "الغارديان")
    ]


def test_a_feminine_plural_after_a_masculine_verb_is_its_object() -> None:
    # "Duterte said he will bring the workers home, while he called on those (f.) wishing to stay to be
    # careful. He said 'I want to address their conscience'": دعا is masculine, so الراغبات is its object
    # and both later quotes stay Duterte's (K4).
    text = (
        "وقال رودريغو دوتيرتي إنه سيعيد العاملين إلى بلادهم، فيما دعا الراغبات بالبقاء إلى الحذر. "
        'وقال "أريد أن أخاطب ضمائرهم".'
    )
    assert quotes_said(text, {"رودريغو دوتيرتي": "PER"}) == [
        ("indirect", "سيعيد العاملين إلى بلادهم", "رودريغو دوتيرتي", "قال", None),
        ("indirect", "الحذر", "رودريغو دوتيرتي", "دعا", None),
        ("direct", "أريد أن أخاطب ضمائرهم", "رودريغو دوتيرتي", "قال", None),
    ]


def test_a_feminine_plural_after_a_feminine_verb_stays_its_subject() -> None:
    # "The nurses said wages are low": قالت agrees with الممرضات, its subject (K4's bound).
    assert quotes_said("وقالت الممرضات إن الأجور متدنية.", {}) == [
        ("indirect", "الأجور متدنية", "الممرضات", "قال", None)
    ]


def test_a_marked_platform_name_is_no_quote() -> None:
    # "Sameh Shoukry stressed in tweets on his page on 'Twitter' that the talks go on" (K9): the marks hold
    # the platform's name, and the أن-clause is the quote.
    text = 'وأكد سامح شكري في تغريدات على صفحته ب"تويتر"، أن المفاوضات مستمرة.'
    assert quotes_said(text, {"سامح شكري": "PER"}) == [
        ("indirect", "المفاوضات مستمرة", "سامح شكري", "أكد", None)
    ]


def test_marks_inside_brackets_hold_a_term() -> None:
    # "The federation announced adopting video assistance ('VAR') in the coming matches" (K11): the marked
    # short form in brackets is no quote (and أعلن + a noun phrase is none either).
    text = 'وأعلن الاتحاد الدولي اعتماد تقنية المساعدة بالفيديو ("في اي آر") في المباريات المقبلة.'
    assert quotes_said(text, {"الاتحاد الدولي": "ORG"}) == []


@pytest.mark.parametrize(
    ("text", "entities", "want"),
    [
        # "Ahmad Salem said that what he called 'the alliance of evil' is the main cause of the talks'
        # failure" (K13): ما وصفه ب"…" inside the indirect quote is his own direct quote too.
        (
            'قال أحمد سالم إن ما وصفه ب"تحالف الشر" هو السبب الرئيسي في فشل المشاورات.',
            {"أحمد سالم": "PER"},
            [
                (
                    "indirect",
                    'ما وصفه ب"تحالف الشر" هو السبب الرئيسي في فشل المشاورات',
                    "أحمد سالم",
                    "قال",
                    None,
                ),
                ("direct", "تحالف الشر", "أحمد سالم", "وصف", None),
            ],
        ),
        # "... pointing to better ties with Beijing, which he described as 'the trusted partner'": the
        # relative takes Beijing up as the object (وصفها), so the describer is the speaker, not Beijing.
        (
            "وأوضح أحمد سالم أن العمال يمكنهم العمل في الصين، مشيرا إلى تحسن العلاقات مع بكين "
            'التي وصفها ب"الشريك الموثوق".',
            {"أحمد سالم": "PER", "بكين": "LOC", "الصين": "LOC"},
            [
                ("indirect", "العمال يمكنهم العمل في الصين", "أحمد سالم", "أوضح", None),
                ("indirect", 'تحسن العلاقات مع بكين التي وصفها ب"الشريك الموثوق"', "أحمد سالم", "أشار", None),
                ("direct", "الشريك الموثوق", "أحمد سالم", "وصف", None),
            ],
        ),
    ],
)
def test_a_describing_relative_inside_an_indirect_quote_is_its_own_direct_quote(
    text: str, entities: dict[str, str], want: list[Said]
) -> None:
    assert quotes_said(text, entities) == want


def test_often_ma_before_a_describing_verb_is_no_relative() -> None:
    # "He said that Syrian children are often called 'beggars' by the locals": غالبا ما "often" (K13's bound):
    # the marked words stay inside the indirect quote, no nested quote with the words before ما as speaker.
    text = 'وقال أحمد سالم إن الأطفال غالبا ما يصفهم السكان بأنهم "متسولون".'
    kinds = [q[0] for q in quotes_said(text, {"أحمد سالم": "PER"})]
    assert kinds == ["indirect"]
