"""Tests for the BiLSTM-CRF tagger: numpy inference against torch, Viterbi, and tagging behaviour."""

from __future__ import annotations

import itertools
import sys
from pathlib import Path
from typing import ClassVar

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # train/ and bench/ are importable from the repo root
    sys.path.insert(0, str(ROOT))

from bench.eval_ner import entities  # noqa: E402
from marsad.models.ner import MODEL_DIR, TAGS, Features, NerModel, load_features  # noqa: E402
from marsad.models.ner import lstm as lstm_module  # noqa: E402
from marsad.models.ner.lstm import Encoder, LstmNer, bilstm, pack  # noqa: E402

SENTENCES = [
    # "US President Barack Obama arrived in Cairo yesterday ."
    ["وصل", "الرئيس", "الأمريكي", "باراك", "أوباما", "إلى", "القاهرة", "أمس", "."],
    # "And in Syria, the army said 2024 ..." (clitics attached: وفي، بسوريا)
    ["وقال", "الجيش", "بسوريا", "،", "إن", "Reuters", "2024", "..."],
    # "Arsenal won ."
    ["فاز", "أرسنال", "."],
]


@pytest.fixture(scope="module")
def feats() -> Features:
    """The shipped feature data (names.tsv, clusters.tsv)."""
    return load_features(MODEL_DIR)


def test_numpy_forward_equals_torch(feats: Features) -> None:
    """The numpy emissions equal torch's forward pass (eval mode) on a randomly initialised model."""
    torch = pytest.importorskip("torch")
    from train.ner_lstm import BiLstmCrf, collate, encode, export

    torch.manual_seed(0)
    words = list(itertools.islice(feats.clusters, 2000))
    rng = np.random.default_rng(0)
    # Multiples of 1/64 below 2 in size: exact in float16, so the exported table loses nothing.
    vecs = (rng.integers(-64, 64, (len(words), 16)) / 64).astype(np.float32)
    chars = "ابتةثجحخدذرسشصطعغفقكلمنهويى"
    model = BiLstmCrf(vecs, len(chars) + 2, hidden=12, char_dim=6, filters=8, dropout=0.5, tune=True)
    model.tune_rows(set(range(1, 2001, 3)))  # a third of the rows fine-tuned
    with torch.no_grad():  # non-zero CRF scores and offsets so the test means something
        for p in (model.trans, model.start, model.end):
            p.normal_()
        model.delta.weight[1:] = torch.from_numpy(rng.integers(-32, 32, model.delta.weight[1:].shape) / 64)
    model.eval()
    params = export(model, words, chars)
    tagger = LstmNer(params, feats, consistency=False)
    em, _ = tagger.emissions([*SENTENCES, [], SENTENCES[0]])
    data = encode(Encoder(words, chars, feats), [(s, ["O"] * len(s)) for s in SENTENCES])
    w, ch, fl, ln, _, _ = collate(data)
    with torch.no_grad():
        ref = model.emissions(w, ch, fl, ln).numpy()
    assert len(em) == 4  # the empty sentence has none
    for e, i in zip(em, (0, 1, 2, 0), strict=True):
        np.testing.assert_allclose(e, ref[i, : len(SENTENCES[i])], rtol=1e-4, atol=1e-4)
    # Viterbi against brute force over every tag sequence of a short sentence.
    short = em[2]
    best = max(
        itertools.product(range(len(TAGS)), repeat=len(short)),
        key=lambda seq: (
            tagger.start[seq[0]]
            + sum(short[t, s] for t, s in enumerate(seq))
            + sum(tagger.trans[a, b] for a, b in itertools.pairwise(seq))
            + tagger.end[seq[-1]]
        ),
    )
    assert tagger.viterbi([short]) == [list(best)]


