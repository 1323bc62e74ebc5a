"""Background attacks: an attack a sentence names as old, as an anniversary or as the time of another act,
not as its news.

A news sentence often names an earlier attack to place its own report: a tribal chief back home two
months after he escaped an assassination attempt (نجا من محاولة اغتيال قبل شهرين), residents marking the
tenth anniversary of a market bombing (الذكرى العاشرة لتفجير السوق), a crossing closed after gunmen
attacked a convoy (بعد أن هاجم مسلحون قافلة). The event coder counts what a sentence reports as done, and
such an attack is the time, cause or memory of another act: no event of the sentence. Applied after the
gate (marsad.stages.events), which still reads the whole sentence, so the gate's training is unchanged.
Only the attack roots (CAMEO 18, 19, 20) are read so; the cues (written from Arabic news usage):
- AGO: قبل + a duration ("N days/weeks/months/years ago") after the trigger in its clause;
- ANNIVERSARY: ذكرى "anniversary" up to three words before the trigger in its clause;
- AFTER_THAT: بعد أن / عقب أن "after (they) had" right before a past attack verb.
Two more kinds of attack a sentence names without reporting one (session 20, from the read part's false
positives):
- WARNINGS: a warning (تحذير، حذر، إنذارات) up to WARNING_REACH words before the trigger in its clause: the
  attack warned of (حذر السكان من تفجيرات "warned residents of bombings") has not happened;
- COUNTED: a plural attack noun counted by عدد (عدد من الاعتداءات على الصحفيين "a number of assaults on
  journalists"): talk about attacks, not the report of one.
And (session 21) ORDINALS: an attack noun right after an ordinal that follows a demonstrative (وهذا هو رابع
هجوم "this is the fourth attack"), and the attack nouns of its phrase after it: the sentence counts an attack
told before it. The attack nouns of a COUNTED plural's phrase go with it too (session 22).
And (session 22) BLAMED: an attack up to BLAME_REACH words after مسؤولية "responsibility" that a form of حمل
"held (responsible)" stands up to HELD_REACH words before, in one clause (حملت الحكومة الحركة مسؤولية
الهجوم "the government held the movement responsible for the attack"): the sentence lays a charge. A claim
(تبنت الحركة المسؤولية عن الهجوم, أعلنت مسؤوليتها) is not touched: the gold takes claims as reports.
And (session 22) REVENGE: an attack noun with ل right after انتقاما / ثأرا "in revenge" (انتقاما لتفجير "in
revenge for the bombing") is the earlier attack another act avenges (avenged). And RELATIVES before a past
attack verb (الذي فجر نفسه "who blew himself up", الرهينة التي خطفت "the hostage who was kidnapped"): the
relative clause describes someone by an earlier attack (described).
And (session 31, E31; written from the read part's cv5 false positives, each tried on our own sentences
first) CAME_AFTER: an attack after a time anchor (بعد، غداة، عقب، إثر) that a verb of coming (جاء، يأتي،
تأتي) stands up to COMING_REACH words before, in one clause (وجاء قرار الوزارة عقب اغتيال القاضي "the
ministry's decision came after the judge was assassinated"): the attack dates what came, as بعد أن does.
R31a, an attack after an inquiry or charge noun (التحقيق في، بتهمة الضلوع في), was not kept: it removed an
attack of all-roots sample C judged right (docs/events_history.md, session 31).
"""

from __future__ import annotations

from collections.abc import Container, Sequence

from marsad.arabic import fold
from marsad.events_codes import ASSAULT_ROOTS
from marsad.events_purpose import CLAUSE_MARKS, cue_before

__all__ = ["avenged", "background", "described"]

