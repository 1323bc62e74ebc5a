"""JSON Lines (.jsonl, .ndjson: one object a line) and JSON (.json: one object or a list of objects).

Fields (first match wins): title; text, content or body; published, date or time; url; source or src
(the outlet); id or docno. A bad line or item is rejected on its own; the others are still read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from marsad.article import Article
from marsad.errors import InputError
from marsad.ingest.records import Rejected, from_fields

_KINDS = {str: "a string", int: "a number", float: "a number", bool: "true or false", list: "a list"}


def _kind(value: object) -> str:
    """How a JSON value is called in a message: "a string", "a list", "null"."""
    return "null" if value is None else _KINDS.get(type(value), type(value).__name__)


def _looks_like_lines(text: str) -> bool:
    """Whether text has several lines and each non-blank one starts an object, as JSON Lines do."""
    lines = [line.lstrip() for line in text.split("\n") if line.strip()]
    return len(lines) > 1 and all(line.startswith("{") for line in lines)


def read_lines(text: str, name: str, path: str | None, max_chars: int) -> Iterator[Article | Rejected]:
    """One article per non-blank line of a JSON Lines file."""
    # Split on "\n" only: str.splitlines would also split at U+2028 and friends, which JSON allows raw.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Rejected(where, f"line {number} is not valid JSON: {exc.msg} (col {exc.colno})", "line")
            continue
        except RecursionError:
            yield Rejected(where, f"line {number} is nested too deeply to read", "line")
            continue
        if not isinstance(value, dict):
            yield Rejected(where, f"line {number} is {_kind(value)}, not a JSON object", "line")
            continue
        built = from_fields(value, path=path, line=number, max_chars=max_chars)
        yield built if isinstance(built, Article) else Rejected(where, f"line {number} {built}", "line")


def read_json(text: str, name: str, path: str | None, max_chars: int) -> Iterator[Article | Rejected]:
    """One article from a JSON object, or one per object of a JSON list."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" or _looks_like_lines(text):
            # Several values, one after another: JSON Lines saved under a .json name (or piped in).
            yield from read_lines(text, name, path, max_chars)
            return
        raise InputError(
            name,
            f"is not valid JSON: {exc.msg} (line {exc.lineno}, col {exc.colno}); fix it, or name it .jsonl",
        ) from None
    except RecursionError:
        raise InputError(name, "is nested too deeply to read") from None
    if isinstance(value, dict):
        built = from_fields(value, path=path, line=None, max_chars=max_chars)
        if not isinstance(built, Article):
            raise InputError(name, built)
        yield built
        return
    if not isinstance(value, list):
        raise InputError(name, f"holds {_kind(value)}, not an object or a list of objects")
    if not value:
        raise InputError(name, "holds an empty list: give a list of article objects")
    for number, item in enumerate(value, start=1):
        if not isinstance(item, dict):
            yield Rejected(name, f"item {number} is {_kind(item)}, not an object", "item")
            continue
        built = from_fields(item, path=path, line=number, max_chars=max_chars)
        yield built if isinstance(built, Article) else Rejected(name, f"item {number} {built}", "item")
