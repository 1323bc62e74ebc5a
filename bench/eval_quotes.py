"""Evaluate the quotes stage against the hand-annotated gold set `bench/gold/quotes.jsonl`.

`python -m bench.eval_quotes` runs the real pipeline (marsad.pipeline.default_pipeline) on each gold
ANT article and prints one row per quote kind (direct, indirect, all); `--check` compares the scores
with the floors pinned in `tests/eval/quotes_floors.json` and exits 1 if one fell below its floor (or
an article failed). The annotation guidelines and the metric definitions are in `bench/gold/QUOTES.md`:

- span P/R/F1, exact (same start and end) and overlap (any shared character; one-to-one, pairs taken
  by decreasing character Jaccard);
- speaker and verb accuracy over the gold quotes matched by overlap;
- full-triple accuracy over all gold quotes: a near span (character Jaccard >= NEAR) with the right
  speaker and the right verb;
- via: recall over gold quotes that name a relay (outlet or agency), precision over predicted quotes
  that name one, and the count of false vias.
Rows match quotes of the same kind only; the "all" row ignores kinds.

`--set dev` scores the development gold `bench/gold/quotes_dev.jsonl` instead (20 articles outside the gold
lines), `--set dev2` the second one `bench/gold/quotes_dev2.jsonl` (20 SaudiNewsNet articles), `--set dev3`
the third `bench/gold/quotes_dev3.jsonl` (20 ANT articles of the gold's five sources), `--set dev4` the
fourth `bench/gold/quotes_dev4.jsonl` (20 more, with reported speech), `--set dev5` the fifth
`bench/gold/quotes_dev5.jsonl` (20 more, shorter, drawn in session 21), `--set dev6` the sixth
`bench/gold/quotes_dev6.jsonl` (20 more by dev5's rule, drawn in session 26), `--set dev7` the seventh
`bench/gold/quotes_dev7.jsonl` (20 more, rich in direct quotes, drawn in session 28), `--set dev8` the eighth
`bench/gold/quotes_dev8.jsonl` (20 more by dev7's rule, drawn in session 30), `--set dev9` the ninth
`bench/gold/quotes_dev9.jsonl` (20 more by dev8's rule at other indices, drawn in session 31); `--errors` is
always allowed on them, `--half` and `--check` are not. `--half tune|check|all` scores
part of the gold. Rules are tuned on the articles at even positions of
quotes.jsonl (tune) and confirmed on those at odd positions (check) by aggregate scores only: `--errors`,
which prints every missed, wrong and false quote with its text, is refused unless `--half tune`.
`--classes` prints counts of error classes (`error_classes`: missed quotes by kind and verb, speaker,
span and via failures by type, false quotes), which name no item, for any half: it says which kinds of
error a half holds without showing the errors themselves.

The scorer (gold loading, matching, per-kind counts) lives in `bench.quotes_scoring`; this module
re-exports its names and adds the error listing, the error classes, the floor check and the command line.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from bench.quotes_scoring import (
    DEV,
    DEV2,
    DEV3,
    DEV4,
    DEV5,
    DEV6,
    DEV7,
    DEV8,
    DEV9,
    GOLD,
    HALVES,
    KINDS,
    METRICS,
    NEAR,
    ROOT,
    SETS,
    Counts,
    GoldArticle,
    GoldQuote,
    Range,
    count_exact,
    folded_name,
    jaccard,
    load_gold,
    match_overlap,
    overlap,
    score_article,
    score_quotes,
    select_half,
    speaker_ok,
    verb_ok,
    via_ok,
)
from marsad.article import Article, Quote

FLOORS = ROOT / "tests" / "eval" / "quotes_floors.json"

__all__ = [
    "DEV", "DEV2", "DEV3", "DEV4", "DEV5", "DEV6", "DEV7", "DEV8", "DEV9", "FLOORS", "GOLD", "HALVES",
    "KINDS", "METRICS", "NEAR", "SETS",
    "Counts", "GoldArticle", "GoldQuote", "Report", "check", "check_gold", "count_exact", "error_classes",
    "evaluate", "jaccard", "load_gold", "main", "match_overlap", "overlap", "quote_errors", "score_article",
    "score_quotes", "select_half", "speaker_ok", "table", "verb_ok", "via_ok",
]  # fmt: skip


def _clip(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width // 2 - 1] + " … " + text[-(width // 2 - 2) :]


def _said(pred: Quote, article: Article) -> str:
    """A predicted quote's speaker, verb and via as one short string."""
    names = {e.id: f"{e.name}/{e.label}" for e in article.entities}
    speaker = names.get(pred.speaker or "", pred.speaker) if pred.speaker else f"~{pred.speaker_text}"
    via = names.get(pred.via or "", pred.via) if pred.via else pred.via_text
    return f"speaker={speaker} verb={pred.verb} via={via}"


