"""The quotes stage: direct and indirect quotes and what is no quote, with the builders the other quotes
tests use. Speakers: test_quotes_speakers.py; spans: test_quotes_spans.py; relays: test_quotes_via.py."""

from __future__ import annotations

import dataclasses
import importlib.util
import re
from functools import cache
from typing import Any

import pytest

from marsad.arabic import fold
from marsad.article import Article, Entity, Span, Token
from marsad.quotes_institutions import institution_spans
from marsad.quotes_lexicon import polarity, verb_forms
from marsad.stages.quotes import SOURCE, Quotes
from tests.conftest import find_span

_WORD = re.compile(r"[\w\u064b-\u065f\u0670]+|([^\w\s])\1*")


def _tiny_tokens(text: str) -> Article:
    """Tokens and line sentences without the segment stage (used only when segment.py is absent)."""
    tokens = tuple(
        Token(
            m.start(), m.end(), fold(m.group()), Span(m.start(), m.end()), is_punct=not m.group()[0].isalnum()
        )
        for m in _WORD.finditer(text)
    )
    return Article(text=text, sentences=(Span(0, len(text)),), tokens=tokens)


@cache
def _segmenter() -> Any:
    """The real normalize + segment stages when segment.py exists, else None."""
    if importlib.util.find_spec("marsad.stages.segment") is None:
        return None
    from marsad.pipeline import STAGES, Pipeline

    return Pipeline([s for s in STAGES if s.name in ("normalize", "segment")])


@cache
def _stage() -> Quotes:
    return Quotes.load()


def build(text: str, entities: dict[str, str] | None = None) -> Article:
    """An article through normalize + segment, with one entity per {surface: label}, found by substring."""
    pipeline = _segmenter()
    article = pipeline(Article(text=text)) if pipeline else _tiny_tokens(text)
    found = tuple(
        Entity(
            id=f"e{i}", label=label, name=surface, mentions=(find_span(article.text, surface),), source="test"
        )
        for i, (surface, label) in enumerate((entities or {}).items())
    )
    return dataclasses.replace(article, entities=found)


def quotes(text: str, entities: dict[str, str] | None = None) -> list[tuple[Any, ...]]:
    """(kind, text, speaker, speaker_text, verb, via, via_text) of each quote found."""
    article = _stage()(build(text, entities))
    assert all(q.source == SOURCE for q in article.quotes)
    return [
        (q.kind, article.span_text(q.span), q.speaker, q.speaker_text, q.verb, q.via, q.via_text)
        for q in article.quotes
    ]


MOULOUD = "مولود جاويش أوغلو"  # Mevlüt Çavuşoğlu
MACRON = "إيمانويل ماكرون"  # Emmanuel Macron

DIRECT = [
    # Verb and colon before: "Turkish FM Mevlüt Çavuşoğlu said: 'We support a political solution in Syria'."
    (
        'قال وزير الخارجية التركي مولود جاويش أوغلو: "نحن ندعم الحل السياسي في سوريا".',
        {MOULOUD: "PER"},
        [("direct", "نحن ندعم الحل السياسي في سوريا", "e0", MOULOUD, "قال", None, None)],
    ),
    # Verb after the quote: "'We will not back down from our decision,' said President Emmanuel Macron."
    (
        '"لن نتراجع عن قرارنا"، قال الرئيس إيمانويل ماكرون.',
        {MACRON: "PER"},
        [("direct", "لن نتراجع عن قرارنا", "e0", MACRON, "قال", None, None)],
    ),
    # Two sentences in «»: "Macron added: «The deal is important. But it is not enough»."
    (
        "وأضاف ماكرون: «الاتفاق مهم. لكنه ليس كافيا».",
        {"ماكرون": "PER"},
        [("direct", "الاتفاق مهم. لكنه ليس كافيا", "e0", "ماكرون", "أضاف", None, None)],
    ),
    # Participle قائلا: "Erdoğan criticised the deal, saying 'this deal does not serve our interests'."
    (
        'وانتقد أردوغان الاتفاق قائلا "هذا الاتفاق لا يخدم مصالحنا".',
        {"أردوغان": "PER"},
        [("direct", "هذا الاتفاق لا يخدم مصالحنا", "e0", "أردوغان", "قال", None, None)],
    ),
    # Unbalanced: the quote never closes and runs to the paragraph end; pronoun-dropped وتابع takes the
    # previous speaker. "Lavrov said: «We are ready». He went on: «We will keep working to the end"
    (
        "وقال لافروف: «نحن مستعدون».\n\nوتابع: «سنواصل العمل حتى النهاية",
        {"لافروف": "PER"},
        [
            ("direct", "نحن مستعدون", "e0", "لافروف", "قال", None, None),
            ("direct", "سنواصل العمل حتى النهاية", "e0", "لافروف", "تابع", None, None),
        ],
    ),
    # After-cue بحسب توصيفه: "The minister said the vote matters. 'A historic day for the country', as he
    # put it."
    (
        'وقال الوزير خالد العلي إن التصويت مهم. "هذا يوم تاريخي للبلاد"، بحسب توصيفه.',
        {"خالد العلي": "PER"},
        [
            ("indirect", "التصويت مهم", "e0", "خالد العلي", "قال", None, None),
            ("direct", "هذا يوم تاريخي للبلاد", "e0", "خالد العلي", "وصف", None, None),
        ],
    ),
    # Straight quotes nested in straight quotes: "He said: 'we fight "ISIS" here every day'."
    (
        'وقال القائد سامر حسن: "نحن نقاتل "داعش" هنا كل يوم".',
        {"سامر حسن": "PER"},
        [("direct", 'نحن نقاتل "داعش" هنا كل يوم', "e0", "سامر حسن", "قال", None, None)],
    ),
    # أن right before the mark: "The papers quoted sources as saying 'the talks have failed'."
    (
        'وقالت هيفاء نادر إن "المحادثات فشلت تماما".',
        {"هيفاء نادر": "PER"},
        [("direct", "المحادثات فشلت تماما", "e0", "هيفاء نادر", "قال", None, None)],
    ),
]

