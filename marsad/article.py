"""The document model: one Article owns its text; every annotation is a character span into it.

Frozen, slotted dataclasses (NamedTuples for the many small Span and Token) with tuple fields, so
they pickle cleanly and cannot change under a stage's feet: a stage returns
`dataclasses.replace(article, field=...)`. Imports nothing from marsad.
`Article.to_json()` is the outside face: it gives the dict of `shared/contract/article.schema.json`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

SCHEMA = "marsad/article.v1"


class Span(NamedTuple):
    """A half-open character range [start, end) into Article.text.

    Span and Token are NamedTuples, not dataclasses: an article has thousands of them, and a tuple
    builds about three times faster than a frozen dataclass on CPython 3.11 while staying immutable
    and picklable.
    """

    start: int
    end: int

    def json(self, text: str) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": text[self.start : self.end]}


class Token(NamedTuple):
    """A whitespace/punctuation token with its clitic segmentation.

    `stem` is the span of the token without its proclitics (و ف ب ل ك س) and pronoun suffix;
    the definite article ال stays inside the stem, as in UD Arabic. `prefixes` and `suffix` are the
    clitic strings as they appear in the text. `folded` is the token's matching form (arabic.fold).
    """

    start: int
    end: int
    folded: str
    stem: Span
    prefixes: tuple[str, ...] = ()
    suffix: str = ""
    is_punct: bool = False


@dataclass(frozen=True, slots=True)
class Source:
    """Where an article came from."""

    path: str | None = None
    url: str | None = None
    outlet: str | None = None
    id: str | None = None  # the input's own id (a JSONL `id` field, a feed guid), if any
    line: int | None = None  # line (JSONL) or row (CSV) or item number (feeds) in the file

    def json(self) -> dict[str, Any]:
        return {
            k: getattr(self, k)
            for k in ("path", "url", "outlet", "id", "line")
            if getattr(self, k) is not None
        }


@dataclass(frozen=True, slots=True)
class Geo:
    """A geocoded place (GeoNames)."""

    name: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    country: str | None = None
    feature: str | None = None

    def json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "lat": self.lat,
            "lon": self.lon,
            "geonames_id": self.geonames_id,
            "country": self.country,
            "feature": self.feature,
        }


@dataclass(frozen=True, slots=True)
class Entity:
    """One real-world thing named in the article, with all its mentions."""

    id: str
    label: str  # PER, ORG, LOC, MISC
    name: str
    mentions: tuple[Span, ...]
    roles: tuple[str, ...] = ()
    country: str | None = None
    actor_code: str | None = None
    geo: Geo | None = None
    source: str = ""  # what produced it, with a version: "entities.crf.v1"

    def json(self, text: str) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "name": self.name,
            "mentions": [m.json(text) for m in self.mentions],
            "roles": list(self.roles),
            "country": self.country,
            "actor_code": self.actor_code,
            "geo": self.geo.json() if self.geo else None,
            "source": self.source,
        }


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct or indirect quotation with its speaker and relay."""

    kind: str  # direct, indirect
    span: Span
    speaker: str | None = None
    speaker_text: str | None = None
    verb: str | None = None
    via: str | None = None
    via_text: str | None = None
    source: str = ""

    def json(self, text: str) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "text": text[self.span.start : self.span.end],
            "start": self.span.start,
            "end": self.span.end,
            "speaker": self.speaker,
            "speaker_text": self.speaker_text,
            "verb": self.verb,
            "via": self.via,
            "via_text": self.via_text,
            "source": self.source,
        }


@dataclass(frozen=True, slots=True)
class Actor:
    """An event's source or target: an entity, or an agent phrase."""

    entity: str | None = None
    text: str | None = None
    code: str | None = None
    country: str | None = None

    def json(self) -> dict[str, Any]:
        return {"entity": self.entity, "text": self.text, "code": self.code, "country": self.country}


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom, coded in CAMEO."""

    cameo: str
    quad_class: int
    sentence: int
    trigger: Span
    source_actor: Actor | None = None
    target_actor: Actor | None = None
    plover: str | None = None
    goldstein: float | None = None
    place: Geo | None = None
    date: str | None = None
    date_text: str | None = None
    source: str = ""

    def json(self, text: str) -> dict[str, Any]:
        return {
            "cameo": self.cameo,
            "plover": self.plover,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "source": self.source_actor.json() if self.source_actor else None,
            "target": self.target_actor.json() if self.target_actor else None,
            "sentence": self.sentence,
            "trigger": self.trigger.json(text),
            "place": self.place.json() if self.place else None,
            "date": self.date,
            "date_text": self.date_text,
            "coder": self.source,
        }


@dataclass(frozen=True, slots=True)
class Article:
    """One news article and everything the pipeline found in it."""

    text: str
    title: str | None = None
    published: str | None = None
    source: Source | None = None
    id: str = ""
    language: str | None = None
    paragraphs: tuple[Span, ...] = ()
    sentences: tuple[Span, ...] = ()
    tokens: tuple[Token, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    outlets: tuple[str, ...] = ()  # news outlets the article's quotes were relayed through, first cited first
    warnings: tuple[str, ...] = field(default=())

    def span_text(self, span: Span) -> str:
        """The visible text a span points at."""
        return self.text[span.start : span.end]

    def to_json(self) -> dict[str, Any]:
        """The contract's dict (shared/contract/article.schema.json)."""
        text = self.text
        return {
            "schema": SCHEMA,
            "id": self.id,
            "source": self.source.json() if self.source else None,
            "title": self.title,
            "published": self.published,
            "language": self.language or "und",
            "text": text,
            "paragraphs": [s.json(text) for s in self.paragraphs],
            "sentences": [s.json(text) for s in self.sentences],
            "entities": [e.json(text) for e in self.entities],
            "quotes": [q.json(text) for q in self.quotes],
            "events": [e.json(text) for e in self.events],
            "outlets": list(self.outlets),
            "warnings": list(self.warnings),
        }