def quote_errors(gold: GoldArticle, article: Article) -> list[str]:
    """One line per missed gold quote, per matched quote with a wrong field, per false prediction."""
    out: list[str] = []
    text = article.text
    for kind in ("direct", "indirect"):
        golds = [q for q in gold.quotes if q.kind == kind]
        preds = [q for q in article.quotes if q.kind == kind]
        pairs = match_overlap([(g.start, g.end) for g in golds], [(p.span.start, p.span.end) for p in preds])
        for gi, g in enumerate(golds):
            where = f"{gold.docno} {kind} [{g.start}:{g.end}] «{_clip(text[g.start : g.end])}»"
            covered = ""
            if g.speaker_span:
                found = [
                    f"{e.name}/{e.label}"
                    for e in article.entities
                    if any(overlap((m.start, m.end), g.speaker_span) for m in e.mentions)
                ]
                spoken = text[g.speaker_span[0] : g.speaker_span[1]]
                covered = f" at «{spoken}» entities={found or 'NONE'}"
            speaker = g.speaker or f"~{g.speaker_text}"
            want = f"gold speaker={speaker}{covered} verb={g.verb} via={g.via or g.via_text}"
            if gi not in pairs:
                out.append(f"MISS  {where}\n      {want}")
                continue
            p = preds[pairs[gi]]
            wrong = []
            if not speaker_ok(g, p, article):
                wrong.append("speaker")
            if not verb_ok(g, p):
                wrong.append("verb")
            jac = jaccard((g.start, g.end), (p.span.start, p.span.end))
            if (g.start, g.end) != (p.span.start, p.span.end):
                wrong.append(f"span(j={jac:.2f})")
            if g.has_via and not via_ok(g, p, article):
                wrong.append("via")
            elif not g.has_via and (p.via or p.via_text):
                wrong.append("false-via")
            if wrong:
                pred_span = f"[{p.span.start}:{p.span.end}] «{_clip(text[p.span.start : p.span.end])}»"
                out.append(
                    f"WRONG {','.join(wrong)} {where}\n      {want}\n"
                    f"      pred {pred_span} {_said(p, article)}"
                )
        for pi, p in enumerate(preds):
            if pi not in pairs.values():
                where = f"[{p.span.start}:{p.span.end}] «{_clip(text[p.span.start : p.span.end])}»"
                out.append(f"FALSE {gold.docno} {kind} {where}\n      {_said(p, article)}")
    return out


def _span_class(g: Range, p: Range) -> str:
    """How a predicted span misses a gold one: which ends moved, and which way."""
    parts = []
    if p[0] != g[0]:
        parts.append("starts-early" if p[0] < g[0] else "starts-late")
    if p[1] != g[1]:
        parts.append("ends-early" if p[1] < g[1] else "ends-late")
    return "+".join(parts)


def _verb_known(gold: GoldQuote, article: Article) -> str:
    """Whether the gold quote's verb token is a reporting verb for the stage (lexicon and exclusions)."""
    if gold.verb is None or gold.verb_span is None:
        return "no-verb"
    from marsad.quotes_claims import reporting_verb
    from marsad.quotes_lexicon import load
    from marsad.quotes_view import View

    if not article.tokens:
        return "verb-unknown"
    view = View(article)
    tok = view.token_at(gold.verb_span[0])
    return "verb-known" if reporting_verb(load(), view, tok, masdar=True) is not None else "verb-unknown"


def _sentence_of(article: Article, pos: int) -> int:
    """The index of the sentence holding character pos (-1 outside every sentence)."""
    return next((k for k, s in enumerate(article.sentences) if s.start <= pos < s.end), -1)


def _via_class(gold: GoldQuote, pred: Quote, article: Article) -> str:
    """Where a missed relay lies (no text): the gold outlet's sentence against the quote's, its place
    against the verb and the content, whether it is the speaker too (own account) and tagged as an entity,
    and whether the predicted speaker is right."""
    same = bool(gold.via and gold.speaker) and folded_name(gold.via) == folded_name(gold.speaker)
    own = "own" if same else "relay"
    spk = "ok" if speaker_ok(gold, pred, article) else "wrong"
    if gold.via_span is None:
        return f"{own}, no via span, speaker {spk}"
    at, quote = _sentence_of(article, gold.via_span[0]), _sentence_of(article, gold.start)
    where = "same sentence" if at == quote else "sentence before" if at < quote else "sentence after"
    verb = gold.verb_span[0] if gold.verb_span else gold.start
    verb_at = _sentence_of(article, verb)
    if verb_at != quote:
        where += " (verb's sentence " + ("same" if verb_at == at else "other") + ")"
    place = (
        "before the verb"
        if gold.via_span[0] < min(verb, gold.start)
        else "after the content"
        if gold.via_span[0] >= gold.end
        else "between verb and content"
        if gold.via_span[0] < gold.start
        else "inside the content"
    )
    labels = sorted(
        {e.label for e in article.entities for m in e.mentions if overlap((m.start, m.end), gold.via_span)}
    )
    tagged = "/".join(labels) if labels else "untagged"
    named = "named" if gold.via else "unnamed"
    return f"{own} {named}, {where}, {place}, {tagged}, speaker {spk}"