SCARE = [
    # "The singer took part in 'The Voice' with ISIS's ... and the film 'The last message to the world'."
    'شاركت المغنية في برنامج "ذا فويس" مع تنظيم "داعش" وفيلم "الرسالة الأخيرة للعالم".',
    # "Salim was among 3 ISIS members lured through the 'Telegram' app."
    'وكان سليم بين 3 عناصر في "داعش" جرى استدراجهم عبر تطبيق "تلغرام".',
    # A quoted outlet name is not a quote: "Field sources told 'Sky News Arabia' that ..." gives only the
    # indirect quote (checked below), never "سكاي نيوز عربية" as a direct one.
]

INDIRECT = [
    # أن, then a pronoun-dropped continuation: "President Sisi stressed that Egypt will not give up its
    # rights. He added that dialogue is the only way."
    (
        "أكد الرئيس عبد الفتاح السيسي أن مصر لن تتخلى عن حقوقها. وأضاف أن الحوار هو السبيل الوحيد.",
        {"عبد الفتاح السيسي": "PER"},
        [
            ("indirect", "مصر لن تتخلى عن حقوقها", "e0", "عبد الفتاح السيسي", "أكد", None, None),
            ("indirect", "الحوار هو السبيل الوحيد", "e0", "عبد الفتاح السيسي", "أضاف", None, None),
        ],
    ),
    # إن after قال, unnamed source: "An official at the ministry said talks will resume next week."
    (
        "قال مسؤول في الوزارة إن المفاوضات ستستأنف الأسبوع المقبل.",
        {},
        [("indirect", "المفاوضات ستستأنف الأسبوع المقبل", None, "مسؤول", "قال", None, None)],
    ),
    # إلى, title resolved to the following name: "UN Secretary-General Erik Lund called for an
    # urgent humanitarian truce."
    (
        "دعا الأمين العام للأمم المتحدة إريك لوند إلى هدنة إنسانية عاجلة.",
        {"إريك لوند": "PER"},
        [("indirect", "هدنة إنسانية عاجلة", "e0", "إريك لوند", "دعا", None, None)],
    ),
    # إلى أن: "The Jordanian foreign minister Ayman Safadi pointed out that the crossing will reopen."
    (
        "وأشار وزير الخارجية الأردني أيمن الصفدي إلى أن المعبر سيفتح مجددا.",
        {"أيمن الصفدي": "PER"},
        [("indirect", "المعبر سيفتح مجددا", "e0", "أيمن الصفدي", "أشار", None, None)],
    ),
    # Negated نفى (polarity deny): "The army spokesman denied that his forces had targeted civilians."
    # An unnamed spokesperson of a body is an unnamed source (bench/gold/QUOTES.md), not the body.
    (
        "نفى المتحدث باسم الجيش أن تكون قواته قد استهدفت مدنيين.",
        {"الجيش": "ORG"},
        [("indirect", "تكون قواته قد استهدفت مدنيين", None, "المتحدث باسم الجيش", "نفى", None, None)],
    ),
    # Content cut before مضيفا, whose subject is the clause's: "The opposition leader said the crisis
    # worsened, adding that what Erdoğan does is 'an escape from responsibility'."
    (
        'وقال الزعيم المعارض كمال كيليجدار أوغلو إن الأزمة تفاقمت، مضيفا أن ما يفعله أردوغان "هروب '
        'من المسؤولية".',
        {"كمال كيليجدار أوغلو": "PER", "أردوغان": "PER"},
        [
            ("indirect", "الأزمة تفاقمت", "e0", "كمال كيليجدار أوغلو", "قال", None, None),
            (
                "indirect",
                'ما يفعله أردوغان "هروب من المسؤولية"',
                "e0",
                "كمال كيليجدار أوغلو",
                "أضاف",
                None,
                None,
            ),
        ],
    ),
    # Nominal attribution only: "Romania asked the World Bank for a soft loan, according to the finance
    # ministry." A bare بحسب has no reporting verb (bench/gold/QUOTES.md): verb None.
    (
        "وطلبت رومانيا من البنك الدولي قرضا ميسرا، بحسب وزارة المالية.",
        {"رومانيا": "LOC", "البنك الدولي": "ORG", "وزارة المالية": "ORG"},
        [
            (
                "indirect",
                "طلبت رومانيا من البنك الدولي قرضا ميسرا",
                "e2",
                "وزارة المالية",
                None,
                None,
                None,
            )
        ],
    ),
    # A one-word fragment governed by ب: "Minister Khaled al-Ali described the agreement as 'historic'."
    (
        'ووصف الوزير خالد العلي الاتفاق بـ"التاريخي".',
        {"خالد العلي": "PER"},
        [("direct", "التاريخي", "e0", "خالد العلي", "وصف", None, None)],
    ),
    # A short fragment right after its verb: "Al-Ali criticised the decision, over what he considered 'a
    # grave mistake'."
    (
        'وانتقد خالد العلي القرار بسبب ما اعتبره "خطأ فادحا".',
        {"خالد العلي": "PER"},
        [("direct", "خطأ فادحا", "e0", "خالد العلي", "اعتبر", None, None)],
    ),
    # كأنه "as if" is no complementizer; the finite verb before قائلا is the lemma: "The minister addressed
    # the audience as if at home, saying: 'welcome to you all'."
    (
        'وخاطب الوزير خالد العلي الحضور وكأنه في بيته قائلا: "أهلا بكم جميعا".',
        {"خالد العلي": "PER"},
        [("direct", "أهلا بكم جميعا", "e0", "خالد العلي", "خاطب", None, None)],
    ),
]

