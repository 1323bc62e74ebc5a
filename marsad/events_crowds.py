"""The plainest reports of a protest, which the trigger gate keeps whatever its score (events_gate.
LogisticGate.keep; no feature of the fit): a crowd going out or gathering on a recent day, protests breaking
out on one, a protest noun with a verb of its happening, and the periphrastic قام ب (sessions 18 and 21; moved
out of marsad.events_features in session 21, which is near its size limit).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from marsad.arabic import fold
from marsad.events_background import ORDINALS
from marsad.events_features import (
    CROWD_MOVES,
    HAPPENING,
    ONSET,
    PREPOSITIONS,
    RECENT,
    RELATIVES,
    crowd_word,
    size_word,
)
from marsad.events_modality import DENIALS
from marsad.events_modality import NEGATIONS as MODAL_NEGATIONS
from marsad.events_spans import TIME_WORDS
from marsad.events_words import CLAUSE_OPENERS

if TYPE_CHECKING:
    from marsad.stages.events import Site

__all__ = ["crowd_frame"]


def _folded(*words: str) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


# The plainest report of a crowd's protest (crowd_frame: the gate keeps it whatever its score, and it is no
# feature of the fit, events_gate.LogisticGate.keep):
# a verb of going out or gathering (CROWD_MOVES) opening its clause with a crowd word or a count as its
# subject within three words after it (past a day: واحتشد مساء السبت عشرات المحتجين "dozens of
# protesters massed on Saturday evening"), and a recent day (RECENT) in the sentence: G16's guideline's
# "yes" (protesters the subject of the protest's onset, with a day). Written after reading the dev read
# part's false negatives (session 18; measured in docs/events_history.md).
OPENERS = frozenset({"،", ",", ":", "«", "-", "ـ"})


# Session 21 (E21, docs/events_history.md): a clause also opens after a particle (events_words.
# CLAUSE_OPENERS: كما خرج "also went out", وبينما تظاهر "while … demonstrated"), and the time words between a
# verb and its crowd are stepped over (events_spans.TIME_WORDS: تجمع مساء يوم الأحد عشرات "dozens gathered
# on Sunday evening"), up to TIME_STEPS of them.
TIME_STEPS = 4
# A protest noun with a verb of its happening opening the clause before it (خرجت أمس مظاهرات "protests went
# out yesterday"): indefinite, a protest told as new (اندلعت المظاهرات بسبب … "the protests broke out over …"
# looks back at them). A periphrastic past: قام + a crowd + ب + a protest masdar (قام متظاهرون بالاحتجاج
# "protesters protested"); قام ب with another masdar (throwing stones, burning tyres) is not a protest.
DID = _folded("قام", "قامت", "قاموا")
DID_REACH = 8
# Before a protest noun, these make it no new protest (P5g, session 21): a determiner or quantifier (كل
# مظاهرة "every demonstration", آخر مظاهرة "the last demonstration", an ordinal), or a negation up to
# NEGATION_REACH words back in its clause (لم تشهد المدينة مظاهرة "the city saw no demonstration").
DETERMINERS = _folded("كل", "أي", "أية", "آخر", "أحدث", "أكبر", "أول", "عدة") | ORDINALS
NEGATION_REACH = 6


def crowd_frame(sites: Sequence[Site]) -> bool:
    """Whether a sentence's PROTEST triggers stand in the plainest report of a crowd's protest (see above):
    a crowd going out or gathering with a recent day, protests breaking out on one, a protest noun with a
    verb of its happening (_happened), a periphrastic protest by a crowd (_protest_done), or protesters as
    the subject of a protest's onset (_protesters_began)."""
    if sites[0].kind != "PROTEST":
        return False
    if _protest_done(sites) or _happened(sites) or _protesters_began(sites):
        return True
    return not RECENT.isdisjoint(sites[0].keys) and (_crowd_opens(sites[0]) or _breaks_out(sites))


def _opens(site: Site, i: int) -> bool:
    """Whether sentence word i opens its clause (first, after a mark or a particle, or with و/ف)."""
    keys = site.keys
    return (
        i == 0
        or keys[i - 1] in OPENERS
        or keys[i - 1] in CLAUSE_OPENERS
        or not {"و", "ف"}.isdisjoint(site.article.tokens[site.lo + i].prefixes)
    )


def _past_time(keys: Sequence[str], j: int) -> int:
    """The first word at or after j that is no time word (TIME_WORDS, من after أول), at most TIME_STEPS on."""
    start = j
    while j < len(keys) and j - start < TIME_STEPS:
        if keys[j] in TIME_WORDS or (keys[j] == "من" and j > start and keys[j - 1] == fold("أول")):
            j += 1
        else:
            break
    return j


