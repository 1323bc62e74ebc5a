"""Measure the NER model's load time and tagging speed (tokens/s, one process, one core).

`python -m bench.ner_speed` tags unseen news (ANT v2.1 articles, split on whitespace and
punctuation as the pipeline does, clitics attached) so the per-word feature cache starts cold.
One `tag()` call per article by default; `--batch N` passes N articles to `tag_documents` at once,
as the entities stage does with a pipeline batch (64 articles). `--npz FILE` times a BiLSTM-CRF file of
train/ner_lstm.py (e.g. a dev member) instead, `--with-crf W` beside the shipped CRF at CRF weight W;
`--vote-npz FILE [--keep-labels MISC]` the label-wise vote of round 17 with that LM BiLSTM-CRF.
"""

from __future__ import annotations

import os

# One core: BLAS threads would add their CPU time (and spin) to a one-core figure.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import itertools  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

from bench.eval_ner import load_npz, load_vote, shared_dir  # noqa: E402
from marsad.models.ner import KINDS  # noqa: E402

# Whitespace and punctuation split, as the pipeline's tokenizer: بسوريا stays one token.
TOKEN = re.compile(r"\w+|[^\w\s]")
SENT_END = frozenset(".!?؟")


def news_articles(n_tokens: int, skip: int = 0) -> list[list[list[str]]]:
    """About `n_tokens` tokens of ANT news as articles of sentences (after `skip` articles)."""
    path = shared_dir() / "corpora" / "ant_v2.1" / "ant_v2.1_multisource.jsonl"
    docs: list[list[list[str]]] = []
    total = 0
    with path.open(encoding="utf-8") as fh:
        for line in itertools.islice(fh, skip, None):
            sents: list[list[str]] = []
            cur: list[str] = []
            for tok in TOKEN.findall(json.loads(line).get("text") or ""):
                cur.append(tok)
                if tok in SENT_END or len(cur) >= 80:
                    sents.append(cur)
                    total += len(cur)
                    cur = []
            if cur:
                sents.append(cur)
                total += len(cur)
            docs.append(sents)
            if total >= n_tokens:
                break
    return docs


def main() -> None:
    """Print load time and tokens/s."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--tokens", type=int, default=200_000)
    ap.add_argument(
        "--model",
        choices=KINDS,
        default=None,
        help="default: what NerModel.load() ships (the CRF); ens: the ensemble ner.ens.v1",
    )
    ap.add_argument("--batch", type=int, default=1, help="articles per tag_documents call (1: tag())")
    ap.add_argument("--npz", type=Path, default=None, help="a BiLSTM-CRF file of train.ner_lstm instead")
    ap.add_argument("--with-crf", type=float, default=None, help="--npz: beside the CRF at this weight")
    ap.add_argument("--vote-npz", type=Path, default=None, help="the round-17 vote with this LM BiLSTM-CRF")
    ap.add_argument("--keep-labels", default="ORG,MISC", help="--vote-npz: labels ner.ens.v1 places first")
    args = ap.parse_args()
    docs = news_articles(args.tokens, skip=20_000)
    n = sum(len(s) for d in docs for s in d)
    t0 = time.perf_counter()
    from marsad.models.ner import NerModel

    if args.vote_npz:
        model = load_vote(args.vote_npz, tuple(args.keep_labels.split(",")))
    else:
        model = load_npz(args.npz, args.with_crf) if args.npz else NerModel.load(kind=args.model)
    load = time.perf_counter() - t0
    t1, c1 = time.perf_counter(), time.process_time()
    # One tag() call per article, or --batch articles per tag_documents() call as the entities stage.
    if args.batch > 1:
        tags = [
            t
            for i in range(0, len(docs), args.batch)
            for d in model.tag_documents(docs[i : i + args.batch])
            for t in d
        ]
    else:
        tags = [t for d in docs for t in model.tag(d)]
    secs, cpu = time.perf_counter() - t1, time.process_time() - c1
    ents = sum(t.startswith("B-") for s in tags for t in s)
    # CPU time is the one-core figure; wall time also counts other processes on a shared machine.
    print(
        f"load {load:.2f}s; tagged {n} tokens ({ents} entities): "
        f"{n / cpu:,.0f} tokens/s of CPU time, {n / secs:,.0f} tokens/s wall"
    )


if __name__ == "__main__":
    main()
