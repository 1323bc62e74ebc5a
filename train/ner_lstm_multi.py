"""Train a multi-domain BiLSTM-CRF: `python -m train.ner_lstm_multi` writes a news-only lstm.npz.

ANERcorp train (news) with WikiFANE train (its sentences with an entity) and AQMAR train+dev, read and
mapped by `train.ner_corpora` (WikiFANE's fine classes, AQMAR's MIS -> O, WikiFANE's clitics glued
back). The encoder (word vectors, letter CNN, flags, BiLSTM) is shared; each corpus has its own output
layer and CRF (a head), so Wikipedia's conventions stay in the wiki and aqmar heads while the encoder
learns from four times the names: the neural form of the CRF's feature augmentation (MODEL.md row
14). The news head is the base model's own output layer and CRF, so `train.ner_lstm.export` writes
it in the usual lstm.npz format and `marsad.models.ner.lstm` runs it unchanged (no torch at run time).
Batches are one corpus each (`train.ner_corpora.DomainMixer`): an epoch is all of news plus, per news
batch, `--wiki-ratio` wiki and `--aqmar-ratio` aqmar batches. The letters are ANERcorp train's, as in
`train.ner_lstm`, so the ensemble's BiLSTM-CRFs share one encoder. `--dev` holds out the last 600
ANERcorp train sentences, early-stops on the news head's dev F1 (document pass) and never reads a
test file; without `--dev` it trains `--epochs` epochs on all of train.
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn

from marsad.arabic import fold
from marsad.models.ner import MODEL_DIR, TAGS, load_features
from marsad.models.ner.lstm import MAX_CHARS, N_FLAGS, Encoder, LstmNer
from train.conll import Sentence, shared_dir
from train.ner_corpora import DomainMixer, load_sets
from train.ner_epochs import EarlyStop, float_path, kept, run_epochs
from train.ner_lstm import (
    CHAR_DIM,
    CLIP,
    DEV_SIZE,
    DROPOUT,
    FILTERS,
    HIDDEN,
    MIN_CHAR_COUNT,
    SEED,
    VECTORS,
    BiLstmCrf,
    crf_nll,
    encode,
    evaluate_dev,
    export,
    line,
    vectors,
    write_manifest,
)

NEWS = "news"
# Wiki and AQMAR batches per news batch in an epoch (set before the dev runs, MODEL.md round 9).
WIKI_RATIO = 1.0
AQMAR_RATIO = 0.5
WORD_DROP = 0.25
EPOCH_CAP = 16
PATIENCE = 4
# A build on all of train runs the best dev epoch count: 8 is row 50's (word dropout 0.4, the one built,
# MODEL.md row 51); row 49's (the default word dropout 0.25) was 12.
EPOCHS = 8


class Head(nn.Module):
    """One corpus's output layer and CRF scores."""

    def __init__(self, hidden: int, k: int) -> None:
        super().__init__()
        self.out = nn.Linear(2 * hidden, k)
        self.trans = nn.Parameter(torch.zeros(k, k))
        self.start = nn.Parameter(torch.zeros(k))
        self.end = nn.Parameter(torch.zeros(k))


class MultiBiLstmCrf(BiLstmCrf):
    """A shared encoder with a head per corpus; the news head is the base model's (exported as is)."""

    def __init__(
        self,
        emb: np.ndarray,
        n_chars: int,
        hidden: int,
        char_dim: int,
        filters: int,
        dropout: float,
        tune: bool,
        domains: list[str],
    ) -> None:
        super().__init__(emb, n_chars, hidden, char_dim, filters, dropout, tune)
        self.heads = nn.ModuleDict({d: Head(hidden, len(TAGS)) for d in domains if d != NEWS})

    def domain_loss(
        self,
        domain: str,
        words: torch.Tensor,
        chars: torch.Tensor,
        flags: torch.Tensor,
        lens: torch.Tensor,
        tags: torch.Tensor,
        mask: torch.Tensor,
    ) -> torch.Tensor:
        """The CRF negative log-likelihood of a one-corpus batch under that corpus's head."""
        head: nn.Module = self if domain == NEWS else self.heads[domain]
        em = head.out(self.hidden_states(words, chars, flags, lens))
        return crf_nll(em, tags, mask, head.trans, head.start, head.end)


