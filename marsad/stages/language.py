"""The language stage: detect the article's language with lingua, offline.

Text that is plainly Arabic by its letters (`clearly_arabic`: nearly all letters from the Arabic
alphabet, none of Persian's or Urdu's, and Arabic's article ال on many words) is "ar" without asking
lingua; everything else is lingua's call.

Reads: text, title
Writes: language, warnings
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from marsad.arabic import arabic_ratio
from marsad.article import Article

# Languages that turn up in or beside Arabic news feeds. Restricting lingua to them makes it faster and
# more accurate than asking among 75: Persian and Urdu share the script, the rest are the languages of
# foreign-language editions (France24, BBC, AA) mixed into Arabic feeds.
LANGUAGES = ("ARABIC", "ENGLISH", "FRENCH", "PERSIAN", "URDU", "TURKISH", "HEBREW", "SPANISH", "GERMAN")
# The detector needs no more than this to be sure; reading whole articles only costs time (lingua's time
# grows with the sample). 400 gave the same language as 1000 on 3,300 ANT v2.1 articles and passes
# the language cases of tests/test_pipeline.py, at a third of the time; rerun both after a change.
SAMPLE_CHARS = 400
# Letters of the Arabic alphabet proper (ء to ي) and any letter at all (a word character that is not a
# digit or "_").
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")
_LETTER = re.compile(r"[^\W\d_]")
# Letters of the Arabic script's other languages (Persian پ چ ژ گ ی, Urdu ٹ ڈ ڑ ں ے, ...): a sample with
# any of them goes to lingua.
_EXTENDED_LETTER = re.compile("[\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06ff]")
# The shortcut's thresholds: at least this share of the sample's letters from the Arabic alphabet, and
# at least this share of its words (and MIN_DEFINITE words) carrying the article ال in their first four
# letters (بال، وال، لل...), which Persian and Urdu text in the same letters lacks. On the 40,979 articles
# of ANT v2.1 and ANT v1.1 (Jawhara FM) the shortcut decided 40,655 (99.2 %), every one as lingua did, at
# a tenth of lingua's time; rerun that comparison (docs/scale.md) after a change.
ARABIC_SHARE = 0.9
DEFINITE_SHARE = 0.1
MIN_DEFINITE = 3


def clearly_arabic(sample: str) -> bool:
    """Whether `sample` is Arabic by its letters alone: Arabic-alphabet letters and Arabic's article."""
    if _EXTENDED_LETTER.search(sample):
        return False
    letters = len(_LETTER.findall(sample))
    if not letters or len(_ARABIC_LETTER.findall(sample)) < ARABIC_SHARE * letters:
        return False
    words = sample.split()
    definite = sum(1 for word in words if "ال" in word[:4])
    return definite >= MIN_DEFINITE and definite >= DEFINITE_SHARE * len(words)


class LanguageDetector:
    """Callable stage holding a lingua detector built once."""

    def __init__(self, detector: Any) -> None:
        self.detector = detector

    @classmethod
    def load(cls) -> LanguageDetector:
        """Build the lingua detector for LANGUAGES."""
        from lingua import Language, LanguageDetectorBuilder

        languages = [getattr(Language, name) for name in LANGUAGES]
        # Preloaded: lingua otherwise reads its models on the first detection that needs them, about 3 CPU
        # seconds charged to the first articles of a run (and to the stage's time in every benchmark).
        builder = LanguageDetectorBuilder.from_languages(*languages).with_preloaded_language_models()
        return cls(builder.build())

    def detect(self, text: str) -> str:
        """ISO 639-1 code of the text's language, "und" when there are no letters to judge."""
        sample = text[:SAMPLE_CHARS]
        if not any(ch.isalpha() for ch in sample):
            return "und"
        if clearly_arabic(sample):
            return "ar"  # lingua agrees on such text, at ten times the cost
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
