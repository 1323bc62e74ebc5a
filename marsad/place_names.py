"""Place names and places: the `Place` record, a name's lookup key and its clitic forms, and the readers of
the hand-written place lists.

What a gazetteer entry is and how a written name becomes the key it is found under (`normalize_name`,
`toggle_article`, `strip_clitics`), apart from the index that holds them (`marsad.gazetteer.Gazetteer`);
also the paths of the gazetteer's files and the readers of `place_variants.tsv`, `admin_divisions.tsv`,
`admin_descriptors.tsv` and the built `local_names.tsv`.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from marsad.arabic import INVISIBLE, fold
from marsad.article import Geo

MODEL_DIR = Path(__file__).resolve().parent / "models" / "gazetteer"
PLACES_FILE = MODEL_DIR / "places.tsv.gz"
LOCAL_FILE = MODEL_DIR / "local_names.tsv"  # built by `python -m train.gazetteer --local`
VARIANTS_FILE = Path(__file__).resolve().parent / "lexicons" / "place_variants.tsv"
ADMIN_FILE = Path(__file__).resolve().parent / "lexicons" / "admin_divisions.tsv"
ADMIN_WORDS_FILE = Path(__file__).resolve().parent / "lexicons" / "admin_descriptors.tsv"
PLACES_COLUMNS = (
    "geonames_id",
    "name",
    "name_ar",
    "lat",
    "lon",
    "country",
    "feature",
    "population",
    "borders",
    "names",
)

# Default order among candidates of one name: a country before its capital before other towns, as a
# bare name in news most often means the state (الكويت is Kuwait, not Kuwait City). PCLD (a dependent
# territory) ranks with countries; RGN marks a hand-listed region known only by its country.
# GeoNames' finer classes (PPLA ...) are not in the shipped data: every other town is PPL. A hand-listed
# division (ADM1, or ADM2: a Saudi governorate named by its seat) ranks with regions, but a town of the same
# name and country goes first (see _towns_first): bare إدلب is the town; محافظة إدلب the governorate.
FEATURE_RANK = {"PCLI": 0, "PCLD": 1, "PPLC": 2, "PPLA": 3, "RGN": 4, "ADM1": 4, "ADM2": 4, "PPL": 5}
COUNTRY_FEATURES = frozenset({"PCLI", "PCLD"})
DIVISION_FEATURES = frozenset({"ADM1", "ADM2"})
ADMIN_FEATURES = DIVISION_FEATURES | {"RGN"}
TOWN_FEATURES = frozenset({"PPLC", "PPLA", "PPL"})
# Proclitics, outermost first: the conjunctions و/ف, then the prepositions ب/ل/ك (as in models/ner).
_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك")
# A form left after stripping a clitic must keep this many letters (article not counted): three keeps
# بمصر، لغزة، بحلب ("in Egypt", "to Gaza", "in Aleppo") and stops cuts to two-letter fragments. A name
# missing from the gazetteer can still be cut into another one (كسلا, if it were missing, into سلا).
MIN_STEM = 3
_SPACES = re.compile(r"\s+")
_EDGE_PUNCT = "\"'«»()[].,،؛;:!?؟-–—#"


class Place(NamedTuple):
    """One gazetteer entry: a country, a town or a region."""

    geonames_id: int | None
    name: str  # GeoNames' own (English) name
    lat: float | None
    lon: float | None
    country: str  # ISO 3166-1 alpha-3, "" for a region across or outside borders (أوروبا)
    feature: str  # GeoNames feature code: PCLI, PCLD, PPLC, PPL, or RGN for a hand-listed region
    population: int = 0

    @property
    def is_country(self) -> bool:
        """True for a country or dependent territory."""
        return self.feature in COUNTRY_FEATURES

    def sort_key(self) -> tuple[int, int]:
        """Order without context: feature class, then larger population first."""
        return FEATURE_RANK.get(self.feature, len(FEATURE_RANK)), -self.population

    def geo(self) -> Geo:
        """The place as the document model's Geo."""
        return Geo(self.name, self.lat, self.lon, self.geonames_id, self.country or None, self.feature)


