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
from typing import TYPE_CHECKING, NamedTuple

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
        # Set to a dict when several models share this encoder (the ensemble's BiLSTM-CRFs): each
        # type is then encoded once for all of them. Emptied at CACHE_SIZE types.
        self.memo: dict[str, tuple[str, str, int, list[int], list[float]]] | None = None

    def word(self, token: str) -> tuple[str, str, int, list[int], list[float]]:
        """Folded form, guarded stem, word-vector row, letter ids and type flags of a token."""
        memo = self.memo
        if memo is not None:
            got = memo.get(token)
            if got is None:
                if len(memo) >= CACHE_SIZE:
                    memo.clear()
                got = memo[token] = self._word(token)
            return got
        return self._word(token)

    def _word(self, token: str) -> tuple[str, str, int, list[int], list[float]]:
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


# The language model's (train/ner_lm.py) vocabulary size (the most frequent folded ANT words keep their
# own input row) and cluster classes; tokens without a cluster fall back to their SHAPES class.
LM_TOP = 20_000
LM_CLUSTERS = 1024


class LmVocab:
    """The language model's input ids and predicted classes of a token (shared with training).

    Input: one of the LM_TOP most frequent words (or its guarded stem), else its 1024-way cluster, else
    its shape. Class: its cluster, else its shape.
    """

    def __init__(self, words: list[str], feats: Features) -> None:
        self.words = words
        self.feats = feats
        self.word_ids = {w: i for i, w in enumerate(words)}
        self.n_in = len(words) + LM_CLUSTERS + len(SHAPES)
        self.n_out = LM_CLUSTERS + len(SHAPES)

    @classmethod
    def build(cls, feats: Features) -> LmVocab:
        """The vocabulary of a new model: the LM_TOP most frequent words of clusters.tsv."""
        return cls(list(feats.clusters)[:LM_TOP], feats)

    def ids(self, token: str) -> tuple[int, int]:
        """(input id, class id) of a token."""
        w = fold(token)
        got = self.word_ids.get(w)
        st = w
        if got is None:
            st = self.feats.stem(w)[1]
            got = self.word_ids.get(st)
        cl = self.feats.clusters.get(w) or self.feats.clusters.get(st)
        if cl is not None:
            c = int(cl.rsplit("\t", 1)[-1])
            return (len(self.words) + c if got is None else got), c
        sh = SHAPES.index(shape(w))
        return (len(self.words) + LM_CLUSTERS + sh if got is None else got), LM_CLUSTERS + sh

    def input_id(self, w: str, st: str) -> int:
        """`ids(token)[0]` from the folded form `w` and guarded stem `st` (found once by the tagger)."""
        got = self.word_ids.get(w)
        if got is None:
            got = self.word_ids.get(st)
        if got is not None:
            return got
        cl = self.feats.clusters.get(w) or self.feats.clusters.get(st)
        if cl is not None:
            return len(self.words) + int(cl.rsplit("\t", 1)[-1])
        return len(self.words) + LM_CLUSTERS + SHAPES.index(shape(w))


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


class Packed(NamedTuple):
    """A batch of sentences laid out step by step ("packed", as torch's PackedSequence).

    Longest sentence first: the sentences still running at step t are a prefix of the batch
    (`running[t]` of them), and step t's rows are the next `running[t]` rows of the layout. `fw[r]` is the
    token (index into the sentences' tokens one after another) that row r reads left to right, `bw[r]`
    the one it reads right to left.
    """

    running: list[int]
    fw: np.ndarray
    bw: np.ndarray


def pack(lengths: list[int]) -> Packed:
    """The packed layout of sentences of these lengths (none empty)."""
    lens = np.asarray(lengths, dtype=np.intp)
    starts = np.cumsum(lens) - lens
    order = np.argsort(-lens, kind="stable")
    size, at = lens[order], starts[order]
    run = np.searchsorted(-size, -np.arange(int(size[0])), side="left")
    # Row r of the layout is step step[r] of sentence rank[r] (its rank among those still running).
    step = np.repeat(np.arange(len(run)), run)
    rank = np.arange(len(step)) - np.repeat(np.cumsum(run) - run, run)
    first = at[rank]
    return Packed(run.tolist(), first + step, first + size[rank] - 1 - step)


