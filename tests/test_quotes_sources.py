"""Who speaks and through whom, on rules found in ANT development articles: statements and their issuers,
bodies and people the NER missed as speakers, subjects set off by commas, relays of a whole sentence. One
rule per test, each failing before its rule."""

from __future__ import annotations

import pytest

from marsad.article import Article
from marsad.quotes_institutions import institution_spans
from marsad.quotes_names import SOURCE as SPEAKER_NAME_SOURCE
from marsad.quotes_names import speaker_name_spans
from marsad.stages.entities import Entities
from tests.test_quotes import build
from tests.test_quotes_cases import run, said


def test_the_statement_speaks_for_whoever_issued_it() -> None:
    # "The Foreign Ministry said in a statement that the sanctions will fail. The statement added that
    # Washington is isolated." (a statement of a named body is that body's)
    text = "وقالت وزارة الخارجية في بيان إن العقوبات ستفشل. وأضاف البيان أن واشنطن معزولة."
    article, quotes = run(text, {"وزارة الخارجية": "ORG"})
    assert [said(article, q) for q in quotes] == [
        ("indirect", "العقوبات ستفشل", "وزارة الخارجية", "قال", None),
        ("indirect", "واشنطن معزولة", "وزارة الخارجية", "أضاف", None),
    ]


def test_the_statement_with_no_issuer_named_stays_unnamed() -> None:
    # "The statement added that Washington is isolated." (no statement named before: its words)
    article, quotes = run("وأضاف البيان أن واشنطن معزولة.", {})
    assert [said(article, q) for q in quotes] == [("indirect", "واشنطن معزولة", "البيان", "أضاف", None)]


@pytest.mark.parametrize(
    ("text", "entities", "expected"),
    [
        # "Hezbollah fired rockets at military posts in Galilee, according to a statement of the party."
        # (the party named before)
        (
            "وأطلق حزب الله صواريخ على مواقع عسكرية في الجليل، حسبما ذكر بيان للحزب.",
            {"حزب الله": "ORG"},
            ("indirect", "أطلق حزب الله صواريخ على مواقع عسكرية في الجليل", "حزب الله", "ذكر", None),
        ),
        # "A statement issued by the Lebanese army said a patrol came under fire."
        (
            "وذكر بيان صادر عن الجيش اللبناني أن دورية تعرضت لإطلاق نار.",
            {"الجيش اللبناني": "ORG"},
            ("indirect", "دورية تعرضت لإطلاق نار", "الجيش اللبناني", "ذكر", None),
        ),
        # "Planes struck posts in the south, according to a statement of the defence ministry."
        (
            "قصفت الطائرات مواقع في الجنوب، وفق بيان لوزارة الدفاع.",
            {"وزارة الدفاع": "ORG"},
            ("indirect", "قصفت الطائرات مواقع في الجنوب", "وزارة الدفاع", None, None),
        ),
    ],
)
def test_a_statement_of_a_named_body_is_that_bodys(
    text: str, entities: dict[str, str], expected: tuple[str | None, ...]
) -> None:
    article, quotes = run(text, entities)
    assert [said(article, q) for q in quotes] == [expected]


def test_a_contrast_clause_after_a_that_clause_is_still_reported() -> None:
    # "The army explained that the system intercepted six shells, while the number of shells that hit
    # Israeli land reached 31." (the بينما clause is the army's; a noun-phrase content ends before it)
    text = "وأوضح الجيش أن النظام اعترض ست قذائف، بينما بلغ عدد القذائف التي سقطت 31."
    article, quotes = run(text, {"الجيش": "ORG"})
    assert [said(article, q) for q in quotes] == [
        ("indirect", "النظام اعترض ست قذائف، بينما بلغ عدد القذائف التي سقطت 31", "الجيش", "أوضح", None)
    ]


def test_a_contrast_clause_after_a_noun_phrase_content_is_not() -> None:
    # "The minister affirmed his country's support for Saudi Arabia, while he attacked the channel."
    text = "وأكد الوزير أحمد سالم على دعم بلاده للسعودية، بينما هاجم القناة."
    article, quotes = run(text, {"أحمد سالم": "PER"})
    assert [said(article, q) for q in quotes] == [
        ("indirect", "دعم بلاده للسعودية", "أحمد سالم", "أكد", None)
    ]


