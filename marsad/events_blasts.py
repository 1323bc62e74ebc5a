"""The plainest report of a blast, which the trigger gate keeps whatever its score (events_gate.BYPASS's
twin for attacks, as events_crowds.crowd_frame is for protests; session 22, E22).

A past explosion verb opening its clause with the thing that blew up right after it (وانفجرت ثلاث قذائف
قرب المطار "three shells exploded near the airport", انفجرت سيارة مفخخة "a car bomb exploded") tells a blast
as news. Short sentences of this kind are rare in the dev gold, whose long ones the gate's word weights are
fitted on, and it dropped one of the two dev rows with the frame (both yes). No feature of the fit: the
gate's training is unchanged.

An unknown attacker's act is told the same way (مسلحون مجهولون اغتالوا "unknown gunmen assassinated", X2):
a past attack verb right after مجهولون / ملثمون "unknown / masked (men)" as its subject, with no talk cue (dev
rows with it: 4, all yes, one the gate dropped).

So are an attack someone came under (تعرضت الدورية لهجوم "the patrol came under attack", X3a: a past form of
تعرض and an attack noun with ل on it, dev rows 3, all yes, two the gate dropped) and an attack that happened
on a recent day (ووقع الانفجار صباح اليوم, X3b: dev rows 1, yes, dropped); session 23, E23. And a device
as an attack verb's doer (سيارة مفخخة استهدفت دورية "a car bomb targeted a patrol", X4: dev rows 17, 14 yes,
three the gate dropped, and 3 difficult nos it kept).
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.arabic import fold
from marsad.events_codes import nations
from marsad.events_features import RECENT, TALK
from marsad.events_features import features as structure
from marsad.stages.events import Site

__all__ = ["blast_frame", "came_under", "device_did", "happened_lately", "unknown_attackers"]

EXPLODED = frozenset(fold(w) for w in ("انفجر", "انفجرت", "انفجرتا"))
# What blows up (folded keys, with and without ال): bombs, shells, mines, rockets, a car or a belt.
DEVICES = frozenset(
    fold(p + w)
    for w in (
        "عبوة", "عبوات", "قذيفة", "قذائف", "قنبلة", "قنابل", "لغم", "ألغام", "صاروخ", "صواريخ", "سيارة",
        "سيارات", "شاحنة", "حزام",
    )
    for p in ("", "ال")
)  # fmt: skip
DEVICE_REACH = 3  # a count may stand between the verb and the device (انفجرت خمس قذائف)
UNKNOWN = frozenset(fold(w) for w in ("مجهولون", "مجهولين", "مجهولان", "ملثمون", "ملثمين"))
# X3a: the past forms of تعرض "came under", and the attack nouns it takes with ل (with and without ال); the
# same verb with torture, kidnapping or assassination (تعرض للتعذيب، للخطف) is mostly told of the past or as
# a charge in the dev gold (15 of 18 rows no), so those nouns are left out.
SUBJECTED = frozenset(fold(w) for w in ("تعرض", "تعرضت", "تعرضتا", "تعرضوا"))
UNDERGONE = frozenset(
    fold(p + w)
    for w in (
        "هجوم", "هجمات", "هجومين", "اعتداء", "اعتداءات", "إطلاق", "قصف", "غارة", "غارات", "كمين", "انفجار",
        "تفجير", "قذائف",
    )
    for p in ("", "ال")
)  # fmt: skip
# Before تعرض, these make it a masdar (بعد تعرضه لهجوم "after he came under attack": told as background).
MASDAR_PREPS = frozenset(fold(w) for w in ("بعد", "إثر", "اثر", "عقب", "قبل", "منذ", "في", "على", "من"))
SUBJECTED_REACH = 5  # words from the verb to the noun (تعرضت قافلة الملك لإطلاق نار)
# X3b: a verb of happening right before a definite attack noun, and a recent day within HAPPENED_REACH words.
HAPPENED = frozenset(fold(w) for w in ("وقع", "وقعت", "جرى"))
HAPPENED_REACH = 3
MARKS = frozenset({"،", ",", "؛", ":", ".", "؟", "!"})
# X4: a device's own adjectives (booby-trapped, explosive), which may stand between it and its verb.
DEVICE_ADJECTIVES = frozenset(fold(p + w) for w in ("مفخخة", "ناسفة", "ملغومة") for p in ("", "ال"))


def blast_frame(sites: Sequence[Site]) -> bool:
    """Whether one of a sentence's ASSAULT triggers is a past explosion verb opening its clause with a
    device (DEVICES) within DEVICE_REACH words after it and no talk cue (events_features.TALK), or an unknown
    attacker's act (unknown_attackers)."""
    if sites[0].kind != "ASSAULT":
        return False
    if unknown_attackers(sites) or came_under(sites) or happened_lately(sites) or device_did(sites):
        return True
    for s in sites:
        after = s.keys[s.last + 1 : s.last + 1 + DEVICE_REACH]
        # انفعل: the lexicon reads the explosion verb's form as passive ("was blown up"), a past all the same
        past = s.trig.aspect in ("past", "passive")
        if not past or s.keys[s.first] not in EXPLODED or not any(w in DEVICES for w in after):
            continue
        feats = structure(s)
        if ("clause_start" in feats or "conj" in feats) and TALK.isdisjoint(feats):
            return True
    return False


