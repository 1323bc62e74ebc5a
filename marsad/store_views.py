"""Read-side views over the store's tables: an entity with everything about it, and filtered events."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from typing import Any

from marsad.errors import NotFound

_EVENT = (
    "SELECT e.*, a.title AS article_title, a.published AS published,"
    " COALESCE(e.date, substr(a.published, 1, 10)) AS day,"
    " rs.name AS source_name, rt.name AS target_name FROM events e"
    " JOIN articles a ON a.id = e.article_id"
    " LEFT JOIN registry rs ON rs.id = e.source_registry_id"
    " LEFT JOIN registry rt ON rt.id = e.target_registry_id"
)


def _actor(row: sqlite3.Row, side: str) -> dict[str, Any] | None:
    values = {k: row[f"{side}_{k}"] for k in ("code", "country", "text", "entity", "registry_id", "name")}
    return values if any(values.values()) else None


def event_item(row: sqlite3.Row) -> dict[str, Any]:
    """One event row as the API's dict."""
    place = None
    if row["place_name"] is not None or row["place_lat"] is not None:
        place = {k: row[f"place_{k}"] for k in ("name", "lat", "lon", "country", "geonames_id", "feature")}
    return {
        "id": row["rowid"],
        "article_id": row["article_id"],
        "article_title": row["article_title"],
        "published": row["published"],
        "date": row["day"],
        "cameo": row["cameo"],
        "root": row["root"],
        "quad_class": row["quad_class"],
        "goldstein": row["goldstein"],
        "plover": row["plover"],
        "source": _actor(row, "source"),
        "target": _actor(row, "target"),
        "place": place,
        "sentence": row["sentence"],
        "trigger": row["trigger_text"],
    }


def events_view(
    conn: sqlite3.Connection,
    actor: str | None,
    country: str | None,
    cameo: str | None,
    date_from: str | None,
    date_to: str | None,
    limit: int,
    offset: int,
) -> tuple[int, list[dict[str, Any]]]:
    """(total, page) of events matching every filter given, oldest first."""
    where, args = ["1"], []
    if actor:
        where.append(
            "(e.source_code LIKE ? OR e.target_code LIKE ?"
            " OR e.source_registry_id = ? OR e.target_registry_id = ?)"
        )
        args += [actor.upper() + "%", actor.upper() + "%", actor, actor]
    if country:
        where.append("(e.source_country = ? OR e.target_country = ? OR e.place_country = ?)")
        args += [country.upper()] * 3
    if cameo:
        where.append("e.cameo LIKE ?")
        args.append(cameo + "%")
    day = "COALESCE(e.date, substr(a.published, 1, 10))"
    if date_from:
        where.append(f"{day} >= ?")
        args.append(date_from)
    if date_to:
        where.append(f"{day} <= ?")
        args.append(date_to)
    sql = " AND ".join(where)
    total = conn.execute(
        f"SELECT count(*) FROM events e JOIN articles a ON a.id = e.article_id WHERE {sql}", args
    ).fetchone()[0]
    rows = conn.execute(
        f"{_EVENT} WHERE {sql} ORDER BY day, e.rowid LIMIT ? OFFSET ?", [*args, limit, offset]
    )
    return total, [event_item(r) for r in rows]


def _network(entity: dict[str, Any], events: list[dict[str, Any]]) -> dict[str, Any]:
    """Who acts on whom among this entity's events: nodes and counted (source, target, cameo root) edges."""
    nodes: dict[str, dict[str, Any]] = {entity["id"]: {"id": entity["id"], "name": entity["name"]}}
    edges: Counter[tuple[str, str, str]] = Counter()

    def node(actor: dict[str, Any] | None) -> str:
        if actor is None:
            return ""
        key = actor["registry_id"] or f"actor:{actor['code'] or actor['text']}"
        name = actor["name"] or actor["text"] or actor["code"] or "?"
        nodes.setdefault(key, {"id": key, "name": name})
        return str(key)

    for ev in events:
        source, target = node(ev["source"]), node(ev["target"])
        if source and target:
            edges[(source, target, ev["root"])] += 1
    return {
        "nodes": list(nodes.values()),
        "edges": [
            {"source": s, "target": t, "root": r, "count": n} for (s, t, r), n in sorted(edges.items())
        ],
    }


def entity_view(conn: sqlite3.Connection, registry_id: str) -> dict[str, Any]:
    """A registry entity with its articles, roles, quotes, events, places and actor network."""
    row = conn.execute(
        "SELECT id, label, name, country, actor_code, articles FROM registry WHERE id = ?", (registry_id,)
    ).fetchone()
    if row is None:
        raise NotFound(f"no entity with id {registry_id!r}: list entities at /api/entities?q=NAME")
    entity = dict(row)
    entity["article_count"] = entity.pop("articles")
    entity["articles"] = [
        dict(r)
        for r in conn.execute(
            "SELECT DISTINCT a.id, a.title, a.published FROM entities n"
            " JOIN articles a ON a.id = n.article_id WHERE n.registry_id = ? ORDER BY a.published, a.rowid",
            (registry_id,),
        )
    ]
    roles: dict[str, None] = {}
    for (value,) in conn.execute("SELECT roles FROM entities WHERE registry_id = ?", (registry_id,)):
        roles.update(dict.fromkeys(json.loads(value)))
    entity["roles"] = list(roles)
    entity["quotes"] = [
        dict(r)
        for r in conn.execute(
            "SELECT q.article_id, a.title AS article_title, a.published, q.kind, q.text, q.verb,"
            " q.speaker_text, q.via_text FROM quotes q JOIN articles a ON a.id = q.article_id"
            " WHERE q.speaker_registry_id = ? ORDER BY a.published, a.rowid, q.idx",
            (registry_id,),
        )
    ]
    rows = conn.execute(
        f"{_EVENT} WHERE e.source_registry_id = ? OR e.target_registry_id = ? ORDER BY day, e.rowid",
        (registry_id, registry_id),
    )
    entity["events"] = [event_item(r) for r in rows]
    entity["places"] = _places(conn, registry_id, entity["events"])
    entity["network"] = _network(entity, entity["events"])
    return entity


def _places(conn: sqlite3.Connection, registry_id: str, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Where the entity is (its own geocode), where its events happened, and places named beside it."""
    found: dict[tuple[str, float, float], dict[str, Any]] = {}

    def add(name: str, lat: float, lon: float, country: str | None, kind: str) -> None:
        key = (name, round(lat, 3), round(lon, 3))
        place = found.setdefault(
            key, {"name": name, "lat": lat, "lon": lon, "country": country, "kind": kind}
        )
        place["count"] = place.get("count", 0) + 1

    for r in conn.execute("SELECT name, lat, lon, country FROM places WHERE registry_id = ?", (registry_id,)):
        add(r["name"], r["lat"], r["lon"], r["country"], "self")
    for ev in events:
        place = ev["place"]
        if place and place["lat"] is not None and place["lon"] is not None:
            add(place["name"] or "", place["lat"], place["lon"], place["country"], "event")
    for r in conn.execute(
        "SELECT p.name, p.lat, p.lon, p.country FROM places p WHERE p.registry_id != ? AND p.article_id IN"
        " (SELECT article_id FROM entities WHERE registry_id = ?)",
        (registry_id, registry_id),
    ):
        add(r["name"], r["lat"], r["lon"], r["country"], "article")
    return sorted(found.values(), key=lambda p: -p["count"])[:50]
