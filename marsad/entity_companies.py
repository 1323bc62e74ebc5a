"""Companies named after a country or city: شركة مصر للغزل والنسيج is a company, not a mention of Egypt.

The model tags the place word that opens many company and bank names (شركة مصر للطيران، بنك القاهرة للتنمية)
as a place. `company_names` turns such a place mention into one ORG mention of the name when it stands
right after a bare company head (شركة، بنك، مصرف، مجموعة, no article, no pronoun) and goes on with a word
carrying ل (للغزل، للطيران): the name is the place word, that word and the words joined to it by و
(والنسيج), as bench/gold/ENTITIES.md has it (شركة/وكالة X → X, the head outside). A place right after the
head with no ل word after it (شركة مصرية, بنك سويسري in another form) is left to the model.
Run by `marsad.stages.entities` on the model's fitted mentions, before the lexicon and place passes.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from marsad.arabic import fold
from marsad.article import Entity, Span, Token
from marsad.entity_places import token_range
from marsad.quotes_view import QUOTE_CHARS

HEADS = frozenset(fold(w) for w in ["شركة", "بنك", "مصرف", "مجموعة", "مؤسسة"])
MAX_WORDS = 5  # words of such a name, the place word included


def company_names(
    tokens: Sequence[Token],
    stems: Sequence[str],
    found: Sequence[Entity],
    source: str,
    starts: Sequence[int] | None = None,
) -> list[Entity]:
    """`found` with each place mention that opens a company name (see the module) made an ORG mention of the
    whole name; other mentions unchanged (`starts`: the tokens' starts, when the caller has them)."""
    starts = starts if starts is not None else [t.start for t in tokens]
    out: list[Entity] = []
    for entity in found:
        if entity.label != "LOC" or len(entity.mentions) != 1:
            out.append(entity)
            continue
        name = _company(tokens, stems, starts, entity.mentions[0])
        if name is None:
            out.append(entity)
        else:
            out.append(dataclasses.replace(entity, label="ORG", mentions=(name,), source=source))
    return out


def _company(tokens: Sequence[Token], stems: Sequence[str], starts: Sequence[int], m: Span) -> Span | None:
    """The company name opened by the place mention `m`, or None (see the module)."""
    first, last = token_range(starts, m)
    if first < 1:
        return None
    if not _bare_head(tokens[first - 1], stems[first - 1], HEADS) or tokens[first].prefixes:
        return None
    k = last + 1
    if k >= len(tokens) or tokens[k].is_punct or tokens[k].prefixes[:1] != ("ل",) or tokens[k].suffix:
        return None
    end = k
    while (
        end + 1 < len(tokens)
        and end + 1 - first < MAX_WORDS
        and tokens[end + 1].prefixes == ("و",)
        and not tokens[end + 1].suffix
        and not tokens[end + 1].is_punct
    ):
        end += 1
    return Span(m.start, tokens[end].stem.end)


COMPANY = frozenset({fold("شركة")})


def _bare_head(token: Token, stem: str, heads: frozenset[str]) -> bool:
    """The token is one of `heads` (folded stems) with no pronoun, and no punctuation."""
    return not token.is_punct and not token.suffix and stem in heads


def people_as_companies(
    text: str, tokens: Sequence[Token], stems: Sequence[str], found: Sequence[Entity], starts: Sequence[int]
) -> list[Entity]:
    """`found` with each person or MISC mention that stands right after a bare شركة (no article, no
    pronoun; a quotation mark between allowed) made an ORG: the company's name (شركة دي لا رو, which the
    model tagged as a person and quotes then took for a speaker)."""
    out: list[Entity] = []
    for entity in found:
        if entity.label in ("PER", "MISC") and len(entity.mentions) == 1:
            k = token_range(starts, entity.mentions[0])[0] - 1
            if k >= 0 and tokens[k].is_punct and text[tokens[k].start : tokens[k].end] in QUOTE_CHARS:
                k -= 1
            if k >= 0 and _bare_head(tokens[k], stems[k], COMPANY):
                entity = dataclasses.replace(entity, label="ORG")
        out.append(entity)
    return out
