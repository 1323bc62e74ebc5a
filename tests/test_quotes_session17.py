"""Session 17 rules (bench/gold/QUOTES_SESSION17.md), on own sentences: words in marks after "it came in"
a statement (وجاء في بيان لوزارة X: "…"، وجاء فيها "…") are the statement owner's direct quote, no verb;
عبّر عن "…" reports (the preposition عبر "via" does not); a closing mark forgotten before the writer's
next saying cue (…، واسترسل قائلا "…")."""

from __future__ import annotations

import pytest

from tests.test_quotes_cases import run, said

_NAMES = {"وزارة المياه": "ORG", "سلمى العطار": "PER", "نادر سليم": "PER", "رامي حداد": "PER"}


def _entities(text: str) -> dict[str, str]:
    """The test names that occur in text."""
    return {name: label for name, label in _NAMES.items() if name in text}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "And it came in a statement of the water ministry: "the dam is safe and the inhabitants need not
        # leave their homes"."
        (
            'وجاء في بيان لوزارة المياه: "السد آمن ولا حاجة لأن يغادر السكان منازلهم".',
            ("direct", "السد آمن ولا حاجة لأن يغادر السكان منازلهم", "وزارة المياه", None, None),
        ),
        # "It came in a letter on the tongue of the police chief, Brigadier Nader Selim, that "the patrols
        # stay in the streets until the end of the week"."
        (
            'وجاء في رسالة على لسان قائد الشرطة العميد نادر سليم أن "الدوريات باقية في الشوارع حتى '
            'نهاية الأسبوع".',
            ("direct", "الدوريات باقية في الشوارع حتى نهاية الأسبوع", "نادر سليم", None, None),
        ),
        # "And it came in a joint statement of the unions: "the strike goes on until the wages are paid"."
        # (an owner the NER did not tag: its words, without the ل)
        (
            'وجاء في بيان مشترك للنقابات: "الإضراب مستمر حتى دفع الأجور المتأخرة كاملة".',
            ("direct", "الإضراب مستمر حتى دفع الأجور المتأخرة كاملة", "النقابات", None, None),
        ),
    ],
)
def test_marks_after_it_came_in_a_statement_are_its_owners_quote(text: str, want: tuple) -> None:
    article, quotes = run(text, _entities(text))
    assert [said(article, q) for q in quotes] == [want]


def test_marks_after_it_came_in_it_go_on_with_the_writer_and_end_the_clause_before() -> None:
    # "MP Salma al-Attar revealed that she sent a letter to the minister, and it came in it: "the roads of
    # the village have been closed for months and no one asks about its people"." (the indirect quote
    # ends at the comma; the marked words are her direct quote, with no verb)
    text = (
        "وكشفت النائبة سلمى العطار أنها أرسلت رسالة إلى الوزير، وجاء فيها "
        '"الطرق في القرية مغلقة منذ أشهر ولا أحد يسأل عن أهلها".'
    )
    article, quotes = run(text, _entities(text))
    assert [said(article, q) for q in quotes] == [
        ("indirect", "أرسلت رسالة إلى الوزير", "سلمى العطار", "كشف", None),
        ("direct", "الطرق في القرية مغلقة منذ أشهر ولا أحد يسأل عن أهلها", "سلمى العطار", None, None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # "It came in a communiqué the presidency handed out that president Rami Haddad "issued two orders
        # yesterday naming new governors"." (the marks cover part of the that-clause: no direct quote)
        'وجاء في بلاغ وزعته الرئاسة أن الرئيس رامي حداد "أصدر أمس قرارين بتعيين محافظين جديدين".',
        # "It came in a joint statement of the unions the declaration of "a general strike in every
        # factory"." (a verbal noun's object in marks: an act announced, no quote)
        'وجاء في بيان مشترك للنقابات إعلان "الإضراب الشامل في كل المصانع".',
        # "It came in the report: "the river's level rose by two metres"." (a report is a document, not a
        # statement: no one speaks)
        'وجاء في التقرير: "ارتفع منسوب النهر مترين خلال يومين".',
    ],
)
def test_marks_after_it_came_in_need_a_statement_and_nothing_between(text: str) -> None:
    _article, quotes = run(text, _entities(text))
    assert [q for q in quotes if q.kind == "direct"] == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "And President Rami Haddad expressed "his deep sorrow at the loss of so many innocents"."
        (
            'وعبر الرئيس رامي حداد عن "حزنه العميق لفقدان هذا العدد من الأبرياء في الحادث".',
            ("direct", "حزنه العميق لفقدان هذا العدد من الأبرياء في الحادث", "رامي حداد", "عبر", None),
        ),
        # "And the minister Salma al-Attar expressed in a tweet she wrote in two languages her sympathy with
        # the victims, saying: "we stand with the families"." (عبّر is the finite verb before قائلا)
        (
            "وعبرت الوزيرة سلمى العطار في تغريدة كتبتها بلغتين عن تضامنها مع الضحايا قائلة: "
            '"نقف إلى جانب العائلات في هذه المحنة".',
            ("direct", "نقف إلى جانب العائلات في هذه المحنة", "سلمى العطار", "عبر", None),
        ),
        # "President Rami Haddad said via Twitter about the accident: "a sad day for everyone"." (عبر "via"
        # after a reporting verb is no verb)
        (
            'وقال الرئيس رامي حداد عبر تويتر عن الحادث: "هذا يوم حزين للجميع في البلاد".',
            ("direct", "هذا يوم حزين للجميع في البلاد", "رامي حداد", "قال", None),
        ),
        # "Minister Salma al-Attar expressed via her account "her worry at the escalation"." (أعرب's quote)
        (
            'وأعربت الوزيرة سلمى العطار عبر حسابها عن "قلقها من التصعيد الأخير في المنطقة".',
            ("direct", "قلقها من التصعيد الأخير في المنطقة", "سلمى العطار", "أعرب", None),
        ),
    ],
)
def test_expressed_reports_marked_words_and_via_is_no_verb(text: str, want: tuple) -> None:
    article, quotes = run(text, _entities(text))
    assert [said(article, q) for q in quotes] == [want]


