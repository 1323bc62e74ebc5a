"""Regenerate marsad's derived lexicons: `python -m train.lexicons` (reads ../shared/data or $MARSAD_SHARED).

- countries.tsv, nationalities.tsv: from the hand table countries_hand.tsv, by rule (see `nisba_forms`).
- agents.tsv: agents_hand.tsv, then UniversalPetrarch's Arabic agents (agents.all.ar.txt), filtered.
- actors.tsv: actors_hand.tsv, then UniversalPetrarch's Arabic actor dictionary (actor_dict_ar_v4.txt),
  filtered.

Dictionary entries are kept only when their lemma key (marsad.lexicons.phrase_key) occurs in the ANT v2.1
news corpus (Apache-2.0, ship) at least AGENT_MIN / ACTOR_MIN times: the dictionaries hold thousands of
lemmas that never occur in news, or occur only as noise. Only counts are read from the corpus; no text
is copied. Without the corpus every entry that passes the shape filters is kept. The gold articles
(bench/gold entities.jsonl and quotes*.jsonl, by docno: `train.clusters.Skipped`) are left out of the
counts since session 19: they measure the pipeline, so no lexicon may be chosen on their text.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from marsad.lexicons import HERE, phrase_key, read_tsv, split_phrase
from train.clusters import Skipped
from train.data import shared_dir

# Tuned by eye on the output: at 20 the agents keep the everyday nouns of news (a few hundred) and lose
# the CIA-world-leaders curiosities; actors need fewer hits since a name is specific (rerun and diff after).
AGENT_MIN = 20
ACTOR_MIN = 5
AGENT_MAX_WORDS = 3
# CAMEO sector codes worth keeping from agents.all.ar (one sector, or a sector pair such as GOVMED).
SECTORS = frozenset(
    [
        "GOV",
        "MIL",
        "REB",
        "OPP",
        "COP",
        "SPY",
        "JUD",
        "LEG",
        "MED",
        "BUS",
        "CVL",
        "EDU",
        "LAB",
        "REF",
        "HLH",
        "REL",
        "PTY",
        "UAF",
        "IGO",
        "NGO",
        "AGR",
        "ENV",
        "DEV",
        "HRI",
    ]
)
SECTOR_NAMES = {
    "GOV": "government",
    "MIL": "military",
    "REB": "rebels",
    "OPP": "opposition",
    "COP": "police",
    "SPY": "intelligence",
    "JUD": "judiciary",
    "LEG": "legislature",
    "MED": "media",
    "BUS": "business",
    "CVL": "civilians",
    "EDU": "education",
    "LAB": "labour",
    "REF": "refugees",
    "HLH": "health",
    "REL": "religion",
    "PTY": "party",
    "UAF": "armed group",
    "IGO": "intergovernmental org",
    "NGO": "non-governmental org",
    "ELI": "elite",
}
# Dictionary agents that are everyday words with another, commoner sense in news (فريق: team, not
# lieutenant general; أم: mother in names such as أم كلثوم; منتج: product; تمرد: the rebellion, an event).
AGENT_DROP = frozenset(
    ["فريق", "أم", "فار", "علامة", "منتج", "تمرد", "قافلة", "ثكنات", "الهوائية", "حاج", "مقيم"]
)


def no_actor_forms() -> set[str]:
    """Keys of the words the events' hand list marks as no actor (code "-": سيادة sovereignty, جسم body,
    حملة campaign, موقع site), whose UniversalPetrarch rows (CHLBUS, CHLEDU, OPP, MED) are left out here too:
    رئيس مجلس السيادة السوداني had made a Sudanese general a Chilean businessman."""
    return {phrase_key(split_phrase(r["form"])) for r in read_tsv("event_agents.tsv") if r["code"] == "-"}


_AGENT_LINE = re.compile(
    r"^(?P<en>[A-Z][A-Z_!' ]*?)\s*(?:\{\})?\s*\[~(?P<code>[A-Z]+)\]\s*(?P<ar>[^#?/]+?)\s*$"
)
_ACTOR_CODE = re.compile(r"\[([A-Z]+)\s*([^\]]*)\]")
_ARABIC_WORD = re.compile("[\u0621-\u064a\u0670-\u06d3]+")


def write_tsv(name: str, header: list[str], comments: list[str], rows: Iterable[list[str]]) -> int:
    """Write a lexicon TSV with comment lines and a header; return the number of rows."""
    body = ["\t".join(r) for r in rows]
    text = "".join(f"# {c}\n" for c in comments) + "\t".join(header) + "\n" + "".join(b + "\n" for b in body)
    (HERE / name).write_text(text, encoding="utf-8")
    return len(body)


def nisba_forms(nisba: str) -> list[str]:
    """Inflected forms of a masculine nisba adjective (one word, or two as in كوري شمالي).

    The rule, word by word: masc. تركي, fem. + ة (تركية), sound plurals + ون / + ين (سوريون, سوريين),
    each with and without the article ال (التركي, التركية, السوريين ...).
    """
    words = nisba.split()
    forms = []
    for ending in ("", "ة", "ون", "ين"):
        for article in ("", "ال"):
            forms.append(" ".join(article + w + ending for w in words))
    return forms


def build_countries() -> tuple[int, int]:
    """countries.tsv and nationalities.tsv from countries_hand.tsv."""
    names: list[list[str]] = []
    adjectives: list[list[str]] = []
    for row in read_tsv("countries_hand.tsv"):
        iso, gloss = row["iso3"], row["gloss"].split(" (")[0]
        for name in filter(None, row["names"].split("|")):
            names.append([name, iso, gloss, "countries_hand.tsv"])
        for nisba in filter(None, row["nisba"].split("|")):
            for form in nisba_forms(nisba):
                adjectives.append([form, iso, f"{gloss} (nisba adjective)", "countries_hand.tsv, nisba rule"])
        for plural in filter(None, row["plurals"].split("|")):
            for form in (plural, "ال" + plural):
                adjectives.append([form, iso, f"{gloss} (people, broken plural)", "countries_hand.tsv"])
    note = "Derived by `python -m train.lexicons` from countries_hand.tsv: edit that file, not this one."
    n_names = write_tsv("countries.tsv", ["form", "iso3", "gloss", "from"], [note], names)
    n_adj = write_tsv("nationalities.tsv", ["form", "iso3", "gloss", "from"], [note], adjectives)
    return n_names, n_adj


def corpus_counts(keys: set[str], max_words: int, skipped: Skipped | None = None) -> Counter[str] | None:
    """How often each key occurs (as word_key n-grams) in ANT v2.1, the articles whose docno is in
    `skipped.docnos` left out (counted there); None when the corpus is absent."""
    path = shared_dir() / "corpora" / "ant_v2.1" / "ant_v2.1_multisource.jsonl"
    if not path.exists():
        print(f"corpus not found at {path}: keeping every entry", file=sys.stderr)
        return None
    cache: dict[str, str] = {}
    counts: Counter[str] = Counter()
    with path.open(encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            if skipped is not None and skipped.leaves_out(doc):
                continue
            words = _ARABIC_WORD.findall(f"{doc.get('title') or ''} {doc.get('text') or ''}")
            ks = []
            for w in words:
                k = cache.get(w)
                if k is None:
                    k = cache[w] = phrase_key([w])
                ks.append(k)
            for n in range(1, max_words + 1):
                for i in range(len(ks) - n + 1):
                    gram = " ".join(g for g in ks[i : i + n] if g)
                    if gram in keys:
                        counts[gram] += 1
    return counts


def agent_candidates() -> tuple[list[list[str]], dict[str, list[str]]]:
    """The hand agent rows and the UniversalPetrarch agent rows by key (before the frequency filter)."""
    rows = [[r["form"], r["gloss"], r["code"], r["from"]] for r in read_tsv("agents_hand.tsv")]
    seen = {phrase_key(split_phrase(r[0])) for r in rows}
    path = shared_dir() / "events" / "universalpetrarch_arabic" / "agents.all.ar.txt"
    candidates: dict[str, list[str]] = {}
    seen |= no_actor_forms()
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _AGENT_LINE.match(line.strip())
        if not m:
            continue
        code, arabic = m["code"], m["ar"].strip()
        if code[:3] not in SECTORS or len(code) > 6 or len(arabic.split()) > AGENT_MAX_WORDS:
            continue
        key = phrase_key(split_phrase(arabic))
        if not key or key in seen or key in candidates or arabic in AGENT_DROP or len(key) < 3:
            continue
        gloss = m["en"].replace("!MINIST!", "MINISTRY").replace("_", " ").strip().lower()
        candidates[key] = [arabic, gloss, code, "UniversalPetrarch agents.all.ar"]
    return rows, candidates


def write_agents(rows: list[list[str]], candidates: dict[str, list[str]], counts: Counter[str] | None) -> int:
    """agents.tsv: the hand rows, then the frequent UniversalPetrarch agents."""
    kept = [row for key, row in candidates.items() if counts is None or counts[key] >= AGENT_MIN]
    note = [
        "Derived by `python -m train.lexicons`: agents_hand.tsv rows first, then UniversalPetrarch's Arabic",
        f"agents (MIT) with at most {AGENT_MAX_WORDS} words whose lemma key occurs >= {AGENT_MIN} times",
        "in ANT v2.1 outside the gold articles (bench/gold entities.jsonl, quotes*.jsonl).",
    ]
    return write_tsv("agents.tsv", ["form", "gloss", "code", "from"], note, rows + kept)


def code_gloss(code: str, country_names: dict[str, str]) -> str:
    """An English gloss of a CAMEO actor code: TURGOV → 'Turkey government'."""
    parts = [country_names.get(code[:3], code[:3]) if code[:3] not in SECTOR_NAMES else ""]
    parts += [SECTOR_NAMES.get(code[i : i + 3], code[i : i + 3]) for i in range(3, len(code), 3)]
    if code[:3] in SECTOR_NAMES:
        parts = [SECTOR_NAMES[code[:3]], *parts[1:]]
    return " ".join(p for p in parts if p) or code


def parse_actor_dict(path: Path) -> dict[str, list[tuple[str, str]]]:
    """UniversalPetrarch's actor dictionary as {lemma name: [(code, date range), ...]}."""
    entries: dict[str, list[tuple[str, str]]] = {}
    current: str | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line[0] == "\t" and current is not None:
            entries[current].extend((c, d.strip()) for c, d in _ACTOR_CODE.findall(line))
            continue
        name = line.split("[")[0].split("#")[0].strip().strip("_")
        current = name
        entries.setdefault(name, []).extend((c, d.strip()) for c, d in _ACTOR_CODE.findall(line))
    return {n: codes for n, codes in entries.items() if codes and _ARABIC_WORD.search(n)}


