"""Words in marks after "it came in" a statement (وجاء في بيان لوزارة X: «…»، وجاء فيها "…").

bench/gold/QUOTES.md counts the marked words after وجاء فيها (a person's letter) and after جاء في بيان على
لسان X أن as the statement owner's direct quote with no verb. The quote's speaker is the owner named in the
statement's phrase (after ل, in construct, or after على لسان); with none (وجاء في البيان، وجاء فيها) it is a
pro-dropped report: whoever spoke last, as for وأضاف البيان. Only statement nouns count: a report,
a resolution or a document quoted so is no one's speech (QUOTES.md: documents are no sources).
"""

from __future__ import annotations

from marsad.arabic import folded_words
from marsad.article import Entity
from marsad.quotes_claims import reporting_verb
from marsad.quotes_lexicon import QuoteLexicon
from marsad.quotes_speakers import Subject, is_complementizer
from marsad.quotes_subjects import subject
from marsad.quotes_view import QUOTE_CHARS, View

_CAME = folded_words("جاء وجاء فجاء جاءت وجاءت ورد وورد وردت ووردت")
_IN = folded_words("في")
_IN_IT = folded_words("فيه فيها فيهما")
# Statement nouns (with ال or a possessive suffix, folded): a body's or a person's own words.
_STATEMENT_STEMS = folded_words(
    "بيان بلاغ رسالة رساله خطاب كلمة تغريدة تدوينة منشور تصريح تصريحات مقال مقالة نداء"
)
_TONGUE = folded_words("لسان")
_TO_HIM = folded_words("له لها لهم لهما")
_ISSUED = folded_words("الصادر الصادرة")  # البيان الصادر عن X: X issued it
# Time words of an aside before the colon (وجاء في بيان للنادي، الاثنين: "…").
_TIMES = folded_words("الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد أمس اليوم مساء صباح الليلة")
REACH = 12  # tokens from جاء to the mark (جاء في رسالة على لسان قائد شرطة المدينة العميد X أن "…")
_OWNER_LABELS = ("PER", "ORG", "LOC")


def _statement(view: View, k: int) -> bool:
    """Token k is a statement noun, bare, definite or with a possessive (بيان، البيان، بيانها)."""
    word = view.tokens[k].folded
    stem = word[2:] if word.startswith("ال") else word
    return stem in _STATEMENT_STEMS or any(
        stem.startswith(s) and stem[len(s) :] in ("ه", "ها", "هم", "هما") for s in _STATEMENT_STEMS
    )


def came_in_at(view: View, k: int) -> bool:
    """Token k opens "it came in it" or "it came in a statement" (وجاء فيها، وجاء في بيان الوزارة)."""
    if k + 1 >= view.n or view.tokens[k].folded not in _CAME:
        return False
    if view.tokens[k + 1].folded in _IN_IT:
        return True
    return view.tokens[k + 1].folded in _IN and k + 2 < view.n and _statement(view, k + 2)


def came_in(lex: QuoteLexicon, view: View, prev: int, lo: int) -> int:
    """For marks opening after token prev: the جاء token when the clause before them is only "it came in
    (a statement)", at the sentence start or after a comma, else -1. A complementizer or a reporting form
    before the marks makes them part of a clause (وجاء في البيان أن الرئيس "…"، جاء في بيان إعلان "…")."""
    k = prev
    if k >= lo and (view.word(k) == ":" or is_complementizer(view, k)):
        k = before_time_aside(view, k - 1, lo)
    for j in range(k, max(lo, k - REACH) - 1, -1):
        if view.word(j) in QUOTE_CHARS or view.punct(j) or is_complementizer(view, j):
            return -1
        if reporting_verb(lex, view, j, masdar=True) is not None:
            return -1
        if came_in_at(view, j):
            return j if j == lo or view.word(j - 1) in ("،", ",") else -1
    return -1


def before_time_aside(view: View, k: int, lo: int) -> int:
    """The token before a time aside set off by a comma that ends at token k (بيان للنادي، الاثنين: "…"), else
    k (session 22)."""
    t = k
    while t >= lo and view.tokens[t].folded in _TIMES:
        t -= 1
    return t - 1 if lo <= t < k and view.word(t) in ("،", ",") else k


def owner(view: View, came: int, prev: int) -> Subject | None:
    """The statement's owner named in the phrase after جاء في: the person after على لسان (kind "none" when
    no one is named there), or the mention after the statement noun, with ل (بيان لوزارة الصحة), in
    construct (بيان الخارجية) or after الصادر عن; else None. A time aside before the colon is none of it."""
    if view.word(prev) == ":" and before_time_aside(view, prev - 1, came) != prev - 1:
        prev = before_time_aside(view, prev - 1, came) + 1  # the aside's comma
    tongue = next((k for k in range(came + 2, prev) if view.tokens[k].folded in _TONGUE), -1)
    if tongue >= 0:
        # على لسان X: X speaks when named; an unnamed phrase there runs on into the statement's relative
        # clause (على لسان والدته نشرته البلدية: "his mother" and the verb after), so no quote is made
        said = subject(view, tongue, None, limit=prev)
        return said if said.kind == "entity" else Subject("none", tongue)
    for k in range(came + 2, prev):
        if k not in view.mention_at:
            continue
        before = view.tokens[k - 1].folded
        glued = "ل" in view.tokens[k].prefixes
        issued = before == "عن" and k >= 2 and view.tokens[k - 2].folded in _ISSUED
        if glued or issued or _statement(view, k - 1):
            entity: Entity = view.mention_at[k][0]
            return Subject("entity", k, entity=entity) if entity.label in _OWNER_LABELS else None
        return None  # another name first (رسالة إلى الوزير X): the addressee, not the owner
    return _unnamed_owner(view, came, prev)


def _unnamed_owner(view: View, came: int, prev: int) -> Subject | None:
    """An untagged owner after ل right after the statement noun and its adjectives (بيان مشترك للفصائل،
    تصريح رسمي لغرفة العمليات): its words without the ل, up to the marks."""
    for k in range(came + 3, prev):
        if view.tokens[k].folded in _IN or view.punct(k):
            return None  # بيان في الجريدة …: a place, not an owner
        if "ل" not in view.tokens[k].prefixes:
            continue
        if view.tokens[k].folded in _TO_HIM:
            return None  # بيان لها: the one spoken of before, a pro-dropped report
        end = prev if view.word(prev) in (":", "،", ",") or is_complementizer(view, prev) else prev + 1
        start = view.tokens[k].start + 1  # past the glued ل; للحكومة keeps its article: ال + لحكومة
        words = view.text[start : view.tokens[end - 1].end]
        text = "ا" + words if words.startswith("ل") and view.tokens[k].folded.startswith("لل") else words
        return Subject("unnamed", k, text=text)
    return None
