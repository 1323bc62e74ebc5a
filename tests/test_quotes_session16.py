"""Session 16 rules (bench/gold/QUOTES_SESSION16.md), on own sentences: an opening quotation mark glued to
the word before it, a "so-called" name in marks, بأن after a verb with the clitic ب, and a complement all
in quotation marks (a direct quote, also after a verbal noun)."""

from __future__ import annotations

import pytest

from tests.test_quotes_cases import run, said


def _entities(text: str) -> dict[str, str]:
    """The test names that occur in text, as persons."""
    return {name: "PER" for name in ("رامي حداد", "سامر حداد", "ليلى منصور") if name in text}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "Colonel Rami Haddad said the fighting goes on. ¶ He added" three gunmen were killed in the village
        # by the army's fire "." (the opening mark glued to the verb, a space inside both marks)
        (
            "وقال العقيد رامي حداد إن المعارك مستمرة.\n\n"
            'وأضاف" قتل ثلاثة من المسلحين في القرية بنيران الجيش ".',
            ("direct", "قتل ثلاثة من المسلحين في القرية بنيران الجيش", "رامي حداد", "أضاف", None),
        ),
        # "Rami Haddad said before his supporters in the city," we won this round", adding that …" (the mark
        # glued to the comma before it)
        (
            'وقال رامي حداد أمام أنصاره في المدينة،" لقد ربحنا هذه الجولة"، مضيفا أن الحكومة أخطأت.',
            ("direct", "لقد ربحنا هذه الجولة", "رامي حداد", "قال", None),
        ),
    ],
)
def test_an_opening_mark_glued_to_the_word_before_opens_the_quote(text: str, want: tuple) -> None:
    article, quotes = run(text, _entities(text))
    assert want in [said(article, q) for q in quotes]


def test_a_so_called_name_in_marks_is_no_quote() -> None:
    # "The so-called "chief of the religious police" of the group, Rami Haddad, admitted the tie between the
    # two groups." (a name the writer distances, not speech)
    text = 'وأقر ما يسمى بـ"قائد الشرطة الدينية" لدى التنظيم، رامي حداد، بالعلاقة بين الجماعتين.'
    _article, quotes = run(text, _entities(text))
    assert [q for q in quotes if q.kind == "direct"] == []


def test_a_complement_all_in_marks_after_a_verbal_noun_is_a_direct_quote() -> None:
    # "Minister Laila Mansour said, replying to the demand of the opposition leader, Samer Haddad, of her,
    # last week, that she "resign", ..." (the verbal noun's complement is all in marks: a direct quote)
    text = (
        "وقالت الوزيرة ليلى منصور ردا على مطالبة زعيم المعارضة، سامر حداد، لها، الأسبوع الماضي، "
        'بأن "تستقيل"، إنها لن تفعل ذلك.'
    )
    article, quotes = run(text, _entities(text))
    assert ("direct", "تستقيل", "سامر حداد", "طالب", None) in [said(article, q) for q in quotes]


def test_the_content_after_bi_anna_starts_after_it() -> None:
    # "Rami Haddad demanded that the forces withdraw from the city at once." (content from تنسحب, not أن)
    article, quotes = run("وطالب رامي حداد بأن تنسحب القوات من المدينة فورا.", {"رامي حداد": "PER"})
    assert [said(article, q) for q in quotes] == [
        ("indirect", "تنسحب القوات من المدينة فورا", "رامي حداد", "طالب", None)
    ]


def test_a_name_after_a_definite_relation_noun_speaks() -> None:
    # "The human-rights lawyer Rami Haddad said the ruling is harsh." (a definite noun takes no genitive:
    # the name is apposed, not whose lawyer he is)
    text = "وقال المحامي الحقوقي رامي حداد إن الحكم قاس."
    article, quotes = run(text, _entities(text))
    assert [said(article, q) for q in quotes] == [("indirect", "الحكم قاس", "رامي حداد", "قال", None)]


