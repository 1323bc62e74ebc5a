"""Links between the events of one sentence, after the gate: a casualty takes the doer of the attack it
fell in (مقتل خمسة مسلحين في غارة إسرائيلية: the raid's doer killed them). The gate has read every trigger
before: this changes roles, not what it sees.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from marsad.article import Event, Token
from marsad.events_lexicon import Trigger
from marsad.events_voice import MARKERS

__all__ = ["share_attackers"]

ASSAULT_ROOTS = frozenset({"18", "19", "20"})

# How far (words) an attack noun may follow a casualty trigger whose doer it names.
CAUSE_REACH = 8


def share_attackers(
    coded: list[Event],
    found: Sequence[tuple[int, int, Trigger, str]],
    keys: Sequence[str],
    lo: int,
    tokens: Sequence[Token],
) -> list[Event]:
    """A sentence's events, an attack with no source taking the source of the attack it fell in: مقتل خمسة
    مسلحين في غارة إسرائيلية، قتل جنديان بانفجار عبوة زرعها مسلحون (the raid's doer killed them)."""
    out = list(coded)
    for a, (_, a_last, _, a_code) in enumerate(found):
        if out[a].source_actor is not None or a_code[:2] not in ASSAULT_ROOTS:
            continue
        for b in range(a + 1, len(found)):
            b_first, _, _, b_code = found[b]
            if b_first - a_last > CAUSE_REACH:
                break
            marked = "ب" in tokens[b_first].prefixes or (b_first > lo and keys[b_first - lo - 1] in MARKERS)
            cause = out[b].source_actor
            if b_code[:2] in ASSAULT_ROOTS and marked and cause is not None and cause != out[a].target_actor:
                out[a] = dataclasses.replace(out[a], source_actor=cause)
                break
    return out
