"""Event arguments around verbs of condemnation and demand (issue #6, session 11): an act condemned or
rejected is not the condemner's doing, and a demand after و whose one noun phrase precedes its complement
has the subject of the verb before and that phrase as its addressee."""

from __future__ import annotations

import pytest

from tests.test_events import actors

Expected = list[tuple[str, str | None, str | None]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the French president denounced the raids and asked the United Nations to open an inquiry: the
        # president asked (not the UN), the UN is asked; the raids are not the president's
        (
            "وندد الرئيس الفرنسي بالغارات، وطالب الأمم المتحدة بفتح تحقيق.",
            [("111", "FRAGOV", None), ("195", None, None), ("100", "FRAGOV", "IGOUNO")],
        ),
        # the Jordanian foreign minister Ayman Safadi condemned the arrests and called on the international
        # community to act: the arrests have no doer in the sentence (neither the minister nor his name)
        (
            "وأدان وزير الخارجية الأردني أيمن الصفدي الاعتقالات، ودعا المجتمع الدولي إلى التحرك.",
            [("111", "JORGOV", "JORGOV"), ("173", None, None), ("100", "JORGOV", "CVL")],
        ),
        # the opposition rejected negotiations with the government: the rejecter does not negotiate
        ("رفضت المعارضة المفاوضات مع الحكومة.", [("120", "OPP", "GOV"), ("046", None, "GOV")]),
        # the prime minister condemned the attack and called for restraint: the dropped subject of ودعا is
        # his, carried from the verb before past the attack noun
        (
            "وأدان رئيس الوزراء الهجوم، ودعا إلى ضبط النفس.",
            [("111", "GOV", None), ("190", None, None), ("100", "GOV", None)],
        ),
    ],
)
def test_condemned_act_and_addressee(text: str, expected: Expected) -> None:
    assert actors(text) == expected


def test_condemned_act_keeps_its_own_doer() -> None:
    # the minister condemned the raids of the Israeli air force: the raids' doer is named after them
    assert actors("أدان الوزير غارات الطيران الإسرائيلي على غزة.")[1] == ("195", "ISRMIL", None)


def test_demand_with_another_gender_has_its_own_subject() -> None:
    # France condemned the attack, and the European Union called for restraint: دعا (masculine) after
    # أدانت (feminine) has a subject of its own, the Union
    assert actors("أدانت فرنسا الهجوم، ودعا الاتحاد الأوروبي إلى ضبط النفس.") == [
        ("111", "FRA", None),
        ("190", None, None),
        ("100", "IGOEUREEC", None),
    ]