def current_code(codes: list[tuple[str, str]]) -> str:
    """The code in force most recently: an open range (>DATE) first, else the latest start date."""

    def start(dates: str) -> str:
        return dates.lstrip(">").strip().split("-")[0] if dates else ""

    open_ended = [c for c, d in codes if d.startswith(">")]
    if open_ended:
        return open_ended[-1]
    return max(codes, key=lambda cd: start(cd[1]))[0]


def generic_words() -> set[str]:
    """Word keys of titles, agents, countries and nationalities: a phrase made only of these is no name."""
    words: set[str] = set()
    for name, column in (("titles.tsv", "form"), ("agents_hand.tsv", "form"), ("countries.tsv", "form")):
        for row in read_tsv(name):
            words.update(phrase_key(split_phrase(row[column])).split())
    for row in read_tsv("nationalities.tsv"):
        words.update(phrase_key(split_phrase(row["form"])).split())
    return words


def actor_candidates() -> tuple[list[list[str]], dict[str, list[str]]]:
    """The hand actor rows and the UniversalPetrarch named actors by key (before the frequency filter)."""
    rows = [[r["name"], r["code"], "", r["gloss"], r["from"]] for r in read_tsv("actors_hand.tsv")]
    seen = {phrase_key(split_phrase(r[0])) for r in rows} | no_actor_forms()
    country_names = {r["iso3"]: r["gloss"].split(" (")[0] for r in read_tsv("countries_hand.tsv")}
    path = shared_dir() / "events" / "universalpetrarch_arabic" / "actor_dict_ar_v4.txt"
    candidates: dict[str, list[str]] = {}
    generic = generic_words()
    for name, codes in parse_actor_dict(path).items():
        words = split_phrase(name)
        key = phrase_key(words)
        code = current_code(codes)
        # A bare 3-letter code is a place (جدة [SAU]): places belong to the gazetteer, not here.
        if not key or key in seen or key in candidates or len(code) == 3 or len(words) > 5:
            continue
        if all(k in generic for k in key.split()):
            continue  # رئيس روسي, برلمان لبناني: roles and agents code these compositionally
        history = ";".join(f"{c} {d}".strip() for c, d in dict.fromkeys(codes))
        gloss = code_gloss(code, country_names)
        candidates[key] = [" ".join(words), code, history, gloss, "UniversalPetrarch actor_dict_ar_v4"]
    return rows, candidates


