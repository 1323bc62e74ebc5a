"""Folded full-text search: the index terms of an article, the FTS5 query of a user query, snippets.

Arabic words carry proclitics (و ف ب ل ك س) and pronoun suffixes, and are written with or without
hamza on alef and tashkeel. Each token is indexed twice, in two FTS5 columns at the same position:
`stems` its folded clitic-stripped stem (وبإيران → ايران) and `words` its folded whole form (وبايران).
A query word is segmented and folded the same way and matches either column with its stem or its
whole form, so ايران finds إيران, والعراق is found by العراق, and tashkeel is ignored. A quoted
"phrase" matches consecutive stems.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from marsad.arabic import clean, fold
from marsad.article import Article, Token

# Longest snippet, in characters, around the first matching token.
SNIPPET_CHARS = 160
_PHRASE = re.compile(r'"([^"]*)"')


def tokens_of(text: str) -> tuple[Token, ...]:
    """Tokens of a text by the segment stage (clitic model loaded on first use)."""
    from marsad.stages.segment import segment

    return segment(Article(text=text)).tokens


def _forms(text: str, tokens: Iterable[Token]) -> tuple[list[str], list[str]]:
    """Folded stems and folded whole words of the non-punctuation tokens."""
    stems: list[str] = []
    words: list[str] = []
    for token in tokens:
        if token.is_punct:
            continue
        whole = token.folded or fold(text[token.start : token.end])
        stem = fold(text[token.stem.start : token.stem.end]) or whole
        stems.append(_term(stem))
        words.append(_term(whole))
    return stems, words


def _term(word: str) -> str:
    """A folded word as one FTS5 unicode61 token: lower case, inner punctuation (3.5, G-20) kept."""
    return re.sub(r"[\W_]+", "", word.lower()) or "0"


def index_terms(article: Article) -> tuple[str, str]:
    """The `stems` and `words` column values of an article: its title's tokens, then its text's."""
    title_tokens = tokens_of(article.title) if article.title else ()
    text_tokens = article.tokens or tokens_of(article.text)
    title_stems, title_words = _forms(article.title or "", title_tokens)
    text_stems, text_words = _forms(article.text, text_tokens)
    return " ".join(title_stems + text_stems), " ".join(title_words + text_words)


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def match_query(query: str) -> tuple[str, list[str]]:
    """The FTS5 MATCH expression of a user query, and the folded stems to highlight in snippets.

    Every word must match (AND); a word matches by its stem or its whole folded form in either column.
    """
    query = clean(query)
    parts: list[str] = []
    terms: list[str] = []
    for phrase in _PHRASE.findall(query):
        stems, _ = _forms(phrase, tokens_of(phrase))
        if stems:
            parts.append("stems : " + _quote(" ".join(stems)))
            terms.extend(stems)
    rest = _PHRASE.sub(" ", query)
    stems, words = _forms(rest, tokens_of(rest)) if rest.strip() else ([], [])
    for stem, word in zip(stems, words, strict=True):
        options = " OR ".join(_quote(t) for t in dict.fromkeys((stem, word)))
        parts.append("{stems words} : (" + options + ")")
        terms.append(stem)
    return " AND ".join(parts), terms


def snippet(text: str, tokens: Sequence[Token], terms: Sequence[str]) -> str:
    """A short stretch of the visible text around the first token whose stem matches a query term."""
    wanted = set(terms)
    if not tokens:
        tokens = tokens_of(text)
    stems, _ = _forms(text, tokens)
    words = [t for t in tokens if not t.is_punct]
    hit = next((w for w, s in zip(words, stems, strict=True) if s in wanted), None)
    center = hit.start if hit else 0
    start = max(0, center - SNIPPET_CHARS // 3)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < center else start
    end = min(len(text), start + SNIPPET_CHARS)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > center else end
    piece = " ".join(text[start:end].split())
    return ("…" if start else "") + piece + ("…" if end < len(text) else "")
