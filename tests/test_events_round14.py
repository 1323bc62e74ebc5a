"""Events, session 14 (issue #6), each case on sentences of our own: protest vocabulary (went out into the
streets), and the lead's hand-written news requests."""

from __future__ import annotations

import dataclasses

import pytest

from marsad.article import Article
from tests.test_events import _STAGE, actors, build, codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Thousands of students went out into the streets in Khartoum yesterday": took to the streets
        ("خرج آلاف الطلاب إلى الشوارع في الخرطوم أمس.", ["141"]),
        # "And hundreds of workers went out into the city's streets" (construct, الى without hamza)
        ("وخرج مئات العمال الى شوارع المدينة.", ["141"]),
        # "The minister went out to the street after the meeting": one man and the singular, no protest
        ("خرج الوزير إلى الشارع بعد الاجتماع.", []),
    ],
)
def test_going_out_into_the_streets_is_a_protest(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


def test_the_crowd_that_went_out_is_the_source() -> None:
    # "Hundreds of workers went out into the streets": the workers protest
    assert actors("خرج مئات العمال إلى الشوارع.") == [("141", "LAB", None)]


def _with_roles(article: Article, name: str, roles: tuple[str, ...]) -> Article:
    """The article with `roles` on the entity `name` (as the entities stage reads a title before a name)."""
    ents = tuple(dataclasses.replace(e, roles=roles) if e.name == name else e for e in article.entities)
    return dataclasses.replace(article, entities=ents)


def test_title_complement_and_rank_before_a_name_are_one_actor() -> None:
    # "In Misrata, the commander-in-chief of the national army, Field Marshal Salem Ali, received a Turkish
    # delegation": title, its complement and rank are the person's roles; he is the source, not the title
    ents = {"سالم علي": ("PER", "LBYMIL", "LBY"), "مصراتة": ("LOC", None, "LBY")}
    text = "وفي مصراتة، استقبل القائد العام للجيش الوطني المشير سالم علي وفدا تركيا."
    article = _with_roles(build(text, entities=ents), "سالم علي", ("القائد العام للجيش الوطني", "المشير"))
    events = _STAGE(article).events
    assert [(e.cameo, e.source_actor and e.source_actor.text) for e in events] == [("043", "سالم علي")]
    assert [e.source_actor and e.source_actor.code for e in events] == ["LBYMIL"]


def test_words_not_of_the_roles_keep_the_title_apart() -> None:
    # "The commander received, in the evening, Salem Ali": the words between are no roles of his; he is
    # the one received
    ents = {"سالم علي": ("PER", "LBYMIL", "LBY")}
    text = "استقبل القائد العام مساء أمس سالم علي."
    article = _with_roles(build(text, entities=ents), "سالم علي", ("القائد العام",))
    events = _STAGE(article).events
    assert [(e.cameo, e.target_actor and e.target_actor.text) for e in events] == [("043", "سالم علي")]


# "Hundreds of Lebanese demonstrated in Beirut in solidarity with the detainees in Damascus, while the
# police dispersed protesters who had blocked a road"
MEANWHILE = (
    "تظاهر مئات اللبنانيين في بيروت تضامنا مع المحتجزين في دمشق، فيما فرقت الشرطة متظاهرين أغلقوا طريقا."
)
MEANWHILE_PLACES = {"بيروت": ("LOC", None, "LBN"), "دمشق": ("LOC", None, "SYR")}


def test_meanwhile_opens_another_events_clause() -> None:
    # the police of the فيما clause are not the protest's target
    events = _STAGE(build(MEANWHILE, entities=MEANWHILE_PLACES)).events
    protest = [e for e in events if e.cameo == "141"]
    assert [(e.source_actor and e.source_actor.code, e.target_actor) for e in protest] == [("LBNCVL", None)]


def test_meanwhile_clause_without_a_place_takes_the_scene_of_the_event_before() -> None:
    # the dispersal happened in Beirut (the protest's place), not in Damascus (named for the detainees):
    # the police are Lebanon's
    events = _STAGE(build(MEANWHILE, entities=MEANWHILE_PLACES)).events
    dispersal = [e for e in events if e.cameo == "175"]
    assert [(e.place and e.place.name, e.source_actor and e.source_actor.code) for e in dispersal] == [
        ("بيروت", "LBNCOP")
    ]


def test_meanwhile_clause_with_its_own_place_keeps_it() -> None:
    # "…, while the police dispersed protesters in Damascus"
    text = "تظاهر مئات اللبنانيين في بيروت، فيما فرقت الشرطة متظاهرين في دمشق."
    events = _STAGE(build(text, entities=MEANWHILE_PLACES)).events
    assert [(e.cameo, e.place and e.place.name) for e in events if e.cameo == "175"] == [("175", "دمشق")]


def test_a_bomb_noun_takes_no_doer_after_bi() -> None:
    # "The movement said its fighters detonated an explosive device at a military vehicle in the camp": the
    # vehicle after ب is what the bomb hit, never the bomb's doer
    text = "وقالت الحركة إن مقاتليها فجروا عبوة ناسفة بآلية عسكرية في المخيم."
    events = _STAGE(build(text)).events
    bombs = [e for e in events if e.cameo == "1833"]
    assert [(e.source_actor and e.source_actor.text) for e in bombs] == ["مقاتليها"]


def test_what_a_protest_denounces_is_not_done_by_the_protest_site() -> None:
    # "Hundreds of students took part in a vigil in front of the embassy, denouncing the sanctions": the
    # sanctions (163) are no act of the embassy where the vigil stood, nor of the students
    text = "وشارك مئات الطلاب في وقفة احتجاجية أمام السفارة تنديدا بالعقوبات."
    assert actors(text) == [("141", "EDU", "GOV"), ("163", None, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The civil defence said that at least 18 people were killed in an air strike": the people, killed
        ("قال الدفاع المدني إن 18 شخصا على الأقل قتلوا في غارة.", ("190", "شخصا")),
        # "150 people were killed in an attack on the market"
        ("قتل 150 شخصا في هجوم على السوق.", ("190", "شخصا")),
    ],
)
def test_counted_people_are_the_victims(text: str, expected: tuple[str, str]) -> None:
    events = _STAGE(build(text)).events
    assert (events[0].cameo, events[0].target_actor and events[0].target_actor.text) == expected


def test_the_visitor_meets_during_the_visit() -> None:
    # "The UN envoy had arrived in Amman last week on a visit during which he met the foreign minister": the
    # envoy visits and meets; the minister is the one met
    text = "وكان المبعوث الأممي قد وصل إلى عمان الأسبوع الماضي في زيارة التقى خلالها وزير الخارجية."
    events = _STAGE(build(text)).events
    assert [
        (e.cameo, e.source_actor and e.source_actor.text, e.target_actor and e.target_actor.text)
        for e in events
    ] == [
        ("042", "المبعوث الأممي", None),
        ("040", "المبعوث الأممي", "وزير الخارجية"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The police fired tear gas at the protesters in front of parliament": repression of a crowd
        ("أطلقت الشرطة الغاز المسيل للدموع على المحتجين أمام البرلمان.", [("175", "COP", "CVL")]),
        # "Security forces fire tear gas at the demonstrators"
        ("قوات الأمن تطلق الغاز المسيل للدموع على المتظاهرين.", [("175", "COP", "CVL")]),
    ],
)
def test_firing_tear_gas_is_repression(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "An Iranian delegation will visit Muscat next week to discuss the file": a future visit, and the
        # talks it is for, are not done
        ("وفد إيراني سيزور مسقط الأسبوع المقبل لبحث الملف.", []),
        # "An Iranian delegation visited Muscat to discuss the file": done, one visit
        ("زار وفد إيراني مسقط لبحث الملف.", ["042"]),
    ],
)
def test_the_purpose_of_a_future_visit_is_not_done(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


def test_a_trailing_attribution_names_no_side() -> None:
    # "The army shelled towns in the south, killing two people, according to the national news agency": the
    # agency that reports it is no target of the shelling or the killing
    text = "قصف الجيش بلدات في الجنوب، ما أدى إلى مقتل شخصين، بحسب الوكالة الوطنية للإعلام."
    assert [(e.cameo, e.target_actor) for e in _STAGE(build(text)).events] == [("195", None), ("190", None)]
