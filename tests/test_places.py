"""The places stage and the gazetteer: Arabic LOC entities geocoded offline with the shipped GeoNames data."""

from __future__ import annotations

import dataclasses

import pytest

from marsad.article import Article, Entity, Geo, Span
from marsad.gazetteer import Gazetteer, default
from marsad.place_names import Division, Place, read_admin, read_variants, strip_clitics
from marsad.stages.places import Places, dateline_end
from tests.conftest import find_span

MOSUL = Geo("Mosul", 36.335, 43.11889, 99072, "IRQ", "PPL")
IRAQ = Geo("Iraq", 33.0, 44.0, 99237, "IRQ", "PCLI")
ANKARA = Geo("Ankara", 39.91987, 32.85427, 323786, "TUR", "PPLC")
ISTANBUL = Geo("Istanbul", 41.01384, 28.94966, 745044, "TUR", "PPL")
BAGHDAD = Geo("Baghdad", 33.34058, 44.40088, 98182, "IRQ", "PPLC")
CAIRO = Geo("Cairo", 30.06263, 31.24967, 360630, "EGY", "PPLC")
AMMAN = Geo("Amman", 31.95522, 35.94503, 250441, "JOR", "PPLC")
OMAN = Geo("Oman", 21.0, 57.0, 286963, "OMN", "PCLI")
TRIPOLI_LBY = Geo("Tripoli", 32.88743, 13.18733, 2210247, "LBY", "PPLC")
TRIPOLI_LBN = Geo("Tripoli", 34.43352, 35.84415, 266826, "LBN", "PPL")
RIYADH = Geo("Riyadh", 24.68773, 46.72185, 108410, "SAU", "PPLC")
RAFAH_EGY = Geo("Rafaḩ", 31.28204, 34.23869, 350350, "EGY", "PPL")
WASHINGTON = Geo("Washington", 38.89511, -77.03637, 4140963, "USA", "PPLC")
USA = Geo("United States", 38.0, -97.0, 6252001, "USA", "PCLI")
WEST_BANK = Geo("the West Bank", 31.95, 35.25, None, "PSE", "RGN")
MIDDLE_EAST = Geo("the Middle East", 29.0, 42.0, None, None, "RGN")
SEOUL = Geo("Seoul", 37.566, 126.9784, 1835848, "KOR", "PPLC")
ST_PETERSBURG = Geo("Saint Petersburg", 59.93863, 30.31413, 498817, "RUS", "PPL")
CHICAGO = Geo("Chicago", 41.85003, -87.65005, 4887398, "USA", "PPL")
JERUSALEM = Geo("Jerusalem", 31.76904, 35.21633, 281184, "ISR", "PPLC")
KHAN_YUNIS = Geo("Khān Yūnis", 31.34018, 34.30627, 281124, "PSE", "PPL")
ASHKELON = Geo("Ashkelon", 31.66926, 34.57149, 295620, "ISR", "PPL")


@pytest.fixture(scope="module")
def places() -> Places:
    return Places(default())


def article(text: str, *surfaces: str, label: str = "LOC") -> Article:
    """An article over `text` with one entity per surface (its first occurrence), e0, e1 ..."""
    entities = tuple(
        Entity(id=f"e{i}", label=label, name=s, mentions=(find_span(text, s),), source="test")
        for i, s in enumerate(surfaces)
    )
    return Article(text=text, entities=entities)


