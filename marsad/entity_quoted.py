"""Names in quotation marks after an outlet's type noun: موقع "مدى مصر", صحيفة "دون", قناة "فوكس نيوز".

News writes the names of outlets (and of parties and companies) between quotation marks after the noun
that says what they are. The words inside are one organisation's name, whatever the model tagged in
them: in موقع "مدى مصر" the model finds the country مصر, which is no mention of Egypt but a word of the
site's name.
`quoted_orgs` replaces the model's mentions lying wholly inside such a name by one ORG mention of the
quoted words (the head noun and the marks stay outside, as ENTITIES.md has it for descriptors).
Run by `marsad.stages.entities` on the model's own mentions, before the lexicon and place passes.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from marsad.arabic import fold
from marsad.article import Entity, Span, Token
from marsad.entity_places import OPEN_QUOTES

# Type nouns of outlets named in quotation marks (folded), with or without ل/ب/و before them. Party,
# movement and company nouns (حزب "الكتائب"، حركة "كفاية"، شركة "…") were measured too and left out: right
# as entities, but with them the events gate's PROTEST cv5 F1 fell 0.607 -> 0.547 (bench.eval_events --cv;
# the gate reads entity labels and armed actors near a trigger, and protest sentences name parties).
HEADS = frozenset(
    fold(w)
    for w in [
        "صحيفة", "جريدة", "مجلة", "موقع", "وكالة", "قناة", "شبكة", "إذاعة", "تلفزيون", "منصة",
    ]
)  # fmt: skip
MAX_WORDS = 5  # words of a quoted name; more is a quoted phrase, not a name


def quoted_orgs(
    text: str, tokens: Sequence[Token], stems: Sequence[str], found: Sequence[Entity], source: str
) -> list[Entity]:
    """`found` with the mentions inside each quoted organisation name replaced by one ORG mention of the
    name (source `source`); ids renumbered in order. A mention reaching outside the marks is left alone,
    and so is a name holding one already."""
    names = [span for i in range(len(tokens) - 1) if (span := _quoted_name(text, tokens, stems, i))]
    if not names:
        return list(found)
    out: list[Entity] = []
    replaced: set[Span] = set()
    for e in found:
        span = e.mentions[0]
        name = next((n for n in names if n.start <= span.start and span.end <= n.end), None)
        if name is None:
            out.append(e)
        elif e.label == "ORG" and span == name:
            out.append(e)
            replaced.add(name)  # already the name: nothing to mend
        elif name not in replaced:
            replaced.add(name)
            out.append(Entity(e.id, "ORG", text[name.start : name.end], (name,), source=source))
    for name in names:
        if name not in replaced and not any(_crosses(e.mentions[0], name) for e in found):
            out.append(Entity("", "ORG", text[name.start : name.end], (name,), source=source))
    # The same name written elsewhere without the marks is the same organisation (قناة "فوكس نيوز" …
    # فوكس نيوز) where the model called it MISC; a place or person of that name stays (صحيفة "الشرق
    # الأوسط" is no reason to read every الشرق الأوسط as the paper).
    quoted = {text[n.start : n.end] for n in names}
    out = [dataclasses.replace(e, label="ORG") if e.label == "MISC" and e.name in quoted else e for e in out]
    out.sort(key=lambda e: e.mentions[0].start)
    return [Entity(f"e{k}", e.label, e.name, e.mentions, source=e.source) for k, e in enumerate(out)]


def _crosses(span: Span, name: Span) -> bool:
    """Whether a mention overlaps the name without lying inside it."""
    return (
        span.start < name.end
        and name.start < span.end
        and not (name.start <= span.start <= span.end <= name.end)
    )


def _quoted_name(text: str, tokens: Sequence[Token], stems: Sequence[str], i: int) -> Span | None:
    """The quoted words after a head noun at token i (no suffix on it: حزبه "…" is someone's party)."""
    head = tokens[i]
    if head.is_punct or head.suffix or stems[i] not in HEADS:
        return None
    mark = text[tokens[i + 1].start : tokens[i + 1].end]
    if mark not in OPEN_QUOTES:
        return None
    close = OPEN_QUOTES[mark]
    for j in range(i + 3, min(i + 3 + MAX_WORDS, len(tokens))):
        if text[tokens[j].start : tokens[j].end] == close:
            inside = tokens[i + 2 : j]
            if any(t.is_punct for t in inside):
                return None
            return Span(inside[0].start, inside[-1].end)
        if tokens[j].is_punct:
            return None
    return None
