"""Tests for the CRF + BiLSTM-CRF ensemble: forward-backward marginals, BIO decoding, tagging."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from marsad.models.ner import MODEL_DIR, TAGS
from marsad.models.ner.ensemble import EnsembleNer, bio_transitions, crf_forward_backward, viterbi

SENTENCES = [
    # "US President Barack Obama arrived in Cairo yesterday ."
    ["وصل", "الرئيس", "الأمريكي", "باراك", "أوباما", "إلى", "القاهرة", "أمس", "."],
    # "And the army said in Syria ..." (clitics attached: بسوريا)
    ["وقال", "الجيش", "بسوريا", "،", "إن", "Reuters", "2024", "..."],
    [],
    # "Obama met Erdogan ."
    ["التقى", "أوباما", "أردوغان", "."],
]


def _path_score(
    path: tuple[int, ...], em: np.ndarray, trans: np.ndarray, start: np.ndarray, end: np.ndarray
) -> float:
    s = start[path[0]] + em[0, path[0]] + end[path[-1]]
    for t in range(1, len(path)):
        s += trans[path[t - 1], path[t]] + em[t, path[t]]
    return float(s)


def test_forward_backward_equals_brute_force() -> None:
    """Marginals from forward-backward equal those from summing over every tag sequence."""
    rng = np.random.default_rng(3)
    n, k = 4, 3
    em, trans = rng.normal(size=(n, k)), rng.normal(size=(k, k))
    start, end = rng.normal(size=k), rng.normal(size=k)
    want = np.zeros((n, k))
    for path in itertools.product(range(k), repeat=n):
        p = np.exp(_path_score(path, em, trans, start, end))
        for t, j in enumerate(path):
            want[t, j] += p
    want /= want.sum(axis=1, keepdims=True)
    got = crf_forward_backward(em, trans, start, end)
    np.testing.assert_allclose(got, want, rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(got.sum(axis=1), np.ones(n))


def test_viterbi_is_best_bio_path() -> None:
    """Decoding finds the best-scoring path among those BIO allows (no I-X after O or B-Y)."""
    rng = np.random.default_rng(5)
    trans, start = bio_transitions()
    k = len(TAGS)
    for _ in range(5):
        scores = np.log(rng.dirichlet(np.ones(k), size=3))
        best, best_path = -np.inf, None
        for path in itertools.product(range(k), repeat=3):
            s = _path_score(path, scores, trans, start, np.zeros(k))
            if s > best:
                best, best_path = s, path
        assert tuple(viterbi(scores, trans, start)) == best_path


def test_decode_repairs_an_orphan_inside_tag() -> None:
    """A token whose best marginal is I-PER after an O-best token still gets a BIO-valid tag."""
    ens = EnsembleNer.__new__(EnsembleNer)
    ens._trans, ens._start = bio_transitions()
    m = np.full((2, len(TAGS)), 0.01)
    m[0, TAGS.index("O")] = 0.9
    m[1, TAGS.index("I-PER")] = 0.6
    m[1, TAGS.index("B-PER")] = 0.3
    # O then I-PER is not allowed; O then B-PER (0.9 * 0.3) beats B-PER then I-PER (0.01 * 0.6).
    assert ens.decode([m, np.zeros((0, len(TAGS)))]) == [["O", "B-PER"], []]


@pytest.mark.skipif(not (MODEL_DIR / "lstm.npz").exists(), reason="no BiLSTM-CRF weights")
def test_ensemble_tags_like_its_members() -> None:
    """The loaded ensemble gives BIO-valid tags, one per token; its marginals are distributions."""
    ens = EnsembleNer.load()
    mean, members = ens.marginals(SENTENCES)
    assert [len(m) for m in mean] == [len(s) for s in SENTENCES]
    assert len(members) == 2
    for m in [*mean, *members[0], *members[1]]:
        np.testing.assert_allclose(m.sum(axis=1), np.ones(len(m)), atol=1e-4)
    tags = ens.tag(SENTENCES)
    assert [len(t) for t in tags] == [len(s) for s in SENTENCES]
    for tg in tags:
        for prev, cur in zip(["O", *tg], tg, strict=False):
            assert not cur.startswith("I-") or prev[2:] == cur[2:]
    # Both members know Obama and Cairo (in the place gazetteer).
    assert tags[0][3:5] == ["B-PER", "I-PER"]
    assert tags[0][6] == "B-LOC"
