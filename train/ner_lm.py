"""Train a small forward/backward LSTM language model on ANT news: `python -m train.ner_lm`.

Unlabelled context representations (TagLM, Peters et al. 2017, at CPU size): a forward LSTM reads a
paragraph left to right and predicts the next token's class, a backward LSTM reads it right to left and
predicts the previous token's class. Their hidden states, frozen, are extra inputs of the BiLSTM-CRF
(`python -m train.ner_lstm --lm FILE`). Inputs: the 20,000 most frequent folded ANT words (their own
embedding), other words by their 1024-way word2vec cluster (clusters.tsv), other tokens by shape.
Classes predicted: the 1024 clusters plus the shapes (a class softmax is 70 times cheaper than a word
one). Data: folded ANT v2.1 (Apache-2.0) without the gold sets' articles (`train.clusters.Skipped`:
bench/gold entities.jsonl and quotes*.jsonl by docno, since round 18), titles and paragraphs cut into pieces
of at most SPAN tokens.
One torch thread, seed 13; writes lm.npz (the numpy form `marsad.models.ner.lstm.LanguageModel` runs).
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

import numpy as np
import torch
from torch import nn

from marsad.models.ner import MODEL_DIR, load_features
from marsad.models.ner.lstm import SHAPES, LmVocab
from train.clusters import Skipped, ant_sentences, clusters_record, shared_dir
from train.data import ANT

SEED = 13
HIDDEN = 128
EMB = 64
SPAN = 40
BATCH = 64
LR = 0.002
CLIP = 1.0
# Batches trained: the first build stopped at its 800 CPU-second time box after 4,600 batches
# (7,586,030 tokens, 0.83 of an epoch; 823 s CPU, 27.5 min wall on the shared 2-core machine); a
# fixed count rebuilds it. --cpu-seconds adds a time box (0: none).
STEPS = 4600
CPU_SECONDS = 0.0
OUT = Path("/tmp/marsad-ner-lm")
# Round 15: several passes over ANT (--epochs, --steps 0 for no batch cap), the learning rate halved at
# each pass after the first (--lr-halve 1), and pieces held out of training to read the LM's loss on
# unseen text after each pass (--heldout N). The defaults (one pass, no halving, none held out) leave
# the round-6 build unchanged.
EPOCHS = 1


class BiLm(nn.Module):
    """Shared input embedding, a forward and a backward LSTM, one class softmax per direction."""

    def __init__(self, n_in: int, n_out: int, emb: int, hidden: int) -> None:
        super().__init__()
        self.emb = nn.Embedding(n_in, emb)
        self.fw = nn.LSTM(emb, hidden, batch_first=True)
        self.bw = nn.LSTM(emb, hidden, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.out_fw = nn.Linear(hidden, n_out)
        self.out_bw = nn.Linear(hidden, n_out)

    def loss(self, x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        """Mean cross-entropy of next-class (forward) and previous-class (backward) prediction."""
        e = self.drop(self.emb(x))
        hf, _ = self.fw(e)
        hb, _ = self.bw(e.flip(1))
        hb = hb.flip(1)
        ce = nn.functional.cross_entropy
        n_out = self.out_fw.out_features
        lf = ce(self.out_fw(self.drop(hf[:, :-1])).reshape(-1, n_out), y[:, 1:].reshape(-1), ignore_index=-1)
        lb = ce(self.out_bw(self.drop(hb[:, 1:])).reshape(-1, n_out), y[:, :-1].reshape(-1), ignore_index=-1)
        return (lf + lb) / 2


def export(model: BiLm, vocab: LmVocab) -> dict[str, np.ndarray]:
    """lm.npz's arrays: vocabulary, embedding and both LSTMs in the BiLSTM-CRF's export layout."""
    sd = {k: v.detach().numpy() for k, v in model.state_dict().items()}
    h = model.fw.hidden_size
    return {
        "lm_words": np.array("\n".join(vocab.words)),
        "lm_emb": sd["emb.weight"].astype(np.float16),
        "lm_w_x": np.concatenate([sd["fw.weight_ih_l0"].T, sd["bw.weight_ih_l0"].T], axis=1),
        "lm_b_x": np.concatenate(
            [sd["fw.bias_ih_l0"] + sd["fw.bias_hh_l0"], sd["bw.bias_ih_l0"] + sd["bw.bias_hh_l0"]]
        ),
        "lm_w_h": np.stack([sd["fw.weight_hh_l0"].T, sd["bw.weight_hh_l0"].T]).reshape(2, h, 4 * h),
    }


def plan(pieces: list[int], xs: list[list[int]], rng: random.Random) -> list[list[int]]:
    """One pass's batches: pieces shuffled, sorted by length within 64 batches, the batches shuffled."""
    order = list(pieces)
    rng.shuffle(order)
    # Batches of similar length (less padding), in a shuffled order.
    chunks = [order[i : i + 64 * BATCH] for i in range(0, len(order), 64 * BATCH)]
    batches = []
    for ch in chunks:
        ch.sort(key=lambda j: len(xs[j]))
        batches += [ch[i : i + BATCH] for i in range(0, len(ch), BATCH)]
    rng.shuffle(batches)
    return batches


