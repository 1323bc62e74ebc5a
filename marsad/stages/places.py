"""The places stage: geocode every LOC entity offline with the shipped gazetteer (GeoNames).

Each LOC entity gets the candidates of all its mentions (marsad.gazetteer handles clitics the segmenter
left on, ال, and descriptors such as مدينة). Among several candidates the article decides first: a
place in a country the article already names, or whose one unambiguous place lies in, beats one in a
bordering country, which beats the rest; the gazetteer's default order (a preferred reading from the
lexicon, then country > capital > town, then population) settles what the article leaves open.
A word just before a mention can also tell the kind of place (سلطنة عمان is the country, not Amman), and a
nationality adjective the NER left at a mention's end tells its country (شيكاغو الأمريكية is Chicago, USA).
A country found gets its ISO code as actor code (CAMEO codes a state so). A place the gazetteer does not
know takes the country most of the article's geocoded place mentions lie in (a dateline's places do not
count: `dateline_end`), as such a place is mostly a local one.

Reads: text, entities
Writes: entities (geo and, when unset, country of LOC entities)
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterable

from marsad import lexicons
from marsad.arabic import fold
from marsad.article import Article, Entity, Span
from marsad.gazetteer import Gazetteer, Place

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
# A dateline: "دبي، الإمارات العربية المتحدة (CNN) --" opens a wire report with where it was filed, which
# says nothing of the country the story is about: its places do not vote for the article's country.
DATELINE = re.compile(r"^[^\n()]{0,60}\((?:CNN|[A-Za-z .]{2,20}|[\u0621-\u064a ]{2,20})\)\s*[-—–]+")


def dateline_end(text: str) -> int:
    """The offset where the article's dateline ends (0 when it has none)."""
    found = DATELINE.match(text)
    return found.end() if found else 0


class Places:
    """Callable stage holding the loaded gazetteer."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.nationalities = lexicons.nationalities()

    @classmethod
    def load(cls) -> Places:
        """Load the shipped gazetteer."""
        return cls(Gazetteer.load())

    def candidates(self, article: Article, entity: Entity) -> tuple[Place, ...]:
        """Candidate places of all the entity's mentions, each mention's best first, without duplicates."""
        found: dict[Place, None] = {}
        surfaces: list[tuple[str, Span | None]] = [(article.span_text(m), m) for m in entity.mentions]
        for surface, span in surfaces or [(entity.name, None)]:
            places = self.gazetteer.lookup(surface) or self.lookup_with_nationality(surface)
            kind = self.descriptor_before(article.text, span) if span else None
            if kind:
                places = self.gazetteer.restrict(places, kind)
            found.update(dict.fromkeys(places))
        return tuple(found)

    def lookup_with_nationality(self, surface: str) -> tuple[Place, ...]:
        """Candidates of a name followed by a nationality adjective (شيكاغو الأمريكية), its country first."""
        name, _, last = surface.rpartition(" ")
        iso = self.nationalities.get(fold(last)) if name else None
        if iso is None:
            return ()
        places = self.gazetteer.lookup(name)
        return tuple(sorted(places, key=lambda p: p.country != iso))

    def descriptor_before(self, text: str, span: Span) -> str | None:
        """ "country" or "city" when the word before the span is a descriptor (سلطنة، مدينة)."""
        previous = _PREVIOUS_WORD.search(text[max(0, span.start - _LOOKBEHIND) : span.start])
        return self.gazetteer.descriptor(previous.group(1)) if previous else None

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
            if place is not default and place.population * DOMINANCE < default.population:
                return 3
            return 0 if place.country in countries else 1 if place.country in near else 2

        # min() keeps the first of equal tiers, and `places` is already in the gazetteer's default order.
        return min(places, key=tier)

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
        for entity in article.entities:
            if entity.id not in found:
                entities.append(entity)
                continue
            # An entity is no clue to itself: عمان alone must not vote for Oman through its own candidates.
            context = {c for eid, c in (anchors | others).items() if c and eid != entity.id}
            place = self.choose(found[entity.id], context)
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
        # A place the gazetteer does not know is most often a local one (a district, a village) of the
        # country the article's other places lie in: it takes that country when one leads.
        home = votes.most_common(1)[0][0] if votes else None
        if home:
            entities = [
                dataclasses.replace(e, country=home)
                if e.id in found and e.geo is None and e.country is None
                else e
                for e in entities
            ]
        return dataclasses.replace(article, entities=tuple(entities))
