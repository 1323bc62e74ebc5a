"""Speed of the events stage alone, in sentences per second on one core.

Sentences from ANT v2.1 (shared/data, when present) or a built-in paragraph go through normalize, segment
and the entities stage once; only the events stage is timed.

    python -m bench.events_speed [--sentences N]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from marsad.article import Article

ANT = (
    Path(__file__).resolve().parents[2]
    / "shared"
    / "data"
    / "corpora"
    / "ant_v2.1"
    / "ant_v2.1_multisource.jsonl"
)
FALLBACK = (
    "وقتلت الشرطة العراقية أمس مسلحين في بغداد بعد أن هاجموا مركزا للشرطة. وتظاهر آلاف الطلاب ضد الحكومة. "
)


def articles(limit: int) -> list[Article]:
    """Analysed articles (everything before events) holding about `limit` sentences."""
    from marsad.pipeline import STAGES, Pipeline

    pipe = Pipeline([s for s in STAGES if s.name != "events"])
    texts = []
    if ANT.exists():
        with ANT.open(encoding="utf-8") as f:
            for line in f:
                texts.append(json.loads(line)["text"])
                if sum(t.count(".") for t in texts) > limit:
                    break
    else:
        texts = [FALLBACK * 20] * max(1, limit // 40)
    return [pipe(Article(text=t)) for t in texts]


def main() -> None:
    """Time the events stage over the prepared articles."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sentences", type=int, default=3000)
    args = parser.parse_args()
    from marsad.stages.events import Events

    docs = articles(args.sentences)
    stage = Events.load()
    stage(docs[0])  # warm
    n = sum(len(a.sentences) for a in docs)
    start, cpu = time.perf_counter(), time.process_time()
    events = sum(len(stage(a).events) for a in docs)
    took, cpu_took = time.perf_counter() - start, time.process_time() - cpu
    # CPU time is the one-core figure; wall time also counts other processes on a shared machine.
    print(f"{n} sentences, {events} events: {n / cpu_took:,.0f} sentences/s (CPU), {n / took:,.0f} (wall)")


if __name__ == "__main__":
    main()
