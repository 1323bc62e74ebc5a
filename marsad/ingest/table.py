"""CSV files (.csv): a header row naming the fields, one article per row.

Fields as in JSON (records.py): title; text, content or body; published, date or time; url; source
or src; id or docno. Header names are matched without regard to case or surrounding spaces. The
delimiter (comma, semicolon, tab or bar) is sniffed from the header row.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from marsad.article import Article
from marsad.errors import InputError
from marsad.ingest.records import TEXT, Rejected, from_fields

# Python's csv refuses fields over 128 KiB; an article body can be longer. The size cap is applied
# per row (max_chars) instead, so raise the module-wide limit once (to what a C long always holds).
_FIELD_LIMIT = 2**31 - 1


def read(text: str, name: str, path: str | None, max_chars: int) -> Iterator[Article | Rejected]:
    """One article per row of a CSV file with a header row."""
    if csv.field_size_limit() < _FIELD_LIMIT:
        csv.field_size_limit(_FIELD_LIMIT)
    # Only the delimiter is taken from the sniffer: its quoting guesses from one header row are unreliable.
    try:
        delimiter = csv.Sniffer().sniff(text.split("\n", 1)[0], delimiters=",;\t|").delimiter
    except csv.Error:
        delimiter = ","
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        names = [field.strip().lower() for field in next(rows)]
    except (csv.Error, StopIteration) as exc:
        raise InputError(
            name, f"has no readable header row ({exc}): name the columns in the first row"
        ) from None
    if not any(field in names for field in TEXT):
        raise InputError(name, "has no text column: name one text, content or body in the header row")
    line = rows.line_num + 1  # the file line a row starts on; the header is line 1 in a spreadsheet
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except csv.Error as exc:
            raise InputError(
                f"{name}:{line}", f"row {line} is not valid CSV ({exc}); the rows before it were read"
            ) from None
        where, number, line = f"{name}:{line}", line, rows.line_num + 1
        if not any(cell.strip() for cell in row):
            continue
        built = from_fields(dict(zip(names, row, strict=False)), path=path, line=number, max_chars=max_chars)
        yield built if isinstance(built, Article) else Rejected(where, f"row {number} {built}", "row")
