"""Tests for the NER ensemble ner.ens.v1: marginals, BIO decoding, tagging, loading and its eval gate."""

from __future__ import annotations

import itertools
import json
import os
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # bench/ is importable from the repo root
    sys.path.insert(0, str(ROOT))

from bench.eval_ner import TEST_SETS, check, evaluate, load_npz  # noqa: E402
from marsad.models.ner import DEFAULT_KIND, MODEL_DIR, TAGS, NerModel  # noqa: E402
from marsad.models.ner.ensemble import (  # noqa: E402
    ENS_CRF_WEIGHT,
    ENS_MEMBERS,
    EnsembleNer,
    bio_transitions,
    forward_backward_many,
    load_members,
)
from marsad.models.ner.lstm import LstmNer, pack  # noqa: E402
from marsad.models.ner.viterbi import best_paths  # noqa: E402

SHARED = Path(os.environ.get("MARSAD_SHARED") or ROOT.parent / "shared" / "data")
FLOORS = ROOT / "tests" / "eval" / "ner_floors.json"


# Reference implementations the tests check the batched code against (test-only, not shipped).
def viterbi(scores: np.ndarray, trans: np.ndarray, start: np.ndarray) -> list[int]:
    """Best tag index path of one sentence's (tokens x tags) log scores."""
    return best_paths(scores, [len(scores)], trans, start)[0]


def _logsumexp(a: np.ndarray, axis: int) -> np.ndarray:
    m = a.max(axis=axis, keepdims=True)
    return np.squeeze(m, axis) + np.log(np.exp(a - m).sum(axis=axis))


