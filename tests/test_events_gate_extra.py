"""Hand-labelled ANT rows in the trigger gate's training (marsad.events_gate.extra_rows): the label file
holds a docno, offsets and a hash, the text comes from the corpus, and the rows only ever train. A fake
corpus and label file are written here, with the tests' own sentences."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

import marsad.events_gate as gate

# Thousands demonstrated yesterday in the capital. / The minister called for calm.
_MARCH = "تظاهر آلاف في العاصمة أمس."
_CALM = "ودعا الوزير إلى التهدئة."
_TEXT = f"{_MARCH}\n{_CALM}"
_HEADER = "docno\tstart\tend\tsha1\tlabel\twhy\tv1\tv1_again\n"


def _sha(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:12]


def _files(tmp_path: Path, rows: list[tuple[int, int, str, str]]) -> tuple[Path, Path]:
    """A one-article corpus (docno D1) and a label file of (start, end, hash, label) rows."""
    corpus = tmp_path / "ant.jsonl"
    corpus.write_text(json.dumps({"docno": "D1", "text": _TEXT}, ensure_ascii=False) + "\n", encoding="utf-8")
    labels = tmp_path / "labels.tsv"
    lines = [f"D1\t{s}\t{e}\t{h}\t{label}\treport\t{label}\t\n" for s, e, h, label in rows]
    labels.write_text("# a comment line\n" + _HEADER + "".join(lines), encoding="utf-8")
    return corpus, labels


def test_rows_read_by_offsets_and_hash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each row's sentence is cut from the article by its offsets; a row whose hash does not match the
    text there (an edited corpus) is skipped, not trained on with the wrong text."""
    calm = len(_MARCH) + 1
    corpus, labels = _files(
        tmp_path,
        [
            (0, len(_MARCH), _sha(_MARCH), "yes"),
            (calm, len(_TEXT), _sha(_CALM), "easy no"),
            (0, len(_MARCH), _sha(_CALM), "yes"),  # hash of another sentence
        ],
    )
    monkeypatch.setattr(gate, "ANT", corpus)
    monkeypatch.setattr(gate, "EXTRA_LABELS", {"PROTEST": labels})
    assert gate.extra_rows("PROTEST") == [
        ("ant:D1:0", _MARCH, True, 1.0),
        (f"ant:D1:{calm}", _CALM, False, 0.0),
    ]
    assert gate.extra_rows("ASSAULT") == []


def test_no_rows_without_the_corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without ../shared's ANT the label file gives no rows: the gate trains on the gold alone."""
    _, labels = _files(tmp_path, [(0, len(_MARCH), _sha(_MARCH), "yes")])
    monkeypatch.setattr(gate, "ANT", tmp_path / "absent.jsonl")
    monkeypatch.setattr(gate, "EXTRA_LABELS", {"PROTEST": labels})
    assert gate.extra_rows("PROTEST") == []


def test_extra_rows_train_whatever_keep(monkeypatch: pytest.MonkeyPatch) -> None:
    """training_set adds the extra rows after the gold rows `keep` accepts, also when it accepts none
    (a cross-validation fold's training side never drops them, its held-out side never has them)."""
    gold = [("G-1", "gold one", True, 1.0), ("G-2", "gold two", False, 0.25)]
    extra = [("ant:D1:0", _MARCH, True, 1.0)]
    monkeypatch.setattr(gate, "read_gold", lambda kind: gold)
    monkeypatch.setattr(gate, "extra_rows", lambda kind: extra)
    found = {
        "gold one": [("PROTEST", {"a"})],
        "gold two": [("PROTEST", {"b"}), ("ASSAULT", {"c"})],
        _MARCH: [("PROTEST", {"d"})],
    }
    assert gate.training_set("PROTEST", {"G-2"}, found) == (
        [({"b"}, False, 0.25), ({"d"}, True, 1.0)],
        ["G-2", "ant:D1:0"],
    )
    assert gate.training_set("PROTEST", set(), found) == ([({"d"}, True, 1.0)], ["ant:D1:0"])


def test_threshold_pool_defaults_to_every_row() -> None:
    """fit's `pooled` mask with every row in it gives the model fit gives without one."""
    samples = [({f"f{i % 3}", f"g{i % 5}"}, i % 3 == 0, 1.0 if i % 3 == 0 else 0.0) for i in range(40)]
    rows = [f"DOC{i}-1" for i in range(40)]
    members = ((0.3, True, 0.3),)
    assert gate.fit(samples, rows, members, pooled=[True] * 40) == gate.fit(samples, rows, members)


