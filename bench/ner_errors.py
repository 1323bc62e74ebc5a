"""Count a dev NER model's errors by class on the dev split (MODEL.md round 13). Never reads a test file.

`python -m bench.ner_errors --crf D6/crf.dev.bin [--lstm D17s13/lstm.npz D17s14/lstm.npz --weight 0.34]`
tags the dev split (ANERcorp train's last 600 sentences, or `--fold K`'s, in 15-sentence pieces as
bench/eval_ner feeds the test files), runs the document pass and prints, for the CRF (and, with `--lstm`,
the ensemble of the CRF and those BiLSTM-CRFs at CRF weight `--weight`):
- each gold mention not found exactly, by class: missed (no predicted span overlaps it; its folded words
  unseen in the rest of train, seen there with its label, or with another), right bounds but wrong label,
  same label with the prediction longer, shorter or split, wrong bounds and label;
- each predicted span overlapping no gold mention: unseen in train, a train name with that label, another;
- dev F1 with the document pass, and with `tidy` after it (`marsad/models/ner/tidy.py`).
`--show CLASS` lists a class's mentions with their context.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path

from marsad.arabic import fold
from marsad.models.ner import LABELS, propagate
from marsad.models.ner.tidy import tidy
from train.conll import DOC_SENTENCES, Sentence, entities, score, shared_dir

Span = tuple[int, int, str]


def train_names(train: list[Sentence]) -> dict[str, Counter[str]]:
    """Folded names of a tagged corpus with their label counts."""
    names: dict[str, Counter[str]] = defaultdict(Counter)
    for toks, tags in train:
        for s, e, label in entities(tags):
            names[" ".join(fold(t) for t in toks[s:e])][label] += 1
    return names


def seen(names: dict[str, Counter[str]], words: list[str], label: str) -> str:
    """'unseen', 'seen same label' or 'seen other label': a name's train reading by its majority label."""
    counts = names.get(" ".join(fold(w) for w in words))
    if not counts:
        return "unseen"
    return "seen same label" if counts.most_common(1)[0][0] == label else "seen other label"


def missed_class(gold: Span, pred: set[Span]) -> str:
    """The class of a gold mention not predicted exactly, from the predicted spans overlapping it."""
    s, e, label = gold
    over = [p for p in pred if p[0] < e and s < p[1]]
    if not over:
        return "missed"
    if any(p[0] == s and p[1] == e for p in over):
        return "wrong label"
    same = [p for p in over if p[2] == label]
    if not same:
        return "wrong bounds and label"
    if len(same) > 1:
        return "same label, split"
    p = same[0]
    if p[0] <= s and p[1] >= e:
        return "same label, longer"
    if p[0] >= s and p[1] <= e:
        return "same label, shorter"
    return "same label, split"


def classify(
    dev: list[Sentence], pred: list[list[str]], names: dict[str, Counter[str]]
) -> tuple[Counter[tuple[str, str]], dict[str, list[str]]]:
    """(class, label) counts of the errors of `pred` on `dev`, and each class's mentions in context."""
    counts: Counter[tuple[str, str]] = Counter()
    shown: dict[str, list[str]] = defaultdict(list)
    for (toks, tags), p in zip(dev, pred, strict=True):
        gold, got = entities(tags), entities(p)
        for s, e, label in sorted(gold - got):
            cls = missed_class((s, e, label), got)
            if cls == "missed":
                cls += ", " + seen(names, toks[s:e], label)
            counts[(cls, label)] += 1
            shown[cls].append(f"{label} | {context(toks, s, e)}")
        for s, e, label in sorted(got - gold):
            if any(g[0] < e and s < g[1] for g in gold):
                continue
            cls = "spurious, " + seen(names, toks[s:e], label)
            counts[(cls, label)] += 1
            shown[cls].append(f"{label} | {context(toks, s, e)}")
    return counts, shown


def context(toks: list[str], s: int, e: int) -> str:
    """A mention in brackets between up to four words before it and three after."""
    return f"{' '.join(toks[max(0, s - 4) : s])} [[ {' '.join(toks[s:e])} ]] {' '.join(toks[e : e + 3])}"


def report(name: str, counts: Counter[tuple[str, str]]) -> str:
    """A markdown table of error counts by class, all labels and each."""
    classes = sorted({c for c, _ in counts}, key=lambda c: (c.startswith("spurious"), c))
    rows = [f"| {name}: class | all | " + " | ".join(LABELS) + " |", "|---|---|" + "---|" * len(LABELS)]
    for c in classes:
        by = [counts[(c, label)] for label in LABELS]
        rows.append(f"| {c} | {sum(by)} | " + " | ".join(map(str, by)) + " |")
    return "\n".join(rows)


def f1_line(name: str, dev: list[Sentence], pred: list[list[str]]) -> str:
    """Micro and per-label F1 of `pred` on `dev`, two decimals."""
    r = score([t for _, t in dev], pred)
    return f"{name}: " + " ".join(f"{k}={100 * v['f1']:.2f}" for k, v in r.items())


def main() -> None:
    """Tag the dev split with the given dev models and print their errors by class."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--crf", type=Path, required=True, help="a CRF of train.ner --dev")
    ap.add_argument("--lstm", type=Path, nargs="*", default=[], help="BiLSTM-CRFs of train.ner_lstm --dev")
    ap.add_argument("--weight", type=float, default=0.34, help="the CRF's weight in the ensemble")
    ap.add_argument("--fold", type=int, default=1, help="the dev split the models were trained without")
    ap.add_argument("--show", default="", help="list the mentions of classes starting with this")
    args = ap.parse_args()
    from train.ner import dev_split, load_sets
    from train.ner_ens import dev_ensemble

    train, dev = dev_split(load_sets(shared_dir(), "O")["anercorp"], args.fold)
    names = train_names(train)
    ens = dev_ensemble(args.crf, args.lstm, None)
    toks = [t for t, _ in dev]
    pieces = [toks[i : i + DOC_SENTENCES] for i in range(0, len(toks), DOC_SENTENCES)]
    readings = {"CRF": [ens.crf.fast.tag(p) if ens.crf.fast else ens.crf.tag(p) for p in pieces]}
    if args.lstm:
        w = [args.weight] + [(1 - args.weight) / len(args.lstm)] * len(args.lstm)
        readings["ensemble"] = []
        for p in pieces:
            members = ens.marginals(p)[1]
            readings["ensemble"].append(
                ens.decode([sum(wi * m[k] for wi, m in zip(w, members, strict=True)) for k in range(len(p))])
            )
    for name, tagged in readings.items():
        doc = [s for p, t in zip(pieces, tagged, strict=True) for s in propagate(ens.features, p, t)]
        print(f1_line(f"{name} alone", dev, [s for t in tagged for s in t]))
        print(f1_line(f"{name} + document pass", dev, doc))
        print(f1_line(f"{name} + document pass + tidy", dev, tidy(toks, doc)))
        counts, shown = classify(dev, doc, names)
        print(report(name + " + document pass", counts), end="\n\n")
        for cls, lines in shown.items():
            if args.show and cls.startswith(args.show):
                print(f"== {name}: {cls} ({len(lines)})", *lines, sep="\n")


if __name__ == "__main__":
    main()
