"""Known people: full names the NER itself tags as a person across ANT news, for the entities stage.

`python -m train.people` reads every STRIDE-th line of ANT v2.1 (Apache-2.0; the gold articles left out by
docno, `train.clusters.Skipped`), up to ARTICLES Arabic articles, runs the pipeline up to segmentation and
the NER alone (no lexicon or gazetteer pass), and collects every PER mention of MIN_WORDS to MAX_WORDS
words, as the folded stems the entities stage matches on. A second pass over the same articles counts each
collected name's occurrences outside the other labels' mentions, and how many of them the NER tagged PER.
Names that are something else are left out before counting: a place the gazetteer knows (أبو ظبي), a name
inside a listed organisation's or outlet's name (بي سي of بي بي سي), a name opened by a one-word title
(البابا …), and names the model cut (`_whole`). A name the NER tagged in at least MIN_ARTICLES articles
and at MIN_SHARE of its occurrences or more is written to marsad/models/gazetteer/known_people.tsv (name,
articles, seen, share: counts, no text), with what it was built from in its header. The entities stage
tags such a name where the model missed it in one article (`marsad.entity_people`): the same model reads a
name in one sentence and misses it in another, and the quotes and events stages need the person.
"""

from __future__ import annotations

import argparse
import itertools
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from marsad.article import Article, Span
from marsad.entity_places import token_range
from train.clusters import Skipped
from train.data import ANT, read_jsonl_record, shared_dir

STRIDE = 3
ARTICLES = 8000
MIN_WORDS, MAX_WORDS = 2, 4
MIN_ARTICLES = 3
MIN_SHARE = 0.5
# Folded words a full name cannot end with: the first half of a compound (عبد الله، أبو مازن، بن سلمان, آل
# ثاني, ابن, بنت, أم): a mention cut there is a model error, not a name.
OPEN_ENDS = frozenset({"عبد", "ابو", "بن", "ال", "ابن", "بنت", "ام", "ابي"})
# Folded words a name found by the model cannot start with: a patronymic or family particle opens the
# second half of a longer name the model cut (الوليد بن طلال → بن طلال, آل إسحاق), and a two-word name
# opened by عبد is a compound given name (عبد السلام), not a person's full name.
OPEN_STARTS = frozenset({"بن", "ابن", "بنت", "ال"})
COMPOUND_GIVEN = "عبد"
OUT = Path(__file__).resolve().parents[1] / "marsad" / "models" / "gazetteer" / "known_people.tsv"


def tagged_articles(root: Path, stride: int, limit: int, skipped: Skipped) -> Iterator[Article]:
    """Every `stride`-th Arabic ANT article, the gold ones left out, segmented and tagged by the NER alone."""
    from marsad.errors import MarsadError
    from marsad.models.ner import NerModel
    from marsad.pipeline import STAGES, Pipeline
    from marsad.stages.entities import Entities

    pipeline = Pipeline([s for s in STAGES if s.name in ("normalize", "language", "segment")])
    ner = Entities(NerModel.load())  # the model's mentions only
    done = 0
    with (root / ANT).open("rb") as fh:
        for line in itertools.islice(fh, 0, None, stride):
            if skipped.leaves_out(json.loads(line)):
                continue
            try:
                article = pipeline(read_jsonl_record(line))
            except (ValueError, MarsadError):  # an ANT line with no readable text says nothing of names
                continue
            if article.language != "ar":
                continue
            yield ner(article)
            done += 1
            if done >= limit:
                return


def _key(stems: list[str], starts: list[int], span: Span) -> str:
    """The folded stems of the tokens a span touches (`starts`: the tokens' starts), joined by spaces."""
    first, last = token_range(starts, span)
    return " ".join(stems[first : last + 1])


Things = tuple[frozenset[str], tuple[str, ...], frozenset[str], frozenset[str], frozenset[str]]


def other_things() -> Things:
    """What a name tagged PER may really be: folded place names of the gazetteer, organisation and outlet
    names (space-padded, to find a name inside one: بي سي in بي بي سي), one-word titles (دوق، الملك), kin
    words (صهر، نجل) and nationality adjectives (الكوري الجنوبي، البريطانية)."""
    from marsad import lexicons
    from marsad.gazetteer import Gazetteer
    from marsad.quotes_lexicon import load

    bodies = {*lexicons.organisations(), *load().outlet_names}
    titles = lexicons.titles()
    one_word = frozenset(t for t in titles if " " not in t)
    kin = frozenset(t for t in one_word if titles[t].relational == "kin")
    nationalities = frozenset(lexicons.nationalities())
    return (
        Gazetteer.load().known_names(),
        tuple(f" {b} " for b in sorted(bodies)),
        one_word,
        kin,
        nationalities,
    )


