"""Roles of the events stage on news sentences written for issue #6: who is an actor, who does what."""

from __future__ import annotations

import pytest

from marsad.events_gate import LogisticGate
from marsad.stages.events import Events
from tests.test_events import _STAGE, actors, build


def sides(text: str, **kw: object) -> list[tuple[str, str | None, str | None]]:
    """(cameo, source words, target words) of each event, the words as the text names them."""
    out = []
    for e in _STAGE(build(text, **kw)).events:  # type: ignore[arg-type]
        src = e.source_actor.text if e.source_actor else None
        tgt = e.target_actor.text if e.target_actor else None
        out.append((e.cameo, src, tgt))
    return out


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


def test_announcer_is_not_the_attacker() -> None:
    # the ministry of defence announced, today, the killing of four gunmen in an air raid launched by
    # Egyptian planes on their hideout: the ministry reports the killing, the planes did it
    text = (
        "أعلنت وزارة الدفاع المصرية، اليوم الاثنين، مقتل أربعة مسلحين في غارة جوية شنتها طائرات مصرية "
        "على مخبأ لهم."
    )
    assert sides(text, entities={"وزارة الدفاع المصرية": ("ORG", "EGYMIL", "EGY")}) == [
        ("190", "طائرات مصرية", "مسلحين"),
        ("195", "طائرات مصرية", "مسلحين"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # and the two ministers discussed the situation in the region: وبحث is بحث "discussed" (consult),
        # not ب + حث "by urging" as the segmenter splits it
        ("وبحث الوزيران الأوضاع في المنطقة.", "040"),
        # and he urged the parties to calm down: حث itself stays an appeal
        ("وحث الأطراف على التهدئة.", "020"),
    ],
)
def test_whole_word_trigger_after_wa(text: str, expected: str) -> None:
    assert [e[0] for e in actors(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # for his part, the Jordanian prime minister Samir Khalil condemned the government's decision: the
        # titled name right after the verb is its subject (before, the target, its name being 4 words on)
        (
            "من جانبه، أدان رئيس الوزراء الأردني سمير خليل قرار الحكومة.",
            [("111", "سمير خليل", "الحكومة")],
        ),
        # the foreign minister Samir Khalil received the ambassador: the same with a VSO object after
        ("واستقبل وزير الخارجية الأردني سمير خليل السفير.", [("043", "سمير خليل", "السفير")]),
    ],
)
def test_titled_name_after_the_verb_is_its_subject(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert sides(text, entities={"سمير خليل": ("PER", "JORGOV", "JOR")}) == expected


_JORDAN_MFA = {"وزارة الخارجية الأردنية": ("ORG", "JORGOV", "JOR")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Jordanian foreign ministry affirmed in a statement Jordan's support for the UN's efforts in
        # Sudan: the masdar's genitive (الأردن) supports, the actor after its ل is supported (before: the
        # ministry, the reporter, supported Jordan)
        (
            "وأكدت وزارة الخارجية الأردنية في بيان دعم الأردن لجهود الأمم المتحدة في السودان.",
            [("050", "الأردن", "الأمم المتحدة")],
        ),
        # … the government's support for the army in facing terrorism: ل on the object itself
        (
            "وأكدت وزارة الخارجية الأردنية دعم الحكومة للجيش في مواجهة الإرهاب.",
            [("050", "الحكومة", "للجيش")],
        ),
    ],
)
def test_masdar_genitive_is_its_doer_before_lam(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    entities = dict(_JORDAN_MFA)
    if "الأمم المتحدة" in text:
        entities["الأمم المتحدة"] = ("ORG", "IGOUNO", None)
    assert sides(text, entities=entities) == expected


def test_launched_air_raids_is_the_plain_attack_frame() -> None:
    # American planes launched air raids on rebel positions: شنت غارات is a past attack verb with an
    # armed subject, kept by a gate that scores every sentence 0 (before, the noun غارات alone was scored)
    members = {"members": [{"weights": {}, "bias": -30.0}], "threshold": 0.5}
    shut = LogisticGate({kind: members for kind in ("ASSAULT", "PROTEST")})
    events = Events(shut)(build("شنت الطائرات الأمريكية غارات جوية على مواقع للمتمردين.")).events
    assert [(e.cameo, e.source_actor and e.source_actor.code) for e in events] == [("195", "USAMIL")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Turkey launched air raids on positions in the north of Iraq: a state launching raids is the
        # plain attack frame (its military does it), kept by a gate that scores every sentence 0
        ("وشنت تركيا غارات على مواقع في شمال العراق.", ["195"]),
        # the two ministers discussed the raids launched on the city: no launch verb, the shut gate drops
        ("وبحث الوزيران الغارات على المدينة.", ["040"]),
    ],
)
def test_state_launching_raids_is_the_plain_attack_frame(text: str, expected: list[str]) -> None:
    members = {"members": [{"weights": {}, "bias": -30.0}], "threshold": 0.5}
    shut = LogisticGate({kind: members for kind in ("ASSAULT", "PROTEST")})
    assert [e.cameo for e in Events(shut)(build(text)).events] == expected
