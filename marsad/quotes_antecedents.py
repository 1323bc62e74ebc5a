"""Whom a relative clause or a noun refers back to: the antecedent of a pro-dropped verb in a relative clause
(`relative_antecedent`: سامي حداد، الذي ترك الحزب ودعا), "the latter" (`latter_person`: وقال الأخير) and a
definite person noun or occupation (`described_person`: وقال الشاب، وأوضحت المغنية); the person last
named with a given title (`latest_titled_person`: "our correspondent", quotes_titles.two_word_holder);
"the same source" (`same_source`: وأوضح المصدر ذاته، بحسب المصدر نفسه).

Split from marsad.quotes_context in session 19 when it reached 500 lines (behaviour unchanged).
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.arabic import fold, folded_words
from marsad.article import Entity
from marsad.quotes_speakers import MAX_SUBJECT
from marsad.quotes_view import QUOTE_CHARS, View

RELATIVE_REACH = 12  # tokens from a pro-dropped verb back to the relative pronoun of its clause
RELATIVE_PRONOUNS = frozenset(fold(w) for w in ("الذي", "التي", "الذين"))


# "The same source" (المصدر ذاته، المصادر نفسها، نفس المصدر), folded, a clitic ل/و/ب/ف stripped: it refers
# back to the source of the quote before, whose speaker it names (session 28c, S2).
_SOURCE_NOUNS = folded_words("المصدر المصادر مصدر مصادر")  # مصدر: للمصدر with its ل and ال stripped
_SAME = folded_words("ذاته ذاتها نفسه نفسها")
_SAME_BEFORE = folded_words("نفس ذات")


def same_source(text: str) -> bool:
    """`text` is "the same source" (المصدر ذاته، للمصادر نفسها، نفس المصدر)."""
    words = fold(text).split()
    if len(words) != 2:
        return False
    first = words[0].lstrip("وفبل")
    return (first in _SOURCE_NOUNS and words[1] in _SAME) or (
        first in _SAME_BEFORE and words[1] in _SOURCE_NOUNS
    )


def relative_antecedent(view: View, i: int) -> Entity | None:
    """For a verb in a relative clause (… سامي حداد، الذي ترك الحزب ودعا أنصاره لـ…), the entity named
    right before the relative pronoun, or the PER shortly before it (a title in apposition between)."""
    lo = view.sentence(i)[0]
    for k in range(i - 1, max(lo, i - RELATIVE_REACH) - 1, -1):
        if k == i - 1 and resumed(view, k, i):
            # بكين التي وصفها ب"…": the antecedent is the verb's object; its dropped subject is another person
            # named before that antecedent, if any (هاجم كيم "القوات المعادية" التي اتهمها بأنها "…")
            antecedent = view.covered.get(k - 1)
            before = (view.covered.get(m) for m in range(k - 2, max(lo, k - MAX_SUBJECT) - 1, -1))
            return next(
                (e for e in before if e is not None and e.label == "PER" and e is not antecedent), None
            )
        # والذي too, right after a comma (سالم X، الوزير سابقا، والذي قال: P3 in QUOTES_SESSION31B.md; not
        # الملاحظات … والتي اعتبرت, a clause on a thing with no comma)
        joined = k - 1 >= lo and view.word(k - 1) in ("،", ",") and view.tokens[k].folded.startswith("و")
        if view.tokens[k].folded in RELATIVE_PRONOUNS or (
            joined and view.tokens[k].folded[1:] in RELATIVE_PRONOUNS
        ):
            comma = k - 1 >= lo and view.word(k - 1) in ("،", ",")
            named = view.covered.get(k - 1) if k - 1 >= lo else None
            if named is not None and named.label != "MISC":
                return named  # بحسب شركة نوراس التي ذكرت …
            for m in range(k - 1, max(lo, k - MAX_SUBJECT) - 1, -1):
                entity = view.covered.get(m)
                if entity is not None and entity.label == "PER":
                    return entity
            named = view.covered.get(k - 2) if comma and k - 2 >= lo else None
            return named if named is not None and named.label != "MISC" else None  # موسكو، التي تنفي
        if view.word(k) in (".", "؛", ":") or view.word(k) in QUOTE_CHARS:
            return None
    return None


# A relative pronoun and the object pronoun of the verb right after it that takes it up (التي وصفها، الذي
# أقاله، الذين انتقدهم): the antecedent is that verb's object (session 31, K13).
_RESUMED = {fold("التي"): "ها", fold("الذي"): "ه", fold("الذين"): "هم"}


def resumed(view: View, k: int, i: int) -> bool:
    """Token k is الذي/التي/الذين and the verb at i ends in the object pronoun that agrees with it."""
    return view.tokens[i].suffix == _RESUMED.get(view.tokens[k].folded, "-")


# Definite nouns of a person with no title (الشاب البالغ من العمر 34 عاما، السيدة، الرجل): the one person the
# sentence before named, when it names exactly one (كيمبو ألاري ينتظر منذ عام … ¶ وقال الشاب "…").
_PERSON_NOUNS = frozenset(
    "ال" + w for w in folded_words("شاب شابة رجل سيدة امرأة فتاة فتى طفل طفلة عامل عاملة أم أب ابن ابنة")
)
# Occupations a story calls its subject by (وأوضحت الشاعرة الليبية أن "…", session 13's dev3): like the nouns
# above, but the person may have been named a few sentences before (BACK), none named since.
_OCCUPATIONS = frozenset(
    "ال" + w
    for w in folded_words(
        "مغني مغنية مطرب مطربة فنان فنانة لاعب لاعبة كاتب كاتبة روائي روائية شاعر شاعرة ناشط ناشطة"
        " مدون مدونة نجم نجمة"
    )
)
BACK = 3


_LATTER = folded_words("الأخير الأخيرة")
_THIS = folded_words("هذا هذه")


def latter_person(view: View, text: str, i: int) -> Entity | None:
    """ "The latter" (وقال الأخير، هذا الأخير) as the subject of the verb at token i: the person named last
    before the verb, in its sentence or the one before."""
    words = [fold(w) for w in text.split()]
    if words and words[0] in _THIS:
        words = words[1:]
    if len(words) != 1 or words[0] not in _LATTER or i >= view.n:
        return None
    s_no = view.sent_of[i]
    lo = view.sent_range[max(0, s_no - 1)][0]
    for k in range(i - 1, lo - 1, -1):
        entity = view.covered.get(k)
        if entity is not None and entity.label == "PER":
            return entity
    return None


_OUR_REPORTER = folded_words("مراسلنا مراسلتنا")
_REPORTER = folded_words("مراسل مراسلة")


def latest_titled_person(view: View, before: int, titled: Callable[[int, int], bool]) -> Entity | None:
    """The person whose mention starting last before token `before` is titled (`titled(first, last)` on the
    mention's first and last tokens); the earlier entity on a tie."""
    latest: tuple[int, Entity] | None = None
    for entity in view.entities:
        if entity.label != "PER":
            continue
        for m in entity.mentions:
            first, last = view.token_at(m.start), view.token_at(m.end - 1)
            if first < before and titled(first, last) and (latest is None or first > latest[0]):
                latest = (first, entity)
    return latest[1] if latest else None


def our_reporter(view: View, text: str, i: int) -> Entity | None:
    """ "Our correspondent" (ويقول مراسلنا) as the subject of the verb at token i: the person the article
    named last before it with a correspondent's title right after the name (X، مراسلة بي بي سي) or right
    before it (مراسلنا X); bench/gold/QUOTES.md (dev4's calls): the outlet's reporter named before."""
    if [fold(w) for w in text.split()] not in ([w] for w in _OUR_REPORTER):
        return None

    def titled(first: int, last: int) -> bool:
        after = last + 2 if last + 1 < view.n and view.word(last + 1) in ("،", ",") else last + 1
        reporter = after < view.n and view.has(after, _REPORTER) is not None
        return reporter or (first > 0 and view.has(first - 1, _REPORTER | _OUR_REPORTER) is not None)

    return latest_titled_person(view, i, titled)


def described_person(view: View, text: str, i: int) -> Entity | None:
    """The person a definite person noun (`text`, the subject of the verb at token i) refers back to: the
    only PER mentioned in the sentence before the verb's, none in its own sentence before the verb."""
    words = text.split()
    head = fold(words[0]).lstrip("وف") if words else ""
    if (head not in _PERSON_NOUNS and head not in _OCCUPATIONS) or i >= view.n:
        return None
    s_no = view.sent_of[i]
    if s_no == 0:
        return None
    lo = view.sent_range[s_no][0]
    by_sentence: dict[int, dict[str, Entity]] = {}
    for entity in view.entities:
        if entity.label != "PER":
            continue
        for m in entity.mentions:
            tok = view.token_at(m.start)
            if lo <= tok < i:
                return None  # a person named in its own sentence: the noun is no reference back
            if tok < lo:
                by_sentence.setdefault(view.sent_of[tok], {})[entity.id] = entity
    back = BACK if head in _OCCUPATIONS else 1
    for prev in range(s_no - 1, max(-1, s_no - 1 - back), -1):
        if prev in by_sentence:
            found = by_sentence[prev]
            return next(iter(found.values())) if len(found) == 1 else None
    return None