def test_the_lawyer_of_a_named_person_still_speaks_unnamed() -> None:
    # "Rami Haddad's lawyer said the ruling is harsh." (guard: the genitive is whose lawyer)
    text = "وقال محامي رامي حداد إن الحكم قاس."
    article, quotes = run(text, _entities(text))
    assert [said(article, q)[2] for q in quotes] == ["محامي رامي حداد"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "The Canadian foreign ministry said the situation is grave. Minister Samer Haddad told reporters
        # that Canada will not intervene. ¶ And she (the ministry) added: "we follow events closely"."
        (
            "وقالت وزارة الخارجية الكندية في بيان إن الوضع خطير. وقال الوزير سامر حداد للصحفيين إن "
            'كندا لن تتدخل.\n\nوأضافت "نتابع التطورات عن كثب مع شركائنا".',
            "وزارة الخارجية الكندية",
        ),
        # "Activist Laila Mansour said arrests go on. Lawyer Rami Haddad said the trial is unfair. ¶ And she
        # went on: "we will not stop demanding the release of all detainees"."
        (
            "وقالت الناشطة ليلى منصور إن الاعتقالات مستمرة. وقال المحامي رامي حداد إن المحاكمة غير عادلة.\n\n"
            'وتابعت "لن نتوقف عن المطالبة بالإفراج عن جميع المعتقلين".',
            "ليلى منصور",
        ),
    ],
)
def test_a_pro_dropped_verb_goes_on_with_the_latest_speaker_of_its_gender(text: str, want: str) -> None:
    entities = {"وزارة الخارجية الكندية": "ORG", "كندا": "LOC", **_entities(text)}
    article, quotes = run(text, {k: v for k, v in entities.items() if k in text})
    assert said(article, quotes[-1])[2] == want


def test_a_pro_dropped_verb_of_the_same_gender_goes_on_with_the_last_speaker() -> None:
    # "Laila Mansour said arrests go on. Rami Haddad said the trial is unfair. ¶ And he went on: "…"." (guard)
    text = (
        "وقالت ليلى منصور إن الاعتقالات مستمرة. وقال رامي حداد إن المحاكمة غير عادلة.\n\n"
        'وتابع "لن نتوقف عن المطالبة بالإفراج عن المعتقلين".'
    )
    article, quotes = run(text, _entities(text))
    assert said(article, quotes[-1])[2] == "رامي حداد"


def test_marks_after_a_verbal_nouns_marker_are_its_quote() -> None:
    # "Party leader Samer Haddad commented on the standing demands of the deputy, Rami Haddad, to the
    # ministry to "cut the prices of bread and fuel", saying: "…"." (the demands' quote is the deputy's)
    text = (
        "وعلق رئيس الحزب، سامر حداد، على مطالبات النائب، رامي حداد، الدائمة للوزارة "
        'بـ"خفض أسعار الخبز والوقود"، قائلا: "هذا وعد لا يمكن تنفيذه".'
    )
    article, quotes = run(text, _entities(text))
    assert said(article, quotes[0]) == ("direct", "خفض أسعار الخبز والوقود", "رامي حداد", "طالب", None)


def test_a_verbal_noun_with_no_speaker_after_it_makes_no_quote() -> None:
    # "The court sent five clerks to a disciplinary hearing over accusations of "failing to keep the
    # records"." (guard: no one is named after the verbal noun, so no one's quote)
    text = 'وأحالت المحكمة خمسة موظفين إلى جلسة تأديبية على خلفية اتهامات بـ"التقصير في حفظ السجلات".'
    _article, quotes = run(text, {})
    assert quotes == []


