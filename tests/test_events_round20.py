"""Events, session 20 (issue #6), each case on sentences of our own: attacks a sentence names without
reporting one (warned of, counted: events_background), and the lead's hand-written news of session 19 (two
ministers before a dual verb, الوزير with a nationality, raised flags, the slogans' demand, a day between
commas inside a phrasal verb; w2: what للتوصل إلى aims at)."""

from __future__ import annotations

import pytest

from tests.test_events import actors, codes

ATTACK_ROOTS = ("18", "19", "20")


def attacks(text: str) -> list[str]:
    return [c for c in codes(text) if c[:2] in ATTACK_ROOTS]


@pytest.mark.parametrize(
    "text",
    [
        # "The police chief warned residents of possible bombings in the markets during the feast": warned
        # of, not done
        "وحذر قائد الشرطة السكان من احتمال تفجيرات في الأسواق خلال العيد.",
        # "The ministry warned yesterday of bombings at the border crossings"
        "وحذرت الوزارة أمس من تفجيرات عند المعابر الحدودية.",
        # "The statistics point to a number of assaults on journalists this year": a count, no assault told
        "وتشير الإحصاءات إلى عدد من الاعتداءات على الصحفيين هذا العام.",
    ],
)
def test_an_attack_warned_of_or_counted_is_no_event(text: str) -> None:
    assert attacks(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The ministry warned yesterday, then gunmen attacked a checkpoint": the warning's clause ends at
        # the comma, the attack is told
        ("وحذرت الوزارة أمس، ثم هاجم مسلحون حاجزا للشرطة.", ["190"]),
        # "A number of soldiers were killed in an attack": عدد counts the soldiers, not attacks
        ("وقتل عدد من الجنود في هجوم على حاجز.", ["190", "190"]),
    ],
)
def test_a_told_attack_near_such_words_stays(text: str, expected: list[str]) -> None:
    assert attacks(text) == expected


# The lead's hand-written news of session 19 (/work/tmp19/b), on sentences of our own.
_MINISTERS = {"سالم الراشدي": ("PER", "MARGOV", "MAR"), "كمال بنعيسى": ("PER", "MRTGOV", "MRT")}


@pytest.mark.parametrize(
    "text",
    [
        # "The Moroccan foreign minister Salim al-Rashdi met his Mauritanian counterpart Kamal Ben Issa
        # yesterday. A statement said that the two ministers discussed the situation": the dual subject
        # before the dual verb, in the accusative after أن
        "التقى وزير الخارجية المغربي سالم الراشدي نظيره الموريتاني كمال بنعيسى أمس. "
        "وذكر بيان أن الوزيرين بحثا تطورات الأوضاع.",
        # the same in one sentence, the nominative dual before the verb
        "التقى وزير الخارجية المغربي سالم الراشدي نظيره الموريتاني كمال بنعيسى أمس، "
        "والوزيران بحثا تطورات الأوضاع.",
    ],
)
def test_the_two_ministers_before_a_dual_verb_are_the_two_who_met(text: str) -> None:
    assert actors(text, entities=_MINISTERS) == [("040", "MARGOV", "MRTGOV")] * 2


def test_the_minister_with_a_nationality_is_its_government() -> None:
    # "The Spanish minister met the Egyptian president in Cairo": ESPGOV, as الرئيس المصري is EGYGOV
    assert actors("والتقى الوزير الإسباني الرئيس المصري في القاهرة.") == [("040", "ESPGOV", "EGYGOV")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The protesters raised Palestinian flags in front of the embassy": flags, not Palestinian media
        ("ورفع المتظاهرون الأعلام الفلسطينية أمام السفارة.", [("141", "CVL", "GOV")]),
        # "Thousands of students marched yesterday raising Palestinian flags"
        ("خرج آلاف الطلاب أمس في مسيرة رافعين الأعلام الفلسطينية.", [("141", "EDU", None)]),
        # "The Palestinian media criticised the decision": the media, with no verb of raising
        ("وانتقدت وسائل الإعلام الفلسطينية القرار.", [("111", "PSEMED", None)]),
    ],
)
def test_raised_flags_are_no_media(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert actors(text) == expected


def test_slogans_demand_what_the_marchers_demand() -> None:
    # "Thousands of Moroccans marched in solidarity with the Palestinian people, chanting slogans that
    # demand an end to the war": the marchers demand, not the Palestinians
    text = "خرج آلاف المغاربة في مسيرة حاشدة للتضامن مع الشعب الفلسطيني، ومرددين شعارات تطالب بوقف الحرب."
    assert actors(text) == [("141", "MARCVL", "PSE"), ("100", "MARCVL", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Thousands of Moroccans went out, on Sunday, in a march": the day between commas is stepped over
        ("خرج آلاف المغاربة، الأحد، في مسيرة حاشدة بشوارع العاصمة.", [("141", "MARCVL", None)]),
        # "Thousands of citizens went out, yesterday evening, in a march"
        ("خرج آلاف المواطنين، مساء أمس، في مسيرة.", [("141", "CVL", None)]),
        # "Thousands of Moroccans went out, angry, in a march": no time phrase, the gap stays three words
        ("خرج آلاف المغاربة، وهم غاضبون، في مسيرة.", []),
    ],
)
def test_a_time_phrase_between_commas_in_a_phrasal_verb(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The two ministers discussed the efforts made to reach a ceasefire": to be reached, no ceasefire
        ("وبحث الوزيران الجهود المبذولة للتوصل إلى وقف لإطلاق النار.", ["040"]),
        # "The two states continue their efforts to reach a peace agreement": none signed
        ("وتواصل الدولتان مساعيهما للتوصل إلى اتفاق سلام.", []),
        # "The mediators announced reaching a ceasefire": reached, done
        ("وأعلن الوسطاء التوصل إلى وقف لإطلاق النار في المدينة.", ["0871"]),
    ],
)
def test_what_is_to_be_reached_is_an_aim(text: str, expected: list[str]) -> None:
    assert codes(text) == expected
