"""A protest act with its purpose: an act of protest's own (blocking roads, CAMEO 144) followed in its
clause by a phrase of protest purpose (احتجاجا على "in protest at", تنديدا ب "denouncing", رفضا ل "rejecting")
is a protest whatever else the sentence says (أغلق محتجون الطريق الساحلي احتجاجا على القرار), and the
purpose noun is that act's purpose, no protest of its own. The rules decide it before the gate: an act that
may as well be an authority's closure (NEEDS_PURPOSE: أغلقت الشرطة الطرق) is no trigger without the purpose
phrase (the gate never sees it: on the dev gold, crowds closing roads with no purpose stated are labelled no
protest, and reading them as 144 lowered PROTEST cv5 0.571 -> 0.556).
The same purpose noun after a protest verb (تظاهر الآلاف احتجاجا على الغلاء "thousands demonstrated in
protest at high prices") is that protest's purpose: one event, the verb's (protest_purposes, after the gate,
which still reads both triggers).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from marsad.arabic import fold
from marsad.article import Event
from marsad.events_lexicon import Trigger

__all__ = ["NEEDS_PURPOSE", "protest_purposes", "purpose_after", "purposed"]

# Acts whose protest reading needs a purpose phrase (CAMEO 144, obstruct passage, block).
ACTS = frozenset({"144"})
# Acts of ACTS that are a protest only with a purpose phrase (lemmas of event_triggers_hand.tsv).
NEEDS_PURPOSE = frozenset({"أغلق الطرق"})
# Accusative nouns of purpose that follow a protest act (folded).
PURPOSES = frozenset(fold(w) for w in ("احتجاجا", "تنديدا", "رفضا"))  # tanween folds away (احتجاجاً)
# How far (words) the purpose phrase may follow the act, in its clause.
PURPOSE_REACH = 10
CLAUSE_MARKS = frozenset({"،", ",", "؛", ":", ".", "؟", "!"})

Found = tuple[int, int, Trigger, str]


def cue_before(keys: Sequence[str], i: int, reach: int, cues: frozenset[str]) -> bool:
    """Whether a word of `cues` stands within `reach` words before word i, in its clause (no CLAUSE_MARKS
    between)."""
    for w in reversed(keys[max(0, i - reach) : i]):
        if w in CLAUSE_MARKS:
            return False
        if w in cues:
            return True
    return False


def cue_after(keys: Sequence[str], i: int, reach: int, cues: frozenset[str]) -> bool:
    """Whether a word of `cues` stands within `reach` words after word i, in its clause (no CLAUSE_MARKS
    between)."""
    for w in keys[i + 1 : i + 1 + reach]:
        if w in CLAUSE_MARKS:
            return False
        if w in cues:
            return True
    return False


def purpose_after(keys: Sequence[str], k: int) -> int | None:
    """The sentence index of a purpose accusative (PURPOSES) after sentence word k in its clause, within
    PURPOSE_REACH words, or None."""
    for j in range(k + 1, min(len(keys), k + 1 + PURPOSE_REACH)):
        if keys[j] in CLAUSE_MARKS:
            return None
        if keys[j] in PURPOSES:
            return j
    return None


def purposed(found: Sequence[Found], keys: Sequence[str], lo: int) -> tuple[bool, list[Found]]:
    """Whether a sentence's triggers hold a protest act with its purpose phrase (then its protest passes
    without the gate), and the triggers less the purpose nouns that phrase made (احتجاجا after أغلقوا
    الطريق: one event, the blocking). The acts of NEEDS_PURPOSE without one are no triggers at all (the
    stage skips them where it matches: see purpose_after)."""
    purposes = {
        lo + j
        for _, last, trig, code in found
        if code in ACTS
        and trig.aspect in ("past", "imperf")
        and (j := purpose_after(keys, last - lo)) is not None
    }
    kept = [f for f in found if not (f[0] in purposes and f[3][:2] == "14" and f[2].aspect == "noun")]
    return bool(purposes), kept


def protest_purposes(
    events: Sequence[Event], found: Sequence[Found], keys: Sequence[str], lo: int
) -> tuple[list[Event], list[Found]]:
    """The events (and their triggers) less the purpose nouns (PURPOSES, a protest noun) of a protest verb
    before them in their clause (تظاهر … احتجاجا على: one protest, not two); the verb takes the noun's
    target, what the protest is against, when it has one (أضرب العرب احتجاجا على رفض القضاء: the
    judiciary)."""
    events, found = list(events), list(found)
    for v, (_, last, trig, code) in enumerate(found):
        if code[:2] != "14" or trig.aspect not in ("past", "imperf"):
            continue
        j = purpose_after(keys, last - lo)
        nouns = [n for n, f in enumerate(found) if j is not None and f[0] == lo + j and f[3][:2] == "14"]
        noun = next((n for n in nouns if found[n][2].aspect == "noun"), None)
        if noun is None:
            continue
        if events[noun].target_actor is not None:  # what the protest is against: على after the noun
            events[v] = dataclasses.replace(events[v], target_actor=events[noun].target_actor)
        del events[noun], found[noun]
        return protest_purposes(events, found, keys, lo)  # the indexes moved: look again
    return events, found
