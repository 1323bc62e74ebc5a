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
YESTERDAY = fold("أمس")
_T27B = os.environ.get("MARSAD_T27B", "").split(",")  # measuring only
# Ordinal day words (السابع من أبريل "the seventh of April"), masculine and feminine: units, then the tens
# that follow them (الخامس عشر "the fifteenth", الحادي والعشرين "the twenty-first": و is off the key)
ORDINAL_UNITS = {
    fold(w): n
    for ws, n in (
        (("الأول", "الأولى"), 1), (("الثاني", "الثانية"), 2), (("الثالث", "الثالثة"), 3),
        (("الرابع", "الرابعة"), 4), (("الخامس", "الخامسة"), 5), (("السادس", "السادسة"), 6),
        (("السابع", "السابعة"), 7), (("الثامن", "الثامنة"), 8), (("التاسع", "التاسعة"), 9),
        (("العاشر", "العاشرة"), 10),
    )
    for w in ws
}  # fmt: skip
ELEVEN = frozenset({fold("الحادي"), fold("الحادية")})  # "one" of 11, 21 and 31: never alone
TEEN = frozenset({fold("عشر"), fold("عشرة")})
ORDINAL_TENS = {fold("العشرين"): 20, fold("الثلاثين"): 30}
# الجاري، الحالي "current": الشهر الجاري "this month"; أبريل الجاري "this April"
CURRENT = frozenset(fold(w) for w in ("الجاري", "الحالي"))
COMING = frozenset(fold(w) for w in ("المقبل", "المقبلة", "القادم", "القادمة"))
YEAR_WORDS = frozenset({"العام", "عام"})
IN, MONTH_WORD, OF, SLASH = fold("في"), fold("شهر"), fold("من"), "/"
# قبل يومين، قبل ثلاثة أيام، قبل أسبوع "two days, three days, a week ago": a count of days or weeks
BEFORE = fold("قبل")
COUNTED = {fold("يومين"): 2, fold("أسبوع"): 7, fold("أسبوعا"): 7, fold("أسبوعين"): 14}
DAYS = frozenset({fold("أيام")})
COUNTS = {
    fold(w): n
    for ws, n in (
        (("ثلاثة", "ثلاث"), 3), (("أربعة", "أربع"), 4), (("خمسة", "خمس"), 5), (("ستة", "ست"), 6),
        (("سبعة", "سبع"), 7), (("ثمانية", "ثماني"), 8), (("تسعة", "تسع"), 9), (("عشرة", "عشر"), 10),
    )
    for w in ws
}  # fmt: skip
# قبل يومين من الانتخابات "two days before the elections": the count is from another act, not from today
FROM_ACT = frozenset({fold("من"), fold("على")})


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


def _ordinal_at(keys: Sequence[str], i: int) -> tuple[int, int] | None:
    """(day of the month, words used) for an ordinal day word at keys[i] (السابع، الخامس عشر، الحادي
    والعشرين، العشرين)."""
    key, nxt = keys[i], keys[i + 1] if i + 1 < len(keys) else ""
    if key in ORDINAL_TENS:
        return ORDINAL_TENS[key], 1
    unit = 1 if key in ELEVEN else ORDINAL_UNITS.get(key)
    if unit is None or (unit == 10 and nxt in TEEN):
        return None
    if nxt in TEEN:
        return 10 + unit, 2
    if nxt in ORDINAL_TENS and unit < 10:
        return ORDINAL_TENS[nxt] + unit, 2
    return None if key in ELEVEN else (unit, 1)


