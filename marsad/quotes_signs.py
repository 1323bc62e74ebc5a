"""The words on a carried sign: marks right after a passive "written on it" (ورفع الطلاب يافطات كتب عليها
"…"; رافعين لافتات مكتوب عليها "…") are a direct quote with the verb كتب, said by whoever carries the signs:
the subject of the carrying verb that opens the sentence, or of the sentence's opening verb when a
participle carries them (bench/gold/QUOTES.md counts a sign's words as its carriers' quote, unnamed when they
are). A sign no one in the sentence carries (علقت لافتة كتب عليها "…") makes no quote: its writer is unknown.
"""

from __future__ import annotations

from marsad.arabic import folded_words
from marsad.article import Span
from marsad.quotes_claims import Claim
from marsad.quotes_context import after_turn
from marsad.quotes_prodrop import opening_clause_subject
from marsad.quotes_speakers import Subject
from marsad.quotes_subjects import subject
from marsad.quotes_view import View

# Passive "was written" and the participle "written" (كُتب، كُتبت، مكتوب، مكتوبة), then "on it/them".
_WRITTEN = folded_words("كتب كتبت مكتوب مكتوبة مكتوبا")
_ON_IT = folded_words("عليه عليها عليهم عليهما")
# Carrying a sign: raised, carried, waved, wore (a shirt), as past verbs and as participles (ḥāl).
_CARRYING = folded_words("حمل حملت حملوا رفع رفعت رفعوا لوح لوحت لوحوا ارتدى ارتدت ارتدوا")
_CARRYING_PARTICIPLES = folded_words(
    "حاملا حاملة حاملين حاملات رافعا رافعة رافعين رافعات ملوحا ملوحة ملوحين ملوحات مرتديا مرتدية مرتدين"
)
# Tokens from the carrying word to the "written" word: ورفع الطلاب يافطات كتب: 3; a name and a place
# phrase before the sign (ورفع الناشط X Y في الساحة لافتة كتب: 7).
SIGN_REACH = 8


def sign_claim(view: View, open_pos: int, span: Span) -> Claim | None:
    """A Claim for the words on a carried sign whose quotation mark opens at open_pos, else None."""
    io = view.token_at(open_pos)
    written = io - 2
    lo = view.sentence(io)[0]
    if written - 1 < lo or view.tokens[io - 1].folded not in _ON_IT:
        return None
    if view.tokens[written].folded not in _WRITTEN or view.tokens[written].prefixes:
        return None  # وكتب عليها "…": he wrote on it, an active verb with its own subject
    carrier = next(
        (
            c
            for c in range(written - 2, max(lo, written - SIGN_REACH) - 1, -1)
            if view.tokens[c].folded.removeprefix("و") in _CARRYING | _CARRYING_PARTICIPLES
        ),
        -1,
    )
    if carrier < 0 or any(view.punct(k) for k in range(carrier + 1, written)):
        return None
    participle = view.tokens[carrier].folded.removeprefix("و") in _CARRYING_PARTICIPLES
    if not participle and after_turn(view, lo, carrier) != carrier:
        return None  # a carrying verb inside the sentence: its subject is not the opening verb's
    if participle:  # …، رافعين لافتات: the subject of the verb opening the sentence
        said = opening_clause_subject(view, carrier, None, agree=False, end=carrier)
        if said is None:
            return None
        entity = next((e for e in view.entities if e.id == said[0]), None)
        subj = (
            Subject("entity", written, entity=entity) if entity else Subject("unnamed", written, text=said[1])
        )
    else:  # ورفع الطلاب يافطات: the carrying verb's own subject, before the sign
        subj = subject(view, carrier, None, limit=written - 1)
        if subj.kind not in ("entity", "unnamed"):
            return None
    claim = Claim(open_pos, "direct", span, "كتب", "fixed", subj, verb_tok=written)
    claim.aside = True  # the sign's carriers are no topic a later pro-dropped verb goes on with
    return claim
