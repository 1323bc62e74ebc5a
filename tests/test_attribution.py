"""Outlets told apart from things named like them (session 9): مواقع لـX "positions of X" is no website,
and an agency of another kind (الوكالة الدولية للطاقة الذرية) is no news agency; the guards (news agencies
named every usual way) pass before and after."""

from __future__ import annotations

import dataclasses

import pytest

from marsad.article import Entity
from marsad.attribution import OutletMatch, match_outlet
from marsad.attribution_relays import speaker_outlet
from marsad.quotes_view import View
from tests.conftest import find_span
from tests.test_quotes import build


def _outlet_at(text: str, first_word: str, entities: dict[str, str] | None = None) -> str | None:
    """The visible name match_outlet finds at the token starting with `first_word`, or None."""
    view = View(build(text, entities))
    i = next(k for k, w in enumerate(view.words) if w.startswith(first_word))
    hit = match_outlet(view, i)
    return None if hit is None else view.span_text(hit.lo, hit.hi)


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        # "The aircraft struck positions of the organisation east of the city." (the NER tags التنظيم)
        ("وقصفت الطائرات مواقع للتنظيم شرق المدينة.", {"لتنظيم": "ORG"}),
        # "The army took positions of the Houthis in the mountains."
        ("وسيطر الجيش على مواقع للحوثيين في الجبال.", {"لحوثيين": "ORG"}),
        # "Shells fell on positions of the Nile Front." (ل standing alone before the group's name)
        ("وسقطت القذائف على مواقع ل جبهة النيل.", {"جبهة النيل": "ORG"}),
        # "The army took positions of the rebels in the mountains." (no mention after the ل)
        ("وسيطر الجيش على مواقع للمتمردين في الجبال.", {}),
    ],
)
def test_positions_of_a_group_are_no_website(text: str, entities: dict[str, str]) -> None:
    assert _outlet_at(text, "مواقع", entities) is None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # "The International Atomic Energy Agency said that the inspectors arrived."
        ("وقالت الوكالة الدولية للطاقة الذرية إن المفتشين وصلوا.", "الوكالة"),
        # "The US Agency for International Development announced a grant."
        ("وأعلنت الوكالة الأمريكية للتنمية الدولية عن منحة.", "الوكالة"),
        # "The European Space Agency said the launch was postponed."
        ("وقالت وكالة الفضاء الأوروبية إن الإطلاق تأجل.", "وكالة"),
        # "Aid agencies warned of famine."
        ("وحذرت وكالات الإغاثة من مجاعة.", "وكالات"),
    ],
)
def test_an_agency_of_another_kind_is_no_outlet(text: str, word: str) -> None:
    assert _outlet_at(text, word) is None


@pytest.mark.parametrize(
    ("text", "word", "name"),
    [
        # "The official news agency reported that the talks ended."
        ("وذكرت وكالة الأنباء الرسمية أن المحادثات انتهت.", "وكالة", "وكالة الأنباء الرسمية"),
        # "The French Press Agency reported that …" (AFP by its Arabic description)
        ("وذكرت وكالة الصحافة الفرنسية أن المحادثات انتهت.", "وكالة", "الصحافة الفرنسية"),
        # "The agency 'Al-Manar' reported that …" (a quoted name)
        ('وذكرت وكالة "المنار" أن المحادثات انتهت.', "وكالة", "المنار"),
        # "The Sudan News Agency reported that …" (a listed name)
        ("وذكرت وكالة السودان للأنباء أن المحادثات انتهت.", "وكالة", "وكالة السودان للأنباء"),
        # "Websites of Reuters reported …" (مواقع with ل and a listed outlet still names it)
        ("ونشرت مواقع لرويترز الخبر.", "مواقع", "رويترز"),
        # "The official Iranian agency said …" (adjectives and no complement)
        ("وقالت الوكالة الإيرانية الرسمية إن المحادثات انتهت.", "الوكالة", "الوكالة الإيرانية الرسمية"),
    ],
)
def test_news_agencies_still_match(text: str, word: str, name: str) -> None:
    assert _outlet_at(text, word) == name


def _speaker_outlet(text: str, at_second: bool) -> str | None:
    """speaker_outlet of the entity الفجر named in both paragraphs, given the second one's verb or nothing."""
    article = build(text)
    mentions = (find_span(article.text, "الفجر"), find_span(article.text, "الفجر", 1))
    article = dataclasses.replace(article, entities=(Entity("e0", "ORG", "الفجر", mentions, source="test"),))
    view = View(article)
    at = (next(k for k, w in enumerate(view.words) if w == "وقال"),) if at_second else ()
    hit = speaker_outlet(view, article.entities[0], at)
    return None if hit is None else hit.text


@pytest.mark.parametrize(
    ("text", "at_second", "name"),
    [
        # "The channel Al-Fajr carried the news. ¶ Al-Fajr said the truce collapsed." (no quote marks: the
        # evidence is in the other paragraph, so for the quote in the second one the speaker is no outlet)
        ("ونقلت قناة الفجر الخبر.\n\nوقال الفجر إن الهدنة انهارت.", True, None),
        # the same without the quote's sentence given: any sentence counts, as before
        ("ونقلت قناة الفجر الخبر.\n\nوقال الفجر إن الهدنة انهارت.", False, "الفجر"),
        # a quoted name after a type noun counts from another sentence (قناة "الفجر" … وقال الفجر)
        ('ونقلت قناة "الفجر" الخبر.\n\nوقال الفجر إن الهدنة انهارت.', True, "الفجر"),
    ],
)
def test_speaker_outlet_weak_evidence_only_in_the_quotes_sentence(
    text: str, at_second: bool, name: str | None
) -> None:
    assert _speaker_outlet(text, at_second) == name


def test_a_bare_definite_agency_before_a_time_word_is_the_last_outlet() -> None:
    # "The agency said on Thursday that the talks ended." (الخميس is no construct: الوكالة is the outlet
    # named before, not an agency of another kind)
    view = View(build("وقالت الوكالة الخميس إن المحادثات انتهت."))
    i = view.words.index("الوكالة")
    last = OutletMatch(0, 1, "رويترز", None, None)
    assert match_outlet(view, i, last) is last
