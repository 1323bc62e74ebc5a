"""Viterbi over a batch of sentences, shared by the NER taggers (numpy CRF, BiLSTM-CRF, ensemble)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def best_paths(
    emit: np.ndarray,
    lengths: Sequence[int],
    trans: np.ndarray,
    start: np.ndarray | None = None,
    end: np.ndarray | None = None,
) -> list[list[int]]:
    """Best label index path of each sentence; `emit` holds their (token x label) scores one after another.

    `trans[i, j]` scores label j after label i; `start` and `end`, when given, score a sentence's first and
    last label. All sentences run at once, longest first, so the ones still running at a position are a
    prefix of the batch: one numpy step per position of the longest sentence, forward and back. Among
    equal scores the lowest label index wins (numpy's argmax, as crfsuite). Sentences must not be empty.
    """
    if not len(lengths):
        return []
    size = np.asarray(lengths, dtype=np.intp)
    first = np.cumsum(size) - size
    order = np.argsort(-size, kind="stable")
    n, at = size[order], first[order]
    # running[t]: how many sentences are longer than t.
    running = np.searchsorted(-n, -np.arange(n[0]), side="left").tolist()
    score = emit[at] if start is None else emit[at] + start
    score = score.copy()
    backs = [np.empty((0, 0), dtype=np.intp)]
    for t in range(1, len(running)):
        m = running[t]
        cand = score[:m, :, None] + trans[None]  # [sentence, previous label, label]
        backs.append(cand.argmax(1))
        score[:m] = cand.max(1) + emit[at[:m] + t]
    path = np.empty(len(emit), dtype=np.intp)
    path[at + n - 1] = (score if end is None else score + end).argmax(1)
    for t in range(len(running) - 1, 0, -1):
        m = running[t]
        # Each running sentence's label at t is set: its last one, or the step after it.
        here = at[:m] + t
        path[here - 1] = backs[t][np.arange(m), path[here]]
    flat = path.tolist()
    return [flat[f : f + k] for f, k in zip(first.tolist(), size.tolist(), strict=True)]
