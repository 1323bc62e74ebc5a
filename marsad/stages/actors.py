"""The actors stage: each entity's roles, country and CAMEO actor code (country + sector).

Evidence, strongest first (what the text says beats what a dictionary remembers):
  country: a nationality adjective or country name in the entity's roles (الرئيس التركي → TUR), then in its
           name (الجيش السوري → SYR, وزارة الخارجية العراقية → IRQ), then the country of a country name
           found by the gazetteer (marsad.gazetteer, when present), then the actors lexicon (أردوغان → TUR).
  sector:  the roles' title sectors (وزير → GOV, رئيس الأركان → MIL), then agent words in an ORG's name
           (الجيش → MIL, الشرطة → COP, المعارضة → OPP), then the actors lexicon's code.
An international organisation takes its own code (الأمم المتحدة → IGOUNO) with no country. A LOC entity
that is a country by name gets its ISO code as country and actor code (CAMEO codes a state as TUR); a
region in lexicons/regions.tsv gets its CAMEO region code (الشرق الأوسط → MEA, الخليج → PGS) and its
country (none for regions across borders); other places are left to the places stage. A news outlet of
lexicons/outlets.tsv is its country's media (بي بي سي → GBRMED). المعارضة السورية is coded SYROPP:
without a word for arms (المعارضة المسلحة، فصائل المعارضة → REB) the opposition is political, as in
CAMEO's OPP. A comma may stand between a title and the name (الرئيس الأمريكي، دونالد ترامب: roles.py).

Reads: entities, tokens
Writes: entities (roles, country, actor_code)
"""

from __future__ import annotations

import bisect
import dataclasses
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Protocol

from marsad import lexicons
from marsad.actor_names import NAME_LINKS, given_end, longest
from marsad.arabic import fold
from marsad.article import Article, Entity, Span
from marsad.entity_companies import HEADS as COMPANY_HEADS
from marsad.entity_places import OPEN_QUOTES
from marsad.events_codes import SECTORS
from marsad.role_complements import SECTOR_RANKS
from marsad.role_words import elided
from marsad.roles import RoleFinder, Word
from marsad.stages.places import dateline_end

# "in" opening a sentence (وفي تونس …): the country it names is the sentence's scene (Actors.scene_countries).
IN_SCENE = fold("في")

SOURCE = "actors.v1"
# Codes that stand on their own: international and non-governmental organisations and international
# militarized groups (the Islamic State, IMGMUSISI; the entities gold writes its country as null) carry no
# country.
STATELESS = ("IGO", "NGO", "IMG")
# Type nouns before an outlet's name (وكالة "معا"، صحيفة واشنطن بوست): set aside to find the outlet.
OUTLET_TYPES = frozenset(
    fold(w)
    for w in [
        "وكالة",
        "وكالة أنباء",
        "صحيفة",
        "جريدة",
        "قناة",
        "تلفزيون",
        "موقع",
        "شبكة",
        "إذاعة",
        "مجلة",
        "تطبيق",  # app (تطبيق بي بي سي عربي)
    ]
)
# Type nouns that name other things too (قناة "canal", شبكة "network"): an outlet only before a quoted name.
UNQUOTED_NOT_OUTLETS = frozenset(fold(w) for w in ["قناة", "شبكة"])
# Edition words after an outlet's name: بي بي سي عربي (BBC Arabic), سكاي نيوز عربية.
OUTLET_EDITIONS = frozenset(fold(w) for w in ["عربي", "عربية", "العربية", "بالعربية"])


# The article's country stands in for a person's or organisation's when its places' mentions give the
# leader at least this share (tuned on the entities gold tune half; rerun bench.eval_entities after).
DOMINANT_SHARE = 0.0
PERSON_SECTOR = "CVL"
# The least population of a town an organisation named after it takes its country from (ليفربول): below it a
# name's first word too often reads as some village abroad.
NAMESAKE_TOWN = 50_000
NATIONALITY_VOTE = 1  # a nationality adjective's vote, in place mentions (tried 0.5, 1, 2 on the tune half)


