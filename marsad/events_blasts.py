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
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.arabic import fold
from marsad.events_features import TALK
from marsad.events_features import features as structure
from marsad.stages.events import Site

__all__ = ["blast_frame", "unknown_attackers"]

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


def blast_frame(sites: Sequence[Site]) -> bool:
    """Whether one of a sentence's ASSAULT triggers is a past explosion verb opening its clause with a
    device (DEVICES) within DEVICE_REACH words after it and no talk cue (events_features.TALK), or an unknown
    attacker's act (unknown_attackers)."""
    if sites[0].kind != "ASSAULT":
        return False
    if unknown_attackers(sites):
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