def _crowd_opens(site: Site) -> bool:
    """Whether a CROWD_MOVES verb opens a clause of the sentence with a crowd or a count right after it,
    time words between stepped over."""
    keys = site.keys
    for i, w in enumerate(keys):
        if w not in CROWD_MOVES or not _opens(site, i):
            continue
        j = _past_time(keys, i + 1)
        if any(crowd_word(k) or size_word(k) for k in [*keys[i + 1 : i + 4], *keys[j : j + 3]]):
            return True
    return False


def _breaks_out(sites: Sequence[Site]) -> bool:
    """Whether a HAPPENING verb opens a clause right before (time words between) an indefinite protest
    noun trigger of the sentence."""
    site, keys = sites[0], sites[0].keys
    nouns = {s.first for s in sites if s.trig.aspect == "noun" and not keys[s.first].startswith("ال")}
    return any(
        w in HAPPENING and _opens(site, i) and _past_time(keys, i + 1) in nouns for i, w in enumerate(keys)
    )


def _happened(sites: Sequence[Site]) -> bool:
    """Whether an indefinite protest noun trigger outside a prepositional phrase has a HAPPENING verb right
    after it, past at most one word (مظاهرة نظمها "a demonstration organised by", مظاهرة عنيفة اندلعت "a
    violent demonstration broke out"); في أول مسيرة نظمها الاتحاد "in the first march the union organised"
    looks back, كل مظاهرة جرت "every demonstration that took place" is generic, and لم تشهد مظاهرة جرت "saw no
    demonstration that took place" denies one (DETERMINERS, _negated_before)."""
    site, keys = sites[0], sites[0].keys
    for s in sites:
        prefixes = site.article.tokens[site.lo + s.first].prefixes
        prev = keys[s.first - 1] if s.first else ""
        definite = keys[s.first].startswith("ال") or keys[s.last].startswith("ال")  # أعمال الشغب: a construct
        if s.trig.aspect != "noun" or definite or "ب" in prefixes or "ل" in prefixes:
            continue
        if prev in PREPOSITIONS or prev in DETERMINERS or _negated_before(keys, s.first):
            continue
        nxt = keys[s.last + 1 : s.last + 3]
        if nxt and nxt[0] in HAPPENING:
            return True
        if len(nxt) == 2 and nxt[1] in HAPPENING and _adjective_slot(nxt[0]):
            return True
    return False


def _adjective_slot(word: str) -> bool:
    """Whether a word between a protest noun and its verb may be its adjective: no relative pronoun (التي
    خرجت "that broke out": a relative clause), preposition or mark (P5r, session 21)."""
    return word not in RELATIVES and word not in PREPOSITIONS and word not in OPENERS and word[:1].isalpha()


def _negated_before(keys: Sequence[str], i: int) -> bool:
    """Whether a negation (NEGATIONS, DENIALS of events_modality) stands up to NEGATION_REACH words before
    word i, no clause mark between."""
    for w in reversed(keys[max(0, i - NEGATION_REACH) : i]):
        if w in OPENERS or w in (".", "؛", ";"):
            return False
        if w in MODAL_NEGATIONS or w in DENIALS:
            return True
    return False


def _protest_done(sites: Sequence[Site]) -> bool:
    """Whether a protest masdar trigger with ب follows قام (DID) and a crowd word as its subject (within
    three words after it), within DID_REACH words."""
    site, keys = sites[0], sites[0].keys
    for s in sites:
        if s.trig.aspect != "noun" or "ب" not in site.article.tokens[site.lo + s.first].prefixes:
            continue
        for i in range(max(0, s.first - DID_REACH), s.first):
            if keys[i] in DID and any(crowd_word(k) for k in keys[i + 1 : min(i + 4, s.first)]):
                return True
    return False


def _protesters_began(sites: Sequence[Site]) -> bool:
    """Whether a past protest-onset trigger (events_features.ONSET) opens its clause with a crowd word within
    three words after it (ونفذ المحتجون اعتصاما "the protesters staged a sit-in"; P6, session 21: the
    protesters as the subject of the protest's onset, with or without a day)."""
    site, keys = sites[0], sites[0].keys
    return any(
        s.trig.lemma in ONSET
        and s.trig.aspect == "past"
        and _opens(site, s.first)
        and any(crowd_word(k) for k in keys[s.last + 1 : s.last + 4])
        for s in sites
    )
