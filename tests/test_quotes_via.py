"""The quotes stage on relays: the outlets and agencies a statement was relayed through (via, via_text)
and the cited outlets."""

from __future__ import annotations

from typing import Any

import pytest

from marsad.attribution import cited_outlets
from tests.test_quotes import _stage, build, quotes

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
    # ل + outlet after the subject, the outlet not an entity: "Tribal sources told Sky News Arabia that
    # sporadic clashes took place near the port."
    (
        'وذكرت مصادر عشائرية لـ"سكاي نيوز عربية"، أن اشتباكات متقطعة وقعت قرب الميناء.',
        {},
        [
            (
                "indirect",
                "اشتباكات متقطعة وقعت قرب الميناء",
                None,
                "مصادر عشائرية",
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
    # A quoted other name of the same outlet belongs to the relay: "Nabil al-Khatib considered, in an
    # interview with the British Broadcasting Corporation "BBC", that the decision is right."
    (
        'واعتبر نبيل الخطيب في حديث لهيئة الإذاعة البريطانية "بي بي سي" أن القرار صائب.',
        {"نبيل الخطيب": "PER"},
        [
            (
                "indirect",
                "القرار صائب",
                "e0",
                "نبيل الخطيب",
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
    # correspondent quoted Libyan sources as saying the gunmen left the town."
    (
        'ونقل مراسل "سكاي نيوز عربية" عن مصادر ليبية قولها إن المسلحين انسحبوا من البلدة.',
        {},
        [("indirect", "المسلحين انسحبوا من البلدة", None, "مصادر ليبية", "قال", None, "سكاي نيوز عربية")],
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
        [
            (
                "indirect",
                "الغارات استهدفت موقعين",
                None,
                "مراسل سكاي نيوز عربية",
                "ذكر",
                "e0",
                "سكاي نيوز عربية",
            )
        ],
    ),
    # An outlet mention that holds its type noun (the NER took وكالة into the name) speaks and relays:
    # "The Tunis Afrique Presse agency reported that the bus overturned on the highway."
    (
        "وذكرت وكالة تونس أفريقيا للأنباء أن الحافلة انقلبت على الطريق السريع.",
        {"وكالة تونس أفريقيا للأنباء": "ORG"},
        [
            (
                "indirect",
                "الحافلة انقلبت على الطريق السريع",
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
    # A nominal attribution in a sentence with a direct quote relays it: "According to Marca, Pedro
    # explained: 'at the club they know my position'."
    (
        'ووفقا لصحيفة "ماركا" الإسبانية، أوضح بيدرو: "في النادي يعرفون موقفي".',
        {"ماركا": "ORG", "بيدرو": "PER"},
        [("direct", "في النادي يعرفون موقفي", "e1", "بيدرو", "أوضح", "e0", "ماركا")],
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
    # CNN's house style names its interviewer between the interview and the outlet: "That came in an
    # interview of Olmert with our colleague Christiane Amanpour for CNN, where he said: 'We will not
    # retreat'". CNN relays the quote; the interviewer (after الزميلة) is not the speaker.
    (
        'جاء ذلك في مقابلة حصرية للوزير مع الزميلة سارة نور لCNN حيث قال: "لن نتراجع عن قرارنا".',
        {"سارة نور": "PER", "CNN": "ORG"},
        [("direct", "لن نتراجع عن قرارنا", None, None, "قال", "e1", "CNN")],
    ),
    (
        "قال الوزير خالد العلي إن القرار نهائي. "
        'جاء ذلك في مقابلة للعلي مع الزميل فريد زكريا على CNN حيث قال: "لن نتراجع".',
        {"خالد العلي": "PER", "العلي": "PER", "فريد زكريا": "PER", "CNN": "ORG"},
        [
            ("indirect", "القرار نهائي", "e0", "خالد العلي", "قال", "e3", "CNN"),
            ("direct", "لن نتراجع", "e0", "خالد العلي", "قال", "e3", "CNN"),
        ],
    ),
    # على لسان "on the tongue of" names the source as عن does: "The official site of the movement quoted
    # Khaled al-Ali as saying: 'We will not give up our rights'." (before: the site spoke)
    (
        'ونقل الموقع الرسمي للحركة على لسان خالد العلي قوله: "لن نتنازل عن حقوقنا".',
        {"خالد العلي": "PER"},
        [("direct", "لن نتنازل عن حقوقنا", "e0", "خالد العلي", "قال", None, "الموقع الرسمي")],
    ),
    # The outlet told may stand far after the verb, past a title and a name set off by commas: "The move
    # comes, as the coalition's commander on the west coast, Brigadier Khaled al-Murri, told Sky News
    # Arabia, with the widening of operations."
    (
        "ويأتي هذا التحرك مع توسع العمليات، وفقا لما ذكره قائد قوات التحالف في الساحل الغربي لليمن، "
        'العميد الركن خالد المري، ل"سكاي نيوز عربية".',
        {"خالد المري": "PER"},
        [
            (
                "indirect",
                "يأتي هذا التحرك مع توسع العمليات",
                "e0",
                "خالد المري",
                "ذكر",
                None,
                "سكاي نيوز عربية",
            )
        ],
    ),
    # A reporter's outlet in marks relays the reporter's report, though العربية alone needs a type noun:
    # "Al Arabiya's correspondent reported that the army advanced."
    (
        'وأفاد مراسل "العربية" أن الجيش تقدم.',
        {},
        [("indirect", "الجيش تقدم", None, "مراسل", "أفاد", None, "العربية")],
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


@pytest.mark.parametrize(("text", "entities", "expected"), VIA)
def test_via(text: str, entities: dict[str, str], expected: list[tuple[Any, ...]]) -> None:
    assert quotes(text, entities) == expected


def test_anaphoric_agency_and_cited_outlets() -> None:
    # "MENA said 8 people died. The agency quoted Sameh Abdel Hamid, Ismailia's security chief, as saying:
    # 'Five rescue teams were sent'." الوكالة refers back to the agency named before.
    text = (
        "قالت وكالة أنباء الشرق الأوسط إن 8 أشخاص لقوا حتفهم. ونقلت الوكالة عن سامح عبد الحميد، "
        'مدير أمن الإسماعيلية، قوله: "تم إرسال خمس فرق إنقاذ".'
    )
    article = _stage()(build(text, {"سامح عبد الحميد": "PER"}))
    got = [
        (q.kind, article.span_text(q.span), q.speaker, q.speaker_text, q.verb, q.via_text)
        for q in article.quotes
    ]
    agency = "وكالة أنباء الشرق الأوسط"
    assert got == [
        ("indirect", "8 أشخاص لقوا حتفهم", None, agency, "قال", agency),
        ("direct", "تم إرسال خمس فرق إنقاذ", "e0", "سامح عبد الحميد", "قال", agency),
    ]
    assert cited_outlets(article) == ("أنباء الشرق الأوسط",)


@pytest.mark.parametrize(
    ("text", "via_text"),
    [
        # "The minister told Channel Two that the situation is calm." (ل + ال is written لل: the described
        # outlet gets its article back, القناة, not the stem لقناة)
        ("وقال الوزير للقناة الثانية إن الوضع هادئ.", "القناة الثانية"),
        # "The minister told German television …"
        ("وقالت الوزيرة للتلفزيون الألماني إن الوضع هادئ.", "التلفزيون الألماني"),
        # "… told the official news agency …" (لوكالة: an indefinite noun keeps its own letters)
        ("وقالت الوزيرة لوكالة الأنباء الرسمية إن الوضع هادئ.", "وكالة الأنباء الرسمية"),
    ],
)
def test_a_described_outlet_spoken_to_keeps_its_article(text: str, via_text: str) -> None:
    assert [q[6] for q in quotes(text)] == [via_text]
