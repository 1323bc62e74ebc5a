"""Write trained_on.ens.json, the manifest of the NER ensemble `ner.ens.v1` (it has no training of its own).

`ner.ens.v1` (marsad/models/ner/ensemble.py) averages the tag marginals of three models, each built on all
of ANERcorp train by its own command (MODEL.md):
- the CRF `ner.crf.v1` (`python -m train.ner`: crf.bin, trained_on.json);
- the BiLSTM-CRF of MODEL.md row 17 (`python -m train.ner_lstm`: lstm.npz, trained_on.lstm.json);
- the BiLSTM-CRF of row 18 (`python -m train.ner_lstm --word-drop 0.4 --epochs 11 --name lstm2`:
  lstm2.npz, trained_on.lstm2.json).
The weights and members were chosen on the dev split (row 22); `python -m train.ner_ens` gathers the
members' manifests with them into one file.

`python -m train.ner_ens --dev --crf D1/crf.dev.bin --lstm D2/lstm.npz D3/lstm.npz [--profiles P]` scores
an ensemble of dev models (trained without ANERcorp train's last 600 sentences: `train.ner --dev --out D1`,
`train.ner_lstm --dev --out D2`) on those sentences, at each CRF weight of `--weights`, alone and with
the document pass (MODEL.md rows 21-22, 30, 43-47); `--profiles` is the profiles.tsv the CRF was trained with.
With `--vote` the three BiLSTM-CRFs are read as the vote's (lstm, lstm2, and the new reading's third member;
marsad/models/ner/vote.py) and the label-wise vote is scored instead, in both shapes (MODEL.md round 10;
`--vote-new 0.4,0,0,0.6`: round 17's new reading, the CRF + LM BiLSTM-CRF pair).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import numpy as np

from marsad.models.ner import MODEL_DIR, NerModel, propagate, read_clusters
from marsad.models.ner.ensemble import ENS_CRF_WEIGHT, ENS_MEMBERS, EnsembleNer
from marsad.models.ner.files import read_profiles
from marsad.models.ner.lstm import LstmNer
from train.conll import DOC_SENTENCES, score, shared_dir

MANIFESTS = {
    "crf.bin": "trained_on.json",
    "lstm.npz": "trained_on.lstm.json",
    "lstm2.npz": "trained_on.lstm2.json",
}
# The dev choice (MODEL.md row 22): dev models trained without ANERcorp train's last 600 sentences.
DEV = {
    "split": "ANERcorp train's last 600 sentences, 15-sentence pieces, models trained on the rest",
    "f1": 72.8,
    "f1_without_document_pass": 71.2,
    "bar": "CRF 71.4 + 1.0 = 72.4 (set before the runs)",
    "crf_weights_tried": {"0.34": 72.8, "0.4": 72.8, "0.5": 72.0},
}


# CRF weights scored by --dev (rows 22 and 30 read 0.25-0.5; the BiLSTM-CRFs share the rest equally).
DEV_WEIGHTS = "0.25,0.34,0.4,0.45,0.5"


def dev_ensemble(
    crf_path: Path, lstm_paths: list[Path], profiles: Path | None, shares: tuple[float, ...] | None = None
) -> EnsembleNer:
    """An ensemble of dev models: the CRF with the shipped feature data (and profiles), the BiLSTM-CRFs.

    `shares`: each BiLSTM-CRF's share of the weight the CRF leaves (default equal).
    """
    import pycrfsuite

    from marsad.models.ner.crf_numpy import NumpyCrf
    from train.ner import build_names, features_for, load_sets

    clusters = read_clusters(MODEL_DIR / "clusters.tsv")
    rank = {w: i for i, w in enumerate(clusters)}
    names = build_names(shared_dir(), load_sets(shared_dir(), "O"), rank, False)
    feats = features_for(names, clusters, profiles=read_profiles(profiles) if profiles else None)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(crf_path))
    feats.know(set(tagger.info().attributes))
    crf = NerModel(feats, tagger, fast=NumpyCrf.from_tagger(tagger, feats))
    lstms = []
    for path in lstm_paths:
        with np.load(path) as z:
            lstms.append(LstmNer({k: z[k] for k in z.files}, feats, consistency=False))
    return EnsembleNer(crf, lstms, shares=shares)


def dev_scores(ens: EnsembleNer, weights: list[float]) -> list[str]:
    """Dev F1 lines of the ensemble at each CRF weight, alone and with the document pass.

    The members' marginals are computed once per 15-sentence piece (as bench/eval_ner feeds the test
    files) and re-weighted for each weight.
    """
    from train.ner import DEV_SIZE, load_sets

    dev = load_sets(shared_dir(), "O")["anercorp"][-DEV_SIZE:]
    toks = [t for t, _ in dev]
    pieces = [toks[i : i + DOC_SENTENCES] for i in range(0, len(toks), DOC_SENTENCES)]
    members = [ens.marginals(p)[1] for p in pieces]
    lines = []
    for w in weights:
        rest = [(1.0 - w) * share for share in ens.shares]
        plain: list[list[str]] = []
        doc: list[list[str]] = []
        for piece, ms in zip(pieces, members, strict=True):
            mean = [
                w * ms[0][k] + sum(r * m[k] for r, m in zip(rest, ms[1:], strict=True))
                for k in range(len(piece))
            ]
            tags = ens.decode(mean)
            plain += tags
            doc += propagate(ens.features, piece, tags, ens.crf.fast.words(piece) if ens.crf.fast else None)
        for name, pred in ((f"w={w:.2f}", plain), (f"w={w:.2f}+doc", doc)):
            lines.append(_line(name, score([g for _, g in dev], pred)))
    return lines


def _line(name: str, r: dict[str, dict[str, float]]) -> str:
    """One dev score line: F1 per label and P/R, two decimals (means over seeds are judged)."""
    return (
        f"{name} "
        + " ".join(f"{k}={100 * v['f1']:.2f}" for k, v in r.items())
        + f" P={100 * r['all']['p']:.2f} R={100 * r['all']['r']:.2f}"
    )


# The vote's shapes scored on dev (MODEL.md rounds 10 and 17): the labels whose spans the keep reading
# places first (56d/82d: ORG and MISC; 56f/82f: MISC only).
VOTE_SHAPES = (("ORG", "MISC"), ("MISC",))


def vote_scores(ens: EnsembleNer, new_weights: tuple[float, ...] | None = None) -> list[str]:
    """Dev F1 lines of the label-wise vote over the dev members (document pass included), per shape.

    The keep reading is ner.ens.v1's weights over the CRF and the first two BiLSTM-CRFs; the new reading's
    weights are `new_weights` (default vote.py's NEW_WEIGHTS, round 10). Each reading alone is printed too.
    """
    from marsad.models.ner.vote import KEEP_WEIGHTS, NEW_WEIGHTS, LabelVoteNer, vote
    from train.ner import DEV_SIZE, load_sets

    voter = LabelVoteNer(ens.crf, ens.lstms, KEEP_WEIGHTS, new_weights or NEW_WEIGHTS)
    dev = load_sets(shared_dir(), "O")["anercorp"][-DEV_SIZE:]
    toks = [t for t, _ in dev]
    keep: list[list[str]] = []
    new: list[list[str]] = []
    for i in range(0, len(toks), DOC_SENTENCES):
        k, n = voter.readings([toks[i : i + DOC_SENTENCES]])[0]
        keep += k
        new += n
    gold = [g for _, g in dev]
    lines = [_line("keep+doc", score(gold, keep)), _line("new+doc", score(gold, new))]
    for labels in VOTE_SHAPES:
        pred = [vote(k, n, labels) for k, n in zip(keep, new, strict=True)]
        lines.append(_line(f"vote[{','.join(labels)}]+doc", score(gold, pred)))
    return lines


def main() -> None:
    """Write trained_on.ens.json beside the members; with --dev, score dev models instead."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--dev", action="store_true", help="score dev models on the dev split (writes nothing)")
    ap.add_argument("--crf", type=Path, help="--dev: a CRF of train.ner --dev")
    ap.add_argument("--profiles", type=Path, help="--dev: the profiles.tsv that CRF was trained with")
    ap.add_argument("--lstm", type=Path, nargs="*", default=[], help="--dev: train.ner_lstm --dev models")
    ap.add_argument("--weights", default=DEV_WEIGHTS, help="--dev: CRF weights to score, comma-separated")
    ap.add_argument(
        "--shares",
        default=None,
        help="--dev: the BiLSTM-CRFs' shares of the rest, e.g. 0.5,0.25,0.25 (round 11)",
    )
    ap.add_argument("--vote", action="store_true", help="--dev: score the label-wise vote (three --lstm)")
    ap.add_argument(
        "--vote-new",
        default=None,
        help="--vote: the new reading's weights of the CRF and each --lstm, e.g. 0.4,0,0,0.6 (round 17)",
    )
    args = ap.parse_args()
    if args.dev:
        if args.crf is None:
            ap.error("--dev needs --crf")
        shares = tuple(float(x) for x in args.shares.split(",")) if args.shares else None
        ens = dev_ensemble(args.crf, args.lstm, args.profiles, shares)
        if args.vote:
            new = tuple(float(x) for x in args.vote_new.split(",")) if args.vote_new else None
            for line in vote_scores(ens, new):
                print(line, flush=True)
            return
        for line in dev_scores(ens, [float(x) for x in args.weights.split(",")]):
            print(line, flush=True)
        return
    members: list[dict[str, Any]] = []
    for name in ("crf.bin", *ENS_MEMBERS):
        manifest = json.loads((MODEL_DIR / MANIFESTS[name]).read_text(encoding="utf-8"))
        share = ENS_CRF_WEIGHT if name == "crf.bin" else (1 - ENS_CRF_WEIGHT) / len(ENS_MEMBERS)
        members.append(
            {
                "file": name,
                "manifest": MANIFESTS[name],
                "weight": round(share, 4),
                "seed": manifest.get("seed"),
                "params": manifest.get("params"),
                "sentences": manifest.get("sentences"),
                "training_seconds": manifest.get("training_seconds"),
                "training_cpu_seconds": manifest.get("training_cpu_seconds"),
            }
        )
    out = {
        "model": EnsembleNer.source,
        "members": members,
        "decoding": "weighted mean of per-token tag marginals, Viterbi over their logs with BIO rules, "
        "then the document pass (propagate)",
        "chosen_on_dev": DEV,
    }
    path = MODEL_DIR / "trained_on.ens.json"
    path.write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
