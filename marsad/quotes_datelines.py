"""Datelines at paragraph starts, which no quote's content includes.

A wire report opens its body with where (and through whom) it was filed: "الخرطوم - (رويترز) -",
"نابلس -", "بيروت (أ ف ب) -". A bare attribution at the end of that first sentence (…، وفق ما أفاد شهود
عيان؛ …، بحسب ما أعلنت وزارة الصحة) attributes the clause from its first word (bench/gold/QUOTES.md), and
the dateline is no part of the clause. `marsad.stages.places.dateline_end` reads a dateline at the start
of a text; an article whose title is part of its text has its dateline at the body's first paragraph, so
each of the first paragraphs is tried here.
A discourse connective opening the clause (في غضون ذلك، قصفت …، بحسب الوكالة؛ إلى ذلك، من جهة أخرى،) is the
writer's link to the text before, no part of the clause either (`after_connective`; session 12, the lead's
hand-written news): a leading phrase, as QUOTES.md's ووفقا للسلطات، تم … → from تم.
"""

from __future__ import annotations

from marsad.arabic import fold
from marsad.article import Article, Span
from marsad.quotes_view import View
from marsad.stages.places import dateline_end

# Paragraphs searched for a dateline: the title and the body's first paragraph, and one more for a
# subtitle line between them; a later paragraph opening "X -" is a list item or a digest entry.
DATELINE_PARAGRAPHS = 3
DATELINE_REACH = 120  # characters of a sentence's opening read for a dateline


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


def past_dateline(view: View, k: int) -> int:
    """The token after a dateline that token k opens ("دبي، الإمارات العربية المتحدة (CNN) --"), else k."""
    start = view.tokens[k].start
    end = dateline_end(view.text[start : start + DATELINE_REACH])
    return view.token_at(start + end) if end else k


def after_dateline(span: Span, datelines: list[Span]) -> Span:
    """The span without a dateline it starts in (unchanged when it starts in none or is all dateline)."""
    for line in datelines:
        if line.start <= span.start < line.end < span.end:
            return Span(line.end, span.end)
    return span


# Connectives that open a sentence and end at a comma, folded, with a leading و allowed.
_CONNECTIVES = tuple(
    fold(w)
    for w in (
        "في غضون ذلك",
        "إلى ذلك",
        "من جهة أخرى",
        "من جهة ثانية",
        "من ناحية أخرى",
        "من ناحية ثانية",
        "في الأثناء",
        "في هذه الأثناء",
        "في الوقت نفسه",
        "في الوقت ذاته",
        "في سياق متصل",
        "في سياق آخر",
    )
)


def after_connective(text: str, span: Span) -> Span:
    """The span without a discourse connective and its comma that it opens with (و before it allowed)."""
    head = text[span.start : min(span.end, span.start + 24)]
    comma = next((k for k, ch in enumerate(head) if ch in "،,"), -1)
    if comma < 0:
        return span
    phrase = fold(head[:comma].strip())
    if phrase.startswith("و"):
        phrase = phrase[1:]
    if phrase not in _CONNECTIVES:
        return span
    start = span.start + comma + 1
    while start < span.end and text[start].isspace():
        start += 1
    return Span(start, span.end) if start < span.end else span
