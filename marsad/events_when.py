"""Which day an event takes when its sentence's date words belong to a report of it.

The sentence's first date expression (events_dates.resolve) dates its events. When those words follow a
reporting verb and the event is told after أن/إن in the clause the verb reports, the day is the report's;
the event keeps it unless the reported clause tells an older time: كان "was" (the pluperfect), منذ "since",
الماضي "last", قبل "before, ago", or a year before the publication's. Then the event gets no date
(قال البيان، الجمعة، إن الحوثيين كانوا قد هددوا "the statement said on Friday that the Houthis had
threatened": Friday is the statement's day, not the threat's). Measured on the where-and-when samples
(docs/events_where.md, T27: D6b): rerun `python -m bench.eval_events_where` after a change.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.arabic import fold
from marsad.events_doers import REPORTING

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