NOT_QUOTES = [
    # أعلن عن + noun is an act announced, not a quote: "The ministry announced proposals to protect police."
    ("وأعلنت وزارة الداخلية عن مقترحات لحماية عناصر الشرطة.", {"وزارة الداخلية": "ORG"}),
    # Polls are not sources: "according to the preliminary results, the candidate won."
    ("فاز المرشح في الانتخابات حسب النتائج الأولية.", {}),
    # A verb form after a preposition is its verbal noun: "He praised the role of the media in relaying
    # the facts and the 'heroism of the soldiers on the front'."
    ('وأشاد الرئيس بدور الإعلام في نقل الوقائع وكذلك "بطولات الجنود على الجبهة".', {}),
    # A colon after neither a reporting verb nor a mention is no cue: "The article states that: 'after the
    # results are announced, the council meets'."
    ('وتنص المادة على أنه: "بعد إعلان النتيجة يعقد المجلس جلسة خاصة".', {}),
    # A poll is no source, also in a relative clause: "The party lost by a smaller margin than the polls
    # predicted, which pointed to a heavy defeat."
    ("وخسر الحزب بهامش أصغر مما كانت ترجحه استطلاعات الرأي التي أشارت إلى هزيمة ثقيلة.", {}),
    # A negated report is no quote: "He did not reveal the reason for the decision."
    ("ولم يكشف الوزير عن سبب القرار.", {}),
    # تابعة "belonging to" is not تابع + pronoun: "A plane belonging to the airline hit another plane."
    ('اصطدمت طائرة تابعة لشركة الطيران في "المدرج الشمالي للمطار الدولي".', {}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), DIRECT + INDIRECT)
