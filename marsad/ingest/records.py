"""What every reader shares: field aliases, the text checks, and a rejected record as a value.

A reader yields `Article`s and `Rejected` records; it raises InputError only when the whole input
is unusable. `marsad.ingest.read` turns a Rejected into an InputError, raised or passed to on_error.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import NamedTuple

from marsad.article import Article, Source
from marsad.errors import InputError
from marsad.ingest.dates import iso_date
from marsad.ingest.paragraphs import recover

# Field names accepted in JSON, JSONL and CSV records, first match wins (the ANT corpus uses
# docno/src/time, SaudiNewsNet content/source).
TITLE = ("title",)
TEXT = ("text", "content", "body")
PUBLISHED = ("published", "date", "time")
URL = ("url",)
OUTLET = ("source", "src")
ID = ("id", "docno")
# An unpaired UTF-16 surrogate: JSON can spell one ("\\ud800", half of an emoji cut off), UTF-8 cannot.
_SURROGATE = re.compile("[\ud800-\udfff]")


class Rejected(NamedTuple):
    """One record that cannot be used; the input's other records can still be read."""

    input_name: str  # "news.jsonl:17"
    problem: str  # "line 17 is not valid JSON: ..."
    unit: str  # what a record is called in this format: "line", "row", "item"

    def error(self, keep_going: bool) -> InputError:
        """The InputError to raise (keep_going False) or to pass to on_error (keep_going True)."""
        if keep_going:
            return InputError(self.input_name, f"{self.problem}; the other {self.unit}s were read")
        return InputError(self.input_name, f"{self.problem}; fix or remove that {self.unit}")


def text_problem(text: str, max_chars: int) -> str | None:
    """What is wrong with an article body (missing, or over the size limit), or None."""
    if not text.strip():
        return "has no article text"
    if len(text) > max_chars:
        return f"text is {len(text):,} characters, over the {max_chars:,} limit (raise it with --max-chars)"
    return None


def surrogate_problem(fields: Mapping[str, object]) -> str | None:
    """Which field holds an unpaired surrogate (no UTF-8 text can), or None."""
    for name, value in fields.items():
        values = value if isinstance(value, list) else [value]
        for part in values:
            if isinstance(part, str) and (found := _SURROGATE.search(part)):
                return (
                    f"has an unpaired surrogate \\u{ord(found.group()):04x} in its {name} field"
                    " (a character cut in half): re-export the record as UTF-8"
                )
    return None


def pick(fields: Mapping[str, object], names: tuple[str, ...]) -> str | None:
    """The first non-empty scalar among `fields[name]` for `names`, as a stripped string."""
    for name in names:
        value = fields.get(name)
        if isinstance(value, bool) or value is None:
            continue
        if isinstance(value, str | int | float) and str(value).strip():
            return str(value).strip()
    return None


def pick_text(fields: Mapping[str, object]) -> str:
    """The body from the first text field (a string, or a list of paragraph strings), paragraphs recovered."""
    for name in TEXT:
        value = fields.get(name)
        if isinstance(value, list) and all(isinstance(part, str) for part in value):
            value = "\n".join(value)
        if isinstance(value, str) and value.strip():
            return recover(value)
    return ""


def from_fields(
    fields: Mapping[str, object], *, path: str | None, line: int | None, max_chars: int
) -> Article | str:
    """A raw Article from a record's fields, or the problem (no text, too long) as a string."""
    problem = surrogate_problem({k: fields.get(k) for k in (*TITLE, *TEXT, *PUBLISHED, *URL, *OUTLET, *ID)})
    if problem is not None:
        return problem
    text = pick_text(fields)
    if not text:
        return "has no article text: fill its text, content or body field"
    problem = text_problem(text, max_chars)
    if problem is not None:
        return problem
    source = Source(
        path=path,
        url=pick(fields, URL),
        outlet=pick(fields, OUTLET),
        id=pick(fields, ID),
        line=line,
    )
    return Article(
        text=text, title=pick(fields, TITLE), published=iso_date(pick(fields, PUBLISHED)), source=source
    )
