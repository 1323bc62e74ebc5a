"""The quotes stage on session 9's rules: a title phrase names the person the article gave it
(marsad.quotes_holders), ل with a pronoun and ما end a subject, a social platform is no speaker, an outlet
opening its sentence speaks, an outlet told is the via, and a verbal noun in an aside claims no أن."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from marsad.article import Span
from marsad.stages.quotes import Quotes
from tests.test_quotes import build, quotes

HOLDERS = [
    # A spokesperson's title, introduced with the name and said again with "official" added, after another
    # speaker: "The coalition spokesman Colonel Sami al-Harbi said the shelling stopped. FM Khaled al-Ali
    # said talks go on. The official coalition spokesman added: 'the truce holds'."
    (
        "قال المتحدث باسم قوات التحالف العقيد سامي الحربي إن القصف توقف. وقال وزير الخارجية خالد العلي إن "
        'المحادثات مستمرة. وأضاف المتحدث الرسمي باسم التحالف: "الهدنة صامدة".',
        {"سامي الحربي": "PER", "خالد العلي": "PER"},
        [
            ("indirect", "القصف توقف", "e0", "سامي الحربي", "قال", None, None),
            ("indirect", "المحادثات مستمرة", "e1", "خالد العلي", "قال", None, None),
            ("direct", "الهدنة صامدة", "e0", "سامي الحربي", "أضاف", None, None),
        ],
    ),
    # Another office with the same head word is not the holder's: "The Polish prime minister Jan Nowak said
    # the law stands. The Israeli prime minister said: 'we object'." (the second keeps its words)
    (
        'وقال رئيس الوزراء البولندي يان نوفاك إن القانون باق. وقال رئيس الوزراء الإسرائيلي: "نحن نعترض".',
        {"يان نوفاك": "PER"},
        [
            ("indirect", "القانون باق", "e0", "يان نوفاك", "قال", None, None),
            ("direct", "نحن نعترض", None, "رئيس الوزراء الإسرائيلي", "قال", None, None),
        ],
    ),
]

OPENING = [
    # A pro-dropped verb shares the titled subject of the verb opening its clause, not the last speaker:
    # "French President Jean Dupont said the visit succeeded. Sara Haddad said the weather is fine. The French
    # president walked towards his guest and told him: 'thanks for the welcome'."
    (
        "قال الرئيس الفرنسي جان دوبون إن الزيارة ناجحة. وقالت سارة حداد إن الطقس جميل. ومشى الرئيس الفرنسي "
        'نحو ضيفه وقال له: "شكرا على الاستقبال".',
        {"جان دوبون": "PER", "سارة حداد": "PER"},
        [
            ("indirect", "الزيارة ناجحة", "e0", "جان دوبون", "قال", None, None),
            ("indirect", "الطقس جميل", "e1", "سارة حداد", "قال", None, None),
            ("direct", "شكرا على الاستقبال", "e0", "جان دوبون", "قال", None, None),
        ],
    ),
]

SPOKESPEOPLE = [
    # A spokesperson of a body said again in other words is the one spokesperson the article named for it:
    # "The spokesman of the coalition to support legitimacy, Colonel Sami al-Harbi, said the shelling stopped.
    # The spokesman of the Arab coalition forces stressed 'the truce holds'."
    (
        "قال المتحدث باسم تحالف دعم الشرعية، العقيد سامي الحربي، إن القصف توقف. وأكد المتحدث باسم قوات "
        'التحالف العربي أن "الهدنة صامدة".',
        {"سامي الحربي": "PER", "التحالف العربي": "ORG"},
        [
            ("indirect", "القصف توقف", "e0", "سامي الحربي", "قال", None, None),
            ("direct", "الهدنة صامدة", "e0", "سامي الحربي", "أكد", None, None),
        ],
    ),
    # With no spokesperson named, the spokesperson speaks, unnamed, not the body nor the country: "The
    # spokesman of North Korea's foreign ministry said the accusations are false."
    (
        "وقال المتحدث باسم وزارة خارجية كوريا الشمالية إن الاتهامات باطلة.",
        {"كوريا الشمالية": "LOC"},
        [
            (
                "indirect",
                "الاتهامات باطلة",
                None,
                "المتحدث باسم وزارة خارجية كوريا الشمالية",
                "قال",
                None,
                None,
            )
        ],
    ),
    # … also with an adjective before باسم and a name the NER missed; the group one speaks for is no relay,
    # although "positions of the Houthis" before looked like their website: "Coalition planes struck Houthi
    # positions. The military spokesman of the Houthi group, Yahya Sari, announced that their forces hit a
    # ship."
    (
        "شنت طائرات التحالف غارات على مواقع للحوثيين. وأعلن المتحدث العسكري باسم جماعة الحوثي يحيى سريع، "
        "مساء الأربعاء، أن قواتها استهدفت سفينة.",
        {"الحوثي": "ORG"},
        [
            (
                "indirect",
                "قواتها استهدفت سفينة",
                None,
                "المتحدث العسكري باسم جماعة الحوثي يحيى سريع",
                "أعلن",
                None,
                None,
            )
        ],
    ),
]

PARTICIPLES = [
    # A participle in a sentence whose opening reporting verb made no quote takes that verb's subject, not a
    # place in its object: "The Yemeni government said talks go on. The government affirmed its forces'
    # preparedness to secure the port of Hodeidah, stressing that the operation will go on."
    (
        "قالت الحكومة اليمنية إن المحادثات مستمرة. وأكدت الحكومة جاهزية قواتها لتأمين ميناء الحديدة، "
        "مشددة على أن العملية ستستمر.",
        {"الحكومة اليمنية": "ORG", "الحديدة": "LOC"},
        [
            ("indirect", "المحادثات مستمرة", "e0", "الحكومة اليمنية", "قال", None, None),
            ("indirect", "العملية ستستمر", "e0", "الحكومة اليمنية", "شدد", None, None),
        ],
    ),
]

BETWEEN = [
    # A pro-dropped verb right after a sentence whose subject is a person, with no quote in it, goes on with
    # that person, not the speaker of an older quote: "Khaled al-Ali said the situation is hard. Detective
    # Sara Haddad praised the residents' response. She added 'we thank everyone for their support'."
    (
        "وقال خالد العلي إن الوضع صعب. وأشادت المحققة سارة حداد باستجابة السكان. "
        'وأضافت "نشكر الجميع على دعمهم".',
        {"خالد العلي": "PER", "سارة حداد": "PER"},
        [
            ("indirect", "الوضع صعب", "e0", "خالد العلي", "قال", None, None),
            ("direct", "نشكر الجميع على دعمهم", "e1", "سارة حداد", "أضاف", None, None),
        ],
    ),
]

STOPS = [
    # ل with a pronoun is whom he spoke to, not who spoke: "Khaled al-Ali said the situation is hard. He
    # met the ambassador and told him: 'we are with you'."
    (
        'وقال خالد العلي إن الوضع صعب. والتقى السفير وقال له: "نحن معكم".',
        {"خالد العلي": "PER"},
        [
            ("indirect", "الوضع صعب", "e0", "خالد العلي", "قال", None, None),
            ("direct", "نحن معكم", "e0", "خالد العلي", "قال", None, None),
        ],
    ),
    # ما "what" after the verb is its object: "Dana White said the inquiry goes on, and described what
    # happened as 'very serious'."
    (
        'وقالت دانا وايت إن التحقيق مستمر. ووصفت ما حدث بأنه "خطير جدا".',
        {"دانا وايت": "PER"},
        [
            ("indirect", "التحقيق مستمر", "e0", "دانا وايت", "قال", None, None),
            ("direct", "خطير جدا", "e0", "دانا وايت", "وصف", None, None),
        ],
    ),
]

PLATFORMS = [
    # A platform before the pro-dropped verb is where she posted: "Minister Sara Haddad posted a photo on
    # Instagram and said: 'a beautiful day'."
    (
        'ونشرت الوزيرة سارة حداد صورة على موقع انستغرام وقالت: "يوم جميل جدا".',
        {"سارة حداد": "PER", "انستغرام": "ORG"},
        [("direct", "يوم جميل جدا", "e0", "سارة حداد", "قال", None, None)],
    ),
    # … nor a participle's clause subject: "President John Smith said the economy is strong. The president
    # attacked the media on Twitter, saying 'they are liars'."
    (
        'قال الرئيس جون سميث إن الاقتصاد قوي. وهاجم الرئيس الإعلام على تويتر، قائلا "إنهم كاذبون تماما".',
        {"جون سميث": "PER", "تويتر": "ORG"},
        [
            ("indirect", "الاقتصاد قوي", "e0", "جون سميث", "قال", None, None),
            ("direct", "إنهم كاذبون تماما", "e0", "جون سميث", "قال", None, None),
        ],
    ),
]


OUTLETS = [
    # An outlet opening its sentence before the verb speaks and relays: "Talks began yesterday. The official
    # Jordanian news agency reported that the talks will go on."
    (
        "بدأت المحادثات أمس. وكالة الأنباء الأردنية الرسمية ذكرت أن المحادثات ستستمر.",
        {},
        [
            (
                "indirect",
                "المحادثات ستستمر",
                None,
                "وكالة الأنباء الأردنية",
                "ذكر",
                None,
                "وكالة الأنباء الأردنية",
            )
        ],
    ),
    # The outlet after "told" is whom he told: "Khaled al-Ali said the situation is hard. He told Reuters
    # that the talks will go on."
    (
        "وقال خالد العلي إن الوضع صعب. وأخبر وكالة رويترز أن المحادثات ستستمر.",
        {"خالد العلي": "PER", "رويترز": "ORG"},
        [
            ("indirect", "الوضع صعب", "e0", "خالد العلي", "قال", None, None),
            ("indirect", "المحادثات ستستمر", "e0", "خالد العلي", "أخبر", "e1", "رويترز"),
        ],
    ),
]

ASIDES = [
    # A verbal noun in a time aside set off by commas reports nothing: "Haaretz reported, shortly before the
    # government announced its decision, that the talks will go on."
    (
        "وذكرت صحيفة هآرتس الإسرائيلية، قبيل إعلان الحكومة قرارها، أن المحادثات ستستمر.",
        {"هآرتس": "ORG"},
        [("indirect", "المحادثات ستستمر", "e0", "هآرتس", "ذكر", "e0", "هآرتس")],
    ),
    # A relay verb in an attribution aside before the colon is not the quote's verb: "Khaled al-Ali said,
    # as Reuters reported from him, on Monday: 'London must provide the evidence'."
    (
        'وقال خالد العلي، وفقا لما نقلته عنه وكالة رويترز، الاثنين: "على لندن تقديم الأدلة".',
        {"خالد العلي": "PER", "رويترز": "ORG"},
        [("direct", "على لندن تقديم الأدلة", "e0", "خالد العلي", "قال", "e1", "رويترز")],
    ),
    # … nor in a relative clause set off by commas: "Sara Haddad, whose name was linked to corruption
    # claims, said that the inquiry ended."
    (
        "وقالت سارة حداد، التي ارتبط اسمها بمزاعم فساد، إن التحقيق انتهى.",
        {"سارة حداد": "PER"},
        [("indirect", "التحقيق انتهى", "e0", "سارة حداد", "قال", None, None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "entities", "expected"),
    HOLDERS + SPOKESPEOPLE + OPENING + PARTICIPLES + BETWEEN + STOPS + PLATFORMS + OUTLETS + ASIDES,
)
def test_session9_speakers(text: str, entities: dict[str, str], expected: list[tuple[Any, ...]]) -> None:
    assert quotes(text, entities) == expected


def test_title_with_a_place_is_its_holder() -> None:
    # A title in construct with a place names the mayor, not the city (the city tagged in both sentences):
    # "Aleppo's mayor, Samir al-Ahmad, said water is back. FM Khaled al-Ali said talks go on. Aleppo's
    # mayor declared: 'the situation improved'."
    text = (
        "وقال رئيس بلدية حلب، سمير الأحمد، إن المياه عادت. وقال وزير الخارجية خالد العلي إن المحادثات "
        'مستمرة. وصرح رئيس بلدية حلب: "الوضع تحسن".'
    )
    article = build(text, {"حلب": "LOC", "سمير الأحمد": "PER", "خالد العلي": "PER"})
    city = article.entities[0]
    again = text.rindex("حلب")
    both = (*city.mentions, Span(again, again + len("حلب")))
    article = dataclasses.replace(
        article, entities=(dataclasses.replace(city, mentions=both), *article.entities[1:])
    )
    said = [(q.kind, article.span_text(q.span), q.speaker) for q in Quotes.load()(article).quotes]
    assert said == [
        ("indirect", "المياه عادت", "e1"),
        ("indirect", "المحادثات مستمرة", "e2"),
        ("direct", "الوضع تحسن", "e1"),
    ]


def test_described_outlet_elsewhere_is_no_relay() -> None:
    # The group speaks for itself: "positions of the Houthis" in another sentence (مواقع read as "websites")
    # makes it no outlet. "Coalition planes struck Houthi positions. The Houthis said their forces hit a
    # ship."
    text = "شنت طائرات التحالف غارات على مواقع للحوثيين. وقال الحوثيون إن قواتهم استهدفت سفينة."
    article = build(text, {"للحوثيين": "ORG"})
    group = article.entities[0]
    said = text.index("الحوثيون")
    mentions = (Span(group.mentions[0].start + 1, group.mentions[0].end), Span(said, said + len("الحوثيون")))
    article = dataclasses.replace(
        article, entities=(dataclasses.replace(group, name="الحوثيين", mentions=mentions),)
    )
    found = [(q.speaker, q.via, q.via_text) for q in Quotes.load()(article).quotes]
    assert found == [("e0", None, None)]
