"""Court sentences for the events stage (session 26, E26): a sentence noun with ب (بالسجن "to prison",
بالإعدام "to death") is a court's finding of guilt (CAMEO 116) only when a sentencing word stands before it
in its clause (حكم على الرجل بالسجن، قضت المحكمة بسجن 32) and no word makes the sentence possible,
threatened by law or not yet given (يواجه حكما بالسجن "faces", يعاقب القانون بالسجن "the law punishes",
ستصدر حكما بالسجن "will issue", لم تحكم بالسجن).

Read on the lines with line % 41 == 19 of ANT (docs/events_precision.md, session 26): بالسجن after حكم/قضت
is a sentence, السجن alone mostly the prison (نقل إلى السجن), so the bare noun is no trigger.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.arabic import fold
from marsad.article import Token
from marsad.events_purpose import CLAUSE_MARKS

__all__ = ["NEEDS_COURT", "PRETEXT_LEMMAS", "pretext", "sentenced"]

# Trigger lemmas (event_triggers_hand.tsv) that need a sentencing word before them.
NEEDS_COURT = frozenset({"بالسجن"})
# Words (folded stems, proclitics off) that make a ب prison or death noun a sentence: a ruling (حكم، حكما،
# حكمت، أحكام), a court's decision (قضت، قضى), a conviction (أدين، أدانت) or the court itself.
SENTENCING = frozenset(
    fold(w)
    for w in (
        "حكم", "حكما", "حكمت", "الحكم", "أحكام", "أحكاما", "الأحكام", "قضت", "قضى", "أدين", "أدينت",
        "أدينوا", "أدانت", "أدان", "محكمة", "المحكمة",
    )
)  # fmt: skip
# Words that leave the sentence unsaid: possibility, the law's penalty, a demand, a negation.
UNSAID = frozenset(
    fold(w)
    for w in (
        "يواجه", "تواجه", "يواجهون", "يواجهان", "قد", "يعاقب", "تعاقب", "يعاقبون", "عقوبة", "لم", "لن",
        "لا", "عدم", "طالب", "طالبت", "يطالب", "تطالب", "المطالبة", "يمكن", "ربما",
    )
)  # fmt: skip
# A lawsuit noun with ب is the idiom "on the pretext of" (شكل الحشد بدعوى مواجهة داعش), no lawsuit.
PRETEXT_LEMMAS = frozenset({"دعوى"})
REACH = 8  # words before the noun a sentencing word may stand at (حكم على الرئيسة السابقة باك بالسجن: 5)


def sentenced(keys: Sequence[str], tokens: Sequence[Token], lo: int, i: int) -> bool:
    """Whether the sentence noun at sentence word i follows a sentencing word in its clause, within REACH
    words, with no UNSAID word or future verb (س) among them (commas are stepped over: قضت محكمة عسكرية
    مصرية، الأربعاء، بسجن 32)."""
    cue = False
    for j in range(i - 1, max(-1, i - 1 - REACH), -1):
        key = keys[j]
        if key in CLAUSE_MARKS and key not in ("،", ","):
            break
        if key in UNSAID or "س" in tokens[lo + j].prefixes:
            return False
        cue = cue or key in SENTENCING
    return cue


def pretext(token: Token) -> bool:
    """Whether a lawsuit noun (PRETEXT_LEMMAS) carries ب: بدعوى "on the pretext of"."""
    return "ب" in token.prefixes
