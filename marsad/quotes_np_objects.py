"""Guards on noun-phrase and bare ب complements of reporting verbs, for marsad.quotes_indirect's
IndirectFinder (session 28b; split from it in session 28 when it passed 500 lines, behaviour unchanged):
أفاد's bare ب noun phrase (`bare_clitic_off`), a chained verb's own pronoun (`own_pronoun`: توصلت
إليها), أكد's noun-phrase object after a named subject (`named_object`) and the comma that closes such an
object (`object_comma`).
"""

from __future__ import annotations

from marsad.quotes_lexicon import VerbForm
from marsad.quotes_speakers import RELATIVES, Subject, is_complementizer, is_title
from marsad.quotes_view import View

# Verbs whose bare ب complement (أفادت مصادر بمقتل …) is read with `bare_clitic_off`'s guards.
REPORTED_WITH_B = frozenset({"أفاد"})
# Verbs whose noun-phrase object counts only with `named_object`'s guards (أكد X وقوف بلاده).
NAMED_OBJECT_ONLY = frozenset({"أكد"})
# Pronoun endings of a preposition (folded إليه، إليها، عليهم; الي → اليه: the ي is kept).
_PRONOUNS = frozenset(("يه", "يها", "يهم", "يهما", "يهن"))


def bare_clitic_off(view: View, j: int, form: VerbForm, subj: Subject) -> bool:
    """Token j, a word with the clitic ب of أفاد's noun-phrase complement (أفادت مصادر بمقتل …), is no
    complement: after an imperfect (معلومات تفيد بـ "indicate"), inside the subject phrase (المتحدث
    باسم، مصدر بوزارة; باسمهم after it), or a pronoun (ما أفاد به) (session 28b)."""
    token = view.tokens[j]
    if is_complementizer(view, j) or "ب" not in token.prefixes:
        return False
    short = token.stem.end - token.stem.start < 3
    named = view.text[token.stem.start : token.stem.end] == "اسم"  # كما أفاد متحدث باسمهم: "on their behalf"
    return form.imperfect or j < subj.end or named or bool(token.suffix and short)


def own_pronoun(view: View, j: int, form: VerbForm) -> bool:
    """Token j is the head preposition of one of the verb's chains with a pronoun (إليها، إليه)."""
    word = view.tokens[j].folded.lstrip("وف")
    return any(
        word != chain[0] and word.startswith(chain[0][:-1]) and word[len(chain[0]) - 1 :] in _PRONOUNS
        for chain in form.verb.complements
    )


def named_object(view: View, k: int, form: VerbForm, subj: Subject) -> bool:
    """أكد's noun-phrase object at k (أكدت منظمة X ما خلصت إليه، أكد X وقوف بلاده) counts only after a
    finite verb whose subject is a named entity, right after the name, on a bare word (no clitic, no
    name, no title): an unnamed subject phrase runs on into the object (أكد التزام بلاده), and a
    participle's object is the speaker's stress, not a report (session 28b, ANT)."""
    if form.participle or subj.kind != "entity" or k != subj.end:
        return False
    token = view.tokens[k]
    if token.prefixes or k in view.mention_at or k in view.covered or is_title(view, k):
        return False
    return not token.folded.startswith("بشكل")


def object_comma(view: View, c: int) -> bool:
    """Token c is a comma closing a noun-phrase object: a relative pronoun, و + an imperfect verb
    (، ويدفع X ببراءته) or a participle in م- (، منافية بذلك، مؤكدا) follows it. Not a mere phrase
    (، بشأن الصحفي …، أو سعيه …، تحمل القاهرة …: the object goes on)."""
    if view.word(c) not in ("،", ",") or c + 1 >= view.n:
        return False
    token = view.tokens[c + 1]
    if token.folded in RELATIVES:
        return True
    stem = token.folded.lstrip("وف")
    if stem != token.folded and stem[:1] in ("ي", "ت") and len(stem) >= 4 and not stem.startswith("ال"):
        return True
    if c + 1 in view.mention_at or c + 2 >= view.n or view.punct(c + 2):
        return False
    return token.folded[:1] == "م" and len(token.folded) >= 5 and token.folded[-1] in ("ا", "ه")
