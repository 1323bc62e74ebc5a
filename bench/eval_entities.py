"""Score entities (mentions, merging, countries, actor codes, places) against `bench/gold/entities.jsonl`.

`python -m bench.eval_entities` runs the real pipeline (marsad.pipeline.STAGES, up to the last stage that
writes entities: quotes and events only read them) on each gold ANT article and prints a compact table;
`--check` compares the scores with the floors pinned in `tests/eval/entities_floors.json` and exits 1 if one
fell below its floor (or an article failed).
Guidelines and metric definitions are in `bench/gold/ENTITIES.md`. In short:

- NER: mention P/R/F1 by label (PER, ORG, LOC, all), exact (same start, end and label) and overlap (same
  label, any shared character; one-to-one, pairs taken by decreasing character Jaccard). Scored against
  the gold *name* mentions; a predicted mention that lands on a gold *title* mention (وزير الخارجية
  standing for a named minister) is neither a hit nor a false positive. Predicted MISC is not scored, nor
  are entities made only of descriptions (DESCRIPTION_SOURCE: قال الجيش الإسرائيلي), which the gold does
  not annotate; they still count for merging.
- merge: each gold mention (names and titles) is aligned, by overlap and regardless of label, to at most
  one predicted mention. Over the aligned gold mentions of an article, pairwise F1 compares "same gold
  entity" with "same predicted entity"; B-cubed P/R/F1 is computed over the same mentions.
- country / actor code: a gold entity's predicted entity is the one holding most of its aligned mentions
  (ties: the earliest). Accuracy over gold entities that have one (null must match null); actor codes
  also scored on their 6-character root (country + first role: SYRREB for SYRREBHMS). The same two
  accuracies over every gold entity, an unmatched one counting as wrong, are printed after them ("of all gold
  entities"; scores `country/all_acc`, `actor/all_acc`, not pinned): finding more entities can lower the first
  pair while it raises the second.
- geo: over all gold LOC entities, the share whose predicted entity has a point within 161 km (100 miles)
  of the gold point, or the gold's GeoNames id; an unmatched or ungeocoded entity counts as wrong.

`--half tune` scores the articles at even positions of the gold file (0, 2, 4, …), the half to tune
rules and lexicons on; `--half check` scores the odd positions, held out: read only its aggregate scores.
`--errors --half tune` prints each error of the tune half, article by article (the check half has none).

`--set snn` scores the second held-out set instead, `bench/gold/entities_snn.jsonl` (24 SaudiNewsNet
articles, ENTITIES.md "Second held-out set"), with its own floors (`tests/eval/entities_floors_snn.json`).
It is held out whole: it has no halves, and `--errors` is refused for it.

`--set snn_dev` scores the SaudiNewsNet development set, `bench/gold/entities_snn_dev.jsonl` (24 more
articles drawn by the same rule with another residue, ENTITIES.md "SaudiNewsNet development set"): rules for
Saudi news are read and tuned on it, so `--errors` lists its errors; it has no halves and no floors.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from bench.entities_scoring import (  # noqa: F401 (the scorer's names stay importable from here)
    EARTH_KM,
    GEO_KM,
    LABELS,
    ROOT_LEN,
    Counts,
    Mention,
    Report,
    align,
    bcubed,
    described,
    geo_ok,
    haversine_km,
    jaccard,
    ner_counts,
    pairwise,
    prf,
)
from marsad.article import Article

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "bench" / "gold" / "entities.jsonl"
FLOORS = ROOT / "tests" / "eval" / "entities_floors.json"
GOLD_SNN = ROOT / "bench" / "gold" / "entities_snn.jsonl"
FLOORS_SNN = ROOT / "tests" / "eval" / "entities_floors_snn.json"
GOLD_SNN_DEV = ROOT / "bench" / "gold" / "entities_snn_dev.jsonl"
# The gold sets by name: their records and their floors. ant is split into halves (tune, check); snn never
# trained or tuned anything and is read only as aggregate scores; snn_dev is for reading errors (no floors).
SETS: dict[str, tuple[Path, Path | None]] = {
    "ant": (GOLD, FLOORS),
    "snn": (GOLD_SNN, FLOORS_SNN),
    "snn_dev": (GOLD_SNN_DEV, None),
}
HALVES = ("tune", "check", "all")  # even gold lines tune, odd lines stay held out


def load_gold(path: Path = GOLD) -> list[dict[str, Any]]:
    """The gold records, one per article."""
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def half(records: Sequence[dict[str, Any]], which: str = "all") -> list[dict[str, Any]]:
    """The records of one half: tune = even positions (0, 2, …), check = odd positions, all = every one.

    Tune on the tune half only; read the check half's aggregate scores, never its gold or errors.
    """
    if which not in HALVES:
        raise ValueError(f"unknown half {which!r}: use one of {', '.join(HALVES)}")
    if which == "all":
        return list(records)
    return [r for i, r in enumerate(records) if i % 2 == (0 if which == "tune" else 1)]


def hash_mismatches(gold: dict[str, Any], article: Article) -> list[str]:
    """Gold mentions whose text no longer hashes as recorded (reading or cleaning moved offsets)."""
    from bench.gold import span_hash

    return [
        f"{gold['docno']} {m['start']}:{m['end']} ({ent['name']})"
        for ent in gold["entities"]
        for m in ent["mentions"]
        if span_hash(article.text[m["start"] : m["end"]]) != m["hash"]
    ]


def evaluate(
    records: Iterable[dict[str, Any]] | None = None, pipeline: Callable[[Article], Article] | None = None
) -> Report:
    """Run the pipeline (default: marsad's default pipeline) on every gold article and score it.

    A pipeline that cannot be built is reported as a failure and every article is scored unanalyzed (all
    zeros), so the table still prints and --check still fails.
    """
    from bench.gold import load_articles

    gold = list(records) if records is not None else load_gold()
    articles = load_articles(g["docno"] for g in gold)
    report = Report()
    if pipeline is None:
        try:
            pipeline = entity_pipeline()
        except Exception as exc:  # a missing model file or a broken stage: say so, score nothing found
            report.failures.append(f"pipeline cannot be built: {type(exc).__name__}: {exc}")
            pipeline = _unanalyzed
    for record in gold:
        article = articles.get(record["docno"])
        if article is None:
            report.failures.append(f"{record['docno']}: not found in its corpus")
            continue
        bad = hash_mismatches(record, article)
        if bad:
            raise ValueError(
                f"gold offsets no longer fit the text ({', '.join(bad[:3])}): reading or cleaning changed;"
                " re-anchor the gold file (see bench/gold/ENTITIES.md, Re-anchoring)"
            )
        analyzed = pipeline(article)
        if analyzed.text != article.text:
            raise ValueError(
                f"{record['docno']}: the pipeline changed the normalized text; offsets would lie"
            )
        report.add(record, analyzed)
    return report


def errors(gold: dict[str, Any], article: Article) -> list[str]:
    """One line per error in one article: missed and spurious mentions, split or joined entities,
    wrong country, actor code or place of each gold entity (for reading the tune half's errors)."""
    text = article.text
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    owner: list[int] = []
    for ei, ent in enumerate(gold["entities"]):
        for m in ent["mentions"]:
            spans.append((m["start"], m["end"]))
            owner.append(ei)
    predicted = [(s.start, s.end) for e in article.entities for s in e.mentions]
    pred_owner = [pi for pi, e in enumerate(article.entities) for _ in e.mentions]
    aligned = align(spans, predicted)
    used = set(aligned.values())
    for pi, (start, end) in enumerate(predicted):
        if pi not in used:
            e = article.entities[pred_owner[pi]]
            out.append(f"spurious {e.label} {text[start:end]!r} @{start} ({e.source})")
    for ei, ent in enumerate(gold["entities"]):
        keys = [k for k in sorted(aligned) if owner[k] == ei]
        missed = [text[s:e] for k, (s, e) in enumerate(spans) if owner[k] == ei and k not in aligned]
        head = f"{ent['label']} {ent['name']!r}"
        if missed:
            out.append(f"missed   {head}: {', '.join(repr(m) for m in missed)}")
        votes = Counter(pred_owner[aligned[k]] for k in keys)
        if not votes:
            continue
        best = min(votes, key=lambda pi: (-votes[pi], pi))
        match = article.entities[best]
        if len(votes) > 1:
            out.append(f"split    {head} over {len(votes)} predicted entities")
        others = {owner[k] for k in aligned if pred_owner[aligned[k]] == best} - {ei}
        if others:
            joined = ", ".join(repr(gold["entities"][o]["name"]) for o in sorted(others))
            out.append(f"joined   {head} with {joined}")
        if match.label != ent["label"]:
            out.append(f"label    {head} predicted {match.label}")
        if match.country != ent.get("country"):
            out.append(f"country  {head} gold {ent.get('country')} predicted {match.country}")
        if match.actor_code != ent.get("actor_code"):
            out.append(f"actor    {head} gold {ent.get('actor_code')} predicted {match.actor_code}")
        if ent["label"] == "LOC" and ent.get("geo") and not geo_ok(ent["geo"], match):
            g = match.geo
            got = f"{g.name} {g.country} {g.feature} ({g.lat}, {g.lon})" if g else None
            want = ent["geo"]
            out.append(f"geo      {head} gold ({want['lat']}, {want['lon']}) predicted {got}")
    return out


def print_errors(records: Iterable[dict[str, Any]]) -> None:
    """Print the errors of each article of the given (tune) records, grouped by article."""
    from bench.gold import load_articles

    gold = list(records)
    articles = load_articles(g["docno"] for g in gold)
    pipeline = entity_pipeline()
    for record in gold:
        article = articles.get(record["docno"])
        if article is None:
            continue
        lines = errors(record, pipeline(article))
        if lines:
            print(f"== {record['docno']} ({record['src']})")
            print("\n".join(f"  {line}" for line in lines))


def entity_pipeline() -> Callable[[Article], Article]:
    """marsad's pipeline up to the last stage that writes entities (the later ones only read them)."""
    from marsad.pipeline import STAGES, Pipeline

    last = max(i for i, stage in enumerate(STAGES) if "entities" in stage.assigns)
    return Pipeline(STAGES[: last + 1])


def _unanalyzed(article: Article) -> Article:
    """Stand-in for a pipeline that could not be built: the article as read, with no entities."""
    return article


def table(report: Report) -> str:
    """The compact table printed by main()."""
    s = report.scores()
    lines = [f"{'NER':<8}{'exact P':>9}{'R':>7}{'F1':>7}{'overlap P':>11}{'R':>7}{'F1':>7}{'gold':>6}"]
    for label in (*LABELS, "all"):
        e = [s[f"ner/exact/{label}/{k}"] for k in ("p", "r", "f1")]
        o = [s[f"ner/overlap/{label}/{k}"] for k in ("p", "r", "f1")]
        lines.append(
            f"{label:<8}{e[0]:>9.3f}{e[1]:>7.3f}{e[2]:>7.3f}{o[0]:>11.3f}{o[1]:>7.3f}{o[2]:>7.3f}"
            f"{report.exact[label].gold:>6}"
        )
    lines.append(
        f"merge    pairwise P/R/F1 {s['merge/pairwise_p']:.3f}/{s['merge/pairwise_r']:.3f}/"
        f"{s['merge/pairwise_f1']:.3f}  B3 {s['merge/b3_p']:.3f}/{s['merge/b3_r']:.3f}/{s['merge/b3_f1']:.3f}"
        f"  aligned {int(report.b3[2])}/{report.gold_mentions} mentions"
    )
    lines.append(
        f"entity   matched {report.matched}/{report.entities}  country {s['country/acc']:.3f}"
        f"  actor {s['actor/acc']:.3f} (root {s['actor/root_acc']:.3f})"
        f"  of all gold entities: country {s['country/all_acc']:.3f} actor {s['actor/all_acc']:.3f}"
    )
    lines.append(
        f"geo      within {GEO_KM:.0f} km {s['geo/acc161']:.3f} ({report.geo}/{report.loc} LOC entities)"
    )
    return "\n".join(lines)


def check(scores: dict[str, float], floors: dict[str, float]) -> list[str]:
    """One line per metric below its floor (a floor naming an unknown metric fails too)."""
    return [
        f"{name}: {scores.get(name)} < {floor}"
        for name, floor in floors.items()
        if name not in scores or scores[name] < floor
    ]


def main(argv: Sequence[str] | None = None) -> int:
    """Print the table; with --check, return 1 when a score is below its floor or an article failed."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--set",
        choices=tuple(SETS),
        default="ant",
        help="the gold set: ant (50 ANT articles, halves tune/check), snn (SaudiNewsNet, held out whole) or"
        " snn_dev (SaudiNewsNet development set: errors readable, no halves, no floors)",
    )
    ap.add_argument("--check", action="store_true", help="compare with the set's floors (tests/eval/)")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON instead of a table")
    ap.add_argument(
        "--half",
        choices=HALVES,
        default="all",
        help="score the tune half (even gold lines), the held-out check half (odd lines) or all",
    )
    ap.add_argument(
        "--errors",
        action="store_true",
        help="print each error (missed, spurious, split, joined, country, actor, geo) of the tune half",
    )
    args = ap.parse_args(argv)
    if args.set == "snn" and args.errors:
        ap.error("--set snn is held out whole: it has no error listing (read its aggregate scores only)")
    if args.set == "snn" and args.half != "all":
        ap.error("--set snn has no halves (the whole set is held out): drop --half")
    if args.set == "snn_dev" and args.half != "all":
        ap.error("--set snn_dev has no halves: drop --half")
    if args.set == "snn_dev" and args.check:
        ap.error("--set snn_dev has no floors (a development set): drop --check")
    gold_path, floors = SETS[args.set]
    if args.errors and args.set == "snn_dev":
        print_errors(load_gold(gold_path))
        return 0
    if args.errors:
        if args.half != "tune":
            ap.error("--errors reads the tune half only (the check half stays held out): add --half tune")
        print_errors(half(load_gold(), "tune"))
        return 0
    if args.check and args.half != "all":
        ap.error("--check compares with floors pinned on the whole gold set: use it with --half all")
    report = evaluate(half(load_gold(gold_path), args.half))
    if args.json:
        print(json.dumps(report.scores(), indent=2))
    else:
        print(f"entities gold{'' if args.set == 'ant' else f' ({args.set})'}: {report.articles} articles")
        print(table(report))
    for failure in report.failures:
        print(f"article failed: {failure}", file=sys.stderr)
    if args.check and floors is not None:
        from bench.gold import gate

        return gate(report.scores(), report.failures, floors, check)
    return 0


if __name__ == "__main__":
    sys.exit(main())
