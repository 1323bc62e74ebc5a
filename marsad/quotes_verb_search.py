"""The reporting verb a quoted stretch belongs to: the search back from its opening mark.

`find_verb` walks back from the mark to the nearest reporting verb, stepping over a quoted outlet name (ونقلت
صحيفة "تايم" عن …), with `names` any short quoted name (after a colon), and an attribution aside that holds a
relay verb (وقال X، وفقا لما نقلته عنه وكالة Y، الاثنين: "…"); `past_pointing` prefers the finite verb before
a participle with a noun-phrase complement (وقال X مشيرا إلى المصنع: "…"). Used by marsad.quotes_direct.
"""

from __future__ import annotations

from marsad.attribution import match_cue, match_outlet
from marsad.quotes_anonymity import in_anonymity
from marsad.quotes_claims import reporting_verb
from marsad.quotes_fragments import LOOKBACK
from marsad.quotes_lexicon import QuoteLexicon
from marsad.quotes_speakers import is_complementizer, that_after_from
from marsad.quotes_view import QUOTE_CHARS, View

ASIDE_VERB = 4  # tokens from an aside's comma to its relay verb (، وفقا لما نقلته)
# كما "as" + a relay verb + عنه "from him" is an aside with no commas (وقال X كما نقلت عنه الوكالات "…").
_AS = frozenset({"كما", "وكما"})
_FROM_HIM = frozenset({"عنه", "عنها", "عنهم", "عنهما"})
MAX_NAME_WORDS = 5  # words of a quoted outlet name the verb search steps over


def find_verb(lex: QuoteLexicon, view: View, k: int, lo: int, stop_at_comp: bool, names: bool = False) -> int:
    """The nearest reporting verb at or before token k and not before lo, else -1.

    A quoted outlet name is stepped over; with `names` (the quote follows a colon, which marks speech)
    any short quoted name is (وقال X، المحلل في مركز "جين": "…"، ونقلت "رويترز" عن X قوله: "…").
    """
    j = k
    while j >= max(lo, k - LOOKBACK):
        if view.word(j) in QUOTE_CHARS:
            j = before_quoted_name(view, j, lo, names)
            if j < 0:
                return -1
        if stop_at_comp and (is_complementizer(view, j) or (j < k and _warned_that(lex, view, j))):
            return -1
        if reporting_verb(lex, view, j) is not None and not in_anonymity(view, j):
            # (not طلب or ذكر of مسؤول طلب عدم ذكر اسمه: the source's anonymity, quotes_anonymity)
            aside = aside_start(view, j, lo)
            if aside < 0:
                return j
            j = aside  # وقال X، وفقا لما نقلته عنه وكالة Y، الاثنين: "…": the verb before the aside says it
        j -= 1
    return -1


def past_pointing(lex: QuoteLexicon, view: View, verb: int, colon: int, lo: int) -> int:
    """The finite reporting verb before a participle with a noun-phrase complement that runs to the colon
    (وقال X أمام الصحفيين مشيرا إلى المصنع: "…": "said, pointing to the factory", the marks are قال's), when
    no punctuation stands between the two verbs; else `verb`."""
    form = reporting_verb(lex, view, verb) if verb >= 0 else None
    if form is None or not form.participle or verb + 2 >= colon:
        return verb
    heads = {chain[0] for chain in form.verb.complements if len(chain) == 1}
    if view.tokens[verb + 1].folded not in heads:
        return verb
    if any(view.punct(k) or is_complementizer(view, k) for k in range(verb + 2, colon)):
        return verb
    finite = find_verb(lex, view, verb - 1, lo, False)
    said = reporting_verb(lex, view, finite) if finite >= 0 else None
    if said is None or said.participle or any(view.punct(k) for k in range(finite + 1, verb)):
        return verb
    return finite


def _warned_that(lex: QuoteLexicon, view: View, j: int) -> bool:
    """Token j is أن after من after a reporting verb and its subject (وحذرت الوزارة من أن أي خرق "ستكون
    له عواقب"): a that-clause, so marks in it are the clause's wording, an indirect quote of the verb's."""
    if j < 2 or not that_after_from(view, j):
        return False
    lo = view.sentence(j)[0]
    for k in range(j - 2, max(lo, j - 2 - WARNER_REACH) - 1, -1):
        if view.punct(k):
            return False
        if reporting_verb(lex, view, k) is not None:
            return True
    return False


WARNER_REACH = 6  # tokens from من أن back to its verb, past the verb's subject (حذرت وزارة الخارجية من أن)


def aside_start(view: View, j: int, lo: int) -> int:
    """The comma opening an attribution aside that holds the verb at token j (، بحسب ما نقلت عنه وكالة Y،),
    else -1 (session 9: the indirect finder already stepped over such asides); without commas, كما before a
    verb with عنه after it (وقال وزير الدفاع X كما نقلت عنه الوكالات الروسية "…": X said it), the كما."""
    if (
        j - 1 >= lo
        and view.tokens[j - 1].folded in _AS
        and j + 1 < view.n
        and view.tokens[j + 1].folded in _FROM_HIM
    ):
        return j - 1
    for c in range(j - 1, max(lo, j - ASIDE_VERB) - 1, -1):
        if view.word(c) in ("،", ","):
            cue = match_cue(view, c + 1)
            return c if cue is not None and cue[0].kind == "according" and c + 1 < j < cue[1] + 1 else -1
    return -1


def before_quoted_name(view: View, close: int, lo: int, names: bool = False) -> int:
    """For the closing mark of a quoted outlet name (ونقلت صحيفة "تايم" عن …), the token before the name's
    type noun, which the verb search goes on from; with `names`, the token before the opening mark of
    any short quoted name; else -1 (another quote stops the search)."""
    words = 0
    for o in range(close - 1, lo - 1, -1):
        if view.word(o) not in QUOTE_CHARS:
            # the dots of an abbreviation ("إي.إس.بي.إن") are no words of the name (session 22)
            words += view.word(o) != "."
            if words > MAX_NAME_WORDS:
                break
            continue
        # the type noun right before the mark, or a few words before (وكالة الأنباء الروسية "تاس")
        for k in range(o - 1, max(lo, o - 4) - 1, -1):
            hit = match_outlet(view, k)
            if hit is not None and hit.lo >= k and hit.hi >= o:
                return k - 1
        # (not words in marks after أن/إن: ووصفته بأنه "كاذب" وأنه "…" is the clause's, no name)
        named = names and o < close - 1 and not (o - 1 >= lo and is_complementizer(view, o - 1))
        return o - 1 if named else -1
    # A stray mark with no opening before it, glued to its word before a colon (في تغريدة على تويتر": "…"):
    # no quote of its own, so the search goes on past it.
    return close - 1 if close + 1 < view.n and view.word(close + 1) == ":" else -1
