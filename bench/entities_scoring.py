"""Score predicted entities against one gold record of `bench/gold/entities.jsonl`: the scorer of
`bench.eval_entities`, kept apart from its pipeline run, error listing and command line.

The metric definitions are in `bench/gold/ENTITIES.md` and the docstring of `bench/eval_entities.py`:
NER mention P/R/F1 exact and overlap, merge pairwise and B-cubed over aligned gold mentions, country and
actor-code accuracy of each gold entity's predicted entity, geo within GEO_KM.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from marsad.article import Article, Entity
from marsad.entity_spans import DESCRIPTION_SOURCE

LABELS = ("PER", "ORG", "LOC")
# The usual event-data tolerance for "the same place" (ICEWS / Phoenix geolocation checks use 100 miles).
GEO_KM = 161.0
EARTH_KM = 6371.0088
ROOT_LEN = 6  # country (3) + primary role (3) of a CAMEO actor code

Mention = tuple[int, int, str]  # start, end, label


@dataclass
class Counts:
    """True positives, gold and predicted totals for one P/R/F1 cell."""

    tp: int = 0
    gold: int = 0
    pred: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.gold += other.gold
        self.pred += other.pred

    def prf(self) -> tuple[float, float, float]:
        return prf(self.tp, self.gold, self.pred)


def prf(tp: int, gold: int, pred: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (0.0 where undefined)."""
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Character Jaccard of two half-open spans."""
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    return inter / (max(a[1], b[1]) - min(a[0], b[0]))


def align(gold: Sequence[tuple[int, int]], pred: Sequence[tuple[int, int]]) -> dict[int, int]:
    """One-to-one overlap alignment gold index -> predicted index, best character Jaccard first."""
    pairs = sorted(
        ((jaccard(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred)),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    out: dict[int, int] = {}
    used: set[int] = set()
    for score, gi, pi in pairs:
        if score <= 0:
            break
        if gi not in out and pi not in used:
            out[gi] = pi
            used.add(pi)
    return out


def ner_counts(
    gold: Sequence[Mention], titles: Sequence[Mention], pred: Sequence[Mention], overlap: bool
) -> dict[str, Counts]:
    """P/R/F1 counts by label (and "all") of predicted mentions against gold name mentions.

    Predicted mentions matching a gold title mention (same way: exact or overlap, any label) are dropped
    before scoring: the gold set does not ask NER to find titles, nor punishes it for finding them.
    """
    pred = [p for p in pred if p[2] in LABELS]
    if titles:
        hit = (
            align([t[:2] for t in titles], [p[:2] for p in pred])
            if overlap
            else {i: j for i, t in enumerate(titles) for j, p in enumerate(pred) if t[:2] == p[:2]}
        )
        dropped = set(hit.values())
        pred = [p for j, p in enumerate(pred) if j not in dropped]
    out = {label: Counts() for label in (*LABELS, "all")}
    for label in LABELS:
        g = [m for m in gold if m[2] == label]
        p = [m for m in pred if m[2] == label]
        tp = len(align([m[:2] for m in g], [m[:2] for m in p])) if overlap else len(set(g) & set(p))
        out[label] = Counts(tp, len(g), len(p))
        out["all"].add(out[label])
    return out


def described(entity: Entity) -> bool:
    """Whether every mention of `entity` came from the description pass (a body, not a name)."""
    parts = [p for p in entity.source.split("+") if p and not p.startswith("merge.")]
    return bool(parts) and all(p == DESCRIPTION_SOURCE for p in parts)


def pairwise(gold_ids: Sequence[int], pred_ids: Sequence[int]) -> Counts:
    """Pair counts over aligned mentions: tp = pairs together in both, gold/pred = pairs together in each."""
    c = Counts()
    n = len(gold_ids)
    for i in range(n):
        for j in range(i + 1, n):
            same_gold = gold_ids[i] == gold_ids[j]
            same_pred = pred_ids[i] == pred_ids[j]
            c.gold += same_gold
            c.pred += same_pred
            c.tp += same_gold and same_pred
    return c


def bcubed(gold_ids: Sequence[int], pred_ids: Sequence[int]) -> tuple[float, float, int]:
    """Summed B-cubed precision and recall over mentions, and the mention count."""
    p_sum = r_sum = 0.0
    for i in range(len(gold_ids)):
        g = {j for j, x in enumerate(gold_ids) if x == gold_ids[i]}
        p = {j for j, x in enumerate(pred_ids) if x == pred_ids[i]}
        both = len(g & p)
        p_sum += both / len(p)
        r_sum += both / len(g)
    return p_sum, r_sum, len(gold_ids)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def geo_ok(gold: dict[str, Any], entity: Entity | None) -> bool:
    """Whether a predicted entity's place is the gold place: same GeoNames id, or within GEO_KM."""
    geo = entity.geo if entity else None
    if geo is None:
        return False
    if gold.get("geonames_id") is not None and geo.geonames_id == gold["geonames_id"]:
        return True
    if geo.lat is None or geo.lon is None:
        return False
    return haversine_km(gold["lat"], gold["lon"], geo.lat, geo.lon) <= GEO_KM