def test_a_body_issuing_a_statement_speaks() -> None:
    # 'The Foreign Ministry issued a statement in which it described the remarks as "unfounded".' (the
    # ministry, untagged by the NER, is an institution the entities stage adds; the quote is its own)
    text = 'وأصدرت الخارجية بيانا وصفت فيه التصريحات بأنها "لا أساس لها".'
    assert [build(text).span_text(s) for s in institution_spans(build(text))] == ["الخارجية"]
    article, quotes = run(text, {"الخارجية": "ORG"})
    assert [said(article, q) for q in quotes] == [("direct", "لا أساس لها", "الخارجية", "وصف", None)]
    # Not before another noun: "The ministry issued its decision." (no statement: no speaker)
    assert institution_spans(build("وأصدرت الوزارة قرارها بإغلاق المعبر.")) == []


def test_an_attribution_sentence_relays_every_quote_of_the_sentence_before() -> None:
    # "Ahmad Salem said he does not know the details, adding that he has no exact figures. According to
    # Reuters. The minister said the talks go on." (Reuters relays both quotes before it, not the one after)
    text = (
        "وقال أحمد سالم إنه لا يعرف التفاصيل، مضيفا أنه لا يملك أرقاما دقيقة. حسب رويترز. "
        "وقال الوزير إن المحادثات مستمرة."
    )
    article, quotes = run(text, {"أحمد سالم": "PER"})
    assert [said(article, q) for q in quotes] == [
        ("indirect", "لا يعرف التفاصيل", "أحمد سالم", "قال", "رويترز"),
        ("indirect", "لا يملك أرقاما دقيقة", "أحمد سالم", "أضاف", "رويترز"),
        ("indirect", "المحادثات مستمرة", "أحمد سالم", "قال", None),
    ]


def test_a_subject_before_a_relative_clause_between_commas_speaks() -> None:
    # "But the woman, who resides in the Netherlands, later affirmed that the story was only a mistake."
    # (the subject before the relative clause speaks; before, the verb had no speaker at all)
    article, quotes = run("لكن السيدة، التي تقيم في هولندا، أكدت لاحقا أن القصة كانت مجرد خطأ.", {})
    assert [said(article, q) for q in quotes] == [("indirect", "القصة كانت مجرد خطأ", "السيدة", "أكد", None)]


def test_a_place_phrase_set_off_by_commas_is_no_apposed_name() -> None:
    # "A spokesman for the water ministry, in Chad, said the outage was due to a technical fault."
    # (في تشاد is where, not who: the spokesman speaks, unnamed; before, the country did)
    text = "وقال متحدث باسم وزارة المياه، في تشاد، إن الانقطاع سببه عطل فني."
    article, quotes = run(text, {"وزارة المياه": "ORG", "تشاد": "LOC"})
    assert [said(article, q) for q in quotes] == [
        ("indirect", "الانقطاع سببه عطل فني", "متحدث باسم وزارة المياه", "قال", None)
    ]


class _NoNames:
    """A NER model that tags nothing (every token O): the entities stage's own passes alone."""

    def tag(self, sentences: list[list[str]]) -> list[list[str]]:
        return [["O"] * len(words) for words in sentences]


def _names(text: str, entities: dict[str, str] | None = None) -> list[str]:
    article = build(text, entities)
    return [article.text[s.start : s.end] for s in speaker_name_spans(article)]


