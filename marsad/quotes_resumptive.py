"""The owner of a statement that a verb with a resumptive "in it" refers back to.

In تعليق لسالم يوم الخميس دعاها فيه إلى "…" ("a comment of Salem's on Thursday, in which he called on
her to …") and في بيان لوزارة الخارجية، قالت فيه إن, the verb opens a relative clause on the statement noun
(فيه/فيها "in it" points back to it), so its dropped subject is the statement's owner, named after ل right
after the noun: not the speaker of the quote before. An outlet after ل is whom the statement was given to
(تصريحات لـ"سكاي نيوز" قال فيها: the via, marsad.quotes_relays), never its owner.
"""

from __future__ import annotations

from marsad.arabic import fold, folded_words
from marsad.article import Entity
from marsad.attribution import match_outlet
from marsad.quotes_view import QUOTE_CHARS, View

# Statement nouns whose ل-genitive is their owner (not رسالة/خطاب/كلمة, where ل is as often the addressee).
_STATEMENTS = folded_words(
    "ملاحظة ملاحظات تغريدة تغريدات تدوينة منشور بيان مقال مقالة تعليق تعليقات تصريح تصريحات"
)
_IN_IT = folded_words("فيه فيها فيهما")
REACH = 8  # tokens from the verb back to the statement noun (تعليق لسالم يوم الخميس دعاها)


def statement_owner(view: View, i: int) -> Entity | None:
    """For the verb at token i followed by فيه/فيها, the entity named after ل right after the statement
    noun before it in the sentence, else None."""
    if i + 1 >= view.n or view.tokens[i + 1].folded not in _IN_IT:
        return None
    lo = view.sentence(i)[0]
    for k in range(i - 1, max(lo, i - REACH) - 1, -1):
        if view.word(k) in QUOTE_CHARS or view.word(k) in (".", ":", "؛"):
            return None
        if view.tokens[k].folded.lstrip("و") not in _STATEMENTS:
            continue
        owner = k + 1 if k + 1 < i and "ل" in view.tokens[k + 1].prefixes else -1
        if owner < 0:
            return _replier(view, k, lo)
        if match_outlet(view, owner) is not None:
            return None
        entity = view.covered.get(owner) or view.surname(owner)
        return entity if entity is not None and entity.label in ("PER", "ORG") else None
    return None


def _replier(view: View, k: int, lo: int) -> Entity | None:
    """The statement noun at k follows في right after a person and a ل-verbal noun (مما حدا بسالم … ؛ دفع
    ذلك سالم للرد في تغريدة، قال فيها): the person who replied owns it (P2 in QUOTES_SESSION31B.md)."""
    if k - 3 < lo or view.tokens[k - 1].folded != "في" or "ل" not in view.tokens[k - 2].prefixes:
        return None
    entity = view.covered.get(k - 3) or view.surname(k - 3) or _hashtag_surname(view, k - 3)
    return entity if entity is not None and entity.label == "PER" else None


def _hashtag_surname(view: View, k: int) -> Entity | None:
    """The person whose name ends in the word at k written as a hashtag (دونالد #ترمب … ترمب): the NER keeps
    the # in the name, so View.surname does not match the bare word."""
    word = view.tokens[k].folded
    for entity in view.entities:
        parts = entity.name.split()
        if (
            entity.label == "PER"
            and len(parts) > 1
            and parts[-1].startswith("#")
            and fold(parts[-1][1:]) == word
        ):
            return entity
    return None
