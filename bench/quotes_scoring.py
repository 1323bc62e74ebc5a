"""Score predicted quotes against the hand-annotated gold (`bench/gold/quotes.jsonl`): the scorer of
`bench.eval_quotes`, kept apart from its error listing and command line.

The metric definitions are in `bench/gold/QUOTES.md` (Metrics): span P/R/F1 exact and overlap, speaker
and verb accuracy over overlap-matched gold, full-triple accuracy with a near span (Jaccard >= NEAR), via
recall and precision.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marsad.arabic import fold
from marsad.article import Article, Quote

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "bench" / "gold" / "quotes.jsonl"
# The development gold (QUOTES.md, Development set): 20 ANT articles outside GOLD_LINES, same format; its
# errors may be read in full, so rules are developed on it while quotes.jsonl stays the measure.
DEV = ROOT / "bench" / "gold" / "quotes_dev.jsonl"
# The second development set (QUOTES.md, Second development set, session 12): 20 SaudiNewsNet articles,
# another source than ANT, keyed `snn/<day>/<index>` (bench.gold.saudinewsnet).
DEV2 = ROOT / "bench" / "gold" / "quotes_dev2.jsonl"
# The third (QUOTES.md, Third development set, session 13): 20 ANT articles of the gold's lines and five
# sources, none of them gold, picked between the gold's picks.
DEV3 = ROOT / "bench" / "gold" / "quotes_dev3.jsonl"
# The fourth (QUOTES.md, Fourth development set, session 14): 20 ANT articles of the gold's lines and five
# sources with reported speech, none in the other sets, drawn after dev3's rules.
DEV4 = ROOT / "bench" / "gold" / "quotes_dev4.jsonl"
# The fifth (QUOTES.md, Fifth development set, session 21): 20 ANT articles of the gold's lines and five
# sources, at most 400 words, with reported speech, none in the other sets nor in entities.jsonl.
DEV5 = ROOT / "bench" / "gold" / "quotes_dev5.jsonl"
# The sixth (QUOTES.md, Sixth development set, session 26): 20 more by dev5's rule at other indices, drawn by
# bench.quotes_dev6_draw, none in the other sets (dev5 included) nor in entities.jsonl.
DEV6 = ROOT / "bench" / "gold" / "quotes_dev6.jsonl"
# The seventh (QUOTES.md, Seventh development set, session 28): 20 more, rich in direct quotes (at least 2
# quotation pairs), by dev6's rule at other indices, drawn by bench.quotes_dev7_draw, none in the other sets
# (dev6 included) nor in entities.jsonl.
DEV7 = ROOT / "bench" / "gold" / "quotes_dev7.jsonl"
# The eighth (QUOTES.md, Eighth development set, session 30): 20 more by dev7's rule at other indices (0.1,
# 0.3, 0.5, 0.7 of n), drawn by bench.quotes_dev8_draw, none in the other sets (dev7 included) nor in
# entities.jsonl.
DEV8 = ROOT / "bench" / "gold" / "quotes_dev8.jsonl"
# The ninth (QUOTES.md, Ninth development set, session 31): 20 more by dev8's rule at other indices (0.15,
# 0.35, 0.55, 0.75 of n), drawn by bench.quotes_dev9_draw, none in the other sets (dev8 included) nor in
# entities.jsonl.
DEV9 = ROOT / "bench" / "gold" / "quotes_dev9.jsonl"
SETS = {
    "gold": GOLD,
    "dev": DEV,
    "dev2": DEV2,
    "dev3": DEV3,
    "dev4": DEV4,
    "dev5": DEV5,
    "dev6": DEV6,
    "dev7": DEV7,
    "dev8": DEV8,
    "dev9": DEV9,
}
KINDS = ("direct", "indirect", "all")
# A predicted span counts as "near" the gold span (for the full triple) at this character Jaccard:
# it forgives a clitic, a quotation mark or a trailing attribution phrase, not a missing clause.
NEAR = 0.8
HALVES = ("tune", "check", "all")
METRICS = (
    "exact_p", "exact_r", "exact_f1", "overlap_p", "overlap_r", "overlap_f1",
    "speaker_acc", "verb_acc", "triple_acc", "via_r", "via_p",
)  # fmt: skip
Range = tuple[int, int]


@dataclass(frozen=True, slots=True)
class GoldQuote:
    """One annotated quote: offsets into the normalized article text, names for speaker and via."""

    kind: str
    start: int
    end: int
    hash: str
    speaker: str | None = None
    speaker_span: Range | None = None
    speaker_text: str | None = None
    verb: str | None = None
    verb_span: Range | None = None
    via: str | None = None
    via_text: str | None = None
    via_span: Range | None = None

    @property
    def has_via(self) -> bool:
        return self.via is not None or self.via_text is not None


@dataclass(frozen=True, slots=True)
class GoldArticle:
    docno: str
    id: str
    quotes: tuple[GoldQuote, ...]


def _range(value: Any) -> Range | None:
    return (int(value[0]), int(value[1])) if value else None


def load_gold(path: Path = GOLD) -> list[GoldArticle]:
    """The gold articles, one JSON object a line."""
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            quotes = tuple(
                GoldQuote(
                    kind=q["kind"],
                    start=q["start"],
                    end=q["end"],
                    hash=q["hash"],
                    speaker=q.get("speaker"),
                    speaker_span=_range(q.get("speaker_span")),
                    speaker_text=q.get("speaker_text"),
                    verb=q.get("verb"),
                    verb_span=_range(q.get("verb_span")),
                    via=q.get("via"),
                    via_text=q.get("via_text"),
                    via_span=_range(q.get("via_span")),
                )
                for q in rec["quotes"]
            )
            out.append(GoldArticle(rec["docno"], rec["id"], quotes))
    return out


def select_half(golds: Sequence[GoldArticle], half: str) -> list[GoldArticle]:
    """The tune half (even positions), the check half (odd positions) or all of the gold."""
    if half not in HALVES:
        raise ValueError(f"unknown half {half!r}: use one of {', '.join(HALVES)}")
    return list(golds) if half == "all" else list(golds[half == "check" :: 2])


def overlap(a: Range, b: Range) -> int:
    """Characters shared by two half-open ranges."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def jaccard(a: Range, b: Range) -> float:
    """Character Jaccard of two half-open ranges."""
    inter = overlap(a, b)
    union = (a[1] - a[0]) + (b[1] - b[0]) - inter
    return inter / union if union else 0.0


