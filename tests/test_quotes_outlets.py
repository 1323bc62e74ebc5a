"""Outlets as speakers and relays, on rules found in ANT development articles (session 8): an outlet named
in quotation marks before its verb, abbreviations with dots, an outlet named by a place or person name, an
outlet's question answered, a report an outlet published (cited as the source or a verb's subject), a name
the NER mislabelled set off after a title; and speakers: titles the lexicon lacked, كبير before a definite
plural, a verbal noun's titled genitive, followers and critics of a person.
Each rule's test fails before the rule; the guards (quoted speech, a canal, a report with no outlet) pass
before and after."""

from __future__ import annotations

import dataclasses
import re

import pytest

from marsad.article import Entity, Span
from marsad.quotes_names import speaker_name_spans
from tests.test_quotes import _stage, build
from tests.test_quotes_cases import run, said


def test_an_outlet_in_marks_before_its_verb_speaks_and_relays() -> None:
    # "The Lebanese newspaper 'Al-Ufuq' had revealed that the government will resign." (كان opens the
    # clause; the subject before the verb holds a quoted name)
    text = 'وكانت صحيفة "الأفق" اللبنانية كشفت أن الحكومة ستستقيل.'
    article, quotes = run(text, {"الأفق": "ORG"})
    assert [said(article, q) for q in quotes] == [("indirect", "الحكومة ستستقيل", "الأفق", "كشف", "الأفق")]


def test_quoted_speech_before_a_verb_is_no_subject() -> None:
    # "The minister said he expects 'good results', while Samer Khalil said it is too early." (the marks
    # after إنه hold speech: the second verb's subject follows it)
    text = 'وقال الوزير إنه يتوقع "نتائج جيدة" بينما قال سامر خليل إن الأمر مبكر.'
    article, quotes = run(text, {"سامر خليل": "PER"})
    assert said(article, quotes[-1]) == ("indirect", "الأمر مبكر", "سامر خليل", "قال", None)


def test_an_abbreviation_with_dots_is_a_short_quoted_outlet_name() -> None:
    # "Salma Youssef told the channel 'C.B.S.News' that she was at the market." (four words, seven tokens)
    text = 'وروت سلمى يوسف لقناة "سي.بي.إس.نيوز" أنها كانت في السوق.'
    article, quotes = run(text, {"سلمى يوسف": "PER"})
    assert [said(article, q) for q in quotes] == [
        ("indirect", "كانت في السوق", "سلمى يوسف", "روى", "سي.بي.إس.نيوز")
    ]


def test_an_outlet_named_right_after_the_verb_hides_no_complementizer() -> None:
    # "The channel (N.T.V.) reported that the factory closed." (the إن of the name is no إن "that")
    text = "وذكرت محطة (إن.تي.في) التلفزيونية إن المصنع أغلق."
    article, quotes = run(text, {})
    assert [(q.kind, article.span_text(q.span), q.via_text) for q in quotes] == [
        ("indirect", "المصنع أغلق", "إن.تي.في")
    ]


def test_an_outlet_named_by_a_place_name_relays() -> None:
    # "Sami Haddad said in a statement to Radio Monte Carlo that he heard an explosion." (the NER took the
    # outlet's name for a place)
    text = "وقال سامي حداد في تصريح لإذاعة مونت كارلو إنه سمع دوي انفجار."
    article, quotes = run(text, {"سامي حداد": "PER", "مونت كارلو": "LOC"})
    assert [said(article, q) for q in quotes] == [
        ("indirect", "سمع دوي انفجار", "سامي حداد", "قال", "مونت كارلو")
    ]


def test_a_definite_place_after_a_type_noun_is_no_outlet() -> None:
    # "The minister told the Suez Canal authority's staff that navigation is regular." (قناة السويس is the
    # canal, a definite name)
    text = "وقال الوزير لموظفي هيئة قناة السويس إن الملاحة منتظمة."
    article, quotes = run(text, {"السويس": "LOC"})
    assert [said(article, q)[4] for q in quotes] == [None]


def test_an_outlets_question_answered_is_given_to_it() -> None:
    # "Answering a question from the channel 'Al-Mayadeen', the president stressed that he will not run."
    text = 'وردا على سؤال لقناة "الميادين"، أكد الرئيس أنه لن يترشح.'
    article, quotes = run(text, {})
    assert [said(article, q) for q in quotes] == [("indirect", "لن يترشح", "الرئيس", "أكد", "الميادين")]


