"""Datelines at paragraph starts, which no quote's content includes.

A wire report opens its body with where (and through whom) it was filed: "الخرطوم - (رويترز) -",
"نابلس -", "بيروت (أ ف ب) -". A bare attribution at the end of that first sentence (…، وفق ما أفاد شهود
عيان؛ …، بحسب ما أعلنت وزارة الصحة) attributes the clause from its first word (bench/gold/QUOTES.md), and
the dateline is no part of the clause. `marsad.stages.places.dateline_end` reads a dateline at the start
of a text; an article whose title is part of its text has its dateline at the body's first paragraph, so
each of the first paragraphs is tried here.
"""

from __future__ import annotations

from marsad.article import Article, Span
from marsad.stages.places import dateline_end

# Paragraphs searched for a dateline: the title and the body's first paragraph, and one more for a
# subtitle line between them; a later paragraph opening "X -" is a list item or a digest entry.
DATELINE_PARAGRAPHS = 3


def dateline_spans(article: Article) -> list[Span]:
    """The datelines opening the article's first paragraphs (text offsets, trailing spaces included)."""
    found: list[Span] = []
    for paragraph in article.paragraphs[:DATELINE_PARAGRAPHS]:
        text = article.text[paragraph.start : paragraph.end]
        end = dateline_end(text)
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
