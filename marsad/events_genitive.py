"""A masdar's genitive: its doer or its object.

A verbal noun (masdar) takes its doer or its object as the genitive right after it, and the words around
tell which: after an attack noun that names its doer (DOER_NOUNS: هجمات الإرهابيين "the terrorists'
attacks") or as an attack noun's adjective (قصف إسرائيلي "Israeli shelling") it is the doer
(doer_genitive); an armed actor in ل past an attack noun's adjectives is its doer (lam_doer: قصف مدفعي
لقوات النظام); a ل after the genitive brings the object, the genitive being the doer (lam_object: دعم
المملكة لجهود الأمم المتحدة); and an agent phrase in the accusative right after a genitive that can act
(police, army, armed groups, a government) is the object, the genitive the doer (object_after: اعتقال
الشرطة ثلاثة صحفيين "the police's arrest of three journalists"). A giving masdar (support, aid, cooperation)
names its giver after من (giver_after: بدعم من الحلفاء) and, after a verb of receiving, as its genitive
(received: يحظى الرئيس بدعم الجيش). Used by marsad.events_args.assign.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.arabic import fold
from marsad.events_codes import ARMED, Candidate, sector
from marsad.events_voice import ATTACK_NOUNS
from marsad.events_words import count_word

__all__ = [
    "DOER_NOUNS",
    "doer_genitive",
    "giver_after",
    "lam_doer",
    "lam_group",
    "lam_object",
    "object_after",
]
__all__ += ["received"]

# Attack nouns whose genitive is the doer, though their verb's object is the victim (هجمات الإرهابيين
# "the terrorists' attacks", غارات الطيران "the air force's raids"); the victim comes after على.
DOER_NOUNS = frozenset(
    fold(a + w) for w in ("هجوم", "هجمات", "غارة", "غارات", "اعتداء", "اعتداءات") for a in ("", "ال")
)


# Prepositions that end like a nisba adjective once folded (على، في، إلى), which lam_doer must not pass.
PREPOSITIONS = frozenset({"علي", "في", "الي"})


def lam_doer(
    lam: frozenset[int], after: Sequence[Candidate], keys: Sequence[str], lo: int, last: int
) -> Candidate | None:
    """The armed actor after an attack noun, past its adjectives, with a ل proclitic: its doer (قصف مدفعي
    وصاروخي لقوات النظام "artillery and rocket shelling by the regime's forces"), not its object."""
    for c in after:
        if c.first > last + 4:
            break
        # only adjectives between (not غارات على مواقع للجماعة: the group's positions); على and في end like
        # a nisba adjective but open a target or a place (عبوة ناسفة على دورية للجيش: the army was hit)
        adjectives = all(
            keys[k].endswith(("ي", "يه")) and keys[k] not in PREPOSITIONS
            for k in range(last + 1 - lo, c.first - lo)
        )
        if c.first in lam and sector(c.actor) in ARMED and adjectives:
            return c
    return None


# Words that tie a group to the one it belongs to (خلايا تابعة لتنظيم داعش "cells belonging to ISIS"),
# and words that end the group's phrase (the target after على/ضد, the place after في).
AFFILIATED = frozenset(fold(w) for w in ("تابعة", "تابع", "تابعين", "تابعون", "موالية", "موالين", "مرتبطة"))
GROUP_ENDS = frozenset(fold(w) for w in ("على", "ضد", "في", "من", "إلى", "عن", "مع", "قرب", "و"))
GROUP_REACH = 4


def lam_group(
    cands: Sequence[Candidate], keys: Sequence[str], lo: int, first: int, last: int, lam: frozenset[int]
) -> Candidate | None:
    """The doer of a DOER_NOUNS attack noun in ل right after it: the actor on that word, or past a group's
    affiliation (هجوم لمسلحين على حاجز "an attack by gunmen on a checkpoint", هجوم لخلايا تابعة لتنظيم
    داعش "an attack by cells belonging to ISIS"), not the object (the victim is after على, or before)."""
    if keys[first - lo] not in DOER_NOUNS or last + 1 not in lam:
        return None
    for c in cands:
        if c.first == last + 1:
            return c
        if last + 1 < c.first <= last + 1 + GROUP_REACH:
            between = range(last + 2 - lo, c.first - lo)
            if any(keys[k] in AFFILIATED for k in between) and not any(
                keys[k] in GROUP_ENDS or not keys[k][:1].isalpha() for k in between
            ):
                return c
    return None


# Visit nouns (زيارة، الزيارة) and the sectors of a genitive that makes one: office holders and envoys.
VISIT_NOUNS = frozenset(fold(w) for w in ("زيارة", "الزيارة"))
VISITORS = frozenset({"GOV", "LEG", "JUD", "DIP", "MIL", "ELI", "PTY", "OPP", "IGO"})


def doer_genitive(keys: Sequence[str], lo: int, first: int, last: int, genitive: Candidate) -> bool:
    """Whether an attack noun's genitive is its doer: after DOER_NOUNS (هجمات الإرهابيين), or right after any
    attack noun a bare nationality or an armed sector, its adjective (قصف مدفعي "artillery shelling", قصف
    إسرائيلي "Israeli shelling"), not its object; a visit's office holder (VISITORS) is its visitor."""
    if keys[first - lo] in DOER_NOUNS:
        return True
    actor = genitive.actor
    if keys[first - lo] in VISIT_NOUNS:
        # زيارة رئيس الحكومة "the prime minister's visit": an office holder is the visitor; a country or a
        # people after زيارة is where or whom (زيارة المغرب، زيارة المعتقلين)
        return genitive.first == last + 1 and not genitive.oblique and sector(actor) in VISITORS
    adjective = (
        actor.entity is None and bool(actor.code) and (actor.code == actor.country or sector(actor) in ARMED)
    )
    return (
        keys[first - lo] in ATTACK_NOUNS and genitive.first == last + 1 and adjective and not genitive.oblique
    )


