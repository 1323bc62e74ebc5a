"""Direct quotes with no quotation marks: a reporting verb, its subject, a colon and the speaker's words
(وأضاف قائلا: خدمة النادي شرف لي …؛ وأكمل فضيلته: ما عسى …). Some papers (session 12's SaudiNewsNet set)
write speech so; bench/gold/QUOTES.md (Second development set) counts it as a direct quote. The words run
from the colon to the sentence end, or to a comma before the next reporting verb (…، وأكمل فضيلته: …).

Not speech: a colon before marks (a marked quote, marsad.quotes_direct), before أن/إن (the indirect finder
reads وقال المصدر: إن …), before a scripture bracket (قال تعالى: ﴿…﴾, a citation), inside a quoted
stretch, or with no reporting verb close before it (a headline's عباس: …, a list's label).
"""

from __future__ import annotations

from marsad.article import Span
from marsad.quotes_claims import Claim, finite_before_saying, reporting_verb
from marsad.quotes_lexicon import QuoteLexicon
from marsad.quotes_speakers import is_complementizer
from marsad.quotes_view import QUOTE_CHARS, View

# Tokens from the reporting verb to the colon: the verb's subject and a title (وأكمل فضيلته، وقال مدير
# مكتب الصحة بالمحافظة الدكتور X Y) or قائلا after it (وأضاف قائلا).
SUBJECT_REACH = 10
MIN_WORDS = 4  # a shorter stretch after a colon is a label or a list item, not speech
_CITATIONS = frozenset("({﴿[")


def colon_claims(lex: QuoteLexicon, view: View, taken: list[Span]) -> list[Claim]:
    """Direct quotes of unmarked speech after a reporting verb and a colon, outside the `taken` spans."""
    claims: list[Claim] = []
    for c in range(view.n - 1):
        if view.word(c) != ":":
            continue
        lo, hi = view.sentence(c)
        first = c + 1
        if first >= hi or view.punct(first) or view.word(first) in QUOTE_CHARS:
            continue
        if view.word(first)[:1] in _CITATIONS or is_complementizer(view, first):
            continue
        start = view.tokens[first].start
        if any(s.start <= start < s.end for s in taken):
            continue
        verb = _verb_before(lex, view, c, lo)
        if verb < 0:
            continue
        end = _speech_end(lex, view, first, hi)
        words = sum(1 for k in range(first, end) if not view.punct(k))
        if words < MIN_WORDS:
            continue
        span = Span(start, view.tokens[end - 1].end)
        verb = finite_before_saying(lex, view, verb)
        form = reporting_verb(lex, view, verb)
        if form is None or form.masdar:
            continue
        mode = "participle" if form.participle else "subject"
        claims.append(Claim(span.start, "direct", span, form.verb.lemma, mode, verb_tok=verb))
    return claims


def _verb_before(lex: QuoteLexicon, view: View, c: int, lo: int) -> int:
    """The reporting verb within SUBJECT_REACH tokens before the colon at c, with no punctuation or mark
    between (a comma would open another clause), else -1."""
    for j in range(c - 1, max(lo, c - SUBJECT_REACH) - 1, -1):
        if view.punct(j) or view.word(j) in QUOTE_CHARS:
            return -1
        form = reporting_verb(lex, view, j)
        if form is not None:
            return j
    return -1


def _speech_end(lex: QuoteLexicon, view: View, first: int, hi: int) -> int:
    """The token after the speech that starts at `first`: the sentence end, or a comma before another
    reporting verb (…، وأكمل فضيلته: …؛ …، مضيفا أن), trailing punctuation left out."""
    end = hi
    for k in range(first + 1, hi - 1):
        if view.word(k) in ("،", ",") and reporting_verb(lex, view, k + 1) is not None:
            end = k
            break
    while end > first and view.punct(end - 1):
        end -= 1
    return end