# Durations after قبل "ago" (folded): days and longer; hours (قبل ساعات) are the news itself.
DURATIONS = frozenset(
    fold(w)
    for w in (
        "يوم", "يومين", "أيام", "أسبوع", "أسبوعين", "أسابيع", "شهر", "شهرين", "أشهر", "شهور", "عام",
        "عامين", "أعوام", "سنة", "سنتين", "سنوات", "سنين", "عقد", "عقدين", "عقود",
    )
)  # fmt: skip
# Words between قبل and its duration: a count (سبعة، عدة، بضعة) or an approximation (نحو).
COUNTS = frozenset(
    fold(w)
    for w in (
        "عدة", "بضعة", "بضع", "نحو", "حوالي", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة",
        "عشرة", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر", "أكثر", "أقل",
    )
)  # fmt: skip
AGO, AGO_REACH = fold("قبل"), 8
RELATIVES = frozenset(fold(w) for w in ("الذي", "التي", "الذين"))
ANNIVERSARY = frozenset(fold(w) for w in ("ذكرى", "الذكرى", "ذكرا"))
ANNIVERSARY_REACH = 3
AFTER = frozenset(fold(w) for w in ("بعد", "عقب"))
WARNINGS = frozenset(
    fold(w)
    for w in (
        "تحذير", "تحذيرا", "التحذير", "تحذيرات", "التحذيرات", "حذر", "حذرت", "حذروا", "يحذر", "تحذر",
        "يحذرون", "محذرا", "محذرة", "محذرين", "إنذار", "إنذارا", "الإنذار", "إنذارات", "الإنذارات",
    )
)  # fmt: skip
WARNING_REACH = 8
NUMBER = frozenset(fold(w) for w in ("عدد", "العدد"))
ORDINALS = frozenset(
    fold(w) for w in ("ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر")
)  # fmt: skip
DEMONSTRATIVES = frozenset(fold(w) for w in ("هذا", "هذه"))
PRONOUNS = frozenset(fold(w) for w in ("هو", "هي"))
HELD = frozenset(
    fold(w) for w in ("حمل", "حملت", "حملوا", "يحمل", "تحمل", "يحملون", "محملا", "محملة", "محملين")
)  # fmt: skip
RESPONSIBILITY = frozenset(fold(w) for w in ("مسؤولية", "المسؤولية", "مسئولية", "المسئولية"))
# HELD_REACH: 4 until session 31; 16 lets a long or coordinated subject stand between حمل and مسؤولية
# (حملت الوزارة والأجهزة الأمنية في بيانها الحركة مسؤولية, E31's R31b).
BLAME_REACH, HELD_REACH = 8, 16
REVENGE = frozenset(fold(w) for w in ("انتقاما", "ثأرا"))
# R31c (session 31): verbs of coming (past and imperfect) and the time anchors after them (read part: rows
# with an attack trigger and such a verb up to four words before an anchor 0 yes / 13 no).
COMING = frozenset(fold(w) for w in ("جاء", "جاءت", "يأتي", "تأتي", "يجيء", "تجيء"))
ANCHORS = frozenset(fold(w) for w in ("بعد", "غداة", "عقب", "إثر"))
COMING_REACH = 4


def background(keys: Sequence[str], i: int, last: int, aspect: str, code: str) -> bool:
    """Whether the attack trigger at sentence words i..last is a background attack (see the module)."""
    if code[:2] not in ASSAULT_ROOTS:
        return False
    return (
        _ago(keys, last)
        or _anniversary(keys, i)
        or (aspect == "past" and _after_that(keys, i))
        or cue_before(keys, i, WARNING_REACH, WARNINGS)
        or _blamed(keys, i)
        or _came_after(keys, i)
        or (aspect == "noun" and (_counted(keys, i) or _ordinal(keys, i) or _in_counted_phrase(keys, i)))
    )


def _ago(keys: Sequence[str], last: int) -> bool:
    """قبل + a duration (قبل يومين، قبل سبعة أيام، قبل 3 سنوات) after word `last`, in its clause."""
    for j in range(last + 1, min(len(keys), last + 1 + AGO_REACH)):
        if keys[j] in CLAUSE_MARKS or keys[j] in RELATIVES:
            return False  # القصف الذي انطلق قبل ثلاثة أسابيع: the relative clause's verb's time
        if keys[j] != AGO:
            continue
        nxt = keys[j + 1 : j + 3]
        if nxt and nxt[0] in DURATIONS:
            return True
        return len(nxt) == 2 and (nxt[0].isdigit() or nxt[0] in COUNTS) and nxt[1] in DURATIONS
    return False


def _anniversary(keys: Sequence[str], i: int) -> bool:
    """ذكرى up to ANNIVERSARY_REACH words before word i, in its clause (بالذكرى الخامسة للهجوم)."""
    return cue_before(keys, i, ANNIVERSARY_REACH, ANNIVERSARY)


def _after_that(keys: Sequence[str], i: int) -> bool:
    """بعد أن / عقب أن right before word i (بعد أن خطف مسلحون: the seizure is when, not what)."""
    return i >= 2 and keys[i - 1] == "ان" and keys[i - 2] in AFTER


