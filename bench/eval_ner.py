"""Evaluate the shipped NER model: exact-span micro P/R/F1 on the shared NER test sets.

`python -m bench.eval_ner` prints a table; `--check` compares F1 with the floors pinned in
`tests/eval/ner_floors.json` and exits 1 if any score dropped below its floor. `--model lstm|ens`
scores another tagger; its floors are the keys prefixed `MODEL:` (the shipped CRF's have none).
`--npz FILE` scores a BiLSTM-CRF exported by train/ner_lstm.py (an experiment; no floors), `--with-crf W`
that file beside the shipped CRF in an ensemble at CRF weight W (marsad/models/ner/ensemble.py), `--vote-npz
FILE [--keep-labels ORG,MISC]` the label-wise vote of `ner.ens.v1` and the pair of that file beside the CRF
(marsad/models/ner/vote.py, MODEL.md round 17; prints which `ens:` floors it is below, judging nothing).
`--passes [--passes-off G1,G2]` runs the entities stage's rule passes after the model (bench/ner_passes.py,
MODEL.md round 21; an experiment, no floors; round 21's rules allowed it no test read).
An entity is a maximal run of B-X/I-X of one label X; an I-X after O or after another label
starts a new entity (the conlleval convention); PERS counts as PER, AQMAR's MIS as MISC.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from marsad.models.ner import KINDS

# The CoNLL reader and scorer live in train/conll.py (training must not import bench/); all re-exported.
from train.conll import (  # noqa: F401
    DOC_SENTENCES,
    LABEL_MAP,
    LABELS,
    Sentence,
    entities,
    normalize_tag,
    read_conll,
    score,
    shared_dir,
)

ROOT = Path(__file__).resolve().parents[1]
FLOORS = ROOT / "tests" / "eval" / "ner_floors.json"
# Pseudo-articles passed to a model's tag_documents at once (the pipeline's batch size).
DOC_BATCH = 64


# name -> path under the shared data dir; the repaired test.txt is the honest score.
TEST_SETS = {
    "anercorp test.txt": "ner/anercorp/test.txt",
    "anercorp test.official": "ner/anercorp/test.official.txt",
    "aqmar test": "ner/aqmar/test.txt",
    "wojood flat4 test": "ner/wojood_sample/flat4/test.txt",
}


def load_npz(path: Path, crf_weight: float | None) -> Any:
    """A BiLSTM-CRF file with the shipped feature data (every BiLSTM-CRF here was trained with them),
    alone or in an ensemble beside the shipped CRF at CRF weight `crf_weight`."""
    import numpy as np

    from marsad.models.ner import MODEL_DIR, NerModel, load_features
    from marsad.models.ner.ensemble import EnsembleNer
    from marsad.models.ner.lstm import LstmNer

    with np.load(path) as z:
        params = {k: z[k] for k in z.files}
    if crf_weight is None:
        return LstmNer(params, load_features(MODEL_DIR))
    crf = NerModel.load(MODEL_DIR, kind="crf")
    assert isinstance(crf, NerModel)
    return EnsembleNer(crf, [LstmNer(params, crf.features, consistency=False)], crf_weight)


def load_vote(path: Path, keep_labels: tuple[str, ...]) -> Any:
    """The label-wise vote of round 17: ner.ens.v1's spans of `keep_labels` first, then the other spans
    of the pair CRF + the BiLSTM-CRF file `path` (vote.py's weights) where free."""
    import numpy as np

    from marsad.models.ner import MODEL_DIR
    from marsad.models.ner.ensemble import ENS_MEMBERS, load_members
    from marsad.models.ner.lstm import LstmNer
    from marsad.models.ner.vote import KEEP_WEIGHTS, PAIR_WEIGHTS, LabelVoteNer

    crf, members = load_members(MODEL_DIR, ENS_MEMBERS)
    with np.load(path) as z:
        members.append(LstmNer({k: z[k] for k in z.files}, crf.features, consistency=False))
    return LabelVoteNer(crf, members, KEEP_WEIGHTS, PAIR_WEIGHTS, keep_labels)


def evaluate(model: object, names: Iterable[str] = TEST_SETS) -> dict[str, dict[str, dict[str, float]]]:
    """Score `model` (anything with `.tag(sentences)`) on the named test sets."""
    results = {}
    for name in names:
        sents = read_conll(shared_dir() / TEST_SETS[name])
        toks = [s[0] for s in sents]
        # The model treats one tag() call as one article; the test files have no article
        # boundaries, so they are fed in runs of DOC_SENTENCES consecutive sentences.
        docs = [toks[i : i + DOC_SENTENCES] for i in range(0, len(toks), DOC_SENTENCES)]
        many = getattr(model, "tag_documents", None)
        pred = []
        if many is not None:
            # DOC_BATCH articles a call, as the entities stage passes a pipeline batch: the same tags
            # as one call each (the document pass stays inside each article), in less time.
            for i in range(0, len(docs), DOC_BATCH):
                pred += [s for d in many(docs[i : i + DOC_BATCH]) for s in d]
        else:
            for d in docs:
                pred += model.tag(d)  # type: ignore[attr-defined]
        results[name] = score([s[1] for s in sents], pred)
    return results


def table(results: dict[str, dict[str, dict[str, float]]]) -> str:
    """Format results as a markdown table (percent)."""
    head = "| set | P | R | F1 | " + " | ".join(f"{lab} F1" for lab in LABELS) + " |"
    rows = [head, "|" + "---|" * (4 + len(LABELS))]
    for name, r in results.items():
        a = r["all"]
        cells = [f"{100 * a['p']:.1f}", f"{100 * a['r']:.1f}", f"{100 * a['f1']:.1f}"]
        cells += [f"{100 * r[lab]['f1']:.1f}" for lab in LABELS]
        rows.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def floor_prefix(model: str | None) -> str:
    """The prefix of a model's keys in the floors file: none for the shipped CRF, else `MODEL:`."""
    return "" if model in (None, "crf") else f"{model}:"


def check(
    results: dict[str, dict[str, dict[str, float]]], floors: dict[str, float], model: str | None = None
) -> list[str]:
    """Names of the scores ("set/label"; prefixed for a non-default model) below their pinned floors."""
    failed = []
    prefix = floor_prefix(model)
    for key, floor in floors.items():
        if key.rpartition(":")[0] != prefix.rstrip(":"):
            continue
        name, label = key[len(prefix) :].rsplit("/", 1)
        if name in results and results[name][label]["f1"] < floor:
            failed.append(f"{key}: {results[name][label]['f1']:.4f} < floor {floor}")
    return failed


def main() -> None:
    """Print the score table; with --check, exit 1 on a score below its floor."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--check", action="store_true", help="compare with tests/eval/ner_floors.json")
    ap.add_argument("--write-floors", action="store_true", help="raise floors to score - 0.01 (never lowers)")
    ap.add_argument(
        "--model",
        choices=KINDS,
        default=None,
        help="default: what NerModel.load() ships (the CRF); ens: the ensemble ner.ens.v1",
    )
    ap.add_argument("--npz", type=Path, default=None, help="a BiLSTM-CRF file of train.ner_lstm instead")
    ap.add_argument("--with-crf", type=float, default=None, help="--npz: beside the CRF at this weight")
    ap.add_argument("--vote-npz", type=Path, default=None, help="the round-17 vote with this LM BiLSTM-CRF")
    ap.add_argument("--keep-labels", default="ORG,MISC", help="--vote-npz: labels ner.ens.v1 places first")
    ap.add_argument("--passes", action="store_true", help="the entities stage's passes after the model")
    ap.add_argument("--passes-off", default="", help="--passes: pass groups switched off (bench.ner_passes)")
    args = ap.parse_args()
    from marsad.models.ner import NerModel

    model = args.model or os.environ.get("MARSAD_NER") or None
    if args.npz:
        if args.check or args.write_floors:
            raise SystemExit("--npz scores an experiment: it has no floors (drop --check / --write-floors)")
        print(table(evaluate(load_npz(args.npz, args.with_crf))))
        return
    if args.vote_npz:
        if args.check or args.write_floors:
            raise SystemExit("--vote-npz scores an experiment: no floors (drop --check / --write-floors)")
        results = evaluate(load_vote(args.vote_npz, tuple(args.keep_labels.split(","))))
        print(table(results))
        for name, r in results.items():
            print(name, " ".join(f"{k}={100 * v['f1']:.2f}" for k, v in r.items()))
        for line in check(results, json.loads(FLOORS.read_text(encoding="utf-8")), "ens"):
            print("below an ens: floor (information)", line)
        return
    if args.passes:
        if args.check or args.write_floors:
            raise SystemExit(
                "--passes scores an experiment: it has no floors (drop --check / --write-floors)"
            )
        from bench.ner_passes import PassTagger

        off = [g for g in args.passes_off.split(",") if g]
        print(table(evaluate(PassTagger.load(NerModel.load(kind=model), off))))
        return
    results = evaluate(NerModel.load(kind=model))
    print(table(results))
    if args.write_floors:
        import math

        old = json.loads(FLOORS.read_text(encoding="utf-8")) if FLOORS.exists() else {}
        floors = {
            **old,
            **{
                key: max(old.get(key, 0.0), math.floor((r[label]["f1"] - 0.01) * 1000) / 1000)
                for name, r in results.items()
                for label in ("all", *LABELS)
                for key in [f"{floor_prefix(model)}{name}/{label}"]
            },
        }
        FLOORS.parent.mkdir(parents=True, exist_ok=True)
        FLOORS.write_text(json.dumps(floors, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if args.check:
        failed = check(results, json.loads(FLOORS.read_text(encoding="utf-8")), model)
        for line in failed:
            print("BELOW FLOOR", line, file=sys.stderr)
        sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
