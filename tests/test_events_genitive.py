"""A masdar's genitive as its doer when an accusative object follows it (issue #6, session 12):
اعتقال الشرطة ثلاثة صحفيين is the police arresting the journalists, not the police arrested."""

from __future__ import annotations

import pytest

from tests.test_events import actors


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the union condemned the police's arrest of three journalists: the police arrest (173), the
        # journalists are arrested
        ("أدانت النقابة اعتقال الشرطة ثلاثة صحفيين.", ("173", "COP", "MED")),
        # the army's shelling of the rebels' positions yesterday: the army shells the rebels (195)
        ("وأسفر قصف الجيش مواقع المتمردين أمس عن دمار كبير.", ("195", "MIL", "REB")),
    ],
)
def test_genitive_before_an_object_is_the_doer(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in actors(text)


def test_name_after_the_genitive_is_in_apposition() -> None:
    # the killing of the interior minister Ahmad Salem: the minister is the one killed, the name is his
    coded = actors("وأثار اغتيال الوزير أحمد سالم موجة غضب.", entities={"أحمد سالم": ("PER", "GOV", None)})
    assert [(c, s) for c, s, _ in coded if c.startswith("18")] == [("186", None)]
