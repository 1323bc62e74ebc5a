"""The events stage's lexicons: trigger forms (event_triggers.tsv) and the CAMEO code table (cameo.tsv).

Triggers are indexed by their first folded word; a multi-word trigger (أطلق النار، فرض عقوبات) lists the
words that must follow. Matching keys for a token come from `token_keys`: the folded stem, with ل+ال
(للمتظاهرين) restored to ال, the whole folded token, and the stem with or without ال.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import NamedTuple

from marsad import lexicons
from marsad.arabic import fold
from marsad.article import Token

VERSION = "events.rules.v1"


class Trigger(NamedTuple):
    """One surface form of a trigger entry."""

    words: tuple[str, ...]  # folded words; the first is the index key
    lemma: str
    aspect: str  # past, imperf, noun, passive
    frame: str  # obj, agent, intr
    cameo: str
    origin: str  # "hand" or the dictionary it came from

    @property
    def entry(self) -> str:
        """The lexicon entry's id, recorded on every event it makes."""
        return f"{self.lemma}:{self.cameo}"


class Code(NamedTuple):
    """A CAMEO code's QuadClass, PLOVER event and mode, and Goldstein value.

    `plover` is None for CAMEO roots 01 (public statements) and 02 (appeals: حث، ناشد → 020): PLOVER
    dropped both categories (CAMEO2PLOVER-2021 has no row for them, and its README lists them as
    "dropped"), so marsad codes them in CAMEO only rather than invent a PLOVER event (an appeal is not a
    REQUEST, PLOVER's demand, nor a CONSULT); the contract allows a null plover."""

    code: str
    quad_class: int
    plover: str | None
    mode: str | None
    goldstein: float | None


@cache
def triggers() -> dict[str, tuple[Trigger, ...]]:
    """Trigger forms by first folded word, longest first (the longest match wins)."""
    index: dict[str, list[Trigger]] = {}
    for row in lexicons.read_tsv("event_triggers.tsv"):
        words = tuple(row["form"].split())
        trig = Trigger(words, row["lemma"], row["aspect"], row["frame"], row["cameo"], row["from"])
        index.setdefault(words[0], []).append(trig)
    return {k: tuple(sorted(v, key=lambda t: -len(t.words))) for k, v in index.items()}


@cache
def codes() -> dict[str, Code]:
    """The CAMEO code table by code."""
    out = {}
    for row in lexicons.read_tsv("cameo.tsv"):
        gold = row["goldstein"]
        out[row["code"]] = Code(
            row["code"], int(row["quad_class"]), row["plover"] or None, row["mode"] or None,
            float(gold) if gold else None,
        )  # fmt: skip
    return out


@cache
def event_agents() -> dict[str, str]:
    """Agent phrases by lexicons.phrase_key: the events stage's own rows over the shared agents lexicon
    (a row coded `-` removes the phrase: see not_actors)."""
    out = {key: agent.code for key, agent in lexicons.agents().items()}
    for row in lexicons.read_tsv("event_agents.tsv"):
        key = lexicons.phrase_key(lexicons.split_phrase(row["form"]))
        if row["code"] == "-":
            out.pop(key, None)
        else:
            out[key] = row["code"]
    return out


@cache
def not_actors() -> frozenset[str]:
    """Phrase keys that event_agents.tsv codes `-`: common words the shared agent or actor lexicons code
    as actors (UniversalPetrarch's ناسف "explosive" as a Chilean actor, موقع "site" as media), which in
    event sentences name no one."""
    return frozenset(
        lexicons.phrase_key(lexicons.split_phrase(row["form"]))
        for row in lexicons.read_tsv("event_agents.tsv")
        if row["code"] == "-"
    )


# token_keys by (folded word, stem offsets in it, ل proclitic, suffix) for words without tashkeel: the
# folded word is the segmenter's own string object per word type, so the lookup hashes no new string.
_ALIGNED: dict[tuple[str, int, int, bool, bool], tuple[str, ...]] = {}
_ALIGNED_MAX = 1 << 17


def token_keys(text: str, token: Token) -> tuple[str, ...]:
    """The folded forms a token may match a lexicon word by, most specific first."""
    start, end, folded, stem, prefixes, suffix, _punct = token
    if len(folded) != end - start:  # tashkeel or tatweel folded away: fold the text's own slices
        return _keys(folded, text[stem[0] : stem[1]], text[stem[0] : end], "ل" in prefixes, bool(suffix))
    # fold maps letter to letter, so without deletions the folded word's slices are the slices' folds.
    key = (folded, stem[0] - start, stem[1] - start, "ل" in prefixes, bool(suffix))
    hit = _ALIGNED.get(key)
    if hit is None:
        if len(_ALIGNED) > _ALIGNED_MAX:
            _ALIGNED.clear()
        lo, hi = key[1], key[2]
        hit = _ALIGNED[key] = _keys(folded, folded[lo:hi], folded[lo:], key[3], key[4])
    return hit


@lru_cache(maxsize=200_000)
def _keys(folded: str, raw: str, with_suffix: str, has_lam: bool, has_suffix: bool) -> tuple[str, ...]:
    """token_keys from the token's parts (cached: the same words recur across a corpus)."""
    stem = fold(raw)
    if has_lam and stem.startswith("ل") and not stem.startswith("ال"):
        stem = "ا" + stem  # للمتظاهرين = ل + لمتظاهرين: the article's alef dropped after ل
    keys = [stem, folded]
    if stem.startswith("ال"):
        keys.append(stem[2:])
    else:
        keys.append("ال" + stem)
    if has_suffix:
        keys.append(fold(with_suffix))
    return tuple(dict.fromkeys(keys))
