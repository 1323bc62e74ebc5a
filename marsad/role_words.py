"""The words the role finder reads: one Word per token (folded stem, span, proclitics) and the small
tests on them (definite, written with its clitics), with the first-word index of the lexicon tables."""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Mapping, Sequence
from typing import NamedTuple

from marsad.arabic import fold
from marsad.article import Span, Token
from marsad.stages.segment import folded_stem


class Word(NamedTuple):
    """A token seen by the role finder: its folded stem and where its stem sits in the text.

    A NamedTuple like Span and Token: one is built per token of every article, and a tuple is about 3x
    cheaper to build than a frozen dataclass; it is as immutable.
    """

    index: int  # type: ignore[assignment]  # the token index; shadows tuple.index, which nothing here calls
    stem: str  # folded stem: clitics off, ال kept
    span: Span  # the stem's span
    prefixes: tuple[str, ...]
    is_punct: bool


_new = tuple.__new__
TA = "ت"
FOLDED_TA_MARBUTA = fold("ة")


def words_of(text: str, tokens: Sequence[Token]) -> Iterator[Word]:
    """One Word per token of the article, in order; a stem whose ة was written ت before a pronoun suffix
    is given its ة back (نظيرته: نظيرة "counterpart (f.)" + ه, folded نظيره), as the lexicons list it."""
    for i, token in enumerate(tokens):
        stem = folded_stem(text, token)
        if token.suffix and stem.endswith(TA) and len(stem) > 2:
            stem = stem[:-1] + FOLDED_TA_MARBUTA
        yield _new(Word, (i, stem, token.stem, token.prefixes, token.is_punct or not stem))


# First word -> the most words of an entry starting with it, per lexicon table (keyed by identity).
_first_words: dict[int, tuple[Mapping[str, object], dict[str, int]]] = {}


def elided(w: Word) -> bool:
    """A ل proclitic that ate the article's alif: للأمم is cut ل + لامم (للبنان too: ل + لبنان)."""
    return "ل" in w.prefixes and w.stem.startswith("ل") and not w.stem.startswith("ال")


def definite(w: Word) -> bool:
    """A definite word (الخارجية), also behind a ل that ate its article's alif (للأمم)."""
    return w.stem.startswith(("ال", "لل")) or elided(w)


def written(w: Word) -> str:
    """The word as written, its proclitics on: the segmenter cuts بشأن "about" into ب + شأن."""
    return "".join(w.prefixes) + w.stem if w.prefixes else w.stem


def written_key(ws: Sequence[Word]) -> str:
    """A lookup key with the words after the first as written, clitic and all: the segmenter cuts باسم
    "in the name of" (المتحدث باسم "spokesperson for") into ب + اسم."""
    return " ".join([ws[0].stem, *(written(w) for w in ws[1:])])


# Titles that open with و, written as such (والي "governor" of a Sudanese or Algerian state); the segmenter
# cuts them as و + الي. Only this spelling: إلى "to" after و is written والى or وإلى.
WAW_TITLES = frozenset(["والي"])


def title_word(w: Word, text: str, tokens: Sequence[Token], firsts: Mapping[str, int]) -> Word:
    """A word as the title lexicon spells it: a ل proclitic that ate its article's alif (للرئيس قيس سعيد:
    ل + لرئيس) gives the alif back where that makes a title's first word (للبنان stays ل + لبنان); a title
    of WAW_TITLES keeps its و."""
    if elided(w) and "ا" + w.stem in firsts:
        return w._replace(stem="ا" + w.stem)
    token = tokens[w.index]
    whole = text[token.start : token.end]
    if w.prefixes == ("و",) and whole in WAW_TITLES:
        return w._replace(stem=fold(whole), span=Span(token.start, token.end), prefixes=())
    return w


def first_words(table: Mapping[str, object]) -> dict[str, int]:
    """The table's entries indexed by first word: a word that starts none cannot start a match."""
    hit = _first_words.get(id(table))
    if hit is not None and hit[0] is table:
        return hit[1]
    if len(_first_words) > 32:  # only a handful of lexicon tables exist; tests may pass their own
        _first_words.clear()
    firsts: dict[str, int] = {}
    for key in table:
        parts = key.split(" ")
        firsts[parts[0]] = max(firsts.get(parts[0], 0), len(parts))
    _first_words[id(table)] = (table, firsts)
    return firsts


class Overlaps:
    """Whether a span overlaps any of a fixed set of spans, in O(log n) (a long article has thousands)."""

    def __init__(self, spans: Sequence[Span]) -> None:
        ordered = sorted((s.start, s.end) for s in spans)
        self.starts = [start for start, _ in ordered]
        # reach[k]: the furthest end among the first k + 1 spans by start.
        self.reach: list[int] = []
        for _, end in ordered:
            self.reach.append(max(end, self.reach[-1]) if self.reach else end)

    def __call__(self, span: Span) -> bool:
        """Whether some span starts before `span` ends and ends after it starts."""
        k = bisect.bisect_left(self.starts, span.end)
        return k > 0 and self.reach[k - 1] > span.start
