"""Datelines at paragraph starts, which no quote's content includes.

A wire report opens its body with where (and through whom) it was filed: "الخرطوم - (رويترز) -",
"نابلس -", "بيروت (أ ف ب) -". A bare attribution at the end of that first sentence (…، وفق ما أفاد شهود
عيان؛ …، بحسب ما أعلنت وزارة الصحة) attributes the clause from its first word (bench/gold/QUOTES.md), and
the dateline is no part of the clause. `marsad.stages.places.dateline_end` finds the agency form at the
very start of the text; an article whose title comes first has its dateline at the body's first
paragraph, and many local reports give the city alone, so both are sought at each paragraph start here.
"""

from __future__ import annotations

import re

from marsad.article import Article, Span
from marsad.stages.places import dateline_end

# Paragraphs searched for a dateline: the title and the body's first paragraph, and one more for a
# subtitle line between them; a later paragraph opening "X -" is a list item or a digest entry.
DATELINE_PARAGRAPHS = 3
_WORD = r"[\u0621-\u064a]+"
# A city, or a city and country after a comma, of one to three words each, then a dash between spaces
# (نابلس - ، القدس المحتلة - ، دبي، الإمارات -), and optionally an agency in brackets with another dash.
_PLACE = rf"{_WORD}(?: {_WORD}){{0,2}}(?:، ?{_WORD}(?: {_WORD}){{0,2}})?"
_CITY_DASH = re.compile(rf"^{_PLACE} +[-—–]+ +(?:\([^()\n]{{2,25}}\) *[-—–]+ *)?")


def dateline_spans(article: Article) -> list[Span]:
    """The datelines opening the article's first paragraphs (text offsets, trailing spaces included)."""
    found: list[Span] = []
    for paragraph in article.paragraphs[:DATELINE_PARAGRAPHS]:
        text = article.text[paragraph.start : paragraph.end]
        end = dateline_end(text)
        if not end:
            match = _CITY_DASH.match(text)
            end = match.end() if match else 0
        if end:
            while end < len(text) and text[end].isspace():
                end += 1
            found.append(Span(paragraph.start, paragraph.start + end))
    return found


def after_dateline(span: Span, datelines: list[Span]) -> Span:
    """The span without a dateline it starts in (unchanged when it starts in none or is all dateline)."""
    for line in datelines:
        if line.start <= span.start < line.end < span.end:
            return Span(line.end, span.end)
    return span
