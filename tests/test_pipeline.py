"""The stage order and the pipeline's error handling."""

from __future__ import annotations

import pytest

from marsad.article import Article
from marsad.errors import StageError
from marsad.pipeline import STAGES, Pipeline, Stage, check_order
from marsad.stages.language import clearly_arabic


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


# "The Turkish foreign minister arrived in Baghdad on Tuesday for talks on water and met his Iraqi
# counterpart", in each language.
LANGUAGE_CASES = [
    ("ar", "وصل وزير الخارجية التركي إلى بغداد يوم الثلاثاء لإجراء محادثات حول المياه مع نظيره العراقي."),
    (
        "fa",
        "وزیر امور خارجه ترکیه روز سه‌شنبه برای گفتگو درباره آب به بغداد رسید و با همتای عراقی خود دیدار کرد.",
    ),
    # Persian typed with the Arabic letters ي and ك: no Persian letter, but no Arabic article either.
    (
        "fa",
        "وزير امور خارجه تركيه روز سه شنبه براي مذاكره درباره آب به بغداد رسيد "
        "و با همتاي عراقي خود ديدار كرد.",
    ),
    (
        "ur",
        "ترکی کے وزیر خارجہ منگل کو پانی پر بات چیت کے لیے بغداد پہنچے اور اپنے عراقی ہم منصب سے ملاقات کی۔",
    ),
    # An Arabic lead-in ("The UN spokesman said that") before a longer English sentence.
    (
        "en",
        "قال المتحدث باسم الأمم المتحدة إن The United Nations Security Council will meet on Tuesday to "
        "discuss the situation in Gaza and the West Bank, according to a statement.",
    ),
]


@pytest.mark.parametrize(("language", "text"), LANGUAGE_CASES)
def test_language_of_arabic_script_and_mixed_text(language: str, text: str) -> None:
    result = Pipeline(STAGES[:2])(Article(text=text))
    assert result.language == language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LANGUAGE_CASES[0][1], True),
        (LANGUAGE_CASES[1][1], False),  # Persian letters (ی، گ): lingua decides
        (LANGUAGE_CASES[2][1], False),  # Arabic letters, no Arabic article: lingua decides
        (LANGUAGE_CASES[3][1], False),
        (LANGUAGE_CASES[4][1], False),  # mostly Latin letters
        ("المؤتمر الصحفي", False),  # "the press conference": too few words to be sure
    ],
)
def test_clearly_arabic_shortcut(text: str, expected: bool) -> None:
    assert clearly_arabic(text) is expected


def test_run_many_gives_what_run_gives() -> None:
    # "The minister said the talks go on." / "Protesters gathered in Baghdad.": batches equal single runs.
    from marsad.pipeline import run, run_many

    articles = [Article(text="قال الوزير إن المحادثات مستمرة."), Article(text="تجمع المتظاهرون في بغداد.")]
    assert [a.to_json() for a in run_many(articles)] == [run(a).to_json() for a in articles]


def test_articles_analysed_in_threads_match_one_by_one() -> None:
    # The API server analyses posted articles in threads; the stages share caches of word types, so the
    # articles carry names made of random letters, new to those caches (before the pipeline's lock, 26 of
    # 400 such articles came out different when four threads analysed them).
    import random
    from concurrent.futures import ThreadPoolExecutor

    from marsad.pipeline import run

    rng = random.Random(7)

    def name() -> str:
        return "".join(rng.choice("بتثجحخدذرزسشصضطظعغفقكلمنهوي") for _ in range(6))

    # "Foreign minister X Y said that Z attacked W in V yesterday, and U added the talks go on with T."
    articles = [
        Article(
            text=f"قال وزير الخارجية {name()} {name()} إن {name()} هاجم {name()} في {name()} أمس، "
            f"وأضاف {name()} أن المحادثات مستمرة مع {name()}."
        )
        for _ in range(300)
    ]
    run(Article(text="قال الوزير إن المحادثات مستمرة."))  # the pipeline built before the threads start
    with ThreadPoolExecutor(4) as pool:
        threaded = list(pool.map(lambda a: run(a).to_json(), articles))
    alone = [run(a).to_json() for a in articles]
    assert threaded == alone
    assert all(j["quotes"] for j in alone)
