"""Session 22 rules (bench/gold/QUOTES_SESSION22.md), on own sentences."""

from __future__ import annotations

import pytest

from marsad.quotes_names import speaker_name_spans
from tests.test_quotes_cases import Said, build, quotes_said, run, said


def _names(text: str, entities: dict[str, str] | None = None) -> list[str]:
    article = build(text, entities)
    return [article.text[s.start : s.end] for s in speaker_name_spans(article)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "One of the notables of the southern villages, Nabil al-Safadi, said that the roads are cut."
        # ("one of" heads the subject: the name set off by commas after it is the speaker)
        ("وقال أحد وجهاء قرى الجنوب، نبيل الصفدي، إن الطرق مقطوعة.", ["نبيل الصفدي"]),
        # "One of the nurses of the hospital, Salwa Ktaiti, affirmed that the stocks ran out." (feminine)
        ("وأكدت إحدى ممرضات المستشفى، سلوى قطيطي، أن المخزون نفد.", ["سلوى قطيطي"]),
        # "One of the officials, on Sunday evening, said …" (a time phrase set off by commas is no name)
        ("وقال أحد المسؤولين، مساء الأحد، إن الطريق أغلق.", []),
        # "One of the residents, in turn, said …" (a pronoun suffix: no name)
        ("وقال أحد السكان، بدوره، إن الطريق أغلق.", []),
    ],
)
def test_a_name_set_off_after_one_of_is_the_speaker(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "The minister Samer Haddad said that the crossings will open soon, in remarks to the reporters after
        # the session.": the occasion is the writer's; the content ends before it.
        (
            "وقال الوزير سامر حداد إن المعابر ستفتح قريبا، وذلك في تصريحات للصحفيين بعد الجلسة.",
            {"سامر حداد": "PER"},
            [("indirect", "المعابر ستفتح قريبا", "سامر حداد", "قال", None)],
        ),
        # "The coach Lina Karam affirmed that the team will not give up, referring to the loss of last week.":
        # the writer's gloss.
        (
            "وأكدت المدربة لينا كرم أن الفريق لن يستسلم، في إشارة إلى خسارة الأسبوع الماضي.",
            {"لينا كرم": "PER"},
            [("indirect", "الفريق لن يستسلم", "لينا كرم", "أكد", None)],
        ),
        # "The municipality announced that it will plant the gardens this spring, for the first time in a
        # decade.": the writer's count after وذلك.
        (
            "وأعلنت البلدية أنها ستزرع الحدائق هذا الربيع، وذلك للمرة الأولى منذ عقد.",
            {"البلدية": "ORG"},
            [("indirect", "ستزرع الحدائق هذا الربيع", "البلدية", "أعلن", None)],
        ),
        # "The minister Samer Haddad said that the talks made progress, without more details.": the writer's
        # note.
        (
            "وقال الوزير سامر حداد إن المحادثات تقدمت، من دون مزيد من الشرح.",
            {"سامر حداد": "PER"},
            [("indirect", "المحادثات تقدمت", "سامر حداد", "قال", None)],
        ),
        # "… that the talks made progress, and in reply to that, the opposition demanded the papers.": the
        # writer's link to the next statement.
        (
            "وقال الوزير سامر حداد إن المحادثات تقدمت، وردا على ذلك، طالبت المعارضة بنشر الوثائق.",
            {"سامر حداد": "PER"},
            [
                ("indirect", "المحادثات تقدمت", "سامر حداد", "قال", None),
                ("indirect", "نشر الوثائق", "المعارضة", "طالب", None),
            ],
        ),
        # "… the crossings will open soon, to ensure the aid arrives.": a purpose after وذلك stays his.
        (
            "وقال الوزير سامر حداد إن المعابر ستفتح قريبا، وذلك لضمان وصول المساعدات.",
            {"سامر حداد": "PER"},
            [("indirect", "المعابر ستفتح قريبا، وذلك لضمان وصول المساعدات", "سامر حداد", "قال", None)],
        ),
    ],
)
def test_the_writers_tail_after_a_comma_ends_the_content(
    text: str, names: dict[str, str], want: list[Said]
) -> None:
    assert quotes_said(text, names) == want


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "The coach Yohan Kramer said: "we lost a great player tonight", going on with a reservation: "but I
        # remain hopeful"": the participle of استدرك "qualified" opens a direct quote of the coach's.
        (
            'وقال المدرب يوهان كرامر: "خسرنا لاعبا كبيرا الليلة"، مستدركا: "لكنني أبقى متفائلا بالموسم".',
            {"يوهان كرامر": "PER"},
            [
                ("direct", "خسرنا لاعبا كبيرا الليلة", "يوهان كرامر", "قال", None),
                ("direct", "لكنني أبقى متفائلا بالموسم", "يوهان كرامر", "استدرك", None),
            ],
        ),
        # "The minister Salma Nasser qualified that the plan needs more time." (the finite verb with أن)
        (
            "واستدركت الوزيرة سلمى ناصر أن الخطة تحتاج إلى وقت أطول.",
            {"سلمى ناصر": "PER"},
            [("indirect", "الخطة تحتاج إلى وقت أطول", "سلمى ناصر", "استدرك", None)],
        ),
    ],
)
def test_istadraka_reports(text: str, names: dict[str, str], want: list[Said]) -> None:
    assert quotes_said(text, names) == want


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "The coach, when asked whether Samer Haddad was happy, said: "of course not"": عند "when" opens an
        # adverbial clause; the name inside it is not the speaker (the coach stays unnamed).
        (
            'وقال المدرب عند سؤاله عما إذا كان سامر حداد سعيدا: "بالطبع لا، هذا طبيعي".',
            {"سامر حداد": "PER"},
            [("direct", "بالطبع لا، هذا طبيعي", "المدرب", "قال", None)],
        ),
        # "The minister, when she visited the minister Yohan Kramer, affirmed that the talks are going on."
        (
            "وأكدت الوزيرة عندما زارت نظيرها يوهان كرامر أن المحادثات مستمرة.",
            {"يوهان كرامر": "PER"},
            [("indirect", "المحادثات مستمرة", "الوزيرة", "أكد", None)],
        ),
    ],
)
def test_a_when_clause_after_the_subject_names_no_speaker(
    text: str, names: dict[str, str], want: list[Said]
) -> None:
    assert quotes_said(text, names) == want


