"""Who issued a document the article quotes as a speaker ("the statement", "the letter", "the report": وأضاف
البيان أن), for the quotes stage (marsad.stages.quotes): a statement of a named body is that body's
(bench/gold/QUOTES.md), so the document's words go to whoever issued it in the sentence that named it first.
"""

from __future__ import annotations

from marsad.arabic import fold, folded_words
from marsad.quotes_context import after_turn
from marsad.quotes_speakers import KANA, is_title
from marsad.quotes_subjects import subject
from marsad.quotes_view import View

# A statement named indefinitely (في بيان، ببيان، بيانا، في بيانها): "the statement" (البيان) as a later
# verb's subject is the one issued in that sentence (issuer).
A_STATEMENT = frozenset({"بيان", "بيانا"})
# A report named indefinitely (كشف تقرير لصحيفة X، في تقرير): "the report" (التقرير) later is that one.
A_REPORT = frozenset({"تقرير", "تقريرا"})
# A letter named indefinitely (في خطاب لـ، بعث رسالة، في رسالته; folded keys, رسالت the stem before a
# pronoun): "the letter" (الخطاب، الرسالة) later is that one (session 27, dev6: وفي خطاب لـ…،
# قال X إن … ¶ وأضاف الخطاب أن).
A_LETTER = frozenset({"خطاب", "خطابا", "رساله", "رسالت"})
# "The statement" and "the letter" alone as a verb's subject (وأضاف البيان أن، وقالت الرسالة إن), folded,
# with the indefinite nouns that name the one they refer back to. "The report" is the stage's own case: with
# no report named before, it may be the last quote's relay (quotes_forward).
THE_DOCUMENTS: dict[str, frozenset[str]] = {
    fold("البيان"): A_STATEMENT,
    fold("الخطاب"): A_LETTER,
    fold("الرسالة"): A_LETTER,
}
THE_REPORT = frozenset({fold("التقرير")})

# Words that open a sentence before its first verb (و، ف، قد), and prepositions or particles that open a
# leading phrase, not a verb (as quotes_prodrop reads a sentence's opening verb).
_OPENING = folded_words("و ف قد وقد")
_NOT_VERBS = folded_words(
    "منذ مع في من على عن إلى الى بعد قبل خلال عند حين لدى وسط رغم بين حتى أمام لكن كما إذا إن أن ثم"
)
# Words that open a clause of its own between the opening verb and the document noun.
_CLAUSE_OPENERS = folded_words("فيما وفيما بينما وبينما حيث إذ الذي التي الذين بعد قبل عندما")
_IN = folded_words("في وفي")
# Past forms of "issued, sent" (أصدرت الوزارة بيانا، وجهت X رسالة): the document is the opening verb's object.
_ISSUED = folded_words("اصدر اصدرت وجه وجهت بعث بعثت ارسل ارسلت")


def issuer(
    view: View,
    s_no: int,
    said: dict[int, tuple[str | None, str | None]],
    nouns: frozenset[str] = A_STATEMENT,
    opening: bool = True,
) -> tuple[str | None, str | None] | None:
    """Who issued "the statement" of sentence s_no: the speaker of the nearest earlier sentence that names a
    statement indefinitely (وأعلنت رئاسة الحكومة في بيان أن … ¶ وأضاف البيان أن), if it made a quote, else
    the named subject of the verb opening that sentence (وأعلن X، في بيان، تعليق …: an act announced, no
    quote; session 27); a statement in construct with a named body (ببيان مجلس الأمن) is passed over.
    `nouns`: A_REPORT for "the report" (كشف تقرير لصحيفة X عن … ¶ وبحسب التقرير), A_LETTER for "the
    letter". Not `opening`: no opening subject (a report's maker is its outlet, found by the stage)."""
    for prev in range(s_no - 1, -1, -1):
        lo, hi = view.sent_range[prev]
        for k in range(lo, hi):
            if not view.has(k, nouns):
                continue
            construct = k + 1 < view.n and k + 1 in view.mention_at and not view.tokens[k + 1].prefixes
            # بيان لوزارة X: no construct, X's own statement; رحبت ببيان مجلس الأمن: another body's
            # statement, talked of, not quoted (session 10)
            if construct and not view.tokens[k].suffix:
                break  # on to the sentence before
            return said.get(prev) or (_opening_subject(view, lo, k) if opening else None)
    return None


def _opening_subject(view: View, lo: int, k: int) -> tuple[str | None, str | None] | None:
    """The named subject (an entity, not MISC) of the verb that opens the sentence starting at token lo, when
    the document noun at k is in that verb's own clause after في or ب (وعبرت الوزارة في بيان لها عن
    …، وأعلن X، في بيان، تعليق …) or is its object (أصدرت X بيانا), or None. Not after كان (كان اللواء X
    قائدا …، فيما لم يوضح بيان للرئاسة …: another clause, another issuer), nor for a name in the
    genitive of an untitled head (وأصدر مكتب X بيانا: the office, not X)."""
    j = lo
    while j < k and view.tokens[j].folded in _OPENING:
        j += 1
    j = after_turn(view, j, k)
    if j + 1 >= k or j in view.mention_at or view.punct(j):
        return None
    word = view.tokens[j].folded.removeprefix("و").removeprefix("ف")
    if word in _NOT_VERBS or word in KANA or word.startswith("ال") or len(word) < 3:
        return None  # the sentence opens with no verb (في المقابل، …; البيان الصادر …) or with كان
    if any(view.tokens[m].folded in _CLAUSE_OPENERS for m in range(j + 1, k)):
        return None  # the noun is in a clause of its own (…، فيما لم يوضح بيان)
    governed = view.tokens[k].prefixes[-1:] == ("ب",) or view.tokens[k - 1].folded in _IN
    if not governed and not view.has(j, _ISSUED):
        return None
    subj = subject(view, j, None, limit=k)
    if subj.kind != "entity" or subj.entity is None or subj.entity.label == "MISC":
        return None
    mention = view.mention_at.get(j + 1)
    named = mention is not None and mention[0] is subj.entity
    if not (
        named or is_title(view, j + 1) or fold(view.span_text(j + 1, subj.end)) == fold(subj.entity.name)
    ):
        return None  # وأصدر مكتب X بيانا: an untitled head before the name (the office, not X)
    return subj.entity.id, subj.entity.name
