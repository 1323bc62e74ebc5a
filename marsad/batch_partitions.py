"""How a batch run splits its inputs into partitions (Dask tasks) and how a worker reads one.

A JSON Lines file becomes ranges of lines, found by byte offset on the driver so that a worker seeks to
its range and reads only that; any other file is one partition, read whole by `marsad.ingest.read`.
A partition's key is stable across runs over the same file and partition size, so a rerun finds the
partitions it already wrote.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from marsad.article import Article
from marsad.errors import InputError
from marsad.ingest import READERS, files_in, jsonl, read
from marsad.ingest.decode import FORMATS_HINT, decode
from marsad.ingest.records import Rejected

# Articles per JSONL partition: large enough that task overhead (~1 ms) and the Parquet write are noise
# beside ~20 s of analysis, small enough that two workers get a dozen tasks from a few thousand articles.
PARTITION_SIZE = 500


@dataclass(frozen=True, slots=True)
class Partition:
    """One task's share of the input: a whole file, or lines [first_line, ...) at bytes [start, end)."""

    key: str
    path: str
    start: int = 0
    end: int | None = None  # None: the whole file, read by marsad.ingest.read
    first_line: int = 1


def _key(file: Path, first_line: int, last_line: int | None = None) -> str:
    """A partition key that is the same on every run over the same file and partition size."""
    stem = re.sub(r"[^A-Za-z0-9_.]+", "_", file.stem)[:40] or "input"
    digest = hashlib.sha1(str(file.resolve()).encode()).hexdigest()[:8]
    lines = f"-{first_line:07d}-{last_line:07d}" if last_line is not None else ""
    return f"{stem}-{digest}{lines}"


def _files(name: str) -> list[Path]:
    """The readable files an input names (a folder recursively, as marsad.ingest.read does)."""
    where = Path(name)
    if where.is_dir():
        files = files_in(where)
        if not files:
            raise InputError(name, f"is a folder with no readable files: {FORMATS_HINT}")
        return files
    if not where.is_file():
        raise InputError(name, "does not exist: check the path")
    return [where]


def _line_ranges(file: Path, size: int) -> Iterator[Partition]:
    """Partitions of `size` lines of a JSON Lines file, by byte offset."""
    start = offset = count = 0
    first = 1
    with file.open("rb") as fh:
        for raw in fh:
            offset += len(raw)
            count += 1
            if count == size:
                yield Partition(_key(file, first, first + count - 1), str(file), start, offset, first)
                start, first, count = offset, first + count, 0
    if count:
        yield Partition(_key(file, first, first + count - 1), str(file), start, offset, first)


def partitions(inputs: Iterable[str], size: int = PARTITION_SIZE) -> list[Partition]:
    """The partitions of the inputs: JSON Lines files in ranges of `size` lines, other files whole."""
    parts: list[Partition] = []
    for name in inputs:
        for file in _files(name):
            if READERS.get(file.suffix.lower()) is jsonl.read_lines:
                parts.extend(_line_ranges(file, size))
            else:
                parts.append(Partition(_key(file, 1), str(file)))
    return parts


def read_partition(
    part: Partition, max_chars: int, on_error: Callable[[InputError], None]
) -> Iterator[Article]:
    """The raw articles of a partition; bad records go to on_error."""
    if part.end is None:
        yield from read(part.path, on_error=on_error, max_chars=max_chars)
        return
    with open(part.path, "rb") as fh:
        fh.seek(part.start)
        data = fh.read(part.end - part.start)
    # Each line is decoded on its own, so one undecodable line is reported with its number and the
    # others are still read; it is left blank, which the reader skips, so line numbers stay right.
    lines: list[str] = []
    for number, raw in enumerate(data.split(b"\n"), start=part.first_line):
        if not raw.strip():
            lines.append("")
            continue
        try:
            lines.append(decode(raw, f"{part.path}:{number}"))
        except InputError as exc:
            on_error(InputError(exc.input_name, f"line {number} {exc.problem}; the other lines were read"))
            lines.append("")
    # Blank lines in front make the reader number lines (Source.line, messages) as in the whole file.
    text = "\n" * (part.first_line - 1) + "\n".join(lines)
    for record in jsonl.read_lines(text, part.path, part.path, max_chars):
        if isinstance(record, Rejected):
            on_error(record.error(keep_going=True))
        else:
            yield record
