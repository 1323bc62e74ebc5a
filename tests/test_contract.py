"""The output validates against the JSON contract, and every span points at the text it claims."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jsonschema
import pytest

import marsad
from marsad.article import Article

from .conftest import REPO

EXAMPLES = REPO / "examples"


def check_spans(doc: dict[str, Any]) -> None:
    """Every span's text equals the slice of the article text it points at."""
    text = doc["text"]
    spans = [*doc["paragraphs"], *doc["sentences"]]
    for entity in doc["entities"]:
        spans.extend(entity["mentions"])
    for span in spans:
        assert 0 <= span["start"] <= span["end"] <= len(text)
        assert text[span["start"] : span["end"]] == span["text"]


def analyzed_examples() -> list[Article]:
    from marsad.pipeline import run

    return [run(a) for a in marsad.read(EXAMPLES)]


def test_examples_validate(contract: dict[str, Any]) -> None:
    articles = analyzed_examples()
    assert len(articles) >= 5
    for article in articles:
        doc = article.to_json()
        jsonschema.validate(doc, contract)
        check_spans(doc)
        assert doc["language"] == "ar"
        assert doc["sentences"]


@pytest.mark.parametrize(
    "text",
    [
        "",  # empty body
        "The minister said that talks would continue.",  # English: output with its language, no annotations
        "«",  # a lone quotation mark
        "قال الوزير: «سنواصل العمل».\n\nوأضاف أن المحادثات ستستمر.",  # "The minister said: «We will go on»."
    ],
)
def test_analyze_any_text_validates(contract: dict[str, Any], text: str) -> None:
    doc = marsad.analyze(text, title="عنوان", published="2018-02-18").to_json()  # "title"
    jsonschema.validate(doc, contract)
    check_spans(doc)
    assert doc["published"] == "2018-02-18"


def test_same_article_same_id() -> None:
    # "Protesters gathered in Amman on Friday."
    text = "تجمع محتجون في عمان يوم الجمعة."
    assert marsad.analyze(text).id == marsad.analyze(text).id


def test_examples_dir_exists() -> None:
    assert sorted(p.suffix for p in Path(EXAMPLES).iterdir() if p.suffix != ".md") == [
        ".html",
        ".jsonl",
        ".rss",
        ".txt",
    ]
