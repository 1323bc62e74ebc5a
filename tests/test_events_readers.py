"""Events on hand-written news sentences, read as a news reader would (issue #6, round 2): a quoted
object, a wound with no doer named, a plan, an attribution phrase, a clash with, a name holding a trigger
word, a role with its honorific and name, a dropped subject, a visit and its host."""

from __future__ import annotations

import dataclasses

import pytest

from marsad.article import Article, Geo
from tests.test_events import _STAGE, actors, build


def test_quoted_object_keeps_the_verb_active() -> None:
    # the army claimed in a statement that its forces killed "gunmen" near the border: the forces did it,
    # the quoted gunmen were killed (an opening quote is no clause end)
    text = 'زعم الجيش في بيان أن قواته قتلت "مسلحين" قرب الحدود.'
    assert actors(text) == [("190", "MIL", "UAF")]


def test_wound_with_no_doer_in_its_clause_has_no_source() -> None:
    # the army said its forces killed gunmen, and that one of its soldiers was wounded: the gunmen of the
    # first clause are not named as the wounding's doer
    text = "قال الجيش إن قواته قتلت مسلحين، وإن أحد جنوده أصيب بجروح."
    assert actors(text) == [("190", "MIL", "UAF"), ("190", None, "MIL")]


@pytest.mark.parametrize(
    "text",
    [
        # gunmen who were planning to carry out attacks on the city: planned, not done
        "قتلت الشرطة مسلحين كانوا يخططون لتنفيذ هجمات على المدينة.",
        # gunmen who intend to launch attacks on the bases: an intent
        "قتلت الشرطة مسلحين يعتزمون شن هجمات على القواعد.",
    ],
)
def test_planned_attack_is_no_event(text: str) -> None:
    assert [cameo for cameo, _, _ in actors(text)] == ["190"]


@pytest.mark.parametrize(
    "text",
    [
        # the security forces stormed the neighbourhood, according to what the health ministry announced:
        # the ministry is neither side of the raid
        "اقتحمت قوات الأمن الحي بحسب ما أعلنت وزارة الصحة.",
        # the same with وفق ما أفادت "as … reported" after a comma
        "اقتحمت قوات الأمن الحي، وفق ما أفادت وزارة الصحة.",
    ],
)
def test_attribution_phrase_names_no_argument(text: str) -> None:
    assert actors(text, entities={"وزارة الصحة": ("ORG", "GOV", None)}) == [("190", "COP", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the army clashed with resistance fighters barricaded in a house: they are the other side
        ("واشتبك الجيش مع مقاومين تحصنوا في منزل.", [("193", "MIL", "REB")]),
        # army forces besieged a house and clashed with resistance fighters: the subject dropped after و,
        # the fighters after مع are not it
        ("حاصرت قوات الجيش منزلا، واشتبكت مع مقاومين.", [("191", "MIL", None), ("193", "MIL", "REB")]),
    ],
)
def test_clash_with_resistance_fighters(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert actors(text) == expected


def test_dropped_subject_is_not_taken_from_another_sentence() -> None:
    # the army shelled the town. The secretary-general expressed concern and called for a ceasefire: neither
    # is the army's (الأمين العام, no actor here, is the subject; the event before is in another sentence)
    text = "قصف الجيش البلدة. وأعرب الأمين العام عن قلقه ودعا إلى وقف القتال."
    assert actors(text) == [("195", "MIL", None), ("012", None, None), ("100", None, None)]


def test_trigger_word_inside_a_name_does_not_fire() -> None:
    # the Rapid Support Forces accused the army of shelling the villages: no support (الدعم) event; the
    # army shelled the villages (CVL; the accused is the shelling's doer, not coordinated with the accuser)
    assert actors("اتهمت قوات الدعم السريع الجيش بقصف القرى.") == [
        ("112", "SDNREB", "MIL"),
        ("195", "MIL", "CVL"),
    ]


def test_role_honorific_and_name_are_one_actor() -> None:
    # the Moroccan monarch King Mohammed VI received in Rabat a delegation of French businessmen, and
    # discussed with them investment: one person received, the delegation after the place is received;
    # the second verb's dropped subject is the king, معهم the delegation
    text = (
        "استقبل العاهل المغربي الملك محمد السادس في الرباط وفدا من رجال الأعمال الفرنسيين،"
        " وبحث معهم فرص الاستثمار في المملكة."
    )
    events = _STAGE(build(text, entities={"محمد السادس": ("PER", "MARGOV", "MAR")})).events
    got = [
        (
            e.cameo,
            e.source_actor.text if e.source_actor else None,
            e.target_actor.code if e.target_actor else None,
        )
        for e in events
    ]
    assert got == [("043", "محمد السادس", "FRABUS"), ("040", "محمد السادس", "FRABUS")]


def _capitals(article: Article, names: tuple[str, ...]) -> Article:
    """The article with the named LOC entities geocoded as capitals (PPLC)."""
    entities = tuple(
        dataclasses.replace(e, geo=Geo(name=e.name, country=e.country, feature="PPLC"))
        if e.name in names
        else e
        for e in article.entities
    )
    return dataclasses.replace(article, entities=entities)


def test_visit_made_by_the_actor_after_yaqum_biha() -> None:
    # the two sides signed a deal during a visit Doha's emir is making to Cairo: the emir (of Qatar) visits,
    # Egypt hosts, in Cairo
    text = "وقع الجانبان اتفاقية خلال زيارة يقوم بها أمير الدوحة إلى القاهرة."
    entities = {"الدوحة": ("LOC", None, "QAT"), "القاهرة": ("LOC", None, "EGY")}
    article = _STAGE(_capitals(build(text, entities=entities), ("الدوحة", "القاهرة")))
    (visit,) = [e for e in article.events if e.cameo == "042"]
    assert visit.source_actor is not None and visit.target_actor is not None and visit.place is not None
    assert (visit.source_actor.country, visit.target_actor.code, visit.place.name) == (
        "QAT",
        "EGY",
        "القاهرة",
    )


def test_verb_after_an_attack_noun_is_its_relative_clause() -> None:
    # a policeman was wounded in a bombing that targeted his patrol: the bombing targeted, not the policeman
    assert actors("جرح شرطي في تفجير استهدف دوريته.") == [
        ("190", None, "COP"),
        ("183", None, None),
        ("190", None, "COP"),
    ]
