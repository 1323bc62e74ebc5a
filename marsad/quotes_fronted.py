"""A fronted object: a verb of calling with its prepositional object before its subject (ودعت إلى المسيرة
الجبهة الوطنية …، "the national front called for the march"). Arabic may put a short object before the
subject (VOS); the content is then the object alone and the subject follows it, not the start of a longer
content that runs on over the subject and whatever follows it in the sentence (a relative clause's own
quote: الجبهة …، التي قال منسقها إن …).
"""

from __future__ import annotations

from marsad.arabic import folded_words
from marsad.quotes_institutions import INSTITUTIONS
from marsad.quotes_speakers import Subject, is_title
from marsad.quotes_subjects import subject
from marsad.quotes_view import View

# Heads of bodies that call for things, besides the statement-issuing institutions (folded, without ال).
_CALLERS = INSTITUTIONS | folded_words("جبهة تنظيم ائتلاف تيار كتلة فصيل تنسيقية")


def _definite(view: View, k: int) -> bool:
    """Token k is a definite noun (ال, also after a glued ب/ل: بالإضراب)."""
    return any(key.startswith("ال") for key in view.keys(k)[:2])


def fronted_subject(view: View, verb: int, marker: int, start: int, end: int) -> Subject | None:
    """For a verb of calling at token `verb` whose complement marker is at `marker` and content [start,
    end): the subject after a one-word definite object right after the verb (دعت إلى الإضراب النقابة
    العامة), when it opens with an ORG or PER mention, a definite body's head noun or a title; else None."""
    head = start + 1
    if marker != verb + 1 or head >= end or not _definite(view, start) or start in view.covered:
        return None
    token = view.tokens[head]
    if token.prefixes or view.punct(head):
        return None
    named = view.mention_at.get(head)
    body = named is not None and named[0].label in ("ORG", "PER")
    definite = token.folded.startswith("ال")
    if not body and not (definite and (token.folded[2:] in _CALLERS or is_title(view, head))):
        return None
    subj = subject(view, start, None)
    if (
        subj.kind == "entity"
        and subj.entity is not None
        and head not in view.covered
        and not is_title(view, head)
    ):
        # a place further in is the body's genitive (الجبهة المغربية لدعم فلسطين), not the body: its words
        return Subject("unnamed", subj.end, text=view.span_text(head, subj.end))
    return subj if subj.kind in ("entity", "unnamed", "outlet") else None
