"""Words that look like an event trigger but carry another sense in their phrase (split out of events_match,
which is near its size limit; session 21).

- categorical: قاطع "boycotted" (CAMEO 143) written as القاطع / القاطعة, or as قاطعا right after an
  indefinite accusative noun, is the adjective "categorical, decisive" (رفض مصر القاطع "Egypt's categorical
  rejection", نفى الخبر نفيا قاطعا "denied the news categorically"): the masdar of قاطع is مقاطعة, so the
  definite form is no boycott.
- mark_seen: a beating (CAMEO 182) right after آثار "marks of" (بدت عليهم آثار الضرب، آثار للضرب "marks of
  beating showed on them") is a mark seen on someone, no assault told (session 22, after the gate; session
  20's R7 measured it only with a door rule, before the gate).
- door_blown: a bombing (CAMEO 183) with a home's door within DOOR_REACH words after it (فجرت القوات أبواب
  المنازل "the forces blew open the homes' doors") gets in, no bombing (session 22, after the gate; session
  20's R7 door half).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from marsad.arabic import fold

__all__ = ["categorical", "door_blown", "mark_seen"]

BOYCOTT = "143"
DEFINITE_ADJECTIVES = frozenset(fold(w) for w in ("القاطع", "القاطعة"))
ACCUSATIVE_ADJECTIVE = fold("قاطعا")


def categorical(keys: Sequence[str], i: int, code: str) -> bool:
    """Whether the boycott trigger at sentence word i is the adjective قاطع "categorical" (see the module)."""
    if code != BOYCOTT:
        return False
    if keys[i] in DEFINITE_ADJECTIVES:
        return True
    prev = keys[i - 1] if i else ""
    accusative = len(prev) > 2 and prev.endswith("ا") and not prev.startswith("ال")
    return keys[i] == ACCUSATIVE_ADJECTIVE and accusative


BEATING = "182"
MARKS = frozenset(fold(w) for w in ("آثار", "آثارا"))


def mark_seen(keys: Sequence[str], i: int, code: str) -> bool:
    """Whether the beating trigger at sentence word i is the marks of one (آثار الضرب: see the module)."""
    return code.startswith(BEATING) and i > 0 and keys[i - 1] in MARKS


BOMBING = "183"
DOORS = frozenset(fold(w) for w in ("باب", "أبواب", "الباب", "الأبواب"))
HOMES = frozenset(fold(w) for w in ("منزل", "المنزل", "منازل", "المنازل"))
DOOR_REACH = 4


def door_blown(keys: Sequence[str], last: int, code: str) -> bool:
    """Whether the bombing trigger ending at sentence word `last` blows a home's door open (the module)."""
    if code != BOMBING:
        return False
    after = keys[last + 1 : last + 1 + DOOR_REACH]
    return any(w in DOORS and nxt in HOMES for w, nxt in pairwise(after))
