"""Train the BiLSTM-CRF NER tagger: `python -m train.ner_lstm` writes marsad/models/ner/lstm.npz.

Torch (CPU, the `[train]` extra) trains; the weights are exported to a compressed .npz that
`marsad.models.ner.lstm` runs in numpy. Word vectors: the skip-gram word2vec of
`train.clusters` on folded ANT v2.1 (trained here when `--vectors` does not exist yet, about
5 minutes, single-threaded and seeded; then cached). `--dev` trains without the last 600
ANERcorp train sentences, early-stops on them and prints dev F1 per epoch (never a test file).
Without `--dev` it trains on all of train for a fixed number of epochs (`--epochs`, chosen on dev).
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn

from marsad.arabic import fold
from marsad.models.ner import MODEL_DIR, TAGS, load_features, propagate
from marsad.models.ner.lstm import MAX_CHARS, N_FLAGS, Encoder, LanguageModel, LstmNer
from train.clusters import clusters_record
from train.conll import DOC_SENTENCES, Sentence, read_conll, score, shared_dir

SEED = 13
# The corpus name of ANERcorp train in the shared epoch loop (train/ner_epochs.py).
NEWS = "news"
DEV_SIZE = 600
# Chosen on the dev split (MODEL.md, BiLSTM-CRF section). Hidden size 64 rather than 100: the
# numpy tagger's speed bar (20k tokens per CPU-second).
HIDDEN = 64
CHAR_DIM = 30
FILTERS = 50
DROPOUT = 0.5
LR = 0.002
BATCH = 16
# --dev: early stopping on dev F1 (with the document pass) within this cap and patience.
EPOCH_CAP = 20
PATIENCE = 4
# A build on all of train runs the best dev epoch count of the chosen configuration.
EPOCHS = 8
# Fine-tune the vectors of training words (an offset per word): 69.2 dev against 62.9 frozen.
TUNE_EMB = 1
# Word dropout: this share of training tokens lose their word vector (row 0, as a word unknown
# to word2vec), so the letters and the context must carry names the vectors do not know.
WORD_DROP = 0.25
# Weight averaging from this epoch on (0: off).
AVERAGE_FROM = 0
CLIP = 5.0
# Letters seen fewer times than this in the training tokens share the unknown-letter id.
MIN_CHAR_COUNT = 2
VECTORS = Path.home() / ".cache" / "marsad" / "ant_w2v.npy"


class BiLstmCrf(nn.Module):
    """Word vectors + letter CNN + flags -> BiLSTM -> linear emissions -> CRF."""

    def __init__(
        self,
        emb: np.ndarray,
        n_chars: int,
        hidden: int,
        char_dim: int,
        filters: int,
        dropout: float,
        tune: bool = False,
        n_lm: int = 0,
    ):
        super().__init__()
        k = len(TAGS)
        table = np.vstack([np.zeros((1, emb.shape[1]), np.float32), emb.astype(np.float32)])
        self.emb = nn.Embedding.from_pretrained(torch.from_numpy(table), freeze=True)
        # Fine-tuning (Lample et al.) moves only the rows of training words: they get a trainable
        # offset (`delta`, zero at the start), added into the table on export. A dense gradient
        # over all 70k rows would triple the training time for the same result.
        self.register_buffer("remap", torch.zeros(len(table), dtype=torch.long))
        self.delta = nn.Embedding(1, emb.shape[1], padding_idx=0)
        self.tune = tune
        self.char_emb = nn.Embedding(n_chars, char_dim, padding_idx=0)
        self.conv = nn.Conv1d(char_dim, filters, 3, padding=1)
        self.drop = nn.Dropout(dropout)
        # n_lm: the frozen language model's states (`--lm`), read after the flags.
        self.n_lm = n_lm
        self.lstm = nn.LSTM(
            emb.shape[1] + filters + N_FLAGS + n_lm, hidden, batch_first=True, bidirectional=True
        )
        self.out = nn.Linear(2 * hidden, k)
        self.trans = nn.Parameter(torch.zeros(k, k))
        self.start = nn.Parameter(torch.zeros(k))
        self.end = nn.Parameter(torch.zeros(k))

    def emissions(self, words: torch.Tensor, chars: torch.Tensor, flags: torch.Tensor, lens: torch.Tensor):
        """(B, T, tags) emission scores."""
        return self.out(self.hidden_states(words, chars, flags, lens))

    def hidden_states(
        self, words: torch.Tensor, chars: torch.Tensor, flags: torch.Tensor, lens: torch.Tensor
    ) -> torch.Tensor:
        """(B, T, 2H) BiLSTM states after dropout: what an output layer reads."""
        b, t, width = chars.shape
        c = self.char_emb(chars.view(b * t, width)).transpose(1, 2)
        conv = self.conv(c).masked_fill((chars.view(b * t, 1, width) == 0), -1e4)
        cf = torch.relu(conv.max(dim=2).values).view(b, t, -1)
        we = self.emb(words)
        if self.tune:
            we = we + self.delta(self.remap[words])
        x = self.drop(torch.cat([we, cf, flags], dim=2))
        packed = nn.utils.rnn.pack_padded_sequence(x, lens, batch_first=True, enforce_sorted=False)
        h, _ = self.lstm(packed)
        h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=t)
        return self.drop(h)

    def tune_rows(self, word_ids: set[int]) -> None:
        """Give these word-vector rows a trainable offset (the training words)."""
        ids = sorted(i for i in word_ids if i)
        self.remap.zero_()
        self.remap[ids] = torch.arange(1, len(ids) + 1)
        self.delta = nn.Embedding(len(ids) + 1, self.emb.embedding_dim, padding_idx=0)
        nn.init.zeros_(self.delta.weight)

    def table(self) -> torch.Tensor:
        """The word-vector table with the tuned offsets added."""
        w = self.emb.weight
        return w + self.delta.weight[self.remap] if self.tune else w

    def nll(self, em: torch.Tensor, tags: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """Mean negative log-likelihood of the gold tag sequences under the CRF."""
        return crf_nll(em, tags, mask, self.trans, self.start, self.end)


def crf_nll(
    em: torch.Tensor,
    tags: torch.Tensor,
    mask: torch.Tensor,
    trans: torch.Tensor,
    start: torch.Tensor,
    end: torch.Tensor,
) -> torch.Tensor:
    """Mean negative log-likelihood of gold tag sequences under a linear-chain CRF's scores."""
    b, t, _ = em.shape
    rows = torch.arange(b)
    gold = start[tags[:, 0]] + em[rows, 0, tags[:, 0]]
    alpha = start + em[:, 0]
    for i in range(1, t):
        m = mask[:, i]
        gold = gold + m * (trans[tags[:, i - 1], tags[:, i]] + em[rows, i, tags[:, i]])
        nxt = torch.logsumexp(alpha[:, :, None] + trans[None] + em[:, i, None, :], dim=1)
        alpha = torch.where(m[:, None] > 0, nxt, alpha)
    last = tags[rows, mask.sum(1).long() - 1]
    gold = gold + end[last]
    return (torch.logsumexp(alpha + end, dim=1) - gold).mean()


