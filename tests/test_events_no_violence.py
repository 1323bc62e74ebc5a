"""Violence words in phrases that report no attack (issue #6, session 12): an accident (حادث سير), the
idiom خطف الأنظار "caught the eye", and a halt to shelling (وقف القصف: 0871, as وقف إطلاق النار)."""

from __future__ import annotations

import pytest

from tests.test_events import actors


@pytest.mark.parametrize(
    "text",
    [
        # a soldier was killed in a traffic accident yesterday
        "قتل جندي في حادث سير أمس.",
        # three people died in a road accident on the international road
        "وقتل ثلاثة أشخاص في حادث مروري على الطريق الدولي.",
        # the new technologies caught the eye of the visitors at the exhibition
        "خطفت التقنيات الحديثة أنظار الزوار في المعرض.",
    ],
)
def test_no_attack(text: str) -> None:
    assert actors(text) == []


def test_attack_before_an_accident_stays() -> None:
    # a soldier was killed in an attack and another in a traffic accident: one killing coded, the
    # attack's (the accident's قتل is none)
    assert [c for c, _, _ in actors("قتل جندي في هجوم وقتل آخر في حادث سير.")] == ["190"]


def test_abduction_stays() -> None:
    # gunmen abducted two engineers in the north of the city
    assert [c for c, _, _ in actors("خطف مسلحون مهندسين اثنين شمال المدينة.")] == ["181"]


def test_halt_to_shelling_is_no_attack() -> None:
    # the chief of staff announced a halt to the artillery shelling of the city: a ceasefire (0871)
    assert [c for c, _, _ in actors("وأعلن رئيس الأركان وقف القصف المدفعي على المدينة.")] == ["0871"]
