"""Roles of the events stage on news sentences written for issue #6: who is an actor, who does what."""

from __future__ import annotations

import pytest

from tests.test_events import actors

_LIBYA = {"ليبيا": ("LOC", "LBY", "LBY")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the minister Ahmad Salem said that his country supports Libya's unity, pointing out that …:
        # بلاده is the speaker's country (the source), مشيرا a reporting participle, no actor
        (
            "وقال الوزير أحمد سالم إن بلاده تدعم وحدة ليبيا، مشيرا إلى أن الحوار سيستمر.",
            [("050", "EGY", "LBY")],
        ),
        # the same with a feminine possessive and participle (بلادها، مؤكدة)
        (
            "وقالت الوزيرة أحمد سالم إن بلادها تدعم ليبيا، مؤكدة أن الحوار سيستمر.",
            [("050", "EGY", "LBY")],
        ),
        # … supports Libya, adding that …: مضيفا after the object is no target either
        ("وأكد الوزير أحمد سالم دعم ليبيا، مضيفا أن الحوار سيستمر.", [("050", "EGYGOV", "LBY")]),
    ],
)
def test_homeland_and_reporting_participles(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    # the speaker: an Egyptian minister, tagged as the actors stage would code him or her
    speaker = "الوزيرة أحمد سالم" if "الوزيرة" in text else "الوزير أحمد سالم"
    entities = {speaker: ("PER", "EGYGOV", "EGY"), **_LIBYA}
    assert actors(text, entities=entities) == expected


def test_field_marshal_stays_an_actor() -> None:
    # the field marshal ordered the arrest of the officers: the definite المشير is still the army
    assert actors("واعتقل المشير الضباط.")[0][1] == "MIL"