def test_a_dateline_with_a_comma_does_not_hide_the_opening_subject() -> None:
    # "Dubai, United Arab Emirates (CNN) -- The state minister for foreign affairs, Samer Haddad, commented on
    # Friday on what he described as "the crisis hitting the region", insisting on the need for calm between
    # neighbours.": the dateline opens the sentence; the minister after the verb speaks both quotes.
    text = (
        "دبي، الإمارات العربية المتحدة (CNN) -- علّق وزير الدولة للشؤون الخارجية، سامر حداد، الجمعة، "
        'على ما وصفه بـ"الأزمة التي تضرب المنطقة"، مشددا على ضرورة التهدئة بين الجيران.'
    )
    article, quotes = run(text, {"سامر حداد": "PER", "دبي": "LOC"})
    assert [said(article, q) for q in quotes] == [
        ("direct", "الأزمة التي تضرب المنطقة", "سامر حداد", "وصف", None),
        ("indirect", "ضرورة التهدئة بين الجيران", "سامر حداد", "شدد", None),
    ]


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "The Jordanian professor of psychiatry, Samer Haddad, said that anxiety does not necessarily mean an
        # illness.": the title stops at its ب-phrase; the name set off by commas after it speaks.
        (
            "قال الأستاذ الأردني بالطب النفسي، سامر حداد، إن القلق لا يعني بالضرورة مرضا.",
            {"سامر حداد": "PER"},
            [("indirect", "القلق لا يعني بالضرورة مرضا", "سامر حداد", "قال", None)],
        ),
        # "The director of the hospital in the old city, Sami Karam, explained that the wards are working."
        # (a title cut at في)
        (
            "وأوضح مدير المستشفى في المدينة القديمة، سامي كرم، أن الأقسام تعمل.",
            {"سامي كرم": "PER"},
            [("indirect", "الأقسام تعمل", "سامي كرم", "أوضح", None)],
        ),
    ],
)
def test_a_name_set_off_after_a_cut_title_speaks(text: str, names: dict[str, str], want: list[Said]) -> None:
    assert quotes_said(text, names) == want


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "A spokesman of the presidency affirmed that the journalist left the building before noon. And Yohan
        # Kramer said at a press conference: "we have new information"": the spokesman is named in
        # the next sentence, his first mention.
        (
            "وأكد متحدث باسم الرئاسة أن الصحفي غادر المبنى قبل الظهر. "
            'وقال يوهان كرامر في مؤتمر صحفي: "لدينا معلومات جديدة عن القضية".',
            {"يوهان كرامر": "PER"},
            [
                ("indirect", "الصحفي غادر المبنى قبل الظهر", "يوهان كرامر", "أكد", None),
                ("direct", "لدينا معلومات جديدة عن القضية", "يوهان كرامر", "قال", None),
            ],
        ),
        # "… And Yohan Kramer, head of the inquiry mission, said that …": a person with a title of his own is
        # someone else; the spokesman stays unnamed.
        (
            "وأكد متحدث باسم الرئاسة أن الصحفي غادر المبنى قبل الظهر. "
            "وقال يوهان كرامر، رئيس بعثة التحقيق، إن الأدلة كافية.",
            {"يوهان كرامر": "PER"},
            [
                ("indirect", "الصحفي غادر المبنى قبل الظهر", "متحدث باسم الرئاسة", "أكد", None),
                ("indirect", "الأدلة كافية", "يوهان كرامر", "قال", None),
            ],
        ),
        # "Minister Samer Haddad said … A spokesman of the ministry affirmed … And Samer Haddad said …": a
        # person named before is not the spokesman.
        (
            "قال الوزير سامر حداد إن الطرق مغلقة. وأكد متحدث باسم الوزارة أن الصيانة ستنتهي غدا. "
            "وقال سامر حداد إن الوضع صعب.",
            {"سامر حداد": "PER"},
            [
                ("indirect", "الطرق مغلقة", "سامر حداد", "قال", None),
                ("indirect", "الصيانة ستنتهي غدا", "متحدث باسم الوزارة", "أكد", None),
                ("indirect", "الوضع صعب", "سامر حداد", "قال", None),
            ],
        ),
    ],
)
def test_a_spokesman_named_in_the_next_sentence(text: str, names: dict[str, str], want: list[Said]) -> None:
    assert quotes_said(text, names) == want


