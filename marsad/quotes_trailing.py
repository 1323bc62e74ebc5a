"""What follows a quote's closing mark: a "thus" lead-in before the verb after it ("…"، هكذا قال X؛ بهذه
الكلمات علق X: `past_lead_in`), an attribution cue with a relay verb ("…"، حسبما أضاف X: `trailing_cue`) and
whether a verb after the marks has a complement of its own (`has_complement`). Split from
marsad.quotes_direct (session 20), behaviour unchanged.
"""

from __future__ import annotations

from marsad.arabic import folded_words
from marsad.attribution import match_cue
from marsad.quotes_lexicon import Cue
from marsad.quotes_speakers import is_complementizer
from marsad.quotes_view import QUOTE_CHARS, View

# "thus" and "with these words" between a quote and the verb after it ("…"، هكذا قال X؛ "…"، بهذه الكلمات
# علق X): the verb still reports the quote.
_THUS = folded_words("هكذا وهكذا")
_WITH_THESE = folded_words("بهذه وبهذه")
_WORDS = folded_words("الكلمات الكلمة العبارات العبارة")


def past_lead_in(view: View, k: int) -> int:
    """Token k, or the token after a "thus" lead-in starting at k (also past a full stop: "…".. بهذه
    الكلمات تحدث X, where the lead-in points back over the sentence's end)."""
    j = k
    while j < view.n and view.word(j) and set(view.word(j)) <= set(".…"):
        j += 1
    if j < view.n and view.tokens[j].folded in _THUS:
        return j + 1
    if j + 1 < view.n and view.tokens[j].folded in _WITH_THESE and view.tokens[j + 1].folded in _WORDS:
        return j + 2
    return k


def trailing_cue(view: View, close_pos: int, closed: bool) -> tuple[Cue, int] | None:
    """An attribution cue with a relay verb right after the closing mark and its comma (…»، حسبما أضاف
    X), else None."""
    k = view.token_at(close_pos) + 1 if closed else view.n
    while k < view.n and view.word(k) in ("،", ","):
        k += 1
    cue = match_cue(view, k) if k < view.n else None
    return cue if cue is not None and cue[0].kind == "according" and cue[0].lemma else None


_COMPLEMENT_REACH = (
    12  # tokens from a verb after a quote to a complementizer of its own (قال الوزير أمس للصحفيين إن)
)


def has_complement(view: View, k: int) -> bool:
    """The verb at token k has an أن/إن or a colon of its own before any other punctuation (ردا على "خطة
    النقل"، قال الوزير إن …؛ … خطة النقل "الصديقة للبيئة" وأضاف: "…"): it reports that content, not the quoted
    words before it."""
    hi = min(view.sentence(k)[1], k + 1 + _COMPLEMENT_REACH)
    for j in range(k + 1, hi):
        if view.word(j) == ":":
            return True
        if view.punct(j) or view.word(j) in QUOTE_CHARS:
            return False
        if is_complementizer(view, j):
            return True
    return False
