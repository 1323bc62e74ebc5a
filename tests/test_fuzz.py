"""Fuzzing the readers (txt, jsonl, json, csv, html, xml bytes) and `analyze` (the whole pipeline):
over 10,000 generated inputs, no exception but InputError from a reader and none at all from the
pipeline. Seeded (derandomize) so CI sees the same inputs every run; the last test checks the count.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.article import Article
from marsad.errors import InputError
from marsad.ingest import _Input, _read_input
from marsad.pipeline import default_pipeline
from marsad.stages.normalize import normalize

# Inputs per target; the sum is the figure the reliability notes quote (docs/reliability.md).
EXAMPLES = {"txt": 1800, "jsonl": 1800, "json": 1400, "csv": 1400, "html": 500, "xml": 900, "analyze": 2400}
RUN: Counter[str] = Counter()
MAX_CHARS = 2_000


def fuzz(target: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Hypothesis settings for one target: its example count, a fixed seed, no deadline."""
    return settings(
        max_examples=EXAMPLES[target],
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


# Arabic letters (weighted up), tashkeel, tatweel, Arabic and Latin punctuation, every quote mark the
# quotes stage reads, digits of both kinds, Latin letters, bidi and zero-width controls, line breaks.
# One sampled alphabet: hypothesis generates st.text over it far faster than lists of one_of.
ARABIC = [chr(c) for c in range(0x0621, 0x064B)]
MARKS = [chr(c) for c in range(0x064B, 0x0653)] + ["\u0670", "\u0640"]
PUNCT = [*"«»\"“”‘’'.,،؛:؟!?…()[]-—/%#@"]
DIGITS = [*"0123456789٠١٢٣٤٥٦٧٨٩"]
LATIN = [*"abcdeXYZ"]
CONTROLS = ["\u200f", "\u200e", "\u202e", "\u202c", "\u2066", "\u2069", "\u200d", "\ufeff", "\x00", "\u2028"]
SPACE = [" "] * 12 + ["\n"] * 4 + ["\t", "\r"]
ALPHABET = ARABIC * 3 + MARKS + PUNCT * 2 + DIGITS + LATIN + SPACE * 3 + CONTROLS
# "said", "the minister", "that", "foreign minister", "Iraq", "Ankara", "Baghdad", "Erdogan",
# "the president", "and he added", and quote marks and stops between them.
WORDS = ["قال", "الوزير", "إن", "وزير الخارجية", "العراق", "أنقرة", "بغداد", "أردوغان", "الرئيس", "وأضاف"]
WORDS += ["«", "»", '"', "“", "”", ".", "،", ":", "\n\n", "\n"]

newsy = st.one_of(
    st.text(alphabet=st.sampled_from(ALPHABET), max_size=150),
    st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join),
)
odd = st.one_of(newsy, newsy, st.text(max_size=40))
encoded = st.tuples(odd, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1256"])).map(
    lambda pair: pair[0].encode(pair[1], errors="ignore")
)


def mangle(data: bytes, cut: int, junk: bytes) -> bytes:
    """Bytes cut somewhere and given some junk: a truncated or corrupted file."""
    return data[: cut % (len(data) + 1)] + junk


def with_damage(valid: st.SearchStrategy[bytes]) -> st.SearchStrategy[bytes]:
    """Mostly well-formed bytes, sometimes cut and corrupted, sometimes any bytes at all."""
    damaged = st.builds(mangle, valid, st.integers(0, 10_000), st.binary(max_size=20))
    return st.one_of(valid, valid, damaged, st.binary(max_size=200), encoded)


field_value = st.one_of(odd, st.none(), st.integers(), st.lists(odd, max_size=3), st.booleans())
record = st.dictionaries(
    st.sampled_from(["title", "text", "content", "body", "published", "date", "url", "source", "id", "x"]),
    field_value,
    max_size=6,
)
# Escapes no generated str holds: lone surrogates (half an emoji), NUL, and a valid pair.
ESCAPED = [
    '{"text": "\\ud83d \u0642\u0627\u0644"}',
    '{"title": "\\udfff", "text": "\u0646\u0635"}',
    '{"text": "a\\u0000b", "url": "\\ud800"}',
    '{"text": "\\ud83d\\ude00"}',
]
jsonl_bytes = with_damage(
    st.lists(
        st.one_of(
            record.map(json.dumps),
            record.map(lambda r: json.dumps(r, ensure_ascii=False)),
            st.sampled_from(ESCAPED),
        ),
        max_size=5,
    )
    .map("\n".join)
    .map(str.encode)
)
json_bytes = with_damage(
    st.one_of(record, st.lists(st.one_of(record, odd, st.integers()), max_size=4), odd)
    .map(json.dumps)
    .map(str.encode)
)


