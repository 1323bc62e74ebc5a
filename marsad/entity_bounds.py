"""Mention boundaries the model drew across two things: a listed organisation run into the person after it.

The model sometimes tags an organisation and the person named right after it as one person (الاتحاد
الأوروبي فيديريكا موغيريني "the EU['s] Federica Mogherini"). `split_leading_orgs` cuts such a mention
into the organisation (ORG) and the person (PER). Run by `marsad.stages.entities` on the model's own
mentions, before any other pass; the gold conventions are in bench/gold/ENTITIES.md.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Sequence

from marsad.article import Entity, Span, Token
from marsad.entity_places import PlaceNames


def split_leading_orgs(
    text: str,
    tokens: Sequence[Token],
    found: Sequence[Entity],
    stems: Sequence[str],
    orgs: PlaceNames,
    starts: Sequence[int],
    model: str,
) -> list[Entity]:
    """The model's PER mentions (source `model`) that open with a listed organisation and go on with other
    words, split into the organisation and the person; ids renumbered in order (e0, e1, …)."""
    out: list[Entity] = []
    for e in found:
        span = e.mentions[0]
        first = bisect.bisect_right(starts, span.start) - 1
        last = bisect.bisect_left(starts, span.end) - 1
        n = _leading_org(tokens, stems, first, last, orgs) if e.label == "PER" and e.source == model else 0
        if not n:
            out.append(e)
            continue
        org = Span(span.start, tokens[first + n - 1].stem.end)
        person = Span(tokens[first + n].stem.start, span.end)
        out.append(dataclasses.replace(e, label="ORG", name=text[org.start : org.end], mentions=(org,)))
        out.append(dataclasses.replace(e, name=text[person.start : person.end], mentions=(person,)))
    return [dataclasses.replace(e, id=f"e{i}") for i, e in enumerate(out)]


def _leading_org(
    tokens: Sequence[Token], stems: Sequence[str], first: int, last: int, orgs: PlaceNames
) -> int:
    """Words of the longest listed organisation opening tokens first..last with a bare word after it, or 0.

    The whole mention being a listed name is no split; nor is a word with a proclitic after the name
    (حماس في غزة), which the model would not call a name."""
    if first < 0 or last <= first or " ".join(stems[first : last + 1]) in orgs.names:
        return 0
    for n in range(min(last - first, orgs.longest.get(stems[first], 0)), 0, -1):
        after = tokens[first + n]
        if after.is_punct or after.prefixes or any(t.is_punct for t in tokens[first : first + n]):
            continue
        if " ".join(stems[first : first + n]) in orgs.names:
            return n
    return 0
