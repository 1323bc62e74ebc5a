"""Load benchmark: a real `marsad serve` on loopback, many concurrent clients, mixed reads.

    .venv/bin/python bench/load.py [--articles 10000] [--clients 20] [--requests 4000] [--seconds 60]
                                   [--db bench/load.db]

Builds (once, then reuses) a store of synthetic Arabic articles: a template with varying people,
places, topics and numbers, analyzed by the model-free stages (normalize, language, segment) and
stored through the store API. Starts `marsad serve` as a subprocess, then runs `--clients` asyncio
httpx clients until `--requests` requests or `--seconds` have passed, each picking at random:
search (/api/articles?q=...), the article page (/articles/{id}) or its JSON (/api/articles/{id}).
Prints p50 and p95 latency per endpoint, requests per second and errors. A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

from marsad.article import Article
from marsad.pipeline import STAGES, Pipeline
from marsad.store import open_store

REPO = Path(__file__).resolve().parents[1]
# People, places and topics for the template; the queries search for them (folded forms included).
PEOPLE = ["محمد الأحمد", "سارة يوسف", "خالد العمر", "ليلى حسن", "عمر الخطيب", "هدى سليم", "يوسف مراد"]
PLACES = ["بغداد", "عمان", "القاهرة", "الرياض", "تونس", "بيروت", "دمشق", "الرباط", "الدوحة", "أنقرة"]
TOPICS = ["التجارة", "المياه", "الطاقة", "التعليم", "الصحة", "النقل", "الزراعة", "السياحة", "الأمن"]
QUERIES = ["بغداد", "ايران", "وزير الخارجية", "التجارة", "انقرة", "الرئيس", "محادثات", "الطاقه", "عمان"]
QUERIES += ['"وزير الخارجية"', "سارة", "المياه الدوحة", "نادر"]


def article(n: int, rng: random.Random) -> Article:
    """One synthetic news article (a title and three paragraphs) numbered n."""
    person, place, other = rng.choice(PEOPLE), rng.choice(PLACES), rng.choice(PLACES)
    topic = rng.choice(TOPICS)
    text = (
        f"وصل وزير الخارجية {person} إلى {place} قادما من {other} في زيارة رسمية رقم {n}.\n\n"
        f"وقال الوزير إن المحادثات مع نظيره تناولت ملف {topic} والعلاقات الثنائية، "
        f"مضيفا أن {place} و{other} ستوقعان {n % 17 + 2} اتفاقيات قبل نهاية العام.\n\n"
        f"وأضاف {person} في مؤتمر صحفي: «نحن نعمل على حل يرضي الجميع، والحوار مستمر». "
        f"وكان الرئيس قد استقبل الوفد صباح اليوم بحضور {rng.randint(3, 40)} مسؤولا."
    )
    day = f"20{rng.randint(15, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return Article(text=text, title=f"{person} في {place}: مباحثات حول {topic} ({n})", published=day)


def build(db: Path, count: int) -> list[str]:
    """Store `count` synthetic articles in db (when it holds fewer); return every stored id."""
    with open_store(db) as store:
        have = store.count()
        if have < count:
            light = Pipeline([s for s in STAGES if s.name in ("normalize", "language", "segment")])
            rng = random.Random(have)
            started = time.perf_counter()
            report = store.ingest((article(n, rng) for n in range(have, count)), light, batch_size=256)
            took = time.perf_counter() - started
            print(f"built {db}: {report.line()} in {took:.0f} s", file=sys.stderr)
        ids = [row[0] for row in store.conn.execute("SELECT id FROM articles")]
    return ids


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve(db: Path, port: int) -> subprocess.Popen[bytes]:
    """`marsad serve` over db as a subprocess, once it answers."""
    args = [sys.executable, "-m", "marsad.cli", "serve", "--db", str(db), "--port", str(port)]
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/articles?limit=1", timeout=2)
            return process
        except httpx.TransportError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("marsad serve did not answer within 60 s")


async def client(
    base: str,
    ids: list[str],
    rng: random.Random,
    stop: float,
    budget: list[int],
    results: list[tuple[str, float, bool]],
) -> None:
    """One client: requests one after another until the budget or the time runs out."""
    async with httpx.AsyncClient(base_url=base, timeout=30) as http:
        while budget[0] > 0 and time.monotonic() < stop:
            budget[0] -= 1
            pick = rng.random()
            if pick < 0.4:
                endpoint, url = "search", f"/api/articles?q={rng.choice(QUERIES)}&limit=20"
            elif pick < 0.7:
                endpoint, url = "article page", f"/articles/{rng.choice(ids)}"
            else:
                endpoint, url = "article json", f"/api/articles/{rng.choice(ids)}"
            started = time.perf_counter()
            try:
                response = await http.get(url)
                ok = response.status_code == 200
            except httpx.HTTPError:
                ok = False
            results.append((endpoint, time.perf_counter() - started, ok))


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def run(base: str, ids: list[str], clients: int, requests: int, seconds: float) -> float:
    results: list[tuple[str, float, bool]] = []
    budget, stop = [requests], time.monotonic() + seconds
    started = time.perf_counter()
    await asyncio.gather(
        *(client(base, ids, random.Random(i), stop, budget, results) for i in range(clients))
    )
    took = time.perf_counter() - started
    print(f"{'endpoint':<14}{'requests':>9}{'p50 ms':>9}{'p95 ms':>9}{'errors':>8}")
    for endpoint in ("search", "article page", "article json", "all"):
        rows = [r for r in results if endpoint in ("all", r[0])]
        times = [r[1] * 1000 for r in rows]
        errors = sum(not r[2] for r in rows)
        print(
            f"{endpoint:<14}{len(rows):>9}{statistics.median(times):>9.1f}"
            f"{percentile(times, 0.95):>9.1f}{errors:>8}"
        )
    print(f"{len(results)} requests in {took:.1f} s: {len(results) / took:.0f} requests/s, {clients} clients")
    return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=4_000)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--db", type=Path, default=REPO / "bench" / "load.db")
    args = parser.parse_args()
    ids = build(args.db, args.articles)
    size = args.db.stat().st_size / 1e6
    print(f"store: {len(ids)} articles, {size:.0f} MB ({args.db})")
    port = free_port()
    process = serve(args.db, port)
    try:
        asyncio.run(run(f"http://127.0.0.1:{port}", ids, args.clients, args.requests, args.seconds))
    finally:
        process.terminate()
        process.wait(timeout=10)


if __name__ == "__main__":
    main()