Encoded = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]


def encode(enc: Encoder, sents: list[Sentence], lm: LanguageModel | None = None) -> list[Encoded]:
    """Per sentence: word ids, letter ids (n, MAX_CHARS), flags (then LM states) and tag ids."""
    idx = {tg: i for i, tg in enumerate(TAGS)}
    out = []
    for toks, tg in sents:
        rows = [enc.word(tok) for tok in toks]
        spans = enc.spans([r[0] for r in rows])
        chars = np.zeros((len(toks), MAX_CHARS), np.int64)
        for j, r in enumerate(rows):
            chars[j, : len(r[3])] = r[3]
        flags = np.array([r[4] + sp for r, sp in zip(rows, spans, strict=True)], np.float32)
        if lm is not None:
            flags = np.concatenate([flags, lm.states([toks])], axis=1)
        out.append(
            (
                np.array([r[2] for r in rows], np.int64),
                chars,
                flags,
                np.array([idx[t] for t in tg], np.int64),
            )
        )
    return out


def collate(items: list[Encoded]) -> tuple[torch.Tensor, ...]:
    """Padded word ids, letter ids, flags, lengths, tag ids and mask of a batch."""
    lens = [len(it[0]) for it in items]
    b, t = len(items), max(lens)
    words = np.zeros((b, t), np.int64)
    chars = np.zeros((b, t, MAX_CHARS), np.int64)
    flags = np.zeros((b, t, items[0][2].shape[1]), np.float32)
    tags = np.zeros((b, t), np.int64)
    mask = np.zeros((b, t), np.float32)
    for i, (w, c, f, g) in enumerate(items):
        n = len(w)
        words[i, :n], chars[i, :n], flags[i, :n], tags[i, :n], mask[i, :n] = w, c, f, g, 1
    return tuple(torch.from_numpy(x) for x in (words, chars, flags, np.array(lens), tags, mask))


