"""Spans between an event's arguments: the commas of an inserted phrase (an apposition naming a subject
before its verb, X، Y، قد قتل; a time phrase between a verb's subject and its object, التقى الوزير، اليوم
الاثنين، نظيره), read by marsad.events_args; words that are or are not arguments (not_arguments,
counted_persons).
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.arabic import fold
from marsad.article import Actor, Token
from marsad.events_codes import Candidate
from marsad.events_lexicon import Trigger
from marsad.events_words import count_word

__all__ = [
    "COMMAS",
    "after_target_prep",
    "apposed",
    "comma_between",
    "counted_persons",
    "crowd_of",
    "not_arguments",
    "time_opening",
]

# Words between a verb and the comma closing an inserted phrase before it (قد "had", كان "was").
AUXILIARY = frozenset(fold(w) for w in ("قد", "كان", "كانت", "كانوا", "وكان", "وكانت"))
COMMAS = frozenset({"،", ","})
# Words at most between the two commas of an inserted phrase: 10 takes in a title with a company's name
# (a regional director of a company with a four-word name in marks, the longest seen reading dev misses).
PARENTHETICAL = 10


def apposed(
    keys: Sequence[str], lo: int, cands: Sequence[Candidate], first: int, barrier: int
) -> Candidate | None:
    """The subject before a verb past an inserted phrase between commas (X، Y، قد قتل): Y when it is one
    actor (an apposition naming the subject: رئيس الوزراء السابق، X، قد قتل), else X, the
    actor right before the first comma (ثمانية أشخاص، بينهم طفلان، قتلوا). None unless the verb follows the
    closing comma (`barrier` is the word after it) with at most an auxiliary between."""
    k = barrier - lo - 1
    if k < 1 or keys[k] not in COMMAS or any(keys[j] not in AUXILIARY for j in range(k + 1, first - lo)):
        return None
    opening = next((j for j in range(k - 1, max(0, k - PARENTHETICAL - 2), -1) if keys[j] in COMMAS), None)
    if opening is None:
        return None
    inner = [c for c in cands if lo + opening < c.first and c.last < lo + k]
    if len(inner) == 1 and inner[0].first == lo + opening + 1 and inner[0].last == lo + k - 1:
        return inner[0]
    outer = next((c for c in cands if c.last == lo + opening - 1), None)
    # X no actor (a name NER missed): the first actor of its apposition describes it (أمجد وهبة، المدير
    # الإقليمي لشركة X، خطف: the company's man, BUS)
    return outer or (inner[0] if inner and opening > 0 and keys[opening - 1] not in COMMAS else None)


def comma_between(keys: Sequence[str], lo: int, start: int, end: int) -> bool:
    """Whether a comma stands among tokens start..end-1 other than those closing in a time phrase between
    two commas (التقى الوزير، اليوم الاثنين، نظيره: the object is past the inserted day)."""
    k = start
    while k < end:
        if keys[k - lo] in COMMAS:
            close = next(
                (j for j in range(k + 1, min(end, k + TIME_PHRASE + 2)) if keys[j - lo] in COMMAS), None
            )
            if close is None or not all(keys[j - lo] in TIME_WORDS for j in range(k + 1, close)):
                return True
            k = close
        k += 1
    return False


# Words of an inserted time phrase (اليوم الاثنين، مساء الثلاثاء، صباح أمس) and how many it may have.
TIME_WORDS = frozenset(
    fold(a + w)
    for w in (
        "اليوم", "أمس", "غد", "مساء", "صباح", "ظهر", "فجر", "ليل", "ليلة", "يوم", "الأحد", "الاثنين",
        "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "أول", "الماضي", "الماضية",
    )
    for a in ("", "ال")
)  # fmt: skip
TIME_PHRASE = 3


def time_opening(keys: Sequence[str], k: int) -> int | None:
    """The sentence index of the comma opening a time phrase that the comma at index k closes (أعلنت
    الحكومة، الليلة الماضية، التوصل: the subject stands before it), else None."""
    for j in range(k - 1, max(-1, k - TIME_PHRASE - 2), -1):
        if keys[j] in COMMAS:
            return j if j < k - 1 and all(keys[m] in TIME_WORDS for m in range(j + 1, k)) else None
    return None


# Participles of being linked to (المرتبطة بتنظيم القاعدة "linked to al-Qaeda"): the body after them in ب.
LINKED = frozenset(fold(a + w) for w in ("مرتبط", "مرتبطة", "مرتبطون", "مرتبطين") for a in ("", "ال"))


def not_arguments(
    tokens: Sequence[Token], lo: int, keys: Sequence[str], cands: Sequence[Candidate], opening: int
) -> list[Candidate]:
    """The candidates that may be an event's side: not in the article's dateline (text before `opening`:
    القاهرة - ، أنقرة (الأناضول) - say where the report was filed), not an outlet told to (أفاد مصدر
    لوكالة فرانس برس "told AFP"), not a name after عين in a place's (قاعدة عين الأسد: no Assad), not the
    body a group is linked to (حركة X المرتبطة بتنظيم Y: an attribute of X, no side of the event)."""
    return [
        c
        for c in cands
        if tokens[c.first].start >= opening
        and not ("ل" in tokens[c.first].prefixes and (c.actor.code or "").endswith("MED"))
        and not (c.first > lo and keys[c.first - lo - 1] == "عين")
        and not (c.first > lo and keys[c.first - lo - 1] in LINKED and "ب" in tokens[c.first].prefixes)
    ]


# "Person" after a count (18 شخصا "18 people", 150 شخص), which the agents leave out (شخص as an agent moved
# the trained gate: session 13): the counted people are an actor of the events only (no gate feature).
PERSONS = frozenset(fold(w) for w in ("شخصا", "شخص"))
# A crowd counted with من and a plural noun the agents lack (مئات من المودعين "hundreds of depositors"): the
# people counted are civilians, as the persons are.
CROWDS = frozenset(fold(w) for w in ("مئات", "آلاف", "عشرات", "ألوف"))


def counted_persons(
    text: str, tokens: Sequence[Token], lo: int, keys: Sequence[str], cands: Sequence[Candidate]
) -> list[Candidate]:
    """The candidates with a CVL candidate added for each counted "person" no candidate covers (قال الدفاع
    المدني إن 18 شخصا قتلوا في غارة: the 18 people were killed) and each plural in -ين/-ون after a counted
    crowd's من (CROWDS) or right after it with ال (عشرات الموظفين), in sentence order."""
    taken = {k for c in cands for k in range(c.first, c.last + 1)}
    added = [
        Candidate(lo + k, lo + k, Actor(None, text[tokens[lo + k].start : tokens[lo + k].end], "CVL"), False)
        for k in range(1, len(keys))
        if lo + k not in taken
        and not tokens[lo + k].prefixes
        and (
            (keys[k] in PERSONS and count_word(keys[k - 1]))
            or (k > 1 and keys[k - 1] == "من" and keys[k - 2] in CROWDS and keys[k].endswith(("ين", "ون")))
            # تظاهر عشرات الموظفين "dozens of employees demonstrated": a counted definite plural
            or (keys[k - 1] in CROWDS and keys[k].startswith("ال") and keys[k].endswith(("ين", "ون")))
        )
    ]
    return sorted([*cands, *added], key=lambda c: c.first) if added else list(cands)