def geo_of(result: Article, entity_id: str = "e0") -> Geo | None:
    return next(e.geo for e in result.entities if e.id == entity_id)


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("سيطر الجيش على الموصل أمس.", "الموصل", MOSUL),  # the army took Mosul yesterday
        ("وصل الوفد إلى مدينة الموصل.", "مدينة الموصل", MOSUL),  # descriptor inside: "the city of Mosul"
        ("تعمل الشركة بالعراق منذ عام.", "بالعراق", IRAQ),  # clitic left on: "in Iraq"
        ("دعم للعراق في الأزمة.", "للعراق", IRAQ),  # ل + ال written لل: "for Iraq"
        # "the legal status of Jerusalem": the mention cut after the ل of لل (لقدس) is looked up as القدس,
        # not as the Iranian town لقدس (Qods)
        ("تمس الوضع القانوني للقدس.", "لقدس", JERUSALEM),
        ("زار الوزير أنقرة وأنقرة ترحب.", "وأنقرة", ANKARA),  # "and Ankara"
        ("عاد الوفد لبغداد مساء.", "لبغداد", BAGHDAD),  # "to Baghdad"
        ("فالقاهرة تراقب الوضع.", "فالقاهرة", CAIRO),  # "so Cairo is watching"
        ("افتتح المعرض في اسطنبول.", "اسطنبول", ISTANBUL),  # Istanbul, bare alef
        ("افتتح المعرض في إسطنبول.", "إسطنبول", ISTANBUL),  # Istanbul, hamza under alef
        ("قال مسؤول في واشنطن.", "واشنطن", WASHINGTON),  # the capital, not the small US towns
        ("أعلنت أمريكا العقوبات.", "أمريكا", USA),  # "America" (lexicon variant)
        ("أعلنت أميركا العقوبات.", "أميركا", USA),  # "America", the other spelling
        ("اقتحمت القوات الضفة الغربية.", "الضفة الغربية", WEST_BANK),  # a region of regions.tsv
        ("التوتر في الشرق الأوسط.", "الشرق الأوسط", MIDDLE_EAST),  # "the Middle East": no country
        ("وصل الوفد إلى سول.", "سول", SEOUL),  # Seoul's common spelling, not Sewell, New Jersey
        ("في سان بطرسبرغ.", "سان بطرسبرغ", ST_PETERSBURG),  # Saint Petersburg, written with سان
        ("حوض السفن في بطرسبرغ.", "بطرسبرغ", ST_PETERSBURG),  # not Petersburg, Virginia
        ("ولد في شيكاغو الأمريكية.", "شيكاغو الأمريكية", CHICAGO),  # "American Chicago": the adjective kept
        ("قتل شاب شرق #خان_يونس.", "#خان_يونس", KHAN_YUNIS),  # a hashtag: underscore for the space
        ("سقطت صواريخ على عسقلان.", "عسقلان", ASHKELON),  # Ashkelon: GeoNames has no Arabic name (variants)
    ],
)
def test_single_place(places: Places, text: str, surface: str, expected: Geo) -> None:
    result = places(article(text, surface))
    assert geo_of(result) == expected
    assert result.entities[0].country == expected.country


@pytest.mark.parametrize(
    ("text", "surfaces", "expected"),
    [
        # Amman alone: bare عمان is the Jordanian capital (lexicon "prefer"), not the Sultanate.
        ("وصل الملك إلى عمان.", ("عمان",), AMMAN),
        # with Jordan named in the article: Amman
        ("وصل الملك إلى عمان عائدا من جولة خارج الأردن.", ("عمان", "الأردن"), AMMAN),
        # "the Sultanate of Oman" as the mention
        ("وصل الوزير إلى سلطنة عمان.", ("سلطنة عمان",), OMAN),
        # only عمان tagged, سلطنة just before it
        ("وصل الوزير إلى سلطنة عمان.", ("عمان",), OMAN),
        # with the Emirates named, Oman (a neighbour) beats Amman
        ("أعلنت الإمارات وعمان اتفاقا.", ("عمان", "الإمارات"), OMAN),
        # Tripoli alone: the Libyan capital
        ("اشتباكات في طرابلس.", ("طرابلس",), TRIPOLI_LBY),
        # Tripoli with Lebanon named: the Lebanese city
        ("اشتباكات في طرابلس شمال لبنان.", ("طرابلس", "لبنان"), TRIPOLI_LBN),
        # Rafah with Egypt named: the Egyptian side
        ("فتحت مصر معبر رفح.", ("رفح", "مصر"), RAFAH_EGY),
        # Riyadh named in an article about Egypt stays Riyadh (Egypt's Ar Riyad is 175x smaller)
        ("زار وزير خارجية مصر الرياض.", ("الرياض", "مصر"), RIYADH),
    ],
)
def test_context(places: Places, text: str, surfaces: tuple[str, ...], expected: Geo) -> None:
    assert geo_of(places(article(text, *surfaces))) == expected


