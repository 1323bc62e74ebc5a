"""Events, session 26 (issue #6, L2 of docs/events_history.md): an attack tried, foiled or planned is not told
as done (marsad.events_unasserted.tried on the violence roots), on sentences of our own."""

from __future__ import annotations

import pytest

from tests.test_events_unasserted import coded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Gunmen tried to storm the police headquarters in the city": a verb cue, its subject between
        ("وحاول مسلحون اقتحام مقر الشرطة في المدينة.", []),
        # "Gunmen stormed the police headquarters in the city": done, coded
        ("واقتحم مسلحون مقر الشرطة في المدينة.", [("190", "واقتحم")]),
        # "The security forces foiled an attempt to blow up a car near the market": a noun cue right before
        ("وأحبطت قوات الأمن محاولة تفجير سيارة قرب السوق.", []),
        # "The police arrested two young men on a charge of attempting to launch an attack on the embassy":
        # a noun cue before a verb of launching
        ("واعتقلت الشرطة شابين بتهمة محاولة شن هجوم على السفارة.", [("173", "واعتقلت")]),
        # "The governor survived in the morning an assassination attempt plotted with an explosive device
        # planted near his house": an attempt CAMEO codes (185) is no cue, the bomb is coded
        (
            "ونجا المحافظ صباحا من محاولة اغتيال دبرت بعبوة ناسفة زرعت قرب منزله.",
            [("185", "محاولة اغتيال"), ("1833", "بعبوة ناسفة")],
        ),
        # "The infiltration attempt left ten gunmen dead": the noun cue governs the infiltration, the
        # killing is done
        ("وخلفت محاولة التسلل مقتل عشرة مسلحين.", [("190", "مقتل")]),
        # "A failed infiltration attempt, and the planes' targeting of the gunmen's positions, left ten
        # dead": the strikes are a conjunct of their own
        (
            "وأسفرت محاولة تسلل فاشلة واستهداف الطائرات مواقع المسلحين عن مقتل عشرة.",
            [("190", "واستهداف"), ("190", "مقتل")],
        ),
        # "The protesters tried to hold a sit-in in front of the embassy": protest is not touched
        ("وحاول المتظاهرون الاعتصام أمام السفارة.", [("141", "الاعتصام")]),
    ],
)
def test_tried_violence(text: str, expected: list[tuple[str, str]]) -> None:
    assert coded(text) == expected