@pytest.mark.parametrize(
    ("text", "entities", "expected"),
    [
        # "The head of the committee Valeria Monti said that the inquiry will go on." (an indefinite word
        # after a definite one in a titled subject opens an apposed name)
        ("وقالت رئيسة اللجنة فاليريا مونتي إن التحقيق سيستمر.", {}, ["فاليريا مونتي"]),
        # "The government spokesman Johan Lindqvist said the agreement is near." (after a body's mention)
        (
            "وقال المتحدث باسم الحكومة يوهان ليندكفيست إن الاتفاق قريب.",
            {"الحكومة": "ORG"},
            ["يوهان ليندكفيست"],
        ),
        # "The Jordanian foreign minister Samer al-Khatib affirmed that …" (a surname with ال ends the name)
        ("وأكد وزير الخارجية الأردني سامر الخطيب أن الحدود آمنة.", {}, ["سامر الخطيب"]),
        # "The president pledged to amend the constitution before the elections." (تعديل is the object: a
        # common noun, often definite in the corpus)
        ("وتعهد الرئيس تعديل الدستور قبل الانتخابات.", {}, []),
        # "The party leader pledged disarmament within a year." (السلاح is a noun, often without ال)
        ("وتعهد زعيم الحزب نزع السلاح خلال عام.", {}, []),
        # "The president affirmed his commitment to the agreement." (a pronoun suffix: the object)
        ("وأكد الرئيس التزامه بالاتفاق.", {}, []),
        # "The minister Samer al-Khatib said …" with the name tagged: nothing to add.
        ("وقال الوزير سامر الخطيب إن الحدود آمنة.", {"سامر الخطيب": "PER"}, []),
        # "The police chief of the province, Johan Lindqvist, said the road was closed." (set off by commas)
        ("وقال قائد شرطة المقاطعة، يوهان ليندكفيست، إن الطريق أغلق.", {}, ["يوهان ليندكفيست"]),
        # "The police chief, on Sunday evening, said …" (a time phrase set off by commas is no name)
        ("وقال قائد الشرطة، مساء الأحد، إن الطريق أغلق.", {}, []),
        # "The police chief, in his statement, said …" (a pronoun suffix: no name)
        ("وقال قائد الشرطة، بدوره، إن الطريق أغلق.", {}, []),
        # "The president described everything in the report as exaggerations." (كل opens the object, no name)
        ("ووصف الرئيس كل ما ورد في التقرير بأنه مبالغات.", {}, []),
        # "The president said early this year that …" (a time word, no name)
        ("وقال الرئيس مطلع هذا العام إن الاقتصاد قوي.", {}, []),
        # "… which the president described (repeatedly, misspelt مرار) as bad" (an adverb missing its alif)
        ("ووصفه الرئيس مرار بأنه سيئ.", {}, []),
        # "Minister Samer al-Khatib visited the border." (no reporting verb: no speaker slot)
        ("وزار الوزير سامر الخطيب الحدود.", {}, []),
        # "The military spokesman of the Houthi group Yahya Sari announced on Wednesday evening that …"
        # (سريع "fast" is a common adjective, but يحيى is a sure name: the run is a name)
        (
            "أعلن المتحدث العسكري باسم جماعة الحوثي يحيى سريع، مساء الأربعاء، أن القوات استهدفت سفينة.",
            {"الحوثي": "ORG"},
            ["يحيى سريع"],
        ),
        # "The chief Palestinian negotiator Saeb Erekat said the decision is void." (صائب "right" is common;
        # عريقات is a sure name)
        ("وقال كبير المفاوضين الفلسطينيين صائب عريقات إن القرار باطل.", {}, ["صائب عريقات"]),
        # "The economic affairs adviser, when asked about taxes, noted …" (حين "when" opens a clause: no
        # name, though it is never written with ال)
        ("ونوه مستشار الشؤون الاقتصادية حين سئل عن الضرائب بأنها لن ترتفع.", {}, []),
        # "The president said quickly that …": one word, and سريعا/سريع is no sure name (no run of two)
        ("وقال الرئيس سريع إن الاقتصاد قوي.", {}, []),
        # "Muqtada al-Sadr, leader of the Sadrist movement, affirmed that his bloc will run." (a name
        # right after the verb, set off by a comma before its title; الصدر is also "the chest", but مقتدى is
        # a sure name)
        ("أكد مقتدى الصدر، زعيم التيار الصدري، أن كتلته ستخوض الانتخابات.", {}, ["مقتدى الصدر"]),
        # "The statement, which the ministry published, said …" (البيان: definite, no name)
        ("وقال البيان، الذي نشرته الوزارة، إن الوضع هادئ.", {}, []),
        # "An official, head of a local committee, affirmed …" (مسؤول is an unnamed source word)
        ("وأكد مسؤول، رئيس لجنة محلية، أن الطريق مغلق.", {}, []),
        # "The governor of Kirkuk announced a curfew and ordered a recount, saying that …" (وأمر "and ordered"
        # is a verb joined by و, commoner without it: no name)
        ("أعلن محافظ كركوك حظر التجول وأمر بإعادة الفرز قائلا إن النظام أخطأ.", {"كركوك": "LOC"}, []),
    ],
)
def test_names_apposed_to_a_titled_speaker(text: str, entities: dict[str, str], expected: list[str]) -> None:
    assert _names(text, entities) == expected