def test_unknown_place_has_no_geo(places: Places) -> None:
    # "Zumurrudistan", an invented name
    result = places(article("وصلت القافلة إلى زمردستان.", "زمردستان"))
    assert result.entities[0] == Entity("e0", "LOC", "زمردستان", (Span(17, 25),), geo=None, source="test")


def test_a_hamza_alif_is_no_article(places: Places) -> None:
    # "Spain's foreign minister Albares arrived": ألباريس begins with أل, which is no article ال, so it is
    # not باريس (Paris) with an article; the name stays unplaced (the NER had called it a place).
    result = places(article("وصل الوزير ألباريس أمس.", "ألباريس"))
    assert result.entities[0].geo is None


def test_non_loc_entities_untouched(places: Places) -> None:
    # "the UN in Baghdad": the ORG is left as it came, the LOC is geocoded
    text = "الأمم المتحدة في بغداد"
    given = article(text, "الأمم المتحدة", "بغداد")
    org = dataclasses.replace(given.entities[0], label="ORG")
    result = places(dataclasses.replace(given, entities=(org, given.entities[1])))
    assert result.entities[0] is org
    assert result.entities[1].geo == BAGHDAD


def test_existing_country_kept(places: Places) -> None:
    # an entity whose country another stage set keeps it; geo is still filled
    given = article("في بغداد", "بغداد")
    entity = dataclasses.replace(given.entities[0], country="XXX")
    result = places(dataclasses.replace(given, entities=(entity,)))
    assert result.entities[0].country == "XXX"
    assert result.entities[0].geo == BAGHDAD


def test_all_mentions_are_candidates(places: Places) -> None:
    # an unknown first mention ("Mosulistan", invented) and a known second one: Mosul
    text = "موصلستان ثم الموصل"
    entity = Entity("e0", "LOC", "موصلستان", (Span(0, 8), find_span(text, "الموصل")))
    assert geo_of(places(Article(text=text, entities=(entity,)))) == MOSUL


def test_article_without_loc_is_returned_as_is(places: Places) -> None:
    given = article("قال الرئيس", "الرئيس", label="PER")  # "the president said"
    assert places(given) is given


@pytest.mark.parametrize(
    ("key", "forms"),
    [
        ("بالعراق", ["بالعراق", "العراق"]),  # "in Iraq"
        ("للعراق", ["للعراق", "العراق"]),  # "for Iraq": ل + ال
        ("وبغداد", ["وبغداد", "بغداد", "غداد"]),  # "and Baghdad": the whole form is tried first
        ("فلبنان", ["فلبنان", "لبنان", "بنان"]),  # "so Lebanon"
        ("بمصر", ["بمصر", "مصر"]),  # "in Egypt": a three-letter stem is enough
        ("بلد", ["بلد"]),  # "country" (a common noun): ب + لد would leave two letters
    ],
)
def test_strip_clitics(key: str, forms: list[str]) -> None:
    assert list(strip_clitics(key)) == forms


def test_helpers() -> None:
    gazetteer = default()
    assert gazetteer.country_name("SAU") == "السعودية"  # Saudi Arabia
    assert gazetteer.country_name("ZZZ") is None
    assert gazetteer.country_of("أنقرة") == "TUR"  # Ankara
    assert gazetteer.country_of("بالعراق") == "IRQ"  # "in Iraq"
    assert gazetteer.country_of("سورية") == "SYR"  # Syria, ta marbuta spelling
    assert gazetteer.country_of("زمردستان") is None  # invented
    assert gazetteer.neighbours("OMN") == frozenset({"ARE", "SAU", "YEM"})
    assert len(gazetteer.countries) == 250


