"""Evaluate the shipped NER model: exact-span micro P/R/F1 on the shared NER test sets.

`python -m bench.eval_ner` prints a table; `--check` compares F1 with the floors pinned in
`tests/eval/ner_floors.json` and exits 1 if any score dropped below its floor. `--model lstm|ens`
scores another tagger; its floors are the keys prefixed `MODEL:` (the shipped CRF's have none).
An entity is a maximal run of B-X/I-X of one label X; an I-X after O or after another label
starts a new entity (the conlleval convention); PERS counts as PER, AQMAR's MIS as MISC.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FLOORS = ROOT / "tests" / "eval" / "ner_floors.json"
LABELS = ("PER", "ORG", "LOC", "MISC")
# Label names of the source corpora mapped to marsad's four.
LABEL_MAP = {"PERS": "PER", "MIS": "MISC"}
Sentence = tuple[list[str], list[str]]
# ANERcorp averages about 15 sentences an article (316 articles, 150k tokens): the size of
# the pseudo-documents the test files are cut into.
DOC_SENTENCES = 15
# Pseudo-articles passed to a model's tag_documents at once (the pipeline's batch size).
DOC_BATCH = 64


def shared_dir() -> Path:
    """The shared data directory: $MARSAD_SHARED, else ../shared/data beside the repo."""
    env = os.environ.get("MARSAD_SHARED")
    return Path(env) if env else ROOT.parent / "shared" / "data"


# name -> path under the shared data dir; the repaired test.txt is the honest score.
TEST_SETS = {
    "anercorp test.txt": "ner/anercorp/test.txt",
    "anercorp test.official": "ner/anercorp/test.official.txt",
    "aqmar test": "ner/aqmar/test.txt",
    "wojood flat4 test": "ner/wojood_sample/flat4/test.txt",
}


def normalize_tag(tag: str, mapping: dict[str, str] | None = None) -> str:
    """Map a corpus tag to marsad's BIO tags (unknown labels become O)."""
    if tag == "O" or len(tag) < 3 or tag[1] != "-":
        return "O"
    label = tag[2:]
    label = (mapping or LABEL_MAP).get(label, label)
    if label not in LABELS:
        return "O"
    return tag[0] + "-" + label


def read_conll(path: Path, mapping: dict[str, str] | None = None) -> list[Sentence]:
    """Read `TOKEN TAG` (space or tab) lines, blank line between sentences; tags normalized."""
    sents: list[Sentence] = []
    toks: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n").replace("\u200e", "").replace("\u200f", "")
            parts = line.split("\t") if "\t" in line else line.split(" ")
            if not line.strip() or len(parts) < 2 or not parts[0]:
                if toks:
                    sents.append((toks, tags))
                    toks, tags = [], []
                continue
            toks.append(parts[0])
            tags.append(normalize_tag(parts[-1], mapping))
    if toks:
        sents.append((toks, tags))
    return sents


def entities(tags: Iterable[str]) -> set[tuple[int, int, str]]:
    """Exact spans (start, end, label) of a BIO sequence; I-X after O or another label starts one."""
    out = set()
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        cur = tag[2:] if tag != "O" else ""
        cur = LABEL_MAP.get(cur, cur)
        if label and (tag == "O" or tag.startswith("B-") or cur != label):
            out.add((start, i, label))
            label = ""
        if cur and not label:
            start, label = i, cur
    return out


def score(gold: list[list[str]], pred: list[list[str]]) -> dict[str, dict[str, float]]:
    """Micro P/R/F1 overall ("all") and per label over sentence-aligned tag sequences."""
    tp: Counter[str] = Counter()
    ng: Counter[str] = Counter()
    np_: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        ge, pe = entities(g), entities(p)
        for e in ge:
            ng[e[2]] += 1
        for e in pe:
            np_[e[2]] += 1
        for e in ge & pe:
            tp[e[2]] += 1
    out = {}
    for label in ("all", *LABELS):
        t = sum(tp.values()) if label == "all" else tp[label]
        g = sum(ng.values()) if label == "all" else ng[label]
        p = sum(np_.values()) if label == "all" else np_[label]
        prec = t / p if p else 0.0
        rec = t / g if g else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[label] = {"p": prec, "r": rec, "f1": f1, "n": g}
    return out


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
        choices=["crf", "lstm", "ens"],
        default=None,
        help="default: what NerModel.load() ships (the CRF); ens: the ensemble ner.ens.v1",
    )
    args = ap.parse_args()
    from marsad.models.ner import NerModel

    model = args.model or os.environ.get("MARSAD_NER") or None
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
