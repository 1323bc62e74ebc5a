"""Events on the lead's hand-written news, round 12 (issue #6), each case on sentences of our own: the
dateline is no argument, هجوم لـ X names its doer, strikes and protests against something, and words
that look like actors, places or events but are none."""

from __future__ import annotations

import pytest

from tests.test_events import _STAGE, actors, build, codes


@pytest.mark.parametrize(
    ("text", "entities", "expected"),
    [
        # "Amman - The Jordanian foreign minister received his Iraqi counterpart ...": the dateline city
        # is where the report was filed, not who received
        (
            "عمان - استقبل وزير الخارجية الأردني أيمن الصفدي نظيره العراقي فؤاد حسين في عمان.",
            {
                "عمان": ("LOC", "JOR", "JOR"),
                "أيمن الصفدي": ("PER", "JORGOV", "JOR"),
                "فؤاد حسين": ("PER", "IRQGOV", "IRQ"),
            },
            [("043", "JORGOV", "IRQGOV")],
        ),
        # "Baghdad (INA) - The Iraqi prime minister met the Turkish ambassador": city and outlet, neither
        (
            "بغداد (واع) - التقى رئيس الوزراء العراقي السفير التركي.",
            {"بغداد": ("LOC", "IRQ", "IRQ"), "واع": ("ORG", "IRQMED", "IRQ")},
            [("040", "IRQGOV", "TURGOV")],
        ),
    ],
)
def test_dateline_is_no_argument(
    text: str,
    entities: dict[str, tuple[str, str | None, str | None]],
    expected: list[tuple[str, str | None, str | None]],
) -> None:
    assert actors(text, entities=entities) == expected


def test_capital_after_the_word_capital_is_a_place() -> None:
    # "The minister met his counterpart in the capital Amman to discuss ...": Amman (a capital, which
    # elsewhere may stand for its state) is where they met, no party to it
    text = "التقى الوزير نظيره في العاصمة عمان لبحث الأوضاع."
    events = _STAGE(build(text, entities={"عمان": ("LOC", None, "JOR")}, feature="PPLC")).events
    assert [(e.source_actor, e.target_actor) for e in events] == [(None, None)]  # لبحث: the same meeting


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "five soldiers were killed in an attack by gunmen on an army checkpoint": the gunmen attacked
        ("قتل خمسة جنود في هجوم لمسلحين على حاجز للجيش.", [("190", "UAF", "MIL"), ("190", "UAF", "MIL")]),
        # "the death of four police members in an attack by cells belonging to the rebels": the rebels
        # attacked, the police were hit
        (
            "أعلن مصدر مقتل أربعة عناصر من الشرطة في هجوم لخلايا تابعة للمتمردين.",
            [("190", "REB", "COP"), ("190", "REB", "COP")],
        ),
    ],
)
def test_attack_by_lam_names_the_attacker(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "hundreds of port workers organised a strike to demand better pay"
        ("نظم مئات من عمال الميناء إضرابا للمطالبة بتحسين الرواتب.", ["143", "100"]),
        # "dozens of farmers protested in front of the ministry against the water cuts"
        ("واحتج عشرات المزارعين أمام مقر الوزارة على قطع المياه.", ["141"]),
    ],
)
def test_strike_and_protest_against(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("text", "entities", "expected"),
    [
        # "gunmen attacked a police post, a security source told Reuters": the agency is told, not hit
        (
            "هاجم مسلحون مركزا للشرطة، وفق ما أفاد مصدر أمني لوكالة رويترز.",
            {"وكالة رويترز": ("ORG", "GBRMED", "GBR")},
            [("190", "UAF", "COP")],
        ),
        # "aircraft shelled the village of Kfar Kila in the Marjayoun district": قضاء is a district here
        ("قصفت طائرات حربية قرية كفركلا في قضاء مرجعيون.", {}, [("195", "MIL", None)]),
    ],
)
def test_words_that_are_no_side(
    text: str,
    entities: dict[str, tuple[str, str | None, str | None]],
    expected: list[tuple[str, str | None, str | None]],
) -> None:
    assert actors(text, entities=entities) == expected


def test_name_after_ain_is_no_actor() -> None:
    # "a drone attack targeted the Ain al-Asad base in Anbar": الأسد is the base's name, not Assad
    text = "استهدف هجوم بطائرة مسيرة قاعدة عين الأسد في الأنبار."
    got = actors(text, entities={"الأسد": ("PER", "SYRGOV", "SYR"), "الأنبار": ("LOC", None, "IRQ")})
    assert [c for c, _, _ in got] == ["190", "190"]
    assert all("SYRGOV" not in (src, tgt) for _, src, tgt in got)


def test_second_subject_is_no_place() -> None:
    # "Paris and Rome had launched raids on militia positions in the governorates of Sirte and Misrata":
    # the place is Sirte (after في and a place noun), not Rome, the second subject
    entities = {
        "باريس": ("LOC", "FRA", "FRA"),
        "روما": ("LOC", "ITA", "ITA"),
        "سرت": ("LOC", None, "LBY"),
        "مصراتة": ("LOC", None, "LBY"),
    }
    text = "وكانت باريس وروما قد شنتا غارات على مواقع للميليشيا في محافظتي سرت ومصراتة."
    events = _STAGE(build(text, entities=entities)).events  # type: ignore[arg-type]
    assert [e.place.name if e.place else None for e in events] == ["سرت"]


@pytest.mark.parametrize(
    "text",
    [
        # "the ministry condemned the attack and described it as a "grave threat" to navigation"
        'وأدانت الوزارة الهجوم، ووصفته بأنه "تهديد خطير" للملاحة.',
        # "the council asked the United Nations Support Mission in Libya to hasten the vote"
        "طالب المجلس بعثة الأمم المتحدة للدعم في ليبيا بالإسراع في الانتخابات.",
    ],
)
def test_no_event_in_a_name_or_a_description(text: str) -> None:
    got = codes(text)
    assert not any(c[:2] in ("13", "05") for c in got), got
