"""The embedded store: one SQLite file (WAL) of analyzed articles; the only module that writes SQL.

    open_store(path) -> Store: add / add_many (one transaction per batch, idempotent by article id),
    get, search (folded FTS5, see store_search), entities, entity, events, and ingest (raw articles
    -> analyzer -> store, with near-duplicates linked by dedup). The schema lives in store_schema,
    the flattened rows of an article in store_rows.
A batch is committed whole or not at all, so a killed ingest leaves every article stored exactly once
or not yet, and a rerun picks up where it stopped.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NamedTuple

from marsad.arabic import fold
from marsad.article import Article
from marsad.dedup import Deduper, signature
from marsad.errors import InputError, MarsadError, NotFound, StoreError
from marsad.store_rows import TABLES, article_rows, registry_key
from marsad.store_schema import migrate
from marsad.store_search import index_terms, match_query, snippet

__all__ = ["Added", "Analyzer", "IngestReport", "Store", "open_store"]

# What turns a raw article into an analyzed one: the default pipeline, or a test's partial pipeline.
# An analyzer with a `pipe(articles)` method (Pipeline has one) gets whole batches.
Analyzer = Callable[[Article], Article]

_SUMMARY = (
    "a.id, a.title, a.published, a.language, a.source_path, a.source_url, a.source_outlet, a.duplicate_of"
)


class Added(NamedTuple):
    """What add_many did with one article: stored, duplicate (stored, linked) or skipped (already stored)."""

    id: str
    status: str
    duplicate_of: str | None = None


@dataclass
class IngestReport:
    """Counts of one ingest run; `stored` includes the near-duplicates, which `duplicates` counts again."""

    stored: int = 0
    skipped: int = 0
    duplicates: int = 0
    failed: int = 0
    errors: list[MarsadError] = field(default_factory=list)

    def line(self) -> str:
        """The one-line summary the CLI prints."""
        return (
            f"stored {self.stored}, skipped {self.skipped} (already stored), "
            f"duplicates {self.duplicates}, failed {self.failed}"
        )


def default_analyzer() -> Analyzer:
    """The process-wide default pipeline."""
    from marsad.pipeline import default_pipeline

    return default_pipeline()


def open_store(path: str | Path) -> Store:
    """Open (creating and migrating when needed) the store in one SQLite file."""
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA busy_timeout = 10000")
        conn.execute("PRAGMA journal_mode = WAL")
        # NORMAL in WAL mode never corrupts and loses nothing on a process kill; only a power cut can
        # drop the last commits, which a rerun of the idempotent ingest restores.
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        migrate(conn)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: cannot be opened as a marsad store ({exc}): check the path") from exc
    return Store(conn, str(path))


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _source(row: sqlite3.Row) -> dict[str, Any]:
    return {k: row[f"source_{k}"] for k in ("path", "url", "outlet") if row[f"source_{k}"] is not None}


def _summary(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "id": row["id"],
        "title": row["title"],
        "published": row["published"],
        "language": row["language"],
        "source": _source(row),
        "duplicate_of": row["duplicate_of"],
    }


class Store:
    """An open store. Safe to share between threads: every call holds the store's lock."""

    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        self.conn = conn
        self.path = path
        self.lock = threading.RLock()
        self._deduper: Deduper | None = None

    def close(self) -> None:
        """Close the database file."""
        with self.lock:
            self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------------

    def has(self, article_id: str) -> bool:
        """Whether an article with this id is stored."""
        with self.lock:
            return (
                self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None
            )

    def add(self, article: Article) -> bool:
        """Store one analyzed article; False when it was already stored."""
        return self.add_many([article])[0].status != "skipped"

    def add_many(self, articles: Iterable[Article]) -> list[Added]:
        """Store analyzed articles in one transaction: all of them or, on any error, none."""
        batch = list(articles)
        for article in batch:
            if not article.id:
                raise StoreError("an article has no id: run it through the pipeline's normalize stage first")
        with self.lock:
            deduper = self._dedup()
            done: list[Added] = []
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                for article in batch:
                    done.append(self._insert(article, deduper))
                self.conn.execute("COMMIT")
            except BaseException as exc:
                self.conn.execute("ROLLBACK")
                self._deduper = None  # it saw signatures that were rolled back: rebuild from the table
                if isinstance(exc, sqlite3.Error):
                    problem = f"storing a batch failed, nothing of it was kept: {exc}"
                    raise StoreError(f"{self.path}: {problem}") from exc
                raise
            return done

    def _dedup(self) -> Deduper:
        if self._deduper is None:
            rows = self.conn.execute("SELECT article_id, signature FROM minhashes ORDER BY rowid")
            self._deduper = Deduper((r[0], r[1]) for r in rows)
        return self._deduper

    def _insert(self, article: Article, deduper: Deduper) -> Added:
        if self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article.id,)).fetchone():
            return Added(article.id, "skipped")
        blob = signature(f"{article.title or ''}\n{article.text}")
        duplicate_of = deduper.first_copy(blob)
        doc = article.to_json()
        source = doc["source"] or {}
        cur = self.conn.execute(
            "INSERT INTO articles (id, title, published, language, source_path, source_url, source_outlet,"
            " source_id, text, json, duplicate_of, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                article.id,
                article.title,
                article.published,
                doc["language"],
                source.get("path"),
                source.get("url"),
                source.get("outlet"),
                source.get("id"),
                article.text,
                json.dumps(doc, ensure_ascii=False),
                duplicate_of,
                datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            ),
        )
        stems, words = index_terms(article)
        self.conn.execute(
            "INSERT INTO articles_fts (rowid, stems, words) VALUES (?,?,?)", (cur.lastrowid, stems, words)
        )
        self.conn.execute("INSERT INTO minhashes (article_id, signature) VALUES (?,?)", (article.id, blob))
        rows = article_rows(article)
        for key, label, name, folded, country, actor_code in rows.registry:
            self.conn.execute(
                "INSERT INTO registry (id, key, label, name, folded, country, actor_code, articles)"
                " VALUES (?,?,?,?,?,?,?,1) ON CONFLICT(key) DO UPDATE SET articles = articles + 1,"
                " actor_code = COALESCE(registry.actor_code, excluded.actor_code)",
                (registry_key(key), key, label, name, folded, country, actor_code),
            )
        for table, values in rows.tables.items():
            if values:
                marks = ",".join("?" * len(values[0]))
                self.conn.executemany(f"INSERT OR IGNORE INTO {table} VALUES ({marks})", values)
        deduper.add(article.id, blob)
        return Added(article.id, "duplicate" if duplicate_of else "stored", duplicate_of)

    def ingest(
        self,
        raw: Iterable[Article],
        analyzer: Analyzer | None = None,
        *,
        batch_size: int = 64,
        on_error: Callable[[MarsadError], None] | None = None,
        progress: Callable[[int], None] | None = None,
    ) -> IngestReport:
        """Normalize, skip what is stored, analyze and store raw articles, one transaction per batch."""
        from marsad.stages.normalize import normalize

        analyze = analyzer or default_analyzer()
        report = IngestReport()

        def failed(error: MarsadError) -> None:
            report.failed += 1
            report.errors.append(error)
            if on_error:
                on_error(error)

        batch: list[Article] = []
        seen: set[str] = set()
        for article in itertools.chain(raw, [None]):
            if article is not None:
                article = normalize(article)
                if article.id in seen or self.has(article.id):
                    report.skipped += 1
                else:
                    seen.add(article.id)
                    batch.append(article)
            if batch and (article is None or len(batch) >= batch_size):
                analyzed = _analyze(analyze, batch, failed)
                for added in self.add_many(analyzed):
                    report.stored += added.status != "skipped"
                    report.duplicates += added.status == "duplicate"
                    report.skipped += added.status == "skipped"
                if progress:
                    progress(len(batch))
                batch = []
        return report

    # -- reading ---------------------------------------------------------------------------------

    def get(self, article_id: str) -> dict[str, Any]:
        """The contract JSON of a stored article."""
        result: dict[str, Any] = json.loads(self.get_text(article_id))
        return result

    def get_text(self, article_id: str) -> str:
        """The contract JSON of a stored article as stored, a string (the API sends it unparsed)."""
        with self.lock:
            row = self.conn.execute("SELECT json FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise NotFound(f"no article with id {article_id!r}: search for it with `marsad search`")
        return str(row[0])

    def article_meta(self, article_id: str) -> dict[str, Any]:
        """A stored article's summary, duplicate link and its entity ids mapped to registry ids."""
        with self.lock:
            row = self.conn.execute(
                f"SELECT {_SUMMARY} FROM articles a WHERE a.id = ?", (article_id,)
            ).fetchone()
            if row is None:
                raise NotFound(f"no article with id {article_id!r}: search for it with `marsad search`")
            registry = self.conn.execute(
                "SELECT entity_id, registry_id FROM entities WHERE article_id = ?", (article_id,)
            ).fetchall()
            copies = self.conn.execute(
                "SELECT id FROM articles WHERE duplicate_of = ?", (article_id,)
            ).fetchall()
        return {**_summary(row), "registry": dict(registry), "duplicates": [c[0] for c in copies]}

    def count(self) -> int:
        """How many articles are stored."""
        with self.lock:
            return int(self.conn.execute("SELECT count(*) FROM articles").fetchone()[0])

    def search(self, query: str = "", limit: int = 20, offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
        """(total, one page of article summaries with a snippet) for a folded query; all when empty."""
        match, terms = match_query(query) if query.strip() else ("", [])
        with self.lock:
            if not query.strip():
                total = self.count()
                rows = self.conn.execute(
                    f"SELECT {_SUMMARY}, a.text FROM articles a ORDER BY a.published DESC, a.rowid DESC"
                    " LIMIT ? OFFSET ?",
                    (limit, offset),
                ).fetchall()
            elif not match:
                return 0, []
            else:
                total = self.conn.execute(
                    "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", (match,)
                ).fetchone()[0]
                rows = self.conn.execute(
                    f"SELECT {_SUMMARY}, a.text FROM articles_fts f JOIN articles a ON a.rowid = f.rowid"
                    " WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts), a.rowid LIMIT ? OFFSET ?",
                    (match, limit, offset),
                ).fetchall()
        return total, [{**_summary(r), "snippet": snippet(r["text"], (), terms)} for r in rows]

    def entities(
        self,
        q: str | None = None,
        label: str | None = None,
        country: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> tuple[int, list[dict[str, Any]]]:
        """(total, one page of registry entities), most-mentioned first; q matches the folded name."""
        where, args = ["1"], []
        if q:
            where.append("folded LIKE ? ESCAPE '\\'")
            args.append(_like(" ".join(fold(q).split())))
        if label:
            where.append("label = ?")
            args.append(label.upper())
        if country:
            where.append("country = ?")
            args.append(country.upper())
        sql = " AND ".join(where)
        with self.lock:
            total = self.conn.execute(f"SELECT count(*) FROM registry WHERE {sql}", args).fetchone()[0]
            rows = self.conn.execute(
                f"SELECT id, label, name, country, actor_code, articles FROM registry WHERE {sql}"
                " ORDER BY articles DESC, name LIMIT ? OFFSET ?",
                [*args, limit, offset],
            ).fetchall()
        return total, [dict(r) for r in rows]

    def entity(self, registry_id: str) -> dict[str, Any]:
        """A registry entity with its articles, roles, quotes, events, places and actor network."""
        from marsad.store_views import entity_view

        with self.lock:
            return entity_view(self.conn, registry_id)

    def events(
        self,
        actor: str | None = None,
        country: str | None = None,
        cameo: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> tuple[int, list[dict[str, Any]]]:
        """(total, one page of events): actor is a CAMEO code prefix or a registry id, dates are ISO."""
        from marsad.store_views import events_view

        with self.lock:
            return events_view(self.conn, actor, country, cameo, date_from, date_to, limit, offset)

    # -- export ----------------------------------------------------------------------------------

    def documents(self) -> Iterator[dict[str, Any]]:
        """Every stored article's contract JSON, in ingest order."""
        with self.lock:
            rows = self.conn.execute("SELECT json FROM articles ORDER BY rowid").fetchall()
        for row in rows:
            yield json.loads(row[0])

    def table(self, name: str) -> tuple[list[str], list[tuple[Any, ...]]]:
        """The column names and rows of one exportable table (articles without its JSON column)."""
        if name not in TABLES:
            raise InputError(name, f"is not an exportable table: use one of {', '.join(TABLES)}")
        with self.lock:
            cur = self.conn.execute(f"SELECT * FROM {name} ORDER BY rowid")
            columns = [d[0] for d in cur.description]
            rows = cur.fetchall()
        keep = [i for i, c in enumerate(columns) if c not in ("json", "rowid")]
        return [columns[i] for i in keep], [tuple(r[i] for i in keep) for r in rows]

    def gdelt_events(self) -> list[dict[str, Any]]:
        """Every event with its article's date, source and ingest time and its actors' names."""
        with self.lock:
            rows = self.conn.execute(
                "SELECT e.*, a.published, a.ingested_at, a.source_url, a.source_path,"
                " rs.name AS source_name, rt.name AS target_name FROM events e"
                " JOIN articles a ON a.id = e.article_id"
                " LEFT JOIN registry rs ON rs.id = e.source_registry_id"
                " LEFT JOIN registry rt ON rt.id = e.target_registry_id ORDER BY e.rowid"
            ).fetchall()
        return [dict(r) for r in rows]

    def integrity_check(self) -> str:
        """SQLite's integrity_check verdict ("ok" when sound)."""
        with self.lock:
            return str(self.conn.execute("PRAGMA integrity_check").fetchone()[0])


def _analyze(analyze: Analyzer, batch: list[Article], failed: Callable[[MarsadError], None]) -> list[Article]:
    """Analyze a batch with the analyzer's pipe when it has one; on a failure, article by article."""
    pipe = getattr(analyze, "pipe", None)
    if pipe is not None:
        try:
            return list(pipe(batch))
        except MarsadError:
            pass  # find the article that fails, and keep the others
    done = []
    for article in batch:
        try:
            done.append(analyze(article))
        except MarsadError as error:
            failed(error)
    return done