def _counted(keys: Sequence[str], i: int) -> bool:
    """A plural noun (…ات) at word i after عدد + من, an adjective allowed between (عدد كبير من الهجمات)."""
    if not keys[i].endswith("ات") or i < 2 or keys[i - 1] != "من":
        return False
    return keys[i - 2] in NUMBER or (i >= 3 and keys[i - 3] in NUMBER and keys[i - 2] not in CLAUSE_MARKS)


def _ordinal(keys: Sequence[str], i: int) -> bool:
    """An ordinal (ORDINALS) right before word i after a demonstrative, هو/هي allowed between (وهذا رابع
    هجوم، وهذه هي ثالث عملية)."""
    if i < 2 or keys[i - 1] not in ORDINALS:
        return False
    j = i - 3 if keys[i - 2] in PRONOUNS and i >= 3 else i - 2
    return keys[j] in DEMONSTRATIVES


COUNTED_PHRASE = 3  # words after a counted attack noun that its phrase may run on


def _in_counted_phrase(keys: Sequence[str], i: int) -> bool:
    """Whether word i stands within COUNTED_PHRASE words after a noun _ordinal or _counted counts, no clause
    mark or relative pronoun between (وكان هذا خامس تفجير بعبوة ناسفة: the bomb is the counted attack's;
    العدد الكبير من التفجيرات الانتحارية: the suicide adjective, a trigger of its own, is the counted
    plural's, session 22)."""
    for k in range(i - 1, max(-1, i - 1 - COUNTED_PHRASE), -1):
        if keys[k] in CLAUSE_MARKS or keys[k] in RELATIVES:
            return False
        if _ordinal(keys, k) or _counted(keys, k):
            return True
    return False


def _blamed(keys: Sequence[str], i: int) -> bool:
    """Whether word i stands up to BLAME_REACH words after a RESPONSIBILITY word that a HELD verb stands up
    to HELD_REACH words before, all in one clause (حمل ... مسؤولية مقتل: a charge, not a report)."""
    for j in range(i - 1, max(-1, i - 1 - BLAME_REACH), -1):
        if keys[j] in CLAUSE_MARKS:
            return False
        if keys[j] in RESPONSIBILITY:
            return cue_before(keys, j, HELD_REACH, HELD)
    return False


def _clause_before(keys: Sequence[str], i: int) -> range:
    """The indexes of the words before word i in its clause, nearest first."""
    j = i - 1
    while j >= 0 and keys[j] not in CLAUSE_MARKS:
        j -= 1
    return range(i - 1, j, -1)


def _came_after(keys: Sequence[str], i: int) -> bool:
    """Whether a time anchor (ANCHORS) stands before word i in its clause with a verb of coming (COMING)
    up to COMING_REACH words before the anchor, in the same clause (R31c: وجاء ذلك بعد ساعات من الهجوم)."""
    return any(
        keys[j] in ANCHORS and cue_before(keys, j, COMING_REACH, COMING) for j in _clause_before(keys, i)
    )


def avenged(keys: Sequence[str], i: int, code: str, prefixes: Sequence[str]) -> bool:
    """Whether the attack noun at sentence word i, with ل on it, stands right after a REVENGE word."""
    return code[:2] in ASSAULT_ROOTS and i > 0 and "ل" in prefixes and keys[i - 1] in REVENGE


# Attackers as a relative clause's antecedent: the clause tells the attack itself (المهاجم، الذي أصاب أيضا
# عنصرين "the attacker, who also wounded two policemen"), not someone described by an earlier one.
ATTACKER_WORDS = frozenset(
    fold(w)
    for w in (
        "المهاجم", "المهاجمين", "الانتحاري", "المسلح", "المسلحين", "الجاني", "القاتل", "الخاطف", "الخاطفين",
    )
)  # fmt: skip


def described(keys: Sequence[str], i: int, code: str, aspect: str, attack_at: Container[int] = ()) -> bool:
    """Whether the past attack verb at sentence word i opens a relative clause (right after RELATIVES) whose
    antecedent (past a comma) is neither an attack trigger (`attack_at`, sentence word indexes) nor an
    attacker (ATTACKER_WORDS): الحفل الذي قتل فيه 22 شخصا, not الهجوم الذي استهدف مدرسة (B10r, session 22)."""
    verb = code[:2] in ASSAULT_ROOTS and aspect in ("past", "passive")
    if not verb or i == 0 or keys[i - 1] not in RELATIVES:
        return False
    j = i - 2 if i >= 2 and keys[i - 2] not in CLAUSE_MARKS else i - 3
    return j < 0 or (j not in attack_at and keys[j] not in ATTACKER_WORDS)
