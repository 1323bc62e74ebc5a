"""Tests for the multi-domain BiLSTM-CRF training path: batch mixing, per-corpus heads, news-head export."""

from __future__ import annotations

import itertools
import random
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # train/ is importable from the repo root
    sys.path.insert(0, str(ROOT))

from marsad.models.ner import MODEL_DIR, Features, load_features  # noqa: E402
from marsad.models.ner.lstm import Encoder, LstmNer  # noqa: E402
from train.ner_corpora import DomainMixer  # noqa: E402


def test_mixer_epoch_covers_news_once_and_draws_other_corpora_by_ratio() -> None:
    """An epoch: every news sentence once; ratio x news batches of wiki, capped at wiki's size."""
    lengths = {"news": [3, 9, 4, 7, 1] * 7, "wiki": list(range(1, 101)), "aqmar": [5] * 6}
    mixer = DomainMixer(lengths, {"wiki": 1.0, "aqmar": 2.0}, size=4, rng=random.Random(0))
    seen: Counter[str] = Counter()
    wiki_order: list[int] = []
    for epoch in range(3):
        batches = mixer.epoch()
        news = sorted(i for d, b in batches if d == "news" for i in b)
        assert news == list(range(35))  # 35 news sentences, 9 batches of at most 4
        wiki = [i for d, b in batches if d == "wiki" for i in b]
        assert len(wiki) == 36 and len(set(wiki)) == 36  # 9 batches x 4, no repeat within an epoch
        aqmar = [i for d, b in batches if d == "aqmar" for i in b]
        assert sorted(aqmar) == list(range(6))  # 2 x 36 capped at the corpus size
        assert all(len(b) <= 4 for _, b in batches)
        # Within a batch, one corpus and sentences of similar length (sorted before chunking).
        for d, b in batches:
            lens = [lengths[d][i] for i in b]
            assert lens == sorted(lens)
        seen.update(d for d, _ in batches)
        wiki_order += wiki
        del epoch
    # The wiki cycle: epochs 1-2 draw 72 different sentences, epoch 3 the 28 left, then 8 of a new pass.
    assert len(set(wiki_order[:72])) == 72
    assert set(wiki_order) == set(range(100))
    assert seen == {"news": 27, "wiki": 27, "aqmar": 6}


def test_mixer_without_other_corpora_batches_news_only() -> None:
    """A ratio of 0 (or an empty corpus) adds no batches."""
    mixer = DomainMixer({"news": [2, 2, 3], "wiki": [1, 2]}, {"wiki": 0.0}, size=2, rng=random.Random(1))
    assert sorted(d for d, _ in mixer.epoch()) == ["news", "news"]


@pytest.fixture(scope="module")
def feats() -> Features:
    """The shipped feature data (names.tsv, clusters.tsv)."""
    return load_features(MODEL_DIR)


SENTENCES = [
    # "US President Barack Obama arrived in Cairo yesterday ."
    ["وصل", "الرئيس", "الأمريكي", "باراك", "أوباما", "إلى", "القاهرة", "أمس", "."],
    # "Arsenal won ."
    ["فاز", "أرسنال", "."],
]