def test_the_imperfect_expresses_is_no_report() -> None:
    # "Rami Haddad added that his rivals' remarks show their confusion, saying: "we will not heed these
    # voices"." (تعبر عن "shows" inside the content is no verb of the quote after قائلا: قال stays)
    text = 'وأضاف رامي حداد أن تصريحات خصومه تعبر عن ارتباكهم، قائلا: "لن نلتفت إلى هذه الأصوات أبدا".'
    article, quotes = run(text, _entities(text))
    assert [said(article, q) for q in quotes] == [
        ("indirect", "تصريحات خصومه تعبر عن ارتباكهم", "رامي حداد", "أضاف", None),
        ("direct", "لن نلتفت إلى هذه الأصوات أبدا", "رامي حداد", "قال", None),
    ]


def test_a_closing_mark_forgotten_before_the_next_saying_cue() -> None:
    # "Minister Salma al-Attar said: "the city lives hard days, and we will not leave it alone, and she
    # went on saying "we work night and day for its people"." (the first quote's closing mark is missing:
    # it ends at the comma before the cue, and the second is a quote of its own, verb استرسل)
    text = (
        'وقالت الوزيرة سلمى العطار: "المدينة تعيش أياما صعبة، ولن نتركها وحدها في هذه المحنة، '
        'واسترسلت قائلة "نحن نعمل ليلا ونهارا من أجل أهلها".'
    )
    article, quotes = run(text, _entities(text))
    assert [said(article, q) for q in quotes] == [
        ("direct", "المدينة تعيش أياما صعبة، ولن نتركها وحدها في هذه المحنة", "سلمى العطار", "قال", None),
        ("direct", "نحن نعمل ليلا ونهارا من أجل أهلها", "سلمى العطار", "استرسل", None),
    ]


def test_a_nested_quote_after_a_saying_cue_stays_nested() -> None:
    # "Rami Haddad added: "I called him, and he said: "I will come tomorrow", but he did not come"." (two
    # marks left after the inner opening: a quote inside the quote, not a forgotten close)
    text = 'وأضاف رامي حداد: "اتصلت به، فقال: "سأحضر غدا"، لكنه لم يأت".'
    article, quotes = run(text, _entities(text))
    assert [said(article, q) for q in quotes] == [
        ("direct", 'اتصلت به، فقال: "سأحضر غدا"، لكنه لم يأت', "رامي حداد", "أضاف", None),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "And the prime minister, Rami Haddad, described the opposition MP, a member of the finance
        # committee, as "the liar", after he published a report." (commas between the verb and بـ"…")
        (
            'ووصف رئيس الوزراء، رامي حداد، النائب المعارض، وهو عضو في لجنة المالية، بـ"الكاذب"، بعد أن '
            "نشر تقريرا عن الميزانية.",
            ("direct", "الكاذب", "رامي حداد", "وصف", None),
        ),
        # "And the minister of water, Salma al-Attar, demanded, on Tuesday, "guarantees"."
        (
            'وطالبت وزيرة المياه، سلمى العطار، الثلاثاء، بـ"ضمانات".',
            ("direct", "ضمانات", "سلمى العطار", "طالب", None),
        ),
    ],
)
def test_a_fragment_after_bi_past_commas_is_its_describing_verbs(text: str, want: tuple) -> None:
    article, quotes = run(text, _entities(text))
    assert [said(article, q) for q in quotes] == [want]


