"""Trigger coverage on news phrasing (session 10): agreements signed with every conjugation and object
noun, the form I of أدان, blaming and calling for, launched raids with a quantifier, organised protests."""

from __future__ import annotations

import pytest

from marsad.events_gate import Recorder
from marsad.stages.events import Events
from tests.test_events import _STAGE, actors, build, codes


def _features(text: str) -> set[str]:
    recorder = Recorder()
    Events(recorder)(build(text))
    return set().union(*(f for _, f in recorder.seen))


def _triggers(text: str) -> list[tuple[str, str, str]]:
    """(code, trigger text, lexicon entry) per event, rules only."""
    article = build(text)
    events = _STAGE(article).events
    return [(e.cameo, article.span_text(e.trigger), e.source.split(":", 1)[1]) for e in events]


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        # the two states sign an FTA today (session 27: "next week" made it planned, not done: FUb)
        ("والدولتان توقعان اليوم اتفاقية للتجارة الحرة.", "057"),
        ("وقعت الحكومتان مذكرة تفاهم في مجال الزراعة.", "057"),  # the two governments signed an MoU
        ("ودان الأزهر الهجوم على المصلين.", "111"),  # al-Azhar condemned the attack on worshippers
        ("ودانت الجامعة العربية القصف.", "111"),  # the Arab League condemned the bombardment
        ("وحملت الوزارة الشركة المسؤولية عن الحادث.", "112"),  # the ministry held the company responsible
        ("دعت نقابة المعلمين إلى الحوار مع الوزارة.", "100"),  # the teachers' union called for dialogue
        ("نظم المئات وقفة احتجاجية أمام مقر البلدية.", "141"),  # hundreds held a protest vigil
        ("ونفذ العمال اعتصاما أمام المصنع.", "141"),  # the workers staged a sit-in before the factory
    ],
)
def test_news_phrasing_is_coded(text: str, cameo: str) -> None:
    assert cameo in codes(text)


def test_a_quantifier_stays_inside_a_launched_raid() -> None:
    # Israeli warplanes launched a series of raids on villages: the verb phrase, not the bare noun
    text = "شنت الطائرات الحربية الإسرائيلية سلسلة غارات على القرى."
    assert _triggers(text) == [("195", "شنت", "شن غارات:195")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # warplanes launched, on Friday evening, a series of raids: reported, and its clause starts there
        ("شنت طائرات حربية، مساء الجمعة، سلسلة غارات على القرى.", (False, True)),
        # the minister spoke of a series of raids in the region: talk about raids
        ("تحدث الوزير عن سلسلة غارات في المنطقة.", (True, False)),
    ],
)
def test_a_launched_series_is_no_generic_mention(text: str, expected: tuple[bool, bool]) -> None:
    feats = _features(text)
    assert ("generic_frame" in feats, "clause_start" in feats) == expected


def test_an_organised_vigil_is_a_protest_onset() -> None:
    # hundreds held a protest vigil before the ministry
    assert "onset" in _features("نظم المئات وقفة احتجاجية أمام الوزارة.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Egypt and Jordan signed, on Tuesday, an electricity interconnection agreement
        ("وقعت مصر والأردن، يوم الثلاثاء، اتفاقية للربط الكهربائي.", ["057"]),
        # the clashes broke out despite the truce agreement: وقع "happened", no signing, the clash kept
        ("وقعت الاشتباكات رغم اتفاق التهدئة.", ["193"]),
    ],
)
def test_a_signed_document_may_stand_late_in_its_clause(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a local official, asking that his identity not be disclosed, said the road was closed: the
        # anonymity formula of a news source, no demand
        ("وقال مسؤول محلي، طالبا عدم الكشف عن هويته، إن الطريق مغلق.", []),
        # the rescuers searched for survivors under the rubble: بحث عن "searched for", no discussion (nor
        # ب + حث "by urging")
        ("وبحث رجال الإنقاذ عن ناجين تحت الأنقاض.", []),
        # where the two ministers discussed the Libyan crisis: بحث "discussed" (not ب + حث "by urging")
        ("حيث بحث الوزيران الأزمة الليبية.", ["040"]),
        # the two governments signed during the meeting a border treaty: the document past خلال + a noun
        ("ووقعت الحكومتان خلال الاجتماع معاهدة لترسيم الحدود.", ["057"]),
    ],
)
def test_news_formulas_and_readings(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the government forces responded by targeting gatherings of the gunmen with artillery shells, which
        # led to the death of five of them: the shells are the targeting's instrument, no attack of their
        # own, and the deaths are the forces' doing
        (
            "وردت القوات الحكومية باستهداف تجمعات للمسلحين بقذائف المدفعية، ما أدى إلى مقتل خمسة منهم.",
            [("190", "MIL", "UAF"), ("190", "MIL", None)],
        ),
        # three children were killed in artillery shelling by the Yemeni government's forces on a district of
        # Taiz: قصف after في is the masdar, مدفعي its adjective, the forces after ل its doer
        (
            "قتل ثلاثة أطفال في قصف مدفعي لقوات الحكومة اليمنية على حي سكني في تعز.",
            [("190", "YEMMIL", "YEMCVL"), ("195", "YEMMIL", "YEMCVL")],
        ),
    ],
)
def test_an_attack_noun_and_its_instrument(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    entities = {"تعز": ("LOC", None, "YEM")} if "تعز" in text else {}
    assert actors(text, entities=entities) == expected
