"""Offices the role finder reads before a name: a place an office governs (محافظ كركوك), a military or police
office before a rank (قائد القيادة المركزية الأمريكية الجنرال X), a spokesman of a nested title before a
rank, and coordinators (منسق)."""

from __future__ import annotations

import dataclasses

import pytest

from marsad.article import Entity
from marsad.roles import find_roles
from tests.conftest import find_span
from tests.test_entities_stage import segmented
from tests.test_merge import build


def _roles(text: str, tagged: list[tuple[str, str]], name: str) -> list[tuple[str, str | None]]:
    """(text, country) of each role the finder gives the mention `name` of an article tagged with one
    mention per (surface, label)."""
    article = build(text, [(s, label, 0) for s, label in tagged])
    span = find_span(text, name)
    people = [find_span(text, s) for s, label in tagged if label == "PER"]  # as the pipeline gives them
    return [(r.text, r.country) for r in find_roles(article, people)[span].roles]


@pytest.mark.parametrize(
    ("text", "place", "name", "role"),
    [
        # "The governor of Kirkuk Rakan al-Jubouri said": the city is the office's complement.
        ("وقال محافظ كركوك راكان الجبوري إن الوضع مستقر.", "كركوك", "راكان الجبوري", "محافظ كركوك"),
        # "The mayor of Gaza Yahya al-Sarraj announced": بلدية in construct before the town.
        ("وأعلن رئيس بلدية غزة يحيى السراج أن المدينة تعاني.", "غزة", "يحيى السراج", "رئيس بلدية غزة"),
    ],
)
def test_a_place_after_an_office_in_construct_is_its_complement(
    text: str, place: str, name: str, role: str
) -> None:
    assert _roles(text, [(place, "LOC"), (name, "PER")], name) == [(role, None)]


def test_a_definite_title_does_not_take_the_place_after_it() -> None:
    # "The minister visited Kirkuk Rakan …" is no office of Kirkuk: الوزير is definite (no construct).
    text = "زار الوزير كركوك راكان الجبوري أمس."
    assert _roles(text, [("كركوك", "LOC"), ("راكان الجبوري", "PER")], "راكان الجبوري") == []


@pytest.mark.parametrize(
    ("text", "name", "roles"),
    [
        # "Sudani met the CENTCOM commander General Michael Kurilla": the command is his office, the rank
        # his own; before, the rank alone was his role and the office nobody's.
        (
            "والتقى السوداني قائد القيادة المركزية الأمريكية الجنرال مايكل كوريلا في بغداد.",
            "مايكل كوريلا",
            [("قائد القيادة المركزية الأمريكية", "USA"), ("الجنرال", None)],
        ),
        # "The Basra police chief Major General Abbas Naji": the rank ends the office phrase.
        (
            "وقال مدير شرطة البصرة اللواء عباس ناجي إن قواته اعتقلت المتهمين.",
            "عباس ناجي",
            [("مدير شرطة البصرة", None), ("اللواء", None)],
        ),
        # "The spokesman of the commander-in-chief, Major General Yahya Rasool": the spokesman's title with
        # its nested title is the name's office (it was read as the commander's own, rank included).
        (
            "وقال المتحدث باسم القائد العام للقوات المسلحة اللواء يحيى رسول إن الغارة نجحت.",
            "يحيى رسول",
            [("المتحدث باسم القائد العام للقوات المسلحة", None), ("اللواء", None)],
        ),
        # "The US secretary of state met General X": a civil office before a rank is mostly someone else.
        (
            "والتقى وزير الخارجية الأمريكي الجنرال مايكل كوريلا أمس.",
            "مايكل كوريلا",
            [("الجنرال", None)],
        ),
    ],
)
def test_an_armed_office_before_a_rank_is_the_same_persons(
    text: str, name: str, roles: list[tuple[str, str | None]]
) -> None:
    assert _roles(text, [(name, "PER")], name) == roles


def test_a_coordinator_of_the_un_takes_its_code() -> None:
    # "The UN humanitarian coordinator in Sudan Maria Lopez warned"
    text = "وحذرت منسقة الأمم المتحدة للشؤون الإنسانية في السودان ماريا لوبيز من أن الوضع خطير."
    name = "ماريا لوبيز"
    article = build(text, [("الأمم المتحدة", "ORG", 0), ("السودان", "LOC", 0), (name, "PER", 0)])
    span = find_span(text, name)
    (role,) = find_roles(article, [span])[span].roles
    assert (role.text, role.org_code) == ("منسقة الأمم المتحدة للشؤون الإنسانية في السودان", "IGOUNO")


def test_a_rank_after_a_civil_office_stays_in_its_phrase() -> None:
    # "The head of the transitional council, General X, opened the session": the general is the head; one
    # role, as before.
    text = "وافتتح رئيس المجلس الانتقالي الجنرال سالم ولد أحمد الدورة البرلمانية."
    name = "سالم ولد أحمد"
    assert _roles(text, [(name, "PER")], name) == [("رئيس المجلس الانتقالي الجنرال", None)]