def test_a_relation_noun_with_a_root_waw_is_no_definite_head() -> None:
    # "Laila Mansour's father explained that she has not called the family for two weeks." (guard: والد is
    # "father", not و + الد)
    text = "وأوضح والد ليلى منصور أنها لم تتصل بالأسرة منذ أسبوعين."
    article, quotes = run(text, _entities(text))
    assert [said(article, q)[2] for q in quotes] == ["والد ليلى منصور"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "The minister was angry at a comment of Haddad's on Thursday in which he called on her to "resign at
        # once"." (the comment's owner, named by surname only, calls; not the minister who spoke before)
        (
            "وقالت الوزيرة ليلى منصور إن الحكومة باقية. وقال سامر حداد إن الأزمة طويلة.\n\n"
            'وكانت منصور غاضبة من تعليق لحداد يوم الخميس دعاها فيه إلى "الاستقالة فورا".',
            "سامر حداد",
        ),
        # "In a statement of the Canadian foreign ministry, it said in it that "the situation is grave"."
        (
            "وقال رامي حداد إن الوضع صعب.\n\n"
            'وفي بيان لوزارة الخارجية الكندية، قالت فيه إن "الوضع خطير للغاية".',
            "وزارة الخارجية الكندية",
        ),
    ],
)
def test_a_verb_with_in_it_speaks_for_the_statements_owner(text: str, want: str) -> None:
    entities = {"وزارة الخارجية الكندية": "ORG", **_entities(text)}
    article, quotes = run(text, {k: v for k, v in entities.items() if k in text})
    assert said(article, quotes[-1])[2] == want


def test_a_statement_given_to_an_outlet_is_not_the_outlets() -> None:
    # "Rami Haddad said the situation is hard. In statements to "Sky News" he said in them that "…"." (guard:
    # the outlet after ل is whom he spoke to)
    text = (
        'وقال رامي حداد إن الوضع صعب.\n\nوفي تصريحات لـ"سكاي نيوز عربية"، قال فيها إن "الحكومة ستتحرك قريبا".'
    )
    article, quotes = run(text, {"رامي حداد": "PER", "سكاي نيوز عربية": "ORG"})
    assert said(article, quotes[-1])[2] == "رامي حداد"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "Rami Haddad said the government failed. ¶ He went on saying: "we warned from the start"." (the
        # finite verb before قائلا is the lemma, QUOTES.md)
        (
            'وقال رامي حداد إن الحكومة فشلت.\n\nومضى قائلا "لقد حذرنا منذ البداية من هذه النتائج".',
            ("direct", "لقد حذرنا منذ البداية من هذه النتائج", "رامي حداد", "مضى", None),
        ),
        # "Laila Mansour went on to say: "we will not be silent"."
        (
            'ومضت ليلى منصور تقول "نحن لن نسكت على هذا الظلم أبدا".',
            ("direct", "نحن لن نسكت على هذا الظلم أبدا", "ليلى منصور", "مضى", None),
        ),
    ],
)
def test_went_on_saying_has_the_verb_went_on(text: str, want: tuple) -> None:
    article, quotes = run(text, _entities(text))
    assert want in [said(article, q) for q in quotes]


def test_passed_is_no_reporting_verb() -> None:
    # "Two years have passed since the war "that has not ended yet in the city"." (guard: مضى "passed")
    text = 'ومضى عامان على بدء الحرب "التي لم تنته بعد في المدينة".'
    _article, quotes = run(text, {})
    assert quotes == []


def test_bodies_spoken_for_are_no_participles_subject() -> None:
    # "Justice minister Samer Haddad said the judiciary is independent. ¶ He condemned, in his name and in the
    # name of the members of the Supreme Judicial Council and the justice ministry, this criminal act,
    # pointing out that the judiciary will stand firm." (the bodies after باسم are whom he spoke for)
    text = (
        "وقال وزير العدل سامر حداد إن القضاء مستقل.\n\n"
        "وأدان باسمه وباسم أعضاء المجلس الأعلى للقضاء ووزارة العدل هذا العمل الإجرامي، مشيرا إلى أن القضاء "
        "سيقف بقوة في وجه كل مفسد."
    )
    entities = {"سامر حداد": "PER", "المجلس الأعلى للقضاء": "ORG", "وزارة العدل": "ORG"}
    article, quotes = run(text, entities)
    assert [said(article, q)[2] for q in quotes] == ["سامر حداد", "سامر حداد"]
