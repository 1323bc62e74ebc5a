"""The language stage: detect the article's language with lingua, offline.

Reads: text, title
Writes: language, warnings
"""

from __future__ import annotations

import dataclasses
from typing import Any

from marsad.arabic import arabic_ratio
from marsad.article import Article

# Languages that turn up in or beside Arabic news feeds. Restricting lingua to them makes it faster and
# more accurate than asking among 75: Persian and Urdu share the script, the rest are the languages of
# foreign-language editions (France24, BBC, AA) mixed into Arabic feeds.
LANGUAGES = ("ARABIC", "ENGLISH", "FRENCH", "PERSIAN", "URDU", "TURKISH", "HEBREW", "SPANISH", "GERMAN")
# The detector needs no more than this to be sure; reading whole articles only costs time (lingua's time
# grows with the sample). 400 gave the same language as 1000 on 3,300 ANT v2.1 articles and passes
# tests/test_language.py, at a third of the time; rerun both after a change.
SAMPLE_CHARS = 400


class LanguageDetector:
    """Callable stage holding a lingua detector built once."""

    def __init__(self, detector: Any) -> None:
        self.detector = detector

    @classmethod
    def load(cls) -> LanguageDetector:
        """Build the lingua detector for LANGUAGES."""
        from lingua import Language, LanguageDetectorBuilder

        languages = [getattr(Language, name) for name in LANGUAGES]
        return cls(LanguageDetectorBuilder.from_languages(*languages).build())

    def detect(self, text: str) -> str:
        """ISO 639-1 code of the text's language, "und" when there are no letters to judge."""
        sample = text[:SAMPLE_CHARS]
        if not any(ch.isalpha() for ch in sample):
            return "und"
        found = self.detector.detect_language_of(sample)
        if found is None:
            # lingua abstains on very short mixed strings; fall back to the script.
            return "ar" if arabic_ratio(sample) > 0.5 else "und"
        return str(found.iso_code_639_1.name).lower()

    def __call__(self, article: Article) -> Article:
        language = self.detect(f"{article.title or ''}\n{article.text}")
        warnings = article.warnings
        if language != "ar":
            warnings = (*warnings, f"language is {language!r}, not Arabic: no entities, quotes or events")
        return dataclasses.replace(article, language=language, warnings=warnings)