class CountryLookup(Protocol):
    """What the stage needs of a gazetteer: the ISO alpha-3 country a folded place name is, if any, and the
    country of a town of at least `population` people a name most likely is."""

    def country_of(self, folded_name: str) -> str | None: ...

    def town_country(self, folded_name: str, population: int) -> str | None: ...


def _default_gazetteer() -> CountryLookup | None:
    """The colleague-built gazetteer when it is installed; the stage works without it."""
    try:
        from marsad.gazetteer import Gazetteer  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    loaded: CountryLookup = Gazetteer.load()
    return loaded


class Actors:
    """Callable stage: country and actor code for PER/ORG entities, ISO code for country LOCs."""

    def __init__(
        self,
        gazetteer: CountryLookup | None = None,
        people: Mapping[str, str] | None = None,
        given: frozenset[str] = frozenset(),
    ) -> None:
        self.gazetteer = gazetteer
        self.people = people or {}  # known people's nationalities (folded name -> ISO), learnt from ANT
        self.given = given  # how known people's names begin (entity_people.given_names): given names
        self.nationalities = lexicons.nationalities()
        self.countries = lexicons.countries()
        self.agents = lexicons.agents()
        self.actors = lexicons.actors()
        self.regions = lexicons.regions()
        self.outlets = lexicons.outlet_countries()

    @classmethod
    def load(cls) -> Actors:
        """The stage with the lexicons and, when present, the gazetteer."""
        from marsad.entity_people import given_names, people_countries

        return cls(_default_gazetteer(), people_countries(), given_names())

    def __call__(self, article: Article) -> Article:
        # Title phrases stop at people's names only (see merge): ORG and LOC names run on in them.
        finder = RoleFinder(article, [m for e in article.entities if e.label == "PER" for m in e.mentions])
        fallback = self.article_country(article, finder)
        scenes = self.scene_countries(article, finder)
        starts = [s.start for s in article.sentences] if scenes else []
        coded = tuple(
            self.code(article, finder, e, _scene_of(e, starts, scenes) or fallback) for e in article.entities
        )
        return dataclasses.replace(article, entities=coded)

    def scene_countries(self, article: Article, finder: RoleFinder) -> dict[int, str]:
        """Sentence index -> the country a sentence opens on (وفي تونس المجاورة، قال الرئيس …: Tunisia), the
        default country of the people and bodies in it that the text gives none of their own."""
        scenes: dict[int, str] = {}
        places = {m.start: e for e in article.entities if e.label == "LOC" for m in e.mentions}
        for k, sentence in enumerate(article.sentences):
            i = finder.index_at(sentence.start)
            if i is None or i + 1 >= len(finder.words) or finder.words[i].stem != IN_SCENE:
                continue
            place = places.get(finder.words[i + 1].span.start)
            if place is None:
                continue
            key = fold(place.name)
            iso = self.countries.get(key)
            if iso is None and self.gazetteer is not None and key not in self.regions:
                iso = self.gazetteer.country_of(key)  # وفي بغداد، قال رئيس الوزراء …: Iraq
            if iso:
                scenes[k] = iso
        return scenes

    def article_country(self, article: Article, finder: RoleFinder) -> str | None:
        """The country the article is mostly about, when one clearly dominates its places.

        Each mention of a place counts for the place's country (a country by name, a region's country,
        else the gazetteer's reading of the name), and each nationality adjective for its country
        (NATIONALITY_VOTE), except in the dateline (places.dateline_end); the leader must hold at least
        DOMINANT_SHARE of the votes.
        """
        votes: Counter[str] = Counter()
        dateline = dateline_end(article.text)
        for entity in article.entities:
            voting = sum(m.start >= dateline for m in entity.mentions)
            if entity.label != "LOC" or not voting:
                continue
            iso = self._country_of_place(entity.name)
            if iso:
                votes[iso] += voting
        in_names = {  # words of people's names: المصري in محمد المصري is a family name
            k
            for e in article.entities
            if e.label == "PER"
            for m in e.mentions
            for k in range(finder.index_at(m.start) or 0, (finder.index_at(m.end - 1) or -1) + 1)
        }
        for w in finder.words:  # nationality adjectives: الداعية القطري, القوات السورية
            iso = self.nationalities.get(w.stem) if w.span.start >= dateline else None
            if iso and w.index not in in_names:
                votes[iso] += NATIONALITY_VOTE
        if not votes:
            return None
        (iso, n), total = votes.most_common(1)[0], sum(votes.values())
        return iso if n >= DOMINANT_SHARE * total else None

    def code(
        self, article: Article, finder: RoleFinder, entity: Entity, fallback: str | None = None
    ) -> Entity:
        """One entity with its roles, country and actor code filled in (values already set are kept).

        `fallback` is the article's country (article_country), for a person or organisation the text
        gives no country of its own.
        """
        words = self._name_words(article, finder, entity)
        stems = [w.stem for w in words]
        if entity.label == "LOC":
            return self._place(entity, " ".join(stems))
        if entity.label not in ("PER", "ORG"):
            return entity
        roles = []
        if entity.label == "PER":
            roles = [r for m in entity.mentions for r in finder.roles_for(m).roles]
            if not entity.roles:  # merge not run: take the roles found here
                entity = dataclasses.replace(entity, roles=tuple(dict.fromkeys(r.text for r in roles)))
            # No nationality inside a person's name: المصري, التونسي are common family names.
            country = next((r.country for r in roles if r.country), None)
            # a rank's MIL yields to another role's sector: Arab police carry the army's ranks (اللواء
            # أحمد علي قائد شرطة المحافظة is a police general, COP)
            sector = next(
                (r.sector for r in roles if r.sector and fold(r.title.form) not in SECTOR_RANKS), None
            )
            sector = sector or next((r.sector for r in roles if r.sector), None)
            org = next((r.org_code for r in roles if r.org_code), None)
            named, n_named = longest(stems, self._actor, suffixes_only=True)
            if n_named == 1 < len(stems) and stems[-1].startswith("ال"):
                # A lone family name with ال (الهاشمي، المصري) is shared by many: the dictionary's
                # bearer (Tariq al-Hashimi) is not every العميد رداد الهاشمي.
                named = None
            elif named and given_end(stems, n_named, self.given):
                named = None
        # Stems first; the folded words as written too, as a segmenter may read a letter of a foreign
        # name as a clitic (بوست "Post" cut as ب + وست).
        elif (outlet := self._outlet(stems) or self._outlet(fold(entity.name).split())) is not None:
            return dataclasses.replace(  # a news outlet: its country's media (بي بي سي → GBRMED)
                entity, country=entity.country or outlet, actor_code=entity.actor_code or f"{outlet}MED"
            )
        else:
            country, org = self._country_in(stems) or self._adjective_after(finder, words), None
            sector, n_agent = longest(stems, self._agent)
            named, n_named = longest(stems, self._actor)
            # The name as merge wrote it, with the article's alif back after a ل proclitic that ate it
            # (للحرس الثوري → الحرس الثوري, merge.display_name), which the cut stems lack; also when the
            # stems match only a part (للديوان الملكي الهاشمي: الهاشمي alone is a person).
            whole, n_whole = longest(fold(entity.name).split(), self._actor)
            if named is None or n_whole > n_named:
                named, n_named = whole, n_whole
            if sector is None and named is None and words and elided(words[0]):
                # لجيش الوطني الليبي (of للجيش): the ل ate the article's alif; the agent is الجيش
                restored = ["ا" + stems[0], *stems[1:]]
                sector, n_agent = longest(restored, self._agent)
                named, n_named = longest(restored, self._actor)
            if sector is None and named is None and _after_outlet_type(finder, words):
                sector = "MED"  # موقع "مدى مصر": an outlet no lexicon lists, named after its type noun
            if sector is None and named is None and _after_company_head(finder, words):
                sector = "BUS"  # شركة مصر للغزل والنسيج (marsad.entity_companies): a company
            if n_named < n_agent:
                named = None  # مجلس الأمن القومي (an agent) is not مجلس الأمن (the UN's)
            elif named:
                sector = None
                if n_named > 1 and named[:3] not in SECTORS and not named.startswith(STATELESS):
                    # a listed name of several words: its code's country, not a place named after it
                    # (تحالف دعم الشرعية في اليمن is the Saudi-led coalition, SAUMIL, not Yemen's)
                    country = named[:3]
        # A dictionary code that opens with a sector (وزارة تعليم → GOVEDU, as UniversalPetrarch writes an
        # unnamed state's body) names no country: the text's or the article's goes before it.
        sector_first = named is not None and named[:3] in SECTORS
        if entity.label == "ORG" and not country and (named is None or sector_first):
            # وزارة الصحة بصنعاء، مستشفى في غزة: a body's seat, written right after it, before the article's
            country = self._seat(article, finder, words)
        if named and sector_first and not roles:
            country = entity.country or country or fallback
            return dataclasses.replace(
                entity, country=country, actor_code=entity.actor_code or (country or "") + named
            )
        if named and not roles and (entity.label == "PER" or sector is None):
            return dataclasses.replace(  # the dictionary's code whole: حركة حماس → PSEREBHMS
                entity,
                country=entity.country or country or (None if named.startswith(STATELESS) else named[:3]),
                actor_code=entity.actor_code or named,
            )
        if named and named.startswith(STATELESS):
            org = org or named
        elif named:
            # the body a role names goes before a dictionary name's country (القيادي في جبهة الخلاص
            # الوطني جوهر بن مبارك: Tunisia's opposition, though مبارك alone is Egypt's Mubarak)
            country = country or _org_country(org) or (None if sector_first else named[:3])
            sector = sector or (named[:3] if sector_first else named[3:6]) or None
        if org and org.startswith(STATELESS) and sector in (None, *STATELESS):
            code: str | None = org  # الأمم المتحدة, الأمين العام للأمم المتحدة: the organisation's code
            country = None
        elif org and entity.label == "PER" and sector in (None, org[3:6]):
            # A title with no sector of its own takes the organisation's code (مدير المرصد السوري
            # لحقوق الإنسان → SYROPPHRI): a person acts in the role the article gives them.
            code, country = org, country or org[:3]
            if _org_country(org) not in (None, country) and org[3:6]:
                # the role's nationality names another state than the dictionary's body (المتحدث باسم الحزب
                # الديمقراطي الكردستاني الإيراني: an Iranian party, not the US Democratic Party)
                code = country + org[3:6]
        else:
            # An envoy to a country (المبعوث الخاص إلى سوريا) is not of the country the article is about.
            country = country or _org_country(org)  # المتحدث العسكري باسم جماعة الحوثي: the group's country
            if entity.label == "ORG" and named is None and sector is None:
                country = country or self._named_after(stems)  # ليفربول: the club's city, England
            if entity.label == "PER":
                country = country or self.people.get(fold(entity.name))  # ميسي in a Spanish report: ARG
            if fallback not in {r.destination for r in roles}:
                country = country or fallback
            if entity.label == "PER" and sector is None and country and PERSON_SECTOR:
                sector = PERSON_SECTOR
            # A bare country is a state's code (CAMEO): no code for a body or person of unknown sector.
            code = (country or "") + sector if sector else None
        return dataclasses.replace(
            entity, country=entity.country or country, actor_code=entity.actor_code or code
        )

    def _place(self, entity: Entity, name: str) -> Entity:
        """A country's ISO code as country and actor code; a region's country and CAMEO region code."""
        iso = self.countries.get(name)
        if iso is not None:
            return dataclasses.replace(
                entity, country=entity.country or iso, actor_code=entity.actor_code or iso
            )
        region = self.regions.get(name)
        if region is None:
            return entity
        return dataclasses.replace(
            entity, country=entity.country or region.country, actor_code=entity.actor_code or region.code
        )

    def _outlet(self, stems: Sequence[str]) -> str | None:
        """The country of the news outlet the name is, a type noun before it set aside (صحيفة واشنطن بوست).

        An edition word after the name (بي بي سي عربي, "BBC Arabic") is set aside too. The whole name is
        tried first: وكالة أنباء الشرق الأوسط is MENA (Egypt), not الشرق الأوسط (a Saudi daily) after its
        type words.
        """
        for n in (0, 2, 1):
            if n == 0 or " ".join(stems[:n]) in OUTLET_TYPES:
                rest = list(stems[n:])
                for name in (rest, rest[:-1] if rest and rest[-1] in OUTLET_EDITIONS else None):
                    iso = self.outlets.get(" ".join(name)) if name else None
                    if iso:
                        return iso
        return None

    def _agent(self, key: str) -> str | None:
        agent = self.agents.get(key)
        return agent.code if agent else None

    def _actor(self, key: str) -> str | None:
        actor = self.actors.get(key)
        return actor.code if actor else None

    def _name_words(self, article: Article, finder: RoleFinder, entity: Entity) -> list[Word]:
        """The words of the entity's name (the mention whose text is the name, else the longest)."""
        spans = sorted(
            entity.mentions, key=lambda s: (article.text[s.start : s.end] != entity.name, s.start - s.end)
        )
        if not spans:
            return []
        span = spans[0]
        if article.text[span.start : span.end] != entity.name:
            at = article.text.find(entity.name, span.start, span.end)
            if at >= 0:
                span = Span(at, at + len(entity.name))
        first, last = finder.index_at(span.start), finder.index_at(span.end - 1)
        if first is None or last is None:
            return []
        return [w for w in finder.words[first : last + 1] if not w.is_punct]

    def _adjective_after(self, finder: RoleFinder, words: Sequence[Word]) -> str | None:
        """The country of a definite nationality adjective right after an organisation's name (شركة سينوبك
        الصينية → CHN): the adjective agrees with the organisation, outside the NER's mention."""
        k = words[-1].index + 1 if words else len(finder.words)
        if k >= len(finder.words):
            return None
        after = finder.words[k]
        if after.is_punct or after.prefixes or not after.stem.startswith("ال"):
            return None
        return self.nationalities.get(after.stem)

    def _seat(self, article: Article, finder: RoleFinder, words: Sequence[Word]) -> str | None:
        """The country of a place written right after an organisation's name, with ب or في (وزارة الصحة
        بصنعاء → YEM), or after one adjective with في; a country by name, a region's country or the
        gazetteer's reading."""
        k = words[-1].index + 1 if words else len(finder.words)
        if k + 1 < len(finder.words) and _adjective(finder.words[k]) and finder.words[k + 1].stem == IN_SCENE:
            k += 1  # one adjective between (المجلس العسكري الحاكم في النيجر → NER)
        if k < len(finder.words) and finder.words[k].stem == IN_SCENE and not finder.words[k].prefixes:
            k += 1
        elif k < len(finder.words) and finder.words[k].prefixes != ("ب",):
            return None
        if k >= len(finder.words):
            return None
        start = finder.words[k].span.start
        place = next(
            (e for e in article.entities if e.label == "LOC" for m in e.mentions if m.start == start), None
        )
        return None if place is None else self._country_of_place(place.name)

    def _country_of_place(self, name: str) -> str | None:
        """A place name's country: a country by name, a region's country, else the gazetteer's reading."""
        key = fold(name)
        region = self.regions.get(key)
        iso = self.countries.get(key) or (region.country if region else None)
        if iso is None and region is None and self.gazetteer is not None:
            iso = self.gazetteer.country_of(key)
        return iso

    def _country_in(self, stems: Sequence[str]) -> str | None:
        """A nationality adjective or country name inside an organisation's name (longest, leftmost).

        The gazetteer is asked last, and only about words after the head that carry no ال: common nouns such
        as الأمن also name small places abroad (a town in the Netherlands). A name that opens with a large
        town's name (`_named_after`) takes that town's country before a smaller place later in it, and when
        the gazetteer finds none there.
        """
        grams = [(i, n) for n in range(min(len(stems), 4), 0, -1) for i in range(len(stems) - n + 1)]
        for i, n in grams:
            gram = " ".join(stems[i : i + n])
            iso = self.nationalities.get(gram) or self.countries.get(gram)
            if iso:
                return iso
        if self.gazetteer is None:
            return None
        town = self._named_after(stems)
        for i, n in grams:
            if i > 0 and not stems[i].startswith("ال") and not NAME_LINKS & set(stems[i - 1 : i + n]):
                # بن in a person's name (مستشفى الأمير عبدالعزيز بن مساعد) is no Bonn, nor the name around it
                place = fold(" ".join(stems[i : i + n]))
                iso = self.gazetteer.country_of(place)
                if iso and town and self.gazetteer.town_country(place, NAMESAKE_TOWN) is None:
                    return town  # باريس سان جرمان: Paris's France, not San Germán (Puerto Rico), a small town
                if iso:
                    return iso  # ديربي مدريد "the Madrid derby": Madrid, a large town, keeps its Spain
        return town

    def _named_after(self, stems: Sequence[str]) -> str | None:
        """The country of a town the gazetteer knows that opens an organisation's name with no ال: a club or
        a body named after its town (ليفربول، مانشستر يونايتد) is of that town's country, whatever the
        article is about."""
        if not stems or stems[0].startswith("ال") or self.gazetteer is None:
            return None
        if self._agent(lexicons.word_key(stems[0])):
            return None  # سلطات الأمن "the security authorities": an agents lexicon word, no town
        first = fold(stems[0])
        # short words and small towns read too many names (أم is a Belgian town, كوبر a Slovenian one)
        return self.gazetteer.town_country(first, NAMESAKE_TOWN) if len(first) >= 4 else None