def error_classes(gold: GoldArticle, article: Article) -> Counter[str]:
    """Counts of error classes (no text): what kind of gold quote is missed, how a speaker, a span or a
    via goes wrong, what false predictions look like. Safe to print for the check half: it names no item."""
    out: Counter[str] = Counter()
    for kind in ("direct", "indirect"):
        golds = [q for q in gold.quotes if q.kind == kind]
        preds = [q for q in article.quotes if q.kind == kind]
        pairs = match_overlap([(g.start, g.end) for g in golds], [(p.span.start, p.span.end) for p in preds])
        for gi, g in enumerate(golds):
            named = "named" if g.speaker else "unnamed"
            if gi not in pairs:
                other = any(
                    p.kind != kind and overlap((p.span.start, p.span.end), (g.start, g.end))
                    for p in article.quotes
                )
                found = ", a quote of the other kind overlaps" if other else ""
                out[f"{kind} miss {named} {_verb_known(g, article)}{found}"] += 1
                if g.has_via:
                    out[f"{kind} via miss (quote missed)"] += 1
                continue
            p = preds[pairs[gi]]
            gr, pr = (g.start, g.end), (p.span.start, p.span.end)
            if jaccard(gr, pr) < NEAR:
                out[f"{kind} span<NEAR {_span_class(gr, pr)}"] += 1
            if not speaker_ok(g, p, article):
                at = g.speaker_span[0] if g.speaker_span else g.start
                same = _sentence_of(article, at) == _sentence_of(article, g.start)
                said = f"{kind} speaker ({'in the sentence' if same else 'before the sentence'})"
                if g.speaker is None:
                    out[f"{said} unnamed->entity"] += 1
                elif p.speaker is None:
                    out[f"{said} named->{'unnamed' if p.speaker_text else 'none'}"] += 1
                else:
                    tagged = g.speaker_span is not None and any(
                        overlap((m.start, m.end), g.speaker_span)
                        for e in article.entities
                        for m in e.mentions
                    )
                    where = "tagged" if tagged else "untagged"
                    out[f"{said} named->other entity (gold mention {where})"] += 1
            if not verb_ok(g, p):
                said, want = ("none" if v is None else "a verb" for v in (p.verb, g.verb))
                out[f"{kind} verb {said} for gold {want}"] += 1
            if g.has_via and not via_ok(g, p, article):
                said = "none" if not (p.via or p.via_text) else "wrong"
                out[f"{kind} via {said}"] += 1
                out[f"{kind} via {said}: {_via_class(g, p, article)}"] += 1
            elif not g.has_via and (p.via or p.via_text):
                out[f"{kind} via false"] += 1
        for pi, p in enumerate(preds):
            if pi not in pairs.values():
                who = "entity" if p.speaker else "unnamed" if p.speaker_text else "none"
                out[f"{kind} false {who} verb={'yes' if p.verb else 'none'}"] += 1
    return out


def check_gold(gold: GoldArticle, article: Article) -> list[str]:
    """Problems tying the gold to the text: a span whose hash no longer matches."""
    from bench.gold import span_hash

    return [
        f"{gold.docno}: quote {q.start}-{q.end} hash {span_hash(article.text[q.start : q.end])} != {q.hash}"
        for q in gold.quotes
        if span_hash(article.text[q.start : q.end]) != q.hash
    ]


@dataclass
class Report:
    counts: dict[str, Counts]
    articles: int
    failures: list[str]
    errors: list[str] = field(default_factory=list)
    classes: Counter[str] = field(default_factory=Counter)

    def scores(self) -> dict[str, dict[str, float]]:
        return {kind: c.scores() for kind, c in self.counts.items()}


