"""Events, session 18 (issue #6), each case on sentences of our own: the lead's request of session 17, a
young man "fell a martyr" by someone's fire (استشهد برصاص X) is a killing by X (events_match.NEEDS_FIRE);
a crowd's gathering with a day is a protest the gate keeps (crowd_frame)."""

from __future__ import annotations

import pytest

from marsad.events_gate import LogisticGate
from marsad.stages.events import Events
from tests.test_events import actors, build, codes


@pytest.mark.parametrize(
    ("text", "entities", "expected"),
    [
        # "In Qalqilya, a Palestinian boy was killed by the occupation forces' bullets this morning": a
        # killing (190) by the Israeli military (a Palestinian place), the boy its target
        (
            "وفي قلقيلية، استشهد فتى فلسطيني برصاص قوات الاحتلال صباح اليوم.",
            {"قلقيلية": ("LOC", None, "PSE")},
            [("190", "ISRMIL", "PSE")],
        ),
        # "Two young men were killed by the army's fire near the wall": the dual, past the victims
        ("واستشهد شابان برصاص الجيش قرب الجدار.", {}, [("190", "MIL", None)]),
    ],
)
def test_a_martyr_by_fire_is_killed_by_the_shooter(
    text: str,
    entities: dict[str, tuple[str, str | None, str | None]],
    expected: list[tuple[str, str | None, str | None]],
) -> None:
    assert actors(text, entities=entities) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The minister cited a United Nations report on poverty in the countryside": استشهد ب "cited"
        ("واستشهد الوزير بتقرير للأمم المتحدة عن الفقر في الريف.", []),
        # "The lawyer cited the testimony of the doctor, who treated a man wounded by a stray bullet": the
        # weapon noun is past the clause's end, so the only attack is the wounding (أصيب)
        ("واستشهد المحامي بشهادة الطبيب، الذي عالج رجلا أصيب برصاصة طائشة.", ["190"]),
    ],
)
def test_a_citation_is_no_killing(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


# A crowd's protest with a day (events_crowds._crowd_opens, the crowd_frame the gate keeps whatever its
# score: events_gate.BYPASS).
_SHUT = LogisticGate(
    {kind: {"members": [{"weights": {}, "bias": -30.0}], "threshold": 0.5} for kind in ("ASSAULT", "PROTEST")}
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Dozens of protesters massed on Saturday evening near the governorate's seat and raised banners
        # against high prices": the massing opens its clause, a counted crowd its subject, a day
        ("واحتشد مساء السبت عشرات المحتجين قرب مقر الولاية ورفعوا لافتات ضد الغلاء.", ["14"]),
        # "In Sfax, this morning, thousands of protesters went out, chanting against the new tax": past the
        # clause's commas
        ("وفي صفاقس، صباح اليوم، خرج آلاف المحتجين مرددين هتافات ضد الضريبة الجديدة.", ["14"]),
        # the same massing with no day: a protest report all the same, as GDELT would code it (the lead's
        # decision, session 22: session 18 left it to the gate; events_crowds._protesters_began, P6)
        ("واحتشد عشرات المحتجين قرب مقر الولاية ورفعوا لافتات ضد الغلاء.", ["14"]),
        # "Witnesses told how dozens of protesters massed on Saturday evening": the verb opens no clause
        # (after كيف "how")
        ("وروى شهود كيف احتشد مساء السبت عشرات المحتجين قرب مقر الولاية.", []),
    ],
)
def test_a_crowd_gathering_with_a_day_passes_a_shut_gate(text: str, expected: list[str]) -> None:
    assert [e.cameo[:2] for e in Events(_SHUT)(build(text)).events if e.cameo[:2] == "14"][:1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The engineering unit defused on Saturday evening a bomb near the city's bridge": the defusing
        # verb, its subject and a day before the bomb (events_modality._defused): no attack
        ("وفككت وحدة الهندسة مساء السبت عبوة ناسفة قرب جسر المدينة.", []),
        # "Paramedics found, after a car bomb exploded, two bodies near the bakery": the explosion stands
        # between the verb of finding and the bomb, within BOMB_REACH, so the bomb went off (EXPLODED)
        ("وعثر المسعفون بعد انفجار سيارة مفخخة على جثتين قرب المخبز.", ["183", "1832"]),
        # "The union handed out leaflets with a call to the workers to a big demonstration tomorrow": a
        # demonstration called for (events_modality.called)
        ("ووزعت النقابة منشورات تحمل دعوة للعمال إلى مظاهرة حاشدة غدا.", []),
        # "Hundreds of workers demonstrated yesterday in answer to the union's call": the verb is done
        ("وتظاهر مئات العمال أمس تلبية لدعوة النقابة.", ["141"]),
    ],
)
def test_a_defused_bomb_and_a_called_march_are_not_done(text: str, expected: list[str]) -> None:
    assert [c for c in codes(text) if c[:2] in ("14", "18", "19", "20")] == expected


# The lead's hand-written news of session 18 (requests.md 19:50, 19:55), on sentences of our own.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The ministry put this fall down to the heat wave": عزت ... إلى "attributed to", no condolence
        ("وعزت الوزارة هذا التراجع إلى موجة الحر.", []),
        # "The minister (f.) offered condolences to the victims' families": عزّت, a condolence (018)
        ("وعزت الوزيرة أسر الضحايا.", ["018"]),
    ],
)
def test_attributing_a_cause_is_no_condolence(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("text", "entities", "expected"),
    [
        # "Dozens of employees demonstrated in the city of Setif yesterday": the counted definite plural is
        # the protesters, civilians of the place's country
        (
            "وتظاهر عشرات الموظفين في مدينة سطيف أمس.",
            {"سطيف": ("LOC", None, "DZA")},
            [("141", "DZACVL", None)],
        ),
    ],
)
def test_counted_employees_are_the_protesters(
    text: str,
    entities: dict[str, tuple[str, str | None, str | None]],
    expected: list[tuple[str, str | None, str | None]],
) -> None:
    assert actors(text, entities=entities) == expected