def lam_object(cands: Sequence[Candidate], genitive: Candidate, lam: frozenset[int]) -> Candidate | None:
    """The actor a ل right after a masdar's genitive introduces, on its word or the next (للجيش، لجهود
    الأمم المتحدة), if any."""
    k = genitive.last + 1
    if k not in lam:
        return None
    return next((c for c in cands if c.first in (k, k + 1)), None)


# Sectors of a genitive that can do a masdar to an object after it: armed bodies, police, government.
DOERS = ARMED | {"COP", "GOV"}


def object_after(
    direct: Sequence[Candidate], genitive: Candidate, keys: Sequence[str], lo: int
) -> Candidate | None:
    """The accusative object right after a masdar's genitive that can act (DOERS), which is then its doer:
    اعتقال الشرطة ثلاثة صحفيين "the police's arrest of three journalists" (a count may stand between).
    Only an agent phrase (no named entity), as a name after the genitive is in apposition to it
    (اغتيال الوزير بيار الجميل: the minister is the one killed)."""
    if genitive.oblique or genitive.actor.entity is not None or sector(genitive.actor) not in DOERS:
        return None
    k = genitive.last + 1
    for c in direct:
        if c.first == k or (c.first == k + 1 and count_word(keys[k - lo])):
            return c if not c.oblique and c.actor.entity is None and c.actor.code else None
    return None


# Roots whose masdar names a giver after من (بدعم من التحالف "with the coalition's support"): 03-07, the
# intents, consultations and diplomatic and material cooperation, and aid.
GIVING_ROOTS = frozenset({"03", "04", "05", "06", "07"})
GIVER_REACH = 4  # words from the masdar to من: adjectives and coordinated masdars (بدعم وإسناد كامل من)
# Words that end the search: a preposition opens another phrase (دعم للجيش في مواجهة …).
GIVER_STOPS = PREPOSITIONS | frozenset(fold(w) for w in ("عن", "مع", "ضد", "حول", "بين", "ب", "ل"))


def giver_after(
    cands: Sequence[Candidate], keys: Sequence[str], lo: int, last: int, cameo: str
) -> Candidate | None:
    """The actor after the first من within GIVER_REACH words of a giving masdar ending at token `last`, past
    only words (no mark, no other preposition), a count allowed after من: its giver (بدعم واسع وتمويل من
    الحكومة، دعم عسكري من عشرات الدول), the event's source (session 30, M3)."""
    if cameo[:2] not in GIVING_ROOTS:
        return None
    for k in range(last + 1 - lo, min(len(keys), last + 1 - lo + GIVER_REACH)):
        word = keys[k]
        if word == "من":
            counted_next = k + 1 < len(keys) and count_word(keys[k + 1])
            return next(
                (c for c in cands if c.first == lo + k + 1 or (counted_next and c.first == lo + k + 2)), None
            )
        if not word[:1].isalpha() or word in GIVER_STOPS:
            return None
    return None


# Verbs of receiving (folded): a giving masdar after them, or after their على/إلى, has its giver as the
# genitive (يحظى الرئيس بدعم الجيش "the president enjoys the army's support", حصل على دعم الحزب).
RECEIVING = frozenset(
    fold(w)
    for w in (
        "حظي", "حظيت", "يحظى", "تحظى", "يحظون", "تمتع", "تمتعت", "يتمتع", "تتمتع", "حصل", "حصلت", "حصلوا",
        "يحصل", "تحصل", "يحصلون", "تلقى", "تلقت", "تلقوا", "يتلقى", "تتلقى", "يتلقون", "نال", "نالت",
        "احتاج", "يحتاج", "تحتاج", "يحتاجون",
    )
)  # fmt: skip


RECEIVED_REACH = 5  # words from the verb to the masdar: its subject and على/إلى (تحظى قوات الحكومة بدعم)


def received(keys: Sequence[str], lo: int, first: int, cameo: str) -> bool:
    """Whether the giving masdar at token `first` (GIVING_ROOTS) follows a verb of receiving within
    RECEIVED_REACH words, past its subject, no mark between: its genitive then gives (session 30, M4)."""
    if cameo[:2] not in GIVING_ROOTS:
        return False
    for k in range(first - lo - 1, max(-1, first - lo - 1 - RECEIVED_REACH), -1):
        if keys[k] in RECEIVING:
            return True
        if not keys[k][:1].isalnum():
            return False
    return False