def bilstm(gx: Array, running: list[int], w: Array) -> Array:
    """LSTM directions run together: packed gate parts gx (D, tokens, 4H) -> hidden states (D, tokens, H).

    D is 2 for one BiLSTM (forward, backward), 2k for k BiLSTMs of the same size (the ensemble's), with
    `w` their recurrent weights (D, H, 4H) stacked alike. One step costs the same ten numpy calls
    whatever D and the batch. In-place updates into buffers allocated once a call: the same sums and
    products, in the same order, as the textbook step; gates as `_reorder` arranges them.
    """
    d, n, h4 = gx.shape
    hd = h4 // 4
    m0 = running[0]
    c = np.zeros((d, m0, hd), np.float32)
    hs = np.empty((d, n, hd), np.float32)
    h = np.zeros((d, m0, hd), np.float32)  # the state before the first step
    # Each step's gates and input-times-cell product are written into these (no allocation a step).
    zbuf = np.empty((d, m0, h4), np.float32)
    tbuf = np.empty((d, m0, hd), np.float32)
    h3 = 3 * hd
    at = 0
    for m in running:
        z = zbuf[:, :m]
        np.matmul(h[:, :m], w, out=z)
        z += gx[:, at : at + m]
        np.tanh(z, out=z)
        sig = z[..., :h3]
        sig *= 0.5
        sig += 0.5
        cm = c[:, :m]
        cm *= z[..., hd : 2 * hd]
        t = tbuf[:, :m]
        np.multiply(z[..., :hd], z[..., h3:], out=t)
        cm += t
        h = hs[:, at : at + m]
        np.tanh(cm, out=h)
        h *= z[..., 2 * hd : h3]
        at += m
    return hs


