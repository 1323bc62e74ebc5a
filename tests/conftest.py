"""Shared test builders: articles built from substrings, paths to the shared data and the contract."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from marsad.article import Article, Entity, Span

REPO = Path(__file__).resolve().parents[1]
# $MARSAD_SHARED names the shared data directory (as in train/ and bench/); the contract sits beside it.
SHARED_DATA = Path(os.environ.get("MARSAD_SHARED") or REPO.parent / "shared" / "data")
SCHEMA_PATH = SHARED_DATA.parent / "contract" / "article.schema.json"


def find_span(text: str, needle: str, occurrence: int = 0) -> Span:
    """The span of the n-th occurrence of `needle` in `text`."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    return Span(start, start + len(needle))


def make_article(text: str, *, entities: dict[str, str] | None = None, **fields: Any) -> Article:
    """An Article over `text` with one entity per {surface: label} item, found by substring."""
    built = tuple(
        Entity(id=f"e{i}", label=label, name=surface, mentions=(find_span(text, surface),), source="test")
        for i, (surface, label) in enumerate((entities or {}).items())
    )
    return Article(text=text, entities=built, **fields)


@pytest.fixture(scope="session")
def contract() -> dict[str, Any]:
    """The JSON output contract; tests that need it skip when ../shared is absent."""
    if not SCHEMA_PATH.exists():
        pytest.skip(f"contract not found at {SCHEMA_PATH}")
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data; tests that need it skip when it is absent."""
    path = SHARED_DATA
    if not path.exists():
        pytest.skip(f"shared data not found at {path}")
    return path
