"""The entities stage's rule passes as a post-pass over the NER, scored on ANERcorp (MODEL.md round 21).

`PassTagger` wraps a NER tagger: each document (a list of pre-tokenized sentences) becomes an `Article`
whose tokens are exactly the input tokens (text: tokens joined by a space, one sentence a line; each token
analysed by the shipped clitic segmenter as the segment stage does), the `entities` stage runs over it with
that tagger inside, and every mention of every entity it returns (after `merge`; entities made only of
descriptions left out, as bench/eval_entities leaves them out) tags the input tokens whose characters it
overlaps: B- on the first, I- on the rest. A clitic outside the mention still tags the whole token
(بسوريا: B-LOC), as ANERcorp does. Where two mentions touch one token the one that starts first (then the
longer) keeps it and the other is dropped. MISC is kept as the stage leaves it (no pass adds MISC; the
NER's MISC mentions come out fitted, relabelled or cut).

`python -m bench.ner_passes --crf DIR/crf.dev.bin [--fold K]` scores a CRF of `train.ner --dev` on its dev
split (fold 1: the last 600 ANERcorp train sentences; K: the K-th 600 from the end) in 15-sentence
pseudo-articles, with its document pass alone (the baseline) and with the stage's passes after it.
`--off G1,G2` switches pass groups off (`GROUPS`); `--ablate groups|functions` prints the leave-one-out of
each group or function against the whole stage. A group is switched off by replacing its functions in the
stage's module, only while the run lasts, with ones that change nothing (a fitter returns its span, a list
pass its input, a span finder nothing); `people` and `places` empty the stage's name lists instead
(`place_spans` serves both). Never reads a test file: bench/eval_ner's `--passes` does that.
"""

from __future__ import annotations

import argparse
import bisect
import contextlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import marsad.stages.entities as stage_module
from bench.entities_scoring import described
from marsad.arabic import fold
from marsad.article import Article, Span, Token
from marsad.clitics import CliticSegmenter
from marsad.entity_places import PlaceNames
from marsad.stages.entities import Entities, Tagger, tag_documents
from marsad.stages.segment import default_segmenter
from train.conll import DOC_SENTENCES, LABELS, Sentence, score


def _arg(i: int) -> Callable[..., Any]:
    """A stand-in that returns its i-th argument: a fitter's span, a list pass's mentions."""
    return lambda *args, **kwargs: args[i]


def _listed(i: int) -> Callable[..., Any]:
    """A stand-in that returns its i-th argument in a list (a list pass's mentions, unchanged)."""
    return lambda *args, **kwargs: list(args[i])


def _nothing(*args: Any, **kwargs: Any) -> list[Any]:
    """A stand-in span finder that finds nothing."""
    return []


# Each function of the stage's module by name, with the stand-in that leaves its input as it is.
NEUTRAL: dict[str, Callable[..., Any]] = {
    **{
        name: _arg(2)
        for name in (
            "cut_at_clause",
            "trim_title",
            "trim_told",
            "trim_leading_title",
            "grow_given_name",
            "grow_family_nisba",
            "grow_family_head",
            "grow_listed_person",
            "grow_rare_surname",
            "grow_theophoric",
            "trim_leading_verb",
            "trim_direction",
            "grow_toponym_head",
            "trim_listed_body_tail",
        )
    },
    "cut_open_bracket": _arg(1),
    "whole_short_stem": _arg(1),
    "split_conjoined": lambda tokens, span: [span],
    "_title_alone": lambda name: False,
    **{
        name: _listed(2)
        for name in (
            "regrow_clitic_letters",
            "split_leading_orgs",
            "orgs_over_places",
            "split_joined_people",
            "trim_trailing_ala",
            "split_person_tails",
            "names_over_places",
            "company_names",
        )
    },
    **{name: _listed(1) for name in ("drop_future_verbs", "drop_places_in_outlets", "people_as_outlets")},
    "fit_places": _listed(1),
    "quoted_orgs": _listed(3),
    **{
        name: _nothing
        for name in (
            "outlet_spans",
            "org_spans",
            "descriptor_spans",
            "list_spans",
            "speaker_name_spans",
            "name_spans",
            "repeat_spans",
            "local_spans",
        )
    },
    "merge": lambda article: article,
}
# The stage's name lists a group empties instead (place_spans finds both known people and places).
EMPTIED = {"people": "people", "places": "places"}