def evaluate(
    gold: Iterable[GoldArticle] | None = None,
    pipeline: Callable[[Article], Article] | None = None,
    errors: bool = False,
    classes: bool = False,
) -> Report:
    """Run the pipeline (default: marsad's default pipeline) on the gold articles and total the counts.

    With `errors`, the report also lists each article's per-quote errors (`quote_errors`); with
    `classes`, it totals their classes (`error_classes`), which name no item.
    """
    from bench.gold import load_articles
    from marsad.errors import MarsadError
    from marsad.pipeline import default_pipeline

    golds = list(gold) if gold is not None else load_gold()
    loaded = load_articles(g.docno for g in golds)
    if pipeline is None:
        pipeline = default_pipeline()  # a missing model file raises here: train it first (see train/)
    totals = {kind: Counts() for kind in KINDS}
    failures: list[str] = []
    lines: list[str] = []
    counted: Counter[str] = Counter()
    for g in golds:
        if g.docno not in loaded:
            raise ValueError(f"gold article {g.docno} is not in ANT: check bench/gold/quotes.jsonl")
        source = loaded[g.docno]
        problems = check_gold(g, source)
        if problems:
            raise ValueError(
                "gold no longer matches the text; re-annotate or fix reading:\n" + "\n".join(problems)
            )
        try:
            analyzed = pipeline(source)
        except MarsadError as exc:  # recorded, scored as no predictions, and fails --check
            failures.append(f"{g.docno}: {exc}")
            analyzed = source
        if analyzed.text != source.text:
            raise ValueError(f"{g.docno}: the pipeline changed the normalized text; offsets would not hold")
        for kind, c in score_article(g, analyzed).items():
            totals[kind].add(c)
        if errors:
            lines += quote_errors(g, analyzed)
        if classes:
            counted += error_classes(g, analyzed)
    return Report(totals, len(golds), failures, lines, counted)


def table(report: Report) -> str:
    """A compact markdown table (percent; counts in the first columns)."""
    head = "| kind | gold | pred | " + " | ".join(METRICS) + " | false via |"
    rows = [head, "|" + "---|" * (len(METRICS) + 4)]
    for kind, c in report.counts.items():
        s = c.scores()
        cells = [str(c.gold), str(c.pred)] + [f"{100 * s[m]:.1f}" for m in METRICS] + [str(c.false_via)]
        rows.append(f"| {kind} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def check(scores: dict[str, dict[str, float]], floors: dict[str, float]) -> list[str]:
    """Keys ("kind/metric") whose score fell below the pinned floor."""
    failed = []
    for key, floor in floors.items():
        kind, metric = key.split("/", 1)
        value = scores.get(kind, {}).get(metric)
        if value is None:
            failed.append(f"{key}: no such score")
        elif value < floor:
            failed.append(f"{key}: {value:.4f} < floor {floor}")
    return failed


def main(argv: Sequence[str] | None = None) -> int:
    """Print the table; with --check, return 1 when a score is below its floor or an article failed."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help=f"compare with {FLOORS.relative_to(ROOT)}")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON instead of a table")
    ap.add_argument("--set", choices=tuple(SETS), default="gold", help="the gold (default) or a dev set")
    ap.add_argument("--half", choices=HALVES, default="all", help="score the tune, check or all articles")
    ap.add_argument("--errors", action="store_true", help="print per-quote errors (only with --half tune)")
    ap.add_argument("--classes", action="store_true", help="print error classes, counts only (any half)")
    args = ap.parse_args(argv)
    dev = args.set != "gold"
    if dev and (args.half != "all" or args.check):
        ap.error(f"--set {args.set} has no halves and no floors: drop --half and --check")
    if args.errors and args.half != "tune" and not dev:
        ap.error("--errors shows gold text and errors: only for --half tune (the check half stays unseen)")
    if args.check and args.half != "all":
        ap.error("--check compares with floors measured on all the gold: drop --half")
    from marsad.pipeline import default_pipeline

    try:
        pipeline = default_pipeline()
    except FileNotFoundError as exc:  # a stage's model file is not built in this checkout
        print(f"cannot build the pipeline: {exc}; train the missing model (train/), rerun", file=sys.stderr)
        return 2
    golds = select_half(load_gold(SETS[args.set]), args.half)
    report = evaluate(golds, pipeline=pipeline, errors=args.errors, classes=args.classes)
    for line in report.errors:
        print(line)
    for name, count in sorted(report.classes.items(), key=lambda t: (t[0].split()[0], -t[1], t[0])):
        print(f"{count:4d}  {name}")
    if args.json:
        print(json.dumps(report.scores(), indent=2))
    else:
        name = args.set if dev else f"gold ({args.half})"
        print(f"quotes {name}: {report.articles} articles, NEAR={NEAR}")
        print(table(report))
    for failure in report.failures:
        print(f"article failed: {failure}", file=sys.stderr)
    if args.check:
        from bench.gold import gate

        return gate(report.scores(), report.failures, FLOORS, check)
    return 0


if __name__ == "__main__":
    sys.exit(main())