def _dated(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _ordinal_date(keys: Sequence[str], i: int, published: dt.date | None) -> tuple[str, int, int] | None:
    """An ordinal day of a named month, or of this or last month (في السابع من أبريل، الخامس عشر من الشهر
    الجاري): the day's ISO date, as `resolve` gives it."""
    ordinal = _ordinal_at(keys, i)
    if ordinal is None:
        return None
    j = i + ordinal[1]
    if j + 1 >= len(keys) or keys[j] != OF:
        return None
    after = keys[j + 2] if j + 2 < len(keys) else ""
    if keys[j + 1] == "الشهر" and published and (after in CURRENT or after in PAST):
        month_start = published.replace(day=1)
        if after in PAST:
            month_start = (month_start - dt.timedelta(days=1)).replace(day=1)
        day = _dated(month_start.year, month_start.month, ordinal[0])
        return (day.isoformat(), i, j + 2) if day else None
    month = _month_at(keys, j + 1)
    if month is None:
        return None
    end = _paired(keys, j + month[1])
    if "F1b" in _T27B and end + 2 < len(keys) and keys[end + 1] in YEAR_WORDS and _year(keys[end + 2]):
        end += 1  # الرابع من أبريل العام 2017 "the fourth of April of the year 2017"
    year = _year(keys[end + 1]) if end + 1 < len(keys) else None
    if year is None and published is None:
        return None
    day = _dated(year or published.year, month[0], ordinal[0])  # type: ignore[union-attr]
    if day is None:
        return None
    if year is None and published and day > published:
        day = _dated(day.year - 1, day.month, day.day)
    return (day.isoformat(), i, end + (year is not None)) if day else None


def _paired(keys: Sequence[str], end: int) -> int:
    """The last word of a month name ending at `end` with its other name after a slash (تموز/يوليو)."""
    other = _month_at(keys, end + 2) if end + 2 < len(keys) and keys[end + 1] == SLASH else None
    return end + 1 + other[1] if other else end


def _month_alone(keys: Sequence[str], i: int, published: dt.date | None) -> tuple[str, int, int] | None:
    """A month with no day after في (في يوليو، في شهر يوليو الماضي، في تموز/يوليو 2017): YYYY-MM, the
    latest such month on or before publication (before it with الماضي); none for a coming month."""
    first = i + 1 + (i + 1 < len(keys) and keys[i + 1] == MONTH_WORD)
    if first >= len(keys):
        return None
    month = _month_at(keys, first)
    if month is None:
        return None
    end = _paired(keys, first + month[1] - 1)
    after = keys[end + 1] if end + 1 < len(keys) else ""
    year = _year(after)
    if year:
        return f"{year}-{month[0]:02d}", first, end + 1
    if after in COMING or published is None:
        return None
    year = published.year
    if month[0] > published.month or (after in PAST and month[0] == published.month):
        year -= 1
    return f"{year}-{month[0]:02d}", first, end + (after in PAST or after in CURRENT)


def _days_ago(keys: Sequence[str], i: int, published: dt.date) -> tuple[str, int, int] | None:
    """قبل + a count of days or weeks (قبل يومين، قبل ثلاثة أيام، قبل أسبوع) not followed by من/على:
    publication less that many days."""
    n = len(keys)
    if i + 1 >= n:
        return None
    count, end = COUNTED.get(keys[i + 1]), i + 1
    if count is None and i + 2 < n and keys[i + 2] in DAYS:
        word = keys[i + 1]
        count = int(word) if word.isdigit() and 3 <= int(word) <= 10 else COUNTS.get(word)
        end = i + 2
    if count is None or (end + 1 < n and keys[end + 1] in FROM_ACT):
        return None
    return (published - dt.timedelta(days=count)).isoformat(), i, end


def resolve(keys: Sequence[str], published: dt.date | None) -> tuple[str, int, int] | None:
    """(ISO date, first key index, last key index) of the first date expression in `keys` (folded stems)."""
    n = len(keys)
    for i, key in enumerate(keys):
        nxt = keys[i + 1] if i + 1 < n else ""
        if key in ("العام", "عام", "سنه", "السنه") and _year(nxt):
            return nxt, i, i + 1
        if "F1" in _T27B and (found := _ordinal_date(keys, i, published)):
            return found
        if "F2" in _T27B and key == IN and (found := _month_alone(keys, i, published)):
            return found
        year = _year(nxt) if "F3" in _T27B and key == IN else None
        if year and (published is None or year <= published.year):  # في 2011 "in 2011"
            return nxt, i + 1, i + 1
        if "F4" in _T27B and key == BEFORE and published and (found := _days_ago(keys, i, published)):
            return found
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
