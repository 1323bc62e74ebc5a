"""The where-and-when scorer (bench/eval_events_where.py, session 26): a verdict holds while the judged
output is unchanged, and the committed judgements hold offsets, ids and verdicts, no text."""

from __future__ import annotations

import json

import pytest

from bench.eval_events_ant import Judged as JudgedEvent
from bench.eval_events_where import (
    DATE_ONLY,
    GOLD,
    SAMPLES,
    Judged,
    Output,
    candidates,
    draw,
    gate_off_docnos,
    read_gold,
    score,
)


def test_a_verdict_holds_while_the_output_is_unchanged() -> None:
    gold = [
        Judged("a", "W", 0, 5, "190", 100, True, "2018-01-02", True),
        Judged("a", "W", 9, 14, "040", 200, False, None, False, "the meeting's city is another"),
        Judged("b", "W", 3, 7, "173", None, True, None, True),
    ]
    now = {
        ("a", 0, 5, "19"): Output(100, "2018-01-02"),  # unchanged: both verdicts hold
        ("a", 9, 14, "04"): Output(300, None),  # place changed (judge again), date unchanged and wrong
    }  # b's event is no longer coded
    assert score(gold, now) == {
        "judged": 3, "coded": 2, "lost": 1,
        "place_right": 2, "place_kept_right": 1, "place_same": 1, "place_changed": 1,
        "date_right": 2, "date_kept_right": 1, "date_same": 2, "date_changed": 0,
    }  # fmt: skip


@pytest.mark.parametrize(("sample", "n"), [("W", 50), ("W2", 40), ("W3", 40), ("W5", 40)])
def test_each_draw_takes_its_count_of_the_candidates_in_order(sample: str, n: int) -> None:
    candidates = [("d", i, i + 1, "19") for i in range(76)]
    picked = draw(candidates, sample)
    assert len(picked) == n and picked == sorted(picked) and set(picked) <= set(candidates)
    assert draw(candidates, sample) == picked  # seeded
    for other in set(SAMPLES) - {sample}:
        assert draw(candidates, other)[:5] != picked[:5]  # each its own seed


def test_each_sample_is_scored_on_its_own_rows() -> None:
    gold = read_gold()
    assert {name: sum(j.sample == name for j in gold) for name in SAMPLES} == {
        "W": 50, "W2": 40, "W3": 40, "W5": 40
    }  # fmt: skip
    events = {name: {(j.docno, j.start, j.end) for j in gold if j.sample == name} for name in SAMPLES}
    assert not events["W"] & events["W2"] and not (events["W"] | events["W2"]) & events["W3"]
    assert not (events["W"] | events["W2"] | events["W3"]) & events["W5"]
    # each blind sample shares no event with the ones read for rules


def test_a_date_only_sample_marks_its_places_as_not_judged() -> None:
    rows = [j for j in read_gold() if j.sample in DATE_ONLY]
    assert rows and all(not j.place_right and j.why.startswith("place not judged") for j in rows)


def test_w3s_places_are_judged_and_scored() -> None:
    # W3 was drawn for the date (T27); its places were judged blind in P27 and are scored since
    rows = [j for j in read_gold() if j.sample == "W3"]
    assert "W3" not in DATE_ONLY and len(rows) == 40
    assert not any("place not judged" in j.why for j in rows)
    assert all(j.place_right or j.why for j in rows)  # a wrong place says why
    counts = score(rows, {(j.docno, j.start, j.end, j.cameo[:2]): Output(j.place, j.date) for j in rows})
    assert counts["place_same"] == 40 and counts["place_kept_right"] == counts["place_right"] == sum(
        j.place_right for j in rows
    )


def test_the_judgement_file_holds_ids_and_verdicts() -> None:
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == len(read_gold()) == 170
    for row in rows:
        assert set(row) - {"why"} == {
            "docno", "sample", "trigger", "cameo", "place", "place_right", "date", "date_right"
        }  # fmt: skip
        assert (
            row["sample"] in SAMPLES
            and isinstance(row["place_right"], bool)
            and isinstance(row["date_right"], bool)
        )
        assert row["place"] is None or isinstance(row["place"], int)
        assert row.get("why", "").isascii()  # English glosses only, no article text
        assert ("why" in row) == (not (row["place_right"] and row["date_right"]))


def test_w5_draws_from_g_and_from_e_outside_w() -> None:
    judged = [
        JudgedEvent("g", "G", 0, 4, "190", True, ""),
        JudgedEvent("g", "G", 9, 12, "141", False, "a sports rank"),  # wrong: not drawn
        JudgedEvent("e", "E", 5, 9, "040", True, ""),  # in W: not drawn again
        JudgedEvent("e", "E", 20, 24, "111", True, ""),
        JudgedEvent("e", "E", 30, 34, "050", True, "", "E26"),  # an added row: not drawn
        JudgedEvent("b", "B", 0, 4, "190", True, ""),  # another sample
    ]
    gold = [Judged("e", "W", 5, 9, "040", None, True, None, True)]
    picked = candidates("W5", judged, gold)
    assert [j.key for j in picked] == [("g", 0, 4, "19"), ("e", 20, 24, "11")]
    assert gate_off_docnos(picked) == {"g"}  # G's events are the gate's turned down: run with it off
