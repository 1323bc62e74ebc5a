"""Which day an event takes: its sentence's date words, unless it is told as older, or the lead's day.

The sentence's first date expression (events_dates.resolve) dates its events, with two exceptions read
here: an act told as older than the sentence's dated act gets none, whether it follows بعد، عقب، إثر
after the date words (بدأ الوفد، الجمعة، زيارة تأتي عقب تصريحات هدد فيها الرئيس "the visit began on
Friday, after statements in which the president threatened": the threat is older: `after_dated`) or is
told with كان before a date that precedes it (المولود عام 1960 … بعد أن كانا قد التقيا "born in 1960 …
after they had met": `told_as_older`). And an event whose sentence names no date of its own takes the
article lead's day when it tells the lead's act again (`Lead`): the lead reports the story's act with its
day (قتل شخصان، الأربعاء، جراء انفجار عبوة "two were killed on Wednesday by a bomb's blast"), and the
sentences after it tell the same act without one (انفجرت عبوة ناسفة داخل سيارة "a bomb exploded in a car").
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import NamedTuple

from marsad.arabic import fold
from marsad.events_doers import REPORTING
from marsad.events_lexicon import Trigger
from marsad.events_triggers import Found

# بعد، عقب، إثر "after" (بعدما "after", with ما fused): an act they introduce came before the one they follow
AFTER = frozenset(fold(w) for w in ("بعد", "بعدما", "عقب", "إثر", "اثر"))
AFTER_REACH = 6  # words from بعد/عقب to the act it introduces (عقب تصريحات للرئيس بشار الأسد هدد فيها: 5)
# كان "was" before a past verb is the pluperfect (وكان الجيش قد قصف "the army had shelled"): an older act
WAS = frozenset(fold(w) for w in ("كان", "كانت", "كانوا", "كانا", "كانتا"))
WAS_REACH = 3  # words from كان to the trigger (وكان السودان قد مدد: 3)
# Time words that give a sentence its own time, which the lead's day must not override: منذ "since", مؤخرا
# "recently", سابقا / سابق "earlier" (في وقت سابق), قبل "before, ago", and a year (checked apart)
OWN_TIME = frozenset(fold(w) for w in ("منذ", "مؤخرا", "سابقا", "سابق", "قبل", "السابق"))
# وقتها، آنذاك، حينها "at that time": a sentence telling an act of another time (أسفرت الغارات وقتها)
THEN = frozenset(fold(w) for w in ("وقتها", "آنذاك", "حينها", "حينذاك", "وقتئذ", "حينئذ", "آنئذ"))
_T27 = os.environ.get("MARSAD_T27", "D1a,D1b,D1c").split(",")  # measuring only
LEAD_SENTENCES = 2  # the lead is one of the article's first two sentences (the first may be a headline)


class Lead(NamedTuple):
    """The article's lead: its sentence, its day, its date words and the roots and lemmas of its acts."""

    sentence: int
    date: str
    date_text: str
    roots: frozenset[str]
    lemmas: frozenset[str]


def lead_of(
    sentence: int,
    date: tuple[str, int, int] | None,
    date_text: str | None,
    acts: Sequence[Found],
    keys: Sequence[str],
    lo: int,
) -> Lead | None:
    """The lead, when this sentence is one of the first two and its date is a day (a year or a month in a
    lead mostly dates its background: عام 2016 of an election); `acts` are the triggers it asserts (at
    article token indexes from `lo`), less its imperfects (التي تنتقد "which criticises": no act of the day).
    Date words after a reporting verb and before every act are the report's day (ذكر المرصد، الجمعة، أن 15
    جنديا قتلوا "the Observatory said on Friday that 15 soldiers were killed"): no lead."""
    if sentence >= LEAD_SENTENCES or date is None or date_text is None or len(date[0]) != 10:
        return None
    done = [f for f in acts if "D1c" not in _T27 or f[2].aspect != "imperf"]
    if not done:
        return None
    reported = any(k in REPORTING for k in keys[: date[1]])
    if "D1a" in _T27 and reported and all(f[0] - lo > date[1] for f in done):
        return None
    roots = frozenset(f[2].cameo[:2] for f in done)
    return Lead(sentence, date[0], date_text, roots, frozenset(f[2].lemma for f in done))


def _year(key: str) -> bool:
    return key.isdigit() and len(key) == 4 and 1900 <= int(key) <= 2100


def lead_retold(
    lead: Lead,
    sentence: int,
    all_keys: Sequence[tuple[str, ...]],
    keys: Sequence[str],
    i: int,
    trig: Trigger,
    cameo: str,
) -> bool:
    """Whether an event at word i of a later sentence with no date words tells the lead's act again: of a
    root or lemma of the lead's acts, not ongoing or coming (an imperfect), not told as older (كان before
    it, or opening its sentence), in a sentence with no time of its own (منذ، مؤخرا، قبل، وقتها، a year)."""
    if sentence <= lead.sentence or trig.aspect == "imperf":
        return False
    if cameo[:2] not in lead.roots and trig.lemma not in lead.lemmas:
        return False
    if any(k in OWN_TIME or _year(k) for k in keys):
        return False
    if "D1b" in _T27 and ((keys and keys[0] in WAS) or any(THEN.intersection(k) for k in all_keys)):
        return False
    return not any(k in WAS for k in keys[max(0, i - WAS_REACH) : i])


def after_dated(keys: Sequence[str], i: int, date_last: int) -> bool:
    """Whether the trigger at word i follows بعد/عقب/إثر that follows the sentence's date words (ending at
    date_last): it came before the dated act."""
    return any(keys[k] in AFTER for k in range(max(date_last + 1, i - AFTER_REACH), i))


def told_as_older(keys: Sequence[str], i: int, date_first: int) -> bool:
    """Whether the trigger at word i is told with كان before it and the date words come before it: the
    date is another act's (a date after it, وكان السودان مدد في مارس الماضي, is its own)."""
    return date_first < i and any(k in WAS for k in keys[max(0, i - WAS_REACH) : i])


# أن، إن "that" (أنه، بأن: the same stem): a complementizer opening a reported clause
THAT = frozenset({fold("أن")})
# Words that tell a reported clause's time as older than the report: كان "was", منذ "since", الماضي "last",
# قبل "before, ago" (a year before the publication's is checked apart)
OLDER = WAS | frozenset(fold(w) for w in ("منذ", "الماضي", "الماضية", "المنصرم", "المنصرمة", "قبل"))


def reported_older(keys: Sequence[str], i: int, date_first: int, date_last: int, year: int | None) -> bool:
    """Whether the trigger at word i is in a clause a reporting verb before the date words reports, after
    them, and that clause tells an older time (كان، منذ، الماضي، قبل، an earlier year): the date is the
    report's (قال البيان، الجمعة، إن الحوثيين كانوا قد هددوا)."""
    that = next((k for k in range(date_last + 1, i) if keys[k] in THAT), None)
    if that is None or not any(k in REPORTING for k in keys[:date_first]):
        return False
    clause = keys[that + 1 :]
    return any(k in OLDER or (_year(k) and year is not None and int(k) < year) for k in clause)
