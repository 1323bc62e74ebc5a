"""The normalize stage: clean the text once, before any offset exists, and derive the stable id.

Reads: text, title
Writes: text, title, id
"""

from __future__ import annotations

import dataclasses
import hashlib

from marsad.arabic import clean
from marsad.article import Article

# Bump when cleaning changes what text an id is computed over: ids of old stores would no longer match.
ID_VERSION = "1"


def article_id(title: str | None, text: str) -> str:
    """A stable id from the normalized title and text: the same article gives the same id every run."""
    digest = hashlib.sha256(f"{ID_VERSION}\x00{title or ''}\x00{text}".encode()).hexdigest()
    return digest[:16]


def normalize(article: Article) -> Article:
    """Clean text and title (NFC, invisible controls, tatweel, whitespace) and set the id."""
    text = clean(article.text)
    title = clean(article.title) if article.title else None
    return dataclasses.replace(article, text=text, title=title or None, id=article_id(title, text))
