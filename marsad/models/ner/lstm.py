"""The BiLSTM-CRF named-entity tagger (`ner.lstm.v1`), inference in numpy (no torch at run time).

Lample et al. 2016: each token is its word2vec vector (trained on folded ANT news, training words fine-tuned),
a character CNN over its letters and a few discrete flags (shape, guarded clitic split,
place-gazetteer hits); a one-layer BiLSTM reads the sentence and a linear-chain CRF decodes
(Viterbi). Trained by `train/ner_lstm.py` with torch, exported to `lstm.npz`.
All sentences of one `tag()` call (one article) run as one batch: each LSTM step is one
matrix product over the batch and both directions. The document pass (`propagate`) runs on top.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from marsad.arabic import fold
from marsad.models.ner import LABELS, MODEL_DIR, Features, load_features, propagate, shape
from marsad.models.ner.viterbi import best_paths

if TYPE_CHECKING:
    from numpy.typing import NDArray

    Array = NDArray[np.float32]

# Letters read per word by the character CNN (longer tokens are URLs or run-ons).
MAX_CHARS = 20
SHAPES = ("P", "D", "DX", "L", "l", "A")
# Flags of a word type: shape (one-hot), no word vector, clitic stripped, gazetteer part
# (first word of a name / inner word, per label), stem starts a gazetteer name.
TYPE_FLAGS = len(SHAPES) + 2 + 2 * len(LABELS) + 1
# Flags of a token in its sentence: inside a multi-word gazetteer name (B/I per label).
SPAN_FLAGS = 2 * len(LABELS)
N_FLAGS = TYPE_FLAGS + SPAN_FLAGS
# Word types whose input gate rows are cached (8H floats: 2 kB at H = 64); cleared when full.
CACHE_SIZE = 50_000


class Encoder:
    """Turns surface tokens into model inputs: word row, letter ids and flags (shared with training)."""

    def __init__(self, words: list[str], chars: str, feats: Features) -> None:
        # Row 0 of the embedding table is the zero vector of words without one.
        self.word_ids = {w: i + 1 for i, w in enumerate(words)}
        # Letter id 0 pads, 1 is any letter unseen in training.
        self.char_ids = {c: i + 2 for i, c in enumerate(chars)}
        self.feats = feats

    def word(self, token: str) -> tuple[str, str, int, list[int], list[float]]:
        """Folded form, guarded stem, word-vector row, letter ids and type flags of a token."""
        f = self.feats
        w = fold(token)
        pre, st = f.stem(w)
        wid = self.word_ids.get(w) or self.word_ids.get(st) or 0
        flags = [0.0] * TYPE_FLAGS
        flags[SHAPES.index(shape(w))] = 1.0
        k = len(SHAPES)
        flags[k] = float(wid == 0)
        flags[k + 1] = float(bool(pre))
        lab = f.parts.get(w) or f.parts.get(st)
        if lab:
            for g in lab.split("|"):
                inner = g.endswith("i")
                label = g[:-1] if inner else g
                if label in LABELS:
                    flags[k + 2 + 2 * LABELS.index(label) + inner] = 1.0
        flags[TYPE_FLAGS - 1] = float(st in f.first)
        cids = [self.char_ids.get(c, 1) for c in w[:MAX_CHARS]]
        return w, st, wid, cids, flags

    def span_flags(self, folded: list[str]) -> list[int]:
        """Per token, the index of its span flag (longest multi-word gazetteer match), or -1."""
        out = []
        for sp in self.feats.spans(folded):
            label = sp[3:]
            out.append(2 * LABELS.index(label) + (sp[1] == "I") if label in LABELS else -1)
        return out

    def spans(self, folded: list[str]) -> list[list[float]]:
        """Per token, the span flags as a row of 0/1 (training's form)."""
        rows = []
        for k in self.span_flags(folded):
            row = [0.0] * SPAN_FLAGS
            if k >= 0:
                row[k] = 1.0
            rows.append(row)
        return rows


def _reorder(w_x: Array, b_x: Array, w_h: Array) -> tuple[Array, Array, Array]:
    """Rearrange torch's LSTM weights so one tanh call per step serves every gate.

    Exported as torch has them: input weights (input, 8H) and biases (8H), forward then backward
    direction, each with gates input, forget, cell, output; recurrent weights (2, H, 4H).
    Returned with the gates of each direction as input, forget, output, cell, and the three
    sigmoid gates scaled by 1/2: sigmoid(x) = (tanh(x / 2) + 1) / 2.
    """
    hd = w_h.shape[1]
    order = [k * hd + j for k in (0, 1, 3, 2) for j in range(hd)]
    scale = np.array([0.5] * 3 * hd + [1.0] * hd, np.float32)
    cols = order + [4 * hd + c for c in order]
    return w_x[:, cols] * np.tile(scale, 2), b_x[cols] * np.tile(scale, 2), w_h[:, :, order] * scale


class LstmNer:
    """A loaded BiLSTM-CRF tagger: numpy weights, the encoder and the document pass."""

    source = "ner.lstm.v1"

    def __init__(self, params: dict[str, np.ndarray], feats: Features, consistency: bool = True) -> None:
        self.feats = feats
        self.consistency = consistency
        self.encoder = Encoder(str(params["words"]).split("\n"), str(params["chars"]), feats)
        self.tags = str(params["tags"]).split("\n")
        p = {k: v.astype(np.float32) for k, v in params.items() if v.dtype.kind == "f"}
        emb = p["emb"]
        self.emb = np.vstack([np.zeros((1, emb.shape[1]), np.float32), emb])
        self.char_emb = p["char_emb"]
        self.conv_w, self.conv_b = p["conv_w"], p["conv_b"]
        w_x, self.b_x, self.w_h = _reorder(p["w_x"], p["b_x"], p["w_h"])
        # Input weights of a word type's row (vector, letters, type flags) and of the span flags:
        # a type's share of the gates is computed once and cached.
        self.w_type, self.w_span = w_x[:-SPAN_FLAGS], w_x[-SPAN_FLAGS:]
        self.w_out, self.b_out = p["w_out"], p["b_out"]
        self.trans, self.start, self.end = p["trans"], p["start"], p["end"]
        self.hidden = p["w_h"].shape[1]
        self._cache: dict[str, tuple[str, str, Array]] = {}

    @classmethod
    def load(cls, model_dir: Path = MODEL_DIR, name: str = "lstm.npz", consistency: bool = True) -> LstmNer:
        """Load the exported weights and the feature data (names.tsv, clusters.tsv)."""
        with np.load(model_dir / name) as z:
            params = {k: z[k] for k in z.files}
        return cls(params, load_features(model_dir), consistency)

    def _rows(self, tokens: list[str]) -> None:
        """Cache each new type's share of the LSTM's input gates (from its vector, letters and flags)."""
        new = list(dict.fromkeys(t for t in tokens if t not in self._cache))
        if not new:
            return
        if len(self._cache) + len(new) > CACHE_SIZE:
            self._cache.clear()
        enc = [self.encoder.word(t) for t in new]
        n, width = len(enc), max(len(e[3]) for e in enc)
        ids = np.zeros((n, width + 2), np.int64)
        for i, e in enumerate(enc):
            ids[i, 1 : 1 + len(e[3])] = e[3]
        ce = self.char_emb[ids]  # (n, width + 2, d); id 0 is the zero row (padding)
        win = np.concatenate([ce[:, :-2], ce[:, 1:-1], ce[:, 2:]], axis=2)
        conv = win @ self.conv_w + self.conv_b  # (n, width, filters)
        lens = np.array([len(e[3]) for e in enc])
        conv[np.arange(width)[None, :] >= lens[:, None]] = -1e4
        chars = np.maximum(conv.max(axis=1), 0.0)
        rows = np.concatenate(
            [self.emb[[e[2] for e in enc]], chars, np.array([e[4] for e in enc], np.float32)], axis=1
        )
        gates = rows @ self.w_type + self.b_x
        for t, e, r in zip(new, enc, gates, strict=True):
            self._cache[t] = (e[0], e[1], r)

    def emissions(self, sentences: list[list[str]]) -> tuple[list[Array], list[list[tuple[str, str]]]]:
        """Per non-empty sentence, the CRF emission scores (tokens x tags); and (folded, stem) per token."""
        toks = [t for s in sentences for t in s]
        self._rows(toks)
        cache = self._cache
        entries = [[cache[t] for t in s] for s in sentences]
        words = [[(e[0], e[1]) for e in es] for es in entries]
        lens = np.array([len(s) for s in sentences if s])
        if not len(lens):
            return [], words
        hd = self.hidden
        n = int(lens.sum())
        g = np.zeros((n + 1, 8 * hd), np.float32)  # row n: padding
        g[:n] = [e[2] for es in entries for e in es]
        flags = [k for es in entries if es for k in self.encoder.span_flags([e[0] for e in es])]
        hit = [i for i, k in enumerate(flags) if k >= 0]
        if hit:
            g[hit] += self.w_span[[flags[i] for i in hit]]
        starts = np.concatenate([[0], np.cumsum(lens)[:-1]])
        steps = np.arange(int(lens.max()))[:, None]
        valid = steps < lens[None, :]
        fw = np.where(valid, starts[None, :] + steps, n)  # (T, B) token read at each step
        bw = np.where(valid, starts[None, :] + lens[None, :] - 1 - steps, n)
        h4 = 4 * hd
        gx = np.empty((*fw.shape[:1], 2, *fw.shape[1:], h4), np.float32)  # (T, 2, B, 4H)
        gx[:, 0] = g[fw, :h4]
        gx[:, 1] = g[bw, h4:]  # the backward direction reads the tokens right to left
        hs = self._bilstm(gx)  # (T, 2, B, H)
        out = np.zeros((n + 1, 2 * hd), np.float32)
        out[fw.ravel(), :hd] = hs[:, 0].reshape(-1, hd)
        out[bw.ravel(), hd:] = hs[:, 1].reshape(-1, hd)
        em = out[:n] @ self.w_out + self.b_out
        return np.split(em, np.cumsum(lens)[:-1]), words

    def _bilstm(self, gx: Array) -> Array:
        """Both directions at once: input gate parts gx (T, 2, B, 4H) -> hidden states (T, 2, B, H)."""
        steps, _, batch, h4 = gx.shape
        hd = h4 // 4
        h = np.zeros((2, batch, hd), np.float32)
        c = np.zeros((2, batch, hd), np.float32)
        hs = np.empty((steps, 2, batch, hd), np.float32)
        w = self.w_h
        for t in range(steps):
            z = gx[t] + h @ w
            np.tanh(z, out=z)
            sig = z[..., : 3 * hd]
            sig *= 0.5
            sig += 0.5
            c = sig[..., hd : 2 * hd] * c + sig[..., :hd] * z[..., 3 * hd :]
            h = sig[..., 2 * hd :] * np.tanh(c)
            hs[t] = h
        return hs

    def viterbi(self, em: list[Array]) -> list[list[int]]:
        """Best tag index sequences of a batch of emission matrices (CRF transitions, start, end)."""
        if not em:
            return []
        return best_paths(np.concatenate(em), [len(e) for e in em], self.trans, self.start, self.end)

    def tag(self, sentences: list[list[str]]) -> list[list[str]]:
        """BIO tags for each token of each sentence; the sentences are one document."""
        em, words = self.emissions(sentences)
        best = iter(self.viterbi(em))
        names = self.tags
        out = [[names[i] for i in next(best)] if s else [] for s in sentences]
        if self.consistency:
            out = propagate(self.feats, sentences, out, words)
        return out
