"""Relays read from a quote's context (split from marsad.attribution, which matches outlet names and
attribution phrases): whether a speaker entity is an outlet (`speaker_outlet`), the outlet an interview or
statement noun names (`interview_outlet`, and the sentence before جاء ذلك refers back to it:
`interview_outlet_after`), an outlet spoken to after لـ/مع (`addressed_outlet`), a reporter's outlet in
marks (`reporter_outlet`), the outlet that carried a statement or recording (`carried_outlet`)."""

from __future__ import annotations

from marsad.arabic import fold, folded_words
from marsad.article import Entity
from marsad.attribution import _NAME_PLACES, OutletMatch, _lexicon_at, match_outlet, quoted_name
from marsad.quotes_lexicon import load
from marsad.quotes_view import QUOTE_CHARS, View

# Nouns naming an interview or a statement: an outlet after them in the sentence relayed the quote
# (في مقابلة مع قناة "فرانس 24"، قال …؛ في تصريحات لهيئة الإذاعة البريطانية؛ في اتصال هاتفي مع X,
# session 15); an outlet's question answered is given to it (وردا على سؤال لقناة "الأفق"، أكد …).
INTERVIEW = frozenset(
    f
    for w in ("مقابلة", "حوار", "حديث", "تصريحات", "تصريح", "لقاء", "مداخلة", "سؤال", "أسئلة", "اتصال")
    for f in (fold(w), "ل" + fold(w), "ب" + fold(w))
)
_INTERVIEW_GAP = 4  # tokens from the interview noun to the outlet (مع، خاص، a type noun)
# The outlet's own interviewer named between (مقابلة لـX مع الزميلة Y Z لـCNN، مع الزميل Y Z على CNN:
# CNN Arabic's house style): the colleague and a name of up to three words more before the outlet.
COLLEAGUES = folded_words("الزميل الزميلة زميلنا زميلتنا")
_COLLEAGUE_GAP = 3
# جاء ذلك في مقابلة مع …: a sentence that refers the previous one's quotes to an interview.
_REFERS_BACK = frozenset(fold(w) for w in ("جاء", "وجاء", "جاءت", "وجاءت"))
# ... or with the speaker's words instead of ذلك (وجاءت تصريحاته في مقابلة مع …)
_HIS_WORDS = folded_words(
    "تصريحاته تصريحاتها تصريحاتهم تصريحه تصريحها حديثه حديثها كلامه كلامها أقواله أقوالها"
)


def speaker_outlet(view: View, entity: Entity, at: tuple[int, ...] = ()) -> OutletMatch | None:
    """The outlet a speaker entity is (a mention of it is, or is inside, a match_outlet hit), or None.

    `at`: tokens of the quote (its anchor, its verb); when given, a mention in another sentence counts only
    as a listed outlet or a quoted name after a type noun (صحيفة "إكسبرس" then وفق "إكسبرس"): weaker evidence
    must be where it speaks (مواقع للحوثيين "Houthi positions" elsewhere does not make a website)."""
    sentences = {view.sent_of[k] for k in at if 0 <= k < view.n}
    for m in entity.mentions:
        tok = view.token_at(m.start)
        elsewhere = bool(sentences) and view.sent_of[tok] not in sentences
        # a type noun just before the name (صحيفة X), or before its opening mark (صحيفة "تلغراف")
        first = tok - 2 if tok > 1 and view.word(tok - 1) in QUOTE_CHARS else tok - 1
        for lo in range(max(first, 0), tok + 1):
            hit = match_outlet(view, lo)
            if hit is not None and hit.outlet is None and entity.label in _NAME_PLACES:
                continue  # لإذاعة إسرائيل names an outlet, but Israel speaking elsewhere is the country
            if hit is None or not hit.lo <= tok < hit.hi:
                continue
            if elsewhere and hit.outlet is None and not (hit.lo > 0 and view.word(hit.lo - 1) in QUOTE_CHARS):
                continue  # a described or unquoted outlet named in another sentence
            return OutletMatch(hit.lo, hit.hi, hit.text, hit.outlet, entity.id)
    return None


def interview_outlet(view: View, s_no: int, memo: dict[int, OutletMatch | None]) -> OutletMatch | None:
    """The outlet an interview or statement noun in sentence s_no names (في مقابلة مع قناة X)."""
    if s_no in memo:
        return memo[s_no]
    memo[s_no] = None
    if s_no >= len(view.sent_range):
        return None
    lo, hi = view.sent_range[s_no]
    interview = view.first_keys(INTERVIEW)
    for j in range(lo, hi):
        if interview[j] is None:
            continue
        end = min(hi, j + 1 + _INTERVIEW_GAP)
        k = j
        while k + 1 < end:
            k += 1
            if view.word(k) in ("،", ",", ".", ":"):
                break
            if view.tokens[k].folded in COLLEAGUES:
                end = min(hi, max(end, k + 2 + _COLLEAGUE_GAP))
            hit = match_outlet(view, k) or addressed_outlet(view, k, quoted=True)
            if hit is not None:
                memo[s_no] = hit
                return hit
    return None


