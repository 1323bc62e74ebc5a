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
from marsad.models.ner.lstm import Encoder, LstmNer  # noqa: E402

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
