"""Bare attributions: a sentence attributed only by a cue (…، بحسب وزارة الصحة / وحسب مصادر أمنية، …).

`NominalClaims` holds the indirect finder's rules for them (marsad.quotes_indirect.IndirectFinder inherits
it): the content is the rest of the sentence after an opening cue and its source, or the clause before a
trailing one; a cue alone after a quote (وفقا لما نقلته وكالة X.) makes a trailing claim that gives the
quote before it its via. `wholly_quoted` turns a content all in quotation marks into a direct quote. Split
from quotes_indirect.py (session 16) when that file reached 500 lines.
"""

from __future__ import annotations

from marsad.article import Span
from marsad.quotes_claims import Claim
from marsad.quotes_context import after_turn
from marsad.quotes_ends import ContentEnds
from marsad.quotes_preverbal import RELATIVE_CLAUSE
from marsad.quotes_sources import cue_source, relayed_act
from marsad.quotes_speakers import RELATIVES, is_complementizer
from marsad.quotes_split import joined_end
from marsad.quotes_tails import that_after
from marsad.quotes_view import QUOTE_CHARS, View


def wholly_quoted(view: View, start: int, end: int, span: Span, clause: bool = False) -> tuple[str, Span]:
    """("direct", the words inside the marks) when quotation marks enclose the whole content, tokens start
    to end (مطالبة X لها بأن "تخرس": bench/gold/QUOTES.md counts a complement all in marks as a direct quote),
    else ("indirect", span); with `clause` (the content follows أن/إن) also marked parts joined by و."""
    last = end - 1
    while last > start and view.punct(last) and view.word(last) not in QUOTE_CHARS:
        last -= 1
    if last - start < 2 or view.word(start) not in QUOTE_CHARS or view.word(last) not in QUOTE_CHARS:
        return "indirect", span
    inner = [k for k in range(start + 1, last) if view.word(k) in QUOTE_CHARS]
    # قال إن "…" و"…": marked parts joined by a lone و are one direct quote of the clause, from the first
    # marked word to the last (quotes_split.joined_end; bench/gold/QUOTES.md: two marked fragments of one
    # complement); a mark inside a part, other words between the parts, or no أن/إن leave it indirect.
    if inner and (not clause or joined_end(view, inner[0]) != last):
        return "indirect", span
    return "direct", Span(view.tokens[start + 1].start, view.tokens[last - 1].end)


class NominalClaims(ContentEnds):
    """The bare-attribution rules of the indirect finder (`view`, `_verb` and `content_end` are its)."""

    def _nominal(self, i: int, lemma: str, src: int) -> Claim | None:
        """A sentence attributed only by a cue (…، بحسب وزارة الصحة / وحسب مصادر أمنية، …)."""
        view = self.view
        lo, hi = view.sentence(i)
        subj = cue_source(view, src)
        if subj.kind in ("none", "nonsource"):
            return None
        if i <= lo + 1:  # the cue opens the sentence: the content follows the source and its comma
            start = subj.end + 1 if subj.end < hi and view.word(subj.end) in "،," else subj.end
            start = self._past_epithet(start, hi)
            if start < hi and view.tokens[start].folded in RELATIVES:
                # وبحسب وكالة "سبأ" التي يديرها الحوثيون، فإن …: the source's relative clause, to its comma
                comma = next(
                    (k for k in range(start, min(hi, start + RELATIVE_CLAUSE)) if view.word(k) in "،,"), -1
                )
                if comma > 0 and is_complementizer(view, comma + 1):
                    start = comma + 1
            if start < hi and is_complementizer(view, start):
                start += 1  # ووفقا لمصادر عسكرية، فإن القوات …: the content follows فإن
            end = self.content_end(start, hi)
            if end <= start and subj.outlet is not None:
                # وفقا لما نقلته وكالة الأنباء السعودية. alone after a quote: the previous quote's relay.
                anchor = view.tokens[i].start
                verb = self._relay_lemma(i, src, lemma)
                return Claim(anchor, "indirect", Span(anchor, anchor), verb, "trailing", subj, i)
        else:
            start, end = after_turn(view, lo, i), i  # في المقابل، رحب X …، بحسب بيان: the writer's turn
            # …، الأحد، وذلك إثر انهيار الهدنة، وفقا لما ذكرته X: the cue covers the clause before the
            # writer's time tail (bench/gold/QUOTES.md, dev9's call; S8 in QUOTES_SESSION31B.md)
            end = next(
                (c for c in range(start + 1, end) if view.word(c) in ("،", ",") and that_after(view, c + 1)),
                end,
            )
            while end > start and view.punct(end - 1):
                end -= 1
            if subj.kind == "outlet" and relayed_act(view, start, end, subj):
                return None
        if end <= start:
            return None
        span = Span(view.clause_start(start), view.tokens[end - 1].end)
        verb = self._relay_lemma(i, src, lemma)
        return Claim(view.tokens[i].start, "indirect", span, verb, "nominal", subj, i)

    def _past_epithet(self, k: int, hi: int) -> int:
        """After an opening cue's source ending at token k: past a closing mark and up to two adjectives to
        the source's comma (وبحسب صحيفة "الشروق" المحلية، فإن …: the lead's request a4); else k."""
        view = self.view
        for m in range(k, min(hi, k + 4)):
            if view.word(m) in ("،", ","):
                return m + 1 if m > k else k
            adjective = view.tokens[m].folded.startswith("ال") and m not in view.mention_at
            if view.word(m) not in QUOTE_CHARS and not (adjective and self._verb(m) is None):
                return k
        return k

    def _relay_lemma(self, i: int, src: int, lemma: str) -> str | None:
        """The verb of a cue (وفق ما ذكر → ذكر, نقلا عن → نقل); a bare بحسب/وفقا ل has none."""
        for k in range(i + 1, src):
            form = self._verb(k)
            if form is not None:
                return form.verb.lemma
        return None if lemma in ("حسب", "وفق") else lemma