@pytest.mark.parametrize(
    "text",
    [
        # "The government is preparing for early elections, according to a report of the weekly 'Al-Ufuq'."
        'وتستعد الحكومة لانتخابات مبكرة، بحسب تقرير لمجلة "الأفق" الأسبوعية.',
        # "…, as a report on the website of the newspaper 'Al-Ufuq' stated."
        'وتستعد الحكومة لانتخابات مبكرة، حسبما ذكر تقرير على موقع صحيفة "الأفق".',
        # "…, according to a report the newspaper 'Al-Ufuq' published."
        'وتستعد الحكومة لانتخابات مبكرة، بحسب تقرير نشرته صحيفة "الأفق".',
    ],
)
def test_a_report_an_outlet_published_is_the_outlets(text: str) -> None:
    article, quotes = run(text, {"الأفق": "ORG"})
    assert [said(article, q)[1:3] + said(article, q)[4:] for q in quotes] == [
        ("تستعد الحكومة لانتخابات مبكرة", "الأفق", "الأفق")
    ]


def test_a_report_names_no_outlet_without_one() -> None:
    # "…, according to a report that is still secret." (no outlet: the report stays the unnamed source)
    article, quotes = run("وتستعد الحكومة لانتخابات مبكرة، بحسب تقرير لا يزال سريا.", {})
    assert [said(article, q) for q in quotes] == [
        ("indirect", "تستعد الحكومة لانتخابات مبكرة", "تقرير", None, None)
    ]


def test_a_report_of_an_outlet_opening_the_sentence_leaves_the_outlet_out_of_the_content() -> None:
    # "According to a report of the American magazine 'Time', the summit will be held in Geneva."
    text = 'وحسب تقرير لمجلة "تايم" الأميركية، فإن القمة ستعقد في جنيف.'
    article, quotes = run(text, {"تايم": "ORG"})
    assert [said(article, q) for q in quotes] == [("indirect", "القمة ستعقد في جنيف", "تايم", None, "تايم")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "A report of the news network 'Al-Ufuq' stated that the government will resign." (the outlet's
        # report is its own account, as when it is cited after بحسب)
        ('وأفاد تقرير لشبكة "الأفق" الإخبارية بأن الحكومة ستستقيل.', "الأفق"),
        # "A report the newspaper 'Al-Ufuq' published mentioned that the government will resign."
        ('وذكر تقرير نشرته صحيفة "الأفق" أن الحكومة ستستقيل.', "الأفق"),
        # "A report of the newspaper 'Al-Ufuq', citing security sources, mentioned that …" (the sources
        # speak, the outlet relays)
        ('وذكر تقرير لصحيفة "الأفق" نقلا عن مصادر أمنية أن الحكومة ستستقيل.', "مصادر أمنية"),
    ],
)
def test_a_report_of_an_outlet_as_a_verbs_subject_is_the_outlets(text: str, speaker: str) -> None:
    article, quotes = run(text, {"الأفق": "ORG"})
    assert [said(article, q)[1:3] + said(article, q)[4:] for q in quotes] == [
        ("الحكومة ستستقيل", speaker, "الأفق")
    ]


@pytest.mark.parametrize(
    ("text", "entities", "speaker"),
    [
        # "A report of the World Health Organization said that …" (a body, no outlet: the body speaks, no via)
        (
            "وقال تقرير لمنظمة الصحة العالمية إن الحكومة ستستقيل.",
            {"منظمة الصحة العالمية": "ORG"},
            "منظمة الصحة العالمية",
        ),
        # "A report stated that …" (no outlet: the report stays the unnamed speaker)
        ("وأفاد تقرير بأن الحكومة ستستقيل.", {}, "تقرير"),
    ],
)
def test_a_report_without_an_outlet_as_a_verbs_subject_has_no_via(
    text: str, entities: dict[str, str], speaker: str
) -> None:
    article, quotes = run(text, entities)
    assert [said(article, q)[1:3] + said(article, q)[4:] for q in quotes] == [
        ("الحكومة ستستقيل", speaker, None)
    ]


def test_a_mislabelled_name_set_off_after_a_title_speaks() -> None:
    # "The Finnish president, Van der Meer, said he looks forward to answers." (the NER tagged the name
    # MISC; a MISC with ال, such as an adjective, is still no name)
    text = "وقال الرئيس الفنلندي، فان دير مير، إنه يتطلع إلى إجابات."
    article, quotes = run(text, {"فان دير مير": "MISC"})
    assert [said(article, q) for q in quotes] == [
        ("indirect", "يتطلع إلى إجابات", "فان دير مير", "قال", None)
    ]


