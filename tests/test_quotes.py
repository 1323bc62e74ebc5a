"""The quotes stage: direct and indirect quotes, speakers, verbs and relaying outlets."""

from __future__ import annotations

import dataclasses
import importlib.util
import re
from functools import cache
from typing import Any

import pytest

from marsad.arabic import fold
from marsad.article import Article, Entity, Span, Token
from marsad.attribution import cited_outlets
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
    # "Al-Jamal was among 4 ISIS leaders lured through the 'Telegram' app."
    'وكان الجمل بين 4 قادة في "داعش" ألقي القبض عليهم عبر تطبيق "تلغرام".',
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
    # إلى, title resolved to the following name: "UN Secretary-General António Guterres called for an
    # immediate ceasefire."
    (
        "دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى وقف فوري لإطلاق النار.",
        {"أنطونيو غوتيريش": "PER"},
        [("indirect", "وقف فوري لإطلاق النار", "e0", "أنطونيو غوتيريش", "دعا", None, None)],
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
    # worsened, adding that Erdoğan's action is 'an attempt to hide failure'."
    (
        'وقال الزعيم المعارض كمال كيليجدار أوغلو إن الأزمة تفاقمت، مضيفا أن ما يقوم به أردوغان "محاولة '
        'لإخفاء الفشل".',
        {"كمال كيليجدار أوغلو": "PER", "أردوغان": "PER"},
        [
            ("indirect", "الأزمة تفاقمت", "e0", "كمال كيليجدار أوغلو", "قال", None, None),
            (
                "indirect",
                'ما يقوم به أردوغان "محاولة لإخفاء الفشل"',
                "e0",
                "كمال كيليجدار أوغلو",
                "أضاف",
                None,
                None,
            ),
        ],
    ),
    # Nominal attribution only: "Poland asked the EU for financial aid, according to the agriculture
    # ministry." A bare بحسب has no reporting verb (bench/gold/QUOTES.md): verb None.
    (
        "وطلبت بولندا من الاتحاد الأوروبي مساعدة مالية، بحسب وزارة الزراعة.",
        {"بولندا": "LOC", "الاتحاد الأوروبي": "ORG", "وزارة الزراعة": "ORG"},
        [
            (
                "indirect",
                "طلبت بولندا من الاتحاد الأوروبي مساعدة مالية",
                "e2",
                "وزارة الزراعة",
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

SPANS = [
    # After a reported clause, a comma and an opening mark start the speaker's own words, a direct quote of
    # the same verb: "He explained he was angry, 'but I was lucky not to be hurt'."
    (
        'وأوضح خالد العلي أنه كان غاضبا، "لكنني كنت محظوظا لأنني لم أتعرض لأذى".',
        {"خالد العلي": "PER"},
        [
            ("indirect", "كان غاضبا", "e0", "خالد العلي", "أوضح", None, None),
            ("direct", "لكنني كنت محظوظا لأنني لم أتعرض لأذى", "e0", "خالد العلي", "أوضح", None, None),
        ],
    ),
    # A verb form with ب is a verbal noun, no new quote: "She vowed that the administration will not back
    # down from the decision, by moving the embassy."
    (
        "وتوعدت سارة حداد بأن الإدارة لن تتراجع عن القرار، بنقل السفارة إلى المدينة.",
        {"سارة حداد": "PER"},
        [
            (
                "indirect",
                "الإدارة لن تتراجع عن القرار، بنقل السفارة إلى المدينة",
                "e0",
                "سارة حداد",
                "توعد",
                None,
                None,
            )
        ],
    ),
    # A circumstantial participle in the accusative ends the content: "Al-Jubeir considered that the war
    # is just, holding the rebels responsible for the victims."
    (
        "واعتبر عادل الجبير أن الحرب عادلة، محملا المتمردين المسؤولية عن الضحايا.",
        {"عادل الجبير": "PER"},
        [("indirect", "الحرب عادلة", "e0", "عادل الجبير", "اعتبر", None, None)],
    ),
    # A feminine predicate after a comma is still the content: "He added that Iran, as a signatory, is
    # legally bound to prevent torture."
    (
        "وأضاف خالد العلي أن إيران، باعتبارها دولة موقعة، ملزمة قانونا بمنع التعذيب.",
        {"خالد العلي": "PER"},
        [
            (
                "indirect",
                "إيران، باعتبارها دولة موقعة، ملزمة قانونا بمنع التعذيب",
                "e0",
                "خالد العلي",
                "أضاف",
                None,
                None,
            )
        ],
    ),
    # A stray closing mark opens nothing, and a full stop ends the content even when the segmenter kept
    # the next sentence: "He said the support is old, through the office in Iraq". He went on: 'the
    # support continues'."
    (
        'وقال فهد الناصر إن الدعم قديم عبر المكتب الموجود في العراق". وتابع الناصر: "الدعم مستمر حتى اليوم".',
        {"فهد الناصر": "PER"},
        [
            ("indirect", 'الدعم قديم عبر المكتب الموجود في العراق"', "e0", "فهد الناصر", "قال", None, None),
            ("direct", "الدعم مستمر حتى اليوم", "e0", "فهد الناصر", "تابع", None, None),
        ],
    ),
]

SPEAKERS = [
    # The addressee after the verb is not the speaker; the pro-dropped verb shares the sentence's subject:
    # "The envoy, Sara Haddad, met the minister and told reporters that talks would go on."
    (
        "التقت المبعوثة، سارة حداد، الوزير وقالت للصحفيين إن المحادثات ستستمر.",
        {"سارة حداد": "PER"},
        [("indirect", "المحادثات ستستمر", "e0", "سارة حداد", "قال", None, None)],
    ),
    # A name in apposition after a non-title phrase: "One of the tribal elders, Fahd al-Nasser, said that the
    # road was reopened." Then the bare surname, which the NER missed, names the same person.
    (
        'وقال أحد شيوخ القبائل، فهد الناصر، إن الطريق فتح مجددا. وأضاف الناصر: "الوضع هادئ اليوم".',
        {"فهد الناصر": "PER"},
        [
            ("indirect", "الطريق فتح مجددا", "e0", "فهد الناصر", "قال", None, None),
            ("direct", "الوضع هادئ اليوم", "e0", "فهد الناصر", "أضاف", None, None),
        ],
    ),
    # The spokesperson of a titled person is unnamed; the name is the principal's: "The spokesman for the
    # prime minister, Anna Berg, said she will visit the region."
    (
        "وقال المتحدث باسم رئيسة الوزراء آنا برغ إنها ستزور المنطقة.",
        {"آنا برغ": "PER"},
        [("indirect", "ستزور المنطقة", None, "المتحدث باسم رئيسة الوزراء آنا برغ", "قال", None, None)],
    ),
    # A subject before the verb after كانت: "Britain had warned Russia of a strong response."
    (
        "وكانت بريطانيا حذرت روسيا من رد قوي.",
        {"بريطانيا": "LOC", "روسيا": "LOC"},
        [("indirect", "رد قوي", "e0", "بريطانيا", "حذر", None, None)],
    ),
    # قائلا after a finite verb with no content of its own: the finite verb is the lemma. "The minister
    # continued, saying: 'we will not back down'."
    (
        'وتابع الوزير خالد العلي قائلا: "لن نتراجع عن قرارنا".',
        {"خالد العلي": "PER"},
        [("direct", "لن نتراجع عن قرارنا", "e0", "خالد العلي", "تابع", None, None)],
    ),
    # Marks covering part of the clause make it indirect, the whole clause: "He said that 'it is not
    # surprising' that teams were sent."
    (
        'وقال خالد العلي إنه "ليس من المستغرب" إرسال فرق إلى المنطقة.',
        {"خالد العلي": "PER"},
        [("indirect", '"ليس من المستغرب" إرسال فرق إلى المنطقة', "e0", "خالد العلي", "قال", None, None)],
    ),
    # A wording cue without a comma ends the content: "He stressed that the plan has failed, in his words."
    (
        "وأكد خالد العلي أن الخطة فشلت حسب تعبيره.",
        {"خالد العلي": "PER"},
        [("indirect", "الخطة فشلت", "e0", "خالد العلي", "أكد", None, None)],
    ),
    # A participle after a quote in its sentence keeps the speaker, not a place named in between: "She
    # pointed out that talks succeeded for Egypt, explaining that the path remains open."
    (
        "وقالت سارة حداد إن المفاوضات نجحت لمصر، موضحة أن المسار لا يزال مفتوحا.",
        {"سارة حداد": "PER", "مصر": "LOC"},
        [
            ("indirect", "المفاوضات نجحت لمصر", "e0", "سارة حداد", "قال", None, None),
            ("indirect", "المسار لا يزال مفتوحا", "e0", "سارة حداد", "أوضح", None, None),
        ],
    ),
    # A definite title alone is the person the article gave that title, not the previous speaker: "The
    # American president, John Smith, met minister Khaled al-Ali. Al-Ali said the meeting was fruitful. The
    # American president stressed that the talks will go on."
    (
        "وكان الرئيس الأميركي، جون سميث، قد التقى الوزير خالد العلي. وقال خالد العلي إن اللقاء كان مثمرا. "
        "وأكد الرئيس الأميركي أن المحادثات ستستمر.",
        {"جون سميث": "PER", "خالد العلي": "PER"},
        [
            ("indirect", "اللقاء كان مثمرا", "e1", "خالد العلي", "قال", None, None),
            ("indirect", "المحادثات ستستمر", "e0", "جون سميث", "أكد", None, None),
        ],
    ),
    # A pro-dropped verb shares the subject that opens its sentence, not the previous quote's speaker; a
    # relative clause set off by commas holds no complement: "Sara Haddad said the talks failed. Salem had
    # insisted on his position, and he said that the decision is final. Salem, who threatened before to
    # withdraw, said he would stay, saying that the party needs him."
    (
        "وقالت سارة حداد إن المحادثات فشلت. وكان سالم نور، أصر على موقفه، وقال إن القرار نهائي. "
        "وقال سالم نور، الذي هدد من قبل بالانسحاب، إنه سيبقى قائلا إن الحزب يحتاجه.",
        {"سارة حداد": "PER", "سالم نور": "PER"},
        [
            ("indirect", "المحادثات فشلت", "e0", "سارة حداد", "قال", None, None),
            ("indirect", "القرار نهائي", "e1", "سالم نور", "قال", None, None),
            ("indirect", "سيبقى", "e1", "سالم نور", "قال", None, None),
            ("indirect", "الحزب يحتاجه", "e1", "سالم نور", "قال", None, None),
        ],
    ),
    # A hashtag is a word between a verb and its fragment: "The president described #the_nuclear_deal as
    # 'disastrous'."
    (
        'ونعت الرئيس جون سميث #الاتفاق_النووي بـ"الكارثي".',
        {"جون سميث": "PER"},
        [("direct", "الكارثي", "e0", "جون سميث", "نعت", None, None)],
    ),
    # A definite head noun alone names the body the NER found earlier: "The British defence ministry
    # announced the strike. The ministry added that the planes returned safely."
    (
        "وأعلنت وزارة الدفاع البريطانية الضربة. وأضافت الوزارة أن الطائرات عادت بسلام.",
        {"وزارة الدفاع البريطانية": "ORG"},
        [("indirect", "الطائرات عادت بسلام", "e0", "وزارة الدفاع البريطانية", "أضاف", None, None)],
    ),
    # An institution the NER tagged once but missed here is the same entity: "The Israeli army said it
    # struck two tunnels." (the entity's mention is in the headline-like first sentence)
    (
        "قصف الجيش الإسرائيلي مواقع في غزة. وقال الجيش الإسرائيلي إنه استهدف نفقين.",
        {"الجيش الإسرائيلي": "ORG"},
        [("indirect", "استهدف نفقين", "e0", "الجيش الإسرائيلي", "قال", None, None)],
    ),
    # A lone title tagged PER is no name; the name follows in apposition past a place phrase: "The sheikh
    # of Khawlan in Saada city, Yahya Muqit, reported that the forces advanced."
    (
        "وأفاد شيخ شمل خولان في مدينة صعدة، يحيى مقيت، عن تقدم القوات.",
        {"شيخ": "PER", "يحيى مقيت": "PER"},
        [("indirect", "تقدم القوات", "e1", "يحيى مقيت", "أفاد", None, None)],
    ),
    # A demonstrative ends the subject: "The court president justified this decision by saying that the
    # law allows it." (speaker text without the object)
    (
        "وبررت رئيسة المحكمة هذا القرار بأن القانون يسمح به.",
        {},
        [("indirect", "القانون يسمح به", None, "رئيسة المحكمة", "برر", None, None)],
    ),
    # A verb in a relative clause speaks for the person before the pronoun; a possessed noun after the
    # verb is its object; دعا takes a ل complement: "The party backed Jim Gray, the mayor, who withdrew
    # and called on his supporters to back McGrath."
    (
        "وأيد الحزب جيم جراي رئيس البلدية، الذي انسحب من السباق ودعا أنصاره لتأييد مكجراث.",
        {"جيم جراي": "PER", "مكجراث": "PER"},
        [("indirect", "تأييد مكجراث", "e0", "جيم جراي", "دعا", None, None)],
    ),
    # A plural verb has its subject dropped; the name after it is the object: "Activists protested the
    # visit and called on President Reuven Rivlin not to receive him."
    (
        "واحتج ناشطون على الزيارة، ودعوا الرئيس رؤوفين ريفلين إلى عدم استقباله.",
        {"رؤوفين ريفلين": "PER"},
        [("indirect", "عدم استقباله", None, None, "دعا", None, None)],
    ),
    # A relative clause right after a named body speaks for it (Forbes, an outlet of the lexicon, also
    # relays); وفق ما أفاد به: "Iran benefits, according to Forbes, which pointed to gains, as our
    # correspondent reported."
    (
        "وقال خالد العلي إن إيران تستفيد. وذلك وفق فوربس التي أشارت إلى مكاسب إيرانية.",
        {"خالد العلي": "PER", "فوربس": "ORG"},
        [
            ("indirect", "إيران تستفيد", "e0", "خالد العلي", "قال", None, None),
            ("indirect", "مكاسب إيرانية", "e1", "فوربس", "أشار", "e1", "فوربس"),
        ],
    ),
    (
        "وقتل أربعة أشخاص في القصف، وفق ما أفاد به مراسلنا.",
        {},
        [("indirect", "قتل أربعة أشخاص في القصف", None, "مراسلنا", "أفاد", None, None)],
    ),
    # A title cut at a preposition is followed by its name: "The US ambassador to the UN Nikki Haley said
    # in a statement: 'the council must take a united stand'."
    (
        'وقالت السفيرة الأميركية لدى الأمم المتحدة نيكي هيلي في بيان "على المجلس اتخاذ موقف موحد".',
        {"الأمم المتحدة": "ORG", "نيكي هيلي": "PER"},
        [("direct", "على المجلس اتخاذ موقف موحد", "e1", "نيكي هيلي", "قال", None, None)],
    ),
    # An imperfect verb inside another quote's content is no quote of its own: "The EU stated that the
    # evidence points to a chemical attack."
    (
        "ذكر الاتحاد الأوروبي أن الأدلة تشير إلى شن هجوم كيماوي.",
        {"الاتحاد الأوروبي": "ORG"},
        [("indirect", "الأدلة تشير إلى شن هجوم كيماوي", "e0", "الاتحاد الأوروبي", "ذكر", None, None)],
    ),
    # بأن after a verb whose only complement is ب+أن; a name that splits like a verb (سيرينا) is no verb:
    # "Serena attacked the umpire and described him as 'a liar'."
    (
        'وهاجمت سيرينا الحكم ووصفته بأنه "كاذب" وأنه "سرق نقطة منها".',
        {"سيرينا": "PER"},
        [("indirect", '"كاذب" وأنه "سرق نقطة منها"', "e0", "سيرينا", "وصف", None, None)],
    ),
    # نفى takes a noun-phrase object after the subject and a weekday: "President John Smith denied, on
    # Thursday, any knowledge of the payments." A bare demonstrative is no content.
    (
        "نفى الرئيس جون سميث، الخميس، علمه بأي أموال دفعت.",
        {"جون سميث": "PER"},
        [("indirect", "علمه بأي أموال دفعت", "e0", "جون سميث", "نفى", None, None)],
    ),
    ("ونفى الجيش ذلك.", {}, []),
    # In a relative clause on a named body, the object ends at the clause's comma and the body speaks:
    # "Moscow, which strongly denies any involvement in the incident, responded by expelling diplomats."
    (
        "وردت موسكو، التي تنفي بشدة أي ضلوع لها في الحادث، بطرد دبلوماسيين.",
        {"موسكو": "LOC"},
        [("indirect", "أي ضلوع لها في الحادث", "e0", "موسكو", "نفى", None, None)],
    ),
    # A pro-dropped verb shares the subject of the verb opening its sentence (VSO): "Moscow denied it.
    # Russian FM Sergei Lavrov condemned the accusations and described them as 'a reckless provocation'."
    (
        "وقالت موسكو إن الاتهام باطل. واستنكر وزير الخارجية الروسي سيرغي لافروف الاتهامات ووصفها بأنها "
        '"استفزاز طائش وبشع".',
        {"موسكو": "LOC", "سيرغي لافروف": "PER"},
        [
            ("indirect", "الاتهام باطل", "e0", "موسكو", "قال", None, None),
            ("direct", "استفزاز طائش وبشع", "e1", "سيرغي لافروف", "وصف", None, None),
        ],
    ),
    # A body right after the verb opening the sentence is the subject a later pro-dropped verb shares:
    # "Lynn Maalouf said the pledges are void. Amnesty International reviewed cases in which it found that
    # the services did not respect rights."
    (
        "وقالت لين معلوف إن التعهدات باطلة. واستعرضت منظمة العفو الدولية حالات رأت فيها أن الأجهزة لم تحترم "
        "الحقوق.",
        {"لين معلوف": "PER", "منظمة العفو الدولية": "ORG"},
        [
            ("indirect", "التعهدات باطلة", "e0", "لين معلوف", "قال", None, None),
            ("indirect", "الأجهزة لم تحترم الحقوق", "e1", "منظمة العفو الدولية", "رأى", None, None),
        ],
    ),
    # A doubled و typed twice still reads the verb: "Lavrov said no. And he added that the agencies may
    # be involved."
    (
        "وقال لافروف إن الاتهام باطل. ووأضاف أن الوكالات ربما تكون متورطة.",
        {"لافروف": "PER"},
        [
            ("indirect", "الاتهام باطل", "e0", "لافروف", "قال", None, None),
            ("indirect", "الوكالات ربما تكون متورطة", "e0", "لافروف", "أضاف", None, None),
        ],
    ),
    # A statement noun after the verb is its object, the subject dropped: "Khaled al-Ali said the plan
    # failed. He described the minister's statements as 'lies'."
    (
        'وقال خالد العلي إن الخطة فشلت. ووصف تصريحات الوزير بأنها "كاذبة".',
        {"خالد العلي": "PER"},
        [
            ("indirect", "الخطة فشلت", "e0", "خالد العلي", "قال", None, None),
            ("direct", "كاذبة", "e0", "خالد العلي", "وصف", None, None),
        ],
    ),
    # A spokesperson title stays the unnamed spokesperson; "spokesman for the president John Smith" does
    # not give Smith that title: "A spokesman for President John Smith said the visit will take place. The
    # spokesman said the date was not set."
    (
        "وقال متحدث باسم الرئيس جون سميث إن الزيارة ستتم. وقال الناطق إن الموعد لم يحدد.",
        {"جون سميث": "PER"},
        [
            ("indirect", "الزيارة ستتم", None, "متحدث باسم الرئيس جون سميث", "قال", None, None),
            ("indirect", "الموعد لم يحدد", None, "متحدث باسم الرئيس جون سميث", "قال", None, None),
        ],
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
    # A poll is no source, also in a relative clause: "He won by a smaller margin than the polls expected,
    # which pointed to a twenty-point win."
    ("وفاز المرشح بفارق أقل مما كانت تتوقعه استطلاعات الرأي التي أشارت إلى فوزه بفارق كبير.", {}),
    # A negated report is no quote: "He did not reveal the reason for the decision."
    ("ولم يكشف الوزير عن سبب القرار.", {}),
    # تابعة "belonging to" is not تابع + pronoun: "A plane belonging to the airline hit another plane."
    ('اصطدمت طائرة تابعة لشركة الطيران في "المدرج الشمالي للمطار الدولي".', {}),
]

VIA = [
    # بحسب وكالة "الأناضول", the agency an ORG entity: "Erdoğan said the lira will recover soon, according
    # to Anadolu."
    (
        'وقال أردوغان إن الليرة ستتعافى قريبا، بحسب وكالة "الأناضول".',
        {"أردوغان": "PER", "الأناضول": "ORG"},
        [("indirect", "الليرة ستتعافى قريبا", "e0", "أردوغان", "قال", "e1", "الأناضول")],
    ),
    # نقلت … عن … قولها: "Reuters quoted informed sources as saying the deal is imminent." The sources
    # said it (قولها → قال), Reuters relayed it.
    (
        "ونقلت وكالة رويترز عن مصادر مطلعة قولها إن الاتفاق بات وشيكا.",
        {"رويترز": "ORG"},
        [("indirect", "الاتفاق بات وشيكا", None, "مصادر مطلعة", "قال", "e0", "رويترز")],
    ),
    # A bare بحسب with a relay verb takes its lemma: "The incident caused no injuries, as the Daily Sabah
    # site reported."
    (
        'ولم يسفر الحادث عن إصابات، وفق ما ذكر موقع "ديلي صباح" التركي.',
        {},
        [("indirect", "لم يسفر الحادث عن إصابات", None, "ديلي صباح", "ذكر", None, "ديلي صباح")],
    ),
    # An interview named before the verb relays the quote: "In an interview with France 24, Macron said
    # the facts are serious."
    (
        'وفي مقابلة مع قناة "فرانس 24"، قال ماكرون إن الحقائق خطيرة.',
        {"ماكرون": "PER"},
        [("indirect", "الحقائق خطيرة", "e0", "ماكرون", "قال", None, "فرانس 24")],
    ),
    # An attribution-only sentence after a quote is its relay: "'Qatar must pay,' he said. As carried by
    # the Saudi Press Agency."
    (
        'وقال الجبير: "على قطر أن تدفع الثمن". وفقا لما نقلته وكالة الأنباء السعودية الرسمية.',
        {"الجبير": "PER"},
        [("direct", "على قطر أن تدفع الثمن", "e0", "الجبير", "قال", None, "وكالة الأنباء السعودية")],
    ),
    # ل + outlet after the subject, the outlet not an entity: "Field sources told Sky News Arabia that
    # fierce battles took place."
    (
        'وذكرت مصادر ميدانية لـ"سكاي نيوز عربية"، أن معارك عنيفة دارت في محيط المطار.',
        {},
        [
            (
                "indirect",
                "معارك عنيفة دارت في محيط المطار",
                None,
                "مصادر ميدانية",
                "ذكر",
                None,
                "سكاي نيوز عربية",
            )
        ],
    ),
    # A cue whose outlet has a glued ل and quotation marks ends the content and is its relay: "The
    # minister added that the deal holds, according to Reuters."
    (
        'وأضاف الوزير خالد العلي أن الاتفاق صامد، وفقا لوكالة "رويترز".',
        {"خالد العلي": "PER", "رويترز": "ORG"},
        [("indirect", "الاتفاق صامد", "e0", "خالد العلي", "أضاف", "e1", "رويترز")],
    ),
    # The إن inside an outlet's name is no complementizer: "Khaled al-Ali told CNN that the talks go on."
    (
        'وقال خالد العلي لشبكة "سي إن إن" إن المحادثات مستمرة.',
        {"خالد العلي": "PER"},
        [("indirect", "المحادثات مستمرة", "e0", "خالد العلي", "قال", None, "سي إن إن")],
    ),
    # An unnamed outlet with an indefinite adjective: "She said the negotiations go on, as a news site
    # reported."
    (
        "وقالت سارة حداد إن المفاوضات مستمرة، حسبما ذكر موقع إخباري.",
        {"سارة حداد": "PER"},
        [("indirect", "المفاوضات مستمرة", "e0", "سارة حداد", "قال", None, "موقع إخباري")],
    ),
    # A bracketed agency name: "IRNA quoted Sara Haddad as saying the sanctions failed."
    (
        "ونقلت وكالة أنباء (إرنا) عن سارة حداد قولها إن العقوبات فشلت.",
        {"سارة حداد": "PER"},
        [("indirect", "العقوبات فشلت", "e0", "سارة حداد", "قال", None, "إرنا")],
    ),
    # A quoted other name of the same outlet belongs to the relay: "Al-Jubeir considered, in remarks to the
    # British Broadcasting Corporation "BBC", that the war is just."
    (
        'واعتبر عادل الجبير في تصريحات لهيئة الإذاعة البريطانية "بي بي سي" أن الحرب عادلة.',
        {"عادل الجبير": "PER"},
        [
            (
                "indirect",
                "الحرب عادلة",
                "e0",
                "عادل الجبير",
                "اعتبر",
                None,
                'هيئة الإذاعة البريطانية "بي بي سي"',
            )
        ],
    ),
    # The outlet that opens the sentence is the subject of its pro-dropped reporting verb: "Local media
    # published pictures of the incident, which they said were taken yesterday."
    (
        "ونشرت وسائل إعلام محلية صورا للحادث، قالت إنها التقطت أمس.",
        {},
        [("indirect", "التقطت أمس", None, "وسائل إعلام محلية", "قال", None, "وسائل إعلام محلية")],
    ),
    # The verb search steps over a quoted outlet name: "Time magazine quoted Trump as saying: 'you will
    # win again'." and "Trump told Time: 'we will win again'."
    (
        'ونقلت مجلة "تايم" عن جون سميث قوله: "سنفوز مجددا".',
        {"جون سميث": "PER"},
        [("direct", "سنفوز مجددا", "e0", "جون سميث", "قال", None, "تايم")],
    ),
    (
        'وقال جون سميث لمجلة "تايم": "سنفوز مجددا".',
        {"جون سميث": "PER"},
        [("direct", "سنفوز مجددا", "e0", "جون سميث", "قال", None, "تايم")],
    ),
    # An outlet from the lexicon without a type noun: "Bild reported that the authorities are studying a
    # request."
    (
        "وذكرت بيلد أن السلطات تدرس طلبا جديدا.",
        {},
        [("indirect", "السلطات تدرس طلبا جديدا", None, "بيلد", "ذكر", None, "بيلد")],
    ),
    # A bare definite type noun refers back to the outlet (إلى is no adjective of it): "SANA reported that
    # missiles fell. The agency pointed out that the airport was targeted."
    (
        "وذكرت وكالة سانا أن صواريخ سقطت. وأشارت الوكالة إلى أن المطار استهدف.",
        {"سانا": "ORG"},
        [
            ("indirect", "صواريخ سقطت", "e0", "سانا", "ذكر", "e0", "سانا"),
            ("indirect", "المطار استهدف", "e0", "سانا", "أشار", "e0", "سانا"),
        ],
    ),
    # A correspondent of a named outlet relays; the sources after عن speak: "The Sky News Arabia
    # correspondent quoted Yemeni sources as saying the forces took the valley."
    (
        'ونقل مراسل "سكاي نيوز عربية" عن مصادر يمنية قولها إن القوات سيطرت على الوادي.',
        {},
        [("indirect", "القوات سيطرت على الوادي", None, "مصادر يمنية", "قال", None, "سكاي نيوز عربية")],
    ),
    # An unnamed source of a named outlet is relayed by it: "The reinforcements set off to the front, as
    # sources of Sky News Arabia stated." and "The Sky News Arabia correspondent reported that the strikes
    # hit two sites." (the correspondent is the unnamed speaker, not the outlet)
    (
        'وانطلقت التعزيزات إلى الجبهة، حسبما أفادت مصادر "سكاي نيوز عربية".',
        {},
        [("indirect", "انطلقت التعزيزات إلى الجبهة", None, "مصادر", "أفاد", None, "سكاي نيوز عربية")],
    ),
    (
        "وذكر مراسل سكاي نيوز عربية أن الغارات استهدفت موقعين.",
        {"سكاي نيوز عربية": "ORG"},
        [("indirect", "الغارات استهدفت موقعين", None, "مراسل سكاي نيوز", "ذكر", "e0", "سكاي نيوز عربية")],
    ),
    # An outlet mention that holds its type noun (the NER took وكالة into the name) speaks and relays:
    # "The Tunis Afrique Presse agency reported that the plane fell near the base."
    (
        "وذكرت وكالة تونس أفريقيا للأنباء أن الطائرة سقطت قرب القاعدة.",
        {"وكالة تونس أفريقيا للأنباء": "ORG"},
        [
            (
                "indirect",
                "الطائرة سقطت قرب القاعدة",
                "e0",
                "وكالة تونس أفريقيا للأنباء",
                "ذكر",
                "e0",
                "وكالة تونس أفريقيا للأنباء",
            )
        ],
    ),
    # The outlet speaks and relays where it is named; a pro-dropped verb after it has no relay of its own
    # (bench/gold/QUOTES.md: via when the same sentence names it): "Le Monde said the picture stirred a
    # debate. It added that the president did not comment."
    (
        'وقالت صحيفة "لوموند" إن الصورة أثارت جدلا. وأضافت أن الرئيس لم يعلق.',
        {"لوموند": "ORG"},
        [
            ("indirect", "الصورة أثارت جدلا", "e0", "لوموند", "قال", "e0", "لوموند"),
            ("indirect", "الرئيس لم يعلق", "e0", "لوموند", "أضاف", None, None),
        ],
    ),
    # A participle quote in the same sentence goes through the same relay: "Reuters quoted medical
    # sources as saying the injured man died, explaining that his wife was lightly hurt."
    (
        "ونقلت وكالة رويترز عن مصادر طبية قولها إن المصاب توفي، موضحة أن زوجته أصيبت بجروح طفيفة.",
        {"رويترز": "ORG"},
        [
            ("indirect", "المصاب توفي", None, "مصادر طبية", "قال", "e0", "رويترز"),
            ("indirect", "زوجته أصيبت بجروح طفيفة", None, "مصادر طبية", "أوضح", "e0", "رويترز"),
        ],
    ),
    # على ما أوردت X "as X reported" relays the quote before it and ends an indirect quote's content:
    # "Pence said 'we are ready to help', as Reuters reported." / "… that his country is ready to help, …"
    (
        'وقال بنس "نحن مستعدون للمساعدة"، على ما أوردت "رويترز".',
        {"بنس": "PER", "رويترز": "ORG"},
        [("direct", "نحن مستعدون للمساعدة", "e0", "بنس", "قال", "e1", "رويترز")],
    ),
    (
        "وقال بنس إن بلاده مستعدة للمساعدة، على ما أوردت وكالة رويترز.",
        {"بنس": "PER"},
        [("indirect", "بلاده مستعدة للمساعدة", "e0", "بنس", "قال", None, "رويترز")],
    ),
    # A nominal attribution in a sentence with a direct quote relays it: "According to Marca, Ramos
    # explained: 'in Argentina they know the truth'."
    (
        'ووفقا لصحيفة "ماركا" الإسبانية، أوضح راموس: "في الأرجنتين يعلمون الحقيقة".',
        {"ماركا": "ORG", "راموس": "PER"},
        [("direct", "في الأرجنتين يعلمون الحقيقة", "e1", "راموس", "أوضح", "e0", "ماركا")],
    ),
    # A quoted name as the subject: "AS of Madrid reported that representatives met the player."
    (
        'وذكرت "أس" المدريدية أن ممثلين عن النادي التقوا اللاعب.',
        {"أس": "ORG"},
        [("indirect", "ممثلين عن النادي التقوا اللاعب", "e0", "أس", "ذكر", None, None)],
    ),
    # A site (موقع الحادث "the scene") and social media are no outlets: "Khaled al-Ali said at the scene
    # / on social media that the blast was strong."
    (
        "وقال خالد العلي في موقع الحادث إن الانفجار كان قويا.",
        {"خالد العلي": "PER"},
        [("indirect", "الانفجار كان قويا", "e0", "خالد العلي", "قال", None, None)],
    ),
    (
        "وقال خالد العلي عبر مواقع التواصل الاجتماعي إن الانفجار كان قويا.",
        {"خالد العلي": "PER"},
        [("indirect", "الانفجار كان قويا", "e0", "خالد العلي", "قال", None, None)],
    ),
    # Spoken to, an outlet whose name is also a common word needs no type noun; after an interview noun
    # any short quoted name is the outlet; an addressee is not: "Khaled al-Ali told Al Jazeera / said in
    # remarks to 'Erem News' / told the journalists that the talks go on."
    (
        'وقال خالد العلي لـ"الجزيرة" إن المفاوضات مستمرة.',
        {"خالد العلي": "PER"},
        [("indirect", "المفاوضات مستمرة", "e0", "خالد العلي", "قال", None, "الجزيرة")],
    ),
    (
        "وقال خالد العلي للجزيرة إن المفاوضات مستمرة.",
        {"خالد العلي": "PER"},
        [("indirect", "المفاوضات مستمرة", "e0", "خالد العلي", "قال", None, "الجزيرة")],
    ),
    (
        'وأكد خالد العلي في تصريحات لـ"إرم نيوز" أن المفاوضات مستمرة.',
        {"خالد العلي": "PER"},
        [("indirect", "المفاوضات مستمرة", "e0", "خالد العلي", "أكد", None, "إرم نيوز")],
    ),
    (
        "وقال خالد العلي للصحفيين إن المفاوضات مستمرة.",
        {"خالد العلي": "PER"},
        [("indirect", "المفاوضات مستمرة", "e0", "خالد العلي", "قال", None, None)],
    ),
    # A sports daily of the outlet lexicon: "Marca reported that the player will stay at the club."
    (
        "وذكرت ماركا أن اللاعب سيبقى في النادي.",
        {},
        [("indirect", "اللاعب سيبقى في النادي", None, "ماركا", "ذكر", None, "ماركا")],
    ),
    # An outlet as subject speaks and relays: "The New York Times reported that the White House is
    # weighing new sanctions."
    (
        'ذكرت صحيفة "نيويورك تايمز" أن البيت الأبيض يدرس فرض عقوبات جديدة.',
        {"نيويورك تايمز": "ORG"},
        [
            (
                "indirect",
                "البيت الأبيض يدرس فرض عقوبات جديدة",
                "e0",
                "نيويورك تايمز",
                "ذكر",
                "e0",
                "نيويورك تايمز",
            )
        ],
    ),
]


ENDS = [
    # A reporting verb in a relative clause: the clause, and the content, end at its comma; a source noun
    # before the relative (القانون) is no subject when the verb has its own: "Article 265 of the law, which
    # Iran says rests on Islamic law, provides that the penalty is flogging."
    (
        "وتنص المادة 265 من القانون، الذي تقول إيران إنه يستند للشريعة الإسلامية، على أن العقوبة هي الجلد.",
        {"إيران": "LOC"},
        [("indirect", "يستند للشريعة الإسلامية", "e0", "إيران", "قال", None, None)],
    ),
    # An imperfect verb with its subject after it, right after a noun, describes that noun: "acts that
    # Amnesty says should not be criminalised at all, such as adultery."
    (
        "وهناك أفعال تقول منظمة العفو إنه لا يجب تجريمها بالأساس، مثل الزنا.",
        {"منظمة العفو": "ORG"},
        [("indirect", "لا يجب تجريمها بالأساس", "e0", "منظمة العفو", "قال", None, None)],
    ),
    # The noun before a plural verb with no subject after it is its subject (SVO), not a described noun:
    # the content runs to the sentence end. "But military analysts see that technology decides, at a time
    # when wars rely on science."
    (
        "لكن محللين عسكريين يرون أن التفوق التكنولوجي حاسم، بوقت أصبحت الحروب تعتمد على العلم.",
        {},
        [
            (
                "indirect",
                "التفوق التكنولوجي حاسم، بوقت أصبحت الحروب تعتمد على العلم",
                None,
                "محللين عسكريين",
                "رأى",
                None,
                None,
            )
        ],
    ),
    # A feminine circumstantial participle with its object, agreeing with a feminine verb, ends the
    # content: "May pointed to a high likelihood of Moscow's involvement, giving Russia until Tuesday."
    (
        "وأشارت ماي إلى وجود احتمال كبير في تورط موسكو، ممهلة روسيا حتى الثلاثاء للرد.",
        {"ماي": "PER", "موسكو": "LOC", "روسيا": "LOC"},
        [("indirect", "وجود احتمال كبير في تورط موسكو", "e0", "ماي", "أشار", None, None)],
    ),
    # Not a verbal noun مفاعلة nor an adjective before its preposition: "Moscow announced that the
    # organisation did not back its request, an attempt to divert attention." / "Reports said Pyongyang
    # is ready to discuss disarmament."
    (
        "وأعلنت موسكو أن المنظمة لم تدعم طلبها، محاولة لتحويل الانتباه.",
        {"موسكو": "LOC"},
        [("indirect", "المنظمة لم تدعم طلبها، محاولة لتحويل الانتباه", "e0", "موسكو", "أعلن", None, None)],
    ),
    (
        "وذكرت تقارير أن بيونغ يانغ، مستعدة لمناقشة نزع السلاح.",
        {"بيونغ يانغ": "LOC"},
        [("indirect", "بيونغ يانغ، مستعدة لمناقشة نزع السلاح", None, "تقارير", "ذكر", None, None)],
    ),
]

PREVERBAL = [
    # لكنّ opens a clause with its subject before the verb: "But the National Weather Service said the
    # hurricane is moving toward the islands."
    (
        "ولكن الهيئة الوطنية للطقس قالت إن الإعصار يتحرك صوب الجزر.",
        {},
        [("indirect", "الإعصار يتحرك صوب الجزر", None, "الهيئة الوطنية للطقس", "قال", None, None)],
    ),
    # A name in apposition past rank words speaks for the body: "The spokesman of the coalition forces,
    # Staff Colonel Turki al-Maliki, said the defences intercepted a missile."
    (
        "وقال المتحدث باسم قوات التحالف، العقيد الركن تركي المالكي، إن الدفاعات اعترضت صاروخا.",
        {"قوات التحالف": "ORG", "تركي المالكي": "PER"},
        [("indirect", "الدفاعات اعترضت صاروخا", "e1", "تركي المالكي", "قال", None, None)],
    ),
    # An accusative participle after the verb is no subject (the addressee follows it): "John Smith said
    # the situation is hard. He said, addressing Trump: 'we stay here to the end'." / "He went on,
    # joking: 'we can control that'."
    (
        'وقال جون سميث إن الوضع صعب. وقال مخاطبا ترامب "سنبقى هنا حتى النهاية".',
        {"جون سميث": "PER", "ترامب": "PER"},
        [
            ("indirect", "الوضع صعب", "e0", "جون سميث", "قال", None, None),
            ("direct", "سنبقى هنا حتى النهاية", "e0", "جون سميث", "قال", None, None),
        ],
    ),
    (
        'وقال خالد العلي إن الوضع صعب. وتابع ممازحا "لدينا القدرة على التحكم في ذلك".',
        {"خالد العلي": "PER"},
        [
            ("indirect", "الوضع صعب", "e0", "خالد العلي", "قال", None, None),
            ("direct", "لدينا القدرة على التحكم في ذلك", "e0", "خالد العلي", "تابع", None, None),
        ],
    ),
    # A title no one in the article holds yet (the NER missed the name after it) keeps its words: "The
    # Emirati ambassador to the UN, Lana Nusseibeh, said the coalition wants stability."
    (
        "وقالت السفيرة الإماراتية لدى الأمم المتحدة لانا نسيبة إن التحالف يريد الاستقرار.",
        {},
        [("indirect", "التحالف يريد الاستقرار", None, "السفيرة الإماراتية", "قال", None, None)],
    ),
]

GLUED_DOTS = [
    # The dot of تي.إف is inside an acronym, not a sentence end (stages/segment.py): "Jean Smith
    # told the TF1 channel before the march: 'we will keep striking to the end'."
    (
        'وقال جون سميث لمحطة تي.إف 1 التلفزيونية قبل المسيرة "سنواصل الإضراب حتى النهاية".',
        {"جون سميث": "PER"},
        [("direct", "سنواصل الإضراب حتى النهاية", "e0", "جون سميث", "قال", None, "تي.إف 1")],
    ),
    # The إن of a dotted outlet name is no complementizer: "CNN Türk television reported that Ankara and
    # Washington reached a deal."
    (
        "وذكر تلفزيون (سي.إن.إن ترك) أن أنقرة وواشنطن توصلتا إلى اتفاق.",
        {},
        [("indirect", "أنقرة وواشنطن توصلتا إلى اتفاق", None, "سي.إن.إن ترك", "ذكر", None, "سي.إن.إن ترك")],
    ),
]

QUOTE_THEN_VERB = [
    # A quoted phrase before a verb that has its own complement is not that verb's quote: "Commenting on
    # the 'plane controversy', Erdoğan said recently that the emir gave the aircraft to the state."
    (
        'وفي تعليقه على "جدل الطائرة"، قال أردوغان مؤخرا إن الأمير أهدى الطائرة للدولة.',
        {"أردوغان": "PER"},
        [("indirect", "الأمير أهدى الطائرة للدولة", "e0", "أردوغان", "قال", None, None)],
    ),
]

MASDAR = [
    # A verbal noun with its genitive speaker and complement reports (bench/gold/QUOTES.md), after a
    # preposition too: "The minister mocked Britain's claims that there is no alternative explanation."
    (
        "وسخر الوزير من مزاعم بريطانيا بأنه لا يوجد تفسير بديل.",
        {"بريطانيا": "LOC"},
        [("indirect", "لا يوجد تفسير بديل", "e0", "بريطانيا", "زعم", None, None)],
    ),
    # An unnamed genitive: "Regarding activists' calls to end arms exports, the spokesman said …"
    (
        "وإزاء دعوات ناشطين إلى إنهاء تصدير السلاح، قال المتحدث إن المملكة تراقب الصادرات.",
        {},
        [
            ("indirect", "إنهاء تصدير السلاح", None, "ناشطين", "دعا", None, None),
            ("indirect", "المملكة تراقب الصادرات", None, "المتحدث", "قال", None, None),
        ],
    ),
    # The verbal noun's speaker is no topic for a later pro-dropped verb: "Lavrov said the accusations are
    # void. He rejected Britain's claims that Moscow was involved. He added that the inquiry is biased."
    (
        "وقال لافروف إن الاتهامات باطلة. ورفض مزاعم بريطانيا بأن موسكو متورطة. وأضاف أن التحقيق منحاز.",
        {"لافروف": "PER", "بريطانيا": "LOC", "موسكو": "LOC"},
        [
            ("indirect", "الاتهامات باطلة", "e0", "لافروف", "قال", None, None),
            ("indirect", "موسكو متورطة", "e1", "بريطانيا", "زعم", None, None),
            ("indirect", "التحقيق منحاز", "e0", "لافروف", "أضاف", None, None),
        ],
    ),
    # A verbal noun in passing governs no direct quote: "Khaled al-Ali said, replying to the opposition's
    # accusations: 'we will not go back on the decision'."
    (
        'وقال خالد العلي، ردا على اتهامات المعارضة: "لن نتراجع عن القرار".',
        {"خالد العلي": "PER"},
        [("direct", "لن نتراجع عن القرار", "e0", "خالد العلي", "قال", None, None)],
    ),
    # The verbal noun sits in a noun phrase: its content ends at the first comma. "The court rejected
    # demands of rights groups to force the army to stop firing, after dozens were killed."
    (
        "ورفضت المحكمة مطالب منظمات حقوقية بإجبار الجيش على التوقف عن إطلاق النار، بعد أن قتل العشرات.",
        {},
        [("indirect", "إجبار الجيش على التوقف عن إطلاق النار", None, "منظمات حقوقية", "طالب", None, None)],
    ),
    # Without a genitive speaker there is no report: "The president extended an invitation to dialogue."
    ("ووجه الرئيس دعوة إلى الحوار.", {}, []),
]


@pytest.mark.parametrize(
    ("text", "entities", "expected"),
    DIRECT + INDIRECT + SPANS + SPEAKERS + VIA + MASDAR + ENDS + PREVERBAL + GLUED_DOTS + QUOTE_THEN_VERB,
)
def test_quotes(text: str, entities: dict[str, str], expected: list[tuple[Any, ...]]) -> None:
    assert quotes(text, entities) == expected


@pytest.mark.parametrize(("text", "entities"), NOT_QUOTES)
def test_not_quotes(text: str, entities: dict[str, str]) -> None:
    assert quotes(text, entities) == []


@pytest.mark.parametrize("text", SCARE)
def test_scare_quotes_are_not_quotes(text: str) -> None:
    assert quotes(text) == []


def test_anaphoric_agency_and_cited_outlets() -> None:
    # "MENA said 8 people died. The agency quoted Amjad Abdel Fattah, Port Said security chief, as saying:
    # 'Ten ambulances were sent'." الوكالة refers back to the agency named before.
    text = (
        "قالت وكالة أنباء الشرق الأوسط إن 8 أشخاص لقوا حتفهم. ونقلت الوكالة عن أمجد عبد الفتاح، "
        'مدير أمن بورسعيد، قوله: "تم الدفع بعشر سيارات إسعاف".'
    )
    article = _stage()(build(text, {"أمجد عبد الفتاح": "PER"}))
    got = [
        (q.kind, article.span_text(q.span), q.speaker, q.speaker_text, q.verb, q.via_text)
        for q in article.quotes
    ]
    agency = "وكالة أنباء الشرق الأوسط"
    assert got == [
        ("indirect", "8 أشخاص لقوا حتفهم", None, agency, "قال", agency),
        ("direct", "تم الدفع بعشر سيارات إسعاف", "e0", "أمجد عبد الفتاح", "قال", agency),
    ]
    assert cited_outlets(article) == ("أنباء الشرق الأوسط",)


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
    # "The Israeli army said in a statement that it targeted two tunnels."
    ("وقال الجيش الإسرائيلي في بيان إنه استهدف نفقين.", {}, ["الجيش الإسرائيلي"]),
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
