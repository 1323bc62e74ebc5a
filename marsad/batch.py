"""Batch analysis on Dask: inputs split into partitions, analyzed in worker processes, written as Parquet.

    marsad batch INPUT... --out DIR [--workers N | --scheduler tcp://host:8786] [--partition-size N]
    marsad query "SELECT ..." --data DIR [--format table|csv|json]

The driver splits the inputs (`partitions`): a JSON Lines file into line ranges that a worker reads by
byte offset, any other file whole. Each partition is one task (`run_partition`): the worker builds the
pipeline once (a module-level cache, never pickled per article), reads only its part, analyzes it and
writes DIR/<table>/part-<key>.parquet for every table, then the marker DIR/_done/<key>; a rerun skips the
partitions that have both. After the map step the driver groups near-duplicate articles into stories
over the MinHash signatures the workers computed (marsad.stories) and writes DIR/stories/.
This is the only module that imports dask.
"""

from __future__ import annotations

import contextlib
import os
import resource
import socket
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

from marsad.article import Article
from marsad.batch_partitions import PARTITION_SIZE, Partition, partitions, read_partition
from marsad.batch_query import connect, format_rows, query
from marsad.batch_tables import PARTITION_TABLES, STORIES_SCHEMA, Row, article_rows, write_atomic, write_rows
from marsad.errors import InputError, MarsadError
from marsad.pipeline import STAGES, Pipeline, Stage, check_order
from marsad.stories import THRESHOLD, cluster, signature

__all__ = ["BatchReport", "Partition", "batch", "batch_command", "connect", "partitions", "query_command"]

# Articles handed to Pipeline.pipe at once inside a partition (the NER stage tags a whole batch per call).
PIPE_BATCH = 64
DONE = "_done"


@dataclass(frozen=True, slots=True)
class PartitionResult:
    """What a worker reports back for one partition."""

    key: str
    articles: int
    words: int
    failures: int
    seconds: float
    cpu_seconds: float  # the worker process's CPU time over the task (all its threads)
    worker: str
    peak_rss: int  # bytes: the worker process's peak resident memory so far


@dataclass
class BatchReport:
    """What a batch run did: partitions written and skipped, articles, words, stories, time."""

    partitions: int = 0
    skipped: int = 0
    articles: int = 0
    words: int = 0
    failures: int = 0
    stories: int = 0
    map_seconds: float = 0.0  # from the first task submitted to the last result, pipelines already built
    cpu_seconds: float = 0.0  # CPU time of the tasks' worker processes: throughput per core, contention aside
    seconds: float = 0.0
    peak_rss: dict[str, int] = field(default_factory=dict)  # worker -> bytes

    @property
    def words_per_second(self) -> float:
        """Throughput of the map step."""
        return self.words / self.map_seconds if self.map_seconds else 0.0


def is_done(out: Path, key: str) -> bool:
    """Whether a partition's marker and all its tables are written."""
    return (out / DONE / key).exists() and all(
        (out / name / f"part-{key}.parquet").exists() for name in PARTITION_TABLES
    )


# Worker side: one Pipeline per stage list per worker process, built on first use.
_pipelines: dict[tuple[Stage, ...], Pipeline] = {}
_build_lock = threading.Lock()


def worker_pipeline(stages: Sequence[Stage]) -> Pipeline:
    """This process's pipeline over `stages`, built once."""
    key = tuple(stages)
    with _build_lock:
        if key not in _pipelines:
            _pipelines[key] = Pipeline(key)
        return _pipelines[key]


def analyze_batch(pipeline: Pipeline, chunk: list[Article]) -> list[Article | MarsadError]:
    """The chunk analyzed as one batch; when that fails, article by article so one bad article costs one."""
    try:
        return list(pipeline.pipe(chunk, batch_size=len(chunk)))
    except MarsadError:
        pass
    results: list[Article | MarsadError] = []
    for article in chunk:
        try:
            results.append(pipeline(article))
        except MarsadError as exc:
            results.append(exc)
    return results


def _where(article: Article, doc: str) -> str:
    """Where an article came from, for the failures table: file:line, else the file, else its doc key."""
    source = article.source
    if source and source.path and source.line:
        return f"{source.path}:{source.line}"
    return (source.path if source else None) or doc


