"""An analyzed Article flattened into the store's rows: one tuple per entity, mention, quote, event, place.

The cross-article registry keys an entity by its label, its folded name (whitespace collapsed) and its
country, so جاويش أوغلو (PER, TUR) in two articles is one registry entity, while a PER and an ORG
sharing a name, or two people of one name from two countries, stay apart.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from marsad.arabic import fold
from marsad.article import Actor, Article, Entity, Geo

# Exportable tables, in the order the docs list them.
TABLES = ("articles", "entities", "mentions", "quotes", "events", "places", "registry")


@dataclass
class Rows:
    """The rows one article adds: registry upserts (key, label, name, folded, country, actor_code) and
    the tuples for each table, in the table's column order."""

    registry: list[tuple[str, str, str, str, str | None, str | None]] = field(default_factory=list)
    tables: dict[str, list[tuple[Any, ...]]] = field(default_factory=dict)


def folded_name(name: str) -> str:
    """A name's matching form: folded letters, single spaces."""
    return " ".join(fold(name).split())


def entity_key(entity: Entity) -> str:
    """The registry key of an entity: label, folded name and country."""
    return f"{entity.label}|{folded_name(entity.name)}|{entity.country or ''}"


def registry_key(key: str) -> str:
    """The registry id of a key: stable across stores, so entity URLs survive a rebuild."""
    return hashlib.sha256(key.encode()).hexdigest()[:12]


def _geo(geo: Geo | None) -> tuple[Any, ...]:
    if geo is None:
        return (None,) * 6
    return (geo.name, geo.lat, geo.lon, geo.country, geo.geonames_id, geo.feature)


def _actor(actor: Actor | None, registry: dict[str, str]) -> tuple[Any, ...]:
    if actor is None:
        return (None,) * 5
    return (actor.code, actor.country, actor.text, actor.entity, registry.get(actor.entity or ""))


def article_rows(article: Article) -> Rows:
    """All the rows of one analyzed article."""
    rows = Rows()
    aid, text = article.id, article.text
    registry: dict[str, str] = {}
    seen_keys: set[str] = set()
    entities: list[tuple[Any, ...]] = []
    mentions: list[tuple[Any, ...]] = []
    places: list[tuple[Any, ...]] = []
    for e in article.entities:
        key = entity_key(e)
        rid = registry[e.id] = registry_key(key)
        if key not in seen_keys:  # an article counts once per registry entity
            seen_keys.add(key)
            rows.registry.append((key, e.label, e.name, folded_name(e.name), e.country, e.actor_code))
        roles = json.dumps(list(e.roles), ensure_ascii=False)
        entities.append(
            (aid, e.id, e.label, e.name, e.country, e.actor_code, roles, *_geo(e.geo), rid, e.source)
        )
        mentions.extend((aid, e.id, m.start, m.end, text[m.start : m.end]) for m in e.mentions)
        if e.geo is not None and e.geo.lat is not None and e.geo.lon is not None:
            g = e.geo
            places.append(
                (aid, e.id, rid, g.name or e.name, g.lat, g.lon, g.country, g.geonames_id, g.feature)
            )
    quotes = [
        (
            aid,
            i,
            q.kind,
            text[q.span.start : q.span.end],
            q.span.start,
            q.span.end,
            q.speaker,
            registry.get(q.speaker or ""),
            q.speaker_text,
            q.verb,
            q.via,
            q.via_text,
            q.source,
        )
        for i, q in enumerate(article.quotes)
    ]
    lead_end = article.paragraphs[0].end if article.paragraphs else len(text)
    events = []
    for i, ev in enumerate(article.events):
        sentence = article.sentences[ev.sentence] if 0 <= ev.sentence < len(article.sentences) else None
        # GDELT's IsRootEvent: the event is told in the lead paragraph.
        is_root = int(sentence is None or sentence.start < lead_end)
        trigger = (ev.trigger.start, ev.trigger.end, text[ev.trigger.start : ev.trigger.end])
        head = (None, aid, i, ev.cameo, ev.cameo[:2], ev.cameo[:3], ev.quad_class, ev.goldstein, ev.plover)
        source, target = _actor(ev.source_actor, registry), _actor(ev.target_actor, registry)
        dates = (ev.date, ev.date_text, ev.sentence, is_root)
        events.append((*head, *source, *target, *_geo(ev.place), *dates, *trigger, ev.source))
    rows.tables = {
        "entities": entities,
        "mentions": mentions,
        "quotes": quotes,
        "events": events,
        "places": places,
    }
    return rows
