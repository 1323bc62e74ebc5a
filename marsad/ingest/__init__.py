"""Reading inputs into raw Articles: one module per format, one entry point, `read()`.

A raw Article has its text (paragraph breaks recovered as blank lines), title, published date
(ISO 8601) and Source, nothing else: cleaning, ids and analysis happen later, in the pipeline.

    read(path)  ->  _inputs: "-", a folder (recursive, sorted) or a file
                ->  decode.decode: bytes to text (BOM, UTF-8, Windows-1256, charset-normalizer)
                ->  READERS[extension] (or sniff.sniff): text.py, jsonl.py, table.py, html.py, feeds.py
                ->  Article, or a Rejected record turned into InputError

Whole-input problems and per-record problems are InputErrors; with on_error=None they are raised,
otherwise each is passed to on_error and reading goes on with the next record or input.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from marsad.article import Article
from marsad.errors import InputError
from marsad.ingest import feeds, html, jsonl, table, text
from marsad.ingest.decode import FORMATS_HINT, decode
from marsad.ingest.records import Rejected
from marsad.ingest.sniff import sniff

__all__ = ["READERS", "read"]

Reader = Callable[[str, str, str | None, int], Iterator[Article | Rejected]]

# Extension (lowercase) to reader: a reader takes (text, input name, Source.path, max_chars).
READERS: dict[str, Reader] = {
    ".txt": text.read,
    ".jsonl": jsonl.read_lines,
    ".ndjson": jsonl.read_lines,
    ".json": jsonl.read_json,
    ".csv": table.read,
    ".html": html.read,
    ".htm": html.read,
    ".xml": feeds.read,
    ".rss": feeds.read,
    ".atom": feeds.read,
}
STDIN = "<stdin>"


@dataclass(frozen=True, slots=True)
class _Input:
    """One input to read: its name in messages, its Source.path, how to get its bytes, its extension."""

    name: str
    path: str | None
    load: Callable[[], bytes]
    extension: str | None  # None: sniff the format from the text


def read(
    path: str | Path, *, on_error: Callable[[InputError], None] | None = None, max_chars: int = 1_000_000
) -> Iterator[Article]:
    """Raw articles from a file, a folder (recursively) or "-" (standard input), in a stable order."""
    for item in _inputs(path):
        if isinstance(item, InputError):
            _report(item, on_error)
        else:
            yield from _read_input(item, on_error, max_chars)


def _report(error: InputError, on_error: Callable[[InputError], None] | None) -> None:
    """Raise the error, or hand it to on_error."""
    if on_error is None:
        raise error
    on_error(error)


def _read_input(
    item: _Input, on_error: Callable[[InputError], None] | None, max_chars: int
) -> Iterator[Article]:
    """The articles of one input; its errors reported, a whole-input error ending it."""
    records = _records(item, max_chars)
    while True:
        try:
            record = next(records)
        except StopIteration:
            return
        except InputError as error:
            _report(error, on_error)
            return
        if isinstance(record, Rejected):
            _report(record.error(keep_going=on_error is not None), on_error)
        else:
            yield record


def _records(item: _Input, max_chars: int) -> Iterator[Article | Rejected]:
    """Load, decode and parse one input; raises InputError when the whole input is unusable."""
    try:
        data = item.load()
    except OSError as exc:
        raise InputError(
            item.name, f"cannot be read ({exc.strerror or exc}): check its permissions"
        ) from None
    content = decode(data, item.name)
    reader = READERS[item.extension or sniff(content)]
    yield from reader(content, item.name, item.path, max_chars)


def _stdin() -> bytes:
    """All of standard input, as bytes."""
    return sys.stdin.buffer.read()


def files_in(folder: Path) -> list[Path]:
    """The readable files under a folder, recursively and sorted (what reading the folder reads)."""
    return sorted(
        file
        for file in folder.rglob("*")
        # Hidden files and folders (.git, .DS_Store) are tool state, not articles.
        if file.suffix.lower() in READERS
        and not any(part.startswith(".") for part in file.relative_to(folder).parts)
        and file.is_file()
    )


def _inputs(path: str | Path) -> Iterator[_Input | InputError]:
    """The inputs a path names, or the InputError saying why it names none."""
    name = str(path)
    if name == "-":
        yield _Input(STDIN, None, _stdin, None)
        return
    where = Path(path)
    if where.is_dir():
        files = files_in(where)
        if not files:
            yield InputError(name, f"is a folder with no readable files: {FORMATS_HINT}")
        for file in files:
            yield _Input(str(file), str(file), file.read_bytes, file.suffix.lower())
    elif where.exists():
        extension = where.suffix.lower()
        if extension and extension not in READERS:
            yield InputError(name, f"has an unknown extension {where.suffix!r}: {FORMATS_HINT}")
        else:
            yield _Input(name, name, where.read_bytes, extension or None)
    else:
        yield InputError(name, "does not exist: check the path")
