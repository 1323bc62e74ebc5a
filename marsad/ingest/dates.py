"""Publication dates as read (RFC 822 feeds, ISO 8601, "YYYY-MM-DD hh:mm:ss") to ISO 8601, or None."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime


def iso_date(value: object) -> str | None:
    """`value` as an ISO 8601 date or date-time, keeping its UTC offset; None when it cannot be parsed."""
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(value).isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def from_struct(value: time.struct_time | None) -> str | None:
    """A UTC struct_time (feedparser's *_parsed fields) as an ISO 8601 date-time; None when absent."""
    if value is None:
        return None
    try:
        return datetime(*value[:6], tzinfo=UTC).isoformat()
    except (TypeError, ValueError):
        return None