def _other_thing(name: str, things: Things) -> bool:
    """Whether a name is a known place, lies inside an organisation's or outlet's name, opens with a title,
    or is no name at all: a title's plural in construct at its start (ممثلو الادعاء), a one-letter word in
    it (a clitic cut off), a kin word at its end (X صهر: the son-in-law of the next name), a definite
    nationality adjective at its start (الكوري الجنوبي X) or a definite feminine one at its end (X
    البريطانية: an adjective of the noun before; a family nisba is masculine)."""
    places, bodies, titles, kin, nationalities = things
    padded = f" {name} "
    words = name.split(" ")
    if name in places or any(padded in body for body in bodies) or words[0] in titles:
        return True
    if words[0].endswith("و") and words[0][:-1] in titles:  # a title's plural in construct: ممثلو الادعاء
        return True
    if any(len(w) < 2 for w in words) or words[-1] in kin:
        return True
    opening = " ".join(words[:2])
    if opening in nationalities or (words[0].startswith("ال") and words[0] in nationalities):
        return True
    last = words[-1]
    return last.startswith("ال") and last.endswith("ه") and last in nationalities


def _whole(words: list[str]) -> bool:
    """Whether a mention's folded words may be a person's whole name (not a half the model cut)."""
    if words[-1] in OPEN_ENDS or words[0] in OPEN_STARTS:
        return False
    return not (len(words) == 2 and words[0] == COMPOUND_GIVEN)


def known_people(articles: list[Article], min_share: float = MIN_SHARE) -> list[tuple[str, int, int, float]]:
    """(name, articles tagging it, occurrences, share tagged PER) for the names that pass the bars."""
    from marsad.entity_places import PlaceNames, folded_stems, place_spans

    tagged_in: Counter[str] = Counter()
    read = [(folded_stems(article), [t.start for t in article.tokens]) for article in articles]
    for article, (stems, starts) in zip(articles, read, strict=True):
        keys = set()
        for entity in article.entities:
            if entity.label == "PER":
                for m in entity.mentions:
                    key = _key(stems, starts, m)
                    words = key.split(" ")
                    if MIN_WORDS <= len(words) <= MAX_WORDS and _whole(words):
                        keys.add(key)
        tagged_in.update(keys)
    things = other_things()
    names = PlaceNames([k for k, n in tagged_in.items() if n >= MIN_ARTICLES and not _other_thing(k, things)])
    seen: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    for article, (stems, starts) in zip(articles, read, strict=True):
        others = [m for e in article.entities if e.label != "PER" for m in e.mentions]
        people = [m for e in article.entities if e.label == "PER" for m in e.mentions]
        for span in place_spans(article, names, others, stems):
            key = _key(stems, starts, span)
            seen[key] += 1
            hits[key] += any(m.start < span.end and span.start < m.end for m in people)
    return sorted(
        (
            (k, tagged_in[k], n, hits[k] / n)
            for k, n in seen.items()
            if k in names.names and hits[k] / n >= min_share
        ),
        key=lambda t: (-t[1], t[0]),
    )


def write(
    rows: list[tuple[str, int, int, float]],
    record: dict[str, Any],
    path: Path = OUT,
    min_share: float = MIN_SHARE,
) -> None:
    """known_people.tsv: a header saying what it was built from, then name, articles, seen, share."""
    with path.open("w", encoding="utf-8") as f:
        f.write("# Built by `python -m train.people`: full names the NER alone tagged PER in at least\n")
        f.write(f"# {MIN_ARTICLES} articles and at {min_share} of their occurrences or more (counts only).\n")
        f.write(f"# trained_on: {json.dumps(record, ensure_ascii=False, sort_keys=True)}\n")
        f.write("name\tarticles\tseen\tper_share\n")
        for name, n_articles, n, share in rows:
            f.write(f"{name}\t{n_articles}\t{n}\t{share:.2f}\n")


def ner_identity() -> dict[str, str]:
    """Which NER tagged the articles: its source name and the sha256 of its model file (the shipped CRF)."""
    import hashlib
    import os

    from marsad.models.ner import DEFAULT_KIND, MODEL_DIR, NerModel

    kind = os.environ.get("MARSAD_NER") or DEFAULT_KIND
    if kind != "crf":
        return {"kind": kind}
    digest = hashlib.sha256((MODEL_DIR / "crf.bin").read_bytes()).hexdigest()
    return {"source": NerModel.source, "crf.bin sha256": digest}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stride", type=int, default=STRIDE, help="read every N-th ANT line")
    ap.add_argument("--articles", type=int, default=ARTICLES, help="Arabic articles to read")
    ap.add_argument(
        "--min-share", type=float, default=MIN_SHARE, help="share of a name's occurrences tagged PER"
    )
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    skipped = Skipped()
    articles = list(tagged_articles(shared_dir(), args.stride, args.articles, skipped))
    rows = known_people(articles, args.min_share)
    record = {
        "ner": ner_identity(),
        "min_words": MIN_WORDS,
        "max_words": MAX_WORDS,
        "min_articles": MIN_ARTICLES,
        "corpus": str(ANT),
        "stride": args.stride,
        "articles": len(articles),
        "min_share": args.min_share,
        "skipped": skipped.record(),
    }
    write(rows, record, args.out, args.min_share)
    print(f"{len(rows)} names from {len(articles)} articles -> {args.out}")


if __name__ == "__main__":
    main()