def run_partition(part: Partition, out: Path, stages: Sequence[Stage], max_chars: int) -> PartitionResult:
    """Analyze one partition in this worker and write its tables and marker (the Dask task)."""
    began, cpu = time.perf_counter(), time.process_time()
    pipeline = worker_pipeline(stages)
    tables: dict[str, list[Row]] = {name: [] for name in PARTITION_TABLES}

    def failed(where: str, reason: str) -> None:
        tables["failures"].append({"input": where, "reason": reason, "partition": part.key})

    try:
        raw = list(read_partition(part, max_chars, lambda e: failed(e.input_name, e.problem)))
    except InputError as exc:  # the whole partition is unusable (unreadable, binary)
        failed(exc.input_name, exc.problem)
        raw = []
    words = 0
    for offset in range(0, len(raw), PIPE_BATCH):
        chunk = raw[offset : offset + PIPE_BATCH]
        for n, (article, result) in enumerate(
            zip(chunk, analyze_batch(pipeline, chunk), strict=True), offset
        ):
            doc = f"{part.key}/{n}"
            if isinstance(result, MarsadError):
                failed(_where(article, doc), str(result))
                continue
            words += len(result.text.split())
            for name, rows in article_rows(doc, result).items():
                tables[name].extend(rows)
            sig = signature(result.text)  # MinHash here, in the worker; LSH on the driver
            source = result.source
            tables["signatures"].append(
                {
                    "doc": doc,
                    "article_id": result.id,
                    "published": result.published,
                    "path": source.path if source else None,
                    "line": source.line if source else None,
                    "minhash": sig,
                }
            )
    for name, rows in tables.items():
        write_rows(out, name, part.key, rows)
    marker = out / DONE / part.key
    marker.parent.mkdir(parents=True, exist_ok=True)
    marker.write_text(f"{len(tables['articles'])} articles\n", encoding="utf-8")
    return PartitionResult(
        key=part.key,
        articles=len(tables["articles"]),
        words=words,
        failures=len(tables["failures"]),
        seconds=time.perf_counter() - began,
        cpu_seconds=time.process_time() - cpu,
        worker=f"{socket.gethostname()}:{os.getpid()}",
        peak_rss=peak_rss(),
    )


def peak_rss() -> int:
    """This process's peak resident memory in bytes (Linux VmHWM; ru_maxrss elsewhere)."""
    # Not ru_maxrss on Linux: it survives exec, so a worker spawned by a big driver reports the driver's peak.
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    scale = 1 if sys.platform == "darwin" else 1024  # bytes on macOS, kilobytes elsewhere
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale


def _warm(stages: Sequence[Stage]) -> int:
    """Build the pipeline in a worker before any task runs; returns the worker's pid."""
    worker_pipeline(stages)
    return os.getpid()


# distributed's periodic work in a worker, slowed down for long pure-Python tasks: the sampling profiler
# (every 10 ms it walks the task's stack: 3-5 % of the task's CPU), the event-loop tick that detects a
# blocked loop (20 ms), the system monitor (0.5 s) and the memory monitor (0.1 s). Each wakes the event
# loop, which takes the GIL from the task thread. With the last three slowed down, 2 workers on 2 cores
# went from 21,355 to 26,898 words/s (bench/throughput.py --articles 2000, back to back, idle machine).
# The memory monitor still pauses or restarts a worker past its limit, within 2 s instead of 0.1 s.
WORKER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "2s",
}


