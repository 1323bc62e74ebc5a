"""Events, session 22 (issue #6), each case on sentences of our own: attacks a sentence names without
telling one as done, dropped after the gate (events_triggers.told_as_done): the attack nouns of a counted
plural's phrase (events_background._in_counted_phrase), an attack someone is held responsible for
(events_background._blamed), the marks of a beating (events_senses.mark_seen), a bomb told found after its
noun (events_modality.found_after), an attack named as an ability (events_modality.ability), an attack noun a
future verb governs (events_modality.promised), a home's door blown open (events_senses.door_blown), the
attack another act avenges (events_background.avenged) and a relative clause's attack verb
(events_background.described); and the plainest report of a blast or of an unknown attacker's act, which the
gate keeps whatever its score (events_blasts.blast_frame, unknown_attackers)."""

from __future__ import annotations

import pytest

from marsad.events_gate import LogisticGate
from marsad.stages.events import Events
from tests.test_events import build, codes

# A gate that keeps nothing on its score: what passes it passes by a frame.
_SHUT = LogisticGate(
    {kind: {"members": [{"weights": {}, "bias": -30.0}], "threshold": 0.5} for kind in ("ASSAULT", "PROTEST")}
)

ATTACK_ROOTS = ("18", "19", "20")


def attacks(text: str) -> list[str]:
    """The attack codes (CAMEO roots 18-20) the rules code in a one-sentence article."""
    return [c for c in codes(text) if c[:2] in ATTACK_ROOTS]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The large number of suicide bombings this year reveals the weakness of the security services":
        # the suicide adjective (a trigger of its own) belongs to the counted plural's phrase
        ("ويكشف العدد الكبير من التفجيرات الانتحارية هذا العام ضعف الأجهزة الأمنية.", []),
        # "The organisation recorded the large number of assaults, then a suicide bomber blew himself up near
        # the market yesterday": past the comma a new attack is told
        ("وسجلت المنظمة العدد الكبير من الاعتداءات، ثم فجر انتحاري نفسه قرب السوق أمس.", ["1831"]),
    ],
)
def test_the_attack_nouns_of_a_counted_phrase_go_with_it(text: str, expected: list[str]) -> None:
    assert attacks(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The government held the movement responsible for the assassination of the judge in a car-bomb
        # attack last month": a charge laid, no attack told
        ("وحملت الحكومة الحركة مسؤولية اغتيال القاضي في هجوم بسيارة ملغومة الشهر الماضي.", []),
        # "The minister held the rebels responsible for blowing up the bridge"
        ("وحمل الوزير المتمردين المسؤولية عن تفجير الجسر.", []),
        # "The organisation claimed responsibility for blowing up the old bridge": a claim reports the attack
        ("وتبنى التنظيم المسؤولية عن تفجير الجسر القديم.", ["183"]),
    ],
)
def test_an_attack_someone_is_held_responsible_for_is_a_charge(text: str, expected: list[str]) -> None:
    assert attacks(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Marks of beating showed on the detainees' bodies after their release": a mark seen
        ("وظهرت على أجساد المعتقلين آثار للضرب بعد الإفراج عنهم.", []),
        # "The doctor found marks of beating on the boy's back"
        ("ووجد الطبيب آثار الضرب على ظهر الصبي.", []),
        # "The guards beat the detainees inside the cell": the beating is told
        ("وضرب الحراس المعتقلين داخل الزنزانة.", ["182"]),
    ],
)
def test_the_marks_of_a_beating_are_no_assault(text: str, expected: list[str]) -> None:
    assert attacks(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "An officer said the car bomb the soldiers seized at the checkpoint was heading for the capital"
        ("وقال ضابط إن السيارة المفخخة التي ضبطها الجنود عند الحاجز كانت متجهة إلى العاصمة.", []),
        # "The army said the explosive devices that were dismantled near the bridge were wired to a phone"
        ("وقال الجيش إن العبوات الناسفة التي تم تفكيكها قرب الجسر كانت موصولة بهاتف.", []),
        # "The car bomb that was parked near the stadium exploded": the relative clause finds nothing
        ("وانفجرت السيارة المفخخة التي كانت متوقفة قرب الملعب.", ["183", "1832"]),
    ],
)
def test_a_bomb_told_found_after_its_noun_did_not_go_off(text: str, expected: list[str]) -> None:
    assert attacks(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The army voiced concern at the rebels' capacity to carry out attacks on military convoys"
        ("وأبدى الجيش قلقا من قدرة المتمردين على تنفيذ هجمات ضد القوافل العسكرية.", []),
        # "The gunmen attacked the military convoys yesterday"
        ("وهاجم المسلحون القوافل العسكرية أمس.", ["190"]),
    ],
)
def test_an_attack_named_as_an_ability_is_not_done(text: str, expected: list[str]) -> None:
    assert attacks(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The officer said the police will tighten their siege of the old quarter": promised, not laid
        ("وقال الضابط إن الشرطة ستشدد حصارها على الحي القديم.", []),
        # "The spokesman said the forces will lay their siege to the mountain town"
        ("وصرح المتحدث بأن القوات ستفرض حصارها على البلدة الجبلية.", []),
        # "The police chief said his forces will keep up their siege of the quarter"
        ("وقال قائد الشرطة إن قواته ستواصل حصارها للحي حتى تسليم المطلوبين.", []),
        # "The army laid its siege to the mountain town yesterday": done
        ("وفرض الجيش حصاره على البلدة الجبلية أمس.", ["191"]),
    ],
)
def test_an_attack_noun_a_future_verb_governs_is_not_done(text: str, expected: list[str]) -> None:
    assert attacks(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Witnesses said the soldiers blew open the homes' doors in the quarter, then arrested two young men"
        ("وقال شهود إن الجنود فجروا أبواب المنازل في الحي ثم اعتقلوا شابين.", []),
        # "The forces blew open the house's door before searching it"
        ("وفجرت القوات باب المنزل قبل أن تفتشه.", []),
        # "Gunmen set off a car bomb near the house's door": a bombing
        ("وفجر مسلحون سيارة مفخخة قرب باب المنزل.", ["183", "1832"]),
    ],
)
def test_a_home_door_blown_open_is_no_bombing(text: str, expected: list[str]) -> None:
    assert attacks(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Protesters burned a party office in revenge for the bombing of the mosque": the arson is told
        # (1712), the bombing avenged is not
        ("وأحرق محتجون مقرا حزبيا انتقاما لتفجير المسجد.", []),
        # "Gunmen blew up a bus in revenge for their leader's killing": the bombing is told, the killing not
        ("وفجر مسلحون حافلة ثأرا لمقتل زعيمهم.", ["183"]),
    ],
)
def test_the_attack_another_act_avenges_is_not_told(text: str, expected: list[str]) -> None:
    assert attacks(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The police identified the young man who blew himself up near the station": the news is the
        # identification; the bombing describes the man
        ("وتعرفت الشرطة على هوية الشاب الذي فجر نفسه قرب المحطة.", []),
        # "The paper published a photograph of the man who assassinated the journalist"
        ("ونشرت الصحيفة صورة الرجل الذي اغتال الصحفي.", []),
        # "Gunmen assassinated the judge, who was on his way home": the relative clause follows the attack
        ("واغتال مسلحون القاضي الذي كان عائدا إلى منزله.", ["186"]),
        # "Witnesses said the attack that targeted the girls' school took place at dawn": the antecedent is
        # the attack itself (B10r)
        ("وقال الشهود إن الهجوم الذي استهدف مدرسة البنات وقع فجرا.", ["190", "190"]),
        # "The ministry said the attacker, who wounded two policemen, was shot dead by the security forces":
        # the antecedent is the attacker (B10r)
        ("وقالت الوزارة إن المهاجم، الذي أصاب شرطيين، قتل برصاص الأمن.", ["190", "190"]),
    ],
)
def test_a_relative_clauses_attack_verb_describes_someone(text: str, expected: list[str]) -> None:
    assert attacks(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Three shells exploded near the international airport on Sunday evening"
        ("وانفجرت ثلاث قذائف قرب المطار الدولي مساء الأحد.", ["183", "194"]),
        # "A car bomb exploded near the police headquarters in the city"
        ("وانفجرت سيارة مفخخة قرب مقر الشرطة في المدينة.", ["183", "1832"]),
        # "A car bomb had exploded near the market last year": a pluperfect, told as background (TALK)
        ("وكانت سيارة مفخخة قد انفجرت قرب السوق العام الماضي.", []),
        # "If the device explodes it will kill many": a condition, no clause-opening past
        ("وإذا انفجرت العبوة فستقتل كثيرين.", []),
        # "The situation in the city exploded after the elections": no device
        ("وانفجر الوضع في المدينة بعد الانتخابات.", []),
    ],
)
def test_a_blast_report_passes_a_shut_gate(text: str, expected: list[str]) -> None:
    assert [e.cameo for e in Events(_SHUT)(build(text)).events if e.cameo[:2] in ATTACK_ROOTS] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Witnesses said unknown gunmen assassinated the school's headmaster in front of his home"
        ("وقال شهود إن مسلحين مجهولين اغتالوا مدير المدرسة أمام منزله.", ["186"]),
        # "The police said masked men kidnapped a merchant in the market"
        ("وأفادت الشرطة بأن ملثمين خطفوا تاجرا في السوق.", ["181"]),
        # "It is not known whether unknown men killed the guard": a negation (TALK)
        ("ولم يعرف إن كان مجهولون قتلوا الحارس.", []),
    ],
)
def test_an_unknown_attackers_act_passes_a_shut_gate(text: str, expected: list[str]) -> None:
    assert [e.cameo for e in Events(_SHUT)(build(text)).events if e.cameo[:2] in ATTACK_ROOTS] == expected
