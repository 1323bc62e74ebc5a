"""The places stage: geocode every LOC entity offline with the shipped gazetteer (GeoNames).

Each LOC entity gets the candidates of all its mentions (marsad.gazetteer handles clitics the segmenter
left on, ال, and descriptors such as مدينة). Among several candidates the article decides first: a
place in a country the article already names, or whose one unambiguous place lies in, beats one in a
bordering country, which beats the rest; the gazetteer's default order (a preferred reading from the
lexicon, then country > capital > town, then population) settles what the article leaves open.
A word just before a mention can also tell the kind of place (سلطنة عمان is the country, not Amman); a
square, street or bridge (ساحة الشهداء) is mostly named for something other than a town, so a town its name
resolves to counts only inside a country the article names, else the site is a local place of the
article's country (ساحة الشهداء وسط بيروت is not Egypt's town Ash Shuhada). And a
nationality adjective the NER left at a mention's end tells its country (شيكاغو الأمريكية is Chicago, USA).
A country found gets its ISO code as actor code (CAMEO codes a state so). A place the gazetteer does not
know takes the country most of the article's geocoded place mentions lie in (a dateline's places do not
count: `dateline_end`), as such a place is mostly a local one, and an estimated point: that of the
place of the same country named nearest to it in the text (a district, a village, a town or a division,
not the country itself), as news names a small place beside the town or governorate it lies in (مديرية
كتاف بمحافظة صعدة). Such a point is marked by its name, "near" + the place it was taken from, and has no
GeoNames id or feature code.

Reads: text, entities
Writes: entities (geo and, when unset, country of LOC entities)
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from marsad import lexicons
from marsad.arabic import fold
from marsad.article import Article, Entity, Geo, Span
from marsad.gazetteer import Gazetteer
from marsad.merge import display_name
from marsad.place_names import (
    ADMIN_FEATURES,
    COUNTRY_FEATURES,
    Place,
    normalize_name,
    strip_clitics,
    toggle_article,
)

LABEL = "LOC"
# The word right before a mention, for descriptors written outside it (في سلطنة عمان).
_PREVIOUS_WORD = re.compile(r"(\S+)\s+$")
# How far back to look for that word: descriptors are short.
_LOOKBEHIND = 24
# The article's countries may overrule the default reading only for a candidate at least 1/DOMINANCE
# as populous: GeoNames lists many villages named after famous cities, and an article about Egypt that
# names الرياض means Riyadh (4.2 M), not Egypt's Ar Riyad (24 k, 175x smaller), while Lebanon's
# Tripoli (229 k) must still win over Libya's (1.3 M, 5.7x) in an article about Lebanon. Set by hand
# on these two cases; rerun tests/test_places.py after changing it.
DOMINANCE = 30
# A country that only borders the article's countries overrules the default reading for a candidate at
# least 1/NEIGHBOUR_DOMINANCE as populous: an article naming the US Congress and لندن means London (9 M),
# not London, Ontario (0.4 M, 23x smaller), in a neighbour of the US; Lebanon's Tripoli (5.7x smaller than
# Libya's) still wins in an article about Syria.
NEIGHBOUR_DOMINANCE = 10
# A dateline: "دبي، الإمارات العربية المتحدة (CNN) --" opens a wire report with where it was filed, which
# says nothing of the country the story is about: its places do not vote for the article's country.
# A small town (under FAR_TOWN_POPULATION) in a country neither named by the article nor bordering one it
# names is most often a homonym of a local place the gazetteer lacks (الخضراء, a Saudi border village in
# an article about Yemen, is also a GeoNames name of Rahat in Israel): when the article has a home country
# (the one most of its places lie in), such a reading gives way to the home country and an estimated point.
# Set by hand at the size of a district town; capitals, divisions and regions never give way.
FAR_TOWN_POPULATION = 50_000
DATELINE = re.compile(r"^[^\n()]{0,60}\((?:CNN|[A-Za-z .]{2,20}|[\u0621-\u064a ]{2,20})\)\s*[-—–]+")
# Many local reports give the city alone: a city, or a city and country after a comma, of one to three
# words each, then a dash between spaces (نابلس - ، القدس المحتلة - ، دبي، الإمارات -), and optionally an
# agency in brackets with another dash.
_WORD = r"[\u0621-\u064a]+"
_PLACE = rf"{_WORD}(?: {_WORD}){{0,2}}(?:، ?{_WORD}(?: {_WORD}){{0,2}})?"
CITY_DATELINE = re.compile(rf"^{_PLACE} +[-—–]+ +(?:\([^()\n]{{2,25}}\) *[-—–]+ *)?")


def dateline_end(text: str) -> int:
    """The offset where a dateline opening `text` ends (0 when it has none): "بيروت (أ ف ب) -",
    "دبي، الإمارات العربية المتحدة (CNN) --", "نابلس - "."""
    found = DATELINE.match(text) or CITY_DATELINE.match(text)
    return found.end() if found else 0


class Places:
    """Callable stage holding the loaded gazetteer."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.nationalities = lexicons.nationalities()
        self.descriptor_words = frozenset(gazetteer.descriptors) | frozenset(gazetteer.admin_words)

    @classmethod
    def load(cls) -> Places:
        """Load the shipped gazetteer."""
        return cls(Gazetteer.load())

    def candidates(self, article: Article, entity: Entity) -> tuple[Place, ...]:
        """Candidate places of all the entity's mentions, each mention's best first, without duplicates;
        the candidates of a mention a descriptor qualifies (مدينة كانساس) before those of bare ones, as the
        descriptor tells more (the city, not the state, of a name also written bare)."""
        found: dict[Place, None] = {}
        qualified: dict[Place, None] = {}
        # A mention cut after a ل proclitic (للقدس: لقدس) is looked up with its article's alif restored,
        # as its entity's name is: لقدس alone is a town in Iran.
        surfaces: list[tuple[str, Span | None]] = [
            (display_name(article.text, m.start, m.end), m) for m in entity.mentions
        ]
        for surface, span in surfaces or [(entity.name, None)]:
            places = self.gazetteer.lookup(surface) or self.lookup_with_nationality(surface)
            if not places and span and (around := self.word_before(article.text, span, "near")):
                # ريف درعا الغربي with ريف outside the mention: the name with it, so the direction goes
                places = self.gazetteer.lookup(f"{around} {surface}")
            word = self.descriptor_before(article.text, span) if span else None
            if word:
                # The descriptor and the name together first: مدينة كانساس is listed as Kansas City.
                # Without its proclitic (بمدينة المحلة الكبرى): a clitic on the whole phrase sends the
                # lookup down the stripping paths, where the epithet-less المحلة is a hamlet in Anguilla.
                whole = self.gazetteer.lookup(f"{self.gazetteer.descriptor_form(word) or word} {surface}")
                places = whole or self.gazetteer.restrict(places, str(self.gazetteer.descriptor(word)))
                qualified.update(dict.fromkeys(places))
            found.update(dict.fromkeys(places))
        return tuple({**qualified, **found})

    def lookup_with_nationality(self, surface: str) -> tuple[Place, ...]:
        """Candidates of a name followed by a nationality adjective (شيكاغو الأمريكية), its country first."""
        name, _, last = surface.rpartition(" ")
        iso = self.nationalities.get(fold(last)) if name else None
        if iso is None:
            return ()
        places = self.gazetteer.lookup(name)
        return tuple(sorted(places, key=lambda p: p.country != iso))

    def descriptor_before(self, text: str, span: Span) -> str | None:
        """The word before the span when it is a descriptor (سلطنة، مدينة، بمحافظة), else None."""
        previous = _PREVIOUS_WORD.search(text[max(0, span.start - _LOOKBEHIND) : span.start])
        if previous and self.gazetteer.descriptor(previous.group(1)):
            return previous.group(1)
        return None

    def after_word(self, text: str, span: Span, kind: str) -> bool:
        """Whether the word before the span is a descriptor of `kind` (admin_descriptors.tsv): site (ساحة،
        بميدان، شارع), quarter (حي، بحي)."""
        return self.word_before(text, span, kind) is not None

    def word_before(self, text: str, span: Span, kind: str) -> str | None:
        """The descriptor of `kind` the word before the span is, its proclitic off (بريف → ريف), or None."""
        previous = _PREVIOUS_WORD.search(text[max(0, span.start - _LOOKBEHIND) : span.start])
        if previous is None:
            return None
        forms = strip_clitics(normalize_name(previous.group(1)))
        return next((form for form in forms if self.gazetteer.admin_words.get(form) == kind), None)

    def quarter(self, article: Article, entity: Entity) -> bool:
        """Whether every mention of the entity follows a quarter word (حي)."""
        return bool(entity.mentions) and all(
            self.after_word(article.text, m, "quarter") for m in entity.mentions
        )

    def site_name(self, article: Article, entity: Entity, place: Place, context: Iterable[str]) -> bool:
        """Whether every mention names a site (ساحة الشهداء) and `place` lies outside the countries the
        article names (a neighbour is not enough: Egypt borders Israel): then the name is no town, and the
        site a local place."""
        countries = set(context)
        if not countries or not entity.mentions or place.is_country or place.country in countries:
            return False
        return all(self.after_word(article.text, m, "site") for m in entity.mentions)

    def anchor(self, places: tuple[Place, ...]) -> str | None:
        """The country an entity fixes for the others: a named country, or an unambiguous place's."""
        if not places:
            return None
        if places[0].is_country or len({p.country for p in places}) == 1:
            return places[0].country or None
        return None

    def choose(self, places: tuple[Place, ...], context: Iterable[str]) -> Place | None:
        """The best candidate given the countries the rest of the article points to."""
        if not places:
            return None
        countries = set(context)
        near = set().union(*(self.gazetteer.neighbours(c) for c in countries)) if countries else set()

        default = places[0]

        def tier(place: Place) -> int:
            # A hand-listed division or region has no population figure: the article alone decides.
            if place is not default and place.feature not in ADMIN_FEATURES:
                if place.population * DOMINANCE < default.population:
                    return 3
                neighbour = place.country not in countries
                if neighbour and place.population * NEIGHBOUR_DOMINANCE < default.population:
                    return 2
            return 0 if place.country in countries else 1 if place.country in near else 2

        # min() keeps the first of equal tiers, and `places` is already in the gazetteer's default order.
        return min(places, key=tier)

    def generic(self, name: str) -> bool:
        """Whether a mention is only a descriptor word (مقاطعة، الولايات، البلدية), no place name."""
        key = normalize_name(name)
        words = self.descriptor_words
        # The plural of a feminine descriptor too: الولايات "the states", المحافظات "the governorates".
        forms = (key, key[:-2] + "ه") if key.endswith("ات") else (key,)
        return any(form in words or toggle_article(form) in words for form in forms)

    def far_town(self, place: Place, context: Iterable[str]) -> bool:
        """Whether `place` is a small town outside the article's countries and their neighbours."""
        countries = set(context)
        if not countries or place.feature != "PPL" or place.population >= FAR_TOWN_POPULATION:
            return False
        near = set().union(*(self.gazetteer.neighbours(c) for c in countries))
        return place.country not in countries | near

    def __call__(self, article: Article) -> Article:
        found = {e.id: self.candidates(article, e) for e in article.entities if e.label == LABEL}
        if not found:
            return article
        anchors = {eid: self.anchor(places) for eid, places in found.items()}
        # Countries other stages already gave non-LOC entities (a Turkish official) count as context too.
        others = {e.id: e.country for e in article.entities if e.label != LABEL and e.country}
        entities = []
        votes: Counter[str] = Counter()
        dateline = dateline_end(article.text)
        far: dict[str, Entity] = {}  # entity id -> the entity as it came, for far small towns and sites
        for entity in article.entities:
            if entity.id not in found:
                entities.append(entity)
                continue
            # An entity is no clue to itself: عمان alone must not vote for Oman through its own candidates.
            context = {c for eid, c in (anchors | others).items() if c and eid != entity.id}
            place = self.choose(found[entity.id], context)
            if place is not None and (
                self.far_town(place, context) or self.site_name(article, entity, place, context)
            ):
                far[entity.id] = entity
            if place is None:
                entities.append(dataclasses.replace(entity, geo=None))
                continue
            country = entity.country or place.country or None
            # A country found here is coded as CAMEO codes a state: its ISO code (منغوليا → MNG).
            code = entity.actor_code or (place.country if place.is_country else None)
            entities.append(dataclasses.replace(entity, geo=place.geo(), country=country, actor_code=code))
            voting = sum(m.start >= dateline for m in entity.mentions)
            if country and voting:
                votes[country] += voting
        # A neighbourhood the gazetteer does not know (حي شعوب) lies in the city named closest before it.
        entities = [
            in_city(e, entities) if e.id in found and e.geo is None and self.quarter(article, e) else e
            for e in entities
        ]
        # A place the gazetteer does not know is most often a local one (a district, a village) of the
        # country the article's other places lie in: it takes that country when one leads.
        home = votes.most_common(1)[0][0] if votes else None
        if home:
            entities = [
                dataclasses.replace(far[e.id], geo=None)
                if e.id in far and e.country != home and far[e.id].country is None
                else e
                for e in entities
            ]
            entities = [
                dataclasses.replace(e, country=home)
                if e.id in found and e.geo is None and e.country is None
                else e
                for e in entities
            ]
        entities = [
            dataclasses.replace(e, geo=nearby_point(e, entities))
            if e.id in found and e.geo is None and e.country and not self.generic(e.name)
            else e
            for e in entities
        ]
        return dataclasses.replace(article, entities=tuple(entities))