@contextlib.contextmanager
def _client(workers: int, scheduler: str | None) -> Iterator[Any]:
    """A distributed Client: on an existing scheduler, or on a LocalCluster of single-threaded processes."""
    import dask
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    # The worker's event loop shares the GIL with the task thread, and every periodic callback makes the
    # task hand it over: see WORKER_CONFIG. Set the same values on the workers of a real cluster
    # (DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED=False, DASK_DISTRIBUTED__ADMIN__TICK__INTERVAL=1s, ...).
    with (
        dask.config.set(WORKER_CONFIG),
        # ":0": the scheduler's HTTP server on a free port; with None it still takes 8787, and a second
        # batch run on the same machine (or a test run beside one) failed with "Port 8787 is already in use"
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def cluster_stories(out: Path, threshold: float = THRESHOLD) -> int:
    """Group every article under `out` into stories from its signature; write stories/ and count them."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    files = sorted((out / "signatures").glob("part-*.parquet"))
    if not files:
        return 0
    table = pa.concat_tables([pq.read_table(f) for f in files])
    # The first copy is the earliest published; undated ones after the dated, then in input order.
    order = [("published", "ascending"), ("path", "ascending"), ("line", "ascending"), ("doc", "ascending")]
    table = table.sort_by(order)
    sigs = table.column("minhash").to_pylist()
    ids = table.column("article_id").to_pylist()
    stories = cluster(ids, sigs, threshold)
    copies = Counter(stories)
    result = pa.table(
        {
            "doc": table.column("doc"),
            "article_id": table.column("article_id"),
            "story": pa.array(stories, pa.string()),
            "copies": pa.array([copies[s] for s in stories], pa.int64()),
        },
        schema=STORIES_SCHEMA,
    )
    write_atomic(result, out / "stories" / "stories.parquet")
    return len(copies)


def batch(
    inputs: Sequence[str],
    out: str | Path,
    *,
    workers: int = 2,
    scheduler: str | None = None,
    partition_size: int = PARTITION_SIZE,
    stages: Sequence[Stage] = STAGES,
    max_chars: int = 1_000_000,
    threshold: float = THRESHOLD,
    progress: bool = False,
) -> BatchReport:
    """Analyze the inputs on Dask into Parquet tables under `out`, skipping partitions already written."""
    began = time.perf_counter()
    out = Path(out)
    stages = tuple(stages)
    check_order(stages)
    parts = partitions(inputs, partition_size)
    todo = [p for p in parts if not is_done(out, p.key)]
    report = BatchReport(partitions=len(parts), skipped=len(parts) - len(todo))
    if todo:
        _map(todo, out, stages, max_chars, workers, scheduler, progress, report)
    report.stories = cluster_stories(out, threshold)
    report.seconds = time.perf_counter() - began
    return report


def _map(
    todo: list[Partition],
    out: Path,
    stages: tuple[Stage, ...],
    max_chars: int,
    workers: int,
    scheduler: str | None,
    progress: bool,
    report: BatchReport,
) -> None:
    """Run the partitions on the cluster, collecting results into `report`."""
    from distributed import as_completed

    with _client(workers, scheduler) as client:
        try:
            client.run(_warm, stages)
        except Exception as exc:  # a stage that cannot load (a missing model file) fails every task
            raise MarsadError(f"the pipeline cannot be built on the workers: {exc}") from exc
        mapped = time.perf_counter()
        futures = {
            client.submit(run_partition, p, out, stages, max_chars, key=f"marsad-{p.key}", pure=False): p
            for p in todo
        }
        bar = click.progressbar(length=len(futures), label="partitions", file=sys.stderr)
        with bar if progress else contextlib.nullcontext(bar):
            for future in as_completed(futures):
                part = futures[future]
                try:
                    result: PartitionResult = future.result()
                except Exception as exc:  # a dead worker or a bug outside the stages: the rerun retries it
                    where = part.path if part.end is None else f"{part.path}:{part.first_line}"
                    row = {"input": where, "reason": f"{type(exc).__name__}: {exc}", "partition": part.key}
                    write_rows(out, "failures", part.key, [row])
                    report.failures += 1
                else:
                    report.articles += result.articles
                    report.words += result.words
                    report.cpu_seconds += result.cpu_seconds
                    report.failures += result.failures
                    report.peak_rss[result.worker] = max(
                        report.peak_rss.get(result.worker, 0), result.peak_rss
                    )
                future.release()
                if progress:
                    bar.update(1)
        report.map_seconds = time.perf_counter() - mapped


def _stage_list(names: str | None) -> tuple[Stage, ...]:
    """STAGES, or the named ones in pipeline order."""
    if not names:
        return STAGES
    wanted = [n.strip() for n in names.split(",") if n.strip()]
    known = {s.name for s in STAGES}
    unknown = [n for n in wanted if n not in known]
    if unknown:
        raise click.BadParameter(f"unknown stage(s) {unknown}: choose among {sorted(known)}")
    return tuple(s for s in STAGES if s.name in wanted)


def _fail(message: str) -> None:
    """Print one error line and exit non-zero, as marsad.cli does."""
    click.echo(f"marsad: error: {message}", err=True)
    sys.exit(1)


@click.command("batch")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", required=True, type=click.Path(file_okay=False), help="Folder for the Parquet tables.")
@click.option("--workers", default=2, show_default=True, help="Worker processes of the local cluster.")
@click.option("--scheduler", default=None, help="Address of a running Dask scheduler (tcp://host:8786).")
@click.option("--partition-size", default=PARTITION_SIZE, show_default=True, help="JSONL lines per task.")
@click.option("--stages", "stage_names", default=None, help="Comma-separated stages to run (default: all).")
@click.option("--max-chars", default=1_000_000, show_default=True, help="Largest article text accepted.")
@click.option("--threshold", default=THRESHOLD, show_default=True, help="Jaccard similarity of one story.")
def batch_command(
    inputs: tuple[str, ...],
    out: str,
    workers: int,
    scheduler: str | None,
    partition_size: int,
    stage_names: str | None,
    max_chars: int,
    threshold: float,
) -> None:
    """Analyze many articles on Dask and write Parquet tables (articles, entities, quotes, events ...)."""
    stages = _stage_list(stage_names)
    try:
        report = batch(
            inputs,
            out,
            workers=workers,
            scheduler=scheduler,
            partition_size=partition_size,
            stages=stages,
            max_chars=max_chars,
            threshold=threshold,
            progress=True,
        )
    except (MarsadError, ValueError) as exc:
        _fail(str(exc))
        return
    click.echo(
        f"{report.partitions} partitions ({report.skipped} already written), {report.articles} articles "
        f"analyzed, {report.failures} failures, {report.stories} stories; "
        f"{report.words_per_second:,.0f} words/s over {report.map_seconds:.1f} s -> {out}"
    )
    if report.failures:
        click.echo(f"see the failures table: marsad query 'SELECT * FROM failures' --data {out}", err=True)


@click.command("query")
@click.argument("sql")
@click.option("--data", required=True, type=click.Path(file_okay=False), help="A marsad batch --out folder.")
@click.option(
    "--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True
)
def query_command(sql: str, data: str, fmt: str) -> None:
    """Run SQL (DuckDB) over a batch's tables: articles, entities, quotes, events, story_events, failures."""
    try:
        columns, rows = query(sql, data)
    except MarsadError as exc:
        _fail(str(exc))
        return
    click.echo(format_rows(columns, rows, fmt), nl=False)
