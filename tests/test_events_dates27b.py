"""Date forms of T27b (marsad.events_dates, marsad.events_when), measured behind $MARSAD_T27B and not kept
(docs/events_precision.md, T27b): each test switches its form on and checks it reads its own sentence."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

import pytest

import marsad
import marsad.events_dates as events_dates
import marsad.events_when as events_when
from marsad.article import Article
from marsad.events_lexicon import token_keys
from marsad.stages.normalize import normalize
from marsad.stages.segment import Segmenter

_SEGMENT = Segmenter.load()
PUBLISHED = dt.date(2018, 5, 16)  # a Wednesday


def keys(text: str) -> list[str]:
    article = _SEGMENT(normalize(Article(text=text)))
    return [token_keys(article.text, t)[0] for t in article.tokens]


@pytest.fixture
def forms() -> Iterator[list[str]]:
    """The measuring switch list (one list object, shared by events_dates, events_when and the stage),
    emptied for the test and restored after it: a test adds the forms it measures."""
    switched = events_dates._T27B
    saved = list(switched)
    switched.clear()
    events_when._T27B.clear()
    yield _Both(switched, events_when._T27B)
    switched[:] = saved
    events_when._T27B[:] = saved


class _Both(list[str]):
    """Adds each form to both modules' switch lists."""

    def __init__(self, *lists: list[str]) -> None:
        super().__init__()
        self.lists = lists

    def append(self, form: str) -> None:
        for each in self.lists:
            each.append(form)

    def extend(self, forms: Iterable[str]) -> None:
        for form in forms:
            self.append(form)


@pytest.mark.parametrize(
    ("form", "text", "expected"),
    [
        # F1: killed on the seventh of April (a day before publication: this year)
        ("F1", "قتل في السابع من أبريل", "2018-04-07"),
        # F1: on the twenty-first of July/Tammuz last (after publication's day: last year)
        ("F1", "قتل في الحادي والعشرين من تموز/يوليو الماضي", "2017-07-21"),
        # F1: on the fifteenth of this month
        ("F1", "اجتمعوا في الخامس عشر من الشهر الجاري", "2018-05-15"),
        # F1: on the tenth of last month
        ("F1", "اجتمعوا في العاشر من الشهر الماضي", "2018-04-10"),
        # F1: on the eleventh of September 2001
        ("F1", "وقع الهجوم في الحادي عشر من سبتمبر 2001", "2001-09-11"),
        # F1b: on the fourth of April of the year 2017
        ("F1,F1b", "وفي الرابع من أبريل العام 2017 قصفت الطائرات", "2017-04-04"),
        # F2: in July/Tammuz last
        ("F2", "اتفقوا في يوليو/تموز الماضي", "2017-07"),
        # F2: in the month of May (this month)
        ("F2", "اتفقوا في شهر مايو", "2018-05"),
        # F2: in Tammuz/July 2017
        ("F2", "اتفقوا في تموز/يوليو 2017", "2017-07"),
        # F3: in 2011
        ("F3", "انسحبت القوات في 2011", "2011"),
        # F4: two days ago, three days ago, two weeks ago
        ("F4", "اعتقلته الشرطة قبل يومين", "2018-05-14"),
        ("F4", "اعتقلته الشرطة قبل ثلاثة أيام", "2018-05-13"),
        ("F4", "اعتقلته الشرطة قبل أسبوعين", "2018-05-02"),
    ],
)
def test_each_form_reads_its_date(forms: list[str], form: str, text: str, expected: str) -> None:
    before = events_dates.resolve(keys(text), PUBLISHED)
    assert before is None or before[0] != expected  # without the form, not this date
    forms.extend(form.split(","))
    found = events_dates.resolve(keys(text), PUBLISHED)
    assert found is not None and found[0] == expected


@pytest.mark.parametrize(
    ("form", "text"),
    [
        ("F1", "هذا الأول من نوعه"),  # the first of its kind: no month
        ("F2", "سيجتمعون في يونيو المقبل"),  # they will meet next June: a coming month dates no act
        ("F3", "ستجرى الانتخابات في 2020"),  # the elections in 2020: after publication
        ("F4", "وصلوا قبل يومين من الانتخابات"),  # two days before the elections: another act's time
    ],
)
def test_each_form_leaves_what_is_no_date_of_the_act(forms: list[str], form: str, text: str) -> None:
    forms.append(form)
    assert events_dates.resolve(keys(text), PUBLISHED) is None


@pytest.mark.parametrize(
    ("form", "text", "trigger", "expected"),
    [
        # F1: dozens were killed on the seventh of April in an attack
        ("F1", "قالت المنظمة إن عشرات الأشخاص قتلوا في السابع من أبريل في هجوم.", "قتلوا", "2018-04-07"),
        # F2: the police arrested nine men in December
        ("F2", "واعتقلت الشرطة تسعة رجال في ديسمبر.", "واعتقلت", "2017-12"),
        # F3: the forces withdrew in 2011
        ("F3", "وانسحبت القوات الأميركية من العراق في 2011.", "وانسحبت", "2011"),
        # F4: the police arrested the commander three days ago
        ("F4", "واعتقلت الشرطة القائد قبل ثلاثة أيام.", "واعتقلت", "2018-05-13"),
    ],
)
def test_analyze_gives_the_form_s_date(
    forms: list[str], form: str, text: str, trigger: str, expected: str
) -> None:
    def dated() -> str | None:
        article = marsad.analyze(text, published="2018-05-16")
        return {article.text[e.trigger.start : e.trigger.end]: e.date for e in article.events}.get(trigger)

    assert dated() != expected  # without the form
    forms.append(form)
    assert dated() == expected


def test_d1b_gives_the_lead_s_day_to_its_act_told_again(forms: list[str]) -> None:
    # two were killed on Wednesday by a car bomb in the capital. / The blast killed two passers-by.
    text = (
        "قتل شخصان، الأربعاء، جراء انفجار سيارة مفخخة في العاصمة.\n\nوأسفر الانفجار عن مقتل اثنين من المارة."
    )
    before = marsad.analyze(text, published="2018-05-16")
    forms.append("D1b")
    after = marsad.analyze(text, published="2018-05-16")
    told = [e for e in after.events if e.trigger.start > text.index("\n")]
    assert told and all(e.date == "2018-05-16" for e in told)
    assert all(e.date is None for e in before.events if e.trigger.start > text.index("\n"))
