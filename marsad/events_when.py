"""Which day an event takes when its sentence's date words belong to a report of it.

The sentence's first date expression (events_dates.resolve) dates its events. When those words follow a
reporting verb and the event is told after أن/إن in the clause the verb reports, the day is the report's;
the event keeps it unless the reported clause tells an older time: كان "was" (the pluperfect), منذ "since",
الماضي "last", قبل "before, ago", or a year before the publication's. Then the event gets no date
(قال البيان، الجمعة، إن الحوثيين كانوا قد هددوا "the statement said on Friday that the Houthis had
threatened": Friday is the statement's day, not the threat's). Measured on the where-and-when samples
(docs/events_precision.md, T27: D6b): rerun `python -m bench.eval_events_where` after a change.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import NamedTuple

from marsad.arabic import fold
from marsad.events_doers import REPORTING
from marsad.events_lexicon import Trigger
from marsad.events_triggers import Found

# أن، إن "that" (أنه، بأن: the same stem): a complementizer opening a reported clause
THAT = fold("أن")
# Words that tell a reported clause's time as older than the report: كان "was", منذ "since", الماضي /
# المنصرم "last", قبل "before, ago" (a year before the publication's is checked apart)
OLDER = frozenset(
    fold(w)
    for w in (
        "كان",
        "كانت",
        "كانوا",
        "كانا",
        "كانتا",
        "منذ",
        "الماضي",
        "الماضية",
        "المنصرم",
        "المنصرمة",
        "قبل",
    )
)
BEFORE, FROM = fold("قبل"), fold("من")  # من قبل "by" (a passive's agent) tells no time


def _year(key: str) -> int | None:
    return int(key) if key.isdigit() and len(key) == 4 and 1900 <= int(key) <= 2100 else None


def _older(clause: Sequence[str], year: int | None) -> bool:
    """Whether a reported clause (folded stems) tells a time older than its report, published in `year`."""
    for n, key in enumerate(clause):
        if key in OLDER and not (key == BEFORE and n > 0 and clause[n - 1] == FROM):
            return True
        said = _year(key)
        if said is not None and year is not None and said < year:
            return True
    return False


def reported_older(keys: Sequence[str], i: int, date: tuple[str, int, int], year: int | None) -> bool:
    """Whether the event at word i is reported, after أن/إن, by a reporting verb that the sentence's date
    words (`date`: ISO date, first and last word) follow, in a clause that tells an older time: the date is
    the report's, not the event's."""
    _, first, last = date
    that = next((k for k in range(last + 1, i) if keys[k] == THAT), None)
    if that is None or not any(k in REPORTING for k in keys[:first]):
        return False
    return _older(keys[that + 1 :], year)


_T27B = os.environ.get("MARSAD_T27B", "").split(",")  # measuring only
# كان "was" before a past verb is the pluperfect (وكان الجيش قد قصف "the army had shelled"): an older act
WAS = frozenset(fold(w) for w in ("كان", "كانت", "كانوا", "كانا", "كانتا"))
WAS_REACH = 3  # words from كان to the trigger (وكان السودان قد مدد: 3)
# Time words that give a sentence its own time, which the lead's day must not override: منذ "since", مؤخرا
# "recently", سابقا / سابق "earlier" (في وقت سابق), قبل "before, ago", and a year (checked apart)
OWN_TIME = frozenset(fold(w) for w in ("منذ", "مؤخرا", "سابقا", "سابق", "قبل", "السابق"))
# وقتها، آنذاك، حينها "at that time": a sentence telling an act of another time (أسفرت الغارات وقتها)
THEN = frozenset(fold(w) for w in ("وقتها", "آنذاك", "حينها", "حينذاك", "وقتئذ", "حينئذ", "آنئذ"))
# CAMEO roots of speech (statements, appeals, intent to cooperate, consultation, cooperation): told by many
# speakers in one article, so only the lead act's own word, not its root, tells the same act again
SPEECH_ROOTS = frozenset({"01", "02", "03", "04", "05"})
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
    lead mostly dates its background); `acts` are the triggers it asserts (at article token indexes from
    `lo`), less its imperfects (التي تنتقد "which criticises": no act of the day). Date words after a
    reporting verb and before every act are the report's day (ذكر المرصد، الجمعة، أن 15 جنديا قتلوا "the
    Observatory said on Friday that 15 soldiers were killed"): no lead."""
    if sentence >= LEAD_SENTENCES or date is None or date_text is None or len(date[0]) != 10:
        return None
    done = [f for f in acts if f[2].aspect != "imperf"]
    if not done:
        return None
    if any(k in REPORTING for k in keys[: date[1]]) and all(f[0] - lo > date[1] for f in done):
        return None
    roots = frozenset(f[2].cameo[:2] for f in done)
    return Lead(sentence, date[0], date_text, roots, frozenset(f[2].lemma for f in done))


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
    if "D1c" in _T27B and cameo[:2] in SPEECH_ROOTS and trig.lemma not in lead.lemmas:
        return False  # حث بومبيو after طلبت الولايات المتحدة: another speaker's act of the same root
    if any(k in OWN_TIME or _year(k) for k in keys):
        return False
    if (keys and keys[0] in WAS) or any(THEN.intersection(k) for k in all_keys):
        return False
    return not any(k in WAS for k in keys[max(0, i - WAS_REACH) : i])


# الذي، التي … "who, which": date words after one of them, past the trigger, date the relative clause's act
RELATIVE = frozenset(
    fold(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللاتي", "اللواتي")
)


def relative_date(keys: Sequence[str], i: int, date_first: int) -> bool:
    """Whether a relative pronoun stands between the trigger at word i and the date words after it (رفض …
    قبل البطولة التي تختتم في 15 يوليو: the 15th is the tournament's end, not the refusal's day)."""
    return "C1" in _T27B and any(keys[k] in RELATIVE for k in range(i + 1, date_first))
