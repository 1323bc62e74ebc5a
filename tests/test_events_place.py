"""The events stage's place per event: the marked place nearest each trigger."""

from __future__ import annotations

import pytest

from tests.test_events import _STAGE, actors, build

NAMES = ("الموصل", "كركوك", "العراق")


def places(text: str) -> list[tuple[str, str | None]]:
    entities = {name: ("LOC", None, "IRQ") for name in NAMES if name in text}
    article = _STAGE(build(text, entities=entities))
    return [(article.span_text(e.trigger), e.place.name if e.place else None) for e in article.events]


def test_each_event_takes_the_place_nearest_its_trigger() -> None:
    # gunmen attacked a checkpoint in Mosul, and the police said a car bomb exploded in Kirkuk
    text = "هاجم مسلحون حاجزا في الموصل، وقالت الشرطة إن سيارة مفخخة انفجرت في كركوك."
    found = dict(places(text))
    assert (found["هاجم"], found["انفجرت"]) == ("الموصل", "كركوك")


def test_a_place_after_fi_beats_a_nearer_unmarked_one() -> None:
    # Iraq: gunmen attacked a checkpoint in Mosul (العراق is nearer the verb but not "in")
    assert places("العراق: هاجم مسلحون حاجزا في الموصل.") == [("هاجم", "الموصل")]


