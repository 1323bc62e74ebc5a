"""Links between the events of one sentence, after the gate: a casualty takes the doer of the attack it
fell in (مقتل خمسة مسلحين في غارة إسرائيلية: the raid's doer killed them) or the attack of its عندما
clause (قتل متظاهران عندما أطلقت قوات الأمن الرصاص: the shooters), and a casualty after a result phrase (…،
ما أدى إلى مقتل ثلاثة جنود) the previous attack's doer, whoever the syntax read; and between consecutive
events, a verb after و with no subject of its own has the one before's (carry_subject). The gate has read
every trigger before: this changes roles, not what it sees.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from marsad.arabic import fold
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
        if a_code[:2] not in ASSAULT_ROOTS:
            continue
        if (earlier := _resulting(found, a, keys, lo)) is not None:
            # …، ما أدى إلى مقتل ثلاثة جنود "which led to the death of three soldiers": the death is the
            # previous attack's doing, whoever the syntax read before it (no one, when it names none)
            out[a] = dataclasses.replace(out[a], source_actor=out[earlier].source_actor)
            continue
        if out[a].source_actor is not None:
            continue
        when = False
        for b in range(a + 1, len(found)):
            b_first, _, _, b_code = found[b]
            when = when or any(keys[k - lo] in WHEN for k in range(a_last + 1, b_first))
            if b_first - a_last > (WHEN_REACH if when else CAUSE_REACH):
                break
            # قتل متظاهران … عندما أطلقت قوات الأمن الرصاص "when the security forces fired": the shooter
            marked = (
                when
                or "ب" in tokens[b_first].prefixes
                or (b_first > lo and keys[b_first - lo - 1] in MARKERS)
            )
            cause = out[b].source_actor
            if b_code[:2] in ASSAULT_ROOTS and marked and cause is not None and cause != out[a].target_actor:
                out[a] = dataclasses.replace(out[a], source_actor=cause)
                break
    return out


# Conjunctions of time that join a casualty to the attack that caused it (قتل متظاهران عندما أطلقت قوات
# الأمن الرصاص), and how far (words) that attack may then be.
WHEN = frozenset(fold(w) for w in ("عندما", "حين", "حينما", "بعدما", "لدى"))
WHEN_REACH = 12
# Phrases of result (ما أدى إلى "which led to", مما أسفر عن "which resulted in") before a casualty noun: as
# folded words ending right before the noun.
RESULTS = (("ادي", "الي"), ("اسفر", "عن"), ("اسفرت", "عن"), ("ادت", "الي"))


def _resulting(
    found: Sequence[tuple[int, int, Trigger, str]], a: int, keys: Sequence[str], lo: int
) -> int | None:
    """The index of the attack before event `a` when a result phrase (RESULTS) joins them (…، ما أدى إلى
    مقتل): the casualty is that attack's doing; else None."""
    first = found[a][0] - lo
    if a == 0 or first < 2 or (keys[first - 2], keys[first - 1]) not in RESULTS:
        return None
    return next((b for b in range(a - 1, -1, -1) if found[b][3][:2] in ASSAULT_ROOTS), None)


# Pronoun suffixes of مع "with" that name the other side of the event before (معهم، معه، معها، معهما).
WITH_PRONOUNS = frozenset({"ه", "ها", "هم", "هما", "هن"})


def carry_subject(
    event: Event, trig: Trigger, token: Token, after: Token | None, after_key: str, previous: Event | None
) -> Event:
    """A verb after و with no source (its subject dropped: استقبل الملك وفدا … وبحث معهم) takes the
    source of the event before it; معهم right after it is the one before's target (the delegation). Only
    for events other than attacks and protests, whose doers events_fallback seeks in the sentence; but any
    verb after و whose source is the object of the event before takes that event's source (اقتحم متظاهرون
    المقر وأضرموا فيه النار: not the headquarters).
    `token`: the trigger's first token; `after`, `after_key`: the token after the trigger and its key."""
    conjoined = previous is not None and "و" in token.prefixes and trig.aspect in ("past", "imperf")
    if conjoined and previous and previous.source_actor and event.source_actor == previous.target_actor:
        # اقتحم متظاهرون مقر الحزب وأضرموا فيه النار: the conjoined verb's subject is the one before's, not
        # its object (the party's headquarters), which the syntax read as a subject before the verb
        target = None if event.target_actor == previous.source_actor else event.target_actor
        return dataclasses.replace(event, source_actor=previous.source_actor, target_actor=target)
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
