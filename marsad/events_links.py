"""Links between the events of one sentence, after the gate: a casualty takes the doer of the attack it
fell in (مقتل خمسة مسلحين في غارة إسرائيلية: the raid's doer killed them); and between consecutive
events, a verb after و with no subject of its own has the one before's (carry_subject). The gate has read
every trigger before: this changes roles, not what it sees.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from marsad.article import Actor, Article, Event, Geo, Token
from marsad.events_codes import ASSAULT_ROOTS
from marsad.events_lexicon import Trigger
from marsad.events_voice import MARKERS

__all__ = ["carry_subject", "hosted", "share_attackers"]


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


# Pronoun suffixes of مع "with" that name the other side of the event before (معهم، معه، معها، معهما).
WITH_PRONOUNS = frozenset({"ه", "ها", "هم", "هما", "هن"})


def carry_subject(
    event: Event, trig: Trigger, token: Token, after: Token | None, after_key: str, previous: Event | None
) -> Event:
    """A verb after و with no source (its subject dropped: استقبل الملك وفدا … وبحث معهم) takes the
    source of the event before it; معهم right after it is the one before's target (the delegation).
    Only for events other than attacks and protests, whose doers events_fallback seeks in the sentence.
    `token`: the trigger's first token; `after`, `after_key`: the token after the trigger and its key."""
    if (
        previous is None
        or previous.source_actor is None
        or event.source_actor is not None
        or trig.aspect not in ("past", "imperf")
        or "و" not in token.prefixes
        or event.cameo[:2] in ASSAULT_ROOTS
        or event.cameo[:2] == "14"
    ):
        return event
    target = event.target_actor
    if after is not None and after_key == "مع" and after.suffix in WITH_PRONOUNS:
        target = previous.target_actor or target
    if target == previous.source_actor:
        target = None
    return dataclasses.replace(event, source_actor=previous.source_actor, target_actor=target)


def hosted(
    article: Article, event: Event, goal: tuple[int, bool, Geo], lo: int, entity_at: dict[int, int]
) -> Event:
    """A visit with no target is to the state of its destination (زيارة … إلى الرياض: SAU hosts it),
    unless the visitor is of that state; `goal`: the destination (events_places.destination)."""
    geo = goal[2]
    source = event.source_actor
    if event.target_actor is not None or geo.country is None or (source and source.country == geo.country):
        return event
    e_index = entity_at[lo + goal[0]]
    entity = article.entities[e_index]
    mention = next((m for m in entity.mentions if m.start >= article.tokens[lo + goal[0]].start), None)
    text = article.text[mention.start : mention.end] if mention else entity.name
    return dataclasses.replace(event, target_actor=Actor(entity.id, text, geo.country, geo.country))
