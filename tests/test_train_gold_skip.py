"""The training scripts that count words over ANT leave out the gold articles (session 19's correction):
train.clitics' word counts and train.lexicons' dictionary key counts. Tiny corpora written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import train.lexicons
from train.clitics import count_words
from train.clusters import Skipped
from train.data import ANT


def _corpus(root: Path) -> Skipped:
    """A two-article ANT file and an empty ANERcorp train file under `root`; a gold file naming the second
    article; the Skipped that reads it."""
    ant = root / ANT
    ant.parent.mkdir(parents=True)
    docs = [
        {"docno": "NEWS-1", "title": "", "text": "وصل الوفد إلى المدينة"},
        {"docno": "GOLD-1", "title": "", "text": "غادر الموكب المدينة"},
    ]
    ant.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    anercorp = root / "ner" / "anercorp" / "train.txt"
    anercorp.parent.mkdir(parents=True)
    anercorp.write_text("", encoding="utf-8")
    gold = root / "gold.jsonl"
    gold.write_text(json.dumps({"docno": "GOLD-1"}) + "\n", encoding="utf-8")
    return Skipped([gold])


def test_the_clitic_word_counts_leave_out_the_gold_articles(tmp_path: Path) -> None:
    skipped = _corpus(tmp_path)
    counts = count_words(tmp_path, skipped)
    assert counts["المدينة"] == 1 and counts["وصل"] == 1
    assert "غادر" not in counts and "الموكب" not in counts
    assert skipped.record()["ant_lines_excluded"] == 1
    assert count_words(tmp_path)["غادر"] == 1  # without a Skipped every article counts


def test_the_lexicon_key_counts_leave_out_the_gold_articles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    skipped = _corpus(tmp_path)
    monkeypatch.setattr(train.lexicons, "shared_dir", lambda: tmp_path)
    keys = {train.lexicons.phrase_key(["غادر"]), train.lexicons.phrase_key(["وصل"])}
    counts = train.lexicons.corpus_counts(keys, 1, skipped)
    assert counts is not None
    assert counts[train.lexicons.phrase_key(["وصل"])] == 1
    assert counts[train.lexicons.phrase_key(["غادر"])] == 0
    assert skipped.lines == 1
