"""What the pages draw, as plain data for the Jinja2 templates (which escape every string they print).

Highlighted paragraphs (text pieces with an entity label), the actor network laid out on a circle,
an equirectangular map with a backdrop of dots from the shipped gazetteer (no tiles, no outline data
needed), and an events timeline. Numbers are computed here; the SVG markup lives in the templates.
"""

from __future__ import annotations

import csv
import gzip
import math
from functools import cache
from typing import Any, NamedTuple

LABELS = {"PER": "شخص", "ORG": "منظمة", "LOC": "مكان", "MISC": "أخرى"}
QUAD_CLASSES = {1: "تعاون لفظي", 2: "تعاون مادي", 3: "نزاع لفظي", 4: "نزاع مادي"}
MAP_WIDTH, MAP_HEIGHT = 720, 360


class Piece(NamedTuple):
    """A stretch of visible text; label and entity set when it is an entity mention."""

    text: str
    label: str | None = None
    entity: str | None = None  # the registry id, for the link to the entity page
    name: str | None = None


def paragraphs(doc: dict[str, Any], registry: dict[str, str]) -> list[list[Piece]]:
    """The article's paragraphs cut into pieces at entity mentions (overlapping mentions: first wins)."""
    text: str = doc["text"]
    marks = sorted(
        (m["start"], m["end"], e["label"], registry.get(e["id"]), e["name"])
        for e in doc["entities"]
        for m in e["mentions"]
    )
    spans = doc["paragraphs"] or [{"start": 0, "end": len(text)}]
    result = []
    for para in spans:
        pos, pieces = para["start"], []
        for start, end, label, entity, name in marks:
            if start < pos or start >= para["end"] or end > para["end"]:
                continue
            if start > pos:
                pieces.append(Piece(text[pos:start]))
            pieces.append(Piece(text[start:end], label, entity, name))
            pos = end
        if pos < para["end"]:
            pieces.append(Piece(text[pos : para["end"]]))
        result.append(pieces)
    return result


def safe_url(url: str | None) -> str | None:
    """The url when it is http(s); None for anything a link must not point at (javascript:, data:)."""
    if url and url.lower().startswith(("http://", "https://")):
        return url
    return None


def network(data: dict[str, Any], size: int = 360) -> dict[str, Any]:
    """The actor network laid out: the entity in the middle, the others on a circle, edges between."""
    nodes = data["nodes"]
    center, radius = size / 2, size / 2 - 60
    others = nodes[1:]
    placed = {nodes[0]["id"]: {**nodes[0], "x": center, "y": center, "main": True}} if nodes else {}
    for i, node in enumerate(others):
        angle = 2 * math.pi * i / max(len(others), 1) - math.pi / 2
        x, y = center + radius * math.cos(angle), center + radius * math.sin(angle)
        placed[node["id"]] = {**node, "x": round(x, 1), "y": round(y, 1), "main": False}
    edges = []
    for edge in data["edges"]:
        a, b = placed.get(edge["source"]), placed.get(edge["target"])
        if a is None or b is None or a is b:
            continue
        # Stop the line short of the target's circle so the arrowhead shows.
        dx, dy = b["x"] - a["x"], b["y"] - a["y"]
        length = math.hypot(dx, dy) or 1
        shorten = 14 / length
        edges.append(
            {
                **edge,
                "x1": a["x"],
                "y1": a["y"],
                "x2": round(b["x"] - dx * shorten, 1),
                "y2": round(b["y"] - dy * shorten, 1),
                "width": min(1 + edge["count"], 6),
            }
        )
    return {"size": size, "nodes": list(placed.values()), "edges": edges}


def project(lat: float, lon: float) -> tuple[float, float]:
    """Equirectangular projection onto the map's pixels."""
    return round((lon + 180) / 360 * MAP_WIDTH, 1), round((90 - lat) / 180 * MAP_HEIGHT, 1)


def map_points(places: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The places with their map coordinates."""
    return [{**p, "x": project(p["lat"], p["lon"])[0], "y": project(p["lat"], p["lon"])[1]} for p in places]


@cache
def world_path() -> str:
    """An SVG path of one small square per 1° cell holding a gazetteer place: a dotted world backdrop."""
    from marsad.place_names import PLACES_FILE

    cells: set[tuple[int, int]] = set()
    if PLACES_FILE.exists():
        with gzip.open(PLACES_FILE, "rt", encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                try:
                    cells.add((round(float(row["lat"])), round(float(row["lon"]))))
                except (KeyError, ValueError):
                    continue
    parts = []
    for lat, lon in sorted(cells):
        x, y = project(lat, lon)
        parts.append(f"M{x - 0.8:.1f} {y - 0.8:.1f}h1.6v1.6h-1.6z")
    return "".join(parts)


def graticule() -> list[dict[str, float]]:
    """Lines every 30° of latitude and longitude."""
    lines = []
    for lon in range(-180, 181, 30):
        x, _ = project(0, lon)
        lines.append({"x1": x, "y1": 0, "x2": x, "y2": MAP_HEIGHT})
    for lat in range(-90, 91, 30):
        _, y = project(lat, 0)
        lines.append({"x1": 0, "y1": y, "x2": MAP_WIDTH, "y2": y})
    return lines


def timeline(events: list[dict[str, Any]], width: int = 720) -> dict[str, Any]:
    """Events placed on a date axis (undated ones left out), with the first and last dates as ticks."""
    dated = sorted((e for e in events if e.get("date")), key=lambda e: e["date"])
    if not dated:
        return {"width": width, "points": [], "first": None, "last": None}
    days = [_ordinal(e["date"]) for e in dated]
    low, high = min(days), max(days)
    span = max(high - low, 1)
    points = []
    stacked: dict[int, int] = {}
    for event, day in zip(dated, days, strict=True):
        x = 20 + (width - 40) * (day - low) / span
        level = stacked[day] = stacked.get(day, -1) + 1
        points.append({**event, "x": round(x, 1), "y": 40 - 10 * min(level, 3)})
    return {"width": width, "points": points, "first": dated[0]["date"], "last": dated[-1]["date"]}


def _ordinal(day: str) -> int:
    from datetime import date

    try:
        return date.fromisoformat(day[:10]).toordinal()
    except ValueError:
        return 0
