"""Actor phrases that two candidates of marsad.events_actors make together (a post-pass of find_actors).

forces of a state:  a force noun with no country and, right after it, a state or its government (قوات
                    النظام السوري "the Syrian regime's forces", قوات الحكومة اليمنية) is one actor, the
                    state's military: the head names the sector, the genitive whose (SYRMIL).
armed adjective:    المسلحة/المسلح "armed" right after an actor describes it (فصائل المعارضة المسلحة "the
                    armed opposition factions"): one actor, the noun's code, not a second, unidentified
                    armed group (UAF).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from marsad import lexicons
from marsad.arabic import fold
from marsad.article import Token
from marsad.events_codes import FORCE_HEADS, Candidate

__all__ = ["joined"]

# Adjectives of arms (folded) that describe the actor before them.
ARMED_ADJECTIVES = frozenset(fold(w) for w in ("المسلحة", "المسلح", "مسلحة"))
# Sectors of a force head that a state's genitive turns into that state's force (قوات → MIL).
FORCE_SECTORS = frozenset({"MIL", "COP", "SPY"})


def joined(
    cands: list[Candidate], keys: Sequence[str], lo: int, text: str, tokens: Sequence[Token]
) -> list[Candidate]:
    """The candidates with a force and its state's genitive, and an actor and its armed adjective, joined
    (see the module doc)."""
    out: list[Candidate] = []
    for c in cands:
        prev = out[-1] if out else None
        if prev is not None and c.first == prev.last + 1:
            words = text[tokens[prev.first].start : tokens[c.last].end]
            if _state_force(prev, c, keys, lo):
                country = c.actor.country
                code = (country or "") + (prev.actor.code or "")
                actor = dataclasses.replace(prev.actor, text=words, code=code, country=country)
                out[-1] = Candidate(prev.first, c.last, actor, prev.oblique)
                continue
            if c.first == c.last and keys[c.first - lo] in ARMED_ADJECTIVES and prev.actor.code:
                out[-1] = Candidate(
                    prev.first, c.last, dataclasses.replace(prev.actor, text=words), prev.oblique
                )
                continue
        out.append(c)
    return out


def _state_force(head: Candidate, genitive: Candidate, keys: Sequence[str], lo: int) -> bool:
    """Whether `head` is a force noun of no country (قوات) and `genitive`, right after it, a state or its
    government (SYR, SYRGOV)."""
    actor, state = head.actor, genitive.actor
    if actor.country or actor.code not in FORCE_SECTORS or head.first != head.last:
        return False
    if lexicons.word_key(keys[head.first - lo]) not in FORCE_HEADS:
        return False
    code = state.code or ""
    if genitive.oblique or (state.entity is not None and not state.country):
        return False
    # قوات النظام "the regime's forces": a government of no country named, the place's (localise)
    return code == "GOV" if not state.country else code in (state.country, state.country + "GOV")
