"""The store: idempotent adds, folded Arabic search, the registry and its views, and `marsad ingest`."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.article import Actor, Article, Entity, Event, Geo, Quote, Span
from marsad.cli import main
from marsad.errors import NotFound, StageError, StoreError
from marsad.pipeline import STAGES, Pipeline
from marsad.store import Store, open_store
from marsad.store_schema import MIGRATIONS
from tests.conftest import find_span

# "The Turkish foreign minister arrived in Istanbul coming from Tehran, and discussed Iraq with his
# counterpart." Title: "A visit to Iran".
VISIT = "وصل وزير الخارجية التركي إلى إسطنبول قادما من طهران.\n\nوبحث مع نظيره الملفات الإقليمية والعراق."
# "The president said the dialogue continues", fully vowelled.
VOWELLED = "قَالَ الرَّئِيسُ إِنَّ الحِوَارَ مُسْتَمِرٌّ."


@pytest.fixture(scope="session")
def analyzer() -> Pipeline:
    """The stages that need no trained NER model: normalize, language, segment."""
    return Pipeline([s for s in STAGES if s.name in ("normalize", "language", "segment")])


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "marsad.db") as opened:
        yield opened


def annotated(analyzer: Pipeline, text: str, title: str, published: str = "2018-02-18") -> Article:
    """A segmented article with a Turkish minister, Iraq and Istanbul, a quote and an event."""
    article = analyzer(Article(text=text, title=title, published=published))
    minister = Entity(
        "e0",
        "PER",
        "مولود جاويش أوغلو",
        (find_span(text, "وزير الخارجية التركي"),),
        ("وزير الخارجية",),
        "TUR",
    )
    istanbul = Geo("إسطنبول", 41.01, 28.95, 745044, "TUR", "PPLA")
    city = Entity("e1", "LOC", "إسطنبول", (find_span(text, "إسطنبول"),), country="TUR", geo=istanbul)
    iraq = Entity("e2", "LOC", "العراق", (find_span(text, "العراق"),), country="IRQ", actor_code="IRQ")
    quote = Quote("indirect", find_span(text, "الملفات الإقليمية"), speaker="e0", speaker_text="الوزير")
    event = Event(
        "036",
        1,
        1,
        find_span(text, "بحث"),
        Actor("e0", "وزير الخارجية التركي", "TURGOV", "TUR"),
        Actor("e2", "العراق", "IRQ", "IRQ"),
        plover="CONSULT",
        goldstein=4.0,
        place=istanbul,
        date="2018-02-17",
    )
    return dataclasses.replace(article, entities=(minister, city, iraq), quotes=(quote,), events=(event,))


def test_add_is_idempotent(store: Store, analyzer: Pipeline) -> None:
    article = annotated(analyzer, VISIT, "زيارة إلى إيران")
    assert [store.add(article), store.add(article)] == [True, False]
    assert store.count() == 1
    assert store.get(article.id) == json.loads(json.dumps(article.to_json(), ensure_ascii=False))


def test_ingest_twice_stores_once(store: Store, analyzer: Pipeline) -> None:
    raw = [Article(text=VISIT, title="زيارة إلى إيران"), Article(text=VOWELLED, title="حوار")]
    first = store.ingest(raw, analyzer)
    second = store.ingest(raw, analyzer)
    assert first.line() == "stored 2, skipped 0 (already stored), duplicates 0, failed 0"
    assert second.line() == "stored 0, skipped 2 (already stored), duplicates 0, failed 0"
    assert store.count() == 2
    assert store.integrity_check() == "ok"


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("ايران", "زيارة إلى إيران"),  # Iran without hamza finds إيران (title)
        ("اسطنبول", "زيارة إلى إيران"),  # Istanbul without hamza finds إسطنبول
        ("إسطنبول", "زيارة إلى إيران"),  # and with it
        ("العراق", "زيارة إلى إيران"),  # "Iraq" finds والعراق ("and Iraq")
        ("والعراق", "زيارة إلى إيران"),  # "and Iraq" finds it too (its stem)
        ("الحوار", "حوار"),  # "the dialogue" finds الحِوَارَ (diacritics ignored)
        ("الحِوَار", "حوار"),  # a vowelled query finds it as well
        ("قال الرئيس", "حوار"),  # "the president said": every word must match
        ('"وزير الخارجية"', "زيارة إلى إيران"),  # a quoted phrase: "foreign minister"
    ],
)
def test_folded_search(store: Store, analyzer: Pipeline, query: str, title: str) -> None:
    store.ingest(
        [Article(text=VISIT, title="زيارة إلى إيران"), Article(text=VOWELLED, title="حوار")], analyzer
    )
    total, items = store.search(query)
    assert (total, [i["title"] for i in items]) == (1, [title])


def test_search_misses_and_snippet(store: Store, analyzer: Pipeline) -> None:
    store.ingest([Article(text=VISIT, title="زيارة إلى إيران")], analyzer)
    assert store.search("الخارجية طوكيو") == (0, [])  # "foreign Tokyo": one word misses, no result
    assert store.search("؟!") == (0, [])  # punctuation only
    _, [item] = store.search("العراق")
    assert item["snippet"].endswith("الملفات الإقليمية والعراق.")
    assert store.search("")[0] == 1  # an empty query lists everything


def test_near_duplicate_linked_to_first_copy(store: Store, analyzer: Pipeline) -> None:
    body = " ".join(f"قال المتحدث إن الجولة {i} من المحادثات بين الوفدين انتهت دون اتفاق." for i in range(12))
    first = Article(text=body, title="انتهاء الجولة", source=None)
    copy = Article(text=body + " المصدر: وكالة الأنباء.", title="انتهاء الجولة")  # a credit line added
    other = Article(text=VISIT, title="زيارة")
    report = store.ingest([first, copy, other], analyzer)
    assert report.line() == "stored 3, skipped 0 (already stored), duplicates 1, failed 0"
    first_id = analyzer(first).id
    assert store.article_meta(analyzer(copy).id)["duplicate_of"] == first_id
    assert store.article_meta(first_id)["duplicates"] == [analyzer(copy).id]
    assert store.article_meta(analyzer(other).id)["duplicate_of"] is None


def test_not_found(store: Store) -> None:
    with pytest.raises(NotFound) as caught:
        store.get("nope")
    assert caught.value.status == 404
    with pytest.raises(NotFound):
        store.entity("nope")


def test_failed_batch_keeps_nothing(store: Store, analyzer: Pipeline) -> None:
    good = annotated(analyzer, VISIT, "زيارة")
    broken = dataclasses.replace(
        analyzer(Article(text=VOWELLED, title="حوار")),
        entities=(Entity("e0", None, "x", (Span(0, 1),)),),  # type: ignore[arg-type]  # NOT NULL label
    )
    with pytest.raises(StoreError, match="nothing of it was kept"):
        store.add_many([good, broken])
    assert (store.count(), store.search("زيارة")[0], store.entities()[0]) == (0, 0, 0)
    assert store.add_many([good])[0].status == "stored"


def test_registry_and_entity_view(store: Store, analyzer: Pipeline) -> None:
    one = annotated(analyzer, VISIT, "زيارة إلى إيران")
    two = annotated(analyzer, VISIT + "\n\nوأضاف أن الزيارة ناجحة.", "زيارة ثانية", "2018-02-19")
    store.add_many([one, two])
    total, found = store.entities(q="جاويش اوغلو")  # hamza-less query
    assert total == 1
    minister = found[0]
    assert {k: minister[k] for k in ("label", "name", "country", "articles")} == {
        "label": "PER",
        "name": "مولود جاويش أوغلو",
        "country": "TUR",
        "articles": 2,
    }
    assert store.entities(label="LOC", country="irq")[1][0]["name"] == "العراق"
    view = store.entity(minister["id"])
    assert [a["title"] for a in view["articles"]] == ["زيارة إلى إيران", "زيارة ثانية"]
    assert view["roles"] == ["وزير الخارجية"]
    assert [q["text"] for q in view["quotes"]] == ["الملفات الإقليمية", "الملفات الإقليمية"]
    assert [(e["cameo"], e["date"], e["target"]["name"]) for e in view["events"]] == [
        ("036", "2018-02-17", "العراق"),
        ("036", "2018-02-17", "العراق"),
    ]
    assert view["places"] == [
        {"name": "إسطنبول", "lat": 41.01, "lon": 28.95, "country": "TUR", "kind": "event", "count": 4}
    ]
    iraq_id = store.entities(q="العراق")[1][0]["id"]
    assert view["network"]["edges"] == [
        {"source": minister["id"], "target": iraq_id, "root": "03", "count": 2}
    ]


def test_event_filters(store: Store, analyzer: Pipeline) -> None:
    store.add(annotated(analyzer, VISIT, "زيارة"))
    assert store.events(actor="TUR")[0] == 1  # TURGOV starts with TUR
    assert store.events(actor="SYR")[0] == 0
    assert store.events(country="IRQ", cameo="03")[0] == 1
    assert store.events(cameo="19")[0] == 0
    assert store.events(date_from="2018-02-17", date_to="2018-02-17")[0] == 1
    assert store.events(date_from="2018-02-18")[0] == 0


def test_migrations_recorded_once(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    open_store(path).close()
    with open_store(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def run(analyzer: Pipeline, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), obj={"analyzer": analyzer})
    return result.exit_code, result.stdout, result.stderr


def test_cli_ingest_summary_and_exit_codes(tmp_path: Path, analyzer: Pipeline) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("زيارة إلى إيران\n" + VISIT, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text("حوار\n" + VOWELLED, encoding="utf-8")
    db = str(tmp_path / "m.db")
    assert run(analyzer, "ingest", str(tmp_path / "in"), "--db", db) == (
        0,
        "",
        "stored 2, skipped 0 (already stored), duplicates 0, failed 0\n",
    )
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    code, out, err = run(analyzer, "ingest", str(tmp_path / "in"), "--db", db)
    assert (code, out) == (1, "")
    errors = err.splitlines()
    assert errors[0].startswith(f"marsad: error: {tmp_path / 'in' / 'empty.txt'}: is empty")
    assert errors[1:] == ["stored 0, skipped 2 (already stored), duplicates 0, failed 1"]


def test_cli_search(tmp_path: Path, analyzer: Pipeline) -> None:
    (tmp_path / "a.txt").write_text("زيارة إلى إيران\n" + VISIT, encoding="utf-8")
    db = str(tmp_path / "m.db")
    run(analyzer, "ingest", str(tmp_path / "a.txt"), "--db", db)
    code, out, err = run(analyzer, "search", "ايران", "--db", db)
    lines = out.splitlines()
    assert (code, err) == (0, "1 of 1 result(s)\n")
    assert lines[0].split("\t")[1:] == ["-", "زيارة إلى إيران"]
    assert lines[1].startswith("    وصل وزير الخارجية")
    assert run(analyzer, "search", "x", "--db", str(tmp_path / "none.db"))[0] == 2


class FailsOn:
    """An analyzer that raises StageError on articles holding `marker`, in batches and alone."""

    def __init__(self, inner: Pipeline, marker: str) -> None:
        self.inner, self.marker = inner, marker

    def __call__(self, article: Article) -> Article:
        if self.marker in article.text:
            raise StageError("entities", article.id, "RuntimeError: a bug")
        return self.inner(article)

    def pipe(self, articles: list[Article]) -> list[Article]:
        return [self(a) for a in articles]


def test_cli_ingest_stage_error_fails_one_article(tmp_path: Path, analyzer: Pipeline) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("زيارة إلى إيران\n" + VISIT, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text("حوار\n" + VOWELLED, encoding="utf-8")
    (tmp_path / "in" / "c.txt").write_text("خطأ\nنص فيه BOOM هنا.", encoding="utf-8")  # "error", "a text"
    db = str(tmp_path / "m.db")
    result = CliRunner().invoke(
        main, ["ingest", str(tmp_path / "in"), "--db", db], obj={"analyzer": FailsOn(analyzer, "BOOM")}
    )
    errors = result.stderr.splitlines()
    assert (result.exit_code, len(errors)) == (1, 2)
    assert errors[0].startswith("marsad: error: stage entities failed on article ")
    assert errors[1] == "stored 2, skipped 0 (already stored), duplicates 0, failed 1"
    with open_store(db) as store:
        assert (store.count(), store.integrity_check()) == (2, "ok")


def test_cli_ingest_max_chars_and_bad_lines(tmp_path: Path, analyzer: Pipeline) -> None:
    lines = [
        json.dumps({"text": VISIT, "title": "زيارة"}, ensure_ascii=False),  # "a visit"
        "{not json",
        json.dumps({"text": "كلمة " * 100}, ensure_ascii=False),  # "word" x 100: over the limit
        json.dumps({"text": VOWELLED}, ensure_ascii=False),
    ]
    (tmp_path / "in.jsonl").write_text("\n".join(lines), encoding="utf-8")
    db = str(tmp_path / "m.db")
    code, out, err = run(analyzer, "ingest", str(tmp_path / "in.jsonl"), "--db", db, "--max-chars", "200")
    assert (code, out) == (1, "")
    assert err.splitlines() == [
        f"marsad: error: {tmp_path / 'in.jsonl'}:2: line 2 is not valid JSON: Expecting property name"
        " enclosed in double quotes (col 2); the other lines were read",
        f"marsad: error: {tmp_path / 'in.jsonl'}:3: line 3 text is 499 characters, over the 200 limit"
        " (raise it with --max-chars); the other lines were read",
        "stored 2, skipped 0 (already stored), duplicates 0, failed 2",
    ]
