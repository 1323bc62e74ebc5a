"""The Parquet tables a batch run writes: their schemas, an Article flattened into rows, atomic writes.

One word names each table and the Article field it flattens (articles, entities, quotes, events); every
row carries `doc`, the key of the input record it came from (`<partition>/<n>`), because an article id
is a hash of the text and exact copies share it. `failures` holds what could not be read or analyzed
(input as file:line, reason); `signatures` holds each article's MinHash for story clustering, and
`stories` (written once per run, by the driver) maps each doc to its story.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from marsad.article import Actor, Article, Geo

_S, _I, _F = pa.string(), pa.int64(), pa.float64()
_LIST = pa.list_(pa.string())


def _schema(*fields: tuple[str, pa.DataType]) -> pa.Schema:
    """A schema from (name, type) pairs."""
    return pa.schema(list(fields))


SCHEMAS: dict[str, pa.Schema] = {
    "articles": _schema(
        *[("doc", _S), ("id", _S), ("path", _S), ("line", _I), ("url", _S), ("outlet", _S)],
        *[("source_id", _S), ("title", _S), ("published", _S), ("language", _S), ("text", _S)],
        *[("chars", _I), ("words", _I), ("sentences", _I), ("tokens", _I)],
        *[("entities", _I), ("quotes", _I), ("events", _I), ("outlets", _LIST), ("warnings", _LIST)],
    ),
    "entities": _schema(
        *[("doc", _S), ("article_id", _S), ("entity", _S), ("label", _S), ("name", _S), ("mentions", _I)],
        *[("start", _I), ("end", _I), ("roles", _LIST), ("country", _S), ("actor_code", _S)],
        *[("place", _S), ("lat", _F), ("lon", _F), ("geonames_id", _I), ("place_country", _S)],
        ("source", _S),
    ),
    "quotes": _schema(
        *[("doc", _S), ("article_id", _S), ("quote", _I), ("kind", _S), ("text", _S), ("start", _I)],
        *[("end", _I), ("speaker", _S), ("speaker_text", _S), ("verb", _S), ("via", _S)],
        *[("via_text", _S), ("source", _S)],
    ),
    "events": _schema(
        *[("doc", _S), ("article_id", _S), ("event", _I), ("cameo", _S), ("plover", _S)],
        *[("quad_class", _I), ("goldstein", _F), ("sentence", _I), ("trigger", _S), ("start", _I)],
        *[("end", _I), ("source_entity", _S), ("source_text", _S), ("source_code", _S)],
        *[("source_country", _S), ("target_entity", _S), ("target_text", _S), ("target_code", _S)],
        *[("target_country", _S), ("place", _S), ("lat", _F), ("lon", _F), ("geonames_id", _I)],
        *[("date", _S), ("date_text", _S), ("coder", _S)],
    ),
    "failures": _schema(("input", _S), ("reason", _S), ("partition", _S)),
    "signatures": _schema(
        *[("doc", _S), ("article_id", _S), ("published", _S), ("path", _S), ("line", _I)],
        ("minhash", pa.binary()),  # marsad.dedup's signature; null for a text too short to compare
    ),
}
# The tables every partition writes; a partition is done when all exist (and its marker does).
PARTITION_TABLES = tuple(SCHEMAS)
STORIES_SCHEMA = _schema(("doc", _S), ("article_id", _S), ("story", _S), ("copies", _I))

Row = dict[str, Any]


def _geo(geo: Geo | None) -> Row:
    """The place columns of a geocoded place (all None without one)."""
    if geo is None:
        return {"place": None, "lat": None, "lon": None, "geonames_id": None}
    return {"place": geo.name, "lat": geo.lat, "lon": geo.lon, "geonames_id": geo.geonames_id}


def _actor(role: str, actor: Actor | None) -> Row:
    """An event actor's columns, prefixed source_ or target_."""
    fields = ("entity", "text", "code", "country")
    return {f"{role}_{f}": getattr(actor, f) if actor else None for f in fields}


def article_rows(doc: str, article: Article) -> dict[str, list[Row]]:
    """The rows one analyzed article adds to articles, entities, quotes and events."""
    text, aid, source = article.text, article.id, article.source
    row: Row = {
        "doc": doc,
        "id": aid,
        "path": source.path if source else None,
        "line": source.line if source else None,
        "url": source.url if source else None,
        "outlet": source.outlet if source else None,
        "source_id": source.id if source else None,
        "title": article.title,
        "published": article.published,
        "language": article.language,
        "text": text,
        "chars": len(text),
        "words": len(text.split()),  # whitespace words, as bench/throughput.py counts them
        "sentences": len(article.sentences),
        "tokens": len(article.tokens),
        "entities": len(article.entities),
        "quotes": len(article.quotes),
        "events": len(article.events),
        "outlets": list(article.outlets),
        "warnings": list(article.warnings),
    }
    entities = [
        {
            "doc": doc,
            "article_id": aid,
            "entity": e.id,
            "label": e.label,
            "name": e.name,
            "mentions": len(e.mentions),
            "start": e.mentions[0].start if e.mentions else None,
            "end": e.mentions[0].end if e.mentions else None,
            "roles": list(e.roles),
            "country": e.country,
            "actor_code": e.actor_code,
            **_geo(e.geo),
            "place_country": e.geo.country if e.geo else None,
            "source": e.source,
        }
        for e in article.entities
    ]
    quotes = [
        {
            "doc": doc,
            "article_id": aid,
            "quote": n,
            "kind": q.kind,
            "text": text[q.span.start : q.span.end],
            "start": q.span.start,
            "end": q.span.end,
            "speaker": q.speaker,
            "speaker_text": q.speaker_text,
            "verb": q.verb,
            "via": q.via,
            "via_text": q.via_text,
            "source": q.source,
        }
        for n, q in enumerate(article.quotes)
    ]
    events = [
        {
            "doc": doc,
            "article_id": aid,
            "event": n,
            "cameo": ev.cameo,
            "plover": ev.plover,
            "quad_class": ev.quad_class,
            "goldstein": ev.goldstein,
            "sentence": ev.sentence,
            "trigger": text[ev.trigger.start : ev.trigger.end],
            "start": ev.trigger.start,
            "end": ev.trigger.end,
            **_actor("source", ev.source_actor),
            **_actor("target", ev.target_actor),
            **_geo(ev.place),
            "date": ev.date,
            "date_text": ev.date_text,
            "coder": ev.source,
        }
        for n, ev in enumerate(article.events)
    ]
    return {"articles": [row], "entities": entities, "quotes": quotes, "events": events}


def write_atomic(table: pa.Table, path: Path) -> None:
    """Write a Parquet file under a temporary name and rename it, so a file that exists is complete."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, path)


def write_rows(out: Path, name: str, key: str, rows: Sequence[Row]) -> None:
    """Write one partition's rows of one table to out/<name>/part-<key>.parquet."""
    table = pa.Table.from_pylist(list(rows), schema=SCHEMAS[name])
    write_atomic(table, out / name / f"part-{key}.parquet")