def to_csv(header: list[str], rows: list[list[str]], delimiter: str) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8", errors="surrogatepass")


csv_bytes = with_damage(
    st.builds(
        to_csv,
        st.lists(
            st.sampled_from(["title", "text", "content", "date", "url", "id", " Body ", "x"]), max_size=4
        ),
        st.lists(st.lists(odd, max_size=4), max_size=4),
        st.sampled_from([",", ";", "\t", "|"]),
    )
)
html_bytes = with_damage(
    st.builds(
        lambda title, paras, tags: (
            f"<html><head><title>{title}</title></head><body>{tags}<article>"
            + "".join(f"<p>{p}</p>" for p in paras)
            + "</article></body></html>"
        ).encode("utf-8", errors="surrogatepass"),
        odd,
        st.lists(newsy, max_size=4),
        st.sampled_from(
            ["", "<nav><a href='/'>الرئيسية</a></nav>", "<div><p>", "<script>x</script>", "<!--"]
        ),
    )
)
xml_bytes = with_damage(
    st.builds(
        lambda title, items, atom: (
            (
                '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
                + "".join(f"<entry><title>{t}</title><content>{b}</content></entry>" for t, b in items)
                + "</feed>"
            )
            if atom
            else (
                f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>'
                + "".join(f"<item><title>{t}</title><description>{b}</description></item>" for t, b in items)
                + "</channel></rss>"
            )
        ).encode("utf-8", errors="surrogatepass"),
        odd,
        st.lists(st.tuples(odd, odd), max_size=3),
        st.booleans(),
    )
)


def read_bytes(data: bytes, extension: str) -> None:
    """Read one input's bytes: every article sound, every problem an InputError naming the input."""
    name = f"fuzz{extension}"
    errors: list[InputError] = []
    item = _Input(name, name, lambda: data, extension)
    for article in _read_input(item, errors.append, MAX_CHARS):
        assert isinstance(article, Article)
        assert article.text.strip() and len(article.text) <= MAX_CHARS
        normalize(article)  # ids are sha256 of UTF-8: no surrogate may reach it
    assert all(error.input_name.startswith(name) for error in errors)


@fuzz("txt")
@given(with_damage(encoded))
def test_fuzz_txt(data: bytes) -> None:
    RUN["txt"] += 1
    read_bytes(data, ".txt")


@fuzz("jsonl")
@given(jsonl_bytes)
def test_fuzz_jsonl(data: bytes) -> None:
    RUN["jsonl"] += 1
    read_bytes(data, ".jsonl")


@fuzz("json")
@given(json_bytes)
def test_fuzz_json(data: bytes) -> None:
    RUN["json"] += 1
    read_bytes(data, ".json")


@fuzz("csv")
@given(csv_bytes)
def test_fuzz_csv(data: bytes) -> None:
    RUN["csv"] += 1
    read_bytes(data, ".csv")


@fuzz("html")
@given(html_bytes)
def test_fuzz_html(data: bytes) -> None:
    RUN["html"] += 1
    read_bytes(data, ".html")


@fuzz("xml")
@given(xml_bytes)
def test_fuzz_xml(data: bytes) -> None:
    RUN["xml"] += 1
    read_bytes(data, ".xml")


@fuzz("analyze")
@given(newsy, st.one_of(st.none(), newsy))
def test_fuzz_analyze(text: str, title: str | None) -> None:
    """The whole pipeline on any text: no exception, every span inside the text, JSON that encodes."""
    RUN["analyze"] += 1
    raw = normalize(Article(text=text, title=title))
    if not raw.text:
        return
    article = default_pipeline()(raw)
    doc: dict[str, Any] = article.to_json()
    json.dumps(doc, ensure_ascii=False).encode("utf-8")
    n = len(article.text)
    spans: list[tuple[int, int]] = [(s.start, s.end) for s in (*article.paragraphs, *article.sentences)]
    spans += [(t.start, t.end) for t in article.tokens]
    spans += [(m.start, m.end) for e in article.entities for m in e.mentions]
    spans += [(q.span.start, q.span.end) for q in article.quotes]
    assert all(0 <= start <= end <= n for start, end in spans)


def test_fuzz_count() -> None:
    """Runs last (file order): every target ran its examples, over 10,000 inputs in all."""
    if set(RUN) != set(EXAMPLES):
        pytest.skip("only some fuzz targets ran")
    print(f"fuzz inputs: {dict(RUN)}, total {RUN.total()}")
    assert RUN.total() >= 10_000
