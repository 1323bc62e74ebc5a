"""The NER ensemble `ner.ens.v1`: the CRF and BiLSTM-CRFs, averaged per-token tag marginals, BIO decoding.

The taggers come from different model families (a feature CRF, neural BiLSTM-CRFs), so their
errors differ more than those of BiLSTMs alone. Each gives per-token tag marginals by
forward-backward over its own label scores and transitions (the CRF's from the numpy CRF,
`crf_numpy.py`, or crfsuite's own when the CRF has no numpy form); their weighted mean is decoded
by Viterbi over log marginals, where I-X may only follow B-X or I-X. The document pass runs on top.
`ner.ens.v1` is the CRF `ner.crf.v1` with the BiLSTM-CRFs `lstm.npz` and `lstm2.npz` (MODEL.md
row 22, chosen on dev); `NerModel.load(kind="ens")` loads it. It costs three taggers, so it is
an option and a teacher for single students (`train/ner_distil.py`), not the default.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from marsad.models.ner import MODEL_DIR, TAGS, NerModel, propagate
from marsad.models.ner.lstm import LstmNer, Packed, bilstm, pack
from marsad.models.ner.viterbi import best_paths

if TYPE_CHECKING:
    from numpy.typing import NDArray

    Array = NDArray[np.float64]

# Weight of the CRF's marginals in the mean (the rest is shared by the BiLSTM-CRFs). 0.5: the
# pair of row 21 (the teacher of train/ner_distil.py).
CRF_WEIGHT = 0.5
# ner.ens.v1 (MODEL.md row 22): the BiLSTM-CRFs of rows 17 (lstm.npz) and 18 (lstm2.npz), CRF weight
# 0.34 (each BiLSTM-CRF 0.33), chosen on the dev split (0.4: 72.8, 0.5: 72.0 with the document pass).
ENS_MEMBERS = ("lstm.npz", "lstm2.npz")
ENS_CRF_WEIGHT = 0.34
_FLOOR = 1e-9
# The log score of a tag a member does not have (its probability comes out 0).
_MISSING = -1e4
# Forward-backward rescales its vectors every this many positions. One position shrank them by at
# most e^-12.6 over ANERcorp train and 100k ANT tokens with ner.ens.v1's members, so 4 positions stay
# far above float64's smallest normal number (e^-708).
NORMALISE_EVERY = 4


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


def forward_backward_many(emit: Array, packed: Packed, trans: Array, start: Array, end: Array) -> Array:
    """Marginals of several CRFs over the same sentences at once: (models, tokens, tags) log scores in.

    `trans` (models, tags, tags), `start` and `end` (models, tags). Sentences run longest first in the
    packed layout (`lstm.pack`), so those still running at a position are a prefix of the batch: one
    batched matrix product a position, forward and back, for every model. Probability space, the
    potentials shifted by their maxima (each token's best label scores 1, the best transition 1), the
    vectors rescaled to sum 1 every NORMALISE_EVERY positions (scales cancel in the marginals).
    """
    e = np.exp(emit - emit.max(axis=2, keepdims=True))[:, packed.fw]  # packed order
    tr = np.exp(trans - trans.max(axis=(1, 2), keepdims=True))
    tr_t = tr.transpose(0, 2, 1).copy()
    running = packed.running
    alpha = np.empty_like(e)
    beta = np.empty_like(e)
    m0 = running[0]
    a = alpha[:, :m0]
    np.multiply(e[:, :m0], np.exp(start - start.max(axis=1, keepdims=True))[:, None], out=a)
    a /= a.sum(axis=2, keepdims=True)
    at = m0
    for t, m in enumerate(running[1:], 1):
        nxt = alpha[:, at : at + m]
        np.matmul(a[:, :m], tr, out=nxt)
        nxt *= e[:, at : at + m]
        if t % NORMALISE_EVERY == 0:
            nxt /= nxt.sum(axis=2, keepdims=True)
        a = nxt
        at += m
    # A sentence's last row keeps the end vector; the rows before are filled from the right.
    beta[:] = np.exp(end - end.max(axis=1, keepdims=True))[:, None]
    offsets = np.cumsum([0, *running]).tolist()
    for t in range(len(running) - 1, 0, -1):
        m, here, prev = running[t], offsets[t], offsets[t - 1]
        b = e[:, here : here + m] * beta[:, here : here + m]
        if t % NORMALISE_EVERY == 0:
            b /= b.sum(axis=2, keepdims=True)
        np.matmul(b, tr_t, out=beta[:, prev : prev + m])
    marg = alpha * beta
    marg /= marg.sum(axis=2, keepdims=True)
    out = np.empty_like(marg)
    out[:, packed.fw] = marg
    return out


def load_members(model_dir: Path, lstms: tuple[str, ...]) -> tuple[NerModel, list[LstmNer]]:
    """The shipped CRF and the BiLSTM-CRFs `lstms` from `model_dir`, sharing the CRF's one feature load."""
    crf = NerModel.load(model_dir, kind="crf")
    assert isinstance(crf, NerModel)
    members = []
    for name in lstms:
        with np.load(model_dir / name) as z:
            members.append(LstmNer({k: z[k] for k in z.files}, crf.features, consistency=False))
    return crf, members


class EnsembleNer:
    """The CRF and one or more BiLSTM-CRFs; `tag()` as the single taggers (one call = one article)."""

    source = "ner.ens.v1"

    def __init__(
        self,
        crf: NerModel,
        lstms: list[LstmNer],
        crf_weight: float = CRF_WEIGHT,
        consistency: bool = True,
        shares: tuple[float, ...] | None = None,
    ) -> None:
        self.crf = crf
        self.lstms = lstms
        self.crf_weight = crf_weight if lstms else 1.0
        # Each BiLSTM-CRF's share of the weight the CRF leaves (equal shares by default).
        self.shares = shares or tuple(1.0 / len(lstms) for _ in lstms)
        if len(self.shares) != len(lstms) or (lstms and abs(sum(self.shares) - 1.0) > 1e-9):
            raise ValueError(f"shares {self.shares} for {len(lstms)} BiLSTM-CRFs")
        self.consistency = consistency
        self.features = crf.features
        labels = crf.tagger.labels()
        self._crf_cols = [(TAGS.index(lab), lab) for lab in labels if lab in TAGS]
        self._lstm_cols = [[TAGS.index(t) for t in m.tags] for m in lstms]
        self._trans, self._start = bio_transitions()
        # BiLSTM-CRFs trained on the same words and letters (as ner.ens.v1's) encode a token alike:
        # one encoder, with a memo, serves them all.
        if lstms and all(m.feats is self.features for m in lstms):
            first = lstms[0].encoder
            for m in lstms[1:]:
                if m.encoder.word_ids == first.word_ids and m.encoder.char_ids == first.char_ids:
                    m.encoder = first
                    first.memo = {} if first.memo is None else first.memo
        # Each BiLSTM-CRF's transitions, start and end scores in TAGS order (float64).
        self._lstm_potentials = []
        for m, cols in zip(lstms, self._lstm_cols, strict=True):
            trans = np.full((len(TAGS), len(TAGS)), _MISSING)
            trans[np.ix_(cols, cols)] = m.trans
            start, end = np.full(len(TAGS), _MISSING), np.full(len(TAGS), _MISSING)
            start[cols], end[cols] = m.start, m.end
            self._lstm_potentials.append((trans, start, end))
        # The recurrent weights of all BiLSTMs stacked, to run them as one (`lstm.bilstm`); None when
        # their sizes differ.
        sizes = {m.hidden for m in lstms}
        self._w_h = np.concatenate([m.w_h for m in lstms]) if len(sizes) == 1 else None

    @classmethod
    def load(
        cls,
        model_dir: Path = MODEL_DIR,
        lstms: tuple[str, ...] = ENS_MEMBERS,
        crf_weight: float = ENS_CRF_WEIGHT,
        consistency: bool = True,
    ) -> EnsembleNer:
        """`ner.ens.v1` from `model_dir`: the shipped CRF and the BiLSTM-CRFs `lstms` (one feature load)."""
        crf, members = load_members(model_dir, lstms)
        return cls(crf, members, crf_weight, consistency)

    def _crf_scores(self, live: list[list[str]]) -> tuple[Array, Array] | None:
        """The numpy CRF's label scores of non-empty sentences (tokens x TAGS) and transitions, or None."""
        fast = self.crf.fast
        if fast is None:
            return None
        cols = [TAGS.index(lab) for lab in fast.labels]
        em = np.full((sum(map(len, live)), len(TAGS)), _MISSING)
        em[:, cols] = fast.document_emissions(live)
        trans = np.full((len(TAGS), len(TAGS)), _MISSING)
        trans[np.ix_(cols, cols)] = fast.trans
        return em, trans

    def _crfsuite_member(self, live: list[list[str]]) -> Array:
        """crfsuite's own (tokens x TAGS) marginals of non-empty sentences (a CRF without a numpy form)."""
        out = np.zeros((sum(map(len, live)), len(TAGS)))
        tagger = self.crf.tagger
        at = 0
        for x in self.features.document(live):
            tagger.set(x)
            for j, lab in self._crf_cols:
                out[at : at + len(x), j] = [tagger.marginal(lab, t) for t in range(len(x))]
            at += len(x)
        return out

    def _lstm_scores(self, live: list[list[str]], packed: Packed) -> list[Array]:
        """Each BiLSTM-CRF's emission scores of non-empty sentences (tokens x TAGS), in one joint run.

        The BiLSTMs' directions run as one stacked LSTM (`lstm.bilstm`), so a step costs the same
        numpy calls for all of them as for one; the gazetteer span flags are found once.
        """
        fast = self.crf.fast
        spans = None
        if fast is not None and all(m.feats is self.features for m in self.lstms):
            spans = self.lstms[0].span_flags(fast.words(live))
        gx = [m.gate_inputs(m.prepare(live, spans, packed, with_words=False)[0], packed) for m in self.lstms]
        if self._w_h is not None:
            hs = bilstm(np.concatenate(gx), packed.running, self._w_h)
            parts = [hs[2 * i : 2 * i + 2] for i in range(len(self.lstms))]
        else:
            parts = [bilstm(x, packed.running, m.w_h) for x, m in zip(gx, self.lstms, strict=True)]
        out = []
        for m, cols, hs_m in zip(self.lstms, self._lstm_cols, parts, strict=True):
            em = np.full((len(hs_m[0]), len(TAGS)), _MISSING)
            em[:, cols] = m.scores(hs_m, packed)
            out.append(em)
        return out

    def _flat_marginals(self, live: list[list[str]]) -> tuple[Array, list[Array]]:
        """The weighted mean marginals of non-empty sentences (one after another), and each member's."""
        packed = pack([len(s) for s in live])
        k = len(TAGS)
        emits, trans, starts, ends = [], [], [], []
        crf = self._crf_scores(live)
        if crf is not None:
            emits.append(crf[0])
            trans.append(crf[1])
            starts.append(np.zeros(k))
            ends.append(np.zeros(k))
        if self.lstms:
            emits += self._lstm_scores(live, packed)
            trans += [p[0] for p in self._lstm_potentials]
            starts += [p[1] for p in self._lstm_potentials]
            ends += [p[2] for p in self._lstm_potentials]
        marg = (
            list(
                forward_backward_many(
                    np.stack(emits), packed, np.stack(trans), np.stack(starts), np.stack(ends)
                )
            )
            if emits
            else []
        )
        members = marg if crf is not None else [self._crfsuite_member(live), *marg]
        w = [self.crf_weight] + [(1.0 - self.crf_weight) * share for share in self.shares]
        mean = w[0] * members[0]
        for wi, mem in zip(w[1:], members[1:], strict=True):
            mean = mean + wi * mem
        return mean, members

    def marginals(self, sentences: list[list[str]]) -> tuple[list[Array], list[list[Array]]]:
        """The weighted mean of the members' marginals per sentence, and each member's (CRF first)."""
        live = [s for s in sentences if s]
        empty = np.zeros((0, len(TAGS)))
        if not live:
            return [empty for _ in sentences], [
                [empty for _ in sentences] for _ in range(1 + len(self.lstms))
            ]
        mean, members = self._flat_marginals(live)
        cuts = np.cumsum([len(s) for s in live])[:-1]

        def per_sentence(flat: Array) -> list[Array]:
            it = iter(np.split(flat, cuts))
            return [next(it) if s else empty for s in sentences]

        return per_sentence(mean), [per_sentence(m) for m in members]

    def decode(self, mean: list[Array]) -> list[list[str]]:
        """BIO-valid best tags of each sentence under the mean marginals (all sentences in one batch)."""
        live = [m for m in mean if len(m)]
        if not live:
            return [[] for _ in mean]
        paths = iter(self._decode_flat(np.concatenate(live), [len(m) for m in live]))
        return [next(paths) if len(m) else [] for m in mean]

    def _decode_flat(self, mean: Array, lengths: list[int]) -> list[list[str]]:
        """`decode` of non-empty sentences whose mean marginals `mean` holds one after another."""
        scores = np.log(np.maximum(mean, _FLOOR))
        return [[TAGS[i] for i in p] for p in best_paths(scores, lengths, self._trans, self._start)]

    def tag(self, sentences: list[list[str]]) -> list[list[str]]:
        """BIO tags for each token of each sentence; the sentences are one document."""
        return self.tag_documents([sentences])[0]

    def tag_documents(self, documents: list[list[list[str]]]) -> list[list[list[str]]]:
        """`tag` of each document; the members run the sentences of all of them in one batch."""
        flat = [s for d in documents for s in d]
        live = [s for s in flat if s]
        paths = iter(self._decode_flat(self._flat_marginals(live)[0], [len(s) for s in live]) if live else [])
        tags = [next(paths) if s else [] for s in flat]
        out = []
        at = 0
        fast = self.crf.fast
        for d in documents:
            tg = tags[at : at + len(d)]
            at += len(d)
            if self.consistency:
                tg = propagate(self.features, d, tg, fast.words(d) if fast is not None else None)
            out.append(tg)
        return out