def batches(lengths: list[int], size: int, rng: random.Random) -> list[list[int]]:
    """Sentence indices in batches of similar length (less padding), in a shuffled order."""
    order = list(range(len(lengths)))
    rng.shuffle(order)
    order.sort(key=lengths.__getitem__)
    out = [order[i : i + size] for i in range(0, len(order), size)]
    rng.shuffle(out)
    return out


def export(
    model: BiLstmCrf, words: list[str], chars: str, lm: dict[str, np.ndarray] | None = None
) -> dict[str, np.ndarray]:
    """The numpy parameters `LstmNer` reads (word vectors float16, the rest float32); `lm`: the LM's."""
    sd = {k: v.detach().numpy() for k, v in model.state_dict().items()}
    h = model.lstm.hidden_size
    w_x = np.concatenate([sd["lstm.weight_ih_l0"].T, sd["lstm.weight_ih_l0_reverse"].T], axis=1)
    extra: dict[str, np.ndarray] = {}
    if model.n_lm and lm is not None:
        w_x, extra["w_lm"] = w_x[: -model.n_lm], w_x[-model.n_lm :]
        extra.update({k: v for k, v in lm.items() if k.startswith("lm_")})
    b_x = np.concatenate(
        [
            sd["lstm.bias_ih_l0"] + sd["lstm.bias_hh_l0"],
            sd["lstm.bias_ih_l0_reverse"] + sd["lstm.bias_hh_l0_reverse"],
        ]
    )
    conv = sd["conv.weight"]  # (filters, char_dim, 3) -> rows k * char_dim + c
    return {
        "words": np.array("\n".join(words)),
        "chars": np.array(chars),
        "tags": np.array("\n".join(TAGS)),
        "emb": model.table().detach().numpy()[1:].astype(np.float16),
        "char_emb": sd["char_emb.weight"],
        "conv_w": conv.transpose(2, 1, 0).reshape(-1, conv.shape[0]),
        "conv_b": sd["conv.bias"],
        "w_x": w_x,
        "b_x": b_x,
        "w_h": np.stack([sd["lstm.weight_hh_l0"].T, sd["lstm.weight_hh_l0_reverse"].T]).reshape(2, h, 4 * h),
        "w_out": sd["out.weight"].T,
        "b_out": sd["out.bias"],
        "trans": sd["trans"],
        "start": sd["start"],
        "end": sd["end"],
        **extra,
    }


def average(avg: dict[str, np.ndarray], new: dict[str, np.ndarray], k: int) -> dict[str, np.ndarray]:
    """The running mean of k + 1 parameter sets: `avg` (of k sets) updated with `new`."""
    out = {}
    for name, v in new.items():
        if v.dtype.kind == "f":
            mean = (avg[name].astype(np.float32) * k + v.astype(np.float32)) / (k + 1)
            out[name] = mean.astype(v.dtype)
        else:
            out[name] = v
    return out


def evaluate_dev(tagger: LstmNer, dev: list[Sentence]) -> dict[str, dict[str, dict[str, float]]]:
    """Dev scores of the numpy tagger, without and with the document pass (15-sentence pieces)."""
    toks = [t for t, _ in dev]
    gold = [g for _, g in dev]
    plain, doc = [], []
    for i in range(0, len(toks), DOC_SENTENCES):
        part = toks[i : i + DOC_SENTENCES]
        em, words = tagger.emissions(part)
        pred = [[tagger.tags[k] for k in p] for p in tagger.viterbi(em)]
        plain += pred
        doc += propagate(tagger.feats, part, pred, words)
    return {"lstm": score(gold, plain), "lstm+doc": score(gold, doc)}


def line(r: dict[str, dict[str, float]]) -> str:
    """One line of F1 per label and P/R (percent)."""
    return " ".join(f"{k}={100 * v['f1']:.1f}" for k, v in r.items()) + (
        f" P={100 * r['all']['p']:.1f} R={100 * r['all']['r']:.1f}"
    )


def vectors(path: Path) -> tuple[list[str], np.ndarray]:
    """The ANT word2vec words and unit vectors, trained once (train.clusters) and cached at `path`."""
    words_path = path.with_suffix(".words")
    if not path.exists():
        from train.clusters import word_vectors

        words, vecs = word_vectors()
        path.parent.mkdir(parents=True, exist_ok=True)
        np.save(path, vecs)
        words_path.write_text("\n".join(words), encoding="utf-8")
    return words_path.read_text(encoding="utf-8").split("\n"), np.load(path)


