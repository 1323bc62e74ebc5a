"""Crash safety: `marsad ingest` killed with SIGKILL at several moments, then rerun, stores every
article exactly once and leaves a sound database (one transaction per batch, idempotent by id).

The ingest runs in a real subprocess through the real CLI; its analyzer is the model-free part of
the pipeline (normalize, language, segment), passed as click's context object, so that a run over
a few hundred small articles takes seconds rather than the full pipeline's model loading.
"""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ARTICLES = 400
BATCH = 16
# Kill moments: once the first batch is stored, a third of the way and two thirds of the way through
# (the poll sees a commit, the kill lands a few milliseconds later: inside a later batch's analysis
# or its transaction).
KILL_AT = (BATCH, ARTICLES // 3, (2 * ARTICLES) // 3)
RUNNER = (
    "import sys\n"
    "from marsad.cli import main\n"
    "from marsad.pipeline import STAGES, Pipeline\n"
    "light = Pipeline([s for s in STAGES if s.name in ('normalize', 'language', 'segment')])\n"
    "main(sys.argv[1:], obj={'analyzer': light})\n"
)
# Names and places varied through a template: "<name> met the <title> of <place> on day <n> and
# discussed <topic>." Every article differs (its number), few share most of their words.
NAMES = ["محمد", "أحمد", "سارة", "ليلى", "يوسف", "عمر", "مريم", "خالد", "هدى", "سليم"]
PLACES = ["بغداد", "عمان", "القاهرة", "الرياض", "تونس", "بيروت", "دمشق", "الرباط", "الدوحة", "مسقط"]
TOPICS = ["التجارة", "المياه", "الطاقة", "التعليم", "الصحة", "النقل", "الزراعة", "السياحة"]


def write_articles(path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for n in range(ARTICLES):
            name, place = NAMES[n % 10], PLACES[(n // 10) % 10]
            topic = TOPICS[(n // 100) % len(TOPICS)]
            text = (
                f"التقى {name} وزير خارجية {place} في اليوم {n} وبحث معه ملف {topic}.\n\n"
                f"وقال {name} إن المحادثات رقم {n * 7} كانت مثمرة، وإن {place} ستستضيف جولة أخرى."
            )
            out.write(
                json.dumps({"id": str(n), "title": f"خبر {n}", "text": text}, ensure_ascii=False) + "\n"
            )


def stored(db: Path) -> int:
    """How many articles the database holds now (0 before the ingest has created it)."""
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def ingest(source: Path, db: Path) -> subprocess.Popen[bytes]:
    args = [sys.executable, "-c", RUNNER, "ingest", str(source), "--db", str(db), "--batch-size", str(BATCH)]
    return subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def check(db: Path) -> tuple[int, int, int, int, str, str]:
    """(articles, distinct ids, FTS rows, MinHash rows, integrity_check, FTS5 integrity)."""
    with sqlite3.connect(db) as conn:
        counts = conn.execute(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(DISTINCT id) FROM articles),"
            " (SELECT count(*) FROM articles_fts), (SELECT count(*) FROM minhashes)"
        ).fetchone()
        verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
        try:
            conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
            fts = "ok"
        except sqlite3.DatabaseError as exc:
            fts = str(exc)
    return (*counts, verdict, fts)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killed_ingest_reruns_to_exactly_once(tmp_path: Path) -> None:
    source, db = tmp_path / "news.jsonl", tmp_path / "marsad.db"
    write_articles(source)
    seen = []
    for threshold in KILL_AT:
        process = ingest(source, db)
        # Generous: loading the models takes a while on a loaded machine; the loop leaves at the count.
        deadline = time.monotonic() + 180
        while stored(db) < threshold and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        assert process.poll() is None, f"ingest ended before {threshold} articles were stored"
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=10)
        count, distinct, fts, minhashes, verdict, fts_verdict = (
            check(db) if db.exists() else (0,) * 4 + ("ok",) * 2
        )
        assert (distinct, fts, minhashes, verdict, fts_verdict) == (count, count, count, "ok", "ok")
        assert count >= threshold
        seen.append(count)
    assert seen[-1] < ARTICLES  # every kill came before the end: the rerun has work left
    final = ingest(source, db)
    _, err = final.communicate(timeout=60)
    assert final.returncode == 0, err.decode()
    summary = err.decode().strip().splitlines()[-1]
    assert (
        summary
        == f"stored {ARTICLES - seen[-1]}, skipped {seen[-1]} (already stored), duplicates 0, failed 0"
    )
    assert check(db) == (ARTICLES, ARTICLES, ARTICLES, ARTICLES, "ok", "ok")
    with sqlite3.connect(db) as conn:
        ids = {row[0] for row in conn.execute("SELECT source_id FROM articles")}
    assert ids == {str(n) for n in range(ARTICLES)}