def test_lexicon_rows_on_a_fake_gazetteer() -> None:
    # A two-place gazetteer built in memory: the variant rows apply without the shipped file.
    town = Place(1, "Town", 1.0, 2.0, "AAA", "PPL", 10)
    country = Place(2, "Land", 0.0, 0.0, "AAA", "PCLI", 100)
    variants = [
        ("name", "بلدتي", "1", "my town"),
        ("prefer", "بلاد", "1", "the town, not the country"),
        ("drop", "قديم", "1", "an old name"),
        ("descriptor", "مدينة", "city", "city"),
    ]
    gazetteer = Gazetteer([(town, ["قديم", "بلاد"]), (country, ["بلاد"])], {"AAA": "بلاد"}, {}, variants)
    assert gazetteer.lookup("بلدتي") == (town,)
    assert gazetteer.lookup("بلاد") == (town, country)
    assert gazetteer.lookup("قديم") == ()
    assert gazetteer.lookup("ومدينة البلاد") == (town,)  # "and the city of the land": و, descriptor, ال


def test_every_lexicon_target_exists() -> None:
    # A lexicon row whose target the built data lacks would be skipped silently on load: catch it here.
    gazetteer = default()
    known = {str(i) for i in gazetteer.by_id} | set(gazetteer.countries)
    rows = [(kind, target) for kind, _, target, _ in read_variants() if kind != "descriptor"]
    missing = [row for row in rows if row[1] not in known]
    assert missing == []


def test_unknown_place_takes_the_articles_country(places: Places) -> None:
    # "Clashes in Zumurrudabad, near Mosul, Iraq": an unknown place among Iraqi ones is most likely Iraqi,
    # and its point is estimated from the nearest Iraqi town the text names (not the country's centroid).
    result = places(article("اشتباكات في زمردآباد قرب الموصل في العراق.", "زمردآباد", "الموصل", "العراق"))
    assert [(e.name, e.country, e.geo) for e in result.entities] == [
        ("زمردآباد", "IRQ", Geo("near Mosul", MOSUL.lat, MOSUL.lon, None, "IRQ", None)),
        ("الموصل", "IRQ", MOSUL),
        ("العراق", "IRQ", IRAQ),
    ]


def test_estimated_point_comes_from_the_nearest_place(places: Places) -> None:
    # "Zumurrudabad near Baghdad; later clashes in Mosul, Iraq": Baghdad is named nearest to it.
    text = "زمردآباد قرب بغداد. ثم اشتباكات في الموصل في العراق."
    result = places(article(text, "زمردآباد", "بغداد", "الموصل", "العراق"))
    assert result.entities[0].geo == Geo("near Baghdad", BAGHDAD.lat, BAGHDAD.lon, None, "IRQ", None)


def test_a_bare_descriptor_gets_no_estimated_point(places: Places) -> None:
    # "the governorate" mis-tagged as a place in an article about Mosul, Iraq: no point for a common noun
    result = places(article("قالت المحافظة إن الموصل في العراق آمنة.", "المحافظة", "الموصل", "العراق"))
    assert (result.entities[0].country, result.entities[0].geo) == ("IRQ", None)


def test_a_far_small_town_gives_way_to_the_home_country(places: Places) -> None:
    # "clashes in al-Khadra near Saada, Yemen": GeoNames' الخضراء are far away (an alternate name of
    # Rahat, Israel; a Libyan town); in an article about Yemen it is a local place near Saada.
    text = "اشتباكات في الخضراء قرب صعدة في اليمن."
    result = places(article(text, "الخضراء", "صعدة", "اليمن"))
    saada = result.entities[1].geo
    assert saada is not None and saada.name == "Sa'dah"
    assert (result.entities[0].country, result.entities[0].geo) == (
        "YEM",
        Geo("near Sa'dah", saada.lat, saada.lon, None, "YEM", None),
    )


def test_a_square_named_for_a_far_town_is_a_local_site(places: Places) -> None:
    # "thousands demonstrated in Martyrs' Square in central Beirut, Lebanon": الشهداء is also a town in
    # Egypt, a country the article does not name; the square is a local place near Beirut.
    text = "تظاهر الآلاف في ساحة الشهداء وسط بيروت في لبنان."
    result = places(article(text, "الشهداء", "بيروت", "لبنان"))
    beirut = result.entities[1].geo
    assert beirut is not None and beirut.name == "Beirut"
    assert (result.entities[0].country, result.entities[0].geo) == (
        "LBN",
        Geo("near Beirut", beirut.lat, beirut.lon, None, "LBN", None),
    )