# The pass groups of MODEL.md round 21, fixed there before any figure was read.
GROUPS: dict[str, tuple[str, ...]] = {
    "fit": (
        "cut_at_clause",
        "cut_open_bracket",
        "whole_short_stem",
        "split_conjoined",
        "trim_title",
        "trim_told",
        "trim_leading_title",
        "grow_given_name",
        "grow_family_nisba",
        "grow_family_head",
        "grow_listed_person",
        "grow_rare_surname",
        "grow_theophoric",
        "trim_leading_verb",
        "trim_direction",
        "grow_toponym_head",
        "trim_listed_body_tail",
        "_title_alone",
        "regrow_clitic_letters",
    ),
    "split": (
        "split_leading_orgs",
        "orgs_over_places",
        "split_joined_people",
        "trim_trailing_ala",
        "split_person_tails",
        "names_over_places",
        "drop_future_verbs",
    ),
    "orgfix": ("quoted_orgs", "company_names", "drop_places_in_outlets", "people_as_outlets"),
    "outlets": ("outlet_spans",),
    "fit_places": ("fit_places",),
    "org_spans": ("org_spans",),
    "people": ("people",),
    "descriptors": ("descriptor_spans", "list_spans"),
    "places": ("places",),
    "speakers": ("speaker_name_spans",),
    "names": ("name_spans",),
    "repeats": ("repeat_spans",),
    "local": ("local_spans",),
    "merge": ("merge",),
}


def parts(groups: Iterable[str]) -> tuple[str, ...]:
    """The functions and name lists of the named groups (a name that is no group is taken as one part)."""
    out: list[str] = []
    for group in groups:
        out += GROUPS.get(group, (group,))
    return tuple(out)


@contextlib.contextmanager
def switched_off(stage: Entities, off: Iterable[str]) -> Iterator[None]:
    """Inside the block the stage runs without the given functions and name lists (`NEUTRAL`, `EMPTIED`)."""
    saved_functions: dict[str, Any] = {}
    saved_lists: dict[str, Any] = {}
    try:
        for part in off:
            if part in EMPTIED:
                saved_lists[part] = getattr(stage, EMPTIED[part])
                setattr(stage, EMPTIED[part], PlaceNames())
            else:
                saved_functions[part] = getattr(stage_module, part)
                setattr(stage_module, part, NEUTRAL[part])
        yield
    finally:
        for part, value in saved_functions.items():
            setattr(stage_module, part, value)
        for part, value in saved_lists.items():
            setattr(stage, EMPTIED[part], value)


def article_of(sentences: Sequence[Sequence[str]], clitics: CliticSegmenter, doc_id: str = "") -> Article:
    """An article whose tokens are exactly `sentences`' tokens: one sentence a line, tokens apart by a space;
    each token analysed as the segment stage analyses it (folded form, clitics, punctuation)."""
    lines: list[str] = []
    tokens: list[Token] = []
    spans: list[Span] = []
    at = 0
    for sentence in sentences:
        first = at
        for k, word in enumerate(sentence):
            start = at + (1 if k else 0)
            end = start + len(word)
            if not any(ch.isalnum() for ch in word):
                tokens.append(Token(start, end, word, Span(start, end), (), "", True))
            else:
                prefixes, a, b, suffix = clitics(word)
                tokens.append(Token(start, end, fold(word), Span(start + a, start + b), prefixes, suffix))
            at = end
        spans.append(Span(first, at))
        lines.append(" ".join(sentence))
        at += 1  # the line break
    text = "\n".join(lines)
    return Article(
        text=text,
        id=doc_id,
        language="ar",
        paragraphs=(Span(0, len(text)),),
        sentences=tuple(spans),
        tokens=tuple(tokens),
    )


def token_tags(article: Article, lengths: Sequence[int]) -> list[list[str]]:
    """B-/I- tags of the article's tokens from its entities' mentions, cut into sentences of `lengths`."""
    mentions = sorted(
        ((m.start, -m.end, e.label) for e in article.entities if not described(e) for m in e.mentions),
    )
    tags = ["O"] * len(article.tokens)
    starts = [t.start for t in article.tokens]
    for start, neg_end, label in mentions:
        end = -neg_end
        lo = max(bisect.bisect_right(starts, start) - 1, 0)  # the token the mention starts in
        hi = bisect.bisect_left(starts, end)  # tokens lo..hi-1 overlap [start, end)
        if lo >= hi or any(t != "O" for t in tags[lo:hi]):
            continue  # nothing to tag, or a token an earlier mention holds
        tags[lo:hi] = ["B-" + label] + ["I-" + label] * (hi - lo - 1)
    out: list[list[str]] = []
    at = 0
    for n in lengths:
        out.append(tags[at : at + n])
        at += n
    return out


