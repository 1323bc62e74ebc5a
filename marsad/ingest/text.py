"""Plain text files (.txt): the first non-empty line is the title, the rest is the body.

A file of a single line is all body (no title): a headline alone is not an article, and a one-line
paste on standard input is more likely a body than a title.
"""

from __future__ import annotations

from collections.abc import Iterator

from marsad.article import Article, Source
from marsad.errors import InputError
from marsad.ingest.paragraphs import recover
from marsad.ingest.records import Rejected, text_problem


def read(text: str, name: str, path: str | None, max_chars: int) -> Iterator[Article | Rejected]:
    """One article from a text file's content."""
    title, *lines = text.strip().splitlines()
    body = recover("\n".join(lines))
    if not body:
        title, body = "", recover(title)
    problem = text_problem(body, max_chars)
    if problem is not None:
        raise InputError(name, problem)
    yield Article(text=body, title=title.strip() or None, source=Source(path=path))