def test_a_square_named_for_a_town_of_the_article_keeps_it(places: Places) -> None:
    # "a rally in al-Shuhada square ... in Egypt": the article names Egypt, so the town stays a reading.
    text = "تجمع في ساحة الشهداء بمحافظة المنوفية في مصر."
    result = places(article(text, "الشهداء", "مصر"))
    assert result.entities[0].country == "EGY"
    assert result.entities[0].geo is not None and result.entities[0].geo.geonames_id is not None


@pytest.mark.parametrize(
    ("surface", "name", "feature"),
    [
        ("صعدة", "Sa'dah", "PPL"),  # bare Saada: the town
        ("محافظة صعدة", "Saada governorate", "ADM1"),  # "Saada governorate": the division
        ("بمحافظة نينوى", "Nineveh governorate", "ADM1"),  # "in Nineveh governorate"
        ("نينوى", "Nineveh governorate", "ADM1"),  # Nineveh: no town of that name
        ("ريف دمشق", "Rif Dimashq governorate", "ADM1"),  # a listed name wins over ريف "countryside of"
        ("ريف إدلب الجنوبي", "Idlib", "PPL"),  # "southern rural Idlib": the town's surroundings
        ("شمال سوريا", "Syria", "PCLI"),  # "northern Syria"
        ("جوزجان", "Jowzjan province", "ADM1"),  # an Afghan province
        ("ولاية هاتاي", "Hatay province", "ADM1"),  # "the province of Hatay"
        ("مطار دمشق الدولي", "Damascus", "PPLC"),  # "Damascus international airport": near Damascus
        ("سد الموصل", "Mosul", "PPL"),  # "the Mosul dam"
        ("القدس المحتلة", "Jerusalem", "PPLC"),  # "occupied Jerusalem": an epithet, wherever it stands
        ("صنعاء القديمة", "Sanaa", "PPLC"),  # "old Sanaa"
        ("البوكمال", "Ālbū Kamāl", "PPL"),  # Albu Kamal written joined, as news does (GeoNames: البو كمال)
        ("أبوظبي", "Abu Dhabi", "PPLC"),  # Abu Dhabi written joined
    ],
)
def test_divisions_and_near_words(surface: str, name: str, feature: str) -> None:
    found = default().lookup(surface)
    assert (found[0].name, found[0].feature) == (name, feature)


def test_direction_adjective_alone_is_not_dropped() -> None:
    # "the west coast": not the Egyptian town الساحل "the coast" (only ريف X الغربي drops the adjective)
    assert default().lookup("الساحل الغربي") == ()


def test_division_rows_on_a_fake_gazetteer() -> None:
    # A town and a governorate of the same name: the town for the bare name, the division after محافظة.
    town = Place(1, "Town", 1.0, 2.0, "AAA", "PPL", 10)
    division = Division(Place(None, "Town governorate", 1.5, 2.5, "AAA", "ADM1"), ("بلدتي",), True)
    gazetteer = Gazetteer(
        [(town, ["بلدتي"])], {}, {}, [], (), [division], {"محافظه": "province", "ريف": "near"}
    )
    assert gazetteer.lookup("بلدتي") == (town, division.place)
    assert gazetteer.lookup("محافظة بلدتي") == (division.place, town)
    assert gazetteer.lookup("ريف بلدتي") == (town, division.place)
    assert gazetteer.local_names(stop=["-"], keep=[]) == {"بلدتي": frozenset({"AAA"})}


def test_divisions_lexicon_is_well_formed() -> None:
    # Every row has a country (or none, for a cross-border region), a point and a known feature code.
    rows = read_admin()
    assert len(rows) > 250
    for row in rows:
        place = row.place
        assert place.feature in {"ADM1", "ADM2", "RGN"}, row
        assert place.lat is not None and -90 <= place.lat <= 90 and place.lon is not None, row
        assert place.country == "" or len(place.country) == 3, row
        assert row.names and all(row.names), row


