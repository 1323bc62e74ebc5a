"""Who is speaking when the subject comes before the reporting verb (SVO).

`preverbal` reads the words between a clause opener (a كان form, لكن, a complementizer) and the verb as the
subject (وكانت بريطانيا حذرت، ويذكر أن الجبير قال، لكن محللين يرون), classified as
marsad.quotes_subjects.subject classifies a subject after the verb; a relative clause set off by commas
before the verb is skipped. `before_verb` takes an entity mention that ends right before the verb.
"""

from __future__ import annotations

from marsad.arabic import folded_words
from marsad.article import Entity
from marsad.attribution import OutletMatch
from marsad.quotes_lexicon import load
from marsad.quotes_speakers import (
    KANA,
    MAX_SUBJECT,
    RELATIVES,
    STOPS,
    Subject,
    has_prefix,
    is_complementizer,
    is_platform,
)
from marsad.quotes_subjects import classify
from marsad.quotes_view import QUOTE_CHARS, View

_LAKINNA = frozenset({"لكن", "ولكن"})
# Time conjunctions open the verb's own clause (وكان أول خلاف بين الجارين عندما قال X: the words before
# عندما are كان's subject, not the speaker; P1 in QUOTES_SESSION31B.md).
_WHEN = folded_words("عندما حين حينما لما بعدما")


def preverbal(view: View, i: int, last_outlet: OutletMatch | None) -> Subject | None:
    """The subject before the verb at i when a كان form or a complementizer opens its clause.

    وكانت بريطانيا (قد) حذرت، ويذكر أن الجبير قال، لكن محللين يرون: the words between the opener and the
    verb (an optional قد skipped) are the subject, classified as `subject` does.
    """
    if set(view.tokens[i].prefixes) & set("وف"):
        return None  # … إن الحارس لم يكن مسلحا ونقلت وكالة X: a joined verb opens its own clause, VSO
    lo = view.sentence(i)[0]
    end = i
    if end - 1 >= lo and view.tokens[end - 1].folded in ("قد", "وقد", "فقد"):
        end -= 1
    if end - 1 >= lo and view.has(end - 1, RELATIVES):
        return None  # … مع الجانب المصري الذي أكد: a relative clause's verb, its subject the antecedent
    end = _before_relative(view, lo, end)
    k = end - 1
    marks = 0
    while k >= lo and end - k <= MAX_SUBJECT + marks:
        if view.tokens[k].folded in KANA or view.tokens[k].folded in _LAKINNA or is_complementizer(view, k):
            break
        if view.tokens[k].folded in _WHEN:
            return None
        if view.word(k) in QUOTE_CHARS:
            marks += 1  # وكانت صحيفة "ستاندارد" كشفت: a quoted name inside the subject, its marks no words
        elif view.punct(k) or view.has(k, load().verbs):
            return None
        k -= 1
    else:
        return None
    if k < lo or k + 1 >= end:
        return None
    if marks and (marks % 2 or is_complementizer(view, k)):
        return None  # قال إنه "…" بينما قال: quoted speech after a complementizer, not a name
    if marks == 2 and view.word(k + 1) in QUOTE_CHARS and view.word(end - 1) in QUOTE_CHARS:
        return classify(view, k + 2, end - 1, last_outlet)  # وكان "المجلس الوطني" أكد: the name inside
    return classify(view, k + 1, end, last_outlet)


# Relative pronouns opening a clause on the subject, set off by commas before its verb (لكن السيدة، التي
# تعيش في بلجيكا، أكدت): the subject ends before the first comma.
RELATIVE_CLAUSE = 12  # tokens of a relative clause between commas


def _before_relative(view: View, lo: int, end: int) -> int:
    """Where the subject before a verb ends: `end`, or the comma opening a relative clause that closes with a
    comma right before the verb (…، التي تعيش في بلجيكا، أكدت)."""
    if end - 1 < lo or view.word(end - 1) not in "،,":
        return end
    for c in range(end - 2, max(lo, end - 2 - RELATIVE_CLAUSE) - 1, -1):
        if view.punct(c) or view.word(c) in QUOTE_CHARS:
            relative = view.word(c) in "،," and c + 1 < end - 1 and view.has(c + 1, RELATIVES)
            return c if relative else end
    return end


