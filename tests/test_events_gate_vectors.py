"""The trigger gate's word-vector bins (marsad.events_vectors; off in the shipped gate): the mean vector of
the words around a sentence's triggers, or of all its words, cut per dimension, from a small fake table."""

from __future__ import annotations

import numpy as np
import pytest

from marsad import events_gate
from marsad.events_vectors import VECTOR_FILE, Table, table, vector_features
from tests.test_events import gate_sites

# Gunmen attacked a police checkpoint in the town yesterday evening (the trigger هاجم opens it, so its
# window is the first four words). Two dimensions; centre 0 and spread 1, so a mean is its own z-score.
_ATTACK = "هاجم مسلحون حاجزا للشرطة في البلدة مساء أمس."
_WORDS = {"هاجم": (2.0, 0.0), "مسلحون": (0.0, 2.0), "البلده": (-4.0, -4.0)}


def _table(words: dict[str, tuple[float, float]]) -> Table:
    return Table(
        {w: i for i, w in enumerate(words)},
        np.array(list(words.values()), dtype=np.float32),
        np.zeros(2, dtype=np.float32),
        np.ones(2, dtype=np.float32),
    )


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        # the window: هاجم and مسلحون (the others have no vector), mean (1, 1): both above 0.5
        (("window",), {"vw0+", "vw1+"}),
        # the sentence: also البلدة (folded البلده), mean (-2/3, -2/3): both below -0.5
        (("sentence",), {"vs0-", "vs1-"}),
        (("window", "sentence"), {"vw0+", "vw1+", "vs0-", "vs1-"}),
    ],
)
def test_bins(parts: tuple[str, ...], expected: set[str]) -> None:
    assert vector_features(gate_sites(_ATTACK), parts, _table(_WORDS)) == expected


def test_bins_between_the_cuts_and_without_vectors() -> None:
    sites = gate_sites(_ATTACK)
    # a mean within 0.5 of the centre gives no bin; no known word, or no table, gives none
    assert vector_features(sites, ("window",), _table({"هاجم": (0.4, -0.4)})) == set()
    assert vector_features(sites, ("window", "sentence"), _table({"غيمة": (3.0, 3.0)})) == set()
    assert vector_features(sites, ("window",), None) == set()


def test_gate_reads_the_bins_only_when_on(monkeypatch: pytest.MonkeyPatch) -> None:
    sites = gate_sites(_ATTACK)
    monkeypatch.setattr(events_gate, "vectors", lambda: _table(_WORDS))
    assert not {f for f in events_gate.features(sites) if f.startswith(("vw", "vs"))}
    monkeypatch.setattr(events_gate, "VECTOR_BINS", {"ASSAULT": ("window",)})
    assert {f for f in events_gate.features(sites) if f.startswith(("vw", "vs"))} == {"vw0+", "vw1+"}
    # the bins are word features: the member's word scale applies to them
    assert "vw0+".startswith(events_gate.WORDY) and "vs1-".startswith(events_gate.WORDY)


def test_the_command_line_turns_the_bins_on(monkeypatch: pytest.MonkeyPatch) -> None:
    # bench.eval_events --vector-bins KIND=PART[,PART]: session 17's variants; a bad spec is an error
    monkeypatch.setattr(events_gate, "VECTOR_BINS", {})
    errors: list[str] = []
    specs = ["ASSAULT=window,sentence", "PROTEST=", "RIOT=window", "ASSAULT=words"]
    events_gate.use_vector_bins(specs, errors.append)
    assert events_gate.VECTOR_BINS == {"ASSAULT": ("window", "sentence")}
    assert [e.split(":")[0] for e in errors] == [f"--vector-bins {s}" for s in specs[1:]]


@pytest.mark.skipif(not VECTOR_FILE.exists(), reason="no NER word vectors")
def test_the_shipped_table() -> None:
    vectors = table()
    assert vectors is not None
    assert vectors.vectors.shape[0] == len(vectors.rows)
    assert vectors.centre.shape == vectors.spread.shape == (vectors.vectors.shape[1],)
    assert (vectors.spread > 0).all()
