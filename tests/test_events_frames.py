"""The events stage's reading of plain attack reports: the dawn is no bombing, a definite masdar is no
verb, the attack frame the trained gate keeps, settlers' and the international coalition's codes."""

from __future__ import annotations

import pytest

from marsad.events_gate import LogisticGate, Recorder
from marsad.stages.events import Events
from tests.test_events import actors, build, codes

# A gate that scores every sentence 0: only a BYPASS frame passes it.
_SHUT = LogisticGate(
    {kind: {"members": [{"weights": {}, "bias": -30.0}], "threshold": 0.5} for kind in ("ASSAULT", "PROTEST")}
)


def _features(text: str) -> set[str]:
    recorder = Recorder()
    Events(recorder)(build(text))
    return set().union(*(f for _, f in recorder.seen))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("اقتحمت قوات الاحتلال مخيم جنين فجر اليوم.", ["190"]),  # forces stormed Jenin camp at dawn today
        ("داهم الجنود القرية فجرا واعتقلوا شابين.", ["173"]),  # raided the village at dawn, arrested two
        ("هاجم مسلحون الحاجز عند الفجر.", ["190"]),  # gunmen attacked the checkpoint at dawn
        ("فجر انتحاري نفسه في سوق شعبي.", ["1831"]),  # a suicide bomber blew himself up in a market
        ("وفجر المهاجمون سيارة مفخخة قرب المركز.", ["183", "1832"]),  # attackers blew up a car bomb
    ],
)
def test_dawn_is_no_bombing(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


def test_definite_masdar_is_a_noun_not_a_verb() -> None:
    # the killing spread in the city's neighbourhoods
    feats = _features("انتشر القتل في أحياء المدينة.")
    wanted = ("lemma=قتل|noun" in feats, "lemma=قتل|past" in feats, "aspect=noun" in feats)
    assert wanted == (True, False, True)


@pytest.mark.parametrize(
    "text",
    [
        "هاجم مستوطنون منازل فلسطينيين في قرية قرب نابلس",  # settlers attacked Palestinian homes
        "اقتحمت قوات الاحتلال مخيم جنين فجر اليوم",  # occupation forces stormed Jenin camp at dawn today
        "هاجم مسلحون نقطة تفتيش للجيش شرق بعقوبة.",  # gunmen attacked an army checkpoint east of Baquba
        "وأطلقت الشرطة النار على المحتجين أمام البرلمان.",  # and the police fired at the protesters
    ],
)
def test_plain_attack_report_passes_a_shut_gate(text: str) -> None:
    roots = [e.cameo[:2] for e in Events(_SHUT)(build(text)).events]
    assert ("attack_frame" in _features(text), roots[:1]) == (True, ["19"])


@pytest.mark.parametrize(
    "text",
    [
        "يخشى السكان أن يهاجم المستوطنون القرية مجددا.",  # residents fear the settlers may attack again
        "تحدث التقرير عن هجمات المستوطنين على القرى.",  # the report spoke of settlers' attacks on villages
        "وكانت قوات الاحتلال قد اقتحمت المخيم قبل عامين.",  # the forces had stormed the camp two years ago
        "قتل الجنود في الحرب بعد أن هاجم العدو المدينة.",  # soldiers were killed in the war after the enemy …
        "حكمت المحكمة على الرجل الذي هاجم الشرطة بالسجن.",  # the court sentenced the man who attacked police
    ],
)
def test_talk_about_attacks_has_no_attack_frame(text: str) -> None:
    """No attack frame and no violence event (the court's sentence is an event, 116, since session 26)."""
    violence = [e.cameo for e in Events(_SHUT)(build(text)).events if e.cameo[:2] in ("18", "19", "20")]
    assert ("attack_frame" in _features(text), violence) == (False, [])


def test_settlers_keep_their_country_past_an_oblique_adjective() -> None:
    # settlers attacked Palestinians' homes: the adjective is the homes', the settlers are Israeli
    assert actors("هاجم مستوطنون منازل فلسطينيين في قرية قرب نابلس") == [("190", "ISRCVL", "PSE")]


def test_international_coalition_is_an_igo_military() -> None:
    # the international coalition's aircraft bombarded the gunmen's positions near Raqqa
    assert actors("قصفت طائرات التحالف الدولي مواقع المسلحين قرب الرقة.") == [("195", "IGOMIL", "UAF")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # gunmen fired in the air, and then headed for the police headquarters: the police are no target
        ("أطلق مسلحون النار في الهواء، وتوجهوا بعد ذلك إلى مقر الشرطة.", [("193", "UAF", None)]),
        # warplanes shelled the town, and the soldiers returned to their barracks
        ("قصفت الطائرات الحربية البلدة، وعاد الجنود إلى ثكناتهم.", [("195", "MIL", None)]),
    ],
)
def test_a_narrative_verb_after_comma_and_wa_ends_the_clause(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("هاجم مستوطنون منازل فلسطينيين في قرية قرب نابلس", "ISRCVL"),  # settlers attacked Palestinian homes
        ("اقتحمت قوات الاحتلال مخيم جنين فجر اليوم", "MIL"),  # occupation forces stormed Jenin camp at dawn
    ],
)
def test_plain_raids_pass_the_shipped_gate(text: str, source: str) -> None:
    """A user's report (session 9): the trained gate dropped these; the attack frame keeps them."""
    from marsad import analyze

    events = [(e.cameo, e.source_actor.code if e.source_actor else "") for e in analyze(text).events]
    assert [(cameo, source in (code or "")) for cameo, code in events] == [("190", True)]
