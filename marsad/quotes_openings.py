"""Speakers and outlets a quote takes from around its verb (split out of marsad.stages.quotes, session 25):
the outlet a speaker entity is, an outlet opening the verb's sentence, the speaker a كان clause names, the
subject of a sentence-opening reporting verb that made no quote (for a participle after it), and the person
opening the sentence before when it made no quote (for a pro-dropped verb). The stage's docstring says how
its speaker cascade uses them.
"""

from __future__ import annotations

from marsad.article import Entity
from marsad.attribution import OutletMatch, match_outlet
from marsad.attribution_relays import speaker_outlet
from marsad.quotes_claims import Claim, reporting_verb
from marsad.quotes_context import sentence_subject
from marsad.quotes_datelines import past_dateline
from marsad.quotes_forward import opening_outlet
from marsad.quotes_lexicon import QuoteLexicon
from marsad.quotes_marks import in_heading
from marsad.quotes_speakers import Subject, is_title
from marsad.quotes_subjects import classify, subject
from marsad.quotes_titles import title_referent
from marsad.quotes_view import View

__all__ = ["kana_speaker", "opening_subject", "opening_verb_outlet", "own_outlet", "spoke_between"]


def own_outlet(view: View, entity: Entity, claim: Claim) -> OutletMatch | None:
    """The outlet a speaker entity is (speaker_outlet), judged from the quote's own sentence: a mention in
    another sentence counts only as a listed outlet or a quoted name after a type noun (مواقع للحوثيين
    elsewhere, "positions of the Houthis", makes no website; the lead's request, session 9)."""
    return speaker_outlet(view, entity, (view.token_at(claim.anchor), claim.verb_tok))


def opening_verb_outlet(view: View, i: int, last_outlet: OutletMatch | None) -> OutletMatch | None:
    """An outlet right after the first word of the sentence of the verb at i (ونشرت صحيفة X …), before i, or
    opening the sentence as the verb's subject, up to two adjectives after its name (وكالة الأنباء الإيرانية
    الرسمية ذكرت أن; session 9)."""
    lo = view.sentence(i)[0]
    first = match_outlet(view, lo, last_outlet) if lo < i else None
    if (
        first is not None
        and first.lo == lo
        and first.hi <= i <= first.hi + 2
        and all(view.tokens[k].folded.startswith("ال") for k in range(first.hi, i))
    ):
        return first
    hit = match_outlet(view, lo + 1, last_outlet) if lo + 1 < i else None
    return hit if hit is not None and hit.lo == lo + 1 and hit.hi <= i else None


def kana_speaker(
    view: View, kana: Subject, claim: Claim, last: tuple[str | None, str | None]
) -> tuple[str | None, str | None, OutletMatch | None]:
    """The speaker a كان clause's subject names: the entity, the person a title refers to (else the
    title's words), or the unnamed words."""
    if kana.kind == "entity" and kana.entity is not None:
        return kana.entity.id, kana.entity.name, own_outlet(view, kana.entity, claim)
    if kana.kind == "anaphor" and kana.text:
        held = title_referent(view, kana.text, claim.verb_tok, *last)
        return (held.id, held.name, None) if held is not None else (None, kana.text, None)
    return None, kana.text, kana.outlet


def opening_subject(lex: QuoteLexicon, view: View, i: int) -> Entity | None:
    """For a participle (مشددة على أن) in a sentence opened by a reporting verb that made no quote (وأكدت
    الحكومة استعداد قواتها …، مشددة): that verb's subject, named or resolved, before any other mention of
    the sentence (a place in the object, الحديدة, is no speaker; session 9). A dateline opening the
    sentence is stepped over (city، country (CNN) -- علّق X …، مؤكدا; session 22)."""
    k = past_dateline(view, view.sentence(i)[0])
    if k >= i or reporting_verb(lex, view, k) is None:
        return None
    if k + 1 >= i:
        return None
    if k + 1 in view.mention_at:
        entity: Entity | None = view.mention_at[k + 1][0]
    else:  # the word after the verb alone: the object may follow it (الحكومة استعداد قواتها)
        subj = classify(view, k + 1, k + 2, None)
        entity = subj.entity if subj.kind == "entity" else None
        if entity is None and is_title(view, k + 1):
            # وعلق وزير الدولة الكويتي لشؤون الخليج على تغريدة سامي الراشد، قائلا: the title phrase is the
            # person the article gave it, not the person in the object (session 10)
            full = subject(view, k, None)
            entity = full.entity if full.kind == "entity" else None
    return entity if entity is not None and entity.label != "MISC" else None


def spoke_between(view: View, i: int, last_sentence: int, last_end: int = -1) -> Entity | None:
    """The person opening the sentence right before the verb at i when that sentence made no quote (لكن
    X، …، اتهم جونسون "بالخواء الأخلاقي" … ¶ وأضاف على تويتر "…"؛ وأشادت المحققة X باستجابة السكان ¶
    وأضافت "…"): a pro-dropped verb goes on with them, not with the speaker of an older quote. Session 9
    dropped the condition that the sentence have a reporting verb (2 quotes right, 1 alike, none wrong on
    the 310 development articles; check direct full triple 0.771 -> 0.786)."""
    s_no = view.sent_of[i]
    if s_no - 1 <= last_sentence:
        return None  # the previous sentence is the last quote's: its speaker goes on
    if i != view.sentence(i)[0]:
        return None  # words before the verb (وألقت الحكومة …، وطالبت): its own sentence's subject
    lo, hi = view.sentence(view.sentence(i)[0] - 1) if view.sentence(i)[0] > 0 else (0, 0)
    if hi <= lo or hi <= last_end:
        # the sentence before lies inside the last quote's words (a quoted question of several
        # sentences): no sentence of the writer's came between, so the last speaker goes on (session 23)
        return None
    if in_heading(view.text, view.tokens[lo].start):
        return None  # a related-article link or subheading line is no sentence of the story (session 23)
    entity = sentence_subject(view, hi - 1)
    if entity is None:
        return opening_outlet(view, lo, hi)  # وطرحت صحيفة "X" أسئلة … ¶ وقالت "…" (session 23)
    return entity if entity.label == "PER" else None
