"""SQL over a batch run's Parquet tables with DuckDB: one view per table, named like the table.

Views: articles (with `story`, the id of the story's first copy, and `copies`), entities, quotes, events
(with `story` and `day`: the event's date, else its story's first publication day), story_events (events
counted once per story, marsad.stories.STORY_EVENTS), failures, signatures, stories.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from marsad.batch_tables import SCHEMAS
from marsad.errors import InputError, MarsadError
from marsad.stories import STORY_EVENTS


def _files(data: Path, name: str) -> str | None:
    """A read_parquet() argument for a table's files, or None when it has none."""
    folder = data / name
    if not folder.is_dir() or not any(folder.glob("*.parquet")):
        return None
    pattern = str(folder / "*.parquet").replace("'", "''")
    return f"read_parquet('{pattern}')"


def connect(data: str | Path) -> Any:
    """An in-memory DuckDB connection with a view for each table under `data`."""
    import duckdb

    data = Path(data)
    sources = {name: _files(data, name) for name in (*SCHEMAS, "stories")}
    if sources["articles"] is None:
        raise InputError(str(data), "holds no articles table: write one with marsad batch INPUT --out DIR")
    con = duckdb.connect()
    for name, source in sources.items():
        if source is not None and name not in ("articles", "events"):
            con.execute(f"CREATE VIEW {name} AS SELECT * FROM {source}")
    if sources["stories"] is not None:
        story = "coalesce(s.story, a.id) AS story, coalesce(s.copies, 1) AS copies"
        con.execute(
            f"CREATE VIEW articles AS SELECT a.*, {story} "
            f"FROM {sources['articles']} a LEFT JOIN {sources['stories']} s ON a.doc = s.doc"
        )
    else:
        con.execute(f"CREATE VIEW articles AS SELECT *, id AS story, 1 AS copies FROM {sources['articles']}")
    if sources["events"] is not None:
        # An event without its own date takes its story's first publication day, so copies posted on
        # later days do not make it a new event.
        first_day = "SELECT story, min(left(published, 10)) AS day FROM articles GROUP BY story"
        con.execute(
            "CREATE VIEW events AS SELECT e.*, a.story, coalesce(e.date, d.day) AS day "
            f"FROM {sources['events']} e JOIN articles a ON e.doc = a.doc LEFT JOIN ({first_day}) d "
            "ON d.story = a.story"
        )
        mentions = "(SELECT story, cameo, source_code, target_code, day AS date, doc FROM events)"
        con.execute(f"CREATE VIEW story_events AS {STORY_EVENTS.format(events=mentions)}")
    return con


def query(sql: str, data: str | Path) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run one SQL statement over the tables under `data`: (column names, rows)."""
    import duckdb

    con = connect(data)
    try:
        result = con.sql(sql)
        if result is None:
            return [], []
        return list(result.columns), result.fetchall()
    except duckdb.Error as exc:
        first = str(exc).splitlines()[0]
        raise MarsadError(
            f"query failed: {first}; the views are articles, entities, quotes, events, "
            "story_events, failures, stories"
        ) from None
    finally:
        con.close()


def _cell(value: Any) -> str:
    """A value as table or CSV text (lists and structs as JSON)."""
    if value is None:
        return ""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def format_rows(columns: list[str], rows: list[tuple[Any, ...]], fmt: str) -> str:
    """Rows as an aligned text table, CSV or a JSON list of objects."""
    if fmt == "json":
        items = [dict(zip(columns, row, strict=True)) for row in rows]
        return json.dumps(items, ensure_ascii=False, default=str, indent=2) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([[_cell(v) for v in row] for row in rows])
        return buffer.getvalue()
    cells = [[_cell(v).replace("\n", " ") for v in row] for row in rows]
    widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(columns)]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)),
        "  ".join("-" * w for w in widths),
        *("  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)) for r in cells),
        f"({len(rows)} row{'s' if len(rows) != 1 else ''})",
    ]
    return "\n".join(line.rstrip() for line in lines) + "\n"
