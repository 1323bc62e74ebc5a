"""Event arguments on hand-written news sentences (issue #6, session 11): the subject an أنها stands for past
a place and a time phrase, an attribution phrase's relative clause, an envoy's title and name as one actor,
a passive casualty verb and the shooter of its عندما clause, the reporter of its own inquiry, a nationality
and a name as one person, a result phrase carrying the attack's doer, the forces of a government, an armed
adjective, a nationality adjective of a noun object."""

from __future__ import annotations

import pytest

from tests.test_events import actors

Entities = dict[str, tuple[str, str | None, str | None]]
Expected = list[tuple[str, str | None, str | None]]


@pytest.mark.parametrize(
    ("text", "entities", "expected"),
    [
        # al-Shabaab in Somalia announced on Sunday morning that it attacked a military base: أنها is the
        # movement, not Somalia (a place after في), past the time phrase between commas
        (
            "أعلنت حركة الشباب في الصومال، صباح الأحد، أنها هاجمت قاعدة عسكرية.",
            {"حركة الشباب": ("ORG", "SOMREB", "SOM"), "الصومال": ("LOC", "SOM", "SOM")},
            [("190", "SOMREB", "SOMMIL")],
        ),
        # according to al-Thawra newspaper, which the government runs, the raids killed five civilians: the
        # government runs the paper, it is no doer of the raids (which name none)
        (
            "وحسب صحيفة الثورة التي تديرها الحكومة، فإن الغارات أسفرت عن مقتل خمسة مدنيين.",
            {"صحيفة الثورة": ("ORG", "SYRMED", "SYR")},
            [("195", None, "CVL"), ("190", None, "CVL")],
        ),
        # the UN envoy to Libya Ghassan Salamé urged the parties to stop fighting: title and name are one
        # actor, the UN's (the person coded CVL by default gives way to his title), Libya no argument
        (
            "وحث المبعوث الأممي إلى ليبيا غسان سلامة الأطراف على وقف القتال.",
            {"ليبيا": ("LOC", "LBY", "LBY"), "غسان سلامة": ("PER", "LBNCVL", "LBN")},
            [("020", "IGOUNO", None)],
        ),
        # two policemen were killed and three civilians wounded on Saturday evening when gunmen opened fire on
        # a market: killed and wounded are passive, their doer the gunmen of the عندما clause
        (
            "قتل شرطيان وأصيب ثلاثة مدنيين، مساء السبت، عندما فتح مسلحون النار على سوق شعبي.",
            {},
            [("190", "UAF", "COP"), ("190", "UAF", "CVL")],
        ),
        # the Moroccan justice ministry announced the opening of an inquiry into the incident: فتح is the
        # opening (not Fatah), and the ministry that announces it opens it
        (
            "وأعلنت وزارة العدل المغربية فتح تحقيق في الحادثة.",
            {"وزارة العدل المغربية": ("ORG", "MARJUD", "MAR")},
            [("090", "MARJUD", None)],
        ),
        # the Tunisian president Kais Saied received, on Thursday evening, his Algerian counterpart
        # Abdelmadjid Tebboune in Carthage: the object past the inserted day, nationality and name one person
        (
            "استقبل الرئيس التونسي قيس سعيد، مساء الخميس، نظيره الجزائري عبد المجيد تبون في قرطاج.",
            {
                "قيس سعيد": ("PER", "TUNGOV", "TUN"),
                "عبد المجيد تبون": ("PER", "DZAGOV", "DZA"),
                "قرطاج": ("LOC", None, "TUN"),
            },
            [("043", "TUNGOV", "DZAGOV")],
        ),
        # gunmen attacked a police checkpoint, which led to the death of two policemen: the deaths are the
        # attackers' doing
        (
            "وهاجم مسلحون نقطة تفتيش للشرطة، ما أدى إلى مقتل شرطيين.",
            {},
            [("190", "UAF", "COP"), ("190", "UAF", "COP")],
        ),
        # the Sudanese government's forces shelled the rebels' positions: one actor, the state's military
        ("وقصفت قوات الحكومة السودانية مواقع المتمردين.", {}, [("195", "SDNMIL", "REB")]),
        # the armed opposition factions shelled the city's airport: the adjective is the factions', not a
        # second, unidentified armed group
        ("وقصفت فصائل المعارضة المسلحة مطار المدينة.", {}, [("195", "REB", None)]),
        # the two ministers discussed the Libyan crisis: Libyan describes the crisis, no object of its own
        ("وبحث الوزيران الأزمة الليبية.", {}, [("040", None, None)]),
    ],
)
def test_news_arguments(text: str, entities: Entities, expected: Expected) -> None:
    assert actors(text, entities=entities) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # gunmen attacked the soldiers and killed two of them: the killers are the gunmen, not the soldiers
        # (the first verb's object, before the second)
        ("هاجم مسلحون الجنود وقتلوا اثنين منهم.", [("190", "UAF", "MIL"), ("190", "UAF", None)]),
        # the army besieged the gunmen and shelled their positions: the army shelled
        ("حاصر الجيش المسلحين وقصف مواقعهم.", [("191", "MIL", "UAF"), ("195", "MIL", None)]),
        # the Israeli forces stormed the village and arrested three young men: the forces arrested
        (
            "اقتحمت القوات الإسرائيلية القرية واعتقلت ثلاثة شبان.",
            [("190", "ISRMIL", "CVL"), ("173", "ISRMIL", None)],
        ),
    ],
)
def test_a_conjoined_verb_keeps_the_subject_before(text: str, expected: Expected) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "entities", "expected"),
    [
        # the Israeli occupation forces arrested ten Palestinians last night in Jenin: the named forces
        # (ISRMIL in the actors lexicon) take their own country's adjective, which is no second actor
        (
            "اعتقلت قوات الاحتلال الإسرائيلي ليلة أمس عشرة فلسطينيين في جنين.",
            {"جنين": ("LOC", None, "PSE")},
            [("173", "ISRMIL", "PSE")],
        ),
        # three smugglers were wounded by the Turkish police's bullets near the border: برصاص X names the
        # shooter, the source; the smugglers (CRM) the target
        ("أصيب ثلاثة مهربين برصاص الشرطة التركية قرب الحدود.", {}, [("190", "TURCOP", "CRM")]),
        # the Ethiopian government announced, this morning, reaching an agreement with the rebels: the
        # announcer agreed, past the inserted time phrase
        (
            "أعلنت الحكومة الإثيوبية، صباح اليوم، التوصل إلى اتفاق مع المتمردين.",
            {},
            [("057", "ETHGOV", "REB")],
        ),
    ],
)
def test_named_forces_shooters_and_announced_agreements(
    text: str, entities: Entities, expected: Expected
) -> None:
    assert actors(text, entities=entities) == expected
