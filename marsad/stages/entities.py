"""The entities stage: named-entity mentions from the trained NER model, with offsets into the text.

The model tags the pipeline's own tokens, sentence by sentence. A mention runs from the stem of its first
token to the stem of its last, so clitics stay outside it: in بسوريا ("in Syria") the mention is سوريا,
one character in; in والعراق it is العراق (the article ال is part of the name, as in UD Arabic).
News outlets from the outlet lexicon that the model missed are added as ORG mentions (quotes are relayed
through them), then well-known places the model missed (`place_names`: countries, capitals, big cities and
the regions of lexicons/regions.tsv, folded; clitics set aside through the tokens' stems) as LOC
mentions, then `marsad.merge` groups the mentions into one entity per real-world thing, with roles.

Reads: text, sentences, tokens
Writes: entities
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Protocol

from marsad.arabic import fold
from marsad.article import Article, Entity, Span, Token
from marsad.attribution import outlet_spans
from marsad.merge import merge

SOURCE = "entities.crf.v1"
LEXICON_SOURCE = "entities.lexicon.v1"
GAZETTEER_SOURCE = "entities.gazetteer.v1"
MAX_PLACE_WORDS = 4  # longest place name tried (المحيط المتجمد الشمالي، الولايات المتحدة الأمريكية)
# Folding is a pure function of the word and news repeats its words: cache it per word type.
_fold = lru_cache(maxsize=100_000)(fold)


class Tagger(Protocol):
    """What the stage needs of a NER model: BIO tags for tokenized sentences."""

    def tag(self, sentences: list[list[str]]) -> list[list[str]]: ...


def sentence_tokens(article: Article) -> list[Sequence[Token]]:
    """The article's tokens grouped by sentence (tokens outside every sentence are dropped)."""
    starts = [t.start for t in article.tokens]
    groups: list[Sequence[Token]] = []
    for sentence in article.sentences:
        lo = bisect.bisect_left(starts, sentence.start)
        hi = bisect.bisect_left(starts, sentence.end)
        groups.append(article.tokens[lo:hi])
    return groups


def mentions(tokens: Sequence[Token], tags: Sequence[str]) -> Iterator[tuple[str, Span]]:
    """(label, span) for each maximal B/I run of one label; an I- without its B- starts a mention."""
    label: str | None = None
    first = last = 0
    for i, tag in enumerate((*tags, "O")):
        kind, _, tag_label = tag.partition("-")
        continues = kind == "I" and tag_label == label
        if label is not None and not continues:
            yield label, Span(tokens[first].stem.start, tokens[last].stem.end)
            label = None
        if kind in ("B", "I") and not continues:
            label, first = tag_label, i
        if label is not None:
            last = i


class PlaceNames:
    """Folded place names, indexed by first word for a dict lookup per token."""

    def __init__(self, names: Iterable[str] = ()) -> None:
        self.names = frozenset(names)
        self.longest: dict[str, int] = {}  # first word -> most words of a name starting with it
        for name in self.names:
            head, n = name.split(" ")[0], name.count(" ") + 1
            self.longest[head] = min(max(self.longest.get(head, 0), n), MAX_PLACE_WORDS)

    def __bool__(self) -> bool:
        return bool(self.names)

    def head(self, stem: str) -> str | None:
        """The form of a first word names start with: the stem, or ال + it for لعراق (للعراق)."""
        if stem in self.longest:
            return stem
        if stem.startswith("ل") and not stem.startswith("ال") and "ا" + stem in self.longest:
            return "ا" + stem
        return None


def place_spans(article: Article, places: PlaceNames, taken: Sequence[Span]) -> list[Span]:
    """Spans of known place names (longest first) over tokens that no mention in `taken` touches.

    A name is matched on the folded stems of consecutive tokens, so بالعراق gives العراق; a stem that
    starts with the ل of ل + ال (للعراق → لعراق, the UD convention) matches the name with ال.
    """
    tokens, text = article.tokens, article.text
    starts = [t.start for t in tokens]
    busy = [False] * len(tokens)
    for span in taken:  # every token a mention touches
        for k in range(
            max(0, bisect.bisect_right(starts, span.start) - 1), bisect.bisect_left(starts, span.end)
        ):
            busy[k] = busy[k] or tokens[k].end > span.start
    found: list[Span] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        head = (
            None if busy[i] or token.is_punct else places.head(_fold(text[token.stem.start : token.stem.end]))
        )
        hit = 0
        for n in range(min(places.longest[head], len(tokens) - i) if head is not None else 0, 0, -1):
            rest = tokens[i + 1 : i + n]
            if any(busy[k] for k in range(i + 1, i + n)) or any(
                t.is_punct or t.prefixes or t.suffix for t in rest
            ):
                continue  # punctuation or a clitic inside: two words, not one name (مصر والأردن)
            if tokens[i + n - 1].suffix:
                continue  # a pronoun on the last word (عاصمتها): not a bare name
            key = " ".join([str(head), *(_fold(text[t.stem.start : t.stem.end]) for t in rest)])
            if key in places.names:
                hit = n
                break
        if hit:
            found.append(Span(token.stem.start, tokens[i + hit - 1].stem.end))
            i += hit
        else:
            i += 1
    return found


class Entities:
    """Callable stage holding the loaded NER model and the place names it may add."""

    def __init__(self, tagger: Tagger, place_names: Iterable[str] = ()) -> None:
        self.tagger = tagger
        self.places = PlaceNames(place_names)

    @classmethod
    def load(cls) -> Entities:
        """Load the shipped NER model and the gazetteer's unambiguous place names."""
        from marsad.gazetteer import default
        from marsad.models.ner import NerModel

        return cls(NerModel.load(), default().unambiguous_names())

    def __call__(self, article: Article) -> Article:
        return next(iter(self.pipe([article])))

    def pipe(self, articles: Iterable[Article]) -> Iterator[Article]:
        """Tag each article's sentences in one call to the model."""
        for article in articles:
            group = sentence_tokens(article)
            # One call per article: the model's consistency pass treats a call as one document, so a
            # name tagged in one article must not spread into the next one of the batch.
            tags = iter(self.tagger.tag([[article.text[t.start : t.end] for t in sent] for sent in group]))
            found: list[Entity] = []
            for sent in group:
                for label, span in mentions(sent, next(tags)):
                    if span.end <= span.start:
                        continue  # a mention that is all clitic: nothing to point at
                    found.append(
                        Entity(
                            id=f"e{len(found)}",
                            label=label,
                            name=article.text[span.start : span.end],
                            mentions=(span,),
                            source=SOURCE,
                        )
                    )
            tagged = dataclasses.replace(article, entities=tuple(found))
            for span in outlet_spans(tagged):
                name = article.text[span.start : span.end]
                found.append(Entity(f"e{len(found)}", "ORG", name, (span,), source=LEXICON_SOURCE))
            if self.places:
                taken = [m for e in found for m in e.mentions]
                for span in place_spans(article, self.places, taken):
                    name = article.text[span.start : span.end]
                    found.append(Entity(f"e{len(found)}", "LOC", name, (span,), source=GAZETTEER_SOURCE))
            yield merge(dataclasses.replace(article, entities=tuple(found)))
