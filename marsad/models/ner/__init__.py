"""The shipped Arabic named-entity tagger: a linear-chain CRF over surface-token features.

Tokens in, BIO tags out (O, B-/I- PER, ORG, LOC, MISC). Tokens are raw surface tokens as the
pipeline's tokenizer makes them (clitics attached: بسوريا "in Syria" is one token).
Model files live in `marsad/models/ner/` (see its MODEL.md); `NerModel.load()` reads them once.
Feature extraction is in `features.py`, shared by training (`train/ner.py`) and tagging.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from marsad.models.ner.features import (
    CACHE_SIZE,
    DOC_MAX_FEATS,
    DOC_RANK,
    FREQUENT_RANK,
    MAX_NAME_WORDS,
    MODEL_DIR,
    NEWS,
    Features,
    augment,
    list_parts,
    shape,
)
from marsad.models.ner.files import load_features, read_clusters, read_names

if TYPE_CHECKING:
    import pycrfsuite

    from marsad.models.ner.crf_numpy import NumpyCrf
    from marsad.models.ner.ensemble import EnsembleNer
    from marsad.models.ner.lstm import LstmNer

__all__ = [
    "CACHE_SIZE",
    "DEFAULT_KIND",
    "DOC_MAX_FEATS",
    "DOC_RANK",
    "FREQUENT_RANK",
    "KINDS",
    "LABELS",
    "MAX_NAME_WORDS",
    "MODEL_DIR",
    "NEWS",
    "TAGS",
    "Features",
    "NerModel",
    "augment",
    "list_parts",
    "load_features",
    "propagate",
    "read_clusters",
    "read_names",
    "shape",
]

LABELS = ("PER", "ORG", "LOC", "MISC")
TAGS = ("O", *(f"{p}-{label}" for label in LABELS for p in "BI"))
# Document-level consistency (`propagate`), tuned on the ANERcorp dev split in 15-sentence
# pseudo-articles: propagating every single-word name (rank 0) beat keeping frequent words out
# (ranks 2k, 10k: -0.6 F1); a family name alone is propagated only when it is not among the
# 1,000 most frequent news words (rank 1000: +0.5 F1; 0: +0.4; 5000: +0.3).
PROPAGATE_RANK = 0
SURNAME_RANK = 1000
# The tagger `NerModel.load()` returns unless told otherwise ($MARSAD_NER): "crf" (ner.crf.v1),
# "lstm" (the BiLSTM-CRF ner.lstm.v1, `lstm.py`) or "ens" (the ensemble ner.ens.v1, `ensemble.py`:
# the CRF and two BiLSTM-CRFs; more accurate on ANERcorp, several times slower; MODEL.md).
DEFAULT_KIND = "crf"
KINDS = ("crf", "lstm", "ens")


class NerModel:
    """A loaded NER model: feature extractor plus CRF tagger."""

    source = "ner.crf.v1"  # what the entities stage records as its mentions' source, as entities.crf.v1

    def __init__(
        self,
        features: Features,
        tagger: pycrfsuite.Tagger,
        consistency: bool = True,
        fast: NumpyCrf | None = None,
    ) -> None:
        self.features = features
        self.tagger = tagger
        self.consistency = consistency
        # The same CRF scored in numpy over per-word-type sums (crf_numpy.py); None: crfsuite tags.
        self.fast = fast

    @classmethod
    def load(
        cls,
        model_dir: Path = MODEL_DIR,
        crf: str = "crf.bin",
        consistency: bool = True,
        kind: str | None = None,
        numpy: bool = True,
    ) -> NerModel | LstmNer | EnsembleNer:
        """Load the shipped tagger: the CRF and its feature data from `model_dir`, or another kind.

        `kind` ("crf", "lstm" or "ens") defaults to $MARSAD_NER, else DEFAULT_KIND; all take
        the same sentences and give the same B-/I- tags.
        """
        kind = kind or os.environ.get("MARSAD_NER") or DEFAULT_KIND
        if kind == "lstm":
            from marsad.models.ner.lstm import LstmNer

            return LstmNer.load(model_dir, consistency=consistency)
        if kind == "ens":
            from marsad.models.ner.ensemble import EnsembleNer

            return EnsembleNer.load(model_dir, consistency=consistency)
        if kind != "crf":
            raise ValueError(f"unknown NER model {kind!r}: use 'crf', 'lstm' or 'ens' (MARSAD_NER)")
        import pycrfsuite

        tagger = pycrfsuite.Tagger()
        tagger.open(str(model_dir / crf))
        feats = load_features(model_dir)
        attrs = model_dir / "attrs.txt"
        # attrs.txt (written by train/ner.py) lists the CRF's attributes; parsing the model's
        # own dump (tagger.info()) gives the same set but takes about a second.
        feats.know(
            set(attrs.read_text(encoding="utf-8").split("\n"))
            if attrs.exists()
            else set(tagger.info().attributes)
        )
        fast = None
        if numpy and not feats.doc_context:
            # Article context is made per sentence, not per word type: such a CRF keeps crfsuite's tagging.
            from marsad.models.ner.crf_numpy import NumpyCrf

            fast = NumpyCrf.from_tagger(tagger, feats, feats.domain)
            if feats.domain:
                # Feature augmentation: the `news:` copies are folded into the shared weights (news
                # text always emits both), so the features now give only the shared attributes, at a
                # plain CRF's cost; crfsuite (`self.tagger`) no longer fits them and is left unused.
                feats.know(set(fast.rows))
        return cls(feats, tagger, consistency, fast)

    def tag(self, sentences: list[list[str]]) -> list[list[str]]:
        """BIO tags for each token of each sentence; the sentences are one document."""
        return self.tag_documents([sentences])[0]

    def tag_documents(self, documents: list[list[list[str]]]) -> list[list[list[str]]]:
        """`tag` of each document; the numpy CRF runs the sentences of all of them in one batch."""
        if self.fast is None:
            out = [[self.tagger.tag(x) if x else [] for x in self.features.document(d)] for d in documents]
            if self.consistency:
                out = [propagate(self.features, d, tags) for d, tags in zip(documents, out, strict=True)]
            return out
        flat = self.fast.tag([s for d in documents for s in d])
        out = []
        at = 0
        for d in documents:
            tags = flat[at : at + len(d)]
            at += len(d)
            if self.consistency:
                tags = propagate(self.features, d, tags, self.fast.words(d))
            out.append(tags)
        return out


def _key(words: list[tuple[str, str]]) -> tuple[str, ...]:
    """A name's matching key: folded words, the first without a guarded proclitic."""
    return (words[0][1], *(w[0] for w in words[1:]))


