"""Saudi news (session 22, G22; bench/gold/ENTITIES.md "Session 22"): Saudi outlets, royals, titles and
towns as Saudi papers write them. Sentences and names written for these tests; the entities stage runs with a
stand-in tagger that makes the model's errors on them, then the actors stage codes what it found."""

from __future__ import annotations

import pytest

from marsad import lexicons
from marsad.stages.actors import Actors
from marsad.stages.entities import Entities
from tests.test_entities_local_bodies import _Tagger
from tests.test_entities_stage import segmented


def _coded(
    text: str, tags: dict[str, str], organisations: bool = False
) -> list[tuple[str, str, str | None, str | None]]:
    """(label, name, country, actor code) of each entity the two stages find in `text`; with
    `organisations`, the stage also tags the listed organisations (lexicons/actors_hand.tsv's ORG rows)."""
    orgs = lexicons.organisations() if organisations else ()
    article = Actors.load()(Entities(_Tagger(tags), organisations=orgs)(segmented(text)))
    return [(e.label, e.name, e.country, e.actor_code) for e in article.entities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Ain Alyoum - Tabuk: the municipality opened a park" (a Saudi site's dateline): no type noun needed
        (
            "عين اليوم – تبوك\n\nافتتحت البلدية حديقة جديدة.",
            ("ORG", "عين اليوم", "SAU", "SAUMED"),
        ),
        # "the full account was carried by Alweeam newspaper" (الوئام is also 'harmony': after its type noun)
        ("وتجدون التفاصيل كاملة في صحيفة الوئام غدا.", ("ORG", "الوئام", "SAU", "SAUMED")),
        # "Al Eqtisadiah newspaper reported a fall in prices"
        ("وذكرت صحيفة الاقتصادية تراجع الأسعار.", ("ORG", "الاقتصادية", "SAU", "SAUMED")),
        # "Al Madina newspaper published the list"
        ("ونشرت صحيفة المدينة القائمة أمس.", ("ORG", "المدينة", "SAU", "SAUMED")),
    ],
)
def test_a_saudi_outlet_is_saudi_media(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in _coded(text, {})


@pytest.mark.parametrize(
    "text",
    [
        # "the economic conditions improved", "the city's mayor said", "harmony between the peoples",
        # "today the minister said": the words alone, with no type noun, are no outlet
        "وتحسنت الأوضاع الاقتصادية هذا العام.",
        "وقال رئيس بلدية المدينة إن الطريق مغلق.",
        "ودعا إلى الوئام بين الشعوب.",
        "وقال الوزير اليوم إن الطريق مغلق.",
    ],
)
def test_a_common_word_is_no_outlet(text: str) -> None:
    assert [name for label, name, _, _ in _coded(text, {}) if label == "ORG"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Al-Watan learnt from sources that the ministry will open the building" (a paper naming itself)
        ("وعلمت «الوطن» من مصادر أن الوزارة ستفتتح المبنى.", [("ORG", "الوطن")]),
        # "a source told Okaz that the decision is final"
        ('وقال مصدر لـ"عكاظ" إن القرار نهائي.', [("ORG", "عكاظ")]),
    ],
)
def test_a_listed_outlet_alone_in_quotation_marks_is_the_outlet(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(label, name) for label, name, _, _ in _coded(text, {})] == expected


@pytest.mark.parametrize(
    "text",
    [
        # "the Al-Watan party won two seats": a party's name, not the paper
        "وفاز حزب «الوطن» بمقعدين.",
        # "he called the decision 'historic'": a quoted word that is no outlet
        "ووصف القرار بأنه «تاريخي» أمس.",
    ],
)
def test_other_quoted_names_are_no_outlet(text: str) -> None:
    assert _coded(text, {}) == []


@pytest.mark.parametrize(
    ("text", "tags", "name"),
    [
        # "King Salman ordered aid sent to Yemen; the planes reached Aden": عبدالعزيز joined, as Saudi papers
        # write it; the article's places are Yemen's, the king is not
        (
            "وأمر الملك سلمان بن عبدالعزيز بإرسال مساعدات إلى اليمن، ووصلت الطائرات إلى عدن.",
            {"سلمان": "B-PER", "بن": "I-PER", "عبدالعزيز": "I-PER", "اليمن": "B-LOC", "عدن": "B-LOC"},
            "سلمان بن عبدالعزيز",
        ),
        # … and with the family name
        (
            "ووجه سلمان بن عبد العزيز آل سعود بإرسال مساعدات إلى اليمن، ووصلت الطائرات إلى عدن.",
            {"سلمان": "B-PER", "بن": "I-PER", "عبد": "I-PER", "العزيز": "I-PER", "آل": "I-PER"}
            | {"سعود": "I-PER", "اليمن": "B-LOC", "عدن": "B-LOC"},
            "سلمان بن عبد العزيز آل سعود",
        ),
    ],
)
def test_the_saudi_king_is_saudi_in_any_spelling(text: str, tags: dict[str, str], name: str) -> None:
    people = [(n, country, code) for label, n, country, code in _coded(text, tags) if label == "PER"]
    assert people == [(name, "SAU", "SAUGOV")]