def test_a_spokesman_for_a_body_before_an_honorific() -> None:
    # "The spokesman for the fighters, Sheikh Mukhtar Robow": the spokesman's office is his.
    text = "وقال المتحدث باسم المقاتلين الشيخ مختار روبو إن الهجوم فشل."
    name = "مختار روبو"
    assert _roles(text, [(name, "PER")], name) == [("المتحدث باسم المقاتلين", None), ("الشيخ", None)]


def _segmented_roles(text: str, name: str) -> list[tuple[str, str]]:
    """(text, text at the span) of each role of the one PER mention `name`, on the real segmenter's tokens
    (clitics cut, as ل + لرئيس)."""
    span = find_span(text, name)
    entity = Entity("e0", "PER", name, (span,), source="test")
    article = dataclasses.replace(segmented(text), entities=(entity,))
    return [(r.text, text[r.span.start : r.span.end]) for r in find_roles(article, [span])[span].roles]


def test_a_title_behind_a_lam_that_ate_its_alif() -> None:
    # "slogans against the president Kais Saied": للرئيس is ل + الرئيس; the role reads الرئيس.
    text = "وردد المحتجون شعارات مناهضة للرئيس قيس سعيد أمس."
    assert _segmented_roles(text, "قيس سعيد") == [("الرئيس", "لرئيس")]


def test_a_name_after_a_comma_and_wa_is_the_next_item_not_the_title_holder() -> None:
    # "The former Yemeni president's lawyer, and Salem al-Haddad, head of the court, attended": no president.
    text = "وحضر المحامي الخاص للرئيس اليمني السابق، وسالم الحداد رئيس المحكمة العليا، الجلسة."
    assert [r for r, _ in _segmented_roles(text, "سالم الحداد")] == ["رئيس المحكمة العليا"]


def test_an_office_before_the_next_names_rank_is_no_apposition() -> None:
    # "… Brigadier Adnan al-Luqays, the head of the central administration Brigadier Mohammed Qasim": the
    # office after the comma is Qasim's, not al-Luqays's.
    text = "وهم العميد عدنان اللقيس، رئيس الإدارة المركزية العميد محمد قاسم."
    roles = _roles(text, [("عدنان اللقيس", "PER"), ("محمد قاسم", "PER")], "عدنان اللقيس")
    assert roles == [("العميد", None)]


def test_a_delegate_to_a_body_speaks_for_the_state() -> None:
    # "The Canadian delegate at the UN Sarah Wolfe said": her nationality gives the code, not the UN; "the
    # EU's ambassador in Jordan" stays the EU's.
    text = "وأكدت المندوبة الكندية في الأمم المتحدة سارة وولف أن القرار منحاز."
    name = "سارة وولف"
    article = build(text, [("الأمم المتحدة", "ORG", 0), (name, "PER", 0)])
    span = find_span(text, name)
    (role,) = find_roles(article, [span])[span].roles
    assert (role.text, role.country, role.sector) == ("المندوبة الكندية في الأمم المتحدة", "CAN", "GOV")
    text = "وأوضح سفير الاتحاد الأوروبي في الأردن بيير دوران أن الاتفاق مهم."
    name = "بيير دوران"
    article = build(text, [("الاتحاد الأوروبي", "ORG", 0), ("الأردن", "LOC", 0), (name, "PER", 0)])
    span = find_span(text, name)
    (role,) = find_roles(article, [span])[span].roles
    assert (role.org_code, role.sector) == ("IGOEUREEC", None)


def test_an_ambassador_to_a_body() -> None:
    # "The Italian ambassador to the UN Marco Rossi": لدى + a listed body continues the office.
    text = "وأوضح السفير الإيطالي لدى الأمم المتحدة ماركو روسي أن المشروع جاهز."
    name = "ماركو روسي"
    assert _roles(text, [(name, "PER")], name) == [("السفير الإيطالي لدى الأمم المتحدة", "ITA")]


@pytest.mark.parametrize(
    ("text", "name", "roles"),
    [
        # "The Omani foreign minister, Sheikh Hamad al-Rawahi, said …": the office set off by a comma before
        # the honorific is the same person's office; before R29 only the honorific was read and the person
        # took another country from the article.
        (
            "وقال وزير الخارجية العماني، الشيخ حمد الرواحي، إن المحادثات مستمرة.",
            "حمد الرواحي",
            [("وزير الخارجية العماني", "OMN"), ("الشيخ", None)],
        ),
        # "The commander of the British forces in Cyprus, Major General John Walker, considered …": a rank
        # after an armed office and a comma.
        (
            "واعتبر قائد القوات البريطانية في قبرص، اللواء جون ووكر، أن الهجوم فشل.",
            "جون ووكر",
            [("قائد القوات البريطانية في قبرص", "GBR"), ("اللواء", None)],
        ),
    ],
)
def test_an_office_set_off_by_a_comma_before_an_honorific_or_rank(
    text: str, name: str, roles: list[tuple[str, str | None]]
) -> None:
    places = [(p, "LOC") for p in ("قبرص",) if p in text]
    assert _roles(text, [*places, (name, "PER")], name) == roles