def addressed_outlet(view: View, k: int, quoted: bool = False) -> OutletMatch | None:
    """After لـ or مع (or إلى, with `quoted`) at token k, an outlet whose name is also a common word
    (لـ"الجزيرة"، مع "الشرق الأوسط"): being spoken to marks it as one, as a type noun does; with `quoted`
    (after an interview noun: في تصريحات لـ"إرم نيوز") any short quoted name."""
    lex = load()
    if k >= view.n:
        return None
    word = view.tokens[k].folded
    # إلى only after an interview noun (في تصريحات إلى "الوطن"; session 12): after a verb, أشار إلى الجزيرة
    # is a place
    to = word == "مع" or (quoted and word == "الي")
    if not (view.word(k) == "ل" or to or (word.startswith("ل") and "ل" in view.tokens[k].prefixes)):
        return None
    i = k + 1 if view.word(k) == "ل" or to else k
    marks = i
    while i < view.n and view.word(i) in QUOTE_CHARS:
        i += 1
    if i == k and view.word(k) != "ل":  # لـX glued: the name is token k without its ل
        hit = _lexicon_at(view, lex, k, typed=True)
        if hit is None or hit.outlet is None or not hit.outlet.needs_type:
            return None
        return OutletMatch(hit.lo, hit.hi, hit.outlet.name, hit.outlet, hit.entity)  # للجزيرة → الجزيرة
    hit = _lexicon_at(view, lex, i, typed=True)
    if hit is not None:
        return hit
    if not quoted or i == marks:
        return None
    return quoted_name(view, i, QUOTE_CHARS, dots_only=True)


REPORTERS = folded_words("مراسل مراسلة مراسلو مراسلون مراسلي", article=True)


def reporter_outlet(view: View, lo: int, j: int) -> OutletMatch | None:
    """The outlet in marks right after a reporter's phrase [lo, j) (وأفاد مراسل "العربية" أن): listed (a
    type noun not needed) or a short quoted name; it relays the reporter's quote (session 10)."""
    if j + 1 >= view.n or view.word(j) not in QUOTE_CHARS or not view.has(lo, REPORTERS):
        return None
    i = j + 1
    hit = _lexicon_at(view, load(), i, typed=True)
    if hit is not None:
        return hit
    return quoted_name(view, i, QUOTE_CHARS, dots_only=True)


def interview_outlet_after(view: View, s_no: int, memo: dict[int, OutletMatch | None]) -> OutletMatch | None:
    """The interview outlet of the next sentence when it opens with جاء ذلك or جاءت تصريحاته (it refers
    back)."""
    if s_no + 1 >= len(view.sent_range):
        return None
    lo, hi = view.sent_range[s_no + 1]
    if hi - lo < 2 or not view.has(lo, _REFERS_BACK):
        return None
    if view.tokens[lo + 1].folded != "ذلك" and view.tokens[lo + 1].folded not in _HIS_WORDS:
        return None
    return interview_outlet(view, s_no + 1, memo)


def spoken_to(view: View, j: int, last_outlet: OutletMatch | None) -> OutletMatch | None:
    """An outlet addressed at token j (لوكالة Y، لـ"الجزيرة"): told something, so the quote's relay."""
    hit = addressed_outlet(view, j)
    if hit is None and (view.word(j - 1) == "ل" or "ل" in view.tokens[j].prefixes):
        hit = match_outlet(view, j, last_outlet)
    return hit


# A publishing or broadcasting verb with an object pronoun: a relative clause on the statement, recording or
# interview the outlet after it carried (في تسجيل مصور بثته قناة X، قال …؛ في بيان نشرته وكالة Y، أعلنت …؛
# …، وفق بلاغ نشرته وكالة Z). Session 15.
CARRIED = folded_words(
    "نشرته نشرتها نشره نشرها بثته بثتها بثه بثها نقلته نقلتها نقله نقلها أوردته أوردتها أورده أوردها "
    "أذاعته أذاعتها أذاعه أذاعها عرضته عرضتها عرضه عرضها"
)


def carried_outlet(
    view: View, lo: int, hi: int, last_outlet: OutletMatch | None, end: int | None = None
) -> OutletMatch | None:
    """The outlet right after a publishing verb with an object pronoun in tokens [lo, hi) (بثته قناة X),
    ending by token `end` (default hi), or None."""
    for k in range(lo, min(hi, view.n - 1)):
        if view.has(k, CARRIED) is None:
            continue
        hit = match_outlet(view, k + 1, last_outlet)
        if hit is not None and hit.lo <= k + 3 and hit.hi <= (hi if end is None else end):
            return hit
    return None
