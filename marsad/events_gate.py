"""The trigger gate: a logistic model that keeps an ASSAULT/PROTEST trigger only when it reports an event.

Keyword triggers find nearly every sentence that reports an attack or a protest, but the same words
fill sentences that discuss, remember or analyse violence (the event gold's "no" sentences are chosen
for containing them). The gate scores each candidate from the trigger's lemma and aspect, the words
around it and the sentence's words (folded stems without ال), and keeps it above a threshold.

Trained by `python -m train.events` on the dev half of shared/data/events/arabic_event_gsr only: one
model per type on that type's file (the positive label is "yes"; ambiguous rows are left out). The
threshold is the one that maximises F1 over out-of-fold scores of the training rows. The file is
marsad/models/events/gate.json (feature weights, bias, threshold per type).
"""

from __future__ import annotations

import csv
import hashlib
import json
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from marsad.events_lexicon import Trigger
from marsad.stages.events import Gate

MODEL = Path(__file__).resolve().parent / "models" / "events" / "gate.json"
GOLD = Path(__file__).resolve().parents[2] / "shared" / "data" / "events" / "arabic_event_gsr"
TYPES = ("ASSAULT", "PROTEST")
MIN_COUNT = 2  # features seen in fewer training sentences are dropped (keeps the file small)
C = 0.5  # inverse L2 strength, fixed a priori (not tuned)


def features(keys: Sequence[str], first: int, last: int, trig: Trigger, kind: str) -> list[str]:
    """The gate's features for one candidate."""

    def bare(w: str) -> str:
        return w[2:] if w.startswith("ال") and len(w) > 4 else w

    feats = [
        f"t={trig.lemma}",
        f"a={trig.aspect}",
        f"ta={trig.lemma}|{trig.aspect}",
        f"pos={4 * first // max(len(keys), 1)}",
    ]
    for d in (-3, -2, -1):
        if first + d >= 0:
            feats.append(f"w{d}={bare(keys[first + d])}")
    for d in (1, 2, 3):
        if last + d < len(keys):
            feats.append(f"w+{d}={bare(keys[last + d])}")
    feats += [f"b={bare(w)}" for w in set(keys)]
    if any(w.isdigit() for w in keys):
        feats.append("digit")
    return feats


class LogisticGate(Gate):
    """The trained gate: weights per type, a bias and a threshold."""

    def __init__(self, model: dict[str, Any]) -> None:
        self.model = model

    def score(self, keys: Sequence[str], first: int, last: int, trig: Trigger, kind: str) -> float:
        """The probability that the candidate reports an event of `kind`."""
        m = self.model[kind]
        weights = m["weights"]
        z = m["bias"] + sum(weights.get(f, 0.0) for f in features(keys, first, last, trig, kind))
        return 1.0 / (1.0 + math.exp(-z))

    def keep(self, keys: Sequence[str], first: int, last: int, trig: Trigger, kind: str) -> bool:
        """True when the candidate scores at or above its type's threshold."""
        if kind not in self.model:
            return True
        return self.score(keys, first, last, trig, kind) >= self.model[kind]["threshold"]


def load_gate(path: Path = MODEL) -> Gate | None:
    """The trained gate, or None when no model file is present."""
    if not path.exists():
        return None
    return LogisticGate(json.loads(path.read_text(encoding="utf-8")))


class Recorder(Gate):
    """A gate that keeps everything and records the candidates it is shown."""

    def __init__(self) -> None:
        self.seen: list[list[str]] = []
        self.kinds: list[str] = []

    def keep(self, keys: Sequence[str], first: int, last: int, trig: Trigger, kind: str) -> bool:
        """Record the candidate's features; keep it."""
        self.seen.append(features(keys, first, last, trig, kind))
        self.kinds.append(kind)
        return True


def candidates(texts: Sequence[str]) -> list[list[tuple[str, list[str]]]]:
    """For each text, (kind, features) of its candidates, through normalize + segment + events."""
    from marsad.article import Article
    from marsad.stages.events import Events
    from marsad.stages.normalize import normalize
    from marsad.stages.segment import Segmenter

    segment = Segmenter.load()
    recorder = Recorder()
    stage = Events(recorder)
    out = []
    for text in texts:
        start = len(recorder.seen)
        stage(segment(normalize(Article(text=text))))
        out.append(list(zip(recorder.kinds[start:], recorder.seen[start:], strict=True)))
    return out