def test_numpy_language_model_and_lm_inputs_equal_torch(feats: Features) -> None:
    """The LM's numpy states equal torch's LSTMs; a BiLSTM-CRF reading them (`--lm`) equals torch's too."""
    torch = pytest.importorskip("torch")
    from train.ner_lm import BiLm
    from train.ner_lm import export as export_lm
    from train.ner_lstm import BiLstmCrf, collate, encode, export

    torch.manual_seed(1)
    vocab = lstm_module.LmVocab(list(itertools.islice(feats.clusters, 500)), feats)
    lm = BiLm(vocab.n_in, vocab.n_out, emb=8, hidden=6)
    with torch.no_grad():  # exact in float16: the exported embedding loses nothing
        lm.emb.weight[:] = torch.round(lm.emb.weight * 64) / 64
    lm.eval()
    lm_params = export_lm(lm, vocab)
    numpy_lm = lstm_module.LanguageModel(lm_params, feats)
    states = numpy_lm.states([*SENTENCES, []])
    at = 0
    for sent in SENTENCES:
        x = torch.tensor([[vocab.ids(t)[0] for t in sent]])
        with torch.no_grad():
            e = lm.emb(x)
            hf = lm.fw(e)[0][0].numpy()
            hb = lm.bw(e.flip(1))[0][0].flip(0).numpy()
        got = states[at : at + len(sent)]
        np.testing.assert_allclose(got, np.concatenate([hf, hb], axis=1), rtol=1e-5, atol=1e-5)
        at += len(sent)
    assert at == len(states)
    # A tagger with the LM's states as inputs, numpy against torch.
    words = list(itertools.islice(feats.clusters, 300))
    vecs = (np.random.default_rng(1).integers(-64, 64, (len(words), 8)) / 64).astype(np.float32)
    chars = "ابتةثجحخدذرسشصطعغفقكلمنهويى"
    model = BiLstmCrf(vecs, len(chars) + 2, hidden=5, char_dim=4, filters=3, dropout=0.5, n_lm=12)
    model.eval()
    tagger = LstmNer(export(model, words, chars, lm_params), feats, consistency=False)
    assert tagger.lm is not None
    em, _ = tagger.emissions(SENTENCES)
    data = encode(Encoder(words, chars, feats), [(s, ["O"] * len(s)) for s in SENTENCES], numpy_lm)
    w, ch, fl, ln, _, _ = collate(data)
    with torch.no_grad():
        ref = model.emissions(w, ch, fl, ln).numpy()
    for i, e in enumerate(em):
        np.testing.assert_allclose(e, ref[i, : len(SENTENCES[i])], rtol=1e-4, atol=1e-4)


@pytest.fixture(scope="module")
def lstm() -> LstmNer:
    """The shipped BiLSTM-CRF (skipped when the model file is absent)."""
    if not (MODEL_DIR / "lstm.npz").exists():
        pytest.skip("lstm.npz not built (python -m train.ner_lstm)")
    return LstmNer.load()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "US President Barack Obama arrived in Cairo yesterday ."
        ("وصل الرئيس الأمريكي باراك أوباما إلى القاهرة أمس .", {"باراك أوباما": "PER", "القاهرة": "LOC"}),
        # "Russian President Vladimir Putin said that Russia supports Syria ."
        (
            "قال الرئيس الروسي فلاديمير بوتين إن روسيا تدعم سوريا .",
            {"فلاديمير بوتين": "PER", "روسيا": "LOC", "سوريا": "LOC"},
        ),
        # "The Iraqi foreign minister arrived in Amman on Tuesday ."
        ("وصل وزير الخارجية العراقي إلى عمان يوم الثلاثاء .", {"عمان": "LOC"}),
    ],
)
def test_lstm_tags_known_names(lstm: LstmNer, sentence: str, expected: dict[str, str]) -> None:
    """Well-known people and places come out with their labels."""
    toks = sentence.split()
    found = {" ".join(toks[s:e]): label for s, e, label in entities(lstm.tag([toks])[0])}
    assert {k: found.get(k) for k in expected} == expected


def test_lstm_shape_batching_and_document_pass(lstm: LstmNer) -> None:
    """One valid tag per token; a sentence tags the same alone and inside an article batch."""
    sents = [*SENTENCES, []]
    out = lstm.tag(sents)
    assert [len(t) for t in out] == [len(s) for s in sents]
    assert all(t in TAGS for s in out for t in s)
    plain = LstmNer({k: v for k, v in np.load(MODEL_DIR / "lstm.npz").items()}, lstm.feats, consistency=False)
    alone = [plain.tag([s])[0] for s in SENTENCES]
    assert plain.tag(SENTENCES) == alone


