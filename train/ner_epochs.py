"""The epoch loop the BiLSTM-CRF trainers share (train/ner_lstm.py, train/ner_lstm_multi.py).

An epoch runs a plan of batches, each from one corpus (one corpus only for train/ner_lstm.py), with
word dropout, gradient clipping and one Adam step a batch; then the trainer's own end of epoch
(export, dev score, early stopping by `EarlyStop`) decides whether to go on. The random draws come in
the order the trainers drew them before (the batch plan first, then word dropout a batch), so their
builds are unchanged byte for byte.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn

from train.ner_lstm import CLIP, Encoded, collate

# A batch: its corpus and the indices of its sentences in that corpus.
Batch = tuple[str, list[int]]
# Environment settings that pin the float paths of a build (MODEL.md round 12): OpenBLAS's kernel in
# gensim's word2vec (the vector cache), and torch's ATen, MKL and oneDNN kernels in training. The
# same code, data and seed give other floats on another CPU unless these are set alike.
FLOAT_ENV = ("OPENBLAS_CORETYPE", "ATEN_CPU_CAPABILITY", "MKL_CBWR", "ONEDNN_MAX_CPU_ISA")


def float_path(vectors: Path) -> dict[str, Any]:
    """What sets a build's floats besides code, data and seed: CPU kernels, pinning settings, the cache."""
    return {
        "cpu_capability": torch.backends.cpu.get_cpu_capability(),
        "env": {k: os.environ[k] for k in FLOAT_ENV if k in os.environ},
        "vectors_sha256": hashlib.sha256(vectors.read_bytes()).hexdigest(),
    }


class EarlyStop:
    """The best dev F1 so far, its epoch and parameters; `stop` after `patience` epochs without a gain."""

    def __init__(self, patience: int) -> None:
        self.patience = patience
        self.f1 = -1.0
        self.epoch = 0
        self.params: dict[str, np.ndarray] | None = None

    def stop(self, epoch: int, f1: float, params: dict[str, np.ndarray]) -> bool:
        """Record this epoch's dev F1; True when training should stop."""
        if f1 > self.f1:
            self.f1, self.epoch, self.params = f1, epoch, params
            return False
        return epoch - self.epoch >= self.patience


def kept(best: EarlyStop, current: dict[str, np.ndarray], use_best: bool) -> dict[str, np.ndarray]:
    """The parameters a run writes: the best dev epoch's when `use_best` (and one was scored), else the last.

    A `--dev --last` run keeps the last epoch, as a build on all of train does: a fixed-epoch dev
    member is one model, not the peak of several dev readings (MODEL.md round 12).
    """
    return best.params if use_best and best.params is not None else current


def run_epochs(
    model: nn.Module,
    opt: torch.optim.Optimizer,
    data: dict[str, list[Encoded]],
    epochs: int,
    plan: Callable[[], Iterable[Batch]],
    loss_of: Callable[..., torch.Tensor],
    word_drop: float,
    end_epoch: Callable[[int, dict[str, float], dict[str, int]], bool],
) -> None:
    """Train up to `epochs` epochs; `end_epoch(epoch, loss sums, sentences)` returns True to stop.

    `plan()` gives an epoch's batches (drawn before any word dropout); `loss_of(corpus, *batch)` the
    batch's loss. Loss sums are per sentence (a batch's mean loss times its size), per corpus.
    """
    for epoch in range(1, epochs + 1):
        model.train()
        total: dict[str, float] = dict.fromkeys(data, 0.0)
        seen: dict[str, int] = dict.fromkeys(data, 0)
        for domain, ids in plan():
            w, ch, fl, ln, tg, mk = collate([data[domain][j] for j in ids])
            if word_drop:
                w = w.masked_fill(torch.rand(w.shape) < word_drop, 0)
            loss = loss_of(domain, w, ch, fl, ln, tg, mk)
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), CLIP)
            opt.step()
            total[domain] += loss.item() * len(ids)
            seen[domain] += len(ids)
        model.eval()
        if end_epoch(epoch, total, seen):
            break