def normalize_name(name: str) -> str:
    """A name's lookup key: folded, invisible marks and edge punctuation gone, single spaces."""
    # A zero-width non-joiner separates words in some GeoNames names (رام‌الله): make it a space first;
    # so is a hashtag's underscore (#خان_يونس).
    name = INVISIBLE.sub("", name.replace("\u200c", " ").replace("_", " "))
    return _SPACES.sub(" ", fold(name)).strip(_EDGE_PUNCT + " ")


def toggle_article(key: str) -> str:
    """The key with the article ال removed, or added when it has none."""
    return key[2:] if key.startswith("ال") else "ال" + key


def long_enough(form: str) -> bool:
    """True when the form keeps MIN_STEM letters, the article not counted."""
    return len(form[2:] if form.startswith("ال") else form) >= MIN_STEM


# A name's first letters أل / إل: an alif with hamza, so no article (the article's alif is hamzat wasl).
HAMZA_AL = ("أل", "إل")
HAMZA_KEY = "\x00"  # the cache key prefix of such a name


def strip_clitics(key: str) -> Iterator[str]:
    """The key, then the forms left after removing و/ف, then ب/ل/ك (للعراق gives العراق)."""
    yield key
    outer = [key]
    if key[:1] in _CONJ and long_enough(key[1:]):
        outer.append(key[1:])
        yield key[1:]
    for form in outer:
        if form[:1] not in _PREP:
            continue
        if form.startswith("لل") and long_enough(form[2:]):
            yield "ال" + form[2:]  # ل + ال: the article's alef is dropped in writing
        elif long_enough(form[1:]):
            yield form[1:]


def read_variants(path: Path = VARIANTS_FILE) -> list[tuple[str, str, str, str]]:
    """(kind, arabic, target, gloss) rows of the place-variants lexicon, comments skipped."""
    rows = []
    with path.open(encoding="utf-8") as f:
        lines = (line for line in f if line.strip() and not line.startswith("#"))
        for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
            rows.append((row["kind"], row["arabic"], row["target"], row["gloss"]))
    return rows


class Division(NamedTuple):
    """One row of the divisions lexicon: the place, its folded names, and whether it may be tagged."""

    place: Place
    names: tuple[str, ...]
    tagged: bool  # the entities stage may tag it untagged in an article naming its country


def read_admin(path: Path = ADMIN_FILE) -> list[Division]:
    """The hand-written first-level divisions and regions (admin_divisions.tsv), names folded."""
    rows = []
    with path.open(encoding="utf-8") as f:
        lines = (line for line in f if line.strip() and not line.startswith("#"))
        for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
            gid = int(row["geonames_id"]) if row["geonames_id"] else None
            name = row["gloss"].split(" (")[0]  # the gloss without its note
            place = Place(gid, name, float(row["lat"]), float(row["lon"]), row["country"], row["feature"])
            names = tuple(dict.fromkeys(normalize_name(n) for n in row["names"].split("|") if n.strip()))
            rows.append(Division(place, names, row["tag"] == "yes"))
    return rows


def read_admin_words(path: Path = ADMIN_WORDS_FILE) -> dict[str, str]:
    """Folded word -> its kind ("province", "near", "site", "after" ...; admin_descriptors.tsv)."""
    with path.open(encoding="utf-8") as f:
        lines = (line for line in f if line.strip() and not line.startswith("#"))
        return {normalize_name(r["word"]): r["kind"] for r in csv.DictReader(lines, delimiter="\t")}


def read_local_names(path: Path = LOCAL_FILE) -> list[str]:
    """The names of the local-names file (see train/gazetteer.py `local_names`)."""
    with path.open(encoding="utf-8") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    return [row["name"] for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)]