def match_overlap(gold: Sequence[Range], pred: Sequence[Range]) -> dict[int, int]:
    """One-to-one gold index -> pred index over overlapping pairs, best Jaccard first."""
    pairs = sorted(
        ((jaccard(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred) if overlap(g, p)),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    out: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, pi in pairs:
        if gi not in out and pi not in used:
            out[gi] = pi
            used.add(pi)
    return out


def count_exact(gold: Sequence[Range], pred: Sequence[Range]) -> int:
    """Gold spans with an identical predicted span (each predicted span used once)."""
    left = list(pred)
    hits = 0
    for g in gold:
        if g in left:
            left.remove(g)
            hits += 1
    return hits


def folded_name(name: str | None) -> str:
    """A name for comparison: folded words, a hashtag's marks read as spacing (#محمود_عباس → محمود عباس)."""
    return " ".join(fold(w) for w in (name or "").replace("#", " ").replace("_", " ").split())


def speaker_ok(gold: GoldQuote, pred: Quote, article: Article) -> bool:
    """Named gold: the predicted entity overlaps the gold mention or folds to its name; unnamed: None."""
    if gold.speaker is None:
        return pred.speaker is None
    entity = next((e for e in article.entities if e.id == pred.speaker), None) if pred.speaker else None
    if entity is None:
        return False
    if gold.speaker_span and any(overlap((m.start, m.end), gold.speaker_span) for m in entity.mentions):
        return True
    return folded_name(entity.name) == folded_name(gold.speaker)


def verb_ok(gold: GoldQuote, pred: Quote) -> bool:
    """Same reporting-verb lemma after folding (both None counts as right)."""
    return folded_name(gold.verb) == folded_name(pred.verb)


def via_ok(gold: GoldQuote, pred: Quote, article: Article) -> bool:
    """The predicted relay is the gold one: entity by mention or name, or via_text by folded text."""
    if pred.via:
        entity = next((e for e in article.entities if e.id == pred.via), None)
        if entity is not None:
            if gold.via_span and any(overlap((m.start, m.end), gold.via_span) for m in entity.mentions):
                return True
            if folded_name(entity.name) in {folded_name(gold.via), folded_name(gold.via_text)} - {""}:
                return True
    if pred.via_text:
        said = folded_name(pred.via_text)
        for name in (folded_name(gold.via), folded_name(gold.via_text)):
            if name and (name in said or said in name):
                return True
    return False


@dataclass
class Counts:
    """Raw counts for one kind row; `scores` turns them into rates."""

    gold: int = 0
    pred: int = 0
    exact: int = 0
    overlap: int = 0
    speaker: int = 0
    verb: int = 0
    triple: int = 0
    gold_via: int = 0
    pred_via: int = 0
    via: int = 0
    false_via: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        for name in ("gold", "pred", "exact", "overlap", "speaker", "verb", "triple"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in ("gold_via", "pred_via", "via", "false_via"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def scores(self) -> dict[str, float]:
        def ratio(a: int, b: int) -> float:
            return a / b if b else 0.0

        def f1(p: float, r: float) -> float:
            return 2 * p * r / (p + r) if p + r else 0.0

        ep, er = ratio(self.exact, self.pred), ratio(self.exact, self.gold)
        op, orr = ratio(self.overlap, self.pred), ratio(self.overlap, self.gold)
        return {
            "exact_p": ep,
            "exact_r": er,
            "exact_f1": f1(ep, er),
            "overlap_p": op,
            "overlap_r": orr,
            "overlap_f1": f1(op, orr),
            "speaker_acc": ratio(self.speaker, self.overlap),
            "verb_acc": ratio(self.verb, self.overlap),
            "triple_acc": ratio(self.triple, self.gold),
            "via_r": ratio(self.via, self.gold_via),
            "via_p": ratio(self.via, self.pred_via),
        }


def score_quotes(gold: Sequence[GoldQuote], pred: Sequence[Quote], article: Article) -> Counts:
    """Counts for one article and one set of quotes (already filtered to one kind, or all)."""
    c = Counts(gold=len(gold), pred=len(pred))
    g_ranges = [(g.start, g.end) for g in gold]
    p_ranges = [(p.span.start, p.span.end) for p in pred]
    c.exact = count_exact(g_ranges, p_ranges)
    pairs = match_overlap(g_ranges, p_ranges)
    c.overlap = len(pairs)
    c.gold_via = sum(g.has_via for g in gold)
    c.pred_via = sum(bool(p.via or p.via_text) for p in pred)
    for gi, pi in pairs.items():
        g, p = gold[gi], pred[pi]
        spk, vb = speaker_ok(g, p, article), verb_ok(g, p)
        c.speaker += spk
        c.verb += vb
        c.triple += spk and vb and jaccard(g_ranges[gi], p_ranges[pi]) >= NEAR
        if g.has_via and via_ok(g, p, article):
            c.via += 1
    c.false_via = c.pred_via - c.via
    return c


def score_article(gold: GoldArticle, article: Article) -> dict[str, Counts]:
    """Counts per kind row (direct, indirect, all) for one analyzed article."""
    out = {}
    for kind in KINDS:
        g = [q for q in gold.quotes if kind == "all" or q.kind == kind]
        p = [q for q in article.quotes if kind == "all" or q.kind == kind]
        out[kind] = score_quotes(g, p, article)
    return out
