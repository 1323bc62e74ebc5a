"""The all-roots recall scorer (bench/eval_events_recall.py, session 25): overlap and class matching on
spans of our own, and the shape of the committed annotation file (offsets and classes only, no text)."""

from __future__ import annotations

import json

import pytest

from bench.eval_events_ant import Judged, score
from bench.eval_events_recall import GOLD, SAMPLES, GoldEvent, event_class, found, read_gold
from bench.events_recall_draw import draw
from bench.gold import ANT, span_hash

CLASSES = {"V"} | {f"{r:02d}" for r in range(2, 18)}


def test_violence_roots_are_one_class() -> None:
    assert [event_class(r) for r in ("18", "19", "20", "17", "04")] == ["V", "V", "V", "17", "04"]


def test_found_needs_an_overlapping_trigger_of_the_class() -> None:
    meeting = GoldEvent("doc", "04", ((10, 16), (30, 35)))  # اجتمعا … وبحثا: either word names it
    assert found(meeting, {(29, 35, "04")})
    assert not found(meeting, {(17, 25, "04")})  # no overlap
    assert not found(meeting, {(10, 16, "05")})  # overlap, another class
    assert found(meeting, {(10, 16, "05")}, any_class=True)
    attack = GoldEvent("doc", "V", ((0, 5),))
    assert found(attack, {(0, 5, "19")}) and found(attack, {(2, 4, "18")})


def test_the_annotation_file_holds_offsets_and_classes() -> None:
    events, sentences = read_gold()
    assert sentences == 50 and len(events) == 42
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        assert set(row) == {"docno", "sentence", "events"}
        start, end = row["sentence"]
        for e in row["events"]:
            assert e["class"] in CLASSES
            assert all(start <= s < t <= end for s, t in e["triggers"])


def test_sample_h_holds_offsets_classes_and_hashes() -> None:
    path = SAMPLES["H"]
    events, sentences = read_gold(path)
    assert sentences == 50 and len(events) == 48
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        assert set(row) == {"docno", "sentence", "hash", "events"}
        assert len(row["hash"]) == 8
        start, end = row["sentence"]
        for e in row["events"]:
            assert e["class"] in CLASSES
            assert all(start <= s < t <= end for s, t in e["triggers"])


@pytest.mark.skipif(not ANT.exists(), reason="needs ../shared/data (ANT v2.1)")
def test_sample_h_is_the_draw_and_its_hashes_hold() -> None:
    rows = [json.loads(line) for line in SAMPLES["H"].read_text(encoding="utf-8").splitlines()]
    drawn = draw(13, 13)
    assert [(r["docno"], *r["sentence"], r["hash"]) for r in rows] == [
        (docno, start, end, span_hash(text)) for docno, start, end, text in drawn
    ]


def test_added_rows_count_only_when_coded() -> None:
    gold = [
        Judged("d1", "B", 0, 4, "040", True, ""),
        Judged("d1", "B", 10, 16, "020", True, "", added="E26"),  # a request a change added, judged right
        Judged("d1", "B", 20, 26, "115", False, "pretext", added="E26"),  # judged wrong, not coded now
    ]
    now = {"d1": {(0, 4, "04"), (10, 16, "02")}}
    assert score(gold, now) == {
        "judged": 1,
        "right": 1,
        "kept": 2,
        "kept_right": 2,
        "right_lost": 0,
        "wrong_gone": 0,
        "coded_unjudged": 0,
    }
