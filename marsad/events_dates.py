"""When an event happened: date words in its sentence resolved against the article's published date.

Relative words need `published` (an ISO date or datetime): اليوم "today", أمس "yesterday", أول أمس "the day
before yesterday", a weekday (الثلاثاء الماضي "last Tuesday": the latest such day strictly before
publication; يوم الجمعة alone: the latest on or before it, as news reports the past), الشهر الماضي,
الأسبوع الماضي (month / week before: ISO month, or the week's Monday), العام الماضي. Absolute dates work
without it: العام 2014 / عام 2014 → "2014", في 12 مارس 2014 → "2014-03-12" (a day and month without a year
take the published year, or the year before when that would put the day after publication).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Container, Iterator, Sequence

from marsad.arabic import fold

WEEKDAYS = {
    fold(w): i
    for i, w in enumerate(["الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"])
}
WEEKDAYS[fold("الاثنين")] = 0
# Gregorian month names in both Arabic series: Egyptian/Gulf (يناير) and Levantine/Iraqi (كانون الثاني).
MONTHS = {
    fold(w): i + 1
    for i, w in enumerate(
        [
            "يناير",
            "فبراير",
            "مارس",
            "أبريل",
            "مايو",
            "يونيو",
            "يوليو",
            "أغسطس",
            "سبتمبر",
            "أكتوبر",
            "نوفمبر",
            "ديسمبر",
        ]
    )
}
MONTHS.update({fold("إبريل"): 4, fold("ابريل"): 4, fold("يونيه"): 6, fold("يوليه"): 7, fold("أغسطس"): 8})
LEVANTINE = {
    ("كانون", "الثاني"): 1, ("شباط",): 2, ("آذار",): 3, ("نيسان",): 4, ("أيار",): 5, ("حزيران",): 6,
    ("تموز",): 7, ("آب",): 8, ("أيلول",): 9, ("تشرين", "الأول"): 10, ("تشرين", "الثاني"): 11,
    ("كانون", "الأول"): 12,
}  # fmt: skip
LEVANTINE_FOLDED = {tuple(fold(w) for w in k): v for k, v in LEVANTINE.items()}
PAST = frozenset({fold("الماضي"), fold("الماضية"), fold("المنصرم"), fold("المنصرمة"), fold("الفائت")})
TODAY = frozenset({fold("اليوم"), fold("الليلة")})
YESTERDAY = fold("أمس")
# المقبل، القادم "next": a weekday they follow is the coming one (يوم الأربعاء المقبل "next Wednesday")
COMING = frozenset(fold(w) for w in ("المقبل", "المقبلة", "القادم", "القادمة"))
# المولود، مواليد، ولد "born": date words right after them are a birth's, no event's (المولود عام 1960)
BIRTH = frozenset(fold(w) for w in ("المولود", "المولودة", "مولود", "مواليد", "ولد", "ولدت"))
BIRTH_REACH = 3  # words from the birth word to the date (المولود في بنغازي عام 1960: 3)
_T27 = os.environ.get("MARSAD_T27", "D1,D2,D3,D4,D5").split(",")  # measuring only


def parse_published(published: str | None) -> dt.date | None:
    """The publication day of an ISO date or datetime, or None."""
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def _year(word: str) -> int | None:
    return int(word) if word.isdigit() and len(word) == 4 and 1900 <= int(word) <= 2100 else None


def _month_at(keys: Sequence[str], i: int) -> tuple[int, int] | None:
    """(month, words used) for a month name at keys[i]."""
    if keys[i] in MONTHS:
        return MONTHS[keys[i]], 1
    for names, month in LEVANTINE_FOLDED.items():
        if tuple(keys[i : i + len(names)]) == names:
            return month, len(names)
    return None


def resolve(
    keys: Sequence[str], published: dt.date | None, futures: Container[int] = ()
) -> tuple[str, int, int] | None:
    """(ISO date, first key index, last key index) of the first date expression in `keys` (folded stems)
    that is not a birth's (المولود عام 1960 "born in 1960": the person's, no event's)."""
    for found in _expressions(keys, published, futures):
        if not ("D4" in _T27 and any(k in BIRTH for k in keys[max(0, found[1] - BIRTH_REACH) : found[1]])):
            return found
    return None


def _expressions(
    keys: Sequence[str], published: dt.date | None, futures: Container[int]
) -> Iterator[tuple[str, int, int]]:
    """(ISO date, first key index, last key index) of each date expression in `keys`, in order; `futures`
    are the indexes of future verbs (س + imperfect)."""
    n = len(keys)
    for i, key in enumerate(keys):
        nxt = keys[i + 1] if i + 1 < n else ""
        if key in ("العام", "عام", "سنه", "السنه") and _year(nxt):
            yield nxt, i, i + 1
            continue
        if key.isdigit() and 1 <= int(key) <= 31 and i + 1 < n:
            month = _month_at(keys, i + 1)
            if month:
                end = i + month[1]
                year = _year(keys[end + 1]) if end + 1 < n else None
                if year is None and published is None:
                    continue
                year = year or published.year  # type: ignore[union-attr]
                try:
                    day = dt.date(year, month[0], int(key))
                except ValueError:
                    continue
                if published and not _year(keys[end + 1] if end + 1 < n else "") and day > published:
                    day = day.replace(year=year - 1)
                yield day.isoformat(), i, end + (1 if end + 1 < n and _year(keys[end + 1]) else 0)
                continue
        if published is None:
            continue
        if key == "اول" and nxt == YESTERDAY:
            yield (published - dt.timedelta(days=2)).isoformat(), i, i + 1
        elif key == YESTERDAY:
            yield (published - dt.timedelta(days=1)).isoformat(), i, i
        elif key in TODAY:
            yield published.isoformat(), i, i
        elif key in WEEKDAYS:
            first = i - 1 if i > 0 and keys[i - 1] == "يوم" else i
            if "D5" in _T27 and (nxt in COMING or i + 1 in futures):
                # الجمعة المقبل "next Friday": the next such day; يوم الجمعة سيشهد "Friday will see": the
                # coming one (today when it is today)
                ahead = (WEEKDAYS[key] - published.weekday()) % 7 or (7 if nxt in COMING else 0)
                yield (published + dt.timedelta(days=ahead)).isoformat(), first, i + (nxt in COMING)
                continue
            past = nxt in PAST
            back = (published.weekday() - WEEKDAYS[key]) % 7
            if past and back == 0:
                back = 7
            yield (published - dt.timedelta(days=back)).isoformat(), first, i + (1 if past else 0)
        elif nxt in PAST and key in ("الشهر", "الاسبوع", "العام"):
            if key == "الشهر":
                prev = published.replace(day=1) - dt.timedelta(days=1)
                yield prev.strftime("%Y-%m"), i, i + 1
            elif key == "العام":
                yield str(published.year - 1), i, i + 1
            else:
                monday = published - dt.timedelta(days=published.weekday() + 7)
                yield monday.isoformat(), i, i + 1
