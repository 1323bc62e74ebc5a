"""The CRF's tagging in numpy: per-word-type label scores, summed per token, and Viterbi.

A linear-chain CRF scores a label at a token as the sum of the weights of the token's attributes
for that label; crfsuite's tagger rebuilds that sum from attribute strings for every token. Most
of a token's attributes come from its own word type and its neighbours' (`Features.entry`: own,
seen from -2, -1, +1, +2), so here each word type's five views are summed once into a 5 x labels
array and cached; a token's scores are then five row additions plus its few sentence-level
attributes (word bigrams, gazetteer spans, BOS/EOS). Viterbi runs over all sentences of a document
at once (one numpy step per token position), with crfsuite's tie-breaking (the lowest label id
wins), so the tags are crfsuite's. The weights come from the model itself (`Tagger.info()`), which
prints them to six decimals: two label paths whose scores differ by less than that can come out
the other way (tests/test_crf_numpy.py compares both taggers).

A CRF trained with feature augmentation (`features.augment`: every attribute shared plus a `news:` or
`wiki:` copy) is folded when read (`fold_domain`): news text always emits an attribute together with
its `news:` copy, so the copy's weights are added to the shared attribute's and the other domains'
dropped; the tagger then extracts only the shared attributes, as for a plain CRF
(tests/test_ner_crf_numpy.py checks the tags against crfsuite's on the augmented attributes).
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from scipy import sparse

from marsad.arabic import fold
from marsad.models.ner.features import _CTX_KEYS, _FAR_KEYS, _OFFSETS
from marsad.models.ner.viterbi import best_paths

if TYPE_CHECKING:
    import pycrfsuite

    from marsad.models.ner.features import Features

# Word types whose summed views are kept; the array is rebuilt when full (a long run stays bounded).
TYPE_CAPACITY = 200_000
# Lines of crfsuite's model dump: "  (0) ATTRIBUTE --> LABEL: WEIGHT" and "  (1) LABEL --> LABEL: WEIGHT".
_STATE_LINE = re.compile(r"^  \(0\) (.+) --> (\S+): (\S+)$", re.M)
_TRANSITION_LINE = re.compile(r"^  \(1\) (\S+) --> (\S+): (\S+)$", re.M)


def fold_domain(state: dict[tuple[str, str], float], domain: str) -> dict[tuple[str, str], float]:
    """State weights with each `domain:` copy added into its shared attribute, other domains' dropped.

    A domain copy is `name:attribute` with a plain alphabetic name (no `=` before the colon: `w=10:30`
    is a shared word attribute).
    """
    out: dict[tuple[str, str], float] = {}
    prefix = domain + ":"
    for (attr, label), w in state.items():
        head, colon, rest = attr.partition(":")
        if colon and head.isalpha():
            if head + colon != prefix:
                continue
            attr = rest
        out[(attr, label)] = out.get((attr, label), 0.0) + w
    return out


class NumpyCrf:
    """A crfsuite CRF's weights as arrays, tagging from a `Features` extractor's per-type views."""

    def __init__(
        self,
        labels: list[str],
        state: dict[tuple[str, str], float],
        transitions: dict[tuple[str, str], float],
        features: Features,
    ) -> None:
        self.labels = labels
        lid = {label: k for k, label in enumerate(labels)}
        rows: dict[str, int] = {}
        for attr, _ in state:
            rows.setdefault(attr, len(rows) + 1)
        # Row 0 is all zeros: an attribute without weights adds nothing.
        weights = np.zeros((len(rows) + 1, len(labels)))
        weights[[rows[a] for a, _ in state], [lid[b] for _, b in state]] = list(state.values())
        trans = np.zeros((len(labels), len(labels)))
        for (a, b), w in transitions.items():
            trans[lid[a], lid[b]] = w
        self.rows = rows
        self.weights = weights
        self.trans = trans
        self.features = features
        # Per attribute as `type_features` spells it (no offset): its weights in the five views of
        # `Features.entry` (own, then seen from -2, -1, +1, +2), zero where entry() leaves it out.
        view_row: dict[str, int] = {}
        for attr in rows:
            o = attr[:2] if attr[:1] == "-" else attr[:1] if attr[:1] in "12" else ""
            view_row.setdefault(attr[len(o) :], len(view_row) + 1)
        view_weights = np.zeros((len(view_row) + 1, 5, len(labels)))
        view_weights[1:, 0] = weights[[rows.get(f, 0) for f in view_row]]
        for v, o in enumerate(_OFFSETS, 1):
            keys = _FAR_KEYS if o[-1] == "2" else _CTX_KEYS
            view_weights[1:, v] = weights[[rows.get(o + f, 0) if f[:2] in keys else 0 for f in view_row]]
        self._view_row = view_row
        self._view_weights = view_weights
        self._flat_views = view_weights.reshape(len(view_weights), -1)
        self._ids: dict[str, int] = {}
        self._words: list[tuple[str, str]] = []
        self._views = np.zeros((1024, 5, len(labels)))

    @classmethod
    def from_tagger(cls, tagger: pycrfsuite.Tagger, features: Features, domain: str = "") -> NumpyCrf:
        """Read the weights from the tagger's own text dump; `domain`: fold that domain's copies in.

        `Tagger.info()` parses the same dump line by line in Python (about a second); two regular
        expressions over its two sections take a tenth of that.
        """
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "crf.dump"
            tagger.dump(str(path))
            text = path.read_text(encoding="utf-8")
        trans = text[text.index("TRANSITIONS = {") : text.index("STATE_FEATURES = {")]
        state = text[text.index("STATE_FEATURES = {") :]
        weights = {(a, lab): float(w) for a, lab, w in _STATE_LINE.findall(state)}
        return cls(
            list(tagger.labels()),
            fold_domain(weights, domain) if domain else weights,
            {(a, b): float(w) for a, b, w in _TRANSITION_LINE.findall(trans)},
            features,
        )

    def _type_ids(self, tokens: list[str]) -> list[int]:
        """Each token's row in the per-type view array, summing the views of the types not seen yet.

        A new type's row is the sum, per view, of its attributes' rows in `_view_weights` (one lookup per
        attribute of `type_features` gives all five views); the new types of a call are summed in one
        sparse product. The table is emptied only before a call, so the rows of one call stay consistent.
        """
        ids = self._ids
        if len(ids) + len(tokens) > TYPE_CAPACITY:
            ids.clear()
            self._words.clear()
        feats = self.features
        get = self._view_row.get
        words = self._words
        out = []
        gather: list[int] = []
        cuts: list[int] = []
        for t in tokens:
            k = ids.get(t)
            if k is None:
                k = ids[t] = len(ids)
                w = fold(t)
                cuts.append(len(gather))
                gather += [get(f, 0) for f in feats.type_features(w)]
                words.append((w, feats.stem(w)[1]))
            out.append(k)
        if cuts:
            new = len(cuts)
            if len(ids) > len(self._views):
                grown = np.zeros((max(len(ids), 2 * len(self._views)), *self._views.shape[1:]))
                grown[: len(self._views)] = self._views
                self._views = grown
            # A sparse (new types x attributes) matrix of ones times the attributes' views: the sums in
            # C, without first copying every gathered 5 x 9 row (np.add.reduceat over a fancy-indexed
            # gather took 8 times as long).
            picks = sparse.csr_matrix(
                (np.ones(len(gather)), gather, [*cuts, len(gather)]), shape=(new, len(self._flat_views))
            )
            self._views[len(ids) - new : len(ids)] = (picks @ self._flat_views).reshape(
                new, *self._views.shape[1:]
            )
        return out

    def words(self, sentences: list[list[str]]) -> list[list[tuple[str, str]]]:
        """Each token's (folded form, guarded stem), as `propagate` takes them (types already tagged)."""
        ids, words = self._ids, self._words
        return [[words[ids[t]] for t in s] for s in sentences]

    def document_emissions(self, sentences: list[list[str]]) -> np.ndarray:
        """Label scores of the tokens of non-empty sentences, concatenated (tokens x labels).

        The neighbour views are added with whole-batch shifts, masked at sentence edges; the
        sentence-level attributes are gathered first and added in one call.
        """
        feats = self.features
        tokens = [t for s in sentences for t in s]
        ids = self._type_ids(tokens)  # may grow the array: index it after
        v = self._views[ids]
        lengths = np.array([len(s) for s in sentences])
        first = np.cumsum(lengths) - lengths
        everywhere = np.arange(len(tokens))
        pos = everywhere - np.repeat(first, lengths)  # position in the sentence
        after = np.repeat(first + lengths - 1, lengths) - everywhere  # tokens after it in the sentence
        e = v[:, 0].copy()
        e[2:] += v[:-2, 1] * (pos[2:] >= 2)[:, None]
        e[1:] += v[:-1, 2] * (pos[1:] >= 1)[:, None]
        e[:-1] += v[1:, 3] * (after[:-1] >= 1)[:, None]
        e[:-2] += v[2:, 4] * (after[:-2] >= 2)[:, None]
        words = self._words
        rows = self.rows
        left, right = feats._bigrams
        at: list[int] = []
        add: list[int] = []
        base = 0
        for s in sentences:
            n = len(s)
            folded = [words[k][0] for k in ids[base : base + n]]
            extra = [(0, "BOS"), (n - 1, "EOS")]
            for i in range(1, n):
                a, b = folded[i - 1], folded[i]
                if left is None or b in left.get(a, ()):
                    extra.append((i, "bg-=" + a + "|" + b))
                if right is None or b in right.get(a, ()):
                    extra.append((i - 1, "bg+=" + a + "|" + b))
            spans = feats.spans(folded)
            lspans = feats.spans(folded, feats.lists, "l") if feats.lists else None
            for i in range(n):
                if spans[i]:
                    extra.append((i, spans[i]))
                if lspans is not None and lspans[i]:
                    extra.append((i, lspans[i]))
            if feats.use_pairs:
                extra += feats.pair_features(folded)
            for i, a in extra:
                r = rows.get(a)
                if r is not None:
                    at.append(base + i)
                    add.append(r)
            base += n
        np.add.at(e, at, self.weights[add])
        return e

    def tag(self, sentences: list[list[str]]) -> list[list[str]]:
        """Viterbi tags of each sentence, all sentences at once (of one document or of many)."""
        live = [s for s in sentences if s]
        if not live:
            return [[] for _ in sentences]
        paths = iter(best_paths(self.document_emissions(live), [len(s) for s in live], self.trans))
        labels = self.labels
        return [[labels[y] for y in next(paths)] if s else [] for s in sentences]