def write_manifest(out: Path, name: str, dev: bool, manifest: dict[str, Any]) -> None:
    """Write trained_on.NAME[.dev].json beside NAME.npz (what the model was trained on, and how)."""
    file = f"trained_on.{name}.dev.json" if dev else f"trained_on.{name}.json"
    (out / file).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {out / (name + '.npz')}")


def main() -> None:
    """Train (on all of train, or without the dev split), export lstm.npz and trained_on.json."""
    from train.ner_epochs import EarlyStop, float_path, kept, run_epochs  # it imports this module

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--dev", action="store_true", help="hold out the last 600 ANERcorp train sentences")
    ap.add_argument(
        "--epochs", type=int, default=None, help=f"epoch cap (--dev, {EPOCH_CAP}) or count ({EPOCHS})"
    )
    ap.add_argument("--patience", type=int, default=PATIENCE)
    ap.add_argument("--hidden", type=int, default=HIDDEN)
    ap.add_argument("--char-dim", type=int, default=CHAR_DIM)
    ap.add_argument("--filters", type=int, default=FILTERS)
    ap.add_argument("--dropout", type=float, default=DROPOUT)
    ap.add_argument("--lr", type=float, default=LR)
    ap.add_argument("--batch", type=int, default=BATCH)
    ap.add_argument("--tune-emb", type=int, default=TUNE_EMB, help="fine-tune the word vectors (1/0)")
    ap.add_argument("--word-drop", type=float, default=WORD_DROP, help="share of word vectors dropped")
    ap.add_argument(
        "--average-from",
        type=int,
        default=AVERAGE_FROM,
        help="average the weights from this epoch on (0: off)",
    )
    ap.add_argument(
        "--extra",
        type=Path,
        help="more training sentences (token TAB tag), e.g. teacher-tagged news from train.ner_distil --dump",
    )
    ap.add_argument(
        "--lm", type=Path, default=None, help="lm.npz of train.ner_lm: its frozen states as extra inputs"
    )
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--seed", type=int, default=SEED, help=f"torch and batch-order seed ({SEED})")
    ap.add_argument(
        "--last", action="store_true", help="--dev: write the last epoch's weights, not the best dev epoch's"
    )
    ap.add_argument("--vectors", type=Path, default=VECTORS, help="cached word2vec (.npy + .words)")
    ap.add_argument(
        "--out", type=Path, default=None, help="model dir (default: the shipped one; --dev: a temp dir)"
    )
    ap.add_argument(
        "--name",
        default="lstm",
        help="file stem: writes NAME.npz and trained_on.NAME.json (the ensemble's second BiLSTM: lstm2)",
    )
    args = ap.parse_args()
    args.epochs = args.epochs or (EPOCH_CAP if args.dev else EPOCHS)
    t0, c0 = time.time(), time.process_time()
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    words, vecs = vectors(args.vectors)
    feats = load_features(MODEL_DIR)
    if list(feats.clusters)[: len(words)] != words:
        raise SystemExit(
            "the word vectors' words differ from clusters.tsv: rebuild both (python -m train.clusters)"
        )
    aner = read_conll(shared_dir() / "ner/anercorp/train.txt", {"PERS": "PER"})
    train, dev = (aner[:-DEV_SIZE], aner[-DEV_SIZE:]) if args.dev else (aner, [])
    extra = read_conll(args.extra) if args.extra else []
    counts: dict[str, int] = {}
    for toks, _ in train:
        for tok in toks:
            for ch in fold(tok)[:MAX_CHARS]:
                counts[ch] = counts.get(ch, 0) + 1
    chars = "".join(sorted(c for c, n in counts.items() if n >= MIN_CHAR_COUNT))
    enc = Encoder(words, chars, feats)
    lm_params: dict[str, np.ndarray] | None = None
    lm = None
    if args.lm:
        with np.load(args.lm) as z:
            lm_params = {k: z[k] for k in z.files}
        lm = LanguageModel(lm_params, feats)
    n_lm = 2 * lm.hidden if lm is not None else 0
    model = BiLstmCrf(
        vecs,
        len(chars) + 2,
        args.hidden,
        args.char_dim,
        args.filters,
        args.dropout,
        bool(args.tune_emb),
        n_lm,
    )
    data = encode(enc, train + extra, lm)
    if args.tune_emb:
        model.tune_rows({int(i) for x in data for i in x[0]})
    opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=args.lr)
    lengths = [len(x[0]) for x in data]
    best = EarlyStop(args.patience)
    history: list[dict[str, Any]] = []
    avg: dict[str, np.ndarray] | None = None
    current: dict[str, np.ndarray] = {}

    def end_epoch(epoch: int, total: dict[str, float], _seen: dict[str, int]) -> bool:
        nonlocal avg, current
        current = export(model, words, chars, lm_params)
        if args.average_from and epoch >= args.average_from:
            # Weight averaging over epochs (Polyak; SWA with a constant rate): the exported
            # parameters of every epoch from --average-from on, averaged; exported as is.
            k = epoch - args.average_from
            avg = current if avg is None else average(avg, current, k)
            current = avg
        row: dict[str, Any] = {
            "epoch": epoch,
            "loss": round(total[NEWS] / len(data), 3),
            "seconds": round(time.time() - t0),
        }
        history.append(row)
        if not args.dev:
            print(f"epoch {epoch} loss {row['loss']} ({row['seconds']}s)", flush=True)
            return False
        r = evaluate_dev(LstmNer(current, feats), dev)
        f1 = r["lstm+doc"]["all"]["f1"]
        row["dev"] = round(100 * r["lstm"]["all"]["f1"], 1)
        row["dev+doc"] = round(100 * f1, 1)
        print(f"epoch {epoch} loss {row['loss']} ({row['seconds']}s, {time.process_time() - c0:.0f}s CPU)")
        print(f"  dev      {line(r['lstm'])}\n  dev+doc  {line(r['lstm+doc'])}", flush=True)
        return best.stop(epoch, f1, current)

    run_epochs(
        model,
        opt,
        {NEWS: data},
        args.epochs,
        lambda: [(NEWS, ids) for ids in batches(lengths, args.batch, rng)],
        lambda _d, w, ch, fl, ln, tg, mk: model.nll(model.emissions(w, ch, fl, ln), tg, mk),
        args.word_drop,
        end_epoch,
    )
    params = kept(best, current, args.dev and not args.last)
    out = args.out or (Path(f"/tmp/marsad-ner-lstm-dev-{args.seed}") if args.dev else MODEL_DIR)
    out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out / f"{args.name}.npz", **params)
    secs, cpu = time.time() - t0, time.process_time() - c0
    if args.dev:
        print(f"best dev+doc F1 {100 * best.f1:.1f} at epoch {best.epoch}; {secs:.0f}s wall, {cpu:.0f}s CPU")
    manifest = {
        "model": {"lstm": LstmNer.source, "lstm_lm": "ner.lstmlm.v1"}.get(
            args.name, f"{args.name} (a member of ner.ens.v1)"
        ),
        "files": {
            "ner/anercorp/train.txt": "BiLSTM-CRF training (PERS -> PER)",
            "corpora/ant_v2.1/ant_v2.1_multisource.jsonl": "word2vec vectors (train.clusters.word_vectors)"
            + (f"; the language model {args.lm} (train.ner_lm)" if args.lm else ""),
            "names.tsv, clusters.tsv (this dir)": "gazetteer flags and guarded clitic stems",
        },
        "clusters": clusters_record(),
        "sentences": {"anercorp train.txt": len(train), **({args.extra.name: len(extra)} if extra else {})},
        "dev_sentences": len(dev),
        "seed": args.seed,
        "params": {
            "hidden": args.hidden,
            "char_dim": args.char_dim,
            "filters": args.filters,
            "dropout": args.dropout,
            "lr": args.lr,
            "batch": args.batch,
            "epochs": best.epoch if args.dev and not args.last else len(history),
            "optimizer": "Adam",
            "clip": CLIP,
            "word_vectors": f"{len(words)} x {vecs.shape[1]}",
            "tune_emb": bool(args.tune_emb),
            "word_drop": args.word_drop,
            "average_from": args.average_from,
            "chars": len(chars),
            "flags": N_FLAGS,
            "torch": torch.__version__,
            "threads": args.threads,
            "lm": str(args.lm) if args.lm else None,
            "lm_states": n_lm,
        },
        "float_path": float_path(args.vectors),
        "history": history,
        "training_seconds": round(secs),
        "training_cpu_seconds": round(cpu),
    }
    write_manifest(out, args.name, args.dev, manifest)


if __name__ == "__main__":
    main()