@pytest.mark.parametrize(
    "text",
    [
        # "Rami Haddad said the government, which faces a crisis, will work with "patience"." (past a
        # complementizer: the clause's wording, not a fragment of the verb's)
        'وقال رامي حداد إن الحكومة، التي تواجه أزمة، ستعمل بـ"صبر".',
        # "The star Rami Haddad, nicknamed "the fox", threatened his rivals." (a nickname is a name)
        'وتوعد النجم رامي حداد، الملقب بـ"الثعلب"، خصومه في المباراة المقبلة.',
    ],
)
def test_no_fragment_past_a_complementizer_or_a_nickname(text: str) -> None:
    _article, quotes = run(text, _entities(text))
    assert [q for q in quotes if q.kind == "direct"] == []


def test_a_name_ending_a_long_title_before_anna_speaks() -> None:
    # "The water ministry's envoy to the regional council, the ambassador Rami Haddad, announced that the
    # dam will open next week." (the title chain runs past في to the name right before أن)
    text = "وأعلن مندوب وزارة المياه في المجلس الإقليمي السفير رامي حداد أن السد سيفتح الأسبوع المقبل."
    article, quotes = run(text, _entities(text))
    assert [said(article, q) for q in quotes] == [
        ("indirect", "السد سيفتح الأسبوع المقبل", "رامي حداد", "أعلن", None),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "Members of the blocs of Salma al-Attar and the minister Rami Haddad said they formed an alliance."
        # (the name is coordinated in the genitive: the members speak, unnamed)
        (
            "وقال أعضاء في كتلتي سلمى العطار والوزير رامي حداد إنهم شكلوا تحالفا جديدا.",
            ("indirect", "شكلوا تحالفا جديدا", "أعضاء", "قال", None),
        ),
        # "An officer in the force that guards minister Rami Haddad stated that the convoy left the city."
        # (the name sits in a relative clause: the officer speaks, unnamed)
        (
            "وذكر ضابط في القوة التي تحرس الوزير رامي حداد أن القافلة غادرت المدينة.",
            ("indirect", "القافلة غادرت المدينة", "ضابط", "ذكر", None),
        ),
    ],
)
def test_a_name_in_a_genitive_or_relative_clause_before_anna_does_not_speak(text: str, want: tuple) -> None:
    article, quotes = run(text, _entities(text))
    assert [said(article, q) for q in quotes] == [want]


def test_marks_right_after_an_attribution_aside_are_its_sources_quote() -> None:
    # "The forces began their attack, according to the army spokesman Rami Haddad, "with heavy shelling of
    # the northern positions of the city before dawn", then advanced." (words in marks after a mid-sentence
    # وفق X، are X's direct quote with no verb; the clause before the cue makes no quote of its own)
    text = (
        'وبدأت القوات هجومها، وفق المتحدث باسم الجيش رامي حداد، "بقصف عنيف على المواقع الشمالية للمدينة '
        'قبل الفجر" ثم تقدمت.'
    )
    article, quotes = run(text, _entities(text))
    assert [said(article, q) for q in quotes] == [
        ("direct", "بقصف عنيف على المواقع الشمالية للمدينة قبل الفجر", "رامي حداد", None, None),
    ]


def test_a_short_name_in_marks_after_an_attribution_aside_is_no_quote() -> None:
    # "Among the factions that withdrew, according to Rami Haddad, "the free front"." (a name, not speech)
    text = 'ومن بين الفصائل التي انسحبت من المدينة، وفق رامي حداد، "جبهة الأحرار الجديدة".'
    _article, quotes = run(text, _entities(text))
    assert [q for q in quotes if q.kind == "direct"] == []
