"""Properties of cleaning, the normalize stage and segmentation on any Unicode string (hypothesis).

tests/test_normalize.py already checks clean and fold idempotent, tests/test_segment.py that spans
nest, stay in the text and cover it; these add what those leave out.
"""

from __future__ import annotations

import itertools
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.arabic import CONTROLS, INVISIBLE, TATWEEL, clean, fold
from marsad.article import Article
from marsad.stages.normalize import normalize
from marsad.stages.segment import segment
from tests.test_fuzz import newsy

anything = st.one_of(newsy, st.text(), st.text(alphabet=st.characters(codec=None), max_size=50))
SEEDED = settings(max_examples=200, derandomize=True, database=None, deadline=None)


@SEEDED
@given(anything)
def test_clean_leaves_no_controls(raw: str) -> None:
    """No invisible or control character, tatweel, surrogate or \\r survives; the result is NFC."""
    text = clean(raw)
    assert not INVISIBLE.search(text) and not CONTROLS.search(text)
    assert TATWEEL not in text and "\r" not in text
    assert not any("\ud800" <= ch <= "\udfff" for ch in text)
    assert unicodedata.is_normalized("NFC", text)
    assert text == text.strip()
    assert "\n\n\n" not in text
    text.encode("utf-8")  # always storable


@SEEDED
@given(anything, st.one_of(st.none(), anything))
def test_normalize_is_idempotent(text: str, title: str | None) -> None:
    """The stable id: normalizing twice gives the same text, title and id."""
    once = normalize(Article(text=text, title=title))
    assert normalize(once) == once


@SEEDED
@given(anything)
def test_fold_keeps_length_class(word: str) -> None:
    """Folding only drops marks and maps letters one to one: never longer, never new controls."""
    folded = fold(word)
    assert len(folded) <= len(word)
    assert not INVISIBLE.search(folded) or INVISIBLE.search(word)


@SEEDED
@given(anything)
def test_segment_spans_ordered_and_tokens_visible(raw: str) -> None:
    """Paragraphs, sentences and tokens in text order without overlap; no token empty or blank."""
    article = segment(Article(text=clean(raw)))
    text = article.text
    for spans in (article.paragraphs, article.sentences, article.tokens):
        pairs = [(s.start, s.end) for s in spans]
        assert pairs == sorted(pairs)
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(pairs))
    for token in article.tokens:
        piece = text[token.start : token.end]
        assert piece.strip() == piece != ""
    for sentence in article.sentences:
        piece = text[sentence.start : sentence.end]
        assert piece.strip() == piece != ""
        assert "\n" not in piece  # sentences never cross a line or paragraph break
        assert any(p.start <= sentence.start and sentence.end <= p.end for p in article.paragraphs)