@pytest.mark.parametrize(
    ("text", "entities", "speaker"),
    [
        # Titles the lexicon lacked until session 8, each before a complement and the holder's name: "The
        # parliamentary candidate of the opposition party, Kemal Yilmaz, said that everything is possible."
        (
            "وقال المرشح البرلماني عن حزب الشعب كمال يلماز إن كل شيء ممكن.",
            {"كمال يلماز": "PER"},
            "كمال يلماز",
        ),
        # "The regional official for schools in Quebec, Julie Martin, said the schools will open." (feminine)
        (
            "وقالت المسؤولة الإقليمية عن المدارس في كيبيك، جولي مارتان، إن المدارس ستفتح.",
            {"كيبيك": "LOC", "جولي مارتان": "PER"},
            "جولي مارتان",
        ),
        # "The Iranian guide Ali Khamenei affirmed that reform is necessary."
        ("وأكد المرشد الإيراني علي خامنئي أن الإصلاح ضروري.", {"علي خامنئي": "PER"}, "علي خامنئي"),
        # "The former employee in the records office, Samer Lotfi, said that the papers were torn."
        ("وقال الموظف السابق في مكتب السجلات سامر لطفي إن الأوراق مزقت.", {"سامر لطفي": "PER"}, "سامر لطفي"),
    ],
)
def test_a_titled_speakers_name_after_the_title_speaks(
    text: str, entities: dict[str, str], speaker: str
) -> None:
    article, quotes = run(text, entities)
    assert [said(article, q)[2] for q in quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "entities", "speaker"),
    [
        # "The chief economic adviser at the White House, Larry Nader, considered that the plan failed."
        # (كبير "chief" before a definite plural heads a title)
        (
            "واعتبر كبير المستشارين الاقتصاديين في البيت الأبيض لاري نادر أن الخطة فشلت.",
            {"البيت الأبيض": "ORG", "لاري نادر": "PER"},
            "لاري نادر",
        ),
        # "A senior official said talks go on." (كبير after its noun is the adjective: no title, no name)
        ("وقال مسؤول كبير إن المحادثات مستمرة.", {}, "مسؤول كبير"),
    ],
)
def test_chief_before_a_definite_plural_is_a_title(text: str, entities: dict[str, str], speaker: str) -> None:
    article, quotes = run(text, entities)
    assert [said(article, q)[2] for q in quotes] == [speaker]


def test_a_name_set_off_after_a_verbal_nouns_titled_speaker_is_a_name() -> None:
    # "… in reply to the demand of the chief negotiator, Fadi Qutaish, that she keep silent" (the verbal noun
    # مطالبة reports like طالب: the name set off by commas after its titled genitive is a person)
    text = "وقالت السفيرة ردا على مطالبة كبير المفاوضين، فادي قطيش، لها بأن تصمت، إنها لن تفعل ذلك."
    article = build(text, {})
    assert [article.text[s.start : s.end] for s in speaker_name_spans(article)] == ["فادي قطيش"]


@pytest.mark.parametrize(
    "text",
    [
        # "Supporters of President Donald Trump said the elections were rigged." (the group speaks)
        "وقال أنصار الرئيس دونالد ترامب إن الانتخابات زورت.",
        # "Critics of President Donald Trump see that the vote was unfair."
        "ويرى منتقدو الرئيس دونالد ترامب أن التصويت غير نزيه.",
    ],
)
def test_followers_and_critics_of_a_person_speak_not_the_person(text: str) -> None:
    article, quotes = run(text, {"دونالد ترامب": "PER"})
    assert [said(article, q)[2] for q in quotes] == [" ".join(text.split()[1:4])]


def test_a_country_named_in_an_outlets_name_is_no_outlet_when_it_speaks() -> None:
    # "The minister told Israel Radio that the situation is calm. Israel insists that its army never
    # closed the crossing."
    # (the radio is the first quote's relay; the country speaking later, the same entity, relays nothing)
    text = "وقال الوزير لإذاعة إسرائيل إن الوضع هادئ. وتصر إسرائيل على أن جيشها ما أغلق المعبر يوما."
    article = build(text, {})
    spans = tuple(Span(m.start(), m.end()) for m in re.finditer("إسرائيل", article.text))
    israel = Entity(id="e0", label="LOC", name="إسرائيل", mentions=spans, source="test")
    quoted = _stage()(dataclasses.replace(article, entities=(israel,)))
    assert [said(quoted, q)[2:] for q in quoted.quotes] == [
        ("الوزير", "قال", "إسرائيل"),
        ("إسرائيل", "أصر", None),
    ]


def test_an_adverb_after_a_titles_adjective_is_no_name() -> None:
    # "The candidate very close to the former president added that his rival incites violence." (جدا
    # "very" follows the definite adjective where an apposed name could stand; it is no name)
    article = build("وأضاف المرشح المقرب جدا من الرئيس السابق إن خصمه يحرض على العنف.", {})
    assert speaker_name_spans(article) == []
