"""Events on hand-written news sentences (issue #6): reporting verbs, coordinated subjects, the
occupation's forces, fear, a group named again by its kind."""

from __future__ import annotations

import pytest

from tests.test_events import _STAGE, actors, build


@pytest.mark.parametrize(
    ("text", "entities", "expected"),
    [
        # Britain and France had launched raids on rebel positions in Saada (pluperfect background: a
        # real past attack; the dual's two-country subject gives one source, the first named)
        (
            "وكانت بريطانيا وفرنسا قد شنتا غارات على مواقع للمتمردين في صعدة.",
            {"بريطانيا": ("ORG", "GBR", "GBR"), "فرنسا": ("ORG", "FRA", "FRA"), "صعدة": ("LOC", None, "YEM")},
            [("195", "GBR", "YEMREB")],
        ),
        # Russia and Syria carried out joint strikes on the city (the first conjunct again)
        (
            "روسيا وسوريا قصفتا المدينة.",
            {"روسيا": ("ORG", "RUS", "RUS"), "سوريا": ("ORG", "SYR", "SYR")},
            [("195", "RUS", None)],
        ),
    ],
)
def test_coordinated_subject_gives_the_first_as_source(
    text: str,
    entities: dict[str, tuple[str, str | None, str | None]],
    expected: list[tuple[str, str | None, str | None]],
) -> None:
    assert actors(text, entities=entities) == expected


@pytest.mark.parametrize(
    ("text", "entities", "expected"),
    [
        # the interior ministry announced the killing of four gunmen in a raid: the ministry announced it,
        # it killed no one; the raid names no doer, so neither event has a source
        (
            "أعلنت وزارة الداخلية مقتل أربعة مسلحين في غارة.",
            {"وزارة الداخلية": ("ORG", "GOV", None)},
            [("190", None, "UAF"), ("195", None, None)],
        ),
        # the army said three fighters were killed in a Turkish air strike: the strike's doer killed them
        (
            "ذكر الجيش مقتل ثلاثة مقاتلين في غارة تركية.",
            {},
            [("190", "TURMIL", "UAF"), ("195", "TURMIL", None)],
        ),
    ],
)
def test_reporter_is_not_the_doer_of_a_noun_event(
    text: str,
    entities: dict[str, tuple[str, str | None, str | None]],
    expected: list[tuple[str, str | None, str | None]],
) -> None:
    assert actors(text, entities=entities) == expected


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        # the occupation forces stormed the camp of Balata at dawn: in a Palestinian place, Israel's army
        ("اقتحمت قوات الاحتلال مخيم بلاطة.", ("بلاطة", "PSE"), [("190", "ISRMIL", None)]),
        # the occupation army raided the town of Beita (the longer agent phrase, same country)
        ("هاجم جيش الاحتلال بلدة بيتا.", ("بيتا", "PSE"), [("190", "ISRMIL", None)]),
        # the security forces stormed a house in Nablus: a sector-only actor takes the place's country
        ("اقتحمت قوات الأمن منزلا في نابلس.", ("نابلس", "PSE"), [("190", "PSECOP", None)]),
    ],
)
def test_occupation_forces_are_the_occupier(
    text: str, place: tuple[str, str], expected: list[tuple[str, str | None, str | None]]
) -> None:
    name, iso = place
    assert actors(text, entities={name: ("LOC", None, iso)}) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Israel fears that Hezbollah will attack its northern towns: feared, not done
        "تخشى إسرائيل أن يهاجم حزب الله بلداتها الشمالية.",
        # the residents fear that the army will shell the neighbourhood again, past a longer subject
        "ويخشى السكان في الأحياء الشرقية من أن يقصف الجيش الحي مجددا.",
    ],
)
def test_feared_action_is_no_event(text: str) -> None:
    assert actors(text) == []


def test_group_named_again_by_its_kind() -> None:
    # the Houthi group said it would go on; its spokesman announced that the group's forces targeted a
    # ship: قوات الجماعة is the Houthis' forces (the article's group named before)
    text = "قالت جماعة الحوثي إنها ستواصل عملياتها. وأعلن المتحدث باسمها أن قوات الجماعة هاجمت سفينة."
    article = _STAGE(build(text, entities={"الحوثي": ("ORG", "YEMREB", "YEM")}))
    (event,) = article.events
    assert (event.cameo, event.source_actor.code if event.source_actor else None) == ("190", "YEMREB")
    assert event.source_actor is not None and event.source_actor.text == "قوات الجماعة"


def test_group_noun_without_antecedent_stays_unresolved() -> None:
    # the movement's members stormed the building, with no movement named before: no guess at a group
    assert actors("اقتحم عناصر الحركة المبنى.") == [("190", None, None)]
