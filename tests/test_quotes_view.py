"""The quote view's per-article lexicon tables (View.first_keys): one pass fills every registered lexicon."""

from __future__ import annotations

import dataclasses
from concurrent.futures import ThreadPoolExecutor

import pytest

from marsad import quotes_view
from marsad.arabic import fold
from marsad.article import Article
from marsad.quotes_view import View, _Registry
from tests.test_quotes import build


@pytest.fixture(autouse=True)
def registry(monkeypatch: pytest.MonkeyPatch) -> _Registry:
    """An empty registry for each test, so test lexicons stay out of the process-wide one."""
    fresh = _Registry()
    monkeypatch.setattr(quotes_view, "_LEXICONS", fresh)
    return fresh


def _fresh(article: Article) -> View:
    """A View over a copy of the article's tokens, so it shares no tables with earlier Views."""
    return View(dataclasses.replace(article, tokens=tuple(article.tokens)))


def test_every_registered_lexicon_gets_the_per_token_answer(registry: _Registry) -> None:
    article = build("وقالت الوزيرة للصحفيين إن الحكومة أكدت أن الوكالة نقلت الخبر وأضافت أن الوزير قال ذلك")
    said = frozenset({fold("قالت"), fold("أكدت"), fold("قال")})
    agency = frozenset({fold("الوكالة"), fold("الحكومة")})
    overlapping = frozenset({fold("أكدت"), fold("الوكالة"), "وقالت", fold("قالت")})  # shares keys with both
    view = _fresh(article)
    tables = [view.first_keys(forms) for forms in (said, agency, overlapping)]
    for forms, table in zip((said, agency, overlapping), tables, strict=True):
        assert table == [view.has(i, forms) for i in range(view.n)]
    assert sum(k is not None for k in tables[0]) == 3 and sum(k is not None for k in tables[1]) == 2
    # وقالت: its whole folded form comes first among its keys, so `overlapping` answers with it.
    assert tables[2][0] == "وقالت" and tables[0][0] == fold("قالت")
    # A second article: the first request fills the tables of all three registered lexicons at once.
    other = _fresh(build("أكدت الوكالة أن الحكومة قالت إن الاجتماع انتهى"))
    other.first_keys(agency)
    assert len(registry.by_bit()) == 3
    assert all(other.forms.tables[id(forms)][0] is forms for forms in (said, agency, overlapping))
    for forms in (said, agency, overlapping):
        assert other.first_keys(forms) == [other.has(i, forms) for i in range(other.n)]


def test_a_full_registry_falls_back_to_a_pass_of_its_own(registry: _Registry) -> None:
    article = build("قال المتحدث إن الاجتماع انتهى")
    extra = [frozenset({fold("قال"), str(n)}) for n in range(registry.MAX + 1)]
    view = _fresh(article)
    for forms in extra:  # more collections than the registry holds: the last ones are not registered
        assert view.first_keys(forms)[0] == fold("قال")
    assert registry.bit(extra[-1]) is None
    assert view.first_keys(extra[-1]) == [view.has(i, extra[-1]) for i in range(view.n)]


def test_registration_from_threads_gives_each_collection_its_own_bit(registry: _Registry) -> None:
    # The API server analyses posted articles in threads; the first ones register the lexicons together.
    collections = [frozenset({fold("قال"), str(n)}) for n in range(16)]
    with ThreadPoolExecutor(8) as pool:
        bits = list(pool.map(registry.bit, collections))
    assert sorted(b for b in bits if b is not None) == [1 << n for n in range(16)]
    for forms, b in zip(collections, bits, strict=True):
        assert b is not None and all(registry.bits[k] & b for k in forms)
        assert registry.bit(forms) == b