def without_misc(sent: Sentence) -> Sentence:
    """The sentence with its MISC tags as O."""
    return sent[0], ["O" if t.endswith("-MISC") else t for t in sent[1]]


def corpora(n_wiki: int, rng: random.Random, wiki_misc: str = "keep") -> dict[str, list[Sentence]]:
    """ANERcorp train, WikiFANE's sentences with an entity (a seeded `n_wiki` of them; 0: all), AQMAR.

    `wiki_misc="O"` reads WikiFANE's MISC (works, software) as O before the entity filter, so the wiki
    head teaches only PER, ORG and LOC (AQMAR's MIS is O already).
    """
    sets = load_sets(shared_dir(), "O")
    wikifane = [without_misc(s) for s in sets["wikifane"]] if wiki_misc == "O" else sets["wikifane"]
    wiki = [s for s in wikifane if any(t != "O" for t in s[1])]
    rng.shuffle(wiki)
    return {NEWS: sets["anercorp"], "wiki": wiki[:n_wiki] if n_wiki else wiki, "aqmar": sets["aqmar"]}


def main() -> None:
    """Train (on all of train, or without the dev split) and export the news head."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--dev", action="store_true", help="hold out the last 600 ANERcorp train sentences")
    ap.add_argument("--epochs", type=int, default=None, help=f"cap (--dev, {EPOCH_CAP}) or count ({EPOCHS})")
    ap.add_argument("--patience", type=int, default=PATIENCE)
    ap.add_argument("--wiki", type=int, default=0, help="WikiFANE sentences with an entity (0: all)")
    ap.add_argument("--wiki-ratio", type=float, default=WIKI_RATIO, help="wiki batches per news batch")
    ap.add_argument("--aqmar-ratio", type=float, default=AQMAR_RATIO, help="AQMAR batches per news batch")
    ap.add_argument("--word-drop", type=float, default=WORD_DROP)
    ap.add_argument(
        "--wiki-misc", choices=("keep", "O"), default="keep", help="O: WikiFANE MISC as O (row 54)"
    )
    ap.add_argument("--hidden", type=int, default=HIDDEN)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--lr", type=float, default=0.002)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument(
        "--seed", type=int, default=SEED, help=f"torch and batch-plan seed ({SEED}; round 11: 14)"
    )
    ap.add_argument(
        "--last", action="store_true", help="--dev: write the last epoch's weights, not the best dev epoch's"
    )
    ap.add_argument("--vectors", type=Path, default=VECTORS)
    ap.add_argument("--out", type=Path, default=None, help="model dir (default: the shipped one)")
    ap.add_argument("--name", default="lstm", help="writes NAME.npz and trained_on.NAME.json")
    args = ap.parse_args()
    args.epochs = args.epochs or (EPOCH_CAP if args.dev else EPOCHS)
    t0, c0 = time.time(), time.process_time()
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    words, vecs = vectors(args.vectors)
    feats = load_features(MODEL_DIR)
    sets = corpora(args.wiki, random.Random(args.seed), args.wiki_misc)
    aner = sets[NEWS]
    sets[NEWS], dev = (aner[:-DEV_SIZE], aner[-DEV_SIZE:]) if args.dev else (aner, [])
    ratios = {"wiki": args.wiki_ratio, "aqmar": args.aqmar_ratio}
    sets = {d: s for d, s in sets.items() if d == NEWS or ratios[d] > 0}
    counts: dict[str, int] = {}
    for toks, _ in sets[NEWS]:  # ANERcorp's letters only, as train.ner_lstm: one encoder for the ensemble
        for tok in toks:
            for ch in fold(tok)[:MAX_CHARS]:
                counts[ch] = counts.get(ch, 0) + 1
    chars = "".join(sorted(c for c, n in counts.items() if n >= MIN_CHAR_COUNT))
    enc = Encoder(words, chars, feats)
    data = {d: encode(enc, s) for d, s in sets.items()}
    model = MultiBiLstmCrf(vecs, len(chars) + 2, args.hidden, CHAR_DIM, FILTERS, DROPOUT, True, list(sets))
    model.tune_rows({int(i) for xs in data.values() for x in xs for i in x[0]})
    opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=args.lr)
    mixer = DomainMixer({d: [len(x[0]) for x in xs] for d, xs in data.items()}, ratios, args.batch, rng, NEWS)
    print({d: len(s) for d, s in sets.items()}, f"encoded in {time.time() - t0:.0f}s", flush=True)
    best = EarlyStop(args.patience)
    history: list[dict[str, Any]] = []
    current: dict[str, np.ndarray] = {}

    def end_epoch(epoch: int, total: dict[str, float], seen: dict[str, int]) -> bool:
        nonlocal current
        current = export(model, words, chars)
        row: dict[str, Any] = {
            "epoch": epoch,
            "loss": {d: round(total[d] / max(1, seen[d]), 3) for d in data},
            "sentences": seen,
            "seconds": round(time.time() - t0),
            "cpu_seconds": round(time.process_time() - c0),
        }
        print(f"epoch {epoch} loss {row['loss']} ({row['seconds']}s, {row['cpu_seconds']}s CPU)", flush=True)
        history.append(row)
        if not args.dev:
            return False
        r = evaluate_dev(LstmNer(current, feats), dev)
        f1 = r["lstm+doc"]["all"]["f1"]
        row["dev"] = round(100 * r["lstm"]["all"]["f1"], 1)
        row["dev+doc"] = round(100 * f1, 1)
        print(f"  dev      {line(r['lstm'])}\n  dev+doc  {line(r['lstm+doc'])}", flush=True)
        return best.stop(epoch, f1, current)

    run_epochs(model, opt, data, args.epochs, mixer.epoch, model.domain_loss, args.word_drop, end_epoch)
    params = kept(best, current, args.dev and not args.last)
    out = args.out or (Path(f"/tmp/marsad-ner-lstm-multi-dev-{args.seed}") if args.dev else MODEL_DIR)
    out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out / f"{args.name}.npz", **params)
    secs, cpu = time.time() - t0, time.process_time() - c0
    if args.dev:
        print(f"best dev+doc F1 {100 * best.f1:.1f} at epoch {best.epoch}; {secs:.0f}s wall, {cpu:.0f}s CPU")
    manifest = {
        "model": f"{args.name} (multi-domain BiLSTM-CRF, news head; train.ner_lstm_multi)",
        "files": {
            "ner/anercorp/train.txt": "news head (PERS -> PER)",
            "ner/wikifane/train.txt": "wiki head: sentences with an entity, FANE_MAP, clitics glued back",
            "ner/aqmar/train.txt, dev.txt": "aqmar head (MIS -> O)",
            "corpora/ant_v2.1/ant_v2.1_multisource.jsonl": "word2vec vectors (train.clusters.word_vectors)",
            "names.tsv, clusters.tsv (this dir)": "gazetteer flags and guarded clitic stems",
        },
        "sentences": {d: len(s) for d, s in sets.items()},
        "dev_sentences": len(dev),
        "seed": args.seed,
        "params": {
            "hidden": args.hidden,
            "char_dim": CHAR_DIM,
            "filters": FILTERS,
            "dropout": DROPOUT,
            "lr": args.lr,
            "batch": args.batch,
            "epochs": best.epoch if args.dev and not args.last else len(history),
            "optimizer": "Adam",
            "clip": CLIP,
            "word_vectors": f"{len(words)} x {vecs.shape[1]}",
            "tune_emb": True,
            "word_drop": args.word_drop,
            "wiki": args.wiki,
            "wiki_misc": args.wiki_misc,
            "wiki_ratio": args.wiki_ratio,
            "aqmar_ratio": args.aqmar_ratio,
            "chars": len(chars),
            "flags": N_FLAGS,
            "torch": torch.__version__,
            "threads": args.threads,
        },
        "float_path": float_path(args.vectors),
        "history": history,
        "training_seconds": round(secs),
        "training_cpu_seconds": round(cpu),
    }
    write_manifest(out, args.name, args.dev, manifest)


if __name__ == "__main__":
    main()
