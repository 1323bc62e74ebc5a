"""The store's schema as an ordered list of migrations; `PRAGMA user_version` records how many ran.

Tables are named for the stages that fill them (articles, entities, quotes, events, places), plus
`mentions` (an entity's spans), `registry` (one row per real-world entity across articles),
`minhashes` (near-duplicate signatures) and `articles_fts` (FTS5 over the folded title and text).
Append a migration to change the schema; never edit one that has shipped.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from marsad.errors import StoreError

V1 = """
CREATE TABLE articles (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    title TEXT,
    published TEXT,
    language TEXT,
    source_path TEXT,
    source_url TEXT,
    source_outlet TEXT,
    source_id TEXT,
    text TEXT NOT NULL,
    json TEXT NOT NULL,
    duplicate_of TEXT REFERENCES articles(id),
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of);

CREATE TABLE registry (
    id TEXT PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL,
    name TEXT NOT NULL,
    folded TEXT NOT NULL,
    country TEXT,
    actor_code TEXT,
    articles INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX registry_label ON registry(label, articles);

CREATE TABLE entities (
    article_id TEXT NOT NULL REFERENCES articles(id),
    entity_id TEXT NOT NULL,
    label TEXT NOT NULL,
    name TEXT NOT NULL,
    country TEXT,
    actor_code TEXT,
    roles TEXT NOT NULL,
    geo_name TEXT,
    geo_lat REAL,
    geo_lon REAL,
    geo_country TEXT,
    geo_geonames_id INTEGER,
    geo_feature TEXT,
    registry_id TEXT NOT NULL REFERENCES registry(id),
    source TEXT,
    PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX entities_registry ON entities(registry_id);

CREATE TABLE mentions (
    article_id TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (article_id, entity_id, start)
);

CREATE TABLE quotes (
    article_id TEXT NOT NULL REFERENCES articles(id),
    idx INTEGER NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    speaker TEXT,
    speaker_registry_id TEXT,
    speaker_text TEXT,
    verb TEXT,
    via TEXT,
    via_text TEXT,
    source TEXT,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX quotes_speaker ON quotes(speaker_registry_id);

CREATE TABLE events (
    rowid INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id),
    idx INTEGER NOT NULL,
    cameo TEXT NOT NULL,
    root TEXT NOT NULL,
    base TEXT NOT NULL,
    quad_class INTEGER NOT NULL,
    goldstein REAL,
    plover TEXT,
    source_code TEXT,
    source_country TEXT,
    source_text TEXT,
    source_entity TEXT,
    source_registry_id TEXT,
    target_code TEXT,
    target_country TEXT,
    target_text TEXT,
    target_entity TEXT,
    target_registry_id TEXT,
    place_name TEXT,
    place_lat REAL,
    place_lon REAL,
    place_country TEXT,
    place_geonames_id INTEGER,
    place_feature TEXT,
    date TEXT,
    date_text TEXT,
    sentence INTEGER NOT NULL,
    is_root INTEGER NOT NULL,
    trigger_start INTEGER,
    trigger_end INTEGER,
    trigger_text TEXT,
    coder TEXT,
    UNIQUE (article_id, idx)
);
CREATE INDEX events_cameo ON events(cameo);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_source ON events(source_registry_id);
CREATE INDEX events_target ON events(target_registry_id);

CREATE TABLE places (
    article_id TEXT NOT NULL REFERENCES articles(id),
    entity_id TEXT NOT NULL,
    registry_id TEXT NOT NULL,
    name TEXT,
    lat REAL NOT NULL,
    lon REAL NOT NULL,
    country TEXT,
    geonames_id INTEGER,
    feature TEXT,
    PRIMARY KEY (article_id, entity_id)
);

CREATE TABLE minhashes (
    article_id TEXT PRIMARY KEY REFERENCES articles(id),
    signature BLOB NOT NULL
);

-- Folded index terms, not the visible text: `stems` holds one folded clitic-stripped stem per token
-- and `words` the folded whole word, title first; rowid is articles.rowid.
CREATE VIRTUAL TABLE articles_fts USING fts5(stems, words, tokenize = 'unicode61');
"""

Migration = Callable[[sqlite3.Connection], None]


def _v1(conn: sqlite3.Connection) -> None:
    """The first schema."""
    for statement in V1.split(";\n"):
        if statement.strip():
            conn.execute(statement)


MIGRATIONS: tuple[Migration, ...] = (_v1,)


def migrate(conn: sqlite3.Connection) -> None:
    """Run the migrations this database has not seen, each in its own transaction."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > len(MIGRATIONS):
        raise StoreError(
            f"database schema version {version} is newer than this marsad ({len(MIGRATIONS)}): upgrade marsad"
        )
    for number, migration in enumerate(MIGRATIONS[version:], start=version + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            migration(conn)
            conn.execute(f"PRAGMA user_version = {number}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
