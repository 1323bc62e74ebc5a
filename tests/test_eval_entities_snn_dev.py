"""The SaudiNewsNet development set of the entities gold (`bench/gold/entities_snn_dev.jsonl`, ENTITIES.md
"SaudiNewsNet development set"): its records follow the selection rule, its hashes match, it shares no
article with the held-out SNN set, and `--set snn_dev` has no halves and no floors."""

from __future__ import annotations

import pytest

import bench.eval_entities as ev
from tests.test_eval_entities import SNN, assert_snn_rule

needs_snn = pytest.mark.skipif(not SNN.exists(), reason="shared data (SaudiNewsNet) not present")


@needs_snn
def test_snn_dev_gold_hashes_match_and_records_follow_the_selection_rule() -> None:
    from bench.gold import load_articles

    gold = ev.load_gold(ev.GOLD_SNN_DEV)
    held_out = ev.load_gold(ev.GOLD_SNN)
    articles = load_articles([g["docno"] for g in gold] + [g["docno"] for g in held_out])
    assert len(gold) == 24 and all(g["docno"] in articles for g in gold)
    assert_snn_rule(gold, articles, 71)
    # disjoint from the held-out set, by key and by text
    assert not {g["docno"] for g in gold} & {g["docno"] for g in held_out}
    assert not {articles[g["docno"]].text for g in gold} & {articles[g["docno"]].text for g in held_out}


@pytest.mark.parametrize("argv", [["--set", "snn_dev", "--half", "tune"], ["--set", "snn_dev", "--check"]])
def test_snn_dev_has_no_halves_and_no_floors(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        ev.main(argv)
    assert exc.value.code == 2
    assert "--set snn_dev" in capsys.readouterr().err
