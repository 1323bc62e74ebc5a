"""The anonymity formula of a news source: no reporting verb inside it.

Unnamed sources come with a clause asking that their name be kept back (مسؤول طلب عدم نشر اسمه "an official
who asked that his name not be published", مصدر رفض الكشف عن هويته، فضل عدم ذكر اسمه). Its verbs look like
reporting verbs (طلب "asked", ذكر "mention", الكشف "disclose"), so the search back from a quotation mark
stopped there and the marked words after the formula were lost or given to ذكر with "his name" as the speaker
(session 30, found on ANT news). `in_anonymity` tells the search to step over it.
"""

from __future__ import annotations

from marsad.arabic import folded_words
from marsad.quotes_view import View

# The name or identity kept back (folded): his/her/their name, identity.
_KEPT = folded_words("اسمه اسمها اسمهم اسمهما أسمائهم أسماءهم هويته هويتها هويتهم هوياتهم")
# Verbal nouns of disclosing a name (folded): "revealing", "mentioning", "publishing", "disclosing",
# "pointing to" (الكشف، ذكر، نشر، الإفصاح، الإشارة); events_modality reads the same formula after a demand
# verb.
DISCLOSING = folded_words("الكشف كشف ذكر نشر الإفصاح الإشارة")
# Words between a verb of asking or refusing and the name: those, and "not", "about", "to" (عدم، عن، إلى).
_BETWEEN = DISCLOSING | folded_words("عدم إفصاح عن إلى كشفه")
FORMULA_REACH = 4  # tokens from the formula's verb to the name (طلب + عدم + الكشف + عن + the name: 4)


def in_anonymity(view: View, j: int) -> bool:
    """Token j lies in an anonymity formula: a name or identity kept back (اسمه، هويته) at or within
    FORMULA_REACH tokens after j, with only formula words (عدم، الكشف، ذكر، نشر، عن …) between it and the word
    before them, the formula's verb of asking or refusing (طلب عدم نشر اسمه، رفض الكشف عن هويته); j may be
    the verb, the name or any word between. A disclosing word or عدم must stand between the verb and the name
    (no bare "asked his name")."""
    for e in range(j, min(view.n, j + FORMULA_REACH + 1)):
        word = view.tokens[e].folded
        if word in _KEPT:
            s = e - 1
            while s >= 0 and view.tokens[s].folded in _BETWEEN:
                s -= 1
            return s <= j and any(view.tokens[k].folded not in ("عن", "الي") for k in range(s + 1, e))
        if word not in _BETWEEN and e > j:
            return False
    return False