def test_an_untagged_name_after_a_title_speaks() -> None:
    # "The head of the committee Valeria Monti said that the inquiry will go on." With no NER mention the
    # entities stage adds the name as PER, and the quote is hers (before: the whole phrase as unnamed text).
    text = "وقالت رئيسة اللجنة فاليريا مونتي إن التحقيق سيستمر."
    article = Entities(_NoNames())(build(text))
    assert [(e.label, e.name, e.source.split("+")[0]) for e in article.entities] == [
        ("PER", "فاليريا مونتي", SPEAKER_NAME_SOURCE)
    ]
    quoted = _stage_quotes(article)
    assert [said(quoted, q) for q in quoted.quotes] == [
        ("indirect", "التحقيق سيستمر", "فاليريا مونتي", "قال", None)
    ]


def _stage_quotes(article: Article) -> Article:
    from tests.test_quotes import _stage

    return _stage()(article)


def test_an_admiral_named_before_speaks_again_by_his_title() -> None:
    # 'The American admiral, Marcus Hill, said the submarines worry the alliance. The American admiral went
    # on: "This is a matter of concern."' (الأدميرال is a title: the second quote is Hill's, not the words)
    text = (
        "وقال الأدميرال الأميركي، ماركوس هيل، إن الغواصات تقلق الحلف. "
        'وتابع الأدميرال الأميركي: "هذه مسألة مقلقة".'
    )
    article, quotes = run(text, {"ماركوس هيل": "PER"})
    assert [said(article, q) for q in quotes] == [
        ("indirect", "الغواصات تقلق الحلف", "ماركوس هيل", "قال", None),
        ("direct", "هذه مسألة مقلقة", "ماركوس هيل", "تابع", None),
    ]


@pytest.mark.parametrize(
    ("text", "entities", "speaker"),
    [
        # "Putin's spokesman, Sergei Morozov, told reporters the deal is near." (Putin is whom he speaks for)
        (
            "وقال المتحدث باسم بوتين، سيرغي موروزوف، للصحفيين إن الاتفاق قريب.",
            {"بوتين": "PER", "سيرغي موروزوف": "PER"},
            "سيرغي موروزوف",
        ),
        # "Erdogan's adviser said the deal is near." (the adviser speaks, unnamed; not Erdogan)
        ("وقال مستشار أردوغان إن الاتفاق قريب.", {"أردوغان": "PER"}, "مستشار أردوغان"),
        # "Erdogan's adviser, Selim Kaya, said …" (the apposed name)
        (
            "وقال مستشار أردوغان، سليم كايا، إن الاتفاق قريب.",
            {"أردوغان": "PER", "سليم كايا": "PER"},
            "سليم كايا",
        ),
        # "The Turkish president's adviser Selim Kaya said …" (a title in between: the name is the adviser's)
        ("وقال مستشار الرئيس التركي سليم كايا إن الاتفاق قريب.", {"سليم كايا": "PER"}, "سليم كايا"),
    ],
)
def test_whom_a_spokesperson_or_adviser_works_for_does_not_speak(
    text: str, entities: dict[str, str], speaker: str
) -> None:
    article, quotes = run(text, entities)
    assert [said(article, q)[2] for q in quotes] == [speaker]
