"""Session 23 rules (bench/gold/QUOTES_SESSION23.md), on own sentences."""

from __future__ import annotations

import pytest

from tests.test_quotes_cases import Said, quotes_said


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "Drinking water helps lower the body's heat on long summer days, as 'Health Day' reported.": the
        # marks after the attribution's relay verb hold the source's name, not its words; the clause before
        # the phrase is the bare attribution's indirect quote.
        (
            'يساعد شرب الماء على خفض حرارة الجسم في أيام الصيف، وفق ما نقلت "هيلث داي".',
            {"هيلث داي": "ORG"},
            [("indirect", "يساعد شرب الماء على خفض حرارة الجسم في أيام الصيف", "هيلث داي", "نقل", None)],
        ),
        # "The number of cyclists in the city rose this year, according to what 'City Riders' carried."
        (
            'ارتفع عدد مستخدمي الدراجات في المدينة هذا العام، بحسب ما أورد "سيتي رايدرز".',
            {"سيتي رايدرز": "ORG"},
            [("indirect", "ارتفع عدد مستخدمي الدراجات في المدينة هذا العام", "سيتي رايدرز", "أورد", None)],
        ),
    ],
)
def test_a_quoted_name_after_an_attribution_is_its_source(
    text: str, names: dict[str, str], want: list[Said]
) -> None:
    assert quotes_said(text, names) == want


def test_the_first_letter_of_a_dotted_abbreviation_is_no_complementizer() -> None:
    # "The national television network (N.B.C.) said on Sunday that the government will announce a new plan
    # for public transport.": إن in إن.بي.سي is the abbreviation's first letter; the content starts after
    # the later إن.
    text = "قالت شبكة التلفزيون الوطنية (إن.بي.سي) يوم الأحد، إن الحكومة ستعلن خطة جديدة للنقل العام."
    assert quotes_said(text, {}) == [
        (
            "indirect",
            "الحكومة ستعلن خطة جديدة للنقل العام",
            "شبكة التلفزيون الوطنية",
            "قال",
            "شبكة التلفزيون الوطنية",
        )
    ]


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "The minister Samer Haddad said that the road will open in the spring. He then criticised the delays
        # of the company Al-Nour, and added: 'We will not wait any longer.'": the company closes the clause
        # before the comma, as its genitive; the pro-dropped verb goes on with the minister.
        (
            "وقال الوزير سامر حداد إن الطريق سيفتح في الربيع.\n\nثم انتقد تأخر شركة النور، وأضاف: "
            '"لن ننتظر أكثر من ذلك".',
            {"سامر حداد": "PER", "شركة النور": "ORG"},
            [
                ("indirect", "الطريق سيفتح في الربيع", "سامر حداد", "قال", None),
                ("direct", "لن ننتظر أكثر من ذلك", "سامر حداد", "أضاف", None),
            ],
        ),
    ],
)
def test_a_name_before_the_comma_of_a_joined_verb_is_no_subject(
    text: str, names: dict[str, str], want: list[Said]
) -> None:
    assert quotes_said(text, names) == want


def test_a_sentence_inside_the_last_quote_is_no_sentence_between() -> None:
    # "She said 'Was Rami Nasser not better this year? Why was Fadi Aoun left out? ¶ She added that the jury
    # forgot many players." (the writer left the quote unclosed): the questions are her words, so the person
    # named in the last of them does not take the pro-dropped وأضافت; no one named before her, she stays
    # unnamed.
    text = (
        'وقالت "ألم يكن رامي ناصر أفضل هذا العام؟ لماذا غاب فادي عون عن القائمة؟\n\n'
        "وأضافت أن اللجنة نسيت عددا من اللاعبين."
    )
    found = quotes_said(text, {"رامي ناصر": "PER", "فادي عون": "PER"})
    assert found == [
        ("direct", "ألم يكن رامي ناصر أفضل هذا العام؟ لماذا غاب فادي عون عن القائمة؟", None, "قال", None),
        ("indirect", "اللجنة نسيت عددا من اللاعبين", None, "أضاف", None),
    ]


