"""Saudi bodies named after a royal or after their region are one ORG (LOC for an airport), not a person or a
place (marsad.entity_local_bodies, bench/gold/ENTITIES.md's SaudiNewsNet calls). Sentences and names written
for these tests; the stage runs with a stand-in tagger that makes the model's errors on them."""

from __future__ import annotations

import pytest

from marsad.stages.entities import Entities
from tests.test_entities_stage import segmented


class _Tagger:
    """Tags the given words wherever they occur (the model's reading of them), everything else O."""

    def __init__(self, tags: dict[str, str]) -> None:
        self.tags = tags

    def tag(self, sentences: list[list[str]]) -> list[list[str]]:
        return [[self.tags.get(w, "O") for w in words] for words in sentences]


def _entities(text: str, tags: dict[str, str]) -> list[tuple[str, str]]:
    article = Entities(_Tagger(tags))(segmented(text))
    return sorted((e.label, article.text[m.start : m.end]) for e in article.entities for m in e.mentions)


@pytest.mark.parametrize(
    ("text", "tags", "expected"),
    [
        # "The minister opened the Prince Faisal bin Khalid Hospital": the hospital, not the prince
        (
            "افتتح الوزير أمس مستشفى الأمير فيصل بن خالد في المدينة.",
            {"فيصل": "B-PER", "بن": "I-PER"},
            [("ORG", "مستشفى الأمير فيصل بن خالد")],
        ),
        # "The plane landed at King Fahd International Airport": a place, with its adjective
        (
            "هبطت الطائرة في مطار الملك فهد الدولي صباحا.",
            {"فهد": "B-PER", "الدولي": "I-PER"},
            [("LOC", "مطار الملك فهد الدولي")],
        ),
        # "The King Salman Centre for Relief and Humanitarian Action sent aid": the complement is the name's
        (
            "وأرسل مركز الملك سلمان للإغاثة والأعمال الإنسانية مساعدات إلى القرية.",
            {"الملك": "B-PER", "سلمان": "I-PER"},
            [("ORG", "مركز الملك سلمان للإغاثة والأعمال الإنسانية")],
        ),
        # "The King Salman Centre launched an appeal": the verb after a one-word name is no part of it
        (
            "وأطلق مركز الملك سلمان نداء إلى الأطباء.",
            {"الملك": "B-PER", "سلمان": "I-PER"},
            [("ORG", "مركز الملك سلمان")],
        ),
        # "King Salman received the delegation": no body noun, the person stays (as the stage fits him)
        (
            "واستقبل الملك سلمان الوفد في القصر.",
            {"الملك": "B-PER", "سلمان": "I-PER"},
            [("PER", "الملك سلمان")],
        ),
    ],
)
def test_a_body_named_after_a_royal_is_one_mention(
    text: str, tags: dict[str, str], expected: list[tuple[str, str]]
) -> None:
    assert _entities(text, tags) == expected


@pytest.mark.parametrize(
    ("text", "tags", "expected"),
    [
        # "The municipality of the Tabuk region announced a project": the municipality, no place
        (
            "وأعلنت أمانة منطقة تبوك عن مشروع جديد.",
            {"تبوك": "B-LOC"},
            [("ORG", "أمانة منطقة تبوك")],
        ),
        # "Jeddah's health directorate warned of the dust"
        ("وحذرت صحة جدة من الغبار.", {"جدة": "B-LOC"}, [("ORG", "صحة جدة")]),
        # "The police of the Makkah region": the holy city's epithet a place pass may leave out is the name's
        (
            "وقالت شرطة منطقة مكة المكرمة إنها أوقفت المتهم.",
            {"منطقة": "B-LOC", "مكة": "I-LOC"},
            [("ORG", "شرطة منطقة مكة المكرمة")],
        ),
        # "The general directorate of health affairs in the Hail region called on patients"
        (
            "ودعت المديرية العامة للشؤون الصحية بمنطقة حائل المراجعين إلى الحذر.",
            {"حائل": "B-LOC"},
            [("ORG", "المديرية العامة للشؤون الصحية بمنطقة حائل")],
        ),
        # "The governorate of the Jawf region": a Saudi region's governorate, though الجوف is also Yemen's
        (
            "وقالت إمارة منطقة الجوف إن الطريق مغلق.",
            {"الجوف": "B-LOC"},
            [("ORG", "إمارة منطقة الجوف")],
        ),
        # "Kabul police said": a body abroad, its place stays (the article's country is read from it)
        ("وقالت شرطة كابل إن الانفجار وقع صباحا.", {"كابل": "B-LOC"}, [("LOC", "كابل")]),
        # "The city's police chief said": المدينة is the city here, not Medina
        ("وقال مدير شرطة المدينة إن الحادث وقع ليلا.", {"المدينة": "B-LOC"}, [("LOC", "المدينة")]),
        # … and when the model ran the police chief's name into it
        (
            "وقال مدير شرطة المدينة سامي ليونار إن الحادث وقع ليلا.",
            {"المدينة": "B-LOC", "سامي": "I-LOC", "ليونار": "B-PER"},
            [("LOC", "المدينة سامي"), ("PER", "ليونار")],
        ),
        # "The minister visited Jeddah", "the ministry of health in Jeddah": places stay places
        ("وزار الوزير جدة أمس.", {"جدة": "B-LOC"}, [("LOC", "جدة")]),
        # (the ministry the tagger missed is the speaking body's description, quotes_institutions; 28c S6)
        (
            "وقالت وزارة الصحة في جدة إن الحالات قليلة.",
            {"جدة": "B-LOC"},
            [("LOC", "جدة"), ("ORG", "وزارة الصحة")],
        ),
        # "for the health of Jeddah's residents": no body noun right before the place
        ("حرصا على صحة سكان جدة.", {"جدة": "B-LOC"}, [("LOC", "جدة")]),
    ],
)
def test_a_local_body_named_by_its_place_is_one_org(
    text: str, tags: dict[str, str], expected: list[tuple[str, str]]
) -> None:
    assert _entities(text, tags) == expected