def after_target_prep(keys: Sequence[str], lo: int, first: int, preps: frozenset[str]) -> bool:
    """Whether the candidate at token `first` follows one of `preps` (على، ضد), also past a count and its من
    (ألقت الشرطة القبض على ثلاثة مهربين، على عدد من المسلحين: the arrested are the target)."""
    k = first - lo - 1
    if k >= 0 and keys[k] in preps:
        return True
    if k >= 1 and keys[k] == "من":
        k -= 1
    if k >= 1 and (count_word(keys[k]) or keys[k] == NUMBER):
        return keys[k - 1] in preps
    return False


NUMBER = fold("عدد")  # على عدد من "on a number of"


def crowd_of(trig: Trigger, keys: Sequence[str], lo: int, cand: Candidate) -> bool:
    """Whether the candidate after a protest verb is its counted crowd (تظاهر مئات من المزارعين "hundreds of
    farmers demonstrated": من after a count, the verb's subject, not a preposition's object)."""
    k = cand.first - lo - 1
    return trig.cameo[:2] == "14" and k >= 1 and keys[k] == "من" and count_word(keys[k - 1])


# A time phrase between commas (خرج آلاف المغاربة، الأحد، في مسيرة "thousands of Moroccans went out, on
# Sunday, in a march"): a phrasal verb's gap steps over it (events_match.match; session 20, the lead's news).
ASIDE_TIMES = frozenset(
    fold(w)
    for w in (
        "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "أمس", "اليوم",
        "مساء", "صباح", "ليلة", "فجر", "يوم",
    )
)  # fmt: skip
ASIDE_WORDS = 3


def time_aside(all_keys: Sequence[tuple[str, ...]], j: int) -> int:
    """The index after a comma-enclosed time phrase of up to ASIDE_WORDS time words (ASIDE_TIMES) opening at
    word j (a comma), or j when none opens there."""
    if j >= len(all_keys) or all_keys[j][0] not in COMMAS:
        return j
    for k in range(j + 2, min(len(all_keys), j + ASIDE_WORDS + 2)):
        if all_keys[k][0] in COMMAS:
            return k + 1 if all(all_keys[m][0] in ASIDE_TIMES for m in range(j + 1, k)) else j
    return j
