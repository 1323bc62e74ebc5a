"""The ANT news read by self-training, distillation and the context profiles leaves out the gold articles."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np

from marsad.models.ner import TAGS
from train.clusters import Skipped, gold_docnos, gold_files
from train.data import ANT, GOLD_LINES
from train.ner_distil import teacher_data
from train.ner_news import news_articles
from train.ner_profiles import left_out

# Invented sentences of 8 or more tokens, each closed by a full stop.
# "The new mayor of Samrin visited the old market on Sunday morning ."
SAMRIN = "زار رئيس بلدية سمرين الجديد السوق القديم صباح يوم الأحد ."
# "Heavy rain fell on the villages of the northern valley last night ."
RAIN = "هطلت أمطار غزيرة على قرى الوادي الشمالي خلال الليلة الماضية ."
# "Minister Nadim Qasrawi opened a new school in the town of Tal Anbar ."
SCHOOL = "افتتح الوزير نديم قصراوي مدرسة جديدة في بلدة تل عنبر اليوم ."
# "The Wardiya club won the local football cup after a hard match ."
CUP = "فاز نادي الوردية بكأس كرة القدم المحلية بعد مباراة صعبة جدا ."


def _jsonl(path: Path, rows: list[dict[str, str]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def _corpus(tmp_path: Path) -> tuple[Path, Skipped]:
    """A shared-data root whose ANT holds four articles, G1 and G2 of them in a gold set."""
    gold = tmp_path / "gold"
    _jsonl(gold / "entities.jsonl", [{"docno": "G1"}])
    _jsonl(gold / "quotes_dev7.jsonl", [{"docno": "G2"}])
    root = tmp_path / "shared"
    rows = [("A1", SAMRIN), ("G1", RAIN), ("G2", SCHOOL), ("A2", CUP)]
    _jsonl(root / ANT, [{"docno": d, "title": "", "text": t} for d, t in rows])
    return root, Skipped(gold_files(gold))


def test_news_articles_leave_out_the_gold_articles_in_place(tmp_path: Path) -> None:
    root, skipped = _corpus(tmp_path)
    words = {t: t.split() for t in (SAMRIN, RAIN, SCHOOL, CUP)}
    # Without a skip every article is read; stride 2 from line 0 reads lines 0 and 2.
    assert list(news_articles(root, 1)) == [[words[t]] for t in (SAMRIN, RAIN, SCHOOL, CUP)]
    assert list(news_articles(root, 2)) == [[words[SAMRIN]], [words[SCHOOL]]]
    assert list(news_articles(root, 1, skipped=skipped)) == [[words[SAMRIN]], [words[CUP]]]
    assert (skipped.lines, skipped.met) == (2, {"G1", "G2"})
    # A left-out line keeps its place in the stride: line 2 (G2) is dropped, line 3 is not read instead.
    assert list(news_articles(root, 2, skipped=skipped)) == [[words[SAMRIN]]]
    assert (skipped.lines, skipped.met) == (1, {"G2"})
    assert list(news_articles(root, 2, 1, skipped)) == [[words[CUP]]]
    assert (skipped.lines, skipped.met) == (1, {"G1"})


class _FirstWordTeacher:
    """A fake ensemble sure that each sentence's first word is a person and the rest is O."""

    def marginals(self, doc: list[list[str]]) -> tuple[list[np.ndarray], None]:
        out = []
        for toks in doc:
            m = np.zeros((len(toks), len(TAGS)))
            m[:, TAGS.index("O")] = 1.0
            m[0] = 0.0
            m[0, TAGS.index("B-PER")] = 1.0
            out.append(m)
        return out, None

    def decode(self, mean: list[np.ndarray]) -> list[list[str]]:
        return [[TAGS[i] for i in m.argmax(1)] for m in mean]


def test_the_distillation_teacher_never_reads_a_gold_article(tmp_path: Path) -> None:
    root, skipped = _corpus(tmp_path)
    ens: Any = _FirstWordTeacher()  # stands in for EnsembleNer's marginals and decode
    tagged = [(t.split(), ["B-PER"] + ["O"] * (len(t.split()) - 1)) for t in (SAMRIN, CUP)]
    got = teacher_data(ens, root, 10, 1, 0.7, doc_pass=False, skipped=skipped)
    assert got == (tagged, 2)
    assert skipped.met == {"G1", "G2"}
    # The same call without the skip reads all four (as rows 23-27 and 81 did from line 0).
    assert teacher_data(ens, root, 10, 1, 0.7, doc_pass=False)[1] == 4


def test_the_profiles_default_skips_every_gold_set() -> None:
    """`train.ner_profiles --skip gold-docnos` (the default) leaves out the articles of every gold file
    train.clusters and train.ner_lm leave out, the quotes dev sets included (it read two files before)."""
    skipped, lines = left_out("gold-docnos")
    assert skipped.per_file == gold_docnos(gold_files())
    assert any("quotes_dev" in f for f in skipped.per_file)
    assert lines == range(0)
    skipped, lines = left_out("gold-lines")
    assert (skipped.per_file, skipped.docnos, lines) == ({}, frozenset(), GOLD_LINES)