def tensors(b: list[int], xs: list[list[int]], ys: list[list[int]]) -> tuple[torch.Tensor, torch.Tensor]:
    """Inputs and classes of a batch, padded at the end (input 0, class -1: ignored by the loss)."""
    t = max(len(xs[j]) for j in b)
    x = torch.zeros((len(b), t), dtype=torch.long)
    y = torch.full((len(b), t), -1, dtype=torch.long)
    for i, j in enumerate(b):
        x[i, : len(xs[j])] = torch.tensor(xs[j])
        y[i, : len(ys[j])] = torch.tensor(ys[j])
    # Padding (input 0) sits at the end: the forward LSTM never reads it before a real token;
    # the backward one reads it first. Batches hold pieces of nearly equal length (sorted within
    # 4,096 pieces; most are SPAN long), so little padding is read.
    return x, y


def heldout_loss(model: BiLm, held: list[int], xs: list[list[int]], ys: list[list[int]]) -> float:
    """Mean class cross-entropy (both directions) over the held-out pieces, without dropout."""
    model.eval()
    total, n = 0.0, 0
    with torch.no_grad():
        for i in range(0, len(held), BATCH):
            b = held[i : i + BATCH]
            total += model.loss(*tensors(b, xs, ys)).item() * len(b)
            n += len(b)
    model.train()
    return total / n


