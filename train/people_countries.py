"""People's nationalities, learnt from ANT news without labels, for the actors stage.

`python -m train.people_countries` reads every ANT v2.1 article (Apache-2.0; the gold articles left out by
docno, `train.clusters.Skipped`) and, for each name of marsad/models/gazetteer/known_people.tsv, counts the
nationality adjectives (marsad/lexicons/nationalities.tsv) written right before it: اللاعب الأرجنتيني X,
الرئيس الفرنسي X. Words are compared folded; punctuation between the adjective and the name breaks the pair,
and so does a place the gazetteer knows right before the adjective, since then the adjective is the place's
or its club's (نجم ريال مدريد الإسباني X says nothing of X). A name with at least MIN_VOTES adjectives, one
country holding MIN_SHARE of them or more, is written to marsad/models/gazetteer/people_countries.tsv (name,
country, votes for it, all votes: counts, no text), with what it was built from in its header. The actors
stage gives that country to a person the article itself gives none (`marsad.stages.actors`): a Spanish
league report's Argentine player is not Spanish.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from marsad import lexicons
from marsad.arabic import fold
from marsad.entity_people import COUNTRIES_FILE, KNOWN_FILE, model_rows
from train.clusters import Skipped
from train.data import ANT, shared_dir

MIN_VOTES = 5
MIN_SHARE = 0.85
TOKEN = re.compile(r"\w+|[^\w\s]")  # words, and each punctuation mark as a token of its own
OUT = COUNTRIES_FILE


def texts(root: Path, skipped: Skipped) -> Iterator[str]:
    """The text of every ANT article, the gold ones left out."""
    with (root / ANT).open("rb") as fh:
        for line in fh:
            doc = json.loads(line)
            if not skipped.leaves_out(doc):
                yield doc.get("text") or ""


def count_votes(
    articles: Iterable[str],
    names: Iterable[str],
    nationalities: dict[str, str],
    is_place: Callable[[str], bool],
) -> dict[str, Counter[str]]:
    """Name -> country -> how often a nationality adjective of that country stands right before the name."""
    by_first: dict[str, list[list[str]]] = defaultdict(list)
    for name in names:
        words = name.split()
        by_first[words[0]].append(words)
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for text in articles:
        tokens = [fold(t) for t in TOKEN.findall(text)]
        for i in range(1, len(tokens)):
            candidates = by_first.get(tokens[i])
            iso = nationalities.get(tokens[i - 1]) if candidates else None
            if iso is None or (i >= 2 and is_place(tokens[i - 2])):
                continue
            for words in candidates or ():
                if tokens[i : i + len(words)] == words:
                    votes[" ".join(words)][iso] += 1
    return votes


def people_countries(
    votes: dict[str, Counter[str]], min_votes: int = MIN_VOTES, min_share: float = MIN_SHARE
) -> list[tuple[str, str, int, int]]:
    """(name, country, votes for it, all votes) for the names one country clearly holds, most voted first."""
    rows = []
    for name, counter in votes.items():
        (iso, n), total = counter.most_common(1)[0], sum(counter.values())
        if total >= min_votes and n >= min_share * total:
            rows.append((name, iso, n, total))
    return sorted(rows, key=lambda r: (-r[3], r[0]))


def write(rows: list[tuple[str, str, int, int]], record: dict[str, object], out: Path) -> None:
    """people_countries.tsv: a header saying what it was built from, then name, country, votes, all votes."""
    with out.open("w", encoding="utf-8") as f:
        f.write("# Built by `python -m train.people_countries`: known people's nationalities, from the\n")
        f.write(f"# adjectives right before their names in ANT (at least {MIN_VOTES}, one country at\n")
        f.write(f"# {MIN_SHARE} of them or more; counts only).\n")
        f.write(f"# trained_on: {json.dumps(record, ensure_ascii=False, sort_keys=True)}\n")
        f.write("name\tcountry\tvotes\tall_votes\n")
        for name, iso, n, total in rows:
            f.write(f"{name}\t{iso}\t{n}\t{total}\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    from marsad.gazetteer import default

    gazetteer = default()
    places: dict[str, bool] = {}

    def is_place(word: str) -> bool:
        if word not in places:
            places[word] = gazetteer.country_of(word) is not None
        return places[word]

    skipped = Skipped()
    names = [row[0] for row in model_rows(KNOWN_FILE)]
    read = 0

    def counted() -> Iterator[str]:
        nonlocal read
        for text in texts(shared_dir(), skipped):
            read += 1
            yield text

    rows = people_countries(count_votes(counted(), names, lexicons.nationalities(), is_place))
    record = {
        "corpus": str(ANT),
        "articles": read,
        "known_people": len(names),
        "min_votes": MIN_VOTES,
        "min_share": MIN_SHARE,
        "skipped": skipped.record(),
    }
    write(rows, record, args.out)
    print(f"{len(rows)} names from {read} articles -> {args.out}")


if __name__ == "__main__":
    main()
