"""Dates, session 27 (CD in docs/events_when.md): a weekday with a coming-time word after it names a day after
publication, no done event's: the resolver skips it. Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.arabic import fold
from marsad.events_dates import resolve

SUNDAY = dt.date(2018, 6, 10)


def resolved(text: str) -> str | None:
    found = resolve([fold(w) for w in text.split()], SUNDAY)
    return found[0] if found else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the minister visits the capital next Sunday": no day of a done event
        ("يزور الوزير العاصمة الأحد المقبل", None),
        # "the two delegations met last Sunday to prepare the summit of next Friday": the meeting's day is
        # read, the summit's coming Friday is not
        ("التقى الوفدان الأحد الماضي للتحضير لقمة الجمعة المقبلة", "2018-06-03"),
        # "the talks will resume next Thursday, the envoy said on Tuesday": the coming day skipped, Tuesday
        # read
        ("تستأنف المحادثات الخميس القادم كما قال المبعوث الثلاثاء", "2018-06-05"),
        # "the president visited the capital on Friday": unchanged
        ("زار الرئيس العاصمة يوم الجمعة", "2018-06-08"),
    ],
)
def test_a_coming_weekday_is_skipped(text: str, expected: str | None) -> None:
    assert resolved(text) == expected
