"""A title or spokesperson named only in the next sentence (forward reference; bench/gold/QUOTES.md, dev5's
call: an unnamed spokesman of a body, then "X said at a press conference", is X).

News often reports a statement under a title first and names its holder in the sentence after, which opens
with the same kind of act (وأكد متحدث باسم الرئاسة أن … ¶ وقال X في مؤتمر صحفي: …; وقال أركان حرب المنطقة
إن … ¶ وأوضح العميد X أن …). When a quote's speaker stayed an unnamed title phrase, the person named there
speaks it: the next sentence opens with و + a finite reporting verb whose subject is a PER mention, at most
after a title word (a rank: العميد، اللواء), and that mention is the person's first in the article (a person
named before is someone the writer had introduced, not the title's holder) and no title of their own
follows it (وقال X، رئيس البعثة …: another person).
"""

from __future__ import annotations

from marsad.arabic import fold
from marsad.article import Entity
from marsad.attribution import OutletMatch, match_outlet
from marsad.quotes_claims import reporting_verb
from marsad.quotes_datelines import past_dateline
from marsad.quotes_lexicon import QuoteLexicon
from marsad.quotes_relays import FROM_HIM
from marsad.quotes_speakers import UNNAMED, has_prefix, is_title
from marsad.quotes_view import QUOTE_CHARS, View

_HE_IS = frozenset({"وهو", "وهي"})
# Source words that a spokesperson's subject opens with (متحدث باسم …، ناطق باسم …).
_SPOKESPEOPLE = frozenset(w for w in UNNAMED if w.startswith(("متحدث", "ناطق")))


def titled_subject(view: View, verb: int) -> bool:
    """The verb at token `verb` has a title or a spokesperson right after it (its unnamed subject)."""
    k = verb + 1
    return k < view.n and (is_title(view, k) or view.tokens[k].folded in _SPOKESPEOPLE)


def named_next(lex: QuoteLexicon, view: View, verb: int) -> Entity | None:
    """The person the next sentence names as the subject of its opening reporting verb, first mentioned
    there, or None."""
    hi = view.sentence(verb)[1]
    if hi >= view.n or not has_prefix(view, hi, "و"):
        return None
    form = reporting_verb(lex, view, hi)
    if form is None or form.participle or form.masdar or form.imperfect:
        return None
    k = hi + 1
    if k < view.n and k not in view.mention_at and is_title(view, k):
        k += 1  # وأوضح العميد X: a rank before the name
    if k not in view.mention_at:
        return None
    entity, last = view.mention_at[k]
    if entity.label != "PER" or min(m.start for m in entity.mentions) < view.tokens[k].start:
        return None
    after = last + 1
    if (
        after + 1 < view.n
        and view.word(after) in ("،", ",")
        and (is_title(view, after + 1) or view.tokens[after + 1].folded in _HE_IS)
    ):
        return None  # وقال X، رئيس البعثة …، إن: a person the writer introduces with his own title
    return entity


def source_word_entity(view: View, entity_id: str) -> bool:
    """The entity's name is one unnamed source word, bare or with ال, or its construct plural (المصادر،
    ناشطو): an NER mention of a source word names no one (QUOTES.md: unnamed sources; session 22)."""
    entity = next((e for e in view.entities if e.id == entity_id), None)
    if entity is None:
        return False
    words = fold(entity.name).split()
    word = words[0].removeprefix("ال") if len(words) == 1 else ""
    return word in UNNAMED or (word.endswith("و") and word + "ن" in UNNAMED)


def relayed_report(view: View, last: tuple[str | None, str | None], last_via: OutletMatch) -> bool:
    """Whether "the report" with no report named before (وقال التقرير إن) is the outlet that relayed the last
    quote's source (…، وفقا لما ذكرته X نقلا عن مصادر ¶ وقال التقرير إن: X's): not when a person spoke to it
    (وقالت X لرويترز: "…" ¶ وذكر التقرير: a study's), nor when it spoke on its own account (…، وفق "رويترز" ¶
    وقال التقرير: session 21's guard; session 23). `last` is the last quote's (speaker id, speaker text)."""
    person = any(e.id == last[0] and e.label == "PER" for e in view.entities)
    own = last[1] == last_via.text or (last_via.entity is not None and last[0] == last_via.entity)
    return not (person or own)


def opening_outlet(view: View, lo: int, hi: int) -> Entity | None:
    """The outlet that is the subject of the verb opening the sentence [lo, hi) (وطرحت صحيفة "X" أسئلة …):
    a pro-dropped verb after it goes on with it as with a person; none when it relayed someone (ونقلت "X"
    عن Y: Y spoke, X relayed). Session 23."""
    k = past_dateline(view, lo) + 1
    outlet = match_outlet(view, k) if k < hi else None
    # the outlet right after the opening verb, its type noun and a mark stepped over (صحيفة "X")
    found = outlet.entity if outlet is not None and outlet.lo <= k + 2 else None
    after = outlet.hi if outlet is not None else hi
    while after < hi and view.word(after) in QUOTE_CHARS:
        after += 1
    if after < hi and view.tokens[after].folded in FROM_HIM | {"عن"}:
        return None
    return next((e for e in view.entities if e.id == found), None)
