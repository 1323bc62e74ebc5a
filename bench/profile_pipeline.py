"""Profile the single-process pipeline with pyinstrument over the first N ANT v2.1 articles.

    .venv/bin/python bench/profile_pipeline.py --articles 500 [--html profile.html] [--stages a,b,c]

Prints pyinstrument's call tree (time spent, by function) and the functions with the most own time.
Models load before profiling starts, so the profile is the steady state.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from marsad.ingest import read
from marsad.pipeline import STAGES, Pipeline

CORPUS = Path(__file__).resolve().parents[2] / "shared/data/corpora/ant_v2.1/ant_v2.1_multisource.jsonl"


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


def main() -> None:
    """Profile the pipeline and print the tree and the top own-time functions."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--corpus", default=str(CORPUS))
    parser.add_argument("--stages", default=None, help="comma-separated stage names (default: all)")
    parser.add_argument("--html", default=None, help="also write pyinstrument's HTML report here")
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    from pyinstrument import Profiler

    names = set(args.stages.split(",")) if args.stages else {s.name for s in STAGES}
    pipeline = Pipeline([s for s in STAGES if s.name in names])
    articles = list(itertools.islice(read(args.corpus, on_error=lambda e: None), args.articles))
    words = sum(len(a.text.split()) for a in articles)
    profiler = Profiler(interval=0.001)
    profiler.start()
    for _ in pipeline.pipe(articles):
        pass
    session = profiler.stop()
    seconds = session.duration
    print(f"{len(articles)} articles, {words:,} words in {seconds:.1f} s: {words / seconds:,.0f} words/s")
    print(profiler.output_text(unicode=True, color=False, show_all=False))
    print(f"top {args.top} functions by own time:")
    for own, name in own_times(session, args.top):
        print(f"  {own:7.2f} s  {100 * own / seconds:5.1f} %  {name}")
    if args.html:
        Path(args.html).write_text(profiler.output_html(), encoding="utf-8")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