class _FixedPaths(LstmNer):
    """The shipped network with its Viterbi replaced by fixed tag paths (to test the wiring)."""

    paths: ClassVar[list[list[int]]] = []

    def viterbi(self, em: list[np.ndarray]) -> list[list[int]]:
        return self.paths


def test_lstm_document_pass(lstm: LstmNer) -> None:
    """A family name left O takes the person label the full name got earlier in the article."""
    doc = [
        # "Minister Hamdan Al-Mansouri met the ambassador yesterday ."
        ["التقى", "الوزير", "حمدان", "المنصوري", "بالسفير", "أمس", "."],
        # "And Al-Mansouri said the meeting was fruitful ."
        ["وقال", "المنصوري", "إن", "اللقاء", "كان", "مثمرا", "."],
    ]
    params = {k: v for k, v in np.load(MODEL_DIR / "lstm.npz").items()}
    b, i = TAGS.index("B-PER"), TAGS.index("I-PER")
    _FixedPaths.paths = [[0, 0, b, i, 0, 0, 0], [0] * 7]
    tags = _FixedPaths(params, lstm.feats).tag(doc)
    assert tags[1] == ["O", "B-PER", "O", "O", "O", "O", "O"]
    assert _FixedPaths(params, lstm.feats, consistency=False).tag(doc)[1] == ["O"] * 7


def test_load_kind(lstm: LstmNer, monkeypatch: pytest.MonkeyPatch) -> None:
    """NerModel.load() gives the BiLSTM-CRF when asked (argument or $MARSAD_NER), else refuses a name."""
    assert isinstance(NerModel.load(kind="lstm"), LstmNer)
    monkeypatch.setenv("MARSAD_NER", "lstm")
    assert isinstance(NerModel.load(), LstmNer)
    with pytest.raises(ValueError, match="unknown NER model"):
        NerModel.load(kind="bert")


def _reference_lstm(gx: np.ndarray, w: np.ndarray) -> np.ndarray:
    """One direction of one sentence, step by step in float64: gates (input, forget, output) halved, cell."""
    hd = w.shape[0]
    h, c = np.zeros(hd), np.zeros(hd)
    out = []
    for x in gx.astype(np.float64):
        z = x + h @ w
        i, f, o = (1 / (1 + np.exp(-2 * z[k * hd : (k + 1) * hd])) for k in range(3))
        c = f * c + i * np.tanh(z[3 * hd :])
        h = o * np.tanh(c)
        out.append(h)
    return np.array(out)


def test_packed_bilstm_equals_a_step_by_step_lstm() -> None:
    """The packed, stacked LSTM gives each sentence's textbook LSTM states, each direction reading its way."""
    rng = np.random.default_rng(2)
    hd, lengths = 5, [3, 7, 1, 7, 4]
    n = sum(lengths)
    g = rng.normal(size=(n, 8 * hd)).astype(np.float32)  # gate parts: forward then backward direction
    w = rng.normal(scale=0.5, size=(4, hd, 4 * hd)).astype(np.float32)  # two BiLSTMs stacked
    packed = pack(lengths)
    gx = np.concatenate([np.stack([g[packed.fw, : 4 * hd], g[packed.bw, 4 * hd :]])] * 2)
    hs = bilstm(gx, packed.running, w)
    starts = np.cumsum(lengths) - lengths
    for d in range(4):
        got = np.empty((n, hd), np.float32)
        got[packed.fw if d % 2 == 0 else packed.bw] = hs[d]
        for s, k in zip(starts, lengths, strict=True):
            x = g[s : s + k, : 4 * hd] if d % 2 == 0 else g[s : s + k, 4 * hd :][::-1]
            want = _reference_lstm(x, w[d])
            np.testing.assert_allclose(got[s : s + k], want if d % 2 == 0 else want[::-1], atol=1e-5)
    # A BiLSTM run alone gives the same states as inside the stack.
    np.testing.assert_array_equal(bilstm(gx[2:], packed.running, w[2:]), hs[2:])


