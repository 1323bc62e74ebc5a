"""Hand-curated and dictionary-derived Arabic lexicons (TSV data in this folder), loaded once and cached.

Files: titles.tsv (hand), regions.tsv and place_stoplist.tsv (hand: regions with a point and a CAMEO
region code; place names the entities stage must not tag on its own), countries.tsv and
nationalities.tsv (derived from countries_hand.tsv), agents.tsv (agents_hand.tsv plus UniversalPetrarch's
Arabic agents), actors.tsv (actors_hand.tsv plus UniversalPetrarch's Arabic actor dictionary); the ORG rows of
actors_hand.tsv double as organisation names the entities stage tags (`organisations`).
`python -m train.lexicons` regenerates the derived files. The other files here are read by their own
modules: admin_divisions.tsv, admin_descriptors.tsv, place_variants.tsv (marsad.gazetteer), attribution.tsv,
reporting_verbs.tsv and outlets.tsv (marsad.quotes_lexicon; outlets also feed the entities and actors
stages), event_*.tsv and cameo.tsv (marsad.events_lexicon).
Every row carries an English gloss and a `from` column naming where it comes from.

Two matching keys exist. Titles, countries and nationalities are keyed by the folded surface form
(arabic.fold), since their inflection is listed explicitly. Agents and actors are keyed by `phrase_key`,
a lemma-like key (no ال, no feminine or plural ending), because UniversalPetrarch writes its entries
as lemmas (مجلس_أمن_دولي for مجلس الأمن الدولي).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from marsad.arabic import fold

HERE = Path(__file__).resolve().parent

# Prepositions UniversalPetrarch writes as separate lemmas (أمين_عام_ل_أمة_المتحدة): no meaning for a key.
_PARTICLES = frozenset({"ل", "ب", "ك", "و", "ف", "من", "في", "الى", "على", "عن"})


@dataclass(frozen=True, slots=True)
class Title:
    """A role or title word/phrase: the CAMEO sector it implies and how it relates to a following name."""

    form: str
    gloss: str
    sector: str  # CAMEO sector (GOV, MIL ...) or "" when the complement decides (زعيم، المتحدث باسم)
    relational: str  # "" (the named person's own title), "office" (adviser/deputy of X), "kin" (son of X)
    override: bool  # a sector found in the complement wins (رئيس البرلمان → LEG, not رئيس's GOV)
    source: str


@dataclass(frozen=True, slots=True)
class Agent:
    """A common-noun actor (الجيش، الشرطة، المعارضة) and its CAMEO sector code."""

    form: str
    gloss: str
    code: str
    source: str


@dataclass(frozen=True, slots=True)
class NamedActor:
    """A named actor (person or organisation) with its CAMEO actor code."""

    name: str
    code: str
    history: str  # every code the dictionary gives, with its date range: "TURGOV>20030314;TURPTY 2001..."
    gloss: str
    source: str


@dataclass(frozen=True, slots=True)
class Region:
    """A named region, sea or sub-national area: a representative point, its country and CAMEO code."""

    form: str
    lat: float
    lon: float
    geonames_id: int | None
    country: str | None  # ISO alpha-3; None for regions across or outside borders (أوروبا، بحر البلطيق)
    code: str | None  # CAMEO region code (MEA, EUR, PGS …) or None
    gloss: str


def strip_al(word: str) -> str:
    """A folded word without its definite article (الله and short words like الى kept)."""
    if word.startswith("ال") and len(word) > 4 and word != "الله":
        return word[2:]
    if word.startswith("لل") and len(word) > 4:  # ل + ال written لل (للأمم): the article's alef drops
        return word[2:]
    return word


def word_key(word: str) -> str:
    """A lemma-like key for one word: folded, no ال, no feminine ه, nisba plural يون/يين → ي."""
    w = strip_al(fold(word))
    if len(w) > 5 and (w.endswith("يون") or w.endswith("يين")):
        w = w[:-2]
    elif len(w) > 4 and (w.endswith("ون") or w.endswith("ين")) and w[-3] != "ي":
        w = w[:-2]  # sound masculine plural: المتظاهرون/المتظاهرين → متظاهر
    elif len(w) > 3 and w.endswith("ات"):
        w = w[:-2]  # sound feminine plural: الميليشيات → ميليشي (as ميليشيا → ميليشي below)
    if len(w) > 2 and w[-1] in "ها":
        w = w[:-1]  # feminine ة (folded to ه) and final alef: سورية/سوريا, ميليشيا → ميليشي
    return w


def phrase_key(words: Iterable[str]) -> str:
    """The lemma-like key of a phrase: word keys joined by spaces, particles dropped."""
    keys = (word_key(w) for w in words)
    return " ".join(k for k in keys if k and k not in _PARTICLES)


def split_phrase(text: str) -> list[str]:
    """The words of a lexicon entry or a UniversalPetrarch lemma (underscore-joined)."""
    return [w for w in text.replace("_", " ").split() if w]


def read_tsv(name: str) -> Iterator[dict[str, str]]:
    """Rows of a lexicon TSV as dicts; lines starting with # are comments."""
    path = HERE / name
    with path.open(encoding="utf-8") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)


