"""Acts a sentence tells as still to come (session 29, issue #6): read after the gate, outside the scored
roots.

Written from ANT news (lines with line % 41 in 15, 21, 25, 27, 33), judged on fresh article sets by the rule
for rare classes (docs/events_precision.md, "Session 29 (E29)"). A trigger that names what someone is ready
for, must do or works toward is no event done:
- ready (F1b): the act in ل after a word of readiness (أبدت الحكومة استعدادها للتعاون "the government said it
  was ready to cooperate", مستعد لعقد اجتماع "ready to hold a meeting");
- obliged (F2b): the act after على with its bearer (كان عليه دعم اللاعب "he should have backed the player",
  قال إن على الجيش اعتقال المسلحين "said the army must arrest the gunmen") or after a word of obligation
  (يتعين، لا بد، من المفترض);
- worked toward (F5): the act after يعمل على or العمل على (يعمل على زيارة "working on a visit").
Only codes events_unasserted may touch (not protest or violence, which the arabic_event_gsr gold scores, nor
a pledge, demand or threat, which is itself what is said). Not kept (judged on the fresh sets): a possibility
(قد before an imperfect, من الممكن: it often governs another verb whose object happened, قد يعصف بإعلان
الهدنة "may wreck the declared truce"; read through the modal's own verb instead, F3c and F3d of E29b, it
finds almost nothing events_modality.negated and events_unasserted.tried leave: none on 2,643 fresh articles),
and a meeting agreed on (اتفقا على عقد اجتماع: too rare to judge).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from marsad.arabic import fold
from marsad.article import Token
from marsad.events_purpose import CLAUSE_MARKS
from marsad.events_unasserted import RELATIVES, cue_before, is_open

__all__ = ["RULES", "pending", "ready_roots"]

Rule = Callable[[Sequence[str], Sequence[Token], int, int], bool]
ALA, INNA = fold("على"), fold("إن")


def _has_l(tokens: Sequence[Token], k: int) -> bool:
    return "ل" in tokens[k].prefixes


# F1. Words of readiness or preparation (their pronouns are cut off: استعدادها is استعداد). Not the
# accusative استعدادا "in readiness for": the act a told movement is made for often follows at once (اصطفت
# النساء استعدادا لاعتقالهن "the women lined up to be arrested", and were: F1b).
READY = frozenset(
    fold(w)
    for w in (
        "استعداد", "الاستعداد", "مستعد", "مستعدة", "مستعدون", "مستعدين", "جاهز", "جاهزة",
        "جاهزون", "جاهزين", "أهبة", "استعد", "استعدت", "استعدوا", "يستعد", "تستعد", "يستعدون", "تمهيدا",
        "تحضيرا",
    )
)  # fmt: skip
# How far the first ل word may follow the readiness word (its subject may stand between: استعداد الولايات
# المتحدة لإعادة).
READY_REACH = 3


def ready(keys: Sequence[str], tokens: Sequence[Token], lo: int, i: int) -> bool:
    """F1: the trigger at word i is the first ل word after a readiness word (READY), or the word right after
    that ل word with no ل of its own (مستعد لعقد اجتماع)."""
    if _has_l(tokens, lo + i):
        j = i
    elif i > 0 and _has_l(tokens, lo + i - 1):
        j = i - 1
    else:
        return False
    for k in range(j - 1, max(-1, j - 1 - READY_REACH), -1):
        if keys[k] in CLAUSE_MARKS or keys[k] in RELATIVES or _has_l(tokens, lo + k):
            return False  # لاعتقالهن لرفضهن: the second ل word is a cause, told
        if keys[k] in READY:
            return True
    return False


# F2. Words of obligation; يجب and ينبغي are read before the gate too, within five words (events_modality).
OBLIGATIONS = frozenset(
    fold(w)
    for w in (
        "يجب", "ينبغي", "يتعين", "سيتعين", "يتوجب", "يلزم", "لابد", "بد", "يفترض", "المفترض", "ضروري",
        "الضروري",
    )
)  # fmt: skip
OBLIGATION_REACH = 8
# What someone must face exists (يتعين على الشركة أن تواجه دعوى "the company must face a lawsuit": F2b).
FACING = frozenset(fold(w) for w in ("واجه", "واجهت", "يواجه", "تواجه", "يواجهون", "مواجهة"))


def obliged(keys: Sequence[str], tokens: Sequence[Token], lo: int, i: int) -> bool:
    """F2: the trigger at word i is what someone must do (see the module), not what they must face."""
    if i > 0 and keys[i - 1] in FACING:
        return False
    bare = not tokens[lo + i].prefixes
    if bare and i > 0 and keys[i - 1] == ALA and tokens[lo + i - 1].suffix:
        return True  # كان عليه دعم اللاعب; حكم عليه بالسجن has ب, اللوم عليه وتحميله has و
    after_inna = i > 2 and keys[i - 3] == INNA and not tokens[lo + i - 3].suffix
    if bare and after_inna and keys[i - 2] == ALA and not tokens[lo + i - 2].suffix:
        return True  # إن على الجميع التعاون; على خلفية دعمها, على هامش الاجتماع follow no إن
    return cue_before(keys, i, OBLIGATION_REACH, lambda k: keys[k] in OBLIGATIONS) >= 0


# F5. العمل "working" and the imperfects of عمل before على: worked toward (the past عمل على is left).
WORKING = frozenset(fold(w) for w in ("العمل", "يعمل", "تعمل", "يعملون", "نعمل", "يعملان", "تعملان"))


def worked_toward(keys: Sequence[str], tokens: Sequence[Token], lo: int, i: int) -> bool:
    """F5: the trigger at word i, with no proclitic, follows على after a WORKING word."""
    return i > 1 and not tokens[lo + i].prefixes and keys[i - 1] == ALA and keys[i - 2] in WORKING


RULES: tuple[Rule, ...] = (ready, obliged, worked_toward)


def pending(keys: Sequence[str], tokens: Sequence[Token], lo: int, i: int, code: str) -> bool:
    """Whether the trigger at sentence word i (code `code`) is told as still to come (RULES)."""
    return is_open(code) and any(rule(keys, tokens, lo, i) for rule in RULES)


def ready_roots(
    found: Sequence[tuple[int, int, object, str]], keys: Sequence[str], tokens: Sequence[Token], lo: int
) -> frozenset[str]:
    """The roots of the triggers `ready` takes out of a sentence: a later definite noun of the root names the
    act the article spoke of (events_links.retold), done or not (F1b: مستعدة للتعاون … the title's والتعاون
    الدولي stays no new cooperation)."""
    return frozenset(
        code[:2] for first, _, _, code in found if is_open(code) and ready(keys, tokens, lo, first - lo)
    )