def test_dateline_places_do_not_vote(places: Places) -> None:
    # "Dubai (CNN) -- clashes in Zumurrudabad": the dateline says where the report was filed.
    result = places(article("دبي (CNN) -- اشتباكات في زمردآباد.", "دبي", "زمردآباد"))
    assert [e.country for e in result.entities] == ["ARE", None]
    # "Dubai - clashes in Zumurrudabad": a local report gives the city alone, and it still only says
    # where the report was filed.
    result = places(article("دبي - اشتباكات في زمردآباد.", "دبي", "زمردآباد"))
    assert [e.country for e in result.entities] == ["ARE", None]


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("بيروت (أ ف ب) - قال", len("بيروت (أ ف ب) -")),
        ("دبي، الإمارات العربية المتحدة (CNN) -- قال", len("دبي، الإمارات العربية المتحدة (CNN) --")),
        ("نابلس - استشهد", len("نابلس - ")),
        ("الخرطوم - (رويترز) - اندلعت", len("الخرطوم - (رويترز) -")),
        ("قال وزير الخارجية التركي - في بيان - إن", 0),  # a dash aside four words in is no dateline
        ("اشتباكات في زمردآباد.", 0),
    ],
)
def test_dateline_forms(text: str, end: int) -> None:
    assert dateline_end(text) == end


def test_a_country_found_gets_its_code(places: Places) -> None:
    # "in Mongolia": a country the gazetteer knows is coded as CAMEO codes a state.
    result = places(article("في منغوليا", "منغوليا"))
    assert (result.entities[0].country, result.entities[0].actor_code) == ("MNG", "MNG")


def test_descriptor_and_name_looked_up_together(places: Places) -> None:
    # "taken to a hospital in Kansas City": the mention is كانساس, مدينة stays outside it, and
    # مدينة كانساس together is listed as Kansas City (bare كانساس is the state).
    text = "نقل إلى مستشفى في مدينة كانساس أمس."
    result = places(article(text, "كانساس"))
    geo = geo_of(result)
    assert geo is not None and (geo.name, geo.geonames_id) == ("Kansas City", 4393217)


def test_a_descriptor_with_a_proclitic_is_looked_up_without_it(places: Places) -> None:
    # "a strike in a factory in the city of al-Mahalla al-Kubra": بمدينة carries ب; with it the lookup
    # had dropped the epithet الكبرى and found المحلة, a hamlet in Anguilla.
    text = "إضراب في مصنع بمدينة المحلة الكبرى أمس."
    geo = geo_of(places(article(text, "المحلة الكبرى")))
    assert geo is not None and (geo.country, geo.geonames_id) == ("EGY", 360829)


def test_a_qualified_mention_leads(places: Places) -> None:
    # "Kansas hospital … taken to Kansas City": one entity, its bare mention first; the mention after
    # مدينة "city" tells more, so the entity is Kansas City, not the state.
    text = "مستشفى كانساس نقله إلى مدينة كانساس أمس."
    first = find_span(text, "كانساس")
    second = find_span(text, "كانساس", 1)
    entity = Entity("e0", "LOC", "كانساس", (first, second), source="test")
    geo = geo_of(places(Article(text=text, entities=(entity,))))
    assert geo is not None and geo.geonames_id == 4393217


def test_unknown_quarter_lies_in_the_city_named_before_it(places: Places) -> None:
    # "An attack on Jizan in Saudi Arabia; raids on Sanaa; Saudi Arabia said ...; three killed in the
    # Shu'ub quarter": the quarter the gazetteer lacks is placed near Sanaa, the city named last before
    # it, in Yemen, not in the country the article's places mostly lie in.
    text = "هجوم على جازان في السعودية. وغارات على صنعاء. وقالت السعودية إن. وقتل ثلاثة في حي شعوب."
    result = places(article(text, "جازان", "السعودية", "صنعاء", "شعوب"))
    quarter = next(e for e in result.entities if e.name == "شعوب")
    assert (quarter.country, quarter.geo) == ("YEM", Geo("near Sanaa", 15.35452, 44.20646, None, "YEM", None))