@cache
def titles() -> dict[str, Title]:
    """Titles keyed by folded form; an entry written without ال also matches with it (وزير, الوزير)."""
    out: dict[str, Title] = {}
    explicit: set[str] = set()
    for row in read_tsv("titles.tsv"):
        title = Title(
            form=row["form"],
            gloss=row["gloss"],
            sector=row["sector"],
            relational=row["relational"],
            override=row["override"] == "yes",
            source=row["from"],
        )
        key = " ".join(fold(w) for w in row["form"].split())
        out[key] = title
        explicit.add(key)
        if not key.startswith("ال"):
            definite = "ال" + key
            if definite not in explicit:  # an explicit row wins: النائب (MP) is not نائب (deputy)
                out[definite] = title
    return out


@cache
def nationalities() -> dict[str, str]:
    """Nationality adjectives (التركي، التركية، الأتراك …) keyed by folded form → ISO alpha-3."""
    return {
        " ".join(fold(w) for w in row["form"].split()): row["iso3"] for row in read_tsv("nationalities.tsv")
    }


@cache
def countries() -> dict[str, str]:
    """Country names (تركيا، الولايات المتحدة …) keyed by folded form → ISO alpha-3."""
    return {" ".join(fold(w) for w in row["form"].split()): row["iso3"] for row in read_tsv("countries.tsv")}


@cache
def outlet_countries() -> dict[str, str]:
    """News outlet names and variants from outlets.tsv keyed by folded form → ISO alpha-3 of their base."""
    out: dict[str, str] = {}
    for row in read_tsv("outlets.tsv"):
        for surface in [row["name"], *filter(None, row["variants"].split("|"))]:
            if row["country"]:
                out[" ".join(fold(w) for w in surface.split())] = row["country"]
    return out


@cache
def place_stoplist() -> frozenset[str]:
    """Place names that are mostly common words or given names in news (place_stoplist.tsv), folded."""
    return frozenset(" ".join(fold(w) for w in row["form"].split()) for row in read_tsv("place_stoplist.tsv"))


@cache
def regions() -> dict[str, Region]:
    """Regions keyed by folded form (regions.tsv)."""
    out: dict[str, Region] = {}
    for row in read_tsv("regions.tsv"):
        key = " ".join(fold(w) for w in row["form"].split())
        out[key] = Region(
            form=row["form"],
            lat=float(row["lat"]),
            lon=float(row["lon"]),
            geonames_id=int(row["geonames_id"]) if row["geonames_id"] else None,
            country=row["country"] or None,
            code=row["code"] or None,
            gloss=row["gloss"],
        )
    return out


@cache
def agents() -> dict[str, Agent]:
    """Agent nouns keyed by phrase_key → CAMEO sector code (hand rows listed first win)."""
    out: dict[str, Agent] = {}
    for row in read_tsv("agents.tsv"):
        key = phrase_key(split_phrase(row["form"]))
        if key and key not in out:
            out[key] = Agent(form=row["form"], gloss=row["gloss"], code=row["code"], source=row["from"])
    return out


@cache
def actors() -> dict[str, NamedActor]:
    """Named actors keyed by phrase_key → CAMEO actor code (hand rows listed first win)."""
    out: dict[str, NamedActor] = {}
    for row in read_tsv("actors.tsv"):
        words = split_phrase(row["name"])
        # Also keyed without a ل on an inner word (المرصد السوري لحقوق الإنسان): a segmenter sets it aside.
        inner = [
            w[1:] if i and len(w) > 3 and w[0] == "ل" and w[1] != "ل" else w for i, w in enumerate(words)
        ]
        for key in dict.fromkeys([phrase_key(words), phrase_key(inner)]):
            if not key or key in out:
                continue
            out[key] = NamedActor(
                name=row["name"],
                code=row["code"],
                history=row["history"],
                gloss=row["gloss"],
                source=row["from"],
            )
    return out


def _hand_names(label: str, min_words: int = 1) -> frozenset[str]:
    """Folded names of actors_hand.tsv rows with `label`, of at least `min_words` words."""
    return frozenset(
        " ".join(fold(w) for w in row["name"].split())
        for row in read_tsv("actors_hand.tsv")
        if row["label"] == label and len(row["name"].split()) >= min_words
    )


@cache
def organisations() -> frozenset[str]:
    """Organisation names (actors_hand.tsv rows labelled ORG), folded: names the NER may miss."""
    return _hand_names("ORG")


@cache
def people() -> frozenset[str]:
    """People's names (actors_hand.tsv rows labelled PER) of two words or more, folded: a name the NER
    cut short (الرئيس السوري أحمد، its family name الشرع read as "the law") is grown to them."""
    return _hand_names("PER", min_words=2)


@cache
def given_names() -> frozenset[str]:
    """Given names that begin with a letter the clitic segmenter cuts (بسام، لبنى), as written: not folded,
    since لبني (ل + بني "to Bani") must not read as لبنى."""
    return frozenset(row["form"] for row in read_tsv("given_names.tsv"))


@cache
def organisation_aliases() -> dict[str, str]:
    """Folded organisation name → the thing it names (its gloss before any parenthesis), for merging.

    Rows of actors_hand.tsv with one gloss name one organisation (الإنتربول، منظمة الشرطة الجنائية الدولية:
    Interpol); rows with their own gloss stay apart even under one code (مجلس الأمن, الأمم المتحدة).
    """
    return {
        " ".join(fold(w) for w in row["name"].split()): row["gloss"].split(" (")[0]
        for row in read_tsv("actors_hand.tsv")
        if row["label"] == "ORG"
    }


def longest_words(keys: Iterable[str]) -> int:
    """The most words any key has: the longest n-gram worth trying against a lexicon."""
    return max((k.count(" ") + 1 for k in keys), default=0)
