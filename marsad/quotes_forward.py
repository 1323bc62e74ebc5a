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
from marsad.quotes_claims import reporting_verb
from marsad.quotes_lexicon import QuoteLexicon
from marsad.quotes_speakers import UNNAMED, has_prefix, is_title
from marsad.quotes_view import View

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
