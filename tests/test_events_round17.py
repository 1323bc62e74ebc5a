"""Events, session 17 (issue #6), each case on sentences of our own: background attacks (an attack named as
old, as an anniversary or as the time of another act is no event of the sentence: events_background), and
the lead's hand-written news (a bomb on an army patrol, the two leaders, a necessity)."""

from __future__ import annotations

import pytest

from tests.test_events import actors, codes


@pytest.mark.parametrize(
    "text",
    [
        # "The tribal chief, who escaped an assassination attempt two months ago, returned to his village
        # yesterday": the attempt is two months old, the return is the news
        "وعاد إلى قريته أمس شيخ القبيلة الذي نجا من محاولة اغتيال قبل شهرين.",
        # "Residents marked the tenth anniversary of the market bombing with a silent vigil"
        "وأحيا السكان الذكرى العاشرة لتفجير السوق بوقفة صامتة.",
        # "The authorities closed the crossing after gunmen had attacked an aid convoy": the attack dates
        # the closure
        "وأغلقت السلطات المعبر بعد أن هاجم مسلحون قافلة للإغاثة.",
    ],
)
def test_a_background_attack_is_no_event(text: str) -> None:
    assert not [c for c in codes(text) if c[:2] in ("18", "19", "20")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The tribal chief who escaped an assassination attempt returned": no time, the attempt is told
        ("وعاد إلى قريته أمس شيخ القبيلة الذي نجا من محاولة اغتيال.", ["185"]),
        # "Five soldiers were killed in an attack on a checkpoint hours ago": hours ago is the news itself
        ("وقتل خمسة جنود في هجوم على حاجز قبل ساعات.", ["190", "190"]),
        # "The spokesman said the shelling, which started three weeks ago, destroyed dozens of buildings":
        # the three weeks date the relative clause's start, the shelling goes on
        ("وقال الناطق إن القصف الذي انطلق قبل ثلاثة أسابيع دمر عشرات المباني.", ["195"]),
        # "Gunmen attacked an aid convoy after the authorities closed the crossing": the attack is the news
        ("وهاجم مسلحون قافلة للإغاثة بعد أن أغلقت السلطات المعبر.", ["190"]),
    ],
)
def test_a_told_attack_stays(text: str, expected: list[str]) -> None:
    assert [c for c in codes(text) if c[:2] in ("18", "19", "20")] == expected


# The lead's hand-written news of session 17 (requests.md 17:20), on sentences of our own.


def test_the_army_a_bomb_went_off_on_is_hit_and_its_wounded_are_victims() -> None:
    # "The police said a bomb went off on an army patrol near the town, wounding two soldiers": the army
    # after على + a noun is the target, the wounded after إصابة victims; no doer named (was the army the
    # bomb's doer and the soldiers the explosion's)
    text = "وقالت الشرطة إن عبوة ناسفة انفجرت على دورية للجيش قرب البلدة، ما أسفر عن إصابة جنديين."
    assert sorted(actors(text)) == [("183", None, "MIL"), ("1833", None, "MIL")]


def test_a_bomb_on_an_army_patrol_names_no_doer() -> None:
    # "A bomb went off on an army patrol in the town": على is no adjective between the bomb and the army
    # (a nisba-like ending once folded), so the army in ل is not the bomb's doer
    assert sorted(actors("انفجرت عبوة ناسفة على دورية للجيش في المدينة.")) == [
        ("183", None, "MIL"),
        ("1833", None, "MIL"),
    ]


def test_the_killed_after_a_casualty_noun_are_no_doer() -> None:
    # "A bomb went off in the market, killing two soldiers": the soldiers after مقتل are its victims
    text = "وانفجرت عبوة ناسفة في السوق، ما أسفر عن مقتل جنديين."
    assert actors(text) == [("183", None, "MIL"), ("1833", None, "MIL"), ("190", None, "MIL")]


def test_the_two_leaders_are_the_two_who_met() -> None:
    # "The king met the French president in Paris. The two leaders discussed developments in the region"
    text = "التقى الملك الرئيس الفرنسي في باريس. وبحث الزعيمان تطورات الأوضاع في المنطقة."
    assert actors(text) == [("040", "GOV", "FRAGOV"), ("040", "GOV", "FRAGOV")]


def test_what_is_called_necessary_is_not_done() -> None:
    # "The president stressed the need to stop the fighting and let humanitarian aid into the town": a
    # demand, no aid given (was 073)
    assert codes("وشدد الرئيس على ضرورة وقف القتال وإدخال المساعدات الإنسانية إلى المدينة.") == []
    # "The minister stressed the need for dialogue, and his country gave the displaced aid": a comma ends it
    assert codes("وأكد الوزير ضرورة الحوار، وقدمت بلاده مساعدات إنسانية للنازحين.") == ["070"]


@pytest.mark.parametrize(
    "text",
    [
        # "Security forces defused a roadside bomb near the market": no bombing
        "وفككت قوات الأمن عبوة ناسفة قرب السوق.",
        # "The police found a car bomb near the embassy"
        "وعثرت الشرطة على سيارة مفخخة قرب السفارة.",
        # "He said the gunmen trained to carry out attacks in the cities": trained for, not done
        "وقال إن المسلحين تدربوا على تنفيذ هجمات في المدن.",
        # "The police arrested members of a cell for blowing up cars": the cell's purpose
        "واعتقلت الشرطة أعضاء خلية لتفجير السيارات.",
    ],
)
def test_an_attack_not_carried_out_is_no_event(text: str) -> None:
    assert not [c for c in codes(text) if c[:2] in ("18", "19", "20")]


def test_a_bomb_that_went_off_stays() -> None:
    # "A roadside bomb went off near the market": the explosion and the bomb are told
    assert codes("وانفجرت عبوة ناسفة قرب السوق.") == ["183", "1833"]


def test_an_office_holder_after_a_visit_noun_is_the_visitor() -> None:
    # "The French president's visit to Algeria comes after months of tension": the president visits (was
    # the visit's target)
    assert actors("وتأتي زيارة الرئيس الفرنسي إلى الجزائر بعد أشهر من التوتر.")[0][:2] == ("042", "FRAGOV")
    # "The visit to Morocco comes after months of tension": a country after زيارة is the one visited
    assert actors("وتأتي زيارة المغرب بعد أشهر من التوتر.") == [("042", None, "MAR")]


def test_a_verb_form_after_inna_is_no_verb() -> None:
    # "The organisation said its teams treated more than a hundred wounded": after إن, فرقها is "its teams",
    # not "dispersed it" (was 175)
    assert codes("وقالت المنظمة إن فرقها عالجت أكثر من مئة جريح.") == []
    # "The gendarmerie said it dispersed the protesters at the bridge": after إنه the verb is one
    assert "175" in codes("وقال الدرك إنه فرق المحتجين عند الجسر.")


def test_the_purpose_of_a_negated_copula_is_not_done() -> None:
    # "The minister said his country will not be a platform for threatening its neighbours": no threat (was
    # 130)
    assert codes("وقال الوزير إن بلاده لن تكون منصة لتهديد جيرانها.") == []
    # "The minister said the group threatened its neighbours": the threat is told
    assert "130" in [c[:3] for c in codes("وقال الوزير إن الجماعة هددت جيرانها.")]