@dataclass
class Report:
    """Accumulated counts over the gold articles."""

    articles: int = 0
    exact: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in (*LABELS, "all")})
    overlap: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in (*LABELS, "all")})
    pairs: Counts = field(default_factory=Counts)
    b3: list[float] = field(default_factory=lambda: [0.0, 0.0, 0.0])  # precision sum, recall sum, n
    gold_mentions: int = 0
    entities: int = 0
    matched: int = 0
    country: int = 0
    actor: int = 0
    actor_root: int = 0
    loc: int = 0
    geo: int = 0
    failures: list[str] = field(default_factory=list)

    def add(self, gold: dict[str, Any], article: Article) -> None:
        """Score one analyzed article against its gold record."""
        self.articles += 1
        names: list[Mention] = []
        titles: list[Mention] = []
        spans: list[tuple[int, int]] = []
        owner: list[int] = []
        for ei, ent in enumerate(gold["entities"]):
            for m in ent["mentions"]:
                mention = (m["start"], m["end"], ent["label"])
                (titles if m.get("kind") == "title" else names).append(mention)
                spans.append((m["start"], m["end"]))
                owner.append(ei)
        predicted = [(s.start, s.end, e.label) for e in article.entities for s in e.mentions]
        pred_owner = [pi for pi, e in enumerate(article.entities) for _ in e.mentions]
        named = [(s.start, s.end, e.label) for e in article.entities if not described(e) for s in e.mentions]
        for overlap, table in ((False, self.exact), (True, self.overlap)):
            for label, counts in ner_counts(names, titles, named, overlap).items():
                table[label].add(counts)
        # Merging: gold mentions aligned to predicted mentions regardless of label.
        aligned = align(spans, [p[:2] for p in predicted])
        self.gold_mentions += len(spans)
        keys = sorted(aligned)
        gold_ids = [owner[k] for k in keys]
        pred_ids = [pred_owner[aligned[k]] for k in keys]
        self.pairs.add(pairwise(gold_ids, pred_ids))
        p_sum, r_sum, n = bcubed(gold_ids, pred_ids)
        self.b3[0] += p_sum
        self.b3[1] += r_sum
        self.b3[2] += n
        # Attributes: each gold entity's predicted entity holds most of its aligned mentions.
        for ei, ent in enumerate(gold["entities"]):
            votes = Counter(pred_owner[aligned[k]] for k in keys if owner[k] == ei)
            best = min(votes, key=lambda pi: (-votes[pi], pi)) if votes else None
            match = article.entities[best] if best is not None else None
            self.entities += 1
            if ent["label"] == "LOC" and ent.get("geo"):
                self.loc += 1
                self.geo += geo_ok(ent["geo"], match)
            if match is None:
                continue
            self.matched += 1
            self.country += match.country == ent.get("country")
            code = ent.get("actor_code")
            self.actor += match.actor_code == code
            self.actor_root += (match.actor_code or "")[:ROOT_LEN] == (code or "")[:ROOT_LEN]

    def scores(self) -> dict[str, float]:
        """Flat metric name -> value (the keys of the floors file)."""
        out: dict[str, float] = {}
        for kind, table in (("exact", self.exact), ("overlap", self.overlap)):
            for label, counts in table.items():
                p, r, f = counts.prf()
                out[f"ner/{kind}/{label}/p"] = p
                out[f"ner/{kind}/{label}/r"] = r
                out[f"ner/{kind}/{label}/f1"] = f
        p, r, f = self.pairs.prf()
        out |= {"merge/pairwise_p": p, "merge/pairwise_r": r, "merge/pairwise_f1": f}
        n = self.b3[2]
        bp, br = (self.b3[0] / n, self.b3[1] / n) if n else (0.0, 0.0)
        out |= {
            "merge/b3_p": bp,
            "merge/b3_r": br,
            "merge/b3_f1": 2 * bp * br / (bp + br) if bp + br else 0.0,
        }
        out["merge/aligned_share"] = n / self.gold_mentions if self.gold_mentions else 0.0
        out["entity/matched_share"] = self.matched / self.entities if self.entities else 0.0
        m = self.matched
        out["country/acc"] = self.country / m if m else 0.0
        out["actor/acc"] = self.actor / m if m else 0.0
        out["actor/root_acc"] = self.actor_root / m if m else 0.0
        # The same over every gold entity, an unmatched one counting as wrong (as geo counts it): a pass that
        # finds more entities can lower the two accuracies above while it raises these.
        n_all = self.entities
        out["country/all_acc"] = self.country / n_all if n_all else 0.0
        out["actor/all_acc"] = self.actor / n_all if n_all else 0.0
        out["geo/acc161"] = self.geo / self.loc if self.loc else 0.0
        return {k: round(v, 4) for k, v in out.items()}