def test_an_abbreviation_with_dots_is_one_short_quoted_name() -> None:
    # "The coach Yohan Kramer explained to the local radio "K.T.F.M": "the team is fun but the task is
    # hard"": the dots of the abbreviation count as no words, so the verb search steps over the quoted name.
    text = 'وأوضح المدرب يوهان كرامر لإذاعة "ك.ت.ف.م" المحلية: "المنتخب ممتع لكن المهمة صعبة جدا هذا الموسم".'
    article, quotes = run(text, {"يوهان كرامر": "PER"})
    assert [(q.kind, article.text[q.span.start : q.span.end], q.verb) for q in quotes] == [
        ("direct", "المنتخب ممتع لكن المهمة صعبة جدا هذا الموسم", "أوضح")
    ]


def test_a_time_aside_before_the_colon_of_came_in() -> None:
    # "And it came in a statement of the health ministry, on Monday: "the vaccination campaign starts in the
    # schools next week"": the weekday set off by a comma is an aside; the statement's owner speaks.
    text = 'وجاء في بيان لوزارة الصحة، الاثنين: "ستبدأ حملة التطعيم في المدارس الأسبوع المقبل".'
    article, quotes = run(text, {"وزارة الصحة": "ORG"})
    assert [said(article, q) for q in quotes] == [
        ("direct", "ستبدأ حملة التطعيم في المدارس الأسبوع المقبل", "وزارة الصحة", None, None)
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # "The sources added that the delegation reached the capital." with المصادر tagged ORG by the NER
        ("وأضافت المصادر أن الوفد وصل إلى العاصمة مساء أمس.", {"المصادر": "ORG"}),
        # "Activists said that the shelling went on all night." with the construct plural ناشطو tagged PER
        ("وقال ناشطو المدينة إن القصف استمر طوال الليل.", {"ناشطو": "PER"}),
    ],
)
def test_a_tagged_source_word_is_an_unnamed_source(text: str, names: dict[str, str]) -> None:
    _, quotes = run(text, names)
    assert [(q.speaker, q.speaker_text) for q in quotes] == [(None, next(iter(names)))]
