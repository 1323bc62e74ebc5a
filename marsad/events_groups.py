"""A group named again by its kind noun: قوات الجماعة "the group's forces", عناصر التنظيم "the
organisation's members", الحركة "the movement" stand for the organisation the article named before.

News Arabic names an armed group once (جماعة الحوثي، حركة حماس، تنظيم الدولة) and then refers to it by its
kind, definite (أعلن المتحدث باسمها أن قوات الجماعة استهدفت سفينة). Such a noun resolves to the nearest
organisation mentioned before it in the article: first one of the same kind (its mention or the word right
before it holds the noun: جماعة الحوثي for الجماعة), else the nearest non-state armed one (a code with a
REB, UAF or INS sector). An agent right before the noun (قوات، عناصر، مقاتلو) merges with it and takes the
group's code: the group's forces act for the group.

A force led by a state (طائرات التحالف بقيادة السعودية "the aircraft of the coalition led by Saudi Arabia")
is that force, coded with the leader's country and the force's sector (SAUMIL), not the bare leader (led_by).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from marsad.arabic import fold
from marsad.article import Actor, Article, Token
from marsad.events_codes import Candidate, head
from marsad.events_words import oblique

__all__ = ["GROUP_NOUNS", "led_by", "resolve_groups"]

# Definite kind nouns of non-state groups (folded): الجماعة group, الحركة movement, التنظيم organisation,
# الميليشيا militia, الفصيل faction. Not الحزب "the party": as often a ruling party, named for its politics.
GROUP_NOUNS = frozenset(
    fold(w) for w in ("الجماعة", "الحركة", "التنظيم", "الميليشيا", "الميليشيات", "الفصيل")
)
# Sectors of a non-state armed group, the fallback antecedent when none of the same kind was named.
ARMED_GROUPS = ("REB", "UAF", "INS")


def resolve_groups(
    article: Article,
    tokens: Sequence[Token],
    lo: int,
    keys: Sequence[str],
    entity_at: dict[int, int],
    cands: Sequence[Candidate],
) -> list[Candidate]:
    """The sentence's candidates with each definite group noun (GROUP_NOUNS) resolved to its antecedent:
    an agent right before it is extended over it, a bare one becomes a candidate of its own."""
    out = list(cands)
    for k, key in enumerate(keys):
        idx = lo + k
        if key not in GROUP_NOUNS or idx in entity_at or any(c.first <= idx <= c.last for c in out):
            continue
        group = _antecedent(article, tokens[idx].start, key[2:])
        if group is None:
            continue
        before = next((j for j, c in enumerate(out) if c.last == idx - 1 and c.actor.entity is None), None)
        if before is not None and out[before].actor.country is None:
            c = out[before]
            words = article.text[tokens[c.first].start : tokens[idx].end]
            actor = dataclasses.replace(group, text=words)
            out[before] = Candidate(c.first, idx, actor, c.oblique)
        elif before is None:
            words = article.text[tokens[idx].start : tokens[idx].end]
            out.append(Candidate(idx, idx, dataclasses.replace(group, text=words), oblique(tokens[idx])))
    return sorted(out, key=lambda c: c.first)


def _antecedent(article: Article, before: int, kind: str) -> Actor | None:
    """The actor of the nearest ORG entity mentioned before character `before` of the kind `kind` (its
    mention or the word before it holds the kind noun), else of the nearest armed non-state one."""
    same: tuple[int, Actor] | None = None
    armed: tuple[int, Actor] | None = None
    text = article.text
    for entity in article.entities:
        if entity.label != "ORG" or not entity.actor_code:
            continue
        for m in entity.mentions:
            if m.end > before:
                continue
            actor = Actor(entity.id, entity.name, entity.actor_code, entity.country)
            lead = text[max(0, m.start - 12) : m.start].split()
            words = {fold(w) for w in text[m.start : m.end].split()} | ({fold(lead[-1])} if lead else set())
            if kind in words and (same is None or m.start > same[0]):
                same = (m.start, actor)
            if any(s in entity.actor_code for s in ARMED_GROUPS) and (armed is None or m.start > armed[0]):
                armed = (m.start, actor)
    hit = same or armed
    return hit[1] if hit else None


# The word of leadership before a state (بقيادة "led by", folded stem with its ب), how far (words) before it
# the led force's actor may end (طائرات التحالف بقيادة: the coalition word between), and international
# heads of a code that carry no country (IGOMIL: its sector is MIL).
LEAD_KEY = fold("قيادة")
LED_REACH = 3
NO_COUNTRY = ("IGO", "NGO", "IMG")


def led_by(
    text: str, tokens: Sequence[Token], lo: int, keys: Sequence[str], cands: Sequence[Candidate]
) -> list[Candidate]:
    """The sentence's candidates with each force led by a state (X بقيادة Y: a candidate X ending at most
    LED_REACH words before بقيادة, no comma between, and a candidate Y with a country right after it)
    merged into one actor X..Y coded with Y's country and X's sector (طائرات التحالف بقيادة السعودية:
    SAUMIL, not SAU): the leader leads, the force acts."""
    out = list(cands)
    for y in list(out):
        k = y.first - 1
        leader = head(y.actor)  # a state's country, or a group's head (IMG) when it has none
        if k < lo or keys[k - lo] != LEAD_KEY or "ب" not in tokens[k].prefixes or leader is None:
            continue
        x = next((c for c in reversed(out) if c.last < k and k - c.last <= LED_REACH), None)
        if x is None or any(keys[j - lo] in ("،", ",", "؛") for j in range(x.last + 1, k)):
            continue
        sector = _sector(x.actor.code or "", x.actor.country)
        if not sector:
            continue
        words = text[tokens[x.first].start : tokens[y.last].end]
        actor = Actor(x.actor.entity, words, leader + sector, y.actor.country)
        out = [c for c in out if c is not x and c is not y] + [Candidate(x.first, y.last, actor, x.oblique)]
    return sorted(out, key=lambda c: c.first)


def _sector(code: str, country: str | None) -> str:
    """A code's sector: less its country (SAUMIL: MIL) or its international head (IGOMIL: MIL)."""
    if country and code.startswith(country):
        return code[len(country) :]
    return code[3:] if code.startswith(NO_COUNTRY) else code
