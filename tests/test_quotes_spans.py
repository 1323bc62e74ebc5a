"""The quotes stage on where quotes start and end: spans, ends, abbreviation dots, verbs after the quote
and verbal nouns."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_quotes import quotes

SPANS = [
    # After a reported clause, a comma and an opening mark start the speaker's own words, a direct quote of
    # the same verb: "He explained he was tired, 'but I was glad that the shop stayed open'."
    (
        'وأوضح خالد العلي أنه كان متعبا، "لكنني كنت سعيدا لأن المتجر بقي مفتوحا".',
        {"خالد العلي": "PER"},
        [
            ("indirect", "كان متعبا", "e0", "خالد العلي", "أوضح", None, None),
            ("direct", "لكنني كنت سعيدا لأن المتجر بقي مفتوحا", "e0", "خالد العلي", "أوضح", None, None),
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

ENDS = [
    # A reporting verb in a relative clause: the clause, and the content, end at its comma; a source noun
    # before the relative (القانون) is no subject when the verb has its own: "Article 41 of the constitution,
    # which Turkey says rests on the republic's values, provides that schooling is compulsory."
    (
        "وتنص المادة 41 من الدستور، الذي تقول تركيا إنه يستند لقيم الجمهورية، على أن التعليم إلزامي.",
        {"تركيا": "LOC"},
        [("indirect", "يستند لقيم الجمهورية", "e0", "تركيا", "قال", None, None)],
    ),
    # An imperfect verb with its subject after it, right after a noun, describes that noun: "offences that
    # the bar association says should not be punished by prison, such as late payment."
    (
        "وهناك مخالفات تقول نقابة المحامين إنه لا ينبغي معاقبتها بالسجن، مثل التأخر في الدفع.",
        {"نقابة المحامين": "ORG"},
        [("indirect", "لا ينبغي معاقبتها بالسجن", "e0", "نقابة المحامين", "قال", None, None)],
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
    # content: "Mona pointed to a strong chance of a delay in Oslo, giving Norway until Friday."
    (
        "وأشارت منى إلى وجود فرصة قوية لتأجيل الموعد في أوسلو، ممهلة النرويج حتى الجمعة للرد.",
        {"منى": "PER", "أوسلو": "LOC", "النرويج": "LOC"},
        [("indirect", "وجود فرصة قوية لتأجيل الموعد في أوسلو", "e0", "منى", "أشار", None, None)],
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

GLUED_DOTS = [
    # The dot of تي.إف is inside an acronym, not a sentence end (stages/segment.py): "Jean Smith
    # told the TF1 channel before the march: 'we will keep striking to the end'."
    (
        'وقال جون سميث لمحطة تي.إف 1 التلفزيونية قبل المسيرة "سنواصل الإضراب حتى النهاية".',
        {"جون سميث": "PER"},
        [("direct", "سنواصل الإضراب حتى النهاية", "e0", "جون سميث", "قال", None, "تي.إف 1")],
    ),
    # The إن of a dotted outlet name is no complementizer: "CNN Türk television reported that the two
    # clubs signed the contract."
    (
        "وذكر تلفزيون (سي.إن.إن ترك) أن الناديين وقعا العقد.",
        {},
        [("indirect", "الناديين وقعا العقد", None, "سي.إن.إن ترك", "ذكر", None, "سي.إن.إن ترك")],
    ),
]

QUOTE_THEN_VERB = [
    # A quoted phrase before a verb that has its own complement is not that verb's quote: "Commenting on
    # the 'bridge crisis', Kemal Yilmaz said yesterday that the municipality finished the repairs early."
    (
        'وفي تعليقه على "أزمة الجسر"، قال كمال يلماز أمس إن البلدية أنهت الترميم قبل موعده.',
        {"كمال يلماز": "PER"},
        [("indirect", "البلدية أنهت الترميم قبل موعده", "e0", "كمال يلماز", "قال", None, None)],
    ),
]

MASDAR = [
    # A verbal noun with its genitive speaker and complement reports (bench/gold/QUOTES.md), after a
    # preposition too: "The minister mocked France's claims that the northern pass is shut."
    (
        "وسخر الوزير من مزاعم فرنسا بأن الممر الشمالي مغلق.",
        {"فرنسا": "LOC"},
        [("indirect", "الممر الشمالي مغلق", "e0", "فرنسا", "زعم", None, None)],
    ),
    # An unnamed genitive: "Regarding farmers' calls to lower water prices, the spokesman said …"
    (
        "وإزاء دعوات مزارعين إلى خفض أسعار المياه، قال المتحدث إن الوزارة تدرس الطلب.",
        {},
        [
            ("indirect", "خفض أسعار المياه", None, "مزارعين", "دعا", None, None),
            ("indirect", "الوزارة تدرس الطلب", None, "المتحدث", "قال", None, None),
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
    # demands of labour unions to oblige the company to rehire the dismissed, after the strike dragged on."
    (
        "ورفضت المحكمة مطالب نقابات عمالية بإلزام الشركة بإعادة توظيف المفصولين، بعد أن طال الإضراب.",
        {},
        [("indirect", "إلزام الشركة بإعادة توظيف المفصولين", None, "نقابات عمالية", "طالب", None, None)],
    ),
    # Without a genitive speaker there is no report: "The president extended an invitation to dialogue."
    ("ووجه الرئيس دعوة إلى الحوار.", {}, []),
]

# A bare attribution's clause starts after the paragraph's dateline (marsad.quotes_datelines; session 10).
DATELINES = [
    # "New election bill ¶ Amman - (Petra) - Parliament passed the bill by a majority, a parliamentary
    # source said." (the agency form, after a title line)
    (
        "مشروع قانون جديد للانتخابات\n\nعمان - (بترا) - أقر مجلس النواب مشروع القانون بالأغلبية، وفق ما "
        "أفاد مصدر برلماني.",
        {},
        [("indirect", "أقر مجلس النواب مشروع القانون بالأغلبية", None, "مصدر برلماني", "أفاد", None, None)],
    ),
    # "Fire in the city market ¶ Aleppo - A big fire broke out in the old market, civil defence announced."
    (
        "حريق في سوق المدينة\n\nحلب - اندلع حريق كبير في السوق القديم، بحسب ما أعلن الدفاع المدني.",
        {"الدفاع المدني": "ORG"},
        [("indirect", "اندلع حريق كبير في السوق القديم", "e0", "الدفاع المدني", "أعلن", None, None)],
    ),
    # "Heavy rain in the north ¶ Tripoli - Water flooded dozens of homes, according to the National News
    # Agency." (a bare attribution to an outlet: no verb, the agency speaks and relays)
    (
        "أمطار غزيرة في الشمال\n\nطرابلس - غمرت المياه عشرات المنازل، وفق الوكالة الوطنية للإعلام.",
        {"الوكالة الوطنية للإعلام": "ORG"},
        [
            (
                "indirect",
                "غمرت المياه عشرات المنازل",
                "e0",
                "الوكالة الوطنية للإعلام",
                None,
                "e0",
                "الوكالة الوطنية للإعلام",
            )
        ],
    ),
    # A two-word city at the text's start: "Occupied Jerusalem - Five were wounded by army fire, according
    # to medical sources."
    (
        "القدس المحتلة - أصيب خمسة مواطنين برصاص الجيش، حسب مصادر طبية.",
        {},
        [("indirect", "أصيب خمسة مواطنين برصاص الجيش", None, "مصادر طبية", None, None, None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "entities", "expected"), SPANS + ENDS + GLUED_DOTS + QUOTE_THEN_VERB + MASDAR + DATELINES
)
def test_spans(text: str, entities: dict[str, str], expected: list[tuple[Any, ...]]) -> None:
    assert quotes(text, entities) == expected
