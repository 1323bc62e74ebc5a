"""Guessing the format of an input without a telling extension (standard input, extensionless files)."""

from __future__ import annotations

import re

# Looked for in the first HEAD characters only, lowercased.
HEAD = 4096
# JSON opens with an object or a list of objects; "[عاجل] ..." ("[Breaking] ...") opens a text.
_JSON = re.compile(r"""\{\s*["}]|\[\s*[{\]]""")
_FEED = re.compile(r"<(?:rss|feed|rdf:rdf)\b")
_HTML = re.compile(r"<(?:!doctype html|html|head|body|article|div|p|meta|title)\b")


def sniff(text: str) -> str:
    """The extension whose reader fits `text`: .json (also JSON Lines), .rss, .html, else .txt."""
    head = text.lstrip()[:HEAD].lower()
    if _JSON.match(head):
        return ".json"
    if head.startswith("<"):
        if _FEED.search(head):
            return ".rss"
        if _HTML.search(head) or not head.startswith("<?xml"):
            return ".html"
        return ".rss"
    return ".txt"