def propagate(
    feats: Features,
    sentences: list[list[str]],
    tags: list[list[str]],
    words: list[list[tuple[str, str]]] | None = None,
) -> list[list[str]]:
    """Document-level consistency: a name tagged once is tagged alike where it was left O.

    A news article names a person in full once and then repeats the name; the CRF often
    catches one mention and misses another. Names are matched on folded words with guarded
    clitic stripping (بسوريا matches سوريا); only runs of O are relabelled, never other names.
    `words` gives each token's (folded form, guarded stem) when the caller has them already
    (the BiLSTM tagger); otherwise they come from the CRF feature cache.
    """
    if words is None:
        cache = feats._cache
        words = [[(e[0], e[6]) for e in (cache.get(t) or feats.entry(t) for t in toks)] for toks in sentences]
    docs = words
    votes: dict[tuple[str, ...], dict[str, int]] = {}
    for ents, tg in zip(docs, tags, strict=True):
        start = -1
        for i, t in enumerate([*tg, "O"]):
            if start >= 0 and not t.startswith("I-"):
                key = _key(ents[start:i])
                lab = tg[start][2:]
                votes.setdefault(key, {}).setdefault(lab, 0)
                votes[key][lab] += 1
                start = -1
            if t.startswith("B-") or (t.startswith("I-") and start < 0):
                start = i
    names = {
        k: max(v, key=v.__getitem__)
        for k, v in votes.items()
        if len(k) > 1 or feats.rank.get(k[0], FREQUENT_RANK) >= PROPAGATE_RANK
    }
    # After the full name, news repeats a person by the family name alone (أوباما).
    for k, lab in list(names.items()):
        if lab == "PER" and len(k) > 1 and feats.rank.get(k[-1], FREQUENT_RANK) >= SURNAME_RANK:
            names.setdefault((k[-1],), "PER")
    if not names:
        return tags
    longest = max(map(len, names))
    firsts = {k[0] for k in names}
    out = []
    for ents, tg in zip(docs, tags, strict=True):
        tg = list(tg)
        i = 0
        while i < len(ents):
            hit = 0
            if tg[i] == "O" and ents[i][1] in firsts:
                for n in range(min(longest, len(ents) - i), 0, -1):
                    if any(t != "O" for t in tg[i : i + n]):
                        continue
                    lab = names.get(_key(ents[i : i + n]), "")
                    if lab and (i + n == len(ents) or not tg[i + n].startswith("I-")):
                        tg[i : i + n] = ["B-" + lab] + ["I-" + lab] * (n - 1)
                        hit = n
                        break
            i += hit or 1
        out.append(tg)
    return out