@pytest.mark.parametrize(
    ("text", "tags", "expected"),
    [
        # "The plane landed at Jouf airport, received by the airport's director Sami al-Harbi": the airport is
        # Saudi (Yemen's الجوف, the gazetteer's first reading, has none), and so is the article's official
        (
            "وهبطت الطائرة في مطار الجوف أمس، وكان في استقبالها سامي الحربي.",
            {"الجوف": "B-LOC", "سامي": "B-PER", "الحربي": "I-PER"},
            [("LOC", "مطار الجوف", "SAU", None), ("PER", "سامي الحربي", "SAU", "SAUCVL")],
        ),
        # "The governorate of the Jouf region said the road is closed": منطقة X is a Saudi region's name
        (
            "وقالت إمارة منطقة الجوف إن الطريق مغلق.",
            {"الجوف": "B-LOC"},
            [("ORG", "إمارة منطقة الجوف", "SAU", "SAUGOV")],
        ),
    ],
)
def test_the_jouf_of_an_airport_or_a_region_is_saudi(
    text: str, tags: dict[str, str], expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert _coded(text, tags) == expected


@pytest.mark.parametrize(
    ("text", "tags", "expected"),
    [
        # "The mayor of the Baha region, engineer Samer al-Fahd, said the parks are ready"
        (
            "وقال أمين منطقة الباحة المهندس سامر الفهد إن الحدائق جاهزة.",
            {"الباحة": "B-LOC", "سامر": "B-PER", "الفهد": "I-PER"},
            ("سامر الفهد", "SAUGOV"),
        ),
        # "The director of Jouf airport Samer al-Fahd said flights rose" (a place name without ال after
        # the title, مطار عرعر, still ends the title phrase before the name: roles.RoleFinder.extend)
        (
            "وقال مدير مطار الجوف سامر الفهد إن الرحلات زادت.",
            {"الجوف": "B-LOC", "سامر": "B-PER", "الفهد": "I-PER"},
            ("سامر الفهد", "SAUGOV"),
        ),
        # "The health ministry's undersecretary Samer al-Mutairi pointed to the work": no country named
        (
            "وأشار وكيل وزارة الصحة سامر المطيري إلى قيام الوزارة بالعمل.",
            {"سامر": "B-PER", "المطيري": "I-PER"},
            ("سامر المطيري", "GOV"),
        ),
    ],
)
def test_a_saudi_official_s_title_is_government(
    text: str, tags: dict[str, str], expected: tuple[str, str]
) -> None:
    assert [(name, code) for label, name, _, code in _coded(text, tags) if label == "PER"] == [expected]


@pytest.mark.parametrize(
    ("text", "tags", "expected"),
    [
        # "The Red Crescent Authority said its teams carried the injured": the Saudi authority, a health body
        (
            "وقالت هيئة الهلال الأحمر إن فرقها نقلت المصابين.",
            {},
            [("ORG", "هيئة الهلال الأحمر", "SAU", "SAUHLH")],
        ),
        # "The Muslim World League called for dialogue": a Muslim NGO, no country
        ("ودعت رابطة العالم الإسلامي إلى الحوار.", {}, [("ORG", "رابطة العالم الإسلامي", None, "NGOMOS")]),
        # "The adviser at the Royal Court Samer al-Fahd said the aid reached Yemen and was handed out in
        # Aden": the court and its adviser are Saudi, whatever the article's places
        (
            "وأكد المستشار في الديوان الملكي سامر الفهد أن المساعدات وصلت إلى اليمن، ووزعت في عدن.",
            {"سامر": "B-PER", "الفهد": "I-PER", "اليمن": "B-LOC", "عدن": "B-LOC"},
            [
                ("ORG", "الديوان الملكي", "SAU", "SAUGOV"),
                ("PER", "سامر الفهد", "SAU", "SAUGOV"),
                ("LOC", "اليمن", "YEM", "YEM"),
                ("LOC", "عدن", None, None),
            ],
        ),
    ],
)
def test_a_saudi_national_body_is_found_and_coded(
    text: str, tags: dict[str, str], expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert _coded(text, tags, organisations=True) == expected


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("بيشة", "SAU"),  # Bisha, a Saudi governorate's seat the GeoNames data lacks
        ("عنيزة", "SAU"),  # Unayzah: GeoNames has only a Qatari town so named
        ("ضباء", "SAU"),  # Duba, as Saudi papers spell it (GeoNames: ضبا)
        ("أبو عريش", "SAU"),  # Abu Arish (GeoNames writes its hamza otherwise)
        ("الطارمية", "IRQ"),  # Tarmiyah, north of Baghdad
    ],
)
def test_a_saudi_or_iraqi_town_the_gazetteer_lacked_is_read(name: str, country: str) -> None:
    from marsad.gazetteer import default

    assert default().country_of(name) == country


def test_a_saudi_town_the_model_missed_is_tagged_in_a_saudi_article() -> None:
    # "Saudi Arabia opened a factory in Yanbu and another in the Eastern Province yesterday": both untagged
    # by the model; the article names their country
    from marsad.gazetteer import default

    local = default().local_names()
    text = "وافتتحت السعودية مصنعا في ينبع وآخر في المنطقة الشرقية أمس."
    article = Entities(_Tagger({"السعودية": "B-LOC"}), local_places=local)(segmented(text))
    assert [(e.label, e.name) for e in article.entities] == [
        ("LOC", "السعودية"),
        ("LOC", "ينبع"),
        ("LOC", "المنطقة الشرقية"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Saudia said its summer timetable adds flights": the airline, not the country in its name
        (
            "وقالت الخطوط الجوية العربية السعودية إن جدولها الصيفي يضيف رحلات.",
            [("ORG", "الخطوط الجوية العربية السعودية", "SAU", "SAUBUS")],
        ),
        # "Flights between Jeddah and Sharjah are run by Air Arabia": a company of the Emirates
        (
            "وتسير العربية للطيران رحلاتها بين جدة والشارقة.",
            [("ORG", "العربية للطيران", "ARE", "AREBUS")],
        ),
    ],
)
def test_an_airline_of_the_region_is_a_company(
    text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert [e for e in _coded(text, {}, organisations=True) if e[0] == "ORG"] == expected