def main() -> None:
    """Read ANT, train the two LSTMs within the time box, write lm.npz and its manifest."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=OUT, help=f"directory for lm.npz (default {OUT})")
    ap.add_argument("--steps", type=int, default=STEPS, help=f"batches to train ({STEPS})")
    ap.add_argument("--cpu-seconds", type=float, default=CPU_SECONDS, help="also stop past this CPU time")
    ap.add_argument("--wall-seconds", type=float, default=0.0, help="also stop past this wall time (0: none)")
    ap.add_argument("--epochs", type=int, default=EPOCHS, help=f"passes over ANT ({EPOCHS})")
    ap.add_argument("--lr-halve", type=int, default=0, help="halve the rate each pass after the first")
    ap.add_argument("--heldout", type=int, default=0, help="pieces held out to score after each pass")
    ap.add_argument("--hidden", type=int, default=HIDDEN)
    ap.add_argument("--threads", type=int, default=1)
    args = ap.parse_args()
    t0, c0 = time.time(), time.process_time()
    torch.set_num_threads(args.threads)
    torch.manual_seed(SEED)
    rng = random.Random(SEED)
    feats = load_features(MODEL_DIR)
    vocab = LmVocab.build(feats)
    skipped = Skipped()
    xs: list[list[int]] = []
    ys: list[list[int]] = []
    memo: dict[str, tuple[int, int]] = {}
    for toks in ant_sentences(shared_dir() / ANT, skipped):
        ids = []
        for t in toks:
            got = memo.get(t)
            if got is None:
                got = memo[t] = vocab.ids(t)
            ids.append(got)
        for i in range(0, len(ids), SPAN):
            piece = ids[i : i + SPAN]
            if len(piece) > 2:
                xs.append([p[0] for p in piece])
                ys.append([p[1] for p in piece])
    held: list[int] = []
    if args.heldout:
        held = sorted(random.Random(SEED + 1).sample(range(len(xs)), args.heldout))
        drop = set(held)
        train = [j for j in range(len(xs)) if j not in drop]
    else:
        train = list(range(len(xs)))
    n_tok = sum(len(xs[j]) for j in train)
    print(
        f"{len(train)} pieces, {n_tok} tokens, {len(held)} held out, {skipped.lines} gold articles left out"
        f" ({time.time() - t0:.0f}s)",
        flush=True,
    )
    model = BiLm(vocab.n_in, vocab.n_out, EMB, args.hidden)
    opt = torch.optim.Adam(model.parameters(), lr=LR)
    seen, total, steps, history, passes = 0, 0.0, 0, [], []
    for epoch in range(1, args.epochs + 1):
        if args.lr_halve and epoch > 1:
            for group in opt.param_groups:
                group["lr"] /= 2
        stop = False
        for b in plan(train, xs, rng):
            steps += 1
            loss = model.loss(*tensors(b, xs, ys))
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), CLIP)
            opt.step()
            total += loss.item()
            seen += sum(len(xs[j]) for j in b)
            if steps % 200 == 0:
                cpu = time.process_time() - c0
                history.append({"tokens": seen, "loss": round(total / 200, 3), "cpu_seconds": round(cpu)})
                wall = time.time() - t0
                print(f"{seen} tokens loss {total / 200:.3f} ({cpu:.0f}s CPU, {wall:.0f}s)", flush=True)
                total = 0.0
                if args.cpu_seconds and cpu > args.cpu_seconds:
                    stop = True
                if args.wall_seconds and time.time() - t0 > args.wall_seconds:
                    stop = True
            if stop or (args.steps and steps >= args.steps):
                stop = True
                break
        if args.epochs > 1:
            # Each pass's model is written as it ends, so a run stopped from outside keeps its last pass.
            args.out.mkdir(parents=True, exist_ok=True)
            np.savez_compressed(args.out / "lm.npz", **export(model, vocab))
        if held:
            ce = heldout_loss(model, held, xs, ys)
            got = {"epoch": epoch, "tokens": seen, "heldout_loss": round(ce, 4)}
            passes.append(got)
            print(f"pass {epoch}: held-out loss {got['heldout_loss']}", flush=True)
        if stop:
            break
    model.eval()
    args.out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out / "lm.npz", **export(model, vocab))
    manifest = {
        "model": "ner.lm.v1 (forward/backward LSTM language model over ANT, classes = clusters)",
        "files": {"corpora/ant_v2.1/ant_v2.1_multisource.jsonl": "training text (folded, pieces)"},
        "skipped": skipped.record(),
        "clusters": clusters_record(),
        "pieces": len(train),
        "tokens_in_corpus": n_tok,
        "tokens_trained": seen,
        "params": {
            "hidden": args.hidden,
            "emb": EMB,
            "span": SPAN,
            "batch": BATCH,
            "lr": LR,
            "clip": CLIP,
            "inputs": vocab.n_in,
            "classes": vocab.n_out,
            "shapes": list(SHAPES),
            "steps": args.steps,
            "wall_seconds_box": args.wall_seconds,
            "epochs": args.epochs,
            "lr_halve": args.lr_halve,
            "heldout_pieces": args.heldout,
            "cpu_seconds_box": args.cpu_seconds,
            "threads": args.threads,
            "torch": torch.__version__,
        },
        "seed": SEED,
        "history": history,
        "passes": passes,
        "batches": steps,
        "training_seconds": round(time.time() - t0),
        "training_cpu_seconds": round(time.process_time() - c0),
    }
    (args.out / "trained_on.lm.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out / 'lm.npz'}")


if __name__ == "__main__":
    main()