def before_verb(view: View, i: int) -> Entity | None:
    """SVO: an entity mention ending just before the verb at i (skipping a comma, قد, كان)."""
    lo = view.sentence(i)[0]
    k = i - 1
    while k >= lo and (view.word(k) in "،," or view.tokens[k].folded in ("قد", "وقد", "فقد", "كان", "كانت")):
        k -= 1
    entity = view.covered.get(k) if k >= lo else None
    if entity is None and k >= lo:
        entity = view.surname(k)
    if entity is None or entity.label == "MISC" or is_platform(entity):
        return None
    first = k
    while first - 1 >= lo and view.covered.get(first - 1) is entity:
        first -= 1
    # The object of a preposition is no subject (… إلى المملكة العربية السعودية قال:).
    if (
        (first - 1 >= lo and view.has(first - 1, STOPS))
        or has_prefix(view, first, "ب")
        or has_prefix(view, first, "ل")
    ):
        return None
    return entity


# Words before a verb that are no noun it could describe (particles, conjunctions, negations).
_NOT_NOUNS = folded_words(
    "كما بينما فيما حيث عندما حين لا لم لن قد إذ كي أن إن ما من عن في على إلى الى مع بين بعد قبل خلال منذ "
    "حول ضد عبر نحو لدى عند وسط أمام"
)
_WAS = folded_words("كان كانت كانوا")
# Durations: the object of a time word before them (ومنذ سنوات تطالب الصين "for years China has claimed"),
# never the noun a verb of calling describes (session 26, dev6).
_DURATIONS = folded_words(
    "يوم أيام أسبوع أسابيع شهر أشهر شهور سنة سنين سنوات عام أعوام عقد عقود ساعة ساعات دقائق"
)
DESCRIBED_WORDS = 3  # words of the indefinite phrase a verb of calling describes (مزارع مصري غاضب يدعو)


def described_noun(view: View, i: int) -> str | None:
    """An indefinite noun right before the imperfect verb of calling at i (يافطات تطالب المجلس البلدي
    بإصلاح الطريق "placards that demand of the council to repair the road"; شعارات تدعو إلى …): the verb
    describes it, so the noun is its subject and the noun after the verb is whom it calls on. None when the
    verb has و/ف or the word before is a name, a definite word, a verb, a particle or punctuation, or opens
    the sentence."""
    form = load().verbs.get(view.tokens[i].folded)
    if form is None or not form.imperfect or form.verb.polarity != "demand" or view.tokens[i].prefixes:
        return None
    lo = view.sentence(i)[0]
    end = i - 1 if i - 1 > lo and view.tokens[i - 1].folded in _WAS else i  # لاجئين كانوا يطالبون
    k = end
    while k - 1 > lo and end - k < DESCRIBED_WORDS and _indefinite_word(view, k - 1, k == end):
        if k < end and view.tokens[k].suffix:
            break  # a possessed noun heads the phrase: no word before it joins
        k -= 1  # محتجون غاضبون يطالبون: the noun and its adjective (the sentence's first word is its verb)
    if k < end and view.tokens[k].folded in _DURATIONS:
        return None  # ومنذ سنوات تطالب الصين: the years are منذ's object, the verb's subject comes after it
    return view.span_text(k, end) if k < end else None


def _indefinite_word(view: View, k: int, first: bool) -> bool:
    """Token k may be an indefinite noun or adjective: no clitic, no ال, no name, verb, particle or mark; a
    pronoun suffix only on the word right before the verb (`first`: لافتاتهم تطالب, their signs call), which
    no word before it joins (ووزع على أنصاره منشورات تدعو: the leaflets, not his supporters' leaflets)."""
    token = view.tokens[k]
    if view.punct(k) or view.word(k) in QUOTE_CHARS or k in view.covered or token.prefixes:
        return False
    if token.suffix and not first:
        return False
    if token.folded.startswith("ال") or token.folded in _NOT_NOUNS or len(token.folded) < 3:
        return False
    if token.folded.endswith("وا"):
        return False  # a plural verb (وزعوا منشورات يطالبون فيها: the leaflets, not who handed them out)
    return not (view.has(k, load().verbs) or view.has(k, KANA))
