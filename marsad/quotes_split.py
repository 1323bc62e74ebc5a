"""A direct quote the writer split with a few words of his own (وقال X "سنعمل مع شركائنا" في العاصمة الليلة
"من أجل حماية …"; the writer's words between a verb's marked part and its marked complement): one quote
from the first marked word to the last (bench/gold/QUOTES.md, dev4's call), read by
marsad.quotes_direct.direct_claims.
"""

from __future__ import annotations

from marsad.arabic import folded_words
from marsad.attribution import match_cue
from marsad.quotes_claims import reporting_verb
from marsad.quotes_lexicon import QuoteLexicon, load
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
    # قال: "…،" خلال لقائه بالصحفيين: "…": the first part stops on a comma inside its marks and the writer's
    # words end on a colon before the second (QUOTES.md's dev9 call; S11 in QUOTES_SESSION31B.md)
    colon = a >= 1 and view.word(a - 1) in ("،", ",") and view.word(io - 1) == ":"
    between = io - a - 1 - colon
    if view.sent_of[a] != view.sent_of[io] or not 1 <= between <= SPLIT_WORDS or io + 2 >= close:
        return False  # (the second part of two words or more)
    for k in range(a + 1, io - colon):
        if view.punct(k) or view.word(k) in QUOTE_CHARS or is_complementizer(view, k):
            return False
        if view.has(k, _NEXT) or "و" in view.tokens[k].prefixes:
            return False
        if reporting_verb(lex, view, k) is not None:
            return False
    first = view.tokens[io + 1]
    if not colon and not (set(first.prefixes) & set("لب") or first.folded.lstrip("و") in _GOING_ON):
        return False
    after = close + 1
    return after >= view.sentence(io)[1] or bool(view.punct(after))


def joined_end(view: View, close: int) -> int:
    """For the closing mark at token `close`, the closing mark of the last marked part joined to it by a lone
    و (إنه "ليس هنا" و"لا نعلم مكانه"، and a third: و"…") when that part closes the clause (`_closes`), else
    -1. After أن/إن such parts are one direct quote of the complement, from
    the first marked word to the last (bench/gold/QUOTES.md: two marked fragments of one complement)."""
    hi = view.sentence(close)[1]
    k, last = close, -1
    while k + 3 < hi and view.word(k + 1) == "و" and view.word(k + 2) in QUOTE_CHARS:
        end = next((m for m in range(k + 3, hi) if view.word(m) in QUOTE_CHARS), -1)
        if end < 0 or end == k + 3:
            break
        last = k = end
    return last if last >= 0 and _closes(view, last + 1, hi) else -1


def _closes(view: View, k: int, hi: int) -> bool:
    """Token k ends the reported clause: the sentence end, punctuation other than a comma, or a comma before
    the next reporting verb or attribution (…" و"…"، مضيفا؛ not …" و"…"، يعد شرطا: the marked parts were
    the clause's subject)."""
    if k >= hi or (view.punct(k) and view.word(k) not in ("،", ",")):
        return True
    nxt = k + 1
    comma = view.word(k) in ("،", ",") and nxt < hi
    return comma and (reporting_verb(load(), view, nxt) is not None or match_cue(view, nxt) is not None)


def joined_part(view: View, first_open: int, first_close: int, open_pos: int) -> bool:
    """The marks opening at character open_pos are a part joined by a lone و to the marked complement of
    أن/إن whose marks are at characters first_open and first_close (قال إن "…" و"…"; see `joined_end`)."""
    a, io = view.token_at(first_open), view.token_at(first_close)
    return a >= 1 and is_complementizer(view, a - 1) and joined_end(view, io) >= view.token_at(open_pos)
