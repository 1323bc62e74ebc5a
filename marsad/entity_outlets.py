"""Places inside a listed outlet's name: وكالة الأنباء السعودية is an agency, not a mention of Saudi Arabia.

The model tags the country or city word of an outlet's name (السعودية in وكالة الأنباء السعودية, the Saudi
Press Agency) as a place. Quotes then take that place as the relay, and the article seems to name the
country. `drop_places_in_outlets` removes the place mentions lying wholly inside a name of
lexicons/outlets.tsv of two words or more, so the outlet pass (`marsad.attribution.outlet_spans`) adds the
whole name as one ORG. A mention that is the whole name, or that reaches outside it, is left alone.
`people_as_outlets` relabels a person or MISC mention that is exactly a listed outlet's name as an ORG
(لشبكة رووداو الإعلامية: the model called the channel a person). `trim_told` ends a person's or
organisation's mention before an outlet it was told to, which the model ran into it (سامر حداد لوكالة …).
`grow_abbreviation` grows a mention inside a dotted abbreviation (إن.بي.سي، إن.إتش.كيه) to the whole of it.
Run by `marsad.stages.entities` after the model's mentions are fitted, before the outlet pass.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence

from marsad.arabic import fold
from marsad.article import Article, Entity, Span, Token
from marsad.attribution import match_outlet
from marsad.entity_places import stems_inside
from marsad.quotes_lexicon import load
from marsad.quotes_view import QUOTE_CHARS, View
from marsad.stages.segment import folded_stem

# A dotted abbreviation written without spaces: groups of one to three letters joined by dots (إن.بي.سي
# NBC, د.ب.أ dpa). A dot between longer words is a full stop that lost its space (الحرب.وقال): none.
_LETTERS = "\u0621-\u064a"
ABBREVIATION = re.compile(rf"(?<![{_LETTERS}.])[{_LETTERS}]{{1,3}}(?:\.[{_LETTERS}]{{1,3}})+(?![{_LETTERS}])")
LABELS = frozenset({"LOC"})  # the label the model gives a name's country or city word
REACH = 6  # words an outlet's name may run before the place word in it (وكالة الأنباء السعودية: 2)


def outlet_names(article: Article) -> list[Span]:
    """Character spans of the lexicon outlets of two words or more named in `article` (its entities as
    they stand) that can hold one of its places, without a quoted or bracketed name after them (as
    attribution.outlet_spans cuts them)."""
    places = [m.start for e in article.entities if e.label in LABELS for m in e.mentions]
    if not places:
        return []
    view = View(article)
    # Only a name that can hold a place is wanted: try the words up to REACH before each place's first.
    near = {k for p in places for k in range(max(0, view.token_at(p) - REACH), view.token_at(p))}
    found: list[Span] = []
    i = 0
    while i < view.n:
        hit = match_outlet(view, i) if i in near else None
        if hit is None or hit.outlet is None or hit.lo < i or hit.hi - hit.lo < 2:
            i += 1
            continue
        end = hit.lo + 1  # the name itself, not a quoted or bracketed other name after it (بترا)
        while end < hit.hi and view.word(end) not in QUOTE_CHARS and view.word(end) != "(":
            end += 1
        if end - hit.lo >= 2:
            found.append(Span(view.tokens[hit.lo].stem.start, view.tokens[end - 1].stem.end))
        i = hit.hi
    return found


def drop_places_in_outlets(article: Article, found: Sequence[Entity]) -> list[Entity]:
    """`found` without the place mentions wholly and strictly inside a listed outlet's name; an entity
    left with no mention goes, the others keep their ids order (renumbered)."""
    names = outlet_names(dataclasses.replace(article, entities=tuple(found)))
    if not names:
        return list(found)

    def inside(m: Span) -> bool:
        return any(n.start <= m.start and m.end <= n.end and m.end - m.start < n.end - n.start for n in names)

    kept: list[Entity] = []
    for entity in found:
        mentions = tuple(m for m in entity.mentions if entity.label not in LABELS or not inside(m))
        if mentions:
            kept.append(dataclasses.replace(entity, id=f"e{len(kept)}", mentions=mentions))
    return kept


def people_as_outlets(article: Article, found: Sequence[Entity]) -> list[Entity]:
    """`found` with each PER or MISC entity whose one mention is exactly a listed outlet's name (with its
    type noun where the lexicon needs one: attribution.match_outlet) made an ORG. Only the words up to
    REACH before such a mention are tried, and an article without one costs nothing."""
    candidates = [e for e in found if e.label in ("PER", "MISC") and len(e.mentions) == 1]
    if not candidates:
        return list(found)
    view = View(dataclasses.replace(article, entities=tuple(found)))
    outlets: set[str] = set()
    for e in candidates:
        m, k = e.mentions[0], view.token_at(e.mentions[0].start)
        for i in range(max(0, k - REACH), k + 1):
            hit = match_outlet(view, i)
            if hit is None or hit.outlet is None or hit.entity != e.id or hit.lo < i:
                continue
            if (view.tokens[hit.lo].stem.start, view.tokens[hit.hi - 1].stem.end) == (m.start, m.end):
                outlets.add(e.id)
                break
    return [dataclasses.replace(e, label="ORG") if e.id in outlets else e for e in found]


# Outlet words with ل glued before them (لوكالة، للصحيفة: "told the agency, the newspaper"), folded: a
# person's mention the model ran on into one ends before it (رامي عبد الرحمن لوكالة …).
TOLD_OUTLETS = frozenset(
    f
    for w in ["وكالة", "صحيفة", "قناة", "شبكة", "إذاعة", "موقع", "تلفزيون"]
    for f in ("ل" + fold(w), "لل" + fold(w))
)
# The same for the press as an audience (أكد سامر حداد للصحفيين "told journalists"), only after a person:
# an organisation's name may end so (الاتحاد الدولي للصحفيين, the journalists' federation).
TOLD_PRESS = frozenset("لل" + fold(w) for w in ["صحفيين", "صحافيين", "إعلاميين", "صحافة", "مراسلين"]) | {
    "ل" + fold("وسائل")
}


def trim_told(text: str, tokens: Sequence[Token], span: Span, person: bool = False) -> Span:
    """A person's (or organisation's) mention ended before a word of ل + an outlet noun the model ran into
    it (TOLD_OUTLETS: كامالا هاريس لشبكة سي إن إن), of ل + a listed outlet's name that needs no type noun
    (سامر حداد لبي بي سي، لرويترز; `_told_named`), or, for a `person`, of ل + the press (TOLD_PRESS)."""
    inside = stems_inside(tokens, span)
    for k, t in enumerate(inside[1:], 1):
        told = t.folded in TOLD_OUTLETS or (person and t.folded in TOLD_PRESS)
        if told or _told_named(text, tokens, t):
            return Span(span.start, inside[k - 1].end)  # the whole word: it was inside the name
    return span


def _told_named(text: str, tokens: Sequence[Token], token: Token) -> bool:
    """Whether `token` is ل + the first word of a listed outlet that needs no type noun, the rest of its
    name in the next tokens (لبي بي سي، لرويترز; للجزيرة is not one: the island needs its type noun)."""
    if not token.prefixes or token.prefixes[-1] != "ل":
        return False
    stem = folded_stem(text, token)
    keys = [stem, "ال" + stem[1:]] if stem.startswith("ل") else [stem]
    k = bisect.bisect_left(tokens, token.stem.start, key=lambda t: t.stem.start)  # its index, not a scan
    for key in keys:
        for words, outlet in load().outlets.get(key, ()):
            rest = tokens[k + 1 : k + len(words)]
            if not outlet.needs_type and [folded_stem(text, t) for t in rest] == list(words[1:]):
                return True
    return False


def grow_abbreviation(text: str, span: Span) -> Span:
    """A mention inside a dotted abbreviation grown to the whole of it: the model tags بي.سي of إن.بي.سي or
    إتش.كيه of إن.إتش.كيه, leaving out a first group that also reads as the particle إن."""
    lo = max(0, span.start - 12)
    for m in ABBREVIATION.finditer(text, lo, min(len(text), span.end + 12)):
        if m.start() <= span.start and span.end <= m.end() and (m.start(), m.end()) != (span.start, span.end):
            return Span(m.start(), m.end())
    return span