def test_quotes(text: str, entities: dict[str, str], expected: list[tuple[Any, ...]]) -> None:
    assert quotes(text, entities) == expected


@pytest.mark.parametrize(("text", "entities"), NOT_QUOTES)
def test_not_quotes(text: str, entities: dict[str, str]) -> None:
    assert quotes(text, entities) == []


@pytest.mark.parametrize("text", SCARE)
def test_scare_quotes_are_not_quotes(text: str) -> None:
    assert quotes(text) == []


def test_no_tokens_no_quotes() -> None:
    assert _stage()(Article(text='قال: "نعم"')).quotes == ()


def test_verb_forms_and_polarity() -> None:
    # قال: past قال/قالت/قالوا, imperfect يقول/تقول/يقولون, participle قائلا/قائلة/قائلين (folded).
    assert verb_forms("قال", "يقول", "قائل") == (
        ["قال", "قالت", "قالوا", "يقول", "تقول", "يقولون"],
        ["قائلا", "قائله", "قائلين"],
    )
    # Defective نفى: نفت، نفوا; ينفون.
    assert verb_forms("نفى", "ينفي", "")[0] == ["نفي", "نفت", "نفوا", "ينفي", "تنفي", "ينفون"]
    assert (polarity("نفى"), polarity("قال"), polarity("ليس")) == ("deny", "assert", None)


def test_view_tables_match_per_token_lookups() -> None:
    # The per-article tables (keys by word type, first_keys) give what per-token lookups give, and a
    # second View of the same tokens shares them; tokens with the same text share one keys tuple.
    from marsad.quotes_lexicon import load
    from marsad.quotes_view import View, _token_keys

    article = build(
        'وقال للأناضول إن وكالة الأنباء الرسمية نقلت، بحسب صحيفة "حرييت"، أن الوزير قال إن الوكالة أكدت'
    )
    view = View(article)
    assert view.key_list == [_token_keys(article.text, t) for t in article.tokens]
    lex = load()
    for forms in (lex.verbs, lex.cues, {fold("الوكالة")}):
        assert view.first_keys(forms) == [view.has(i, forms) for i in range(view.n)]
    assert any(view.first_keys(lex.verbs)) and any(view.first_keys(lex.cues))
    again = View(dataclasses.replace(article, entities=()))
    assert again.key_list is view.key_list and again.first_keys(lex.verbs) is view.first_keys(lex.verbs)
    twice = [i for i in range(view.n) if view.word(i) == "إن"]
    assert len(twice) == 2 and view.keys(twice[0]) is view.keys(twice[1])


INSTITUTIONS = [
    # "The Israeli army said in a statement that it destroyed a weapons depot."
    ("وقال الجيش الإسرائيلي في بيان إنه دمر مخزنا للأسلحة.", {}, ["الجيش الإسرائيلي"]),
    # Before the verb: "The British authorities had asked the experts to take samples."
    ("وكانت السلطات البريطانية قد دعت الخبراء إلى أخذ عينات.", {}, ["السلطات البريطانية"]),
    # The source of a cue: "The migrants reached the coasts, according to the Italian government."
    ("ووصل المهاجرون إلى السواحل، حسب الحكومة الإيطالية.", {}, ["الحكومة الإيطالية"]),
    # A construct up to its first definite word: "The Arab coalition forces said a missile fell."
    ("كما ذكرت قوات التحالف العربي أن صاروخا سقط قرب المدينة.", {}, ["قوات التحالف العربي"]),
    # The object after the subject is left out: "The army called on citizens to stay home."
    ("ودعا الجيش المواطنين إلى البقاء في منازلهم.", {}, ["الجيش"]),
    # Not institutions: an indefinite body, an unnamed official, a title, a body the NER found.
    ("وقالت منظمات حقوقية إن العنف مستمر.", {}, []),
    ("وقال مسؤول إن العنف مستمر.", {}, []),
    ("وقال الوزير إن العنف مستمر.", {}, []),
    ("وقال الجيش الإسرائيلي إن العنف مستمر.", {"الجيش الإسرائيلي": "ORG"}, []),
]


@pytest.mark.parametrize(("text", "entities", "expected"), INSTITUTIONS)
def test_institution_spans(text: str, entities: dict[str, str], expected: list[str]) -> None:
    article = build(text, entities)
    assert [article.span_text(s) for s in institution_spans(article)] == expected
