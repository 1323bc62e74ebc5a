"""Plain text files (.txt): a first line that reads as a headline is the title, the rest is the body.

A headline is short and has no closing full stop. A first line that ends with one, or runs past
HEADLINE_WORDS words, is the lede paragraph (بغداد - أعلنت الوزارة ... الموصل.) and stays in the body,
where every stage reads it. A file of a single line is all body (no title): a headline alone is not an
article, and a one-line paste on standard input is more likely a body than a title.
"""

from __future__ import annotations

from collections.abc import Iterator

from marsad.article import Article, Source
from marsad.errors import InputError
from marsad.ingest.paragraphs import recover
from marsad.ingest.records import Rejected, text_problem

HEADLINE_WORDS = 25
FULL_STOPS = (".", "۔")  # full stop, Arabic full stop


def is_headline(line: str) -> bool:
    """Whether a file's first line reads as a headline rather than a paragraph."""
    line = line.strip()
    stop = line.endswith(FULL_STOPS) and not line.endswith("..")  # a trailing ellipsis is no full stop
    return len(line.split()) <= HEADLINE_WORDS and not stop


def read(text: str, name: str, path: str | None, max_chars: int) -> Iterator[Article | Rejected]:
    """One article from a text file's content."""
    title, *lines = text.strip().splitlines()
    body = recover("\n".join(lines))
    if not body or not is_headline(title):
        title, body = "", recover(text.strip())
    problem = text_problem(body, max_chars)
    if problem is not None:
        raise InputError(name, problem)
    yield Article(text=body, title=title.strip() or None, source=Source(path=path))
