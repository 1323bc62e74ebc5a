"""RSS and Atom feeds (.xml, .rss, .atom): one article per item, with feedparser.

Title, text from the item's content (else its summary) with HTML turned into paragraphs, the date
as written in the item (its own UTC offset kept), the link, the guid or id, the feed title as outlet.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from typing import Any

import feedparser

from marsad.article import Article, Source
from marsad.errors import InputError
from marsad.ingest.dates import from_struct, iso_date
from marsad.ingest.paragraphs import recover
from marsad.ingest.records import Rejected, text_problem

# Tags that end a paragraph when a feed's HTML is turned into text.
_BLOCKS = frozenset(("p", "div", "br", "hr", "li", "ul", "ol", "blockquote", "pre", "table", "tr", "figure"))
_BLOCKS |= {"h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer"}
_SKIPPED = frozenset(("script", "style", "template"))
# The XML declaration's encoding: the text is already decoded (decode.py), so it must not be re-applied.
_DECLARED_ENCODING = re.compile(r"""^(\s*<\?xml[^>]*?)\s+encoding\s*=\s*["'][^"']*["']""")


class _TextParser(HTMLParser):
    """Collects an HTML fragment's text, with a line break at every block tag."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Break before a block; start skipping script and style."""
        if tag in _SKIPPED:
            self.skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        """Break after a block; stop skipping after script and style."""
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        """Keep text outside script and style, its inner line breaks as spaces (HTML whitespace)."""
        if not self.skipping:
            self.parts.append(re.sub(r"\s+", " ", data))


def html_to_text(fragment: str) -> str:
    """An HTML fragment as plain text, one blank line between paragraphs."""
    parser = _TextParser()
    parser.feed(fragment)
    parser.close()
    return recover("".join(parser.parts))


def _body(entry: Any) -> str:
    """An item's text: its content, else its summary; HTML turned into paragraphs."""
    details = [*entry.get("content", []), entry.get("summary_detail") or {}]
    for detail in details:
        value = detail.get("value") or ""
        if value.strip():
            plain = detail.get("type") == "text/plain"
            return recover(value) if plain else html_to_text(value)
    return ""


def _title(entry: Any) -> str | None:
    """The item's title on one line; HTML titles turned into text."""
    title = entry.get("title") or ""
    if (entry.get("title_detail") or {}).get("type") == "text/html":
        title = html_to_text(title)
    return " ".join(title.split()) or None


def _url(entry: Any) -> str | None:
    """The item's web link; feedparser also copies an Atom id ("tag:...") into `link`, which is no link."""
    link = entry.get("link") or ""
    return link if link.startswith(("http://", "https://")) else None


def _published(entry: Any) -> str | None:
    """The item's date as ISO 8601: as written when parseable (keeps its offset), else feedparser's UTC."""
    for raw, parsed in (("published", "published_parsed"), ("updated", "updated_parsed")):
        date = iso_date(entry.get(raw)) or from_struct(entry.get(parsed))
        if date:
            return date
    return None


def read(text: str, name: str, path: str | None, max_chars: int) -> Iterator[Article | Rejected]:
    """One article per item of an RSS or Atom feed."""
    # A file object, never a string: feedparser fetches a string that looks like a URL or a file path.
    data = _DECLARED_ENCODING.sub(r"\1", text, count=1).encode("utf-8")
    feed = feedparser.parse(io.BytesIO(data))
    if not feed.entries:
        if feed.bozo:
            reason = feed.get("bozo_exception")
            raise InputError(
                name, f"is not a valid RSS or Atom feed ({reason}): check that it is complete XML"
            )
        raise InputError(name, "has no feed items: give an RSS or Atom feed with <item> or <entry> elements")
    outlet = (feed.feed.get("title") or "").strip() or None
    for number, entry in enumerate(feed.entries, start=1):
        body = _body(entry)
        problem = text_problem(body, max_chars)
        if problem is not None:
            yield Rejected(name, f"item {number} {problem}", "item")
            continue
        source = Source(path=path, url=_url(entry), outlet=outlet, id=entry.get("id") or None, line=number)
        yield Article(text=body, title=_title(entry), published=_published(entry), source=source)
