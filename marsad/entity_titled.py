"""Surnames the model tagged as places after a title and a given name: وقال رئيس شرطة … ألفريد دورهام.

The model reads an unfamiliar foreign surname as a place (دورهام LOC) and leaves the given name before it
(ألفريد) untagged, so a quote of that person has only the title phrase as its unnamed speaker.
`titled_surnames` makes one PER mention of the two words when the surname is one bare word that is no
well-known place (countries, capitals, big cities: the gazetteer's unambiguous names; دورهام is a known
town, so the wider list is not asked), the word before it is untagged, bare and reads as a name (in the
clitic model's counts at most NAME_SHARE of its uses carry ال: `quotes_names.definite_share`; no verb, title
or stop word), and a title of the lexicon stands at most TITLE_REACH tokens before that with no punctuation
between (the title's genitive, a body or place, in between: رئيس شرطة ريتشموند). The model's other one-word
place mentions of that surname in the article (its document pass spreads one label) become the person's. Run
by `marsad.stages.entities` after `entity_tails.names_over_places` (bench/gold/QUOTES_SESSION26.md, C3).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from marsad import lexicons
from marsad.arabic import folded_words
from marsad.article import Entity, Span, Token
from marsad.clitics import bare
from marsad.entity_places import PlaceNames, token_range
from marsad.quotes_lexicon import load
from marsad.quotes_names import definite_share

TITLE_REACH = 4  # tokens from the given name back to the title (رئيس شرطة ريتشموند | ألفريد: 3)
# A given name's uses with ال at most: ألفريد, ثيودور 0; nouns heading a unit's or a place's name in construct
# (فيلق 0.033, فوج 0.08, دير 0.091: فيلق الشام، فوج X، دير أبومقار) are above (set on ANT, session 26).
NAME_SHARE = 0.02
# Prepositions and adverbs that never take ال either (سفير X لدى Y: Y a place, لدى no given name).
_FUNCTION = folded_words(
    "لدى على إلى عن من مع بين عند حول ضد نحو قرب بعد قبل خلال منذ حتى عبر أمام وسط فوق تحت"
)


def _name_like(text: str, token: Token, stem: str) -> bool:
    """An untagged token that can be a given name: bare, alphabetic, no ال, no reporting verb, no title."""
    word = text[token.start : token.end]
    if token.prefixes or token.suffix or token.is_punct or not word.isalpha() or len(stem) < 3:
        return False
    if word.startswith("ال") or stem in _FUNCTION or stem in load().verbs or stem in lexicons.titles():
        return False
    return definite_share(bare(word)) <= NAME_SHARE


def _titled(tokens: Sequence[Token], stems: Sequence[str], before: int) -> bool:
    """A title of the lexicon at most TITLE_REACH tokens back from token `before`, no punctuation between."""
    titles = lexicons.titles()
    for j in range(before, max(-1, before - TITLE_REACH), -1):
        if tokens[j].is_punct:
            return False
        if stems[j] in titles or stems[j].removeprefix("ال") in titles:
            return True
    return False


def titled_surnames(
    text: str,
    tokens: Sequence[Token],
    found: Sequence[Entity],
    stems: Sequence[str],
    starts: Sequence[int],
    places: PlaceNames,
) -> list[Entity]:
    """`found` with such surnames made people (see the module docstring); ids kept."""
    countries = lexicons.countries()
    covered = {t for e in found for m in e.mentions for t in range(*_inclusive(starts, m))}
    grown: dict[int, Span] = {}
    for k, e in enumerate(found):
        if e.label != "LOC" or len(e.mentions) != 1:
            continue
        first, last = token_range(starts, e.mentions[0])
        if first != last or first < 2:
            continue
        t, g = tokens[first], first - 1
        if t.prefixes or t.suffix or t.is_punct or stems[first] in places.names or stems[first] in countries:
            continue
        if text[t.start : t.end].startswith("ال"):  # الشام، القدس: a surname takes no article here
            continue
        if g in covered or not _name_like(text, tokens[g], stems[g]) or not _titled(tokens, stems, g - 1):
            continue
        grown[k] = Span(tokens[g].start, e.mentions[0].end)
    surnames = {text[found[k].mentions[0].start : found[k].mentions[0].end] for k in grown}
    out: list[Entity] = []
    for k, e in enumerate(found):
        if k in grown:
            span = grown[k]
            e = dataclasses.replace(e, label="PER", name=text[span.start : span.end], mentions=(span,))
        elif e.label == "LOC" and len(e.mentions) == 1 and e.name in surnames:
            e = dataclasses.replace(e, label="PER")
        out.append(e)
    return out


def _inclusive(starts: Sequence[int], span: Span) -> tuple[int, int]:
    """The token range a span touches, as range() bounds."""
    first, last = token_range(starts, span)
    return first, last + 1
