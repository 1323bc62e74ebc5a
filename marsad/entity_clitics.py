"""Names a clitic reading cut: letters of a name's first word the segmenter read as proclitics, given back.

`marsad.clitics` reads a word's first letters as proclitics when the rest is a common word (بسام as ب + سام
"poison", كلوب "Klopp" as ك + لوب), and a mention runs from its first token's stem, so the name loses them.
`regrow_clitic_letters`, run by `marsad.stages.entities` on the model's fitted mentions, gives them back: the
future particle always (a name takes none), a listed given name (lexicons/given_names.tsv), a foreign name
the clitic model's word table counts far more often whole than cut (`WHOLE_WORD`), and any word the article
writes whole inside another mention. `trim_leading_on` cuts the preposition على the model ran into a name
the article names elsewhere.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Mapping, Sequence

from marsad import lexicons
from marsad.arabic import fold_word
from marsad.article import Entity, Span, Token
from marsad.clitics import bare
from marsad.quotes_lexicon import load
from marsad.stages.segment import folded_stem, word_counts

# A stem seen this often on its own in ANT (the clitic model's word table) is a word in its own right, so
# letters before it are clitics whatever another mention holds (رويترز against the يدان of فيدان: 10).
COMMON_STEM = 50


FUTURE = "س"  # the future particle: a clitic of verbs only


def regrow_clitic_letters(text: str, tokens: Sequence[Token], found: Sequence[Entity]) -> list[Entity]:
    """Mentions whose first word lost letters to a clitic reading (فيدان read ف + يدان) grown back over them,
    when the article writes that word whole inside another mention (هاكان فيدان); nearest cut first, so
    وفيدان gives back only the ف. A future particle read on a name's first word (سنية as س + نية) always
    goes back to it."""
    words = {fold_word(w) for e in found for m in e.mentions for w in text[m.start : m.end].split()}
    starts = [t.start for t in tokens]
    counts = word_counts()
    out: list[Entity] = []
    for e in found:
        span = e.mentions[0]
        k = bisect.bisect_right(starts, span.start) - 1
        token = tokens[k] if k >= 0 else None
        if token is None or not token.prefixes or token.stem.start != span.start:
            out.append(e)
            continue
        if token.prefixes[-1] == FUTURE:  # سنية read س + نية: a name takes no future particle
            span = Span(span.start - len(FUTURE), span.end)
            out.append(
                dataclasses.replace(e, name=text[span.start : span.end], mentions=(span, *e.mentions[1:]))
            )
            continue
        if e.label == "PER" and (grown := given_name(text, token)) is not None:
            span = Span(grown, span.end)  # بسام طعمة read ب + سام: the name is the whole word
            name = text[span.start : span.end]
            out.append(dataclasses.replace(e, name=name, mentions=(span, *e.mentions[1:])))
            continue
        stem_count = counts.get(text[token.stem.start : token.stem.end], 0)
        if e.label == "PER" and _whole_name_word(text, token, stem_count, counts):
            span = Span(token.start, span.end)  # كلوب read ك + لوب: Klopp is far commoner than the stem
            name = text[span.start : span.end]
            out.append(dataclasses.replace(e, name=name, mentions=(span, *e.mentions[1:])))
            continue
        if stem_count >= COMMON_STEM and stem_count > counts.get(text[token.start : token.stem.end], 0):
            # لرويترز: رويترز stands on its own in news; the ل is a clitic. Not so where the whole word is
            # the commoner (بري "land" against ري "irrigation": نبيه بري, then بري alone).
            out.append(e)
            continue
        cut = span.start
        for prefix in reversed(token.prefixes):
            cut -= len(prefix)
            # The word as the other mention writes it, with or without letters read as a pronoun after it
            # (بيربوك read ب + يربو + ك).
            end = next((x for x in (token.stem.end, token.end) if fold_word(text[cut:x]) in words), None)
            if end is not None:
                span = Span(cut, max(span.end, end))
                e = dataclasses.replace(e, name=text[span.start : span.end], mentions=(span,))
                break
        out.append(e)
    return out


# A word the clitic model's table counts this often, and at least as often as its stem alone, is a word of its
# own (كلوب "Klopp" 499 against لوب 9), not a clitic and a stem; tuned on nothing (session 23's L7).
WHOLE_WORD = 10


def _whole_name_word(text: str, token: Token, stem_count: int, counts: Mapping[str, int]) -> bool:
    """Whether a person's first word read as one proclitic letter + stem is a word of its own: the whole word
    counted at least WHOLE_WORD times and as often as the stem, the letter not the ل of لل (للفريق is ل +
    لفريق), the stem no reporting verb (وصرحت is و + صرحت, a verb the model ran into the name)."""
    if token.stem.start - token.start != 1 or text.startswith("لل", token.start):
        return False
    whole = counts.get(text[token.start : token.stem.end], 0)
    if whole < WHOLE_WORD or whole < stem_count:
        return False
    return load().verbs.get(folded_stem(text, token)) is None


def given_name(text: str, token: Token) -> int | None:
    """Where a listed given name starts in a word the segmenter read as clitics + stem (بسام as ب + سام; in
    وبسام the ب only, the و staying a clitic), or None."""
    cut = token.stem.start
    for prefix in reversed(token.prefixes):
        cut -= len(prefix)
        if bare(text[cut : token.stem.end]) in lexicons.given_names():
            return cut
    return None


ON = "على"  # the preposition "on" as written; Egyptian writing spells the name Ali (علي) so too


def trim_leading_on(text: str, tokens: Sequence[Token], found: Sequence[Entity]) -> list[Entity]:
    """Person mentions without an على the model ran into their start (على هاري كين read على كين), when every
    later word of the mention is a word of another person mention of the article that does not open with على:
    the article names that person elsewhere. Otherwise على may be the given name Ali, and it stays."""
    named = {
        w
        for e in found
        if e.label == "PER"
        for m in e.mentions
        if not text.startswith(ON + " ", m.start)
        for w in text[m.start : m.end].split()
    }
    starts = [t.start for t in tokens]
    out: list[Entity] = []
    for e in found:
        span = e.mentions[0]
        words = text[span.start : span.end].split()
        if e.label != "PER" or len(words) < 2 or words[0] != ON or not set(words[1:]) <= named:
            out.append(e)
            continue
        k = bisect.bisect_right(starts, span.start)  # the token after على
        if k >= len(tokens) or tokens[k].stem.start >= span.end:
            out.append(e)
            continue
        span = Span(tokens[k].stem.start, span.end)
        name = text[span.start : span.end]
        out.append(dataclasses.replace(e, name=name, mentions=(span, *e.mentions[1:])))
    return out
