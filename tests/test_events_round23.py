"""Events, session 23 (issue #6), each case on sentences of our own: an international militarized group's
code (IMGREB) is read as it is when the entity has no country, as the entities stage may write it (IMG is
CAMEO's head for such groups, no ISO country; events_codes.head): its sector for a claim's doer, the
rebels named again after it, a force it leads. And two plain reports of an attack the trigger gate keeps
whatever its score (events_blasts.came_under, happened_lately, device_did): an attack someone came under, an
attack that happened on a recent day, a device as an attack verb's doer."""

from __future__ import annotations

import pytest

from marsad.events_gate import LogisticGate
from marsad.stages.events import Events
from tests.test_events import build

_STAGE = Events()  # rules only

QAEDA = "تنظيم القاعدة"


def sides(text: str, country: str | None) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    """(code, source code, source country, target code, target country) of every event of the rules, with
    the group as an ORG entity coded IMGREB and `country`."""
    article = build(text, entities={QAEDA: ("ORG", "IMGREB", country)})
    return [
        (
            e.cameo,
            e.source_actor and e.source_actor.code,
            e.source_actor and e.source_actor.country,
            e.target_actor and e.target_actor.code,
            e.target_actor and e.target_actor.country,
        )
        for e in _STAGE(article).events
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "A device blew up on a police bus this morning, and al-Qaeda claimed it later": the claimer is the
        # bomber (its sector REB read off IMGREB; was no source when the entity had no country)
        (
            "وانفجرت عبوة بحافلة للشرطة صباح اليوم، وتبناها تنظيم القاعدة لاحقا.",
            [("183", "IMGREB", None, "COP", None)],
        ),
        # "Al-Qaeda killed three soldiers, and the rebels kidnapped an officer": the rebels named again are
        # the group's (was REB)
        (
            "وقتل تنظيم القاعدة ثلاثة جنود، وخطف المتمردون ضابطا.",
            [("190", "IMGREB", None, "MIL", None), ("181", "IMGREB", None, None, None)],
        ),
        # "Armed groups led by al-Qaeda attacked the army's posts": the led force takes the group's head
        # (was the group as the target)
        (
            "وهاجمت مجموعات مسلحة بقيادة تنظيم القاعدة مراكز الجيش.",
            [("190", "IMGUAF", None, "MIL", None)],
        ),
    ],
)
def test_a_groups_code_with_no_country_is_read_as_it_is(
    text: str, expected: list[tuple[str, str | None, str | None, str | None, str | None]]
) -> None:
    assert sides(text, None) == expected
    # the codes are those the entity with IMG written as its country gives
    assert [(c, s, t) for c, s, _, t, _ in sides(text, "IMG")] == [(c, s, t) for c, s, _, t, _ in expected]


# A gate that keeps nothing on its score: what passes it passes by a frame.
_SHUT_MODEL = {"members": [{"weights": {}, "bias": -30.0}], "threshold": 0.5}
_SHUT = Events(LogisticGate({kind: _SHUT_MODEL for kind in ("ASSAULT", "PROTEST")}))


def shut_codes(text: str) -> list[str]:
    """The codes of a one-sentence article behind a shut gate."""
    return [e.cameo for e in _SHUT(build(text)).events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "An army patrol came under attack near the northern border"
        ("وتعرضت دورية للجيش لهجوم قرب الحدود الشمالية.", ["190"]),
        # "The governor's convoy came under heavy fire on the coast road"
        ("وتعرض موكب المحافظ لإطلاق نار كثيف على الطريق الساحلي.", ["193"]),
        # "The army closed the road after the aid convoy came under attack": after a preposition تعرض is a
        # masdar, the attack told as the cause of another act: the gate decides
        ("وأغلق الجيش الطريق إثر تعرض قافلة الإغاثة لهجوم.", []),
        # "The prisoners were subjected to torture in the jail": not an attack noun of the frame
        ("وتعرض السجناء للتعذيب في المعتقل.", []),
        # "The convoy may come under attack if it takes the road": no past form
        ("وقد يتعرض الموكب لهجوم إذا سلك الطريق.", []),
    ],
)
def test_an_attack_someone_came_under_passes_a_shut_gate(text: str, expected: list[str]) -> None:
    assert shut_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The explosion happened this morning near the bus station"
        ("ووقع الانفجار صباح اليوم قرب محطة الحافلات.", ["183"]),
        # "The explosion happened in the summer of 2005 near the bus station": no recent day, the gate decides
        ("ووقع الانفجار في صيف 2005 قرب محطة الحافلات.", []),
    ],
)
def test_an_attack_that_happened_on_a_recent_day_passes_a_shut_gate(text: str, expected: list[str]) -> None:
    assert shut_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Three workers were wounded by the blast of a bomb that targeted their factory east of the town"
        ("وأصيب ثلاثة عمال بانفجار قنبلة استهدفت مصنعهم شرق البلدة.", ["190", "183", "190"]),
        # "The spokesman reported that a booby-trapped truck stormed the camp's northern gate"
        ("وذكر الناطق أن شاحنة ملغومة اقتحمت بوابة المعسكر الشمالية.", ["190"]),
        # "Officials fear that a car bomb may target the convoy": no past verb, the gate decides
        ("ويخشى المسؤولون أن سيارة مفخخة قد تستهدف الموكب.", []),
        # "The investigator said the truck bomb that targeted the building in 2004 was stolen a week
        # before": a relative clause about the device, not the frame
        ("وقال المحقق إن الشاحنة المفخخة التي استهدفت المبنى عام 2004 سرقت قبل أسبوع.", []),
    ],
)
def test_a_device_as_an_attack_verbs_doer_passes_a_shut_gate(text: str, expected: list[str]) -> None:
    assert shut_codes(text) == expected