def write_actors(rows: list[list[str]], candidates: dict[str, list[str]], counts: Counter[str] | None) -> int:
    """actors.tsv: the hand rows, then UniversalPetrarch's named actors that occur in the corpus."""
    kept = [row for key, row in candidates.items() if counts is None or counts[key] >= ACTOR_MIN]
    note = [
        "Derived by `python -m train.lexicons`: actors_hand.tsv rows first, then UniversalPetrarch's Arabic",
        "actor dictionary (MIT; names written as its lemmas) with a code beyond a bare country, seen",
        f">= {ACTOR_MIN} times in ANT v2.1 outside the gold articles (bench/gold entities.jsonl,",
        "quotes*.jsonl). code = the code in force most recently; history = every code with its date range.",
    ]
    return write_tsv("actors.tsv", ["name", "code", "history", "gloss", "from"], note, rows + kept)


def main() -> None:
    """Rebuild every derived lexicon and print their sizes."""
    n_countries, n_nat = build_countries()
    agent_rows, agent_keys = agent_candidates()
    actor_rows, actor_keys = actor_candidates()
    skipped = Skipped()
    counts = corpus_counts(set(agent_keys) | set(actor_keys), 5, skipped)  # one pass over the corpus for both
    n_agents = write_agents(agent_rows, agent_keys, counts)
    n_actors = write_actors(actor_rows, actor_keys, counts)
    sizes = f"countries.tsv {n_countries}, nationalities.tsv {n_nat}, agents.tsv {n_agents}"
    left_out = f"{skipped.lines} gold articles left out of the counts"
    print(f"{sizes}, actors.tsv {n_actors}; {left_out}")


if __name__ == "__main__":
    main()
