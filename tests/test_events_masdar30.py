"""Events, session 30 (issue #6; docs/events_history.md "Session 30"), on sentences of our own: a trigger
spelled like a past verb standing as its masdar after a preposition or with ب/ل (M1r), the part of a force
in a construct chain (M2), the giver after من (M3), an attack the noun reading leaves objectless (M1t), and
the giver after a verb of receiving (M4)."""

from __future__ import annotations

import pytest

from marsad.stages.events import Events
from tests.test_events import build

_STAGE = Events()  # rules only

Sides = tuple[str, str | None, str | None]


def sides(text: str) -> list[Sides]:
    """(code, source text, target text) of every event the rules code."""
    return [
        (e.cameo, e.source_actor and e.source_actor.text, e.target_actor and e.target_actor.text)
        for e in _STAGE(build(text, entities={})).events
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The police announced the gunmen's killing of three civilians near the market": قتل after عن is the
        # masdar; its genitive, before an accusative object, is the killer, and the reporter is no doer.
        ("أعلنت الشرطة عن قتل مسلحين ثلاثة مدنيين قرب السوق.", ("190", "مسلحين", "مدنيين")),
        # "The minister denounced the killing of the journalists": the genitive of بقتل is the killed, not
        # the killers.
        ("ندد الوزير بقتل الصحفيين.", ("190", None, "الصحفيين")),
        # "The organisation spoke of gunmen abducting three children": the organisation does not abduct.
        ("تحدثت المنظمة عن خطف مسلحين ثلاثة أطفال.", ("181", "مسلحين", "أطفال")),
        # "The police announced the shelling of the militants' positions": the verb reading's subject is the
        # reporter, whom the noun reading's empty source does not take back.
        ("أعلنت الشرطة عن قصف مواقع المسلحين.", ("195", None, "المسلحين")),
    ],
)
def test_a_verb_form_after_a_preposition_has_a_masdars_arguments(text: str, expected: Sides) -> None:
    assert expected in sides(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The government rejected the accusations, but it moved to impose sanctions on the Iranian
        # company": the noun reading names no doer; the verb reading's (the antecedent of أنها) stands.
        (
            "رفضت الحكومة الاتهامات، غير أنها بادرت إلى فرض عقوبات على الشركة الإيرانية.",
            ("163", "الحكومة", "الشركة الإيرانية"),
        ),
        # "The government responded by expelling a number of the French diplomats": the object after عدد
        # من, which the noun reading misses, is the verb reading's.
        ("وردت الحكومة بطرد عدد من الدبلوماسيين الفرنسيين.", ("166", "الحكومة", "الدبلوماسيين الفرنسيين")),
        # "He said he holds to his rejection of any American plans."
        ("وقال إنه متمسك برفضه لأي خطط أميركية.", ("120", None, "أميركية")),
    ],
)
def test_a_side_the_noun_reading_leaves_empty_takes_the_verb_readings(text: str, expected: Sides) -> None:
    assert expected in sides(text)


def test_a_trigger_matched_whole_with_its_ba_stays_a_verb() -> None:
    # "The Egyptian president discussed the situation in Libya": بحث is matched whole (not ب + حث), so its ب
    # is no proclitic and the verb's subject stays the source.
    assert ("040", "الرئيس المصري", None) in sides("بحث الرئيس المصري الأوضاع في ليبيا.")


def test_a_part_in_a_construct_chain_names_the_side_of_the_killed() -> None:
    # "The police announced the killing of one of the army's officers": the army lost an officer (M2).
    assert ("190", None, "الجيش") in sides("أعلنت الشرطة عن قتل أحد ضباط الجيش.")


def test_the_giver_after_min_is_the_source_of_support() -> None:
    # "The government forces advanced toward the city with support from the international coalition" (M3).
    assert ("050", "التحالف الدولي", None) in sides(
        "تقدمت القوات الحكومية بدعم من التحالف الدولي نحو المدينة."
    )


def test_after_a_verb_of_receiving_the_genitive_gives() -> None:
    # "The president enjoys the army's support in this battle": the army supports (M4).
    assert ("050", "الجيش", None) in sides("يحظى الرئيس بدعم الجيش في هذه المعركة.")


def test_an_attack_left_objectless_as_a_noun_keeps_its_verb_readings_target() -> None:
    # "The sources said the blast came from artillery shelling that hit one of the sites belonging to the
    # militias": the militias were hit, not the shellers (M1t).
    text = "وقالت المصادر إن الانفجار ناتج عن قصف مدفعي استهدف أحد المواقع التابعة للميليشيات في البلدة."
    assert ("195", None, "للميليشيات") in sides(text)
