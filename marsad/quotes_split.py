"""A direct quote the writer split with a few words of his own (وقال X "سنعمل مع شركائنا" في العاصمة الليلة
"من أجل حماية …"; the writer's words between a verb's marked part and its marked complement): one quote
from the first marked word to the last (bench/gold/QUOTES.md, dev4's call), read by
marsad.quotes_direct.direct_claims.
"""

from __future__ import annotations

from marsad.arabic import folded_words
from marsad.quotes_claims import reporting_verb
from marsad.quotes_lexicon import QuoteLexicon
from marsad.quotes_speakers import is_complementizer
from marsad.quotes_view import QUOTE_CHARS, View

SPLIT_WORDS = 6  # the writer's words between the two marked parts (في العاصمة الليلة: 3)
# Prepositions that show the second part goes on with the first's clause (…" في العاصمة الليلة "من أجل …").
_GOING_ON = folded_words("في على من إلى عن مع")
# Words that open the writer's own next clause between the parts (ثم غادر القاعة "…"): no split quote.
_NEXT = folded_words("ثم بينما فيما قبل بعد حين عندما حتى لكن")


def continues(lex: QuoteLexicon, view: View, first_close: int, open_pos: int, close_pos: int) -> bool:
    """The closed marks [open_pos, close_pos] go on with the direct quote whose closing mark is at character
    first_close: same sentence, 1 to SPLIT_WORDS words between with no punctuation, reporting verb,
    complementizer or clause opener (ثم، بينما، و…), the second part (two words or more) opening on a
    preposition (a clitic ل/ب or في، على …) and closing its clause (punctuation or the sentence end after
    it)."""
    a, io = view.token_at(first_close), view.token_at(open_pos)
    close = view.token_at(close_pos)
    if view.sent_of[a] != view.sent_of[io] or not 1 <= io - a - 1 <= SPLIT_WORDS or io + 2 >= close:
        return False  # (the second part of two words or more)
    for k in range(a + 1, io):
        if view.punct(k) or view.word(k) in QUOTE_CHARS or is_complementizer(view, k):
            return False
        if view.has(k, _NEXT) or "و" in view.tokens[k].prefixes:
            return False
        if reporting_verb(lex, view, k) is not None:
            return False
    first = view.tokens[io + 1]
    if not (set(first.prefixes) & set("لب") or first.folded.lstrip("و") in _GOING_ON):
        return False
    after = close + 1
    return after >= view.sentence(io)[1] or bool(view.punct(after))