def test_a_second_attribution_phrase_makes_no_second_quote() -> None:
    # "The company is preparing to launch three new devices this autumn, according to what Bloomberg reported
    # citing informed sources.": one attribution phrase (the sources speak, Bloomberg relays), one quote.
    text = "تستعد الشركة لإطلاق ثلاثة أجهزة جديدة هذا الخريف، وفقا لما ذكرته أكسيوس نقلا عن مصادر مطلعة."
    assert quotes_said(text, {"أكسيوس": "ORG"}) == [
        ("indirect", "تستعد الشركة لإطلاق ثلاثة أجهزة جديدة هذا الخريف", "مصادر مطلعة", "ذكر", "أكسيوس")
    ]


def test_a_bare_definite_type_noun_is_the_unlisted_outlet_named_before_in_marks() -> None:
    # "The site 'Health Today' pointed out that sleep matters. ¶ According to the site, walking daily helps
    # the heart.": the site is the quoted, unlisted one named before (speaker and relay).
    text = 'وأشار موقع "صحة اليوم" إلى أن النوم مهم للذاكرة.\n\nوطبقا للموقع، فإن المشي يوميا يفيد القلب.'
    assert quotes_said(text, {})[-1] == ("indirect", "المشي يوميا يفيد القلب", "صحة اليوم", None, "صحة اليوم")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "The company will launch three devices this autumn, according to what Bloomberg reported citing
        # informed sources. ¶ The report said that the plans may change.": no report was named before, so
        # "the report" is the outlet that relayed the quote before it.
        (
            "ستطلق الشركة ثلاثة أجهزة هذا الخريف، وفقا لما ذكرته أكسيوس نقلا عن مصادر مطلعة.\n\n"
            "وقال التقرير إن الخطط قد تتغير.",
            ("indirect", "الخطط قد تتغير", "أكسيوس", "قال", "أكسيوس"),
        ),
        # "Lina Haddad, the head of the organisation, told Bloomberg: 'Cooling matters.' ¶ The report said …":
        # a person spoke to the outlet; the report is not the outlet's, it stays unnamed.
        (
            'وقالت لينا حداد، رئيسة المنظمة، لأكسيوس: "التبريد مهم جدا".\n\nوقال التقرير إن الخطط قد تتغير.',
            ("indirect", "الخطط قد تتغير", "التقرير", "قال", None),
        ),
    ],
)
def test_the_report_with_no_report_named_is_the_last_relay(text: str, want: Said) -> None:
    names = {"أكسيوس": "ORG"} | ({"لينا حداد": "PER"} if "لينا حداد" in text else {})
    assert quotes_said(text, names)[-1] == want


def test_a_link_line_is_no_sentence_between() -> None:
    # "The minister Samer Haddad said: 'The bridge opens next week.' ¶ Lina Karam wins the cycling race
    # (a related-article line) ¶ He added: 'The works cost little.'": the link line is no sentence of the
    # story, so its subject does not take the pro-dropped وأضاف.
    text = (
        'وقال الوزير سامر حداد: "الجسر يفتح الأسبوع المقبل".\n\n'
        "لينا كرم تفوز بسباق الدراجات في المدينة\n\n"
        'وأضاف "كلفت الأشغال مبلغا قليلا".'
    )
    found = quotes_said(text, {"سامر حداد": "PER", "لينا كرم": "PER"})
    assert found[-1] == ("direct", "كلفت الأشغال مبلغا قليلا", "سامر حداد", "أضاف", None)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "The paper 'Sport Today' asked questions about the list. ¶ It said: 'Why was Fadi Aoun left out?'":
        # the outlet opening the sentence before goes on with the pro-dropped وقالت.
        (
            'وطرحت صحيفة "سبورت اليوم" أسئلة عن القائمة النهائية.\n\nوقالت: "لماذا غاب فادي عون عن القائمة؟"',
            "سبورت اليوم",
        ),
        # "… 'Sport Today' carried from the coach his saying: '…' ¶ He added: '…'": the outlet relayed him; it
        # does not go on (a guard of the case above; it passes without the relay check too).
        (
            'ونقلت "سبورت اليوم" عن المدرب قوله: "الفريق جاهز".\n\nوأضاف: "لماذا غاب فادي عون عن القائمة؟"',
            "المدرب",
        ),
    ],
)
def test_an_outlet_opening_the_sentence_between_goes_on(text: str, speaker: str) -> None:
    assert quotes_said(text, {"سبورت اليوم": "ORG", "فادي عون": "PER"})[-1][2] == speaker
