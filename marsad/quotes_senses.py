"""Reporting-verb forms that more often mean something else, and the contexts in which they report.

واصل is mostly "kept on (doing)" (واصل الجيش قصفه، واصلت القوات عمليات "…"); it reports only as "went on",
next to direct speech: a colon after the verb or after its subject (وواصل الوزير: «…»), or right after a
quote's closing mark and a comma, with its subject closing the sentence («…»، واصل الوزير). Its row in
marsad/lexicons/reporting_verbs.tsv has no complement, so it never opens an indirect quote.

The subject must be a name or title phrase (`named_phrase_end`), not an object (واصل الجيش هجومه).

حمّل is mostly "carried" (حمل المتظاهرون لافتات); it reports only as "held responsible" with the
responsibility in marks after its object (حمّلت الرئاسة حماس "المسؤولية عن …": a direct quote, as اتهم X
بـ"…"; bench/gold/QUOTES.md's dev3 call). `held_responsible` asks for the first quotation mark after it in
its sentence, within RESPONSIBLE_REACH tokens, to open on المسؤولية; unmarked حمّل X المسؤولية is an act, no
quote.
"""

from __future__ import annotations

from marsad.arabic import folded_words
from marsad.quotes_speakers import ON_BEHALF, SPOKESPERSON, is_title
from marsad.quotes_view import QUOTE_CHARS, View

MAX_PHRASE = 8  # words of a title and name (المتحدث الرسمي باسم وزارة الخارجية سامي نور)
# tokens from حمّل to the mark before المسؤولية: subject, an attribution aside, the object (حملت، حسب وسائل
# الإعلام الرسمية، حماس "المسؤولية …": 9)
RESPONSIBLE_REACH = 12
RESPONSIBILITY = folded_words("المسؤولية")


def _named_word(view: View, k: int) -> bool:
    """Token k is a mention's, a title or a spokesperson word (الوزير، المتحدث، سامي)."""
    return k in view.covered or is_title(view, k) or view.has(k, SPOKESPERSON) is not None


def named_phrase_end(view: View, lo: int, hi: int) -> int:
    """The token after a name or title phrase that starts at token lo and ends before hi, else -1.

    Each word is a mention's, a title, a spokesperson word, باسم, or a definite adjective after one of
    those (المتحدث الرسمي باسم الجيش، الوزير سامي نور). A word joined by و starts another noun: no phrase
    (بين الحكومة والمعارضة "between the government and the opposition").
    """
    if lo >= hi or not _named_word(view, lo):
        return -1
    k = lo + 1
    while k < min(hi, lo + MAX_PHRASE) and not view.punct(k) and view.word(k) not in QUOTE_CHARS:
        token = view.tokens[k]
        same_name = k in view.covered and view.covered.get(k - 1) is view.covered[k]
        if "و" in token.prefixes and not same_name:
            return -1
        adjective = token.folded.startswith("ال") and not token.prefixes
        if not (_named_word(view, k) or token.folded in ON_BEHALF or adjective):
            break
        k += 1
    return k


def went_on(view: View, i: int) -> bool:
    """واصل at token i goes on speaking (see the module docstring)."""
    lo, hi = view.sentence(i)
    if i + 1 < hi and view.word(i + 1) == ":":
        return True  # وواصل: «…»
    end = named_phrase_end(view, i + 1, hi)
    if end < 0:
        return False
    if end < hi and view.word(end) == ":":
        return True  # وواصل الوزير سامي نور: «…»
    after_quote = i - 2 >= lo and view.word(i - 1) in ("،", ",") and view.word(i - 2) in QUOTE_CHARS
    return after_quote and (end >= hi or bool(view.punct(end)))  # «…»، واصل الوزير.


def held_responsible(view: View, i: int) -> bool:
    """حمّل at token i holds someone responsible in marks (see the module docstring)."""
    hi = view.sentence(i)[1]
    for k in range(i + 1, min(hi, i + RESPONSIBLE_REACH)):
        if view.word(k) in QUOTE_CHARS:
            return k + 1 < hi and view.tokens[k + 1].folded in RESPONSIBILITY
        if view.word(k) in (".", ":", "؛"):
            return False
    return False
