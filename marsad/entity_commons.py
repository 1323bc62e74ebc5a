"""Common nouns the NER spread as a place: the model's one-word LOC mentions of a word listed in
models/gazetteer/common_places.tsv are dropped where it tagged the word at two places or more.

The model's document pass gives every occurrence of a word in an article the label it gave one of them, so
one wrong reading of a definite common noun as a place (a film's المشهد "the scene", الغاز "the gas" in an
energy deal) becomes a place at each of its occurrences, and the actors stage then
gives the article that place's country. `python -m train.common_places` lists the words (with ال or
without: مدينة "city", بيان "statement") that the NER alone tags LOC in only a few of the many ANT articles
they occur in: over the corpus the
model reads them as common nouns. Names of places the model tags with ال (النيل، الخرطوم) are tagged in
most of their articles and are not listed. A word the gazetteer knows whole is kept: the clitic model
reads كاليه (Calais) as ك + اليه, and the model's mention of it as the listed إليه "to him". Run by
`marsad.stages.entities` on the model's own mentions, before any lexicon or gazetteer pass (which may still
find a listed place of that name).
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache

from marsad.arabic import fold_word
from marsad.article import Entity, Token
from marsad.entity_people import model_rows
from marsad.place_names import MODEL_DIR

COMMONS_FILE = MODEL_DIR / "common_places.tsv"
# A listed word's mentions are dropped only when the model tagged it at this many places in one article:
# the spread of its document pass. A lone mention stays (measured in session 23: dropping lone ones too
# changed one gsr dev text, الرأس "the head", and the events cv5 sum fell by 0.001; bench/gold/ENTITIES.md).
SPREAD = 2


@cache
def common_places() -> frozenset[str]:
    """The folded words of common_places.tsv; none when the file is absent."""
    return frozenset(row[0] for row in model_rows(COMMONS_FILE))


# The words the pass drops when none are given: the built list, or, while `unlisted()` holds, none.
_active: list[frozenset[str] | None] = [None]


@contextmanager
def unlisted() -> Iterator[None]:
    """Within it the pass drops nothing: `train.common_places` counts the model's own LOC mentions, which
    the list it is rebuilding must not have thinned (a word the shipped list drops would count as untagged
    and fall out of the new one)."""
    _active.append(frozenset())
    try:
        yield
    finally:
        _active.pop()


def drop_common_places(
    text: str,
    tokens: Sequence[Token],
    found: Sequence[Entity],
    places: Collection[str] = (),
    commons: Iterable[str] | None = None,
) -> list[Entity]:
    """`found` without the one-word LOC mentions whose folded word is a listed common noun (`commons`,
    default: common_places.tsv) tagged at SPREAD or more places in the article, unless the word a mention
    lies in, read whole, is one of `places` (folded names of the gazetteer); ids renumbered in order."""
    if commons is None:
        listed = common_places() if _active[-1] is None else _active[-1]
    else:
        listed = frozenset(commons)
    starts = [t.start for t in tokens]

    def common(e: Entity) -> bool:
        if e.label != "LOC" or " " in e.name or fold_word(e.name) not in listed:
            return False
        k = bisect.bisect_right(starts, e.mentions[0].start) - 1
        return k < 0 or fold_word(text[tokens[k].start : tokens[k].end]) not in places

    spread = Counter(fold_word(e.name) for e in found if common(e))
    kept = [e for e in found if not (common(e) and spread[fold_word(e.name)] >= SPREAD)]
    if len(kept) == len(found):
        return list(found)
    return [Entity(f"e{k}", e.label, e.name, e.mentions, source=e.source) for k, e in enumerate(kept)]
