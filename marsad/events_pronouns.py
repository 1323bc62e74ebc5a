"""The actor a subject pronoun on أن stands for, in an event's clause (step 4 of marsad.stages.events).

أعلنت تركيا أنها تدعم الحكومة "Turkey announced that it supports the government": the verb after أنها
is Turkey's, and an actor after the verb its object. Split out of marsad/stages/events.py (500 lines),
unchanged but for أنه (session 13, see ACTING).
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.article import Token
from marsad.events_args import place_like
from marsad.events_codes import Candidate, sector

__all__ = ["ACTING", "ANTECEDENT_REACH", "antecedent"]

# Words between a subject and the أنها whose pronoun stands for it: BEFORE and a time phrase between commas.
ANTECEDENT_REACH = 10
# Sectors of a subject that أنه + a past verb stands for (the army, police, a government, a movement; also
# a state and an international body): a source, an outlet or a civilian before أنه introduce a fact.
ACTING = frozenset({"MIL", "COP", "SPY", "REB", "UAF", "GOV", "OPP", "PTY"})


def antecedent(
    tokens: Sequence[Token],
    keys: Sequence[str],
    lo: int,
    cands: Sequence[Candidate],
    barrier: int,
    first: int,
    aspect: str,
) -> Candidate | None:
    """When the clause opens with أن and a subject pronoun (أنها، أنهم), the actor it stands for: the
    subject before, within ANTECEDENT_REACH words, past a place and a time phrase (أعلنت جماعة الحوثي
    في اليمن، مساء الثلاثاء، أنها: the Houthis, not Yemen, a place after في); else None. Not أنه, in
    news mostly the dummy pronoun of a fact (أفادت مصادر أنه قتل ثلاثة: "that three were killed"), unless
    a past verb follows it at once (the trigger at `first`, of `aspect`) and the subject before is a body
    that acts (ACTING: زعم الجيش في بيان أنه استهدف مسلحين "the army claimed that it targeted gunmen")."""
    k = barrier - 1
    if k <= lo or keys[k - lo] != "ان" or tokens[k].suffix not in ("ها", "هم", "هما", "ه"):
        return None
    dummy = tokens[k].suffix == "ه"
    if dummy and not (first == barrier and aspect == "past"):
        return None
    near = [c for c in cands if c.last < k and k - c.last <= ANTECEDENT_REACH and not place_like(keys, lo, c)]
    if not near or near[-1].oblique:
        return None
    actor = near[-1].actor
    if dummy and not (
        sector(actor) in ACTING or (actor.code or "").startswith("IGO") or actor.code == actor.country
    ):
        return None
    return near[-1]
