"""The segment stage: paragraphs, sentences and tokens with their clitic segmentation.

Reads: Article.text (already arabic.clean-ed: NFC, single spaces, paragraphs split by "\\n\\n").
Writes: Article.paragraphs, Article.sentences, Article.tokens (offsets into Article.text).

Tokens split at whitespace and punctuation; numbers (3.5, 1,000), URLs, e-mail addresses and
hashtags stay whole. Each Arabic word is split into proclitics, stem and pronoun suffix by
`marsad.clitics.CliticSegmenter` (frequency-learnt, see that module). Sentences never cross a
line break or a paragraph break, and never cut inside a matched quotation (see `_boundaries`).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from marsad.arabic import fold, fold_word
from marsad.article import Article, Span, Token
from marsad.clitics import CliticSegmenter

VERSION = "segment.v1"

_MARKS = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
# One alternation, tried in order: URL, e-mail, hashtag/mention, number with separators,
# number or clock time (3.5, 1,000, 10:30), Arabic word (apart from digits and Latin letters glued to
# it: ب7 is ب + 7), other word (G20), then a run of one repeated punctuation/symbol character.
_TOKEN = re.compile(
    rf"""(?:https?://|www\.)[^\s«»“”"<>]+?(?=[.,،;؛:!?؟…)\]»”'"]*(?:\s|$))
    |[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+
    |[#@][\w{_MARKS}]+
    |\d+(?:[.,٫٬]\d+|:\d\d)+
    |[\u0621-\u064a\u0671-\u06d3{_MARKS}]+
    |[\w{_MARKS}]+
    |([^\w\s])\1*""",
    re.VERBOSE,
)
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n\s*")
# Any quotation mark: most lines have none, and then `_quoted` is skipped.
_QUOTE_MARK = re.compile('["«“]')
_QUOTE_MARKS = re.compile('["«»“”]')
# Token and Span built by tuple.__new__ directly: the same NamedTuples without the Python-level
# __new__ the namedtuple factory generates, which cost half the stage's time per token.
_new = tuple.__new__
# ؛ (Arabic semicolon) does not end a sentence: Arabic news uses it inside long sentences to join
# a clause to its cause or consequence (… ؛ لأن …, … ؛ مما …), often where English would use a comma.
_TERMINATORS = frozenset(".!?؟…")
_TERMINATOR = re.compile("[.!?؟…]")
# Closing quotes and brackets after a terminator belong to the sentence they close.
_CLOSERS = frozenset("»”’\"')]}")
_GLUED = _TERMINATORS | _CLOSERS
_OPEN_CLOSE = {"«": "»", "“": "”"}
# A "." after these is an abbreviation, not a sentence end (any single letter is one too:
# د. (Dr), أ. (Prof), م. (engineer / AD), ق.م (BC), initials such as جون ف. كينيدي).
_ABBREVIATIONS = frozenset({"Dr", "Mr", "Mrs", "Ms", "Prof", "Sr", "Jr", "St", "vs", "No", "Gen", "Col"})
# Latin letter names spelled in Arabic: a "." glued between one of these and the next letters is inside an
# acronym (تي.إف 1 "TF1", دي.إن.ايه "DNA", سي.إن.إن "CNN"), not a sentence end.
_LETTER_NAMES = frozenset(
    [
        "بي", "تي", "ثي", "سي", "دي", "إي", "اي", "أي", "ايه", "إيه", "إف", "اف", "جي", "إتش", "اتش", "آي",
        "جاي", "كي", "إل", "إم", "ام", "إن", "ان", "أو", "او", "كيو", "آر", "ار", "إس", "اس", "يو", "في",
        "فى", "إكس", "اكس", "واي", "زد",
    ]
)  # fmt: skip
# Domain endings spelled in Arabic: a "." glued before one ends a site's name (العربية.نت), not a sentence.
_DOMAIN_ENDINGS = frozenset({"نت", "كوم"})


def folded_stem(text: str, token: Token) -> str:
    """The token's stem, folded: a slice of the token's folded form when folding deleted nothing (fold maps
    letter to letter, so the slice is the fold of the stem's text), else the fold of the stem's text."""
    start, end, folded, stem, _prefixes, _suffix, is_punct = token
    if not is_punct and len(folded) == end - start:
        return folded[stem[0] - start : stem[1] - start]
    return fold_word(text[stem[0] : stem[1]])


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) so it neither starts nor ends with whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _quoted(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Matched quotations in text[start:end] as (open, close) character positions.

    «» and “” pair as nested brackets; a straight " toggles open/closed. Unmatched openers are
    dropped, so an unbalanced quote protects nothing (its look-ahead is capped at the line end).
    """
    pairs: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    straight = -1
    for mark in _QUOTE_MARKS.finditer(text, start, end):  # only the marks, not every character
        ch, i = mark.group(), mark.start()
        if ch in _OPEN_CLOSE:
            stack.append((_OPEN_CLOSE[ch], i))
        elif ch == '"':
            if straight >= 0:
                pairs.append((straight, i))
                straight = -1
            else:
                straight = i
        elif stack and ch in "»”":
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == ch:
                    pairs.append((stack[depth][1], i))
                    del stack[depth:]
                    break
    return pairs


def _dotted_letter(text: str, toks: Sequence[Token], k: int) -> bool:
    """Is toks[k] a letter name with a "." glued after it (سي. or the سي. of سي.إن.)?"""
    if k < 0 or k + 1 >= len(toks) or toks[k + 1][0] != toks[k][1]:
        return False
    return text[toks[k][0] : toks[k][1]] in _LETTER_NAMES and text[toks[k + 1][0] : toks[k + 1][1]] == "."


def _dotted_letters(text: str, toks: Sequence[Token], i: int) -> bool:
    """Is the "." at toks[i], after a letter name, inside a dotted abbreviation written with spaces or
    ending in a dot: the last dot of سي.إن.إن. or بي.بي.سي., or any dot of سي. إن. إن (the letter
    before it also dotted, or the next one)."""
    return _dotted_letter(text, toks, i - 3) or _dotted_letter(text, toks, i + 1)


def _boundaries(text: str, toks: Sequence[Token], quotes: list[tuple[int, int]]) -> list[int]:
    """Indices into `toks` after which a sentence ends (the line's end excluded)."""
    cuts: list[int] = []
    # Quotations by opening position with the furthest close so far: "is `end` inside one" is then a
    # bisection, not a scan (a long line with thousands of quotes would otherwise be quadratic).
    ordered = sorted(quotes)
    opens = [o for o, _ in ordered]
    reach = list(itertools.accumulate((c for _, c in ordered), max))
    n = len(toks)
    if n < 2:
        return cuts
    # Only tokens that start with a terminator can end a sentence: find those characters with the
    # regex engine and bisect for their tokens, instead of visiting every token in Python.
    starts = [t[0] for t in toks]
    lowest = 0  # tokens before this one were absorbed into an earlier sentence end
    for found in _TERMINATOR.finditer(text, starts[0], toks[n - 2][1]):
        s = found.start()
        i = bisect.bisect_left(starts, s, lowest)
        if i >= n - 1 or starts[i] != s:
            continue  # inside a token (3.5, example.com) or absorbed already
        e = toks[i][1]
        # A single "." glued to a one-letter or listed abbreviation is no sentence end.
        if e - s == 1 and text[s] == "." and i and toks[i - 1][1] == s:
            prev = text[toks[i - 1][0] : s]
            if (len(prev) == 1 and prev.isalpha()) or prev in _ABBREVIATIONS:
                continue
            glued = i + 1 < n and toks[i + 1][0] == e
            if glued and (prev in _LETTER_NAMES or text[e : toks[i + 1][1]] in _DOMAIN_ENDINGS):
                continue
            if prev in _LETTER_NAMES and _dotted_letters(text, toks, i):
                continue
        j = i
        # Absorb "?!", "..." and closing quotes/brackets glued to the terminator.
        while j + 1 < n and toks[j + 1][0] == toks[j][1] and text[toks[j + 1][0]] in _GLUED:
            j += 1
        end, nxt = toks[j][1], toks[j + 1][0] if j + 1 < n else -1
        lowest = j + 1
        if nxt < 0:
            break
        # Glued to a Latin letter or a digit (example.com, v2.0): no sentence end. Glued to an
        # Arabic letter it is one: Arabic text has no such abbreviations, and "انتهى.وقال" is a typo.
        if nxt == end and (text[nxt].isascii() or text[nxt].isdigit()):
            continue
        k = bisect.bisect_left(opens, end)  # the quotations opened before `end`
        if k and reach[k - 1] >= end:
            continue  # never cut inside a quotation: a quote of several sentences stays whole
        cuts.append(j)
    return cuts


class Segmenter:
    """The segment stage; holds the clitic segmenter and a cache of token analyses."""

    def __init__(self, clitics: CliticSegmenter) -> None:
        self.clitics = clitics
        self._cache: dict[str, tuple[str, tuple[str, ...], int, int, str, bool]] = {}

    @classmethod
    def load(cls) -> Segmenter:
        """A segmenter with the shipped clitic model (marsad/models/clitics)."""
        return cls(CliticSegmenter.load())

    def __call__(self, article: Article) -> Article:
        """Return the article with paragraphs, sentences and tokens."""
        text = article.text
        paragraphs: list[Span] = []
        sentences: list[Span] = []
        tokens: list[Token] = []
        pos = 0
        for match in [*_BLANK_LINE.finditer(text), None]:
            stop = match.start() if match else len(text)
            start, end = _trim(text, pos, stop)
            pos = match.end() if match else stop
            if start == end:
                continue
            paragraphs.append(Span(start, end))
            line_start = start
            while line_start < end:
                line_end = text.find("\n", line_start, end)
                line_end = end if line_end < 0 else line_end
                self._line(text, line_start, line_end, sentences, tokens)
                line_start = line_end + 1
        return replace(
            article, paragraphs=tuple(paragraphs), sentences=tuple(sentences), tokens=tuple(tokens)
        )

    def _line(self, text: str, start: int, end: int, sentences: list[Span], tokens: list[Token]) -> None:
        """Tokenize one line and split it into sentences."""
        cache, make, append, first_token = self._cache, self._analyse, tokens.append, len(tokens)
        for match in _TOKEN.finditer(text, start, end):
            s, e = match.span()
            word = text[s:e]
            hit = cache.get(word)
            if hit is None:
                hit = cache[word] = make(word)
            folded, prefixes, a, b, suffix, punct = hit
            append(_new(Token, (s, e, folded, _new(Span, (s + a, s + b)), prefixes, suffix, punct)))
        toks = tokens[first_token:]
        if not toks:
            return
        quotes = _quoted(text, start, end) if _QUOTE_MARK.search(text, start, end) else []
        first = 0
        for last in [*_boundaries(text, toks, quotes), len(toks) - 1]:
            sentences.append(_new(Span, (toks[first][0], toks[last][1])))
            first = last + 1
        if len(cache) > 500_000:
            cache.clear()

    def _analyse(self, word: str) -> tuple[str, tuple[str, ...], int, int, str, bool]:
        """Folded form, clitic analysis and punctuation flag of one token string."""
        punct = not any(ch.isalnum() for ch in word)
        if punct:
            return word, (), 0, len(word), "", True
        prefixes, a, b, suffix = self.clitics(word)
        return fold(word), prefixes, a, b, suffix, False


_default: Segmenter | None = None


def default_segmenter() -> Segmenter:
    """The process's segmenter with the shipped model, loaded on first use."""
    global _default
    if _default is None:
        _default = Segmenter.load()
    return _default


def segment(article: Article) -> Article:
    """The segment stage with the shipped model."""
    return default_segmenter()(article)


def word_counts() -> Mapping[str, int]:
    """The shipped clitic model's word counts (ANT frequencies of bare and ال words), shared with the
    stages that read a word's corpus use (marsad.quotes_names) instead of loaded again."""
    return default_segmenter().clitics.counts