def _adjective(word: Word) -> bool:
    """A bare definite word, as an adjective after a name is written (الحاكم، الانتقالي)."""
    return not word.is_punct and not word.prefixes and word.stem.startswith("ال")


def _scene_of(entity: Entity, starts: Sequence[int], scenes: dict[int, str]) -> str | None:
    """The scene country (Actors.scene_countries) of the sentence of the entity's first mention, if any;
    `starts`: the article's sentence starts."""
    if not scenes or not entity.mentions:
        return None
    return scenes.get(bisect.bisect_right(starts, entity.mentions[0].start) - 1)


def _org_country(org: str | None) -> str | None:
    """The state an organisation's code opens with (SYROPPHRI → SYR); none for no code, a sector-first one
    (GOVEDU) or a stateless body's (IGO…, NGO…)."""
    if not org or not org[:3].isalpha() or org[:3] in SECTORS or org.startswith(STATELESS):
        return None
    return org[:3]


def _after_outlet_type(finder: RoleFinder, words: Sequence[Word]) -> bool:
    """Whether an outlet's type noun stands right before the name, or before its opening quotation mark
    (صحيفة "دون"، موقع «مدى مصر»، وكالة أنباء "X")."""
    if not words:
        return False
    k = words[0].index - 1
    quoted = (
        k >= 0 and finder.words[k].is_punct and finder.article.text[finder.words[k].span.start] in OPEN_QUOTES
    )
    k -= quoted
    if k < 0 or finder.words[k].is_punct:
        return False
    stem = finder.words[k].stem
    if stem in UNQUOTED_NOT_OUTLETS and not quoted:
        return False  # قناة السويس is the Suez Canal; قناة "الميادين" a channel
    return stem in OUTLET_TYPES or (k > 0 and f"{finder.words[k - 1].stem} {stem}" in OUTLET_TYPES)


def _after_company_head(finder: RoleFinder, words: Sequence[Word]) -> bool:
    """Whether a bare company head (شركة، بنك …; entity_companies.HEADS) stands right before the name."""
    k = words[0].index - 1 if words else -1
    return k >= 0 and not finder.words[k].is_punct and finder.words[k].stem in COMPANY_HEADS
