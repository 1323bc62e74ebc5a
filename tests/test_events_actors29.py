"""Events, session 29 (issue #6; docs/events_history.md "Session 29"), on sentences of our own: a relative
clause whose verb carries the antecedent as its object (E1), a bare plural subject right after a verb (E2),
and جيش "army" before a state in construct as that state's military (E4)."""

from __future__ import annotations

import pytest

from marsad.stages.events import Events
from tests.test_events import build

_STAGE = Events()  # rules only

Sides = tuple[str, str | None, str | None]


def sides(text: str, entities: dict[str, tuple[str, str | None, str | None]]) -> list[Sides]:
    """(code, source text, target text) of every event the rules code."""
    article = build(text, entities=entities)
    return [
        (e.cameo, e.source_actor and e.source_actor.text, e.target_actor and e.target_actor.text)
        for e in _STAGE(article).events
    ]


@pytest.mark.parametrize(
    ("text", "entities", "expected"),
    [
        # "… the preacher Kamal Nouri, whom Baghdad accuses of planning the attack": Baghdad accuses, the
        # preacher (the pronoun on the verb) is accused.
        (
            "وطالبت الحكومة بتسليم الداعية كمال نوري الذي تتهمه بغداد بتدبير الهجوم.",
            {"كمال نوري": ("PER", "IRQREL", "IRQ"), "بغداد": ("LOC", "IRQ", "IRQ")},
            ("112", "بغداد", "كمال نوري"),
        ),
        # "… the activists whom Iran has been holding for a month": Iran holds them.
        (
            "وطالبت لندن بالإفراج عن الناشطين الذين تحتجزهم إيران منذ شهر.",
            {"إيران": ("LOC", "IRN", "IRN"), "لندن": ("LOC", "GBR", "GBR")},
            ("173", "إيران", "الناشطين"),
        ),
    ],
)
def test_a_relative_verb_with_an_object_pronoun_has_the_antecedent_as_object(
    text: str, entities: dict[str, tuple[str, str | None, str | None]], expected: Sides
) -> None:
    assert expected in sides(text, entities)


def test_a_relative_verb_with_no_subject_after_it_keeps_the_antecedent_as_subject() -> None:
    # "The independent unions protested the government's plan to exclude the unions that criticise it": the
    # pronoun is someone else; with no actor after the verb the antecedent (the unions) is its subject.
    text = "واحتجت النقابات المستقلة على خطة الحكومة لإقصاء النقابات التي تنتقدها علنا."
    found = [s for s in sides(text, {}) if s[0] == "111"]
    assert found and all(s[1] == "النقابات" for s in found)


@pytest.mark.parametrize(
    ("text", "entities", "expected"),
    [
        # "while critics accuse the Turkish president of exploiting the coup attempt": the critics accuse,
        # the president is accused (no source named).
        (
            "بينما يتهم منتقدون الرئيس التركي باستغلال محاولة الانقلاب.",
            {},
            ("112", None, "الرئيس التركي"),
        ),
        # "Observers accused the government of silencing the press."
        (
            "واتهم مراقبون الحكومة بإسكات الصحافة.",
            {},
            ("112", None, "الحكومة"),
        ),
    ],
)
def test_a_bare_plural_after_the_verb_is_its_subject(
    text: str, entities: dict[str, tuple[str, str | None, str | None]], expected: Sides
) -> None:
    assert expected in sides(text, entities)


def test_an_army_before_a_state_is_that_states_military() -> None:
    # "The Syrian regime's army shelled the town": one actor, SYRMIL, the source; not a sector-only army
    # shelling the regime.
    article = build("وقصف جيش النظام السوري البلدة أمس.")
    events = [e for e in _STAGE(article).events if e.cameo.startswith("19")]
    assert [
        (e.source_actor and e.source_actor.text, e.source_actor and e.source_actor.code) for e in events
    ] == [("جيش النظام السوري", "SYRMIL")]
    assert all(e.target_actor is None or e.target_actor.code != "SYRGOV" for e in events)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # "… he also praised the Omani authorities' welcome of the delegation": the authorities are the
        # genitive of "welcome" (بترحيب), not the praiser.
        ("كما أشاد بترحيب السلطات العمانية بالوفد.", "أشاد", (None, "السلطات العمانية")),
        # "… and its support for the Houthi coup": the Houthis are what is supported (للانقلاب), not the
        # supporter.
        ("وتحدث عن دور الحزب هناك ودعمه للانقلاب الحوثي.", "ودعمه", (None, "الحوثي")),
    ],
)
def test_an_actor_in_the_phrase_after_the_trigger_is_no_source(
    text: str, trigger: str, expected: tuple[str | None, str | None]
) -> None:
    article = _STAGE(build(text))
    found = [
        (e.source_actor and e.source_actor.text, e.target_actor and e.target_actor.text)
        for e in article.events
        if article.text[e.trigger.start : e.trigger.end] == trigger
    ]
    assert found == [expected]


@pytest.mark.parametrize(
    ("text", "entities", "source"),
    [
        # "The Arab coalition's fighter jets struck arms depots near the valley": the jets are the
        # coalition's (SAUMIL), the source; not sector-only fighters striking the coalition.
        (
            "وضربت مقاتلات التحالف العربي مخازن سلاح قرب الوادي.",
            {"التحالف العربي": ("ORG", "SAUMIL", "SAU")},
            ("مقاتلات التحالف العربي", "SAUMIL"),
        ),
        # "The Syrian regime's aviation shelled the town": SYRMIL.
        ("وقصف طيران النظام السوري البلدة.", {}, ("طيران النظام السوري", "SYRMIL")),
        # "The Houthi militias fired a missile towards the city": the militias are the Houthis (YEMREB).
        (
            "وأطلقت مليشيات الحوثي صاروخا باتجاه المدينة.",
            {"الحوثي": ("ORG", "YEMREB", "YEM")},
            ("مليشيات الحوثي", "YEMREB"),
        ),
    ],
)
def test_an_armed_head_before_a_named_actor_is_that_actors_arm(
    text: str, entities: dict[str, tuple[str, str | None, str | None]], source: tuple[str, str]
) -> None:
    events = _STAGE(build(text, entities=entities)).events
    assert [(e.source_actor and (e.source_actor.text, e.source_actor.code)) for e in events] == [source]
    assert all(e.target_actor is None or e.target_actor.text not in source[0] for e in events)
