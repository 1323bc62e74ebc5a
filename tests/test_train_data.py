"""Tests of train/data.py: the PUD reader and split that training and bench share; train/ imports no bench."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from train import data
from train.data import Sentence, Word, load_pud, split

REPO = Path(__file__).resolve().parents[1]

# "And he said to the president: yes." PUD style: و and ل are words of their own joined to the next by
# SpaceAfter=No (ل + ال written ل|لرئيس); the tatweel in نعـم goes, as arabic.clean removes it.
CONLLU = """# sent_id = s1
# text = وقال للرئيس: نعم.
1\tو\tو\tCCONJ\t_\t_\t2\tcc\t_\tSpaceAfter=No
2\tقال\tقال\tVERB\t_\t_\t0\troot\t_\t_
3\tل\tل\tADP\t_\t_\t4\tcase\t_\tSpaceAfter=No
4\tلرئيس\tرئيس\tNOUN\t_\t_\t2\tobl\t_\tSpaceAfter=No
5\t:\t:\tPUNCT\t_\t_\t2\tpunct\t_\t_
6\tنعـم\tنعم\tINTJ\t_\t_\t2\tdiscourse\t_\tSpaceAfter=No
7\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\tSpaceAfter=No

# sent_id = s2
# text = سيكون
1\tس\tس\tAUX\t_\t_\t2\taux\t_\tSpaceAfter=No
2\tيكون\tكان\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No
"""


def test_load_pud_rebuilds_text_words_cuts_and_punctuation(tmp_path: Path) -> None:
    path = tmp_path / "mini.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    assert load_pud(path) == [
        Sentence(
            "وقال للرئيس: نعم.",
            (Word(0, 4, frozenset({1})), Word(5, 11, frozenset({6})), Word(13, 16, frozenset())),
            frozenset({(11, 12), (16, 17)}),
        ),
        # "It will be": the future prefix س is cut off.
        Sentence("سيكون", (Word(0, 5, frozenset({1})),), frozenset()),
    ]


def test_split_holds_out_every_fifth_sentence() -> None:
    sentences = [Sentence(str(i), (), frozenset()) for i in range(12)]
    learn, held = split(sentences)
    assert [s.text for s in held] == ["4", "9"]
    assert [s.text for s in learn] == ["0", "1", "2", "3", "5", "6", "7", "8", "10", "11"]


def test_shared_dir_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("MARSAD_SHARED", str(tmp_path))
    assert data.shared_dir() == tmp_path
    monkeypatch.delenv("MARSAD_SHARED")
    assert data.shared_dir() == REPO.parent / "shared" / "data"


def test_bench_scores_on_what_training_holds_out() -> None:
    """bench takes the PUD split and the gold lines from train/data.py, not from copies of its own."""
    from bench import eval_segment, gold

    assert (eval_segment.split, eval_segment.load_pud, eval_segment.PUD) == (split, load_pud, data.PUD)
    assert (gold.GOLD_LINES, gold.read_jsonl_record) == (data.GOLD_LINES, data.read_jsonl_record)
    assert data.shared_dir() / data.ANT == gold.ANT


def test_no_training_module_imports_bench() -> None:
    """Training must not depend on the evaluation code (bench/ may import train/, not the reverse)."""
    found = []
    for path in sorted((REPO / "train").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                modules = [node.module]
            elif isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            else:
                continue
            found += [f"{path.name}: {m}" for m in modules if m == "bench" or m.startswith("bench.")]
    assert found == []