class PassTagger:
    """A NER tagger followed by the entities stage's passes: the same sentences in, B-/I- tags out."""

    def __init__(self, stage: Entities, clitics: CliticSegmenter, off: Iterable[str] = ()) -> None:
        self.stage = stage
        self.clitics = clitics
        self.off = parts(off)
        self.source = f"{getattr(stage.tagger, 'source', 'ner')}+passes"

    @classmethod
    def load(cls, tagger: Tagger, off: Iterable[str] = ()) -> PassTagger:
        """The shipped stage's lexicons and gazetteers with `tagger` as its NER."""
        stage = Entities.load()
        stage.tagger = tagger
        return cls(stage, default_segmenter().clitics, off)

    def tag(self, sentences: list[list[str]]) -> list[list[str]]:
        """Tags of one document's sentences."""
        return self.tag_documents([sentences])[0]

    def tag_documents(self, documents: list[list[list[str]]]) -> list[list[list[str]]]:
        """Tags of each document (one article each)."""
        articles = [article_of(d, self.clitics, f"d{i}") for i, d in enumerate(documents)]
        with switched_off(self.stage, self.off):
            done = list(self.stage.pipe(articles))
        return [token_tags(a, [len(s) for s in d]) for a, d in zip(done, documents, strict=True)]


def pieces(sents: Sequence[Sentence]) -> list[list[list[str]]]:
    """The tokens in DOC_SENTENCES-sentence pseudo-articles (as bench/eval_ner feeds the test files)."""
    toks = [s[0] for s in sents]
    return [toks[i : i + DOC_SENTENCES] for i in range(0, len(toks), DOC_SENTENCES)]


def tag_all(tagger: Any, docs: list[list[list[str]]]) -> list[list[str]]:
    """The tagger's tags of every sentence of `docs`, flattened."""
    return [s for d in tag_documents(tagger, docs) for s in d]


def line(name: str, result: dict[str, dict[str, float]], base: dict[str, dict[str, float]] | None) -> str:
    """One printed row: F1 overall and per label (percent, two decimals), and the change against `base`."""
    cells = [f"{name}: F1 {100 * result['all']['f1']:.2f}"]
    cells.append(f"P {100 * result['all']['p']:.2f} R {100 * result['all']['r']:.2f}")
    cells += [f"{lab} {100 * result[lab]['f1']:.2f}" for lab in LABELS]
    if base is not None:
        delta = [f"{k} {100 * (result[k]['f1'] - base[k]['f1']):+.2f}" for k in ("all", *LABELS)]
        cells.append("change: " + " ".join(delta))
    return " | ".join(cells)


def dev_tagger(crf: Path) -> Any:
    """The CRF of `train.ner --dev` with the shipped feature data and the document pass (numpy tagging)."""
    from train.ner_ens import dev_ensemble

    return dev_ensemble(crf, [], None).crf


def main() -> None:
    """Score the dev CRF with and without the stage's passes on its dev split."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--crf", type=Path, required=True, help="a CRF of train.ner --dev (crf.dev.bin)")
    ap.add_argument("--fold", type=int, default=1, help="the dev split it was trained without")
    ap.add_argument("--off", default="", help="pass groups (or functions) switched off, comma-separated")
    ap.add_argument("--ablate", choices=["groups", "functions"], default=None, help="leave-one-out rows")
    args = ap.parse_args()
    from train.data import shared_dir
    from train.ner import dev_split, load_sets

    dev = dev_split(load_sets(shared_dir(), "O")["anercorp"], args.fold)[1]
    gold = [s[1] for s in dev]
    docs = pieces(dev)
    crf = dev_tagger(args.crf)
    base = score(gold, tag_all(crf, docs))
    print(f"fold {args.fold}, {len(dev)} sentences, {sum(map(len, gold))} tokens")
    print(line("crf+doc", base, None))
    tagger = PassTagger.load(crf)
    off = tuple(g for g in args.off.split(",") if g)
    tagger.off = parts(off)
    whole = score(gold, tag_all(tagger, docs))
    print(line("+passes" + (f" less {','.join(off)}" if off else ""), whole, base))
    if args.ablate:
        names = list(GROUPS) if args.ablate == "groups" else [p for g in GROUPS.values() for p in g]
        for name in names:
            if name in off:
                continue
            tagger.off = parts((*off, name))
            result = score(gold, tag_all(tagger, docs))
            print(line(f"  less {name}", result, whole))


if __name__ == "__main__":
    main()
