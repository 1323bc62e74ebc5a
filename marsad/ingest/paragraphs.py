"""Recover paragraph breaks in a body as read, and join paragraphs with one blank line ("\\n\\n").

News text files put one paragraph a line, and scraped Arabic corpora joined a page's paragraphs
with ".," (often plus a space), so a break hides inside a line: `…الخلافات"., وأضاف الوزير`
("…the disputes". The minister added…). There the "." stays as the end of the paragraph (after a
closing quote, if any) and the "," with the spaces after it goes.
"""

from __future__ import annotations

import re

# A scraped paragraph joint: "." then "," then optional spaces, before the next paragraph's first
# character. "2.,5" (digits on both sides, no space) is left alone: it is a number, not a joint;
# so is an ellipsis before a comma ("...,").
_JOINT = re.compile(r"(?<!\.\.)\.,(?:[^\S\n]+|(?!\d))(?=\S)")
# ".," at the very end of a line: the joint of a paragraph whose successor was cut off.
_TRAILING_JOINT = re.compile(r"\.,[^\S\n]*$")


def split(body: str) -> list[str]:
    """The paragraphs of a body: every non-empty line, each further split at scraped ".," joints."""
    paragraphs: list[str] = []
    for line in body.splitlines():
        line = _TRAILING_JOINT.sub(".", line.strip())
        paragraphs.extend(part.strip() for part in _JOINT.sub(".\n", line).split("\n") if part.strip())
    return paragraphs


def recover(body: str) -> str:
    """The body with its paragraphs separated by exactly one blank line."""
    return "\n\n".join(split(body))
