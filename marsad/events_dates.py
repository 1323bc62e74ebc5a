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
from collections.abc import Sequence

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
# Words of a coming time: after a weekday (الأحد المقبل) a day after publication, skipped here; after an
# imperfect, a planned act (events_modality.planned)
COMING = frozenset(fold(w) for w in ("المقبل", "المقبلة", "القادم", "القادمة", "غدا", "غدًا"))
YESTERDAY = fold("أمس")


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


def resolve(keys: Sequence[str], published: dt.date | None) -> tuple[str, int, int] | None:
    """(ISO date, first key index, last key index) of the first date expression in `keys` (folded stems)."""
    n = len(keys)
    for i, key in enumerate(keys):
        nxt = keys[i + 1] if i + 1 < n else ""
        if key in ("العام", "عام", "سنه", "السنه") and _year(nxt):
            return nxt, i, i + 1
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
                return day.isoformat(), i, end + (1 if end + 1 < n and _year(keys[end + 1]) else 0)
        if published is None:
            continue
        if key == "اول" and nxt == YESTERDAY:
            return (published - dt.timedelta(days=2)).isoformat(), i, i + 1
        if key == YESTERDAY:
            return (published - dt.timedelta(days=1)).isoformat(), i, i
        if key in TODAY:
            return published.isoformat(), i, i
        if key in WEEKDAYS:
            if nxt in COMING:
                continue  # الأحد المقبل: a coming day is no done event's (CD, docs/events_when.md)
            past = nxt in PAST
            back = (published.weekday() - WEEKDAYS[key]) % 7
            if past and back == 0:
                back = 7
            first = i - 1 if i > 0 and keys[i - 1] == "يوم" else i
            return (published - dt.timedelta(days=back)).isoformat(), first, i + (1 if past else 0)
        if nxt in PAST and key in ("الشهر", "الاسبوع", "العام"):
            if key == "الشهر":
                prev = published.replace(day=1) - dt.timedelta(days=1)
                return prev.strftime("%Y-%m"), i, i + 1
            if key == "العام":
                return str(published.year - 1), i, i + 1
            monday = published - dt.timedelta(days=published.weekday() + 7)
            return monday.isoformat(), i, i + 1
    return None
