"""A person named by "called" in a subject phrase (وقال أحد السكان ويدعى X، وقالت امرأة …، وتدعى X، "…"):
X speaks, not the unnamed phrase before. Used by marsad.quotes_subjects.subject (split from it in session 28,
when it passed 500 lines; behaviour unchanged).
"""

from __future__ import annotations

from marsad.arabic import folded_words
from marsad.quotes_lexicon import load
from marsad.quotes_speakers import Subject, is_complementizer
from marsad.quotes_view import QUOTE_CHARS, View

# يُدعى / تُدعى "called" (with final ى; يدّعي "claims" is written with ي) and المدعو "the one called".
_CALLED = frozenset(("يدعى", "تدعى", "ويدعى", "وتدعى"))
_CALLED_FOLDED = folded_words("المدعو المدعوة")
CALLED_REACH = 10  # tokens from an unnamed subject's end to a later "called" (…، وتدعى X)


def _called_word(view: View, k: int) -> bool:
    """Token k is "called" (يدعى، وتدعى، المدعو)."""
    return view.word(k) in _CALLED or view.tokens[k].folded.lstrip("و") in _CALLED_FOLDED


def called_at(view: View, j: int) -> Subject | None:
    """The person named after "called" at token j, the word that ends a subject (وقال أحد السكان ويدعى X،
    وقال أحدهم ويدعى X): X speaks, not the unnamed phrase before."""
    if not _called_word(view, j):
        return None
    # the NER may take the word into the name (PER "يدعى X"): the same person
    # (a mention of the word alone is the NER's repeat of that slip, no name)
    glued = view.mention_at.get(j)
    mention = glued if glued is not None and glued[1] > j else view.mention_at.get(j + 1)
    if mention is None or mention[0].label != "PER":
        return None
    return Subject("entity", mention[1] + 1, entity=mention[0])


def called_later(view: View, j: int, top: int) -> Subject | None:
    """An unnamed subject ending at token j whose description goes on to "and (s)he is called X" within
    CALLED_REACH tokens, with no mark, colon, complementizer or reporting verb before it: X (D8)."""
    for k in range(j, min(top, j + CALLED_REACH)):
        word = view.word(k)
        if word in QUOTE_CHARS or word in (":", ".", "؛") or is_complementizer(view, k):
            return None
        if k > j and _called_word(view, k):
            return called_at(view, k)  # (before the verb check: يدعى also reads as يدعي "claims")
        if view.has(k, load().verbs) and k > j:
            return None
    return None
