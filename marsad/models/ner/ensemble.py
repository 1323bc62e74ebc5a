"""A CRF + BiLSTM-CRF ensemble: averaged per-token tag marginals, decoded under BIO rules.

The two taggers come from different model families (a feature CRF, a neural BiLSTM-CRF), so
their errors differ more than those of two BiLSTMs. Each gives per-token tag marginals (crfsuite
its own; the BiLSTM-CRF by forward-backward over its emissions); their weighted mean is decoded
by Viterbi over log marginals, where I-X may only follow B-X or I-X. The document pass runs on
top. It costs both taggers (MODEL.md, ensemble section), so it serves as a teacher for a single
student model (`train/ner_distil.py`) rather than as the shipped tagger.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from marsad.models.ner import MODEL_DIR, TAGS, NerModel, propagate
from marsad.models.ner.viterbi import best_paths

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from marsad.models.ner.lstm import LstmNer

    Array = NDArray[np.float64]

# Weight of the CRF's marginals in the mean (the rest is shared by the BiLSTM-CRFs).
CRF_WEIGHT = 0.5
_FLOOR = 1e-9


def bio_transitions() -> tuple[Array, Array]:
    """Log-space transition and start scores over TAGS: 0 where BIO allows a move, -inf where not."""
    k = len(TAGS)
    trans = np.zeros((k, k))
    start = np.zeros(k)
    for j, t in enumerate(TAGS):
        if t.startswith("I-"):
            start[j] = -np.inf
            for i, s in enumerate(TAGS):
                if s[2:] != t[2:]:
                    trans[i, j] = -np.inf
    return trans, start


def viterbi(scores: Array, trans: Array, start: Array) -> list[int]:
    """Best tag index path of one sentence's (tokens x tags) log scores."""
    return best_paths(scores, [len(scores)], trans, start)[0]


def _logsumexp(a: Array, axis: int) -> Array:
    m = a.max(axis=axis, keepdims=True)
    return np.squeeze(m, axis) + np.log(np.exp(a - m).sum(axis=axis))


def crf_forward_backward(em: Array, trans: Array, start: Array, end: Array) -> Array:
    """Per-token tag marginals (tokens x tags) of a linear-chain CRF with these log potentials."""
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


class EnsembleNer:
    """The CRF and one or more BiLSTM-CRFs; `tag()` as the single taggers (one call = one article)."""

    source = "ner.ens.v1"

    def __init__(
        self, crf: NerModel, lstms: list[LstmNer], crf_weight: float = CRF_WEIGHT, consistency: bool = True
    ) -> None:
        self.crf = crf
        self.lstms = lstms
        self.crf_weight = crf_weight if lstms else 1.0
        self.consistency = consistency
        self.features = crf.features
        labels = crf.tagger.labels()
        self._crf_cols = [(TAGS.index(lab), lab) for lab in labels if lab in TAGS]
        self._lstm_cols = [[TAGS.index(t) for t in m.tags] for m in lstms]
        self._trans, self._start = bio_transitions()

    @classmethod
    def load(
        cls, model_dir: Path = MODEL_DIR, lstm: str = "lstm.npz", consistency: bool = True
    ) -> EnsembleNer:
        """The shipped CRF and BiLSTM-CRF of `model_dir` as one ensemble."""
        from marsad.models.ner.lstm import LstmNer

        crf = NerModel.load(model_dir, kind="crf")
        assert isinstance(crf, NerModel)
        return cls(crf, [LstmNer.load(model_dir, lstm)], consistency=consistency)

    def crf_marginals(self, sentences: list[list[str]]) -> list[Array]:
        """Per sentence, the CRF's (tokens x TAGS) marginals."""
        tagger = self.crf.tagger
        out = []
        for x in self.features.document(sentences):
            m = np.zeros((len(x), len(TAGS)))
            if x:
                tagger.set(x)
                for j, lab in self._crf_cols:
                    m[:, j] = [tagger.marginal(lab, t) for t in range(len(x))]
            out.append(m)
        return out

    def lstm_marginals(self, model: LstmNer, cols: list[int], sentences: list[list[str]]) -> list[Array]:
        """Per sentence, one BiLSTM-CRF's (tokens x TAGS) marginals by forward-backward."""
        em, _ = model.emissions(sentences)
        it = iter(em)
        trans = model.trans.astype(np.float64)
        start, end = model.start.astype(np.float64), model.end.astype(np.float64)
        out = []
        for s in sentences:
            m = np.zeros((len(s), len(TAGS)))
            if s:
                m[:, cols] = crf_forward_backward(next(it).astype(np.float64), trans, start, end)
            out.append(m)
        return out

    def marginals(self, sentences: list[list[str]]) -> tuple[list[Array], list[list[Array]]]:
        """The weighted mean of the members' marginals per sentence, and each member's (CRF first)."""
        members = [self.crf_marginals(sentences)]
        members += [
            self.lstm_marginals(m, c, sentences) for m, c in zip(self.lstms, self._lstm_cols, strict=True)
        ]
        w = [self.crf_weight] + [(1.0 - self.crf_weight) / len(self.lstms)] * len(self.lstms)
        mean = [
            np.sum([wi * mem[i] for wi, mem in zip(w, members, strict=True)], axis=0)
            for i in range(len(sentences))
        ]
        return mean, members

    def decode(self, mean: list[Array]) -> list[list[str]]:
        """BIO-valid best tags of each sentence under the mean marginals (all sentences in one batch)."""
        live = [m for m in mean if len(m)]
        if not live:
            return [[] for _ in mean]
        scores = np.log(np.maximum(np.concatenate(live), _FLOOR))
        paths = iter(best_paths(scores, [len(m) for m in live], self._trans, self._start))
        return [[TAGS[i] for i in next(paths)] if len(m) else [] for m in mean]

    def tag(self, sentences: list[list[str]]) -> list[list[str]]:
        """BIO tags for each token of each sentence; the sentences are one document."""
        out = self.decode(self.marginals(sentences)[0])
        if self.consistency:
            out = propagate(self.features, sentences, out)
        return out
