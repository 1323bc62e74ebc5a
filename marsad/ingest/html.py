"""Saved news pages (.html, .htm): main text, title and date with trafilatura, offline.

trafilatura drops navigation, footers and comments; its paragraphs (one a line) are joined with a
blank line. A page whose extraction holds no sentence-like paragraph has no article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import trafilatura

from marsad.article import Article, Source
from marsad.errors import InputError
from marsad.ingest.dates import iso_date
from marsad.ingest.paragraphs import split
from marsad.ingest.records import Rejected, text_problem

# On a page without an article, trafilatura's fallbacks still return menu or footer words
# ("الرئيسية سياسة", home politics). A real article has a paragraph of MIN_WORDS words, or a shorter
# one that ends like a sentence. Set by hand on the examples and menu-only pages in tests/test_ingest.py.
MIN_WORDS = 10
MIN_SENTENCE_WORDS = 3
_SENTENCE_END = re.compile(r"[.!?؟…][\"'»”)]*$")
# htmldate's output format: keep the time and offset when the page gives them.
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%dT%H:%M:%S%z"}
NO_ARTICLE = "has no article text (trafilatura found no main content)"


def _is_article(paragraphs: list[str]) -> bool:
    """Whether extracted paragraphs look like an article rather than menu or footer words."""
    for paragraph in paragraphs:
        words = len(paragraph.split())
        if words >= MIN_WORDS or (words >= MIN_SENTENCE_WORDS and _SENTENCE_END.search(paragraph)):
            return True
    return False


def _extract(page: str, name: str) -> Any:
    """trafilatura's Document for a page, or None; any parser failure becomes an InputError."""
    try:
        return trafilatura.bare_extraction(
            page, with_metadata=True, include_comments=False, date_extraction_params=_DATE_PARAMS
        )
    except Exception as exc:  # a third-party parser on arbitrary bytes: any failure means bad input
        raise InputError(
            name, f"cannot be parsed as HTML ({type(exc).__name__}): save the page again"
        ) from None


def read(text: str, name: str, path: str | None, max_chars: int) -> Iterator[Article | Rejected]:
    """One article from a saved HTML page."""
    document = _extract(text, name)
    if document is None or not document.text:
        raise InputError(name, NO_ARTICLE)
    title = (document.title or "").strip() or None
    paragraphs = split(document.text)
    if title and paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]  # the page's headline, kept as the title, not as body
    if not _is_article(paragraphs):
        raise InputError(name, NO_ARTICLE)
    body = "\n\n".join(paragraphs)
    problem = text_problem(body, max_chars)
    if problem is not None:
        raise InputError(name, problem)
    source = Source(path=path, url=document.url or None, outlet=document.sitename or None)
    yield Article(text=body, title=title, published=iso_date(document.date), source=source)