def unknown_attackers(sites: Sequence[Site]) -> bool:
    """Whether a past attack verb stands right after an UNKNOWN subject, with no talk cue (see the module)."""
    return any(
        s.trig.aspect == "past"
        and s.first > 0
        and s.keys[s.first - 1] in UNKNOWN
        and TALK.isdisjoint(structure(s))
        for s in sites
    )


def came_under(sites: Sequence[Site]) -> bool:
    """Whether an attack noun (UNDERGONE) with ل on it stands up to SUBJECTED_REACH words after a past form of
    تعرض (not a masdar: no ب/ل on it, no MASDAR_PREPS right before it), no clause mark between, with no talk
    cue on the trigger (X3a)."""
    for s in sites:
        tokens = s.article.tokens
        if s.keys[s.first] not in UNDERGONE or "ل" not in tokens[s.lo + s.first].prefixes:
            continue
        for j in range(s.first - 1, max(-1, s.first - 1 - SUBJECTED_REACH), -1):
            if s.keys[j] in MARKS:
                break
            if s.keys[j] in SUBJECTED:
                verb = tokens[s.lo + j]
                if {"ب", "ل"} & set(verb.prefixes) or (j > 0 and s.keys[j - 1] in MASDAR_PREPS):
                    break
                if TALK.isdisjoint(structure(s)):
                    return True
                break
    return False


def happened_lately(sites: Sequence[Site]) -> bool:
    """Whether a definite attack noun stands right after a verb of happening (HAPPENED) with a recent-day word
    (events_features.RECENT) within HAPPENED_REACH words after it and no talk cue (X3b)."""
    return any(
        s.first > 0
        and s.keys[s.first - 1] in HAPPENED
        and s.keys[s.first].startswith("ال")
        and any(w in RECENT for w in s.keys[s.last + 1 : s.last + 1 + HAPPENED_REACH])
        and TALK.isdisjoint(structure(s))
        for s in sites
    )


def device_did(sites: Sequence[Site]) -> bool:
    """Whether a past attack verb stands right after a device noun (DEVICES), past the device's adjectives
    (DEVICE_ADJECTIVES) and nationality adjectives (events_codes.nations), with no talk cue (X4)."""
    adjectives = nations()
    for s in sites:
        if s.trig.aspect != "past":
            continue
        j = s.first - 1
        while j >= 0 and (s.keys[j] in DEVICE_ADJECTIVES or s.keys[j] in adjectives):
            j -= 1
        if j >= 0 and s.keys[j] in DEVICES and TALK.isdisjoint(structure(s)):
            return True
    return False