def test_shipped_label_file_resolves() -> None:
    """Every row of the repo's ANT label file finds its sentence in ANT (hash equal) and holds no text."""
    path = gate.REPO_LABELS / "events_protest_ant.tsv"
    if not gate.ANT.exists():
        pytest.skip("../shared/data ANT v2.1 absent")
    with path.open(encoding="utf-8") as f:
        header = next(line for line in f if not line.startswith("#")).rstrip("\n").split("\t")
        rows = [line for line in f if line.strip()]
    assert header == ["docno", "start", "end", "sha1", "label", "why", "v1", "v1_again"]
    read = gate._extra_texts(path, gate.ANT)
    assert len(read) == len(rows) == 300
    assert {label for _, _, label in read} == {"yes", "difficult no", "easy no"}


def test_ambiguous_rows_left_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A row labelled "ambiguous" (most readers but not all would accept it) is left out, as the gold
    leaves its ambiguous rows out of scoring; a difficult no stands for one reader of three accepting."""
    calm = len(_MARCH) + 1
    corpus, labels = _files(
        tmp_path,
        [(0, len(_MARCH), _sha(_MARCH), "ambiguous"), (calm, len(_TEXT), _sha(_CALM), "difficult no")],
    )
    monkeypatch.setattr(gate, "ANT", corpus)
    monkeypatch.setattr(gate, "EXTRA_LABELS", {"PROTEST": labels})
    assert gate.extra_rows("PROTEST") == [(f"ant:D1:{calm}", _CALM, False, 1 / 3)]


def test_use_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    """--extra KIND[:WEIGHT] turns on the type's session 16 label file at that sample weight; another
    name is refused."""
    monkeypatch.setattr(gate, "EXTRA_LABELS", {})
    monkeypatch.setattr(gate, "EXTRA_WEIGHT", {})
    assert gate.use_extra("PROTEST:0.5") == "PROTEST"
    assert gate.use_extra("ASSAULT") == "ASSAULT"
    assert gate.EXTRA_LABELS == {
        "PROTEST": gate.REPO_LABELS / "events_protest_ant16.tsv",
        "ASSAULT": gate.REPO_LABELS / "events_assault_ant16.tsv",
    }
    assert gate.EXTRA_WEIGHT == {"PROTEST": 0.5, "ASSAULT": 1.0}
    with pytest.raises(ValueError, match="one of ASSAULT, PROTEST"):
        gate.use_extra("RIOT")


def test_sample_weights() -> None:
    """fit's sample weights: weight 1 on every sample is the fit without weights (the shipped gate, no
    extra rows, is unchanged by them); a lower weight on some samples changes the members."""
    samples = [({f"f{i % 3}", f"g{i % 5}"}, i % 3 == 0, 1.0 if i % 3 == 0 else 0.2) for i in range(40)]
    rows = [f"DOC{i}-1" for i in range(40)]
    members = ((0.3, True, 0.3),)
    plain = gate.fit(samples, rows, members)
    assert gate.fit(samples, rows, members, sample_weights=[1.0] * 40) == plain
    lower = [0.5 if i % 5 == 1 else 1.0 for i in range(40)]
    assert gate.fit(samples, rows, members, sample_weights=lower)["members"] != plain["members"]


@pytest.mark.parametrize("kind", ["PROTEST", "ASSAULT"])
def test_session16_label_files_resolve(kind: str) -> None:
    """Every row of a session 16 label file finds its sentence in ANT (hash equal), holds no text and
    carries one of the four labels; the ambiguous ones are left out of the training rows."""
    path = gate.REPO_LABELS / f"events_{kind.lower()}_ant16.tsv"
    assert path.exists(), f"{path.name}: the label file use_extra turns on is missing"
    if not gate.ANT.exists():
        pytest.skip("../shared/data ANT v2.1 absent")
    with path.open(encoding="utf-8") as f:
        header = next(line for line in f if not line.startswith("#")).rstrip("\n").split("\t")
        rows = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    assert header == ["docno", "start", "end", "sha1", "label"]
    read = gate._extra_texts(path, gate.ANT)
    assert len(read) == len(rows) >= 100
    assert {label for _, _, label in read} <= {"yes", "ambiguous", "difficult no", "easy no"}
    assert "yes" in {label for _, _, label in read}
