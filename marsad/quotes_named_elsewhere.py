"""Untagged subject phrases that name an entity the NER found elsewhere in the article: the same name said
again (الجيش الإسرائيلي), or a definite head noun alone for the last body of that head (الوزارة → وزارة الدفاع
البريطانية، بيان للحزب → حزب الله). Read by marsad.quotes_subjects (the speaker) and
marsad.quotes_sources (the body an unnamed source belongs to).
"""

from __future__ import annotations

from marsad.arabic import fold
from marsad.article import Entity
from marsad.quotes_view import View


def _bare(word: str) -> str:
    """A folded word without the article ال."""
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


def named_elsewhere(view: View, lo: int, j: int) -> Entity | None:
    """An entity the NER found elsewhere that this untagged phrase names (NER misses a mention it caught
    once): the same folded name (الجيش الإسرائيلي), or a definite head noun alone naming the last such
    body before it (الوزارة → وزارة الدفاع البريطانية, الحكومة → الحكومة البريطانية)."""
    words = [view.tokens[k].folded for k in range(lo, j)]
    phrase = " ".join(_bare(w) for w in words)
    for entity in view.entities:
        name = [_bare(fold(w)) for w in entity.name.split()]
        if entity.label not in ("PER", "MISC") and " ".join(name) == phrase and len(name) > 1:
            return entity
    if len(words) == 1 and words[0].startswith("ال"):
        return named_before(view, _bare(words[0]), view.tokens[lo].start)
    return None


def named_before(view: View, head: str, before: int, label: str | None = None) -> Entity | None:
    """The body (not a PER nor a MISC; with `label`, of that label) of two or more words whose first word
    without ال is `head` (folded), mentioned last before text offset `before`, else None: the body a head
    noun alone refers back to (الوزارة → وزارة الدفاع البريطانية، بيان للحزب → حزب الله)."""
    best: tuple[int, Entity] | None = None
    for entity in view.entities:
        if entity.label in ("PER", "MISC") or (label is not None and entity.label != label):
            continue
        name = entity.name.split()
        if len(name) < 2 or _bare(fold(name[0])) != head:
            continue
        starts = [m.start for m in entity.mentions if m.start < before]
        if starts and (best is None or max(starts) > best[0]):
            best = (max(starts), entity)
    return best[1] if best else None