def test_unmarked_place_when_none_is_marked() -> None:
    # Mosul police: gunmen attacked a checkpoint
    assert places("شرطة الموصل: هاجم مسلحون حاجزا.") == [("هاجم", "الموصل")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # settlers attacked farmers in Hebron: the settlers are Israeli civilians (event_agents.tsv codes
        # them ISRCVL) wherever the attack is; the farmers take the place's country
        ("هاجم مستوطنون مزارعين في الخليل.", [("190", "ISRCVL", "PSEAGR")]),
        # the Israeli settlers attacked the citizens' homes in Hebron: the adjective joins the settlers
        ("هاجم المستوطنون الإسرائيليون منازل المواطنين في الخليل.", [("190", "ISRCVL", "PSECVL")]),
        # the settlers assaulted the civilians (no place): the civilians do not take the settlers' country
        ("اعتدى المستوطنون على المدنيين.", [("182", "ISRCVL", "CVL")]),
    ],
)
def test_agent_row_with_a_country_keeps_it(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    ents = {"الخليل": ("LOC", None, "PSE")} if "الخليل" in text else None
    assert actors(text, entities=ents) == expected


def speech_places(text: str, entities: dict[str, tuple[str, str | None, str | None]]) -> list[tuple]:
    article = _STAGE(build(text, entities=entities, feature="PCLI"))
    return [(e.cameo[:2], e.place.name if e.place else None) for e in article.events]


@pytest.mark.parametrize(
    ("text", "entities", "expected"),
    [
        # the Egyptian minister asked Britain to hand over the suspects: a demand of Britain, not in it
        (
            "طالب الوزير المصري بريطانيا بتسليم المتهمين.",
            {"بريطانيا": ("LOC", "GBR", "GBR")},
            [("10", None)],
        ),
        # the Iranian president threatened to strike Jordan: the threatened country is no place of the threat
        # (an actor with no country of its own, المتمردون "the rebels", takes the place's and keeps it)
        (
            "هدد الرئيس الإيراني بضرب الأردن.",
            {"الأردن": ("LOC", "JOR", "JOR")},
            [("13", None)],
        ),
        # the Canadian foreign ministry condemned the statements; Lebanon hosts millions of refugees (the
        # article's main place, no place of the condemnation) is not taken either
        (
            "استنكرت الخارجية الكندية التصريحات. وتستضيف لبنان ملايين اللاجئين.",
            {"لبنان": ("LOC", "LBN", "LBN")},
            [("11", None)],
        ),
    ],
)
def test_a_speech_act_with_no_marked_place_has_none(
    text: str, entities: dict[str, tuple[str, str | None, str | None]], expected: list[tuple]
) -> None:
    assert speech_places(text, entities) == expected


@pytest.mark.parametrize(
    ("text", "entities", "expected"),
    [
        # Amman condemned the bombing: Jordan's own statement, in the story of Jordan, keeps its place (as
        # does the bombing, no act of speech)
        ("دانت عمان التفجير.", {"عمان": ("LOC", "JOR", "JOR")}, [("11", "عمان"), ("18", "عمان")]),
        # the British minister stated in Cairo that the talks are good: a marked place is the statement's
        (
            "صرح الوزير البريطاني في القاهرة بأن المحادثات جيدة.",
            {"القاهرة": ("LOC", "EGY", "EGY")},
            [("01", "القاهرة")],
        ),
    ],
)
def test_a_speech_act_keeps_a_marked_place_or_its_own_country(
    text: str, entities: dict[str, tuple[str, str | None, str | None]], expected: list[tuple]
) -> None:
    assert speech_places(text, entities) == expected


@pytest.mark.parametrize(
    ("text", "entities", "expected"),
    [
        # the White House announced, after a meeting the president held about the attack which government
        # forces carried out in Douma, that Washington has not settled its answer: the meeting is not in
        # Douma (the relative clause's place), the attack right before الذي is
        (
            "أعلن البيت الأبيض عقب اجتماع عقده الرئيس حول الهجوم الذي نفذته القوات الحكومية في دوما، أن"
            " واشنطن لم تحسم الرد.",
            {"دوما": ("LOC", None, "SYR"), "واشنطن": ("LOC", "USA", "USA")},
            [("اجتماع", "واشنطن"), ("الهجوم", "دوما")],
        ),
        # the suspects reached Athens. The police arrested nine for their ties to the front which is active
        # in Turkey: the arrests take the article's place, not the front's
        (
            "وصل المتهمون إلى أثينا. واعتقلت الشرطة تسعة أشخاص لصلتهم بالجبهة التي تنشط في تركيا.",
            {"أثينا": ("LOC", None, "GRC"), "تركيا": ("LOC", "TUR", "TUR")},
            [("واعتقلت", "أثينا")],
        ),
        # planes shelled gunmen's positions near Homs, which the army took in March after battles in Palmyra
        (
            "قصفت الطائرات مواقع المسلحين قرب حمص، التي سيطر عليها الجيش في مارس بعد معارك في تدمر.",
            {"حمص": ("LOC", None, "SYR"), "تدمر": ("LOC", None, "SYR")},
            [("قصفت", "حمص")],
        ),
        # planes raided Homs after the attack which gunmen carried out in Palmyra: each its own town
        (
            "شنت الطائرات غارات على حمص بعد الهجوم الذي نفذه مسلحون في تدمر.",
            {"حمص": ("LOC", None, "SYR"), "تدمر": ("LOC", None, "SYR")},
            [("شنت", "حمص"), ("الهجوم", "تدمر")],
        ),
    ],
)
def test_a_relative_clauses_place_is_not_another_acts(
    text: str, entities: dict[str, tuple[str, str | None, str | None]], expected: list[tuple[str, str]]
) -> None:
    assert places_of(text, entities) == expected


def places_of(text: str, entities: dict[str, tuple[str, str | None, str | None]]) -> list[tuple[str, str]]:
    article = _STAGE(build(text, entities=entities))
    return [(article.span_text(e.trigger), e.place.name if e.place else "") for e in article.events]


@pytest.mark.parametrize(
    ("text", "entities", "expected"),
    [
        # the French minister asked the government to free employees held for two months in Ankara: the
        # demand's topic is in Ankara, the demand is not
        (
            "طالب الوزير الفرنسي الحكومة بالإفراج عن موظفين محتجزين منذ شهرين في أنقرة.",
            {"أنقرة": ("LOC", "TUR", "TUR")},
            [("10", None)],
        ),
        # the European Union refused three visa requests within the file of the former agent's poisoning in
        # London
        (
            "رفض الاتحاد الأوروبي ثلاثة طلبات تأشيرة ضمن ملف تسميم العميل السابق في لندن.",
            {"لندن": ("LOC", "GBR", "GBR")},
            [("12", None)],
        ),
        # the Russian minister criticised, in a speech at an economic forum in Moscow, US policy: far from the
        # verb, but the speaker's own country's place is kept (unplaced_speech)
        (
            "انتقد الوزير الروسي في كلمة أمام منتدى اقتصادي في موسكو السياسة الأميركية.",
            {"موسكو": ("LOC", "RUS", "RUS")},
            [("11", "موسكو")],
        ),
    ],
)
def test_a_place_far_after_a_speech_act_is_its_topics(
    text: str, entities: dict[str, tuple[str, str | None, str | None]], expected: list[tuple]
) -> None:
    assert speech_places(text, entities) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the police arrested three who raised a banner reading "freedom for Aleppo" in central Damascus:
        # the banner's Aleppo is no place of the arrest
        (
            'اعتقلت الشرطة ثلاثة أشخاص رفعوا لافتة كتب عليها "الحرية لحلب" في وسط دمشق.',
            [("اعتقلت", "دمشق")],
        ),
        # the spokesman said: "we shelled the gunmen's positions in Aleppo" after reaching Damascus: a
        # trigger inside the quotation keeps its own place
        (
            'وقال المتحدث: "قصفنا مواقع المسلحين في حلب" بعد وصوله إلى دمشق.',
            [("قصفنا", "حلب")],
        ),
    ],
)
def test_a_quoted_place_is_no_place_of_an_act_outside_the_quotation(
    text: str, expected: list[tuple[str, str]]
) -> None:
    entities = {"حلب": ("LOC", None, "SYR"), "دمشق": ("LOC", None, "SYR")}
    assert places_of(text, entities) == expected
