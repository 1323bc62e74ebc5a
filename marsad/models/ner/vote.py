"""A label-wise vote of two ensemble readings: the candidate `ner.ens.v2` of MODEL.md rows 56d and 58.

Not shipped (test.txt 74.86 against the rule's 75.0, row 58): no `kind` loads it, and `lstm3.npz` (row
51's multi-domain BiLSTM-CRF) is not in the model directory; `python -m train.ner_ens --dev ... --vote`
scores it on dev models, `LabelVoteNer.load(DIR)` loads it from a directory that has all four members.

The members (the CRF and three BiLSTM-CRFs) give their per-token tag marginals once (`EnsembleNer`);
two weighted means of them are decoded and each passed through the document pass:
- the *keep* reading is `ner.ens.v1` (the CRF, `lstm.npz`, `lstm2.npz`): its ORG and MISC spans are
  kept exactly as they are;
- the *new* reading puts the multi-domain BiLSTM-CRF `lstm3.npz` (MODEL.md rows 50-51) in `lstm2.npz`'s
  place: its PER and LOC spans fill what the kept spans leave free.
The multi-domain member lifts PER and LOC but lowers MISC (MODEL.md row 51; reading WikiFANE's works
as O did not help, row 54), so the vote takes from each reading the labels it is better at on dev
(MODEL.md round 10).
It costs four taggers' marginals (one joint run) and two decodes.
Round 17 (MODEL.md row 82) scored the same vote with round 16's pair (the CRF and an LM BiLSTM-CRF,
PAIR_WEIGHTS) as the new reading, on dev only; `readings` gives both readings apart for such scoring.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from marsad.models.ner import MODEL_DIR, NerModel, propagate
from marsad.models.ner.ensemble import EnsembleNer, load_members
from marsad.models.ner.lstm import LstmNer

if TYPE_CHECKING:
    from numpy.typing import NDArray

    Array = NDArray[np.float64]

VOTE_MEMBERS = ("lstm.npz", "lstm2.npz", "lstm3.npz")
# Weights of (CRF, lstm, lstm2, lstm3) in each reading, chosen on the dev split (MODEL.md round 10):
# the keep reading is ner.ens.v1's (row 22), the new one row 50b's (CRF 0.25, the BiLSTM-CRFs 0.375).
KEEP_WEIGHTS = (0.34, 0.33, 0.33, 0.0)
NEW_WEIGHTS = (0.25, 0.375, 0.0, 0.375)
# Round 17's new reading (MODEL.md rows 82-): the pair of round 16 (row 80), the CRF at 0.4 beside an LM
# BiLSTM-CRF as the third BiLSTM-CRF member (lstm_lm.npz), the keep reading unchanged.
PAIR_WEIGHTS = (0.4, 0.0, 0.0, 0.6)
# The labels whose spans come from the keep reading, placed first (dev: MISC and ORG held at
# ner.ens.v1's, MODEL.md round 10).
KEEP_LABELS = ("ORG", "MISC")


def spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """The (start, end, label) spans of a BIO tag sequence (an I- without its B- starts no span)."""
    out = []
    i = 0
    while i < len(tags):
        if tags[i].startswith("B-"):
            label = tags[i][2:]
            j = i + 1
            while j < len(tags) and tags[j] == "I-" + label:
                j += 1
            out.append((i, j, label))
            i = j
        else:
            i += 1
    return out


def vote(keep: list[str], new: list[str], keep_labels: tuple[str, ...] = KEEP_LABELS) -> list[str]:
    """One sentence's tags: `keep`'s spans of `keep_labels`, then `new`'s other spans where all free."""
    out = ["O"] * len(keep)
    placed = [s for s in spans(keep) if s[2] in keep_labels] + [
        s for s in spans(new) if s[2] not in keep_labels
    ]
    for i, j, label in placed:
        if all(t == "O" for t in out[i:j]):
            out[i:j] = ["B-" + label] + ["I-" + label] * (j - i - 1)
    return out


class LabelVoteNer(EnsembleNer):
    """`ner.ens.v2`: `tag()` as the single taggers; the CRF and BiLSTM-CRFs in KEEP/NEW_WEIGHTS order."""

    source = "ner.ens.v2"

    def __init__(
        self,
        crf: NerModel,
        lstms: list[LstmNer],
        keep_weights: tuple[float, ...] = KEEP_WEIGHTS,
        new_weights: tuple[float, ...] = NEW_WEIGHTS,
        keep_labels: tuple[str, ...] = KEEP_LABELS,
        consistency: bool = True,
    ) -> None:
        if not len(keep_weights) == len(new_weights) == 1 + len(lstms):
            raise ValueError(f"a weight for the CRF and each of {len(lstms)} BiLSTM-CRFs in each reading")
        super().__init__(crf, lstms, keep_weights[0], consistency)
        self.readings_weights = (keep_weights, new_weights)
        self.keep_labels = keep_labels

    @classmethod
    def load(  # type: ignore[override]  # the readings' weights stand for the one CRF weight
        cls,
        model_dir: Path = MODEL_DIR,
        lstms: tuple[str, ...] = VOTE_MEMBERS,
        consistency: bool = True,
    ) -> LabelVoteNer:
        """`ner.ens.v2` from `model_dir`: the shipped CRF and the BiLSTM-CRFs `lstms` (one feature load)."""
        crf, members = load_members(model_dir, lstms)
        return cls(crf, members, consistency=consistency)

    def readings(self, documents: list[list[list[str]]]) -> list[tuple[list[list[str]], list[list[str]]]]:
        """Each document's two readings (keep, new), decoded from one joint run and document-passed apart."""
        flat = [s for d in documents for s in d]
        live = [s for s in flat if s]
        readings: list[list[list[str]]] = [[], []]
        if live:
            members = self._flat_marginals(live)[1]
            lengths = [len(s) for s in live]
            for r, weights in enumerate(self.readings_weights):
                mean = sum(
                    (w * m for w, m in zip(weights, members, strict=True) if w), np.zeros_like(members[0])
                )
                paths = iter(self._decode_flat(mean, lengths))
                readings[r] = [next(paths) if s else [] for s in flat]
        else:
            readings = [[[] for _ in flat], [[] for _ in flat]]
        out = []
        at = 0
        fast = self.crf.fast
        for d in documents:
            keep, new = (tags[at : at + len(d)] for tags in readings)
            at += len(d)
            if self.consistency:
                words = fast.words(d) if fast is not None else None
                keep = propagate(self.features, d, keep, words)
                new = propagate(self.features, d, new, words)
            out.append((keep, new))
        return out

    def tag_documents(self, documents: list[list[list[str]]]) -> list[list[list[str]]]:
        """`tag` of each document: both readings decoded (and document-passed), then the vote."""
        return [
            [vote(k, n, self.keep_labels) for k, n in zip(keep, new, strict=True)]
            for keep, new in self.readings(documents)
        ]