def test_heads_are_separate_and_the_news_head_exports_as_lstm_npz(feats: Features) -> None:
    """A wiki batch trains the shared encoder and the wiki head, not the news head; news is lstm.npz."""
    torch = pytest.importorskip("torch")
    from train.ner_lstm import collate, encode, export
    from train.ner_lstm_multi import MultiBiLstmCrf

    torch.manual_seed(0)
    words = list(itertools.islice(feats.clusters, 500))
    vecs = (np.random.default_rng(0).integers(-64, 64, (len(words), 8)) / 64).astype(np.float32)
    chars = "ابتةثجحخدذرسشصطعغفقكلمنهويى"
    model = MultiBiLstmCrf(vecs, len(chars) + 2, 6, 4, 5, 0.5, True, ["news", "wiki"])
    model.tune_rows(set(range(1, 501, 2)))
    assert set(model.heads) == {"wiki"}  # news is the base model's own head
    tags = [["O", "O", "O", "B-PER", "I-PER", "O", "B-LOC", "O", "O"], ["O", "B-ORG", "O"]]
    batch = collate(encode(Encoder(words, chars, feats), list(zip(SENTENCES, tags, strict=True))))
    w, ch, fl, ln, tg, mk = batch
    model.eval()
    with torch.no_grad():  # the news head's loss is the single-domain model's
        assert torch.allclose(
            model.domain_loss("news", w, ch, fl, ln, tg, mk),
            model.nll(model.emissions(w, ch, fl, ln), tg, mk),
        )
    # The exported file is the news head: the numpy tagger's emissions equal torch's news emissions.
    params = export(model, words, chars)
    assert not any(k.startswith("heads") for k in params)
    em, _ = LstmNer(params, feats, consistency=False).emissions(SENTENCES)
    with torch.no_grad():
        ref = model.out(model.hidden_states(w, ch, fl, ln)).numpy()
    for i, e in enumerate(em):
        np.testing.assert_allclose(e, ref[i, : len(SENTENCES[i])], rtol=1e-4, atol=1e-4)
    model.train()
    news = {"out", "trans", "start", "end"}
    news_before = {k: v.clone() for k, v in model.state_dict().items() if k.split(".")[0] in news}
    shared_before = model.lstm.weight_ih_l0.clone()
    wiki_before = model.heads["wiki"].out.weight.clone()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    opt.zero_grad()
    model.domain_loss("wiki", w, ch, fl, ln, tg, mk).backward()
    opt.step()
    after = model.state_dict()
    assert all(torch.equal(after[k], v) for k, v in news_before.items())
    assert not torch.equal(model.lstm.weight_ih_l0, shared_before)
    assert not torch.equal(model.heads["wiki"].out.weight, wiki_before)


def test_early_stop_keeps_the_best_epoch_and_stops_after_patience() -> None:
    """`EarlyStop`: a gain resets patience; the best epoch's parameters are kept."""
    pytest.importorskip("torch")
    from train.ner_epochs import EarlyStop

    stop = EarlyStop(patience=2)
    params = [{"w": np.full(1, float(i))} for i in range(6)]
    # dev F1 by epoch: a gain, a gain, a loss, then a tie (no gain) 2 epochs after the best: stop.
    assert [stop.stop(e, f1, params[e]) for e, f1 in [(1, 0.5), (2, 0.6), (3, 0.55)]] == [False] * 3
    assert stop.stop(4, 0.6, params[4]) is True
    assert (stop.f1, stop.epoch, stop.params) == (0.6, 2, params[2])


def test_kept_is_the_best_dev_epoch_unless_the_last_is_asked_for() -> None:
    """`kept`: a dev run writes its best epoch; `--last` (or a build without dev scores) the last one."""
    pytest.importorskip("torch")
    from train.ner_epochs import EarlyStop, kept

    stop = EarlyStop(patience=5)
    params = [{"w": np.full(1, float(i))} for i in range(4)]
    for e, f1 in [(1, 0.5), (2, 0.7), (3, 0.6)]:
        stop.stop(e, f1, params[e])
    assert kept(stop, params[3], use_best=True) is params[2]
    assert kept(stop, params[3], use_best=False) is params[3]
    # A build on all of train scores no epoch: the last one, whatever is asked.
    assert kept(EarlyStop(patience=5), params[3], use_best=True) is params[3]


def test_float_path_names_the_cache_and_only_the_pinning_settings_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`float_path`: torch's CPU kernels, the set pinning variables (no others), the cache's sha256."""
    pytest.importorskip("torch")
    import hashlib

    from train.ner_epochs import FLOAT_ENV, float_path

    cache = tmp_path / "w2v.npy"
    cache.write_bytes(b"vectors")
    for key in FLOAT_ENV:
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("OPENBLAS_CORETYPE", "Haswell")
    monkeypatch.setenv("OMP_NUM_THREADS", "1")  # a thread count, not a float path
    got = float_path(cache)
    assert got["env"] == {"OPENBLAS_CORETYPE": "Haswell"}
    assert got["vectors_sha256"] == hashlib.sha256(b"vectors").hexdigest()
    assert isinstance(got["cpu_capability"], str) and got["cpu_capability"]