@pytest.mark.parametrize("lengths", [[1], [4, 4], [3, 7, 1, 7, 4], [2, 9, 9, 1, 5, 1]])
def test_pack_layout(lengths: list[int]) -> None:
    """Step t holds the t-th token (forward) and the t-th from the end (backward) of each sentence still
    running, longest first (ties in order); `running` counts them."""
    starts = np.cumsum(lengths) - lengths
    order = sorted(range(len(lengths)), key=lambda j: -lengths[j])
    fw, bw, running = [], [], []
    for t in range(max(lengths)):
        live = [j for j in order if lengths[j] > t]
        running.append(len(live))
        fw += [int(starts[j]) + t for j in live]
        bw += [int(starts[j]) + lengths[j] - 1 - t for j in live]
    packed = pack(lengths)
    assert packed.running == running
    assert packed.fw.tolist() == fw
    assert packed.bw.tolist() == bw


def test_lstm_documents_in_one_batch_tag_as_one_by_one(lstm: LstmNer) -> None:
    """`tag_documents` equals `tag` per document (the document pass stays inside each)."""
    docs = [SENTENCES, [], [SENTENCES[2], []], SENTENCES[:1]]
    assert lstm.tag_documents(docs) == [lstm.tag(d) for d in docs]


def test_lstm_type_cache_refills_when_full(lstm: LstmNer, monkeypatch: pytest.MonkeyPatch) -> None:
    """A call that would overfill the type cache empties it first and still scores every token."""
    params = {k: v for k, v in np.load(MODEL_DIR / "lstm.npz").items()}
    fresh = LstmNer(params, lstm.feats, consistency=False)
    want, _ = fresh.emissions(SENTENCES)
    monkeypatch.setattr(lstm_module, "CACHE_SIZE", 12)
    small = LstmNer(params, lstm.feats, consistency=False)
    small.emissions(SENTENCES[:1])  # 9 types cached
    got, _ = small.emissions(SENTENCES[1:])  # 11 more types: the cache is emptied first
    assert len(small._ids) == 11
    for a, b in zip(want[1:], got, strict=True):
        np.testing.assert_allclose(a, b, atol=1e-5)


def test_lstm_tags_tokens_without_letters(lstm: LstmNer) -> None:
    """A call whose new word types have no letters (empty tokens) still tags every token."""
    params = {k: v for k, v in np.load(MODEL_DIR / "lstm.npz").items()}
    fresh = LstmNer(params, lstm.feats)
    out = fresh.tag([["", ""], ["", "قال", ""]])  # "said" between empty tokens
    assert [len(s) for s in out] == [2, 3]
    assert all(t in TAGS for s in out for t in s)


def test_language_model_pass_plan_and_heldout_loss() -> None:
    """Each pass of train.ner_lm reads every training piece once, in batches of similar length;
    the held-out loss is the mean cross-entropy over the pieces, as the training loss, without dropout."""
    torch = pytest.importorskip("torch")
    import random

    from train.ner_lm import BATCH, BiLm, heldout_loss, plan, tensors

    rng = random.Random(3)
    xs = [[1 + (i + k) % 7 for k in range(3 + i % 5)] for i in range(300)]
    ys = [[x % 4 for x in piece] for piece in xs]
    pieces = list(range(0, 300, 2))
    for _ in range(2):
        batches = plan(pieces, xs, rng)
        assert sorted(j for b in batches for j in b) == pieces
        assert all(len(b) <= BATCH for b in batches)
    x, y = tensors([0, 1], xs, ys)
    assert x.tolist()[0] == xs[0] + [0]
    assert y.tolist()[0] == ys[0] + [-1]
    torch.manual_seed(0)
    model = BiLm(8, 4, 5, 6)
    model.train()
    held = [1, 3, 5]
    got = heldout_loss(model, held, xs, ys)
    assert model.training
    model.eval()
    with torch.no_grad():
        assert got == pytest.approx(model.loss(*tensors(held, xs, ys)).item())