@pytest.mark.parametrize(
    ("text", "place", "body", "code"),
    [
        ("وأعلنت أمانة منطقة تبوك عن مشروع جديد.", "تبوك", "أمانة منطقة تبوك", "SAUGOV"),  # municipality
        ("وأعلنت إمارة منطقة تبوك عن مشروع جديد.", "تبوك", "إمارة منطقة تبوك", "SAUGOV"),  # governorate
        ("وحذرت صحة جدة من الغبار.", "جدة", "صحة جدة", "SAUHLH"),  # health directorate
        (
            "ودعت المديرية العامة للشؤون الصحية بمنطقة حائل المراجعين إلى الحذر.",
            "حائل",
            "المديرية العامة للشؤون الصحية بمنطقة حائل",
            "SAUHLH",
        ),
    ],
)
def test_a_local_body_takes_its_sector_from_the_agent_rows(
    text: str, place: str, body: str, code: str
) -> None:
    # lexicons/agents_hand.tsv: أمانة، إمارة منطقة GOV; صحة، الشؤون الصحية HLH (no row for تعليم or مرور: the
    # events stage reads the rows in running text too, where مرور is 'passing'). The
    # country is the place's (the gazetteer's Saudi city or region).
    from marsad.stages.actors import Actors

    article = Actors.load()(Entities(_Tagger({place: "B-LOC"}))(segmented(text)))
    assert [(e.name, e.actor_code) for e in article.entities] == [(body, code)]


@pytest.mark.parametrize(
    ("text", "tags", "expected"),
    [
        # "The plane landed at Arar airport": the airport, not the town
        ("وهبطت الطائرة في مطار عرعر أمس.", {"عرعر": "B-LOC"}, [("LOC", "مطار عرعر")]),
        # "… at Jouf international airport": its adjective is the name's
        ("وأقلعت من مطار الجوف الدولي رحلة.", {"الجوف": "B-LOC"}, [("LOC", "مطار الجوف الدولي")]),
        # "… at Damascus airport": a place abroad stays the city (the article's country is read from it)
        ("وهبطت الطائرة في مطار دمشق أمس.", {"دمشق": "B-LOC"}, [("LOC", "دمشق")]),
        # "… at Heathrow airport": a name the gazetteer does not know is left as the model tagged it
        ("وهبطت الطائرة في مطار هيثرو أمس.", {"هيثرو": "B-LOC"}, [("LOC", "هيثرو")]),
    ],
)
def test_an_airport_named_by_its_town_is_one_place(
    text: str, tags: dict[str, str], expected: list[tuple[str, str]]
) -> None:
    assert _entities(text, tags) == expected


def test_a_royal_named_body_takes_no_country_from_bin() -> None:
    # "The injured man was taken to the Prince Faisal bin Musaid Hospital in Jeddah": بن (son of) is no
    # place (the gazetteer reads it as Bonn); the hospital's seat after it gives the country
    from marsad.stages.actors import Actors

    text = "ونقل المصاب إلى مستشفى الأمير فيصل بن مساعد في جدة."
    article = Actors.load()(Entities(_Tagger({"جدة": "B-LOC"}))(segmented(text)))
    assert [(e.label, e.name, e.country, e.actor_code) for e in article.entities] == [
        ("ORG", "مستشفى الأمير فيصل بن مساعد", "SAU", "SAUHLH"),
        ("LOC", "جدة", None, None),  # a city's country is the places stage's
    ]
