"""The pipeline: STAGES, the one ordered list of stages, and run() / run_many() over it.

Each stage declares the Article fields it requires and the ones it assigns; `check_order` fails fast,
at import, when a stage would read a field no earlier stage (nor the reader) provides. A stage is built
once (models and lexicons load in `build`) and then called per article; a stage with a `pipe` method
gets whole batches from `run_many`.
"""

from __future__ import annotations

import gc
import importlib
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from marsad.article import Article
from marsad.errors import MarsadError, StageError

StageFn = Callable[[Article], Article]

# Fields a reader (marsad.ingest) fills before any stage runs.
READER_FIELDS = ("text", "title", "published", "source")
# The cyclic garbage collector's thresholds once a Pipeline is built (see Pipeline.__init__).
GC_THRESHOLDS = (200_000, 20, 100)


@dataclass(frozen=True, slots=True)
class Stage:
    """One pipeline step: where to find it, what it reads and what it writes."""

    name: str
    factory: str  # "module:attribute"; a class with load(), or a plain Article -> Article function
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    arabic_only: bool = False  # skipped (fields left empty) when the article is not Arabic

    def build(self) -> StageFn:
        """Import the stage and load what it needs, once."""
        module_name, attr = self.factory.split(":")
        obj = getattr(importlib.import_module(module_name), attr)
        loader = getattr(obj, "load", None)
        built: StageFn = loader() if callable(loader) else obj
        return built


STAGES: tuple[Stage, ...] = (
    Stage("normalize", "marsad.stages.normalize:normalize", ("text", "title"), ("text", "title", "id")),
    Stage("language", "marsad.stages.language:LanguageDetector", ("text",), ("language", "warnings")),
    Stage("segment", "marsad.stages.segment:Segmenter", ("text",), ("paragraphs", "sentences", "tokens")),
    Stage(
        "entities",
        "marsad.stages.entities:Entities",
        ("text", "sentences", "tokens"),
        ("entities",),
        arabic_only=True,
    ),
    Stage("actors", "marsad.stages.actors:Actors", ("entities", "tokens"), ("entities",), arabic_only=True),
    Stage("places", "marsad.stages.places:Places", ("text", "entities"), ("entities",), arabic_only=True),
    Stage(
        "quotes",
        "marsad.stages.quotes:Quotes",
        ("text", "paragraphs", "sentences", "tokens", "entities"),
        ("quotes", "outlets"),
        arabic_only=True,
    ),
    Stage(
        "events",
        "marsad.stages.events:Events",
        ("text", "sentences", "tokens", "entities"),
        ("events",),
        arabic_only=True,
    ),
)


def check_order(stages: Sequence[Stage]) -> None:
    """Raise ValueError when a stage requires a field that nothing before it assigns."""
    available = set(READER_FIELDS)
    for stage in stages:
        missing = [f for f in stage.requires if f not in available]
        if missing:
            raise ValueError(f"stage {stage.name!r} requires {missing}, which no earlier stage assigns")
        available.update(stage.assigns)


check_order(STAGES)


# Analysis runs one article or batch at a time per process. The stages keep per-process caches (word types'
# analyses and CRF rows, per-article views) that two threads updating at once would corrupt: the API
# server analyses posted articles in threads, and 26 of 400 articles with new words came out different
# from a one-by-one run before this lock. Threads gain nothing on this CPU-bound Python under the GIL
# anyway; parallel analysis is by processes (`marsad batch`).
_analysis_lock = threading.RLock()


class Pipeline:
    """The stages, built once, applied in order (one analysis at a time per process: _analysis_lock)."""

    def __init__(self, stages: Sequence[Stage] = STAGES) -> None:
        check_order(stages)
        self.stages = tuple(stages)
        self.functions: tuple[StageFn, ...] = tuple(s.build() for s in stages)
        # The loaded models and lexicons are millions of long-lived objects; moving them out of the
        # collector's generations cut full-collection time about fourfold on ANT news (bench/throughput.py).
        gc.collect()
        gc.freeze()
        # A batch allocates hundreds of thousands of tuples that live until the batch ends (tokens, spans,
        # NER features): with CPython's default thresholds (700, 10, 10) the collector ran about 2,000
        # times per 1,000 ANT v2.1 articles, rescanning them, and took about 10 % of the CPU time; with
        # GC_THRESHOLDS (50,000, 50, 10) 22 times and about 4 %; with (200,000, 20, 100) 5 times, 0.40 CPU s
        # against 0.54 (bench/profile_pipeline.py --times prints it). A batch worker keeps a partition's
        # table rows alive too: there the collector took 1.2-1.3 CPU s of 34 for 2,000 articles, now 0.33.
        # Only raised, never lowered, and only cyclic garbage waits longer: memory stays put.
        gc.set_threshold(*map(max, GC_THRESHOLDS, gc.get_threshold()))

    def __call__(self, article: Article) -> Article:
        with _analysis_lock:
            for stage, fn in zip(self.stages, self.functions, strict=True):
                article = self._apply(stage, fn, article)
        return article

    def _apply(self, stage: Stage, fn: StageFn, article: Article) -> Article:
        if stage.arabic_only and article.language != "ar":
            return article
        try:
            return fn(article)
        except MarsadError:
            raise
        except Exception as exc:  # a bug in a stage: name the stage and the article, keep the cause
            raise StageError(stage.name, article.id, f"{type(exc).__name__}: {exc}") from exc

    def pipe(self, articles: Iterable[Article], batch_size: int = 64) -> Iterator[Article]:
        """Run batches through the stages, using a stage's own `pipe` where it has one."""
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= batch_size:
                yield from self._run_batch(batch)
                batch = []
        if batch:
            yield from self._run_batch(batch)

    def _run_batch(self, batch: list[Article]) -> list[Article]:
        with _analysis_lock:
            return self._stages_over(batch)

    def _stages_over(self, batch: list[Article]) -> list[Article]:
        for stage, fn in zip(self.stages, self.functions, strict=True):
            piped: Any = getattr(fn, "pipe", None)
            if piped is None:
                batch = [self._apply(stage, fn, a) for a in batch]
                continue
            todo = [i for i, a in enumerate(batch) if not stage.arabic_only or a.language == "ar"]
            try:
                results = list(piped([batch[i] for i in todo]))
            except MarsadError:
                raise
            except Exception as exc:  # a bug in a batched stage: name it and the batch's first article
                raise StageError(stage.name, batch[0].id, f"{type(exc).__name__}: {exc}") from exc
            for i, result in zip(todo, results, strict=True):
                batch[i] = result
        return batch


_default: Pipeline | None = None


def default_pipeline() -> Pipeline:
    """The process-wide pipeline over STAGES, built on first use."""
    global _default
    with _analysis_lock:  # two threads' first calls build it once
        if _default is None:
            _default = Pipeline()
    return _default


def run(article: Article) -> Article:
    """Analyze one article with the default pipeline."""
    return default_pipeline()(article)


def run_many(articles: Iterable[Article]) -> Iterator[Article]:
    """Analyze many articles with the default pipeline, in batches."""
    return default_pipeline().pipe(articles)
