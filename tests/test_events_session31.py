"""Events, session 31 (E31; issue #6, docs/events_history.md "Session 31 (E31)"), on sentences of our own:
blame laid past a long subject (R31b) and an attack after a time anchor that a verb of coming governs (R31c)
are not told as done (R31a, the inquiry and charge nouns, was not kept)."""

from __future__ import annotations

import pytest

from tests.test_events_masdar30 import sides


def codes(text: str) -> list[str]:
    """The CAMEO codes the rules code in the text, in order."""
    return [code for code, _, _ in sides(text)]


def test_blame_past_a_long_subject_is_a_charge() -> None:
    # "The interior ministry and the security services, in a statement issued last night, held the armed
    # movement responsible for the killing of the three soldiers": twelve words between حملت and مسؤولية
    text = (
        "وحملت وزارة الداخلية والأجهزة الأمنية في بيان أصدرته مساء أمس "
        "الحركة المسلحة مسؤولية مقتل الجنود الثلاثة."
    )
    assert codes(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The government's decision came one night after two soldiers were killed in an attack on an army
        # checkpoint": the killing and the attack date the decision
        ("وجاء قرار الحكومة بعد ليلة واحدة على مقتل جنديين في هجوم على حاجز للجيش.", []),
        # "The visit comes the day after the attack that targeted the embassy"
        ("وتأتي الزيارة غداة الهجوم الذي استهدف السفارة.", ["042"]),
        # "The attack came hours after the minister's visit to the city": the attack is what came, still told
        ("وجاء الهجوم بعد ساعات من زيارة الوزير للمدينة.", ["190", "042"]),
    ],
)
def test_an_attack_after_a_verb_of_coming_dates_what_came(text: str, expected: list[str]) -> None:
    assert codes(text) == expected
