"""A protest act with its purpose (issue #6, session 11): blocking roads followed by احتجاجا على or
تنديدا ب is a protest (CAMEO 144, obstruct passage) whatever the gate says, the purpose noun no event of
its own; closing roads with no purpose stated is no trigger; the act protested is not the protesters'."""

from __future__ import annotations

from collections.abc import Sequence

from marsad.events_gate import Gate
from marsad.stages.events import Events, Site
from tests.test_events import actors, build


class _RejectAll(Gate):
    """A fake gate: rejects every ASSAULT and PROTEST sentence."""

    def keep(self, sites: Sequence[Site]) -> bool:
        return False


def _coded(text: str) -> list[tuple[str, str | None, str | None]]:
    out = []
    for e in Events(_RejectAll())(build(text)).events:
        out.append(
            (
                e.cameo,
                e.source_actor.code if e.source_actor else None,
                e.target_actor.code if e.target_actor else None,
            )
        )
    return out


def test_road_blocked_in_protest_passes_the_gate() -> None:
    # dozens of workers closed the roads to the port in protest at their delayed wages: one protest act,
    # the blocking (144), kept though the gate rejects the sentence; احتجاجا is its purpose, no event
    assert _coded("وأغلق عشرات العمال الطرق المؤدية إلى الميناء احتجاجا على تأخر رواتبهم.") == [
        ("144", "LAB", None)
    ]


def test_road_closed_without_purpose_is_no_trigger() -> None:
    # the police closed the roads leading to the square: an authority's closure, no protest
    assert actors("أغلقت الشرطة الطرق المؤدية إلى الساحة.") == []


def test_act_protested_is_not_the_protesters() -> None:
    # protesters cut the international road denouncing the arrest of an activist: the blocking is theirs,
    # the arrest (its doer unnamed) is not
    assert actors("وقطع محتجون الطريق الدولي تنديدا باعتقال ناشط.") == [
        ("144", "CVL", None),
        ("173", None, "CVL"),
    ]


def test_protest_verb_and_its_purpose_noun_are_one_protest() -> None:
    # thousands of students demonstrated in Cairo yesterday in protest at the price rises: one protest,
    # the verb's (احتجاجا is its purpose, not a second 141 event)
    assert _coded("تظاهر آلاف الطلاب في القاهرة أمس احتجاجا على رفع الأسعار.") == []  # the gate rejects
    assert actors("تظاهر آلاف الطلاب في القاهرة أمس احتجاجا على رفع الأسعار.") == [("141", "EDU", None)]


def test_protest_verb_takes_its_purpose_nouns_target() -> None:
    # the workers struck at the factory yesterday in protest at the management's decision: one strike
    # (143), against the management named after احتجاجا على
    assert actors(
        "أضرب العمال في المصنع أمس احتجاجا على قرار الإدارة.", entities={"الإدارة": ("ORG", "GOV", None)}
    ) == [("143", "LAB", "GOV")]
