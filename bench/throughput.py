"""Throughput of the pipeline: words per second in one process and on Dask with 1 and 2 workers.

    .venv/bin/python bench/throughput.py [--articles 3000] [--workers 1,2] [--stages a,b,c]

`--workers ""` runs the single process only.

Takes the first N lines of ANT v2.1 (multi-source Arabic news), runs them through Pipeline.pipe in this
process with every stage timed, then through `marsad.batch.batch` on a LocalCluster of 1 and 2
single-threaded worker processes. Words are whitespace words of the normalized text. Dask words/s is
the map step (pipelines already built in the workers; reading, analysis, MinHash and Parquet writes
included); words per CPU-second divides by the processes' CPU time instead of the wall clock, which
stays meaningful when other jobs share the machine; "end to end" adds cluster start-up, model loading
and story clustering. Peak memory is each worker process's maximum RSS. Prints a table; the targets
on a 2-core machine are in docs/scale.md.
"""

from __future__ import annotations

import argparse
import itertools
import platform
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from marsad.article import Article
from marsad.batch import PIPE_BATCH, analyze_batch, batch, peak_rss
from marsad.batch_tables import article_rows
from marsad.ingest import read
from marsad.pipeline import STAGES, Pipeline, Stage
from marsad.stories import signature

CORPUS = Path(__file__).resolve().parents[2] / "shared/data/corpora/ant_v2.1/ant_v2.1_multisource.jsonl"
MB = 1024 * 1024


class Timed:
    """A stage function wrapped to add up the seconds (wall clock and CPU) spent in it."""

    def __init__(self, fn: Any) -> None:
        self.fn = fn
        self.seconds = 0.0
        self.cpu = 0.0

    def __call__(self, article: Article) -> Article:
        began, cpu = time.perf_counter(), time.process_time()
        try:
            result: Article = self.fn(article)
            return result
        finally:
            self.seconds += time.perf_counter() - began
            self.cpu += time.process_time() - cpu


class TimedPipe(Timed):
    """A batched stage function (one with `pipe`) wrapped the same way."""

    def pipe(self, articles: Iterable[Article]) -> Iterator[Article]:
        began, cpu = time.perf_counter(), time.process_time()
        try:
            results = list(self.fn.pipe(articles))
        finally:
            self.seconds += time.perf_counter() - began
            self.cpu += time.process_time() - cpu
        return iter(results)


def single(articles: list[Article], stages: tuple[Stage, ...]) -> dict[str, Any]:
    """One process: Pipeline.pipe with each stage timed, then the batch's own per-article work."""
    began = time.perf_counter()
    pipeline = Pipeline(stages)
    load = time.perf_counter() - began
    timed = [TimedPipe(fn) if hasattr(fn, "pipe") else Timed(fn) for fn in pipeline.functions]
    pipeline.functions = tuple(timed)
    began, cpu = time.perf_counter(), time.process_time()
    # As a batch run does: a chunk that raises is rerun article by article and the failures left out.
    done = [
        analyze_batch(pipeline, articles[i : i + PIPE_BATCH]) for i in range(0, len(articles), PIPE_BATCH)
    ]
    results = [a for chunk in done for a in chunk if isinstance(a, Article)]
    seconds, cpu = time.perf_counter() - began, time.process_time() - cpu
    extra: dict[str, tuple[float, float]] = {}
    began, batch_cpu = time.perf_counter(), time.process_time()
    for article in results:
        signature(article.text)
    extra["minhash (batch)"] = (time.perf_counter() - began, time.process_time() - batch_cpu)
    began, batch_cpu = time.perf_counter(), time.process_time()
    for n, article in enumerate(results):
        article_rows(str(n), article)
    extra["table rows (batch)"] = (time.perf_counter() - began, time.process_time() - batch_cpu)
    return {
        "words": sum(len(a.text.split()) for a in results),
        "seconds": seconds,
        "cpu": cpu,
        "failed": len(articles) - len(results),
        "load": load,
        "stages": {s.name: (t.seconds, t.cpu) for s, t in zip(stages, timed, strict=True)},
        "extra": extra,
        "peak_rss": peak_rss(),
    }


def main() -> None:
    """Run the three configurations and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--corpus", default=str(CORPUS))
    parser.add_argument(
        "--workers", default="1,2", help='comma-separated worker counts for Dask runs ("" for none)'
    )
    parser.add_argument("--partition-size", type=int, default=250)
    parser.add_argument("--stages", default=None, help="comma-separated stage names (default: all)")
    args = parser.parse_args()
    names = set(args.stages.split(",")) if args.stages else {s.name for s in STAGES}
    stages = tuple(s for s in STAGES if s.name in names)

    with tempfile.TemporaryDirectory(prefix="marsad-bench-") as tmp:
        sample = Path(tmp) / "sample.jsonl"
        with open(args.corpus, encoding="utf-8") as src:
            sample.write_text("".join(itertools.islice(src, args.articles)), encoding="utf-8")
        articles = list(read(sample, on_error=lambda e: None))
        one = single(articles, stages)
        one_row = (one["words"] / one["seconds"], one["words"] / one["cpu"], one["seconds"])
        rows = [("single process", *one_row, one["seconds"] + one["load"], f"{one['peak_rss'] / MB:,.0f}")]
        for workers in [int(w) for w in args.workers.split(",") if w.strip()]:
            began = time.perf_counter()
            out = Path(tmp) / f"out-{workers}"
            report = batch(
                [str(sample)], out, workers=workers, partition_size=args.partition_size, stages=stages
            )
            wall = time.perf_counter() - began
            peaks = ", ".join(f"{v / MB:,.0f}" for v in sorted(report.peak_rss.values()))
            per_cpu = report.words / report.cpu_seconds if report.cpu_seconds else 0.0
            name = f"dask, {workers} worker{'s' if workers > 1 else ''}"
            rows.append((name, report.words_per_second, per_cpu, report.map_seconds, wall, peaks))

    print(f"{len(articles)} articles ({one['failed']} failed), {one['words']:,} words analyzed")
    # The interpreter matters here: Debian's python3.11 (static, PGO + LTO) is faster than a pyenv build.
    print(f"python {platform.python_version()} from {getattr(sys, '_base_executable', sys.executable)}")
    print(f"stages: {', '.join(s.name for s in stages)}")
    print()
    print("| run | words/s | words per CPU-second | analysis s | end to end s | peak RSS per worker (MB) |")
    print("|---|---:|---:|---:|---:|---|")
    for name, wps, per_cpu, secs, wall, peak in rows:
        print(f"| {name} | {wps:,.0f} | {per_cpu:,.0f} | {secs:.1f} | {wall:.1f} | {peak} |")
    base = rows[1][1] if len(rows) > 1 else 0.0
    for name, wps, *_ in rows[2:]:
        print(f"\n{name}: {wps / base:.2f}x one worker" if base else "")
    print()
    print("| stage (single process) | seconds | share | words/s alone | CPU s |")
    print("|---|---:|---:|---:|---:|")
    total = one["seconds"]
    for name, (secs, cpu) in {**one["stages"], **one["extra"]}.items():
        alone = one["words"] / secs if secs else float("inf")
        print(f"| {name} | {secs:.2f} | {100 * secs / total:.1f} % | {alone:,.0f} | {cpu:.2f} |")
    print(f"| (models loaded in) | {one['load']:.2f} | | | |")


if __name__ == "__main__":
    main()
