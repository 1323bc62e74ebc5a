"""Profile the pipeline in one process over the first N ANT v2.1 articles: CPU time per stage, or a call tree.

    .venv/bin/python bench/profile_pipeline.py --articles 1000 --times [--dump out.jsonl --dump-n 300]
    .venv/bin/python bench/profile_pipeline.py --articles 500 [--html profile.html] [--stages a,b,c]

`--times` runs the pipeline as a batch run does (chunks of marsad.batch.PIPE_BATCH through
`analyze_batch`), then each article's MinHash signature and table rows, and prints the CPU seconds
(time.process_time) of each stage, of the garbage collector, and words per CPU-second. CPU time, not
the wall clock, so the figures stay meaningful on a machine shared with other jobs (contention still
inflates them somewhat: compare runs made under similar load). `--dump` writes the first articles' JSON,
one per line with sorted keys, to diff the output of two versions of the code.

Without `--times`: pyinstrument's call tree (time spent, by function) and the functions with the most
own time. Models load before profiling starts, so both show the steady state.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from marsad.article import Article
from marsad.batch import PIPE_BATCH, analyze_batch
from marsad.batch_tables import article_rows
from marsad.ingest import read
from marsad.pipeline import STAGES, Pipeline
from marsad.stories import signature

CORPUS = Path(__file__).resolve().parents[2] / "shared/data/corpora/ant_v2.1/ant_v2.1_multisource.jsonl"


class CpuTimed:
    """A stage function wrapped to add up the CPU seconds spent in it (its `pipe` too, when it has one)."""

    def __init__(self, fn: Any) -> None:
        self.fn = fn
        self.cpu = 0.0
        if hasattr(fn, "pipe"):
            self.pipe = self._pipe

    def __call__(self, article: Article) -> Article:
        began = time.process_time()
        try:
            result: Article = self.fn(article)
            return result
        finally:
            self.cpu += time.process_time() - began

    def _pipe(self, articles: Iterable[Article]) -> Iterator[Article]:
        began = time.process_time()
        try:
            results = list(self.fn.pipe(articles))
        finally:
            self.cpu += time.process_time() - began
        return iter(results)


class GcTimer:
    """Adds up the CPU seconds the cyclic garbage collector runs, through gc.callbacks."""

    def __init__(self) -> None:
        self.cpu = 0.0
        self.collections = 0
        self._began = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._began = time.process_time()
        else:
            self.cpu += time.process_time() - self._began
            self.collections += 1


def stage_times(
    articles: list[Article], names: set[str], dump: str | None, dump_n: int, warm: list[Article]
) -> None:
    """Run the pipeline with every stage CPU-timed and print the table (after `warm`, untimed)."""
    stages = tuple(s for s in STAGES if s.name in names)
    pipeline = Pipeline(stages)
    for i in range(0, len(warm), PIPE_BATCH):
        analyze_batch(pipeline, warm[i : i + PIPE_BATCH])
    timed = [CpuTimed(fn) for fn in pipeline.functions]
    pipeline.functions = tuple(timed)
    collector = GcTimer()
    gc.callbacks.append(collector)
    began = time.process_time()
    done = [
        analyze_batch(pipeline, articles[i : i + PIPE_BATCH]) for i in range(0, len(articles), PIPE_BATCH)
    ]
    cpu = time.process_time() - began
    results = [a for chunk in done for a in chunk if isinstance(a, Article)]
    extra: dict[str, float] = {}
    began = time.process_time()
    for article in results:
        signature(article.text)
    extra["minhash (batch)"] = time.process_time() - began
    began = time.process_time()
    for n, article in enumerate(results):
        article_rows(str(n), article)
    extra["table rows (batch)"] = time.process_time() - began
    gc.callbacks.remove(collector)
    words = sum(len(a.text.split()) for a in results)
    per_stage = {s.name: t.cpu for s, t in zip(stages, timed, strict=True)}
    overhead = cpu - sum(per_stage.values())
    print(f"{len(results)} articles ({len(articles) - len(results)} failed), {words:,} words")
    print(f"pipeline: {cpu:.2f} CPU s, {words / cpu:,.0f} words per CPU-second")
    with_batch = cpu + sum(extra.values())
    print(f"with MinHash and table rows: {with_batch:.2f} CPU s, {words / with_batch:,.0f} words per CPU-s")
    print(f"garbage collector (inside the above): {collector.cpu:.2f} CPU s in {collector.collections} runs")
    print()
    print("| stage | CPU s | share of pipeline |")
    print("|---|---:|---:|")
    for name, secs in {**per_stage, "(pipeline overhead)": overhead, **extra}.items():
        print(f"| {name} | {secs:.2f} | {100 * secs / cpu:.1f} % |")
    if dump:
        with open(dump, "w", encoding="utf-8") as fh:
            for article in results[:dump_n]:
                fh.write(json.dumps(article.to_json(), ensure_ascii=False, sort_keys=True) + "\n")


def own_times(session: Any, top: int) -> list[tuple[float, str]]:
    """The `top` functions by own (self) time across the profile's call tree."""
    totals: Counter[str] = Counter()

    def walk(frame: Any) -> None:
        if frame is None:
            return
        if frame.function and not frame.is_synthetic:
            where = f"{frame.function} ({Path(frame.file_path or '?').name}:{frame.line_no})"
            totals[where] += frame.total_self_time
        for child in frame.children:
            walk(child)

    walk(session.root_frame())
    return [(t, name) for name, t in totals.most_common(top)]


def call_tree(articles: list[Article], names: set[str], top: int, html: str | None) -> None:
    """Profile the pipeline with pyinstrument and print the tree and the top own-time functions."""
    from pyinstrument import Profiler

    pipeline = Pipeline([s for s in STAGES if s.name in names])
    words = sum(len(a.text.split()) for a in articles)
    # The timing thread: reading the clock per sample costs ~19 µs here, which would distort the profile.
    profiler = Profiler(interval=0.001, use_timing_thread=True)
    profiler.start()
    for _ in pipeline.pipe(articles):
        pass
    session = profiler.stop()
    seconds = session.duration
    print(f"{len(articles)} articles, {words:,} words in {seconds:.1f} s: {words / seconds:,.0f} words/s")
    print(profiler.output_text(unicode=True, color=False, show_all=False))
    print(f"top {top} functions by own time:")
    for own, name in own_times(session, top):
        print(f"  {own:7.2f} s  {100 * own / seconds:5.1f} %  {name}")
    if html:
        Path(html).write_text(profiler.output_html(), encoding="utf-8")


def main() -> None:
    """Read the articles, then time the stages (--times) or profile the call tree."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--corpus", default=str(CORPUS))
    parser.add_argument("--stages", default=None, help="comma-separated stage names (default: all)")
    parser.add_argument("--times", action="store_true", help="CPU seconds per stage instead of a call tree")
    parser.add_argument("--dump", default=None, help="with --times: write the first articles' JSON here")
    parser.add_argument("--dump-n", type=int, default=300)
    parser.add_argument("--html", default=None, help="also write pyinstrument's HTML report here")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument(
        "--warm",
        type=int,
        default=0,
        help="with --times: first run the next N articles, untimed (warm caches)",
    )
    args = parser.parse_args()
    names = set(args.stages.split(",")) if args.stages else {s.name for s in STAGES}
    read_all = list(itertools.islice(read(args.corpus, on_error=lambda e: None), args.articles + args.warm))
    articles, warm = read_all[: args.articles], read_all[args.articles :]
    if args.times:
        stage_times(articles, names, args.dump, args.dump_n, warm)
    else:
        call_tree(articles, names, args.top, args.html)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