class LanguageModel:
    """The forward/backward LSTM language model of `train/ner_lm.py` in numpy: two hidden states a token.

    Frozen context features of a BiLSTM-CRF trained with `--lm` (its npz then carries the LM's arrays).
    """

    def __init__(self, params: dict[str, np.ndarray], feats: Features) -> None:
        self.vocab = LmVocab(str(params["lm_words"]).split("\n"), feats)
        w_x, b_x, self.w_h = _reorder(
            params["lm_w_x"].astype(np.float32), params["lm_b_x"].astype(np.float32), params["lm_w_h"]
        )
        self.hidden = self.w_h.shape[1]
        # Each input id's share of the gates of both directions (ids x 8H): a lookup per token.
        self.gates = params["lm_emb"].astype(np.float32) @ w_x + b_x
        self._ids: dict[str, int] = {}

    def states(
        self, sentences: list[list[str]], packed: Packed | None = None, rows: np.ndarray | None = None
    ) -> Array:
        """Hidden states (tokens of the non-empty sentences one after another x 2H): forward, backward.

        `packed`: the layout of the non-empty sentences (`pack`), and `rows`: each token's input id, when
        the caller has them already (the BiLSTM-CRF keeps its word types' input ids).
        """
        live = [s for s in sentences if s]
        if rows is None:
            ids = self._ids
            if len(ids) > CACHE_SIZE:
                ids.clear()
            found = []
            for s in live:
                for t in s:
                    i = ids.get(t)
                    if i is None:
                        i = ids[t] = self.vocab.ids(t)[0]
                    found.append(i)
            rows = np.asarray(found, dtype=np.intp)
        hd = self.hidden
        out = np.zeros((len(rows), 2 * hd), np.float32)
        if not len(rows):
            return out
        if packed is None:
            packed = pack([len(s) for s in live])
        r = rows
        gx = np.empty((2, len(r), 4 * hd), np.float32)
        # Each direction's gate parts gathered from the table in its reading order (one gather each;
        # np.take of a column slice would first copy the whole table).
        gx[0] = self.gates[r[packed.fw], : 4 * hd]
        gx[1] = self.gates[r[packed.bw], 4 * hd :]
        hs = bilstm(gx, packed.running, self.w_h)
        out[packed.fw, :hd] = hs[0]
        out[packed.bw, hd:] = hs[1]
        return out


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
        # The letter CNN (width 3) as lookups: each window position's share of every letter's filter
        # responses, so a word's convolution is three row gathers and two additions, not a product.
        d = self.char_emb.shape[1]
        self._conv_tables = [self.char_emb @ self.conv_w[k * d : (k + 1) * d] for k in range(3)]
        # A model trained with the language model's states (`train.ner_lstm --lm`) carries the LM and
        # their input weights `w_lm`, reordered with the other input weights.
        self.lm = LanguageModel(params, feats) if "w_lm" in params else None
        if self.lm is not None:
            self.source = "ner.lstmlm.v1"
        n_lm = len(p["w_lm"]) if self.lm is not None else 0
        w_all = np.concatenate([p["w_x"], p["w_lm"]]) if self.lm is not None else p["w_x"]
        w_x, self.b_x, self.w_h = _reorder(w_all, p["b_x"], p["w_h"])
        self.w_lm = w_x[len(w_x) - n_lm :] if n_lm else None
        w_x = w_x[: len(w_x) - n_lm]
        # Input weights of a word type's row (vector, letters, type flags) and of the span flags:
        # a type's share of the gates is computed once and cached.
        self.w_type, self.w_span = w_x[:-SPAN_FLAGS], w_x[-SPAN_FLAGS:]
        self.w_out, self.b_out = p["w_out"], p["b_out"]
        self.trans, self.start, self.end = p["trans"], p["start"], p["end"]
        self.hidden = p["w_h"].shape[1]
        # Word type -> row of `_gates` (its share of the input gates) and of `_words` (folded, stem).
        self._ids: dict[str, int] = {}
        self._words: list[tuple[str, str]] = []
        self._gates = np.zeros((1024, 8 * self.hidden), np.float32)
        # With a language model: each word type's LM input id, by the same rows.
        self._lm_ids = np.zeros(len(self._gates), np.intp)

    @classmethod
    def load(cls, model_dir: Path = MODEL_DIR, name: str = "lstm.npz", consistency: bool = True) -> LstmNer:
        """Load the exported weights and the feature data (names.tsv, clusters.tsv)."""
        with np.load(model_dir / name) as z:
            params = {k: z[k] for k in z.files}
        return cls(params, load_features(model_dir), consistency)

    def _type_ids(self, tokens: list[str]) -> list[int]:
        """Each token's row in the gate cache, computing the rows of the types not seen yet.

        A type's row is its share of the LSTM's input gates (from its vector, letters and type flags),
        computed for all new types of a call at once. The cache is emptied only before a call
        (when it would pass CACHE_SIZE types), so the rows of one call stay consistent.
        """
        ids = self._ids
        new = list(dict.fromkeys(t for t in tokens if t not in ids))
        if len(ids) + len(new) > CACHE_SIZE:
            ids.clear()
            self._words.clear()
            new = list(dict.fromkeys(tokens))
        if new:
            enc = [self.encoder.word(t) for t in new]
            # At least one letter position: a batch of letterless tokens ("") still gets its (zero) row.
            n, width = len(enc), max(1, *(len(e[3]) for e in enc))
            cids = np.zeros((n, width + 2), np.int64)
            for i, e in enumerate(enc):
                cids[i, 1 : 1 + len(e[3])] = e[3]
            # (n, width, filters); letter id 0 pads both ends (its embedding and table rows are zero).
            left, mid, right = self._conv_tables
            conv = left[cids[:, :-2]] + mid[cids[:, 1:-1]] + right[cids[:, 2:]] + self.conv_b
            lens = np.array([len(e[3]) for e in enc])
            conv[np.arange(width)[None, :] >= lens[:, None]] = -1e4
            chars = np.maximum(conv.max(axis=1), 0.0)
            rows = np.concatenate(
                [self.emb[[e[2] for e in enc]], chars, np.array([e[4] for e in enc], np.float32)], axis=1
            )
            first = len(ids)
            if first + n > len(self._gates):
                grown = np.zeros((max(first + n, 2 * len(self._gates)), self._gates.shape[1]), np.float32)
                grown[:first] = self._gates[:first]
                self._gates = grown
                lm_ids = np.zeros(len(grown), np.intp)
                lm_ids[:first] = self._lm_ids[:first]
                self._lm_ids = lm_ids
            self._gates[first : first + n] = rows @ self.w_type + self.b_x
            if self.lm is not None:
                vocab = self.lm.vocab
                self._lm_ids[first : first + n] = [vocab.input_id(e[0], e[1]) for e in enc]
            for k, (t, e) in enumerate(zip(new, enc, strict=True)):
                ids[t] = first + k
                self._words.append((e[0], e[1]))
        return [ids[t] for t in tokens]

    def prepare(
        self,
        sentences: list[list[str]],
        spans: list[int] | None = None,
        packed: Packed | None = None,
        with_words: bool = True,
    ) -> tuple[Array, list[list[tuple[str, str]]]]:
        """Input gate parts of the tokens of all sentences (tokens x 8H), and (folded, stem) per token.

        `spans`: each token's gazetteer span flag (`Encoder.span_flags`, -1 for none), when the caller has
        them already (the ensemble finds them once for its BiLSTM-CRFs); `packed`: the sentences' layout
        (`pack`), when it has that. `with_words` False: no (folded, stem) list back (when `spans` is given).
        """
        toks = [t for s in sentences for t in s]
        ids = self._type_ids(toks)
        words = []
        if with_words or spans is None:
            wl = self._words
            at = 0
            for s in sentences:
                words.append([wl[k] for k in ids[at : at + len(s)]])
                at += len(s)
        rows = np.asarray(ids, dtype=np.intp)
        g = self._gates[rows]
        if self.lm is not None and self.w_lm is not None:
            # Tokens of empty sentences: none, so the LM's token order is g's.
            lm = self.lm.states(sentences, packed, self._lm_ids[rows])
            g += lm @ self.w_lm  # g is a fresh gather: add in place
        flags = spans if spans is not None else self.span_flags(words)
        hit = [i for i, k in enumerate(flags) if k >= 0]
        if hit:
            g[hit] += self.w_span[[flags[i] for i in hit]]
        return g, words

    def gate_inputs(self, g: Array, packed: Packed) -> Array:
        """The gate parts in packed order, forward direction then backward: (2, tokens, 4H)."""
        h4 = 4 * self.hidden
        gx = np.empty((2, len(g), h4), np.float32)
        gx[0] = g[packed.fw, :h4]
        gx[1] = g[packed.bw, h4:]  # the backward direction reads the tokens right to left
        return gx

    def scores(self, hs: Array, packed: Packed) -> Array:
        """Emission scores (tokens x tags, in token order) from the packed hidden states (2, tokens, H)."""
        hd = self.hidden
        out = np.empty((hs.shape[1], 2 * hd), np.float32)
        out[packed.fw, :hd] = hs[0]
        out[packed.bw, hd:] = hs[1]
        return out @ self.w_out + self.b_out

    def emissions(
        self, sentences: list[list[str]], spans: list[int] | None = None
    ) -> tuple[list[Array], list[list[tuple[str, str]]]]:
        """Per non-empty sentence, the CRF emission scores (tokens x tags); and (folded, stem) per token."""
        lens = [len(s) for s in sentences if s]
        packed = pack(lens) if lens else None
        g, words = self.prepare(sentences, spans, packed)
        if packed is None:
            return [], words
        em = self.scores(bilstm(self.gate_inputs(g, packed), packed.running, self.w_h), packed)
        return np.split(em, np.cumsum(lens)[:-1]), words

    def span_flags(self, words: list[list[tuple[str, str]]]) -> list[int]:
        """Each token's gazetteer span flag (-1: none), sentence by sentence, from (folded, stem) words."""
        return [k for ws in words if ws for k in self.encoder.span_flags([w[0] for w in ws])]

    def viterbi(self, em: list[Array]) -> list[list[int]]:
        """Best tag index sequences of a batch of emission matrices (CRF transitions, start, end)."""
        if not em:
            return []
        return best_paths(np.concatenate(em), [len(e) for e in em], self.trans, self.start, self.end)

    def tag(self, sentences: list[list[str]]) -> list[list[str]]:
        """BIO tags for each token of each sentence; the sentences are one document."""
        return self.tag_documents([sentences])[0]

    def tag_documents(self, documents: list[list[list[str]]]) -> list[list[list[str]]]:
        """`tag` of each document; the sentences of all of them run as one batch."""
        flat = [s for d in documents for s in d]
        em, words = self.emissions(flat)
        best = iter(self.viterbi(em))
        names = self.tags
        tags = [[names[i] for i in next(best)] if s else [] for s in flat]
        out = []
        at = 0
        for d in documents:
            tg = tags[at : at + len(d)]
            if self.consistency:
                tg = propagate(self.feats, d, tg, words[at : at + len(d)])
            at += len(d)
            out.append(tg)
        return out
