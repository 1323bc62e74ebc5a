"""marsad batch on a local Dask cluster, story clustering, and marsad query over the Parquet it writes."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from datasketch import MinHash

from marsad import dedup
from marsad.batch import batch, batch_command, query_command
from marsad.batch_partitions import partitions, read_partition
from marsad.batch_query import query
from marsad.batch_tables import SCHEMAS
from marsad.errors import InputError
from marsad.models.ner import MODEL_DIR
from marsad.pipeline import STAGES
from marsad.stories import cluster, dedupe_events, signature

distributed = pytest.importorskip("distributed")

# The stages up to quotes when the NER model is there, else the ones that need no model. Not events: the
# event tests below give their rows, so they hold whatever state the events stage is in.
LIGHT = ("normalize", "language", "segment")
UP_TO_QUOTES = (*LIGHT, "entities", "actors", "places", "quotes")
STAGE_NAMES = UP_TO_QUOTES if (MODEL_DIR / "crf.bin").exists() else LIGHT
TEST_STAGES = tuple(s for s in STAGES if s.name in STAGE_NAMES)

# "The foreign minister said on Tuesday that talks with the neighbouring side will resume next week in
# the capital after a two-month halt over border disputes, and that both delegations agreed on an agenda
# of trade, water and the return of refugees, stressing that the region needs calm more than ever."
TALKS = (
    "قال وزير الخارجية يوم الثلاثاء إن المحادثات مع الجانب المجاور ستستأنف الأسبوع المقبل في العاصمة "
    "بعد توقف دام شهرين بسبب الخلافات حول الحدود، وأضاف أن الوفدين اتفقا على جدول أعمال يشمل التجارة "
    "والمياه وعودة اللاجئين، مؤكدا أن المنطقة بحاجة إلى الهدوء أكثر من أي وقت مضى."
)
# The same report re-posted with one more sentence: "The meeting will be held behind closed doors."
TALKS_COPY = TALKS + " وسيعقد الاجتماع خلف أبواب مغلقة."
# "The national team announced its squad for the continental championship that starts next month in
# Cairo, with three new players called up for the first time and the veteran captain left out injured."
FOOTBALL = (
    "أعلن المنتخب الوطني لكرة القدم قائمة اللاعبين المشاركين في البطولة القارية التي تنطلق الشهر المقبل "
    "في القاهرة، بعد استدعاء ثلاثة لاعبين جدد للمرة الأولى وغياب القائد المخضرم بسبب الإصابة."
)
# "Rain flooded streets of the old city on Monday and civil defence teams evacuated several families."
RAIN = "أغرقت الأمطار شوارع المدينة القديمة يوم الاثنين وأجلت فرق الدفاع المدني عدة عائلات من منازلها."


@pytest.fixture(scope="module")
def cluster_address() -> Iterator[str]:
    """One LocalCluster of two single-threaded worker processes for the whole module."""
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        dashboard_address=":0",  # a free port (see batch.py)
    ) as local:
        yield local.scheduler_address


@pytest.fixture
def inputs(tmp_path: Path) -> list[str]:
    """A JSONL file of five lines (the third broken) and a text file, a near copy of line 2: five articles."""
    lines = [
        json.dumps({"id": "a1", "title": "محادثات", "text": TALKS, "date": "2024-03-05"}, ensure_ascii=False),
        json.dumps({"id": "a2", "text": FOOTBALL, "date": "2024-03-05"}, ensure_ascii=False),
        '{"id": "a3", "text": "نص بلا نهاية',  # broken: the string and the object never close
        json.dumps(
            {"id": "a4", "title": "محادثات", "text": TALKS_COPY, "date": "2024-03-06"}, ensure_ascii=False
        ),
        json.dumps({"id": "a5", "text": RAIN}, ensure_ascii=False),
    ]
    news = tmp_path / "news.jsonl"
    news.write_text("\n".join(lines) + "\n", encoding="utf-8")
    note = tmp_path / "note.txt"
    # The football report again, under a dateline: "Cairo - ".
    note.write_text("القاهرة - " + FOOTBALL + "\n", encoding="utf-8")
    return [str(news), str(note)]


def table(out: Path, name: str) -> pa.Table:
    """All partitions of one table."""
    return pa.concat_tables([pq.read_table(f) for f in sorted((out / name).glob("*.parquet"))])


def test_partitions_split_jsonl_by_byte_ranges_with_file_line_numbers(inputs: list[str]) -> None:
    parts = partitions(inputs, size=2)
    assert [(p.first_line, p.end is None) for p in parts] == [(1, False), (3, False), (5, False), (1, True)]
    lines, errors = [], []
    for part in parts[:3]:
        lines += [a.source.line for a in read_partition(part, 1_000_000, errors.append) if a.source]
    assert lines == [1, 2, 4, 5]
    assert [e.input_name for e in errors] == [f"{inputs[0]}:3"]


def test_batch_writes_tables_records_failures_clusters_stories_and_skips_on_rerun(
    cluster_address: str, inputs: list[str], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    report = batch(inputs, out, scheduler=cluster_address, partition_size=2, stages=TEST_STAGES)
    assert (report.partitions, report.skipped, report.articles, report.failures) == (4, 0, 5, 1)
    for name in SCHEMAS:
        assert len(list((out / name).glob("part-*.parquet"))) == 4, name
    articles = table(out, "articles")
    assert articles.num_rows == 5
    assert sorted(articles.column("source_id").to_pylist(), key=str) == [None, "a1", "a2", "a4", "a5"]
    assert table(out, "entities").num_rows == sum(articles.column("entities").to_pylist())
    assert table(out, "quotes").num_rows == sum(articles.column("quotes").to_pylist())
    failures = table(out, "failures").to_pylist()
    assert [f["input"] for f in failures] == [f"{inputs[0]}:3"]
    assert "not valid JSON" in failures[0]["reason"]
    # The copy a4 (a day later) joins the story of the first report a1; the undated text file joins a2,
    # posted with a date; a5 stands alone.
    stories = {r["doc"]: r for r in table(out, "stories").to_pylist()}
    by_source = {r["source_id"]: stories[r["doc"]] for r in articles.to_pylist()}
    assert [by_source[s]["story"] for s in ("a1", "a4", "a2", None, "a5")] == [
        by_source[s]["article_id"] for s in ("a1", "a1", "a2", "a2", "a5")
    ]
    assert [by_source[s]["copies"] for s in ("a1", "a4", "a2", None, "a5")] == [2, 2, 2, 2, 1]
    assert report.stories == 3

    written = {f: f.stat().st_mtime_ns for f in out.rglob("part-*.parquet")}
    again = batch(inputs, out, scheduler=cluster_address, partition_size=2, stages=TEST_STAGES)
    assert (again.partitions, again.skipped, again.articles, again.stories) == (4, 4, 0, 3)
    assert {f: f.stat().st_mtime_ns for f in out.rglob("part-*.parquet")} == written


def test_cli_batch_then_query(cluster_address: str, inputs: list[str], tmp_path: Path) -> None:
    out = tmp_path / "out"
    runner = CliRunner()
    args = [*inputs, "--out", str(out), "--scheduler", cluster_address, "--partition-size", "2"]
    result = runner.invoke(batch_command, [*args, "--stages", ",".join(STAGE_NAMES)])
    assert result.exit_code == 0, result.output
    assert "4 partitions (0 already written), 5 articles analyzed, 1 failures, 3 stories" in result.output

    sql = "SELECT count(*) AS articles, count(DISTINCT story) AS stories FROM articles"
    result = runner.invoke(query_command, [sql, "--data", str(out), "--format", "csv"])
    assert (result.exit_code, result.output) == (0, "articles,stories\n5,3\n")
    result = runner.invoke(
        query_command, ["SELECT input FROM failures", "--data", str(out), "--format", "json"]
    )
    assert json.loads(result.output) == [{"input": f"{inputs[0]}:3"}]
    result = runner.invoke(query_command, ["SELECT count(*) AS n FROM articles", "--data", str(out)])
    assert result.output == "n\n-\n5\n(1 row)\n"
    result = runner.invoke(query_command, ["SELECT * FROM nowhere", "--data", str(out)])
    assert result.exit_code == 1
    assert result.output.startswith("marsad: error: query failed: Catalog Error")


def test_story_events_count_an_event_told_by_two_copies_once(
    cluster_address: str, inputs: list[str], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    batch(inputs, out, scheduler=cluster_address, partition_size=2, stages=TEST_STAGES)
    docs = {r["source_id"]: r["doc"] for r in table(out, "articles").to_pylist()}
    # Event rows as the events stage would write them: both copies report the talks resuming (CAMEO 046,
    # "engage in negotiation"), and the football article reports nothing.
    blank = dict.fromkeys(SCHEMAS["events"].names)
    rows = [
        {
            **blank,
            "doc": docs[s],
            "article_id": s,
            "event": 0,
            "cameo": "046",
            "source_code": "GOV",
            "target_code": "GOV",
        }
        for s in ("a1", "a4")
    ]
    pq.write_table(pa.Table.from_pylist(rows, schema=SCHEMAS["events"]), out / "events" / "part-test.parquet")
    columns, found = query("SELECT cameo, date, mentions, articles FROM story_events", out)
    # One event, dated by the first copy's publication day (the rows carry no date of their own).
    assert (columns, found) == (["cameo", "date", "mentions", "articles"], [("046", "2024-03-05", 2, 2)])


def test_cluster_groups_near_copies_under_the_first_and_leaves_short_texts_alone() -> None:
    texts = [FOOTBALL, TALKS_COPY, TALKS, RAIN, "القاهرة - " + FOOTBALL, RAIN, TALKS]
    ids = ["f", "c", "t", "r1", "f2", "r2", "t2"]
    # RAIN has under 20 shingles: too short to compare, so its two copies stay apart.
    assert cluster(ids, [signature(t) for t in texts]) == ["f", "c", "c", "r1", "f", "r2", "c"]


def test_signature_is_the_stores() -> None:
    assert signature(TALKS) == dedup.signature(TALKS)
    assert signature(RAIN) is None  # 13 shingles


@pytest.mark.parametrize(
    "text",
    # The last has 4,998 distinct shingles: more than one numpy chunk.
    [TALKS, FOOTBALL, RAIN, "", "G20 summit 2024", " ".join(f"كلمة{n}" for n in range(5000))],
)
def test_signature_equals_datasketchs_minhash(text: str) -> None:
    # marsad.dedup hashes in one numpy pass; stored signatures were made by datasketch's MinHash.
    sketch = MinHash(num_perm=dedup.NUM_PERM, scheme=dedup.SCHEME)
    sketch.update_batch(list(dedup.shingles(text)))
    assert dedup.signature(text) == sketch.hashvalues.astype("<u4").tobytes()


def test_dedupe_events_counts_mentions_and_articles_per_story_event() -> None:
    event = {"story": "t", "cameo": "046", "source_code": "GOV", "target_code": "GOV", "date": "2024-03-05"}
    rows = [
        {**event, "doc": "p/0"},
        {**event, "doc": "p/2"},
        {**event, "doc": "p/2"},  # the copy mentions it twice
        {**event, "cameo": "190", "doc": "p/2"},  # and reports a second, different event
    ]
    assert dedupe_events(rows) == [
        {**event, "mentions": 3, "articles": 2, "first_doc": "p/0"},
        {**event, "cameo": "190", "mentions": 1, "articles": 1, "first_doc": "p/2"},
    ]


def test_shingles_fold_tashkeel_before_splitting_words() -> None:
    # "The minister wrote the letter yesterday", voweled and bare: the same words, the same shingles.
    bare = {"كتب الوزير الرساله".encode(), "الوزير الرساله امس".encode()}
    assert dedup.shingles("كَتَبَ الوزيرُ الرسالةَ أمس") == bare
    assert dedup.shingles("كتب الوزير الرسالة أمس") == bare
    assert signature("كَتَبَ الوزيرُ " * 20) == signature("كتب الوزير " * 20)


def test_an_undecodable_jsonl_line_fails_alone(tmp_path: Path) -> None:
    # Line 2 is binary junk inside a UTF-8 file: it is named with its line, lines 1 and 3 are still read.
    good = [json.dumps({"id": i, "text": RAIN}, ensure_ascii=False).encode("utf-8") for i in ("b1", "b3")]
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(good[0] + b"\n" + b"\x00\x01\x02\x03\xff\xfe\x00" * 8 + b"\n" + good[1] + b"\n")
    (part,) = partitions([str(path)], size=10)
    errors: list[InputError] = []
    read = [a.source.id for a in read_partition(part, 1_000_000, errors.append) if a.source]
    assert read == ["b1", "b3"]
    assert [e.input_name for e in errors] == [f"{path}:2"]
    assert errors[0].problem.startswith("line 2 ")


# A second cluster beside the module's: its scheduler finds the default HTTP port taken and says so.
@pytest.mark.filterwarnings(
    "ignore:Port 8787 is already in use", "ignore::pytest.PytestUnraisableExceptionWarning"
)
def test_local_workers_run_with_slow_periodic_callbacks() -> None:
    """The local cluster's workers get WORKER_CONFIG (profiler off, slow ticks and monitors)."""
    import dask

    from marsad.batch import WORKER_CONFIG, _client

    keys = sorted(WORKER_CONFIG)
    with _client(1, None) as client:
        seen = list(client.run(lambda: [dask.config.get(k) for k in keys]).values())
    assert seen == [[WORKER_CONFIG[k] for k in keys]]
    assert dask.config.get("distributed.admin.tick.interval") != "1s"  # the driver's config is left as it was


def test_a_local_cluster_starts_while_the_default_dashboard_port_is_taken() -> None:
    # Another batch run (or any program) on the machine may hold distributed's default port 8787: the
    # LocalCluster of `marsad batch` must still start (its HTTP server takes a free port).
    import socket

    from marsad.batch import _client

    holder = socket.socket()
    try:
        holder.bind(("", 8787))
    except OSError:
        holder.close()
        pytest.skip("port 8787 is held by another program already")
    holder.listen(1)
    try:
        with _client(1, None) as client:
            assert client.submit(sum, [1, 2, 3]).result() == 6
    finally:
        holder.close()
