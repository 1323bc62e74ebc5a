"""Export a store: jsonl (contract JSON per article), csv and parquet (one table), gdelt (event rows).

The gdelt format writes GDELT 2.0's 61 event columns in GDELT's order, with a header line, so tools
that read GDELT event files by position read it too. Columns marsad has no value for stay empty
(Actor1KnownGroupCode, the religion/ethnic/type codes, AvgTone, the actor geographies, ADM codes).
Two deliberate differences: country codes are ISO 3166-1 alpha-3 (GDELT's actor country codes are
CAMEO, mostly the same letters; its geo country codes are FIPS 10-4), and ActionGeo_FeatureID is
the GeoNames id.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import IO, Any

from marsad.errors import InputError
from marsad.store import Store

FORMATS = ("jsonl", "csv", "gdelt", "parquet")

_ACTOR = "Code Name CountryCode KnownGroupCode EthnicCode Religion1Code Religion2Code Type1Code Type2Code"
_ACTOR += " Type3Code"
_GEO = "Type FullName CountryCode ADM1Code ADM2Code Lat Long FeatureID"
GDELT_COLUMNS: tuple[str, ...] = tuple(
    ["GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"]
    + [f"Actor1{c}" for c in _ACTOR.split()]
    + [f"Actor2{c}" for c in _ACTOR.split()]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale"]
    + ["NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + [f"{who}_{c}" for who in ("Actor1Geo", "Actor2Geo", "ActionGeo") for c in _GEO.split()]
    + ["DATEADDED", "SOURCEURL"]
)


def export(store: Store, fmt: str, out: str | Path | IO[str], table: str = "articles") -> int:
    """Write the store in a format to a path (or, except parquet, an open text file); the row count."""
    if fmt not in FORMATS:
        raise InputError(fmt, f"is not an export format: use one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        if not isinstance(out, str | Path):
            raise InputError("parquet", "is written to a file: give --out PATH")
        return _parquet(store, table, Path(out))
    if isinstance(out, str | Path):
        with open(out, "w", encoding="utf-8", newline="") as f:
            return export(store, fmt, f, table)
    if fmt == "jsonl":
        count = 0
        for doc in store.documents():
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
            count += 1
        return count
    if fmt == "csv":
        columns, rows = store.table(table)
        writer = csv.writer(out)
        writer.writerow(columns)
        writer.writerows(rows)
        return len(rows)
    writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(GDELT_COLUMNS)
    count = 0
    for row in gdelt_rows(store):
        writer.writerow(row)
        count += 1
    return count


def _parquet(store: Store, table: str, path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns, rows = store.table(table)
    data = {name: [row[i] for row in rows] for i, name in enumerate(columns)}
    pq.write_table(pa.table(data), path)
    return len(rows)


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _geo_type(feature: str | None, lat: float | None) -> int | str:
    """GDELT geo type: 1 country, 5 world state (ADM1), 4 world city (also a governorate named by its seat,
    ADM2: GDELT has no second-level type); empty when there is no place."""
    if feature and feature.startswith("PCL"):
        return 1
    if feature and feature.startswith("ADM1"):
        return 5
    return 4 if lat is not None else ""


def _blank(value: Any) -> Any:
    return "" if value is None else value


def gdelt_rows(store: Store) -> Iterator[list[Any]]:
    """One GDELT 2.0 event row (GDELT_COLUMNS order) per stored event."""
    for ev in store.gdelt_events():
        day = _day(ev["date"]) or _day(ev["published"])
        added = (ev["ingested_at"] or "").replace("-", "").replace(":", "").replace("T", "").rstrip("Z")
        actors = []
        for side in ("source", "target"):
            name = ev[f"{side}_name"] or ev[f"{side}_text"]
            actors.append([ev[f"{side}_code"], name, ev[f"{side}_country"]] + [None] * 7)
        lat, lon = ev["place_lat"], ev["place_lon"]
        geo = [
            _geo_type(ev["place_feature"], lat),
            ev["place_name"],
            ev["place_country"],
            None,
            None,
            lat,
            lon,
        ]
        row: list[Any] = [
            ev["rowid"],
            day.strftime("%Y%m%d") if day else None,
            day.strftime("%Y%m") if day else None,
            day.year if day else None,
            f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}" if day else None,
            *actors[0],
            *actors[1],
            ev["is_root"],
            ev["cameo"],
            ev["base"],
            ev["root"],
            ev["quad_class"],
            ev["goldstein"],
            1,  # NumMentions, NumSources, NumArticles: one article, before cross-article event merging
            1,
            1,
            None,  # AvgTone: marsad measures no tone
            *[None] * 16,  # Actor1Geo_*, Actor2Geo_*
            *geo,
            ev["place_geonames_id"],
            added,
            ev["source_url"] or ev["source_path"],
        ]
        yield [_blank(v) for v in row]