def crf_forward_backward(em: np.ndarray, trans: np.ndarray, start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """Per-token tag marginals (tokens x tags) of a linear-chain CRF, in log space, one sentence."""
    n, k = em.shape
    alpha = np.zeros((n, k))
    beta = np.zeros((n, k))
    alpha[0] = start + em[0]
    for t in range(1, n):
        alpha[t] = _logsumexp(alpha[t - 1][:, None] + trans, 0) + em[t]
    beta[n - 1] = end
    for t in range(n - 2, -1, -1):
        beta[t] = _logsumexp(trans + (em[t + 1] + beta[t + 1])[None, :], 1)
    z = _logsumexp(alpha[n - 1] + end, 0)
    return np.exp(alpha + beta - z)


def forward_backward(
    emit: np.ndarray,
    lengths: list[int],
    trans: np.ndarray,
    start: np.ndarray | None = None,
    end: np.ndarray | None = None,
) -> np.ndarray:
    """One model's case of forward_backward_many: sentences one after another in `emit`."""
    k = emit.shape[1]
    return forward_backward_many(
        emit[None],
        pack(list(lengths)),
        trans[None],
        np.zeros((1, k)) if start is None else start[None],
        np.zeros((1, k)) if end is None else end[None],
    )[0]


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


def test_batched_forward_backward_equals_per_sentence() -> None:
    """The batched marginals (sentences longest first, packed) equal forward-backward sentence by sentence."""
    rng = np.random.default_rng(7)
    k = 4
    lengths = [3, 1, 6, 6, 2]
    em = rng.normal(scale=3.0, size=(sum(lengths), k))
    trans, start, end = rng.normal(size=(k, k)), rng.normal(size=k), rng.normal(size=k)
    cuts = np.cumsum(lengths)[:-1]
    want = np.concatenate([crf_forward_backward(e, trans, start, end) for e in np.split(em, cuts)])
    np.testing.assert_allclose(forward_backward(em, lengths, trans, start, end), want, rtol=1e-9, atol=1e-12)
    # No start and end scores: zeros.
    zero = np.zeros(k)
    want0 = np.concatenate([crf_forward_backward(e, trans, zero, zero) for e in np.split(em, cuts)])
    np.testing.assert_allclose(forward_backward(em, lengths, trans), want0, rtol=1e-9, atol=1e-12)


def test_forward_backward_many_equals_each_model_alone() -> None:
    """Several CRFs over the same sentences at once give each one's own marginals."""
    rng = np.random.default_rng(11)
    k, lengths = 5, [4, 7, 1]
    packed = pack(lengths)
    em = rng.normal(scale=2.0, size=(3, sum(lengths), k))
    trans, start, end = rng.normal(size=(3, k, k)), rng.normal(size=(3, k)), rng.normal(size=(3, k))
    got = forward_backward_many(em, packed, trans, start, end)
    for i in range(3):
        np.testing.assert_allclose(
            got[i], forward_backward(em[i], lengths, trans[i], start[i], end[i]), atol=1e-12
        )


def _check_floors_exist(prefix: str) -> dict[str, float]:
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    mine = {k: v for k, v in floors.items() if k.startswith(prefix)}
    # Every set and label is pinned, so the gate below cannot pass on an empty list.
    assert len(mine) == len(TEST_SETS) * 5
    return floors


def test_floor_keys_of_another_model_are_apart() -> None:
    """`check` reads the shipped CRF's floors without a prefix and the ensemble's under `ens:` only."""
    results = {"anercorp test.txt": {lab: {"f1": 0.7} for lab in ("all", "PER", "ORG", "LOC", "MISC")}}
    floors = {
        "anercorp test.txt/all": 0.8,
        "ens:anercorp test.txt/all": 0.6,
        "lstm:anercorp test.txt/PER": 0.9,
    }
    assert check(results, floors) == ["anercorp test.txt/all: 0.7000 < floor 0.8"]
    assert check(results, floors, "crf") == ["anercorp test.txt/all: 0.7000 < floor 0.8"]
    assert check(results, floors, "ens") == []
    assert check(results, floors, "lstm") == ["lstm:anercorp test.txt/PER: 0.7000 < floor 0.9"]


@pytest.fixture(scope="module")
def ens() -> EnsembleNer:
    """ner.ens.v1, loaded once."""
    if not all((MODEL_DIR / name).exists() for name in ENS_MEMBERS):
        pytest.skip("ner.ens.v1's BiLSTM-CRFs not built (MODEL.md)")
    return EnsembleNer.load()


def test_ensemble_tags_like_its_members(ens: EnsembleNer) -> None:
    """The loaded ensemble gives BIO-valid tags, one per token; its marginals are distributions."""
    assert (len(ens.lstms), ens.crf_weight) == (2, ENS_CRF_WEIGHT)
    mean, members = ens.marginals(SENTENCES)
    assert [len(m) for m in mean] == [len(s) for s in SENTENCES]
    assert len(members) == 3
    for m in [*mean, *(x for mem in members for x in mem)]:
        np.testing.assert_allclose(m.sum(axis=1), np.ones(len(m)), atol=1e-4)
    tags = ens.tag(SENTENCES)
    assert [len(t) for t in tags] == [len(s) for s in SENTENCES]
    for tg in tags:
        for prev, cur in zip(["O", *tg], tg, strict=False):
            assert not cur.startswith("I-") or prev[2:] == cur[2:]
    # The members know Obama and Cairo (in the place gazetteer).
    assert tags[0][3:5] == ["B-PER", "I-PER"]
    assert tags[0][6] == "B-LOC"


def test_ensemble_members_equal_the_single_taggers(ens: EnsembleNer) -> None:
    """The joint run (stacked BiLSTMs, numpy CRF scores) gives each member's own marginals.

    The CRF's from crfsuite's own marginals (weights read to six decimals: close, not equal); each
    BiLSTM-CRF's from its own emissions run alone.
    """
    _, members = ens.marginals(SENTENCES)
    live = [s for s in SENTENCES if s]
    want = ens._crfsuite_member(live)
    np.testing.assert_allclose(np.concatenate(members[0]), want, atol=1e-4)
    for model, cols, got in zip(ens.lstms, ens._lstm_cols, members[1:], strict=True):
        em, _ = model.emissions(live)
        alone = np.zeros((sum(map(len, live)), len(TAGS)))
        alone[:, cols] = forward_backward(
            np.concatenate(em).astype(np.float64),
            [len(s) for s in live],
            model.trans.astype(np.float64),
            model.start.astype(np.float64),
            model.end.astype(np.float64),
        )
        np.testing.assert_allclose(np.concatenate(got), alone, atol=1e-5)


def test_ensemble_mean_weighs_members_by_their_shares(ens: EnsembleNer) -> None:
    """Mean = CRF weight x its marginals + each BiLSTM-CRF's share of the rest times its own."""
    raw = np.arange(1.0, len(ens.lstms) + 1.0)
    shares = tuple(float(x) for x in raw / raw.sum())
    other = EnsembleNer(ens.crf, ens.lstms, 0.3, shares=shares)
    mean, members = other.marginals(SENTENCES)
    for k in range(len(SENTENCES)):
        want = 0.3 * members[0][k] + sum(0.7 * s * m[k] for s, m in zip(shares, members[1:], strict=True))
        np.testing.assert_allclose(mean[k], want, atol=1e-12)
    with pytest.raises(ValueError, match="shares"):
        EnsembleNer(ens.crf, ens.lstms, 0.3, shares=(0.5,) * (len(ens.lstms) + 1))


def test_ensemble_documents_in_one_batch_tag_as_one_by_one(ens: EnsembleNer) -> None:
    """`tag_documents` equals `tag` per document: no name spreads from one article to another."""
    docs = [
        SENTENCES,
        # "Al-Mansouri said ..." (a family name alone, in another article than any full name)
        [["وقال", "المنصوري", "إن", "اللقاء", "كان", "مثمرا", "."]],
        [],
        SENTENCES[:1],
    ]
    assert ens.tag_documents(docs) == [ens.tag(d) for d in docs]


def test_load_kind_ens(ens: EnsembleNer, monkeypatch: pytest.MonkeyPatch) -> None:
    """NerModel.load() gives the ensemble when asked (argument or $MARSAD_NER); the CRF stays the default."""
    # The loaded ensemble stands in for a second load (the real load runs in the fixture and the CLI test).
    monkeypatch.setattr(EnsembleNer, "load", classmethod(lambda cls, *a, **k: ens))
    assert NerModel.load(kind="ens") is ens
    monkeypatch.setenv("MARSAD_NER", "ens")
    assert NerModel.load() is ens
    monkeypatch.delenv("MARSAD_NER")
    assert type(NerModel.load()) is NerModel
    assert DEFAULT_KIND == "crf"


def test_tag_command_with_the_ensemble(ens: EnsembleNer) -> None:
    """`marsad tag --model ens` tags CoNLL input with the ensemble: same tokens, its tags."""
    from click.testing import CliRunner

    from marsad.cli import main

    tokens = SENTENCES[0]
    result = CliRunner().invoke(
        main, ["tag", "--format", "conll", "--model", "ens"], input="\n".join(tokens) + "\n"
    )
    assert result.exit_code == 0, result.output
    lines = [line.split("\t") for line in result.output.strip("\n").splitlines()]
    assert [w for w, _ in lines] == tokens
    assert [t for _, t in lines] == ens.tag([tokens])[0]


def test_ensemble_eval_gate(ens: EnsembleNer) -> None:
    """ner.ens.v1's scores on the shared test sets stay at or above its pinned floors (keys `ens:`)."""
    if not all((SHARED / p).exists() for p in TEST_SETS.values()):
        pytest.skip("../shared/data is absent")
    floors = _check_floors_exist("ens:")
    assert check(evaluate(ens), floors, "ens") == []


def test_eval_ner_npz_alone_and_beside_the_crf() -> None:
    """bench.eval_ner's --npz FILE [--with-crf W] (round 15): the file alone tags as the BiLSTM-CRF loaded
    from the model dir; with W, as an ensemble of the shipped CRF and that file at CRF weight W."""
    if not (MODEL_DIR / "lstm.npz").exists():
        pytest.skip("lstm.npz not built (MODEL.md)")
    alone = load_npz(MODEL_DIR / "lstm.npz", None)
    assert isinstance(alone, LstmNer)
    assert alone.tag(SENTENCES) == LstmNer.load(MODEL_DIR).tag(SENTENCES)
    pair = load_npz(MODEL_DIR / "lstm.npz", 0.4)
    assert isinstance(pair, EnsembleNer)
    assert (len(pair.lstms), pair.crf_weight) == (1, 0.4)
    crf, members = load_members(MODEL_DIR, ("lstm.npz",))
    assert pair.tag(SENTENCES) == EnsembleNer(crf, members, 0.4).tag(SENTENCES)
