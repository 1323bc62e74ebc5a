"""Common nouns the NER now and then tags as a place, for the entities stage.

`python -m train.common_places` reads the ANT v2.1 articles `train.people` reads (every STRIDE-th line,
up to ARTICLES Arabic articles, the gold articles left out by docno: `train.clusters.Skipped`), runs the
pipeline up to segmentation and the NER alone (no lexicon or gazetteer pass), and counts, for each word
(its folded stem, with or without the article ال), the articles it occurs in outside the NER's mentions of
two words or more, and the articles in which the NER tagged it, alone, as a place. The article is the
unit because the model's document pass gives every occurrence of a word in one article the label it gave
one of them (a film's المشهد "the scene", tagged once, becomes a place eight times). A word seen in at
least MIN_SEEN articles and tagged LOC in fewer than MAX_SHARE of them is a common noun (المشهد، الغاز،
مدينة، بيان), not a place, unless the gazetteer knows a place by that very form (الغوطة، الجولان، الشرقية:
places the model mostly tags inside a longer name). It is written to
marsad/models/gazetteer/common_places.tsv (word, articles seen, articles tagged LOC, share: counts, no
text), with what it was built from in its header, and `marsad.entity_commons` drops the model's one-word
LOC mentions of it. Only words the NER tagged LOC at least once are listed.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from marsad.article import Article
from marsad.entity_commons import COMMONS_FILE, unlisted
from train.clusters import Skipped
from train.data import shared_dir
from train.people import ARTICLES, STRIDE, ner_identity, tagged_articles

# A word must occur in this many articles for its share to say anything; then the NER tags it LOC in fewer
# than MAX_SHARE of them. Set by eye on the counts of the built list (no gold article read): places the
# model tags with ال (النيل، الخرطوم، البيرو) stay far above, common nouns (المشهد، الغاز) far below.
MIN_SEEN = 20
MAX_SHARE = 0.1
MIN_LETTERS = 3  # a shorter folded word is a clitic or letter the segmenter left (not a noun to list)
OUT = COMMONS_FILE


def alone_words(article: Article) -> set[str]:
    """The folded stems of the article's words (at least MIN_LETTERS letters), outside the NER's mentions of
    two words or more: الغوطة of الغوطة الشرقية is part of a place's name, not a word that stands alone for
    the model to read."""
    longer = [m for e in article.entities if " " in e.name for m in e.mentions]
    out = set()
    for t in article.tokens:
        if t.is_punct or any(m.start < t.stem.end and t.stem.start < m.end for m in longer):
            continue
        stem = article.text[t.stem.start : t.stem.end]
        folded = _fold(stem)
        if len(folded) >= MIN_LETTERS and folded.isalpha():
            out.add(folded)
    return out


def _fold(word: str) -> str:
    from marsad.arabic import fold_word

    return fold_word(word)


def one_word_places(article: Article) -> set[str]:
    """The folded names of the NER's one-word LOC mentions."""
    return {_fold(e.name) for e in article.entities if e.label == "LOC" and " " not in e.name}


def count(articles: Iterable[Article]) -> tuple[Counter[str], Counter[str], int]:
    """(articles each word occurs in, articles the NER tagged it LOC in, articles read)."""
    seen: Counter[str] = Counter()
    tagged: Counter[str] = Counter()
    n = 0
    for article in articles:
        words = alone_words(article)
        seen.update(words)
        tagged.update(one_word_places(article) & words)
        n += 1
    return seen, tagged, n


def common_places(
    seen: Counter[str],
    tagged: Counter[str],
    places: Callable[[str], object],
    min_seen: int = MIN_SEEN,
    max_share: float = MAX_SHARE,
) -> list[tuple[str, int, int, float]]:
    """(word, articles seen, articles tagged LOC, share) for the words that pass the bars and that `places`
    (the gazetteer's candidates for a folded key) finds nothing for, commonest first."""
    return sorted(
        (
            (w, seen[w], k, k / seen[w])
            for w, k in tagged.items()
            if seen[w] >= min_seen and k / seen[w] < max_share and not places(w)
        ),
        key=lambda t: (-t[1], t[0]),
    )


def write(rows: list[tuple[str, int, int, float]], record: dict[str, Any], path: Path = OUT) -> None:
    """common_places.tsv: a header saying what it was built from, then word, seen, tagged, share."""
    with path.open("w", encoding="utf-8") as f:
        f.write("# Built by `python -m train.common_places`: words the NER alone tagged LOC in\n")
        f.write(f"# fewer than {MAX_SHARE} of the >= {MIN_SEEN} ANT articles they occur in (counts only).\n")
        f.write(f"# trained_on: {json.dumps(record, ensure_ascii=False, sort_keys=True)}\n")
        f.write("word\tseen\ttagged\tloc_share\n")
        for word, n_seen, k, share in rows:
            f.write(f"{word}\t{n_seen}\t{k}\t{share:.3f}\n")


def main(argv: list[str] | None = None) -> None:
    """Count, then write the list (or, with --print, print every tagged word's counts instead)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    ap.add_argument("--print", action="store_true", help="print every word the NER tagged LOC, with counts")
    args = ap.parse_args(argv)
    skipped = Skipped()
    with unlisted():  # the model's own mentions, not thinned by the list being rebuilt
        seen, tagged, n = count(tagged_articles(shared_dir(), STRIDE, ARTICLES, skipped))
    if args.print:
        for w, k in sorted(tagged.items(), key=lambda t: -seen[t[0]]):
            print(f"{w}\t{seen[w]}\t{k}\t{k / seen[w]:.3f}")
        return
    from marsad.gazetteer import Gazetteer

    record = {"articles": n, "stride": STRIDE, "ner": ner_identity(), "skipped": skipped.record()}
    write(common_places(seen, tagged, Gazetteer.load().candidates), record)


if __name__ == "__main__":
    main()
