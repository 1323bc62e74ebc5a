"""The NER's unlabelled ANT text leaves out the gold sets' articles (train.clusters, train.ner_lm)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.models.ner import MODEL_DIR
from train.clusters import Skipped, ant_sentences, clusters_record, gold_docnos, gold_files


def _jsonl(path: Path, rows: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def gold(tmp_path: Path) -> Path:
    """A gold directory: entities, two quotes sets, and a file that is no gold set."""
    d = tmp_path / "gold"
    d.mkdir()
    _jsonl(d / "entities.jsonl", [{"docno": "E1"}, {"docno": "E2"}])
    _jsonl(d / "quotes.jsonl", [{"docno": "Q1"}])
    _jsonl(d / "quotes_dev9.jsonl", [{"docno": "Q9"}, {"docno": "E1"}])
    _jsonl(d / "notes.jsonl", [{"docno": "N1"}])
    return d


def test_the_gold_files_are_entities_and_every_quotes_set(gold: Path) -> None:
    assert [p.name for p in gold_files(gold)] == ["entities.jsonl", "quotes.jsonl", "quotes_dev9.jsonl"]


def test_a_gold_line_without_docno_is_an_error(tmp_path: Path) -> None:
    bad = _jsonl(tmp_path / "entities.jsonl", [{"docno": "E1"}, {"text": "x"}])
    with pytest.raises(ValueError, match="has no docno"):
        gold_docnos([bad])


def test_ant_sentences_leave_out_and_count_the_gold_articles(gold: Path, tmp_path: Path) -> None:
    ant = _jsonl(
        tmp_path / "ant.jsonl",
        [
            # "The minister arrived" / "Rain in Tunis": E1 and Q9 are gold articles, N1 is not a gold set's.
            {"docno": "E1", "title": "وصل الوزير", "text": "قال سامي"},
            {"docno": "A7", "title": "مطر في تونس", "text": "هطلت أمطار\nغزيرة"},
            {"docno": "Q9", "title": "زار الرئيس", "text": ""},
            {"docno": "N1", "title": "ثلج", "text": ""},
        ],
    )
    skipped = Skipped(gold_files(gold))
    got = list(ant_sentences(ant, skipped))
    assert got == [["مطر", "في", "تونس"], ["هطلت", "امطار"], ["غزيره"], ["ثلج"]]
    assert skipped.record() == {
        "gold_files": {
            str(gold / "entities.jsonl"): 2,
            str(gold / "quotes.jsonl"): 1,
            str(gold / "quotes_dev9.jsonl"): 2,
        },
        "gold_docnos": 4,
        "ant_lines_excluded": 2,
        "ant_docnos_excluded": 2,
    }
    # A second pass counts afresh (the LM reads the corpus once, word2vec once; never doubled).
    assert list(ant_sentences(ant, skipped)) == got
    assert skipped.lines == 2


# Development sets drawn after the shipped clusters.tsv was built, whose articles its unlabelled text still
# holds (MODEL.md, "Gold sets the clusters saw"): each waits for the next `python -m train.clusters` and the
# models that read it. Only a development set may wait here, never a held-out one, and only a set the
# manifest does not list yet: once a rebuild leaves it out, this test fails until its line goes.
DRAWN_AFTER_BUILD = {
    "bench/gold/quotes_dev5.jsonl": 20,
    "bench/gold/quotes_dev6.jsonl": 20,
    "bench/gold/quotes_dev7.jsonl": 20,
    "bench/gold/quotes_dev8.jsonl": 20,
    "bench/gold/quotes_dev9.jsonl": 20,
}


def test_the_shipped_clusters_left_out_every_current_gold_article() -> None:
    """clusters.tsv was built without the articles of today's gold sets: a new gold set needs
    `python -m train.clusters` and the models that read it (MODEL.md, round 18), or a line in
    DRAWN_AFTER_BUILD until then."""
    record = clusters_record(MODEL_DIR)
    assert record is not None, "clusters.tsv has no manifest: rebuild it (python -m train.clusters)"
    now = Skipped()
    current = {f: len(d) for f, d in now.per_file.items()}
    waiting = {f: n for f, n in current.items() if f in DRAWN_AFTER_BUILD}
    assert waiting == DRAWN_AFTER_BUILD, "a waiting set is gone or changed size: update DRAWN_AFTER_BUILD"
    assert not set(DRAWN_AFTER_BUILD) & set(record["gold_files"]), "rebuilt: drop its DRAWN_AFTER_BUILD line"
    assert all("dev" in Path(f).stem for f in DRAWN_AFTER_BUILD), "a held-out set cannot wait"
    assert record["gold_files"] == {f: n for f, n in current.items() if f not in DRAWN_AFTER_BUILD}
    kept_out = frozenset().union(*(d for f, d in now.per_file.items() if f not in DRAWN_AFTER_BUILD))
    assert record["gold_docnos"] == len(kept_out)
    assert record["ant_docnos_excluded"] > 0