def read_gold(kind: str, gold: Path = GOLD) -> list[tuple[str, str, bool]]:
    """(id, text, is_yes) of the scored rows of one type's dev file."""
    with (gold / f"{kind.lower()}_gsr.dev.csv").open(encoding="utf-8") as f:
        return [
            (r["id"], r["text"], r["label"] == "yes")
            for r in csv.DictReader(f)
            if r["label"] in ("yes", "easy no", "difficult no")
        ]


def fold_of(row_id: str, k: int = 5) -> int:
    """The cross-validation fold of a gold row (as bench/eval_events.py)."""
    return int(hashlib.sha1(row_id.encode()).hexdigest(), 16) % k


def fit(samples: Sequence[tuple[list[str], bool]], rows: Sequence[str]) -> dict[str, Any]:
    """Weights, bias and threshold from candidate samples; `rows` groups them for the inner folds."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    def train(idx: Sequence[int]) -> tuple[dict[str, float], float]:
        counts: dict[str, int] = {}
        for i in idx:
            for f in set(samples[i][0]):
                counts[f] = counts.get(f, 0) + 1
        vec = DictVectorizer()
        x = vec.fit_transform([{f: 1 for f in samples[i][0] if counts[f] >= MIN_COUNT} for i in idx])
        y = [samples[i][1] for i in idx]
        if len(set(y)) < 2:
            return {}, -5.0
        lr = LogisticRegression(C=C, class_weight="balanced", max_iter=2000).fit(x, y)
        names = vec.get_feature_names_out()
        return {
            str(n): round(float(w), 4) for n, w in zip(names, lr.coef_[0], strict=True) if abs(w) > 1e-4
        }, float(lr.intercept_[0])

    def prob(w: dict[str, float], b: float, feats: list[str]) -> float:
        return 1.0 / (1.0 + math.exp(-(b + sum(w.get(f, 0.0) for f in feats))))

    # Threshold: out-of-fold scores over 4 inner folds, the F1-best cut at the sentence level.
    scored: list[tuple[str, float, bool]] = []
    for k in range(4):
        tr = [i for i in range(len(samples)) if fold_of(rows[i], 4) != k]
        w, b = train(tr)
        scored += [
            (rows[i], prob(w, b, samples[i][0]), samples[i][1])
            for i in range(len(samples))
            if fold_of(rows[i], 4) == k
        ]
    best: dict[str, tuple[float, bool]] = {}
    for row, p, y in scored:
        if row not in best or p > best[row][0]:
            best[row] = (p, y)
    threshold, best_f1 = 0.5, -1.0
    for cut in [i / 40 for i in range(2, 39)]:
        tp = sum(1 for p, y in best.values() if p >= cut and y)
        fp = sum(1 for p, y in best.values() if p >= cut and not y)
        fn = sum(1 for p, y in best.values() if p < cut and y)
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        if f1 > best_f1:
            threshold, best_f1 = cut, f1
    weights, bias = train(range(len(samples)))
    return {"weights": weights, "bias": round(bias, 4), "threshold": threshold}


def training_set(kind: str, keep: set[str] | None = None) -> tuple[list[tuple[list[str], bool]], list[str]]:
    """(features, label) per candidate of `kind` in that type's gold, and each one's row id."""
    gold = [g for g in read_gold(kind) if keep is None or g[0] in keep]
    found = candidates([t for _, t, _ in gold])
    samples, rows = [], []
    for (row_id, _, yes), cands in zip(gold, found, strict=True):
        for k, feats in cands:
            if k == kind:
                samples.append((feats, yes))
                rows.append(row_id)
    return samples, rows


def train_gate(path: Path = MODEL, keep: set[str] | None = None) -> dict[str, Any]:
    """Train both types' gates on the dev gold (or only the rows in `keep`) and write the model file."""
    model = {}
    for kind in TYPES:
        samples, rows = training_set(kind, keep)
        model[kind] = fit(samples, rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(model, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    print("wrote", path, {k: (len(v["weights"]), v["threshold"]) for k, v in model.items()})
    return model
