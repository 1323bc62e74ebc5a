"""A force led by a state (issue #6, session 11): X بقيادة Y is the force X, coded with Y's country and X's
sector, not the bare leader Y."""

from __future__ import annotations

import pytest

from tests.test_events import actors

Expected = list[tuple[str, str | None, str | None]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the aircraft of the coalition led by the Emirates launched a series of raids on the city: AREMIL
        ("فيما شنت طائرات التحالف بقيادة الإمارات سلسلة غارات على المدينة.", [("195", "AREMIL", None)]),
        # the forces of the international coalition led by the United States shelled positions: USAMIL (the
        # coalition's IGOMIL has the sector MIL)
        ("وقصفت قوات التحالف الدولي بقيادة الولايات المتحدة مواقع للتنظيم.", [("195", "USAMIL", None)]),
    ],
)
def test_force_led_by_a_state(text: str, expected: Expected) -> None:
    assert actors(text) == expected
