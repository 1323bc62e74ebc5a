"""Write a NER model's tags on fixed text, to check that a speed change leaves them alone.

`python -m bench.ner_tags --model ens --out A.json` tags the dev split (ANERcorp train's last 600
sentences, 15-sentence pieces) and unseen ANT news (`--tokens`, as bench.ner_speed reads it), one `tag()`
call a piece or article (`--batch N`: N a `tag_documents` call), and writes the tags; `--against B.json`
prints how many tags differ from another run's. To compare with an older revision, run this file from
the current tree with PYTHONPATH pointing at the older one (`git archive REV marsad | tar -x -C DIR`);
the ensemble is built from its parts, so an older ensemble class with the same constructor serves.
`--npz FILE [--with-crf W]` tags with a BiLSTM-CRF file instead (as bench.eval_ner loads it); `--sets test`
tags the four test files of bench.eval_ner (15-sentence pieces; no score is computed) instead of dev and
news. The md5 of the tags is printed, so two runs can be compared without a file.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
from pathlib import Path
from typing import Any

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

from bench.eval_ner import DOC_SENTENCES, TEST_SETS, load_npz, read_conll, shared_dir  # noqa: E402
from bench.ner_speed import news_articles  # noqa: E402
from marsad.models.ner import KINDS  # noqa: E402

DEV_SIZE = 600


def load(kind: str) -> object:
    """The tagger: crf, lstm, or the ensemble ner.ens.v1 built from its parts."""
    from marsad.models.ner import NerModel

    if kind != "ens":
        return NerModel.load(kind=kind)
    from marsad.models.ner.ensemble import EnsembleNer
    from marsad.models.ner.lstm import LstmNer

    crf = NerModel.load(kind="crf")
    # ner.ens.v1's members and CRF weight (MODEL.md row 22), spelled out for older trees.
    return EnsembleNer(crf, [LstmNer.load(name=n) for n in ("lstm.npz", "lstm2.npz")], 0.34)  # type: ignore[arg-type]


def main() -> None:
    """Tag, write, compare."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--model", choices=KINDS, default="ens")
    ap.add_argument("--tokens", type=int, default=30_000, help="ANT news tokens after the dev split")
    ap.add_argument("--batch", type=int, default=1, help="pieces per tag_documents call (1: tag())")
    ap.add_argument("--out", help="write the tags here (JSON)")
    ap.add_argument("--against", help="count the tags that differ from this file's")
    ap.add_argument("--npz", type=Path, default=None, help="a BiLSTM-CRF file of train.ner_lstm instead")
    ap.add_argument("--with-crf", type=float, default=None, help="--npz: beside the CRF at this weight")
    ap.add_argument("--sets", choices=("dev", "test"), default="dev", help="dev + news, or the test files")
    args = ap.parse_args()
    docs: list[list[list[str]]] = []
    parts: dict[str, tuple[int, int]] = {}  # test set -> its pieces' range in docs
    if args.sets == "test":
        for name, path in TEST_SETS.items():
            sents = [s[0] for s in read_conll(shared_dir() / path)]
            start = len(docs)
            docs += [sents[i : i + DOC_SENTENCES] for i in range(0, len(sents), DOC_SENTENCES)]
            parts[name] = (start, len(docs))
    else:
        sents = [s[0] for s in read_conll(shared_dir() / "ner/anercorp/train.txt")[-DEV_SIZE:]]
        docs = [sents[i : i + DOC_SENTENCES] for i in range(0, len(sents), DOC_SENTENCES)]
        docs += news_articles(args.tokens, skip=20_000)
    model: Any = load_npz(args.npz, args.with_crf) if args.npz else load(args.model)
    if args.batch > 1:
        tags = [
            d for i in range(0, len(docs), args.batch) for d in model.tag_documents(docs[i : i + args.batch])
        ]
    else:
        tags = [model.tag(d) for d in docs]
    n = sum(len(s) for d in docs for s in d)
    for name, (a, b) in parts.items():
        print(f"{name}: md5 {hashlib.md5(json.dumps(tags[a:b]).encode()).hexdigest()}")
    digest = hashlib.md5(json.dumps(tags).encode()).hexdigest()
    ents = sum(t.startswith("B-") for d in tags for s in d for t in s)
    print(f"{n} tokens tagged, {ents} entities, md5 {digest}")
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            json.dump(tags, fh)
    if args.against:
        with open(args.against, encoding="utf-8") as fh:
            other = json.load(fh)
        diff = sum(
            a != b
            for x, y in zip(tags, other, strict=True)
            for s, t in zip(x, y, strict=True)
            for a, b in zip(s, t, strict=True)
        )
        print(f"{diff} tags differ from {args.against}")


if __name__ == "__main__":
    main()
