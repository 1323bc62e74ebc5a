"""The stage order and the pipeline's error handling."""

from __future__ import annotations

import pytest

from marsad.article import Article
from marsad.errors import StageError
from marsad.pipeline import STAGES, Pipeline, Stage, check_order


def test_stages_in_order() -> None:
    names = [s.name for s in STAGES]
    assert names[:3] == ["normalize", "language", "segment"]
    check_order(STAGES)


def test_impossible_order_fails_fast() -> None:
    segment_first = (STAGES[2], Stage("needs_tokens", "x:y", ("tokens",), ()))
    check_order(segment_first)
    with pytest.raises(ValueError, match="requires \\['tokens'\\]"):
        check_order((Stage("needs_tokens", "x:y", ("tokens",), ()),))


def broken(article: Article) -> Article:
    """A stage with a bug."""
    raise KeyError("oops")


def test_stage_bug_becomes_stage_error() -> None:
    stage = Stage("broken", "tests.test_pipeline:broken", ("text",), ())
    pipeline = Pipeline((STAGES[0], stage))
    with pytest.raises(StageError, match=r"stage broken failed on article [0-9a-f]{16}: KeyError"):
        pipeline(Article(text="نص"))  # "text"


def test_non_arabic_article_keeps_language_and_warns() -> None:
    pipeline = Pipeline(STAGES[:2])
    result = pipeline(Article(text="The minister arrived in Baghdad on Tuesday for talks on water."))
    assert result.language == "en"
    assert result.warnings == ("language is 'en', not Arabic: no entities, quotes or events",)


def test_arabic_article_language() -> None:
    # "The Turkish foreign minister arrived in Baghdad on Tuesday for talks on water."
    pipeline = Pipeline(STAGES[:2])
    result = pipeline(
        Article(text="وصل وزير الخارجية التركي إلى بغداد يوم الثلاثاء لإجراء محادثات حول المياه.")
    )
    assert (result.language, result.warnings) == ("ar", ())