def near(geo: Geo, country: str | None) -> Geo:
    """An estimated point at a known place, for a place the gazetteer lacks (no GeoNames id, no feature)."""
    return Geo(f"near {geo.name}", geo.lat, geo.lon, None, country, None)


def in_city(entity: Entity, entities: Sequence[Entity]) -> Entity:
    """A neighbourhood placed near the city (a geocoded populated place) mentioned closest before it, with
    that city's country; unchanged when the article names no city before it."""
    start = entity.mentions[0].start
    cities = [
        (m.start, other.geo)
        for other in entities
        if other.label == LABEL
        and other.geo
        and other.geo.lat is not None
        and (other.geo.feature or "").startswith("PPL")
        for m in other.mentions
        if m.start < start
    ]
    if not cities:
        return entity
    geo = max(cities, key=lambda c: c[0])[1]
    return dataclasses.replace(entity, country=entity.country or geo.country, geo=near(geo, geo.country))


def nearby_point(entity: Entity, entities: Iterable[Entity]) -> Geo | None:
    """An estimated point for a place the gazetteer does not know: the geocoded sub-national place of its
    country whose mention lies nearest to one of its mentions in the text (None when there is none)."""
    best: tuple[int, Geo] | None = None
    for other in entities:
        geo = other.geo
        if (
            other.label != LABEL
            or geo is None
            or geo.lat is None
            or geo.country != entity.country
            or geo.feature in COUNTRY_FEATURES
            or (geo.geonames_id is None and geo.feature is None)  # an estimate itself
        ):
            continue
        gap = min(abs(a.start - b.start) for a in entity.mentions for b in other.mentions)
        if best is None or gap < best[0]:
            best = (gap, geo)
    if best is None:
        return None
    return near(best[1], entity.country)
