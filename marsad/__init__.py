"""marsad: an offline, Arabic-native news observatory.

>>> import marsad
>>> article = marsad.analyze("قال وزير الخارجية إن ...", title="...")
>>> article.to_json()["sentences"]
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from marsad.article import Article, Entity, Event, Quote, Source, Span, Token
from marsad.errors import InputError, MarsadError, NotFound, StageError, StoreError

if TYPE_CHECKING:
    from marsad.store import Store

__all__ = [
    "Article",
    "Entity",
    "Event",
    "InputError",
    "MarsadError",
    "NotFound",
    "Quote",
    "Source",
    "Span",
    "StageError",
    "StoreError",
    "Token",
    "analyze",
    "open_store",
    "read",
]
__version__ = "0.1.0"


def analyze(text: str, *, title: str | None = None, published: str | None = None) -> Article:
    """Run the whole pipeline over one article's text."""
    from marsad.pipeline import run

    return run(Article(text=text, title=title, published=published))


def read(path: str | Path) -> Iterator[Article]:
    """Read unanalyzed articles from a file, a folder or "-" (any supported format)."""
    from marsad.ingest import read as read_path

    return read_path(path)


def open_store(path: str | Path) -> Store:
    """Open (creating if needed) the embedded SQLite store at `path`."""
    from marsad.store import open_store as open_path

    return open_path(path)
