"""The offline gazetteer: Arabic place names to GeoNames places, countries and capitals.

`Gazetteer.load()` reads `marsad/models/gazetteer/places.tsv.gz` (built by `python -m train.gazetteer`
from GeoNames and the country lists in ../shared/data) and the hand-curated
`marsad/lexicons/place_variants.tsv` and `marsad/lexicons/regions.tsv` (regions, seas and areas with a
representative point, which win over any GeoNames town of the same name) once, with the hand-written
first-level divisions of `marsad/lexicons/admin_divisions.tsv` (governorates, provinces: GeoNames' shipped
data has none with Arabic names) and the words of `admin_descriptors.tsv`. Names are matched in
their folded form (arabic.fold), so hamza and alef forms, ى/ي and ة/ه need no variants of their own.
`lookup()` also takes a mention that still carries a proclitic (بالعراق، وأنقرة، للعراق), a descriptor
word (مدينة الموصل; محافظة إدلب puts the governorate first), a word that places it near a known name
(ريف حلب، شمال سوريا) or a direction adjective after it (ريف إدلب الجنوبي). The `Place` record, the
name keys and the readers of those files live in `marsad.place_names`.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from marsad import lexicons
from marsad.errors import MarsadError
from marsad.place_names import (
    ADMIN_FEATURES,
    DIVISION_FEATURES,
    HAMZA_AL,
    HAMZA_KEY,
    LOCAL_FILE,
    PLACES_COLUMNS,
    PLACES_FILE,
    TOWN_FEATURES,
    VARIANTS_FILE,
    Division,
    Place,
    long_enough,
    normalize_name,
    read_admin,
    read_admin_words,
    read_local_names,
    read_variants,
    strip_clitics,
    toggle_article,
)

# First words that news often writes joined to the next one (البوكمال for GeoNames' البو كمال, كفرنبل,
# تلكلخ): a two-word town name starting with one also gets the joined form, when no place has it already.
JOINED_HEADS = frozenset({"البو", "ابو", "كفر", "تل", "دير", "بيت", "بني", "ام", "عين", "خان", "بير", "راس"})
# Lookups cached per folded surface; cleared when full (as the NER feature cache).
CACHE_SIZE = 200_000
# Towns at least this populous may be found in text the NER left untagged (Entities' gazetteer pass),
# under their main Arabic name only: GeoNames' alternate names include common words (مشهد "scene",
# ميدان "square"). Countries, capitals and hand-listed names and regions qualify at any size.
UNTAGGED_MIN_POPULATION = 300_000


class Gazetteer:
    """Folded Arabic name -> candidate places, plus country names and borders."""

    def __init__(
        self,
        places: Iterable[tuple[Place, Iterable[str]]],
        country_names: dict[str, str] | None = None,
        borders: dict[str, frozenset[str]] | None = None,
        variants: Iterable[tuple[str, str, str, str]] = (),
        regions: Iterable[lexicons.Region] = (),
        divisions: Iterable[Division] = (),
        admin_words: dict[str, str] | None = None,
    ) -> None:
        """Index places by their names; `variants` are lexicon rows (see read_variants), `regions` and
        `divisions` (read_admin) too; `admin_words` are read_admin_words' words."""
        self.index: dict[str, list[Place]] = {}
        self.by_id: dict[int, Place] = {}
        self.countries: dict[str, Place] = {}
        self.country_names = dict(country_names or {})
        self.borders = dict(borders or {})
        self.preferred: dict[str, Place] = {}
        self.descriptors: dict[str, str] = {}
        self.main_names: set[str] = set()  # each town's first (main) Arabic name
        self.town_countries: dict[str, set[str]] = {}  # every town's main name -> its towns' countries
        self.hand_names: set[str] = set()  # names from the variants lexicon and regions.tsv
        self.joined: list[tuple[str, Place]] = []  # البو كمال written البوكمال: added unless taken
        self.admin_words = dict(admin_words or {})
        self.division_countries: dict[str, set[str]] = {}  # taggable division name -> countries
        for place, names in places:
            if place.geonames_id is not None:
                self.by_id[place.geonames_id] = place
            if place.is_country:
                self.countries[place.country] = place
            names = list(names)
            for key in names:  # the built file stores names already normalized (normalize_name)
                self._add(key, place)
                head, _, rest = key.partition(" ")
                if head in JOINED_HEADS and " " not in rest and not rest.startswith("ال") and len(rest) > 1:
                    self.joined.append((head + rest, place))
            if names and place.population >= UNTAGGED_MIN_POPULATION:
                self.main_names.add(names[0])
            if names and not place.is_country:
                self.town_countries.setdefault(names[0], set()).add(place.country)
        for kind, arabic, target, gloss in variants:
            self._apply_variant(kind, normalize_name(arabic), target, gloss)
            if kind in ("name", "prefer"):
                self.hand_names.add(normalize_name(arabic))
        for region in regions:
            key = normalize_name(region.form)
            self.hand_names.add(key)
            place = Place(
                region.geonames_id, region.gloss, region.lat, region.lon, region.country or "", "RGN"
            )
            self._add(key, place)
            self.preferred[key] = place  # الخليج is the Gulf before any town GeoNames calls so
        for key, place in self.joined:
            if key not in self.index:
                self._add(key, place)
        for division in divisions:
            for key in division.names:
                if key in self.preferred:  # regions.tsv already reads this name (سيناء، الجولان)
                    continue
                self._add(key, division.place)
                if division.tagged:
                    self.division_countries.setdefault(key, set()).add(division.place.country)
        for key, found in self.index.items():
            if len(found) > 1:
                found.sort(key=Place.sort_key)
                _towns_first(found)
                if (first := self.preferred.get(key)) in found:  # the lexicon's reading goes first
                    found.insert(0, found.pop(found.index(first)))
        self._cache: dict[str, tuple[Place, ...]] = {}

    @classmethod
    def load(cls, path: Path = PLACES_FILE, variants: Path = VARIANTS_FILE) -> Gazetteer:
        """Read the built gazetteer file and the variants lexicon."""
        if not path.exists():
            raise MarsadError(f"gazetteer file {path} is missing: build it with `python -m train.gazetteer`")
        places: list[tuple[Place, list[str]]] = []
        names_ar: dict[str, str] = {}
        borders: dict[str, frozenset[str]] = {}
        # Plain splitting, not csv.DictReader: the file is ours (no quoting, no tabs inside fields) and
        # this keeps the load well under the 0.5 s budget.
        with gzip.open(path, "rt", encoding="utf-8", newline="\n") as f:
            header = f.readline().rstrip("\n").split("\t")
            if tuple(header) != PLACES_COLUMNS:
                raise MarsadError(f"{path} has columns {header}: rebuild it with `python -m train.gazetteer`")
            for line in f:
                gid, name, name_ar, lat, lon, country, feature, population, near, names = line.rstrip(
                    "\n"
                ).split("\t")
                place = Place(
                    int(gid) if gid else None,
                    name,
                    float(lat) if lat else None,
                    float(lon) if lon else None,
                    country,
                    feature,
                    int(population or 0),
                )
                places.append((place, names.split("|") if names else []))
                if place.is_country:
                    names_ar[country] = name_ar
                    borders[country] = frozenset(near.split(",")) if near else frozenset()
        return cls(
            places,
            names_ar,
            borders,
            read_variants(variants),
            lexicons.regions().values(),
            read_admin(),
            read_admin_words(),
        )

    def _add(self, key: str, place: Place) -> None:
        if len(key) < 2:
            return
        found = self.index.setdefault(key, [])
        if place not in found:
            found.append(place)

    def _target(self, target: str) -> Place | None:
        return self.by_id.get(int(target)) if target.isdigit() else self.countries.get(target)

    def _apply_variant(self, kind: str, key: str, target: str, gloss: str) -> None:
        if kind == "descriptor":
            self.descriptors[key] = target
            return
        if kind == "region":
            country = self.countries.get(target)
            if country is not None:
                self._add(key, Place(None, gloss, None, None, target, "RGN"))
            return
        place = self._target(target)
        if place is None:  # the lexicon names a place the built data lacks: nothing to attach it to
            return
        if kind == "name":
            self._add(key, place)
        elif kind == "prefer":
            self._add(key, place)
            self.preferred[key] = place
        elif kind == "drop" and key in self.index:
            self.index[key] = [p for p in self.index[key] if p != place]
            if not self.index[key]:
                del self.index[key]

    def unambiguous_names(self, stop: Iterable[str] = ()) -> frozenset[str]:
        """Folded names safe to tag as places where the NER tagged nothing (see UNTAGGED_MIN_POPULATION).

        A country, a capital, a hand-listed name or region, or a big town's main name, read that way by
        default; `stop` (default: lexicons/place_stoplist.tsv) removes names that are mostly common words.
        """
        stop = set(stop) or {normalize_name(w) for w in lexicons.place_stoplist()}
        out = set(self.hand_names)
        for key, found in self.index.items():
            first = found[0]
            if (
                first.is_country
                or first.feature == "PPLC"
                or (key in self.main_names and first.feature == "PPL")
            ):
                out.add(key)
        return frozenset(k for k in out if long_enough(k) and k not in stop)

    def known_names(self, stop: Iterable[str] = ()) -> frozenset[str]:
        """Every folded name the gazetteer knows, for names a descriptor introduces (مدينة X).

        `stop` (default: lexicons/place_stoplist.tsv) removes names that are mostly common words.
        """
        stop = set(stop) or {normalize_name(w) for w in lexicons.place_stoplist()}
        return frozenset(k for k in self.index if long_enough(k) and k not in stop)

    def local_names(
        self, stop: Iterable[str] = (), keep: Iterable[str] | None = None
    ) -> dict[str, frozenset[str]]:
        """Town main names -> the countries of the towns so named, for names an article's own countries
        vouch for (a town of Syria in an article about Syria). Stoplisted names are left out; `keep`
        (default: LOCAL_FILE's names, the ones the NER itself mostly tags LOC) limits them."""
        stop = set(stop) or {normalize_name(w) for w in lexicons.place_stoplist()}
        kept = set(keep if keep is not None else read_local_names() if LOCAL_FILE.exists() else ())
        out = {
            k: frozenset(v)
            for k, v in self.town_countries.items()
            if long_enough(k) and k not in stop and k in kept
        }
        # Divisions marked taggable in admin_divisions.tsv qualify the same way, without the NER count.
        for k, v in self.division_countries.items():
            if long_enough(k) and k not in stop:
                out[k] = out.get(k, frozenset()) | frozenset(v)
        return out

    def list_words(self) -> dict[str, str]:
        """Folded plural and dual descriptors -> "list", "list-area", "dual" or "dual-area"."""
        return {k: v for k, v in self.admin_words.items() if v.startswith(("list", "dual"))}

    def candidates(self, key: str) -> tuple[Place, ...]:
        """Places indexed under exactly this folded key, in default order."""
        return tuple(self.index.get(key, ()))

    def lookup(self, surface: str) -> tuple[Place, ...]:
        """Candidate places for a mention's text, best first without context; () when unknown. A name
        written with a hamza on its first alif (ألباريس, Albares) has no article to drop: أل is no ال."""
        key = normalize_name(surface)
        if surface.startswith(HAMZA_AL):
            key = HAMZA_KEY + key  # its own cache entry: no ال may be dropped from it
        if key not in self._cache:
            if len(self._cache) >= CACHE_SIZE:  # a long batch run stays bounded in memory
                self._cache.clear()
            name = key.removeprefix(HAMZA_KEY)
            found = self._lookup(name)
            if (
                key != name
                and found
                and not self.candidates(name)
                and found == self.candidates(toggle_article(name))
            ):
                found = ()  # ألباريس found only as الباريس less its "article": Paris
            self._cache[key] = found
        return self._cache[key]

    def _lookup(self, key: str, near: bool = False) -> tuple[Place, ...]:
        # The whole form wins over any stripped one, so a name that begins like a clitic (بغداد،
        # لبنان، وهران) is never cut; the ال-toggled form comes only after the form itself misses.
        for form in strip_clitics(key):
            for attempt in (form, toggle_article(form)):
                if found := self.candidates(attempt):
                    return found
            head, _, rest = form.partition(" ")
            admin = self.admin_words.get(head)
            if admin in ("province", "near", "site") and rest and (found := self._lookup(rest, near=True)):
                return self.restrict(found, admin)
            kind = self.descriptors.get(head)
            if kind and rest:
                found = self._lookup(rest)
                if found:
                    return self.restrict(found, kind)
            # A direction adjective is dropped only after a near or province word (ريف إدلب الجنوبي): a
            # bare الساحل الغربي "the west coast" is not the town الساحل.
            name, _, last = form.rpartition(" ")
            kind = self.admin_words.get(last) if name else None
            if (kind == "epithet" or (near and kind == "after")) and (found := self._lookup(name, near)):
                return found
        return ()

    def descriptor(self, word: str) -> str | None:
        """ "country", "city", "area" or "province" when the word (with or without a proclitic) is a
        descriptor (a province word of admin_descriptors.tsv first)."""
        form = self.descriptor_form(word)
        if form is None:
            return None
        return "province" if self.admin_words.get(form) == "province" else self.descriptors[form]

    def descriptor_form(self, word: str) -> str | None:
        """The descriptor a word is, its proclitic off (بمدينة → مدينه), or None."""
        for form in strip_clitics(normalize_name(word)):
            if self.admin_words.get(form) == "province" or form in self.descriptors:
                return form
        return None

    @staticmethod
    def restrict(places: tuple[Place, ...], kind: str) -> tuple[Place, ...]:
        """Only the countries (kind "country") or only the rest ("city", "area"); all when none fits. After
        a province word the divisions go first, after a city word the towns; after a "near" word (ريف،
        شمال) nothing changes."""
        if kind in ("near", "site"):
            return places
        kept = tuple(p for p in places if p.is_country == (kind == "country"))
        if kind == "province":
            kept = tuple(sorted(kept, key=lambda p: p.feature not in ADMIN_FEATURES))
        elif kind == "city":  # مدينة كانساس is Kansas City, not the state
            kept = tuple(sorted(kept, key=lambda p: p.feature not in TOWN_FEATURES))
        return kept or places

    def country_name(self, iso3: str) -> str | None:
        """The Arabic name of a country by ISO alpha-3 code (السعودية for SAU)."""
        return self.country_names.get(iso3) or None

    def country_of(self, name: str) -> str | None:
        """ISO alpha-3 code of the place a name most likely means without context (TUR for أنقرة)."""
        found = self.lookup(name)
        return (found[0].country or None) if found else None

    def town_country(self, name: str, population: int) -> str | None:
        """ISO alpha-3 code of the town a name most likely means, when that reading is a town (not a country
        or region) of at least `population` people; None otherwise (ليفربول -> GBR; كوبر, a small town:
        None)."""
        found = self.lookup(name)
        if not found or found[0].feature not in TOWN_FEATURES or found[0].population < population:
            return None
        return found[0].country or None

    def neighbours(self, iso3: str) -> frozenset[str]:
        """ISO alpha-3 codes of the countries bordering this one."""
        return self.borders.get(iso3, frozenset())


def _towns_first(found: list[Place]) -> None:
    """Move each division right after the first town of its country in `found` (in place): a bare name
    shared by a governorate and its chief town (إدلب، صعدة) means the town."""
    for division in [p for p in found if p.feature in DIVISION_FEATURES]:
        town = next((p for p in found if p.feature in TOWN_FEATURES and p.country == division.country), None)
        if town is not None and found.index(town) > found.index(division):
            found.remove(division)
            found.insert(found.index(town) + 1, division)


@cache
def default() -> Gazetteer:
    """The shipped gazetteer, loaded on first use and shared by the process."""
    return Gazetteer.load()


def country_name(iso3: str) -> str | None:
    """The Arabic name of a country by ISO alpha-3 code, from the shipped gazetteer."""
    return default().country_name(iso3)


def country_of(name: str) -> str | None:
    """ISO alpha-3 code of the place an Arabic name most likely means, from the shipped gazetteer."""
    return default().country_of(name)
