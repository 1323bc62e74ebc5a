"""Names in quotation marks: the naming nouns after which, or opening which, a quoted string is a name, and
a unit's name in marks inside a speaker's phrase (قائد "اللواء …" العميد X، أن).

Split from marsad.quotes_fragments in session 19 so that the speaker search (marsad.quotes_subjects) and the
direct-quote finder (quotes_fragments, quotes_direct) read one list.
"""

from __future__ import annotations

from marsad.arabic import fold
from marsad.quotes_view import QUOTE_CHARS, View

# Nouns after which a quoted string is a name, not speech (folded, with and without ال).
NAMING_WORDS = (
    "برنامج فيلم مسلسل كتاب رواية أغنية ألبوم مسرحية تنظيم حركة جماعة حزب عملية حملة مبادرة "
    "تطبيق شركة مجموعة مشروع منظمة جائزة مهرجان بطولة نادي فريق شعار وسم هاشتاغ لقب اسم مؤتمر قوات "
    "تحالف مجلس لجنة وزارة جبهة اتفاق اتفاقية قانون خطة صفقة قمة منتدى عنوان بعنوان وثيقة تقرير مركز "
    "معهد جامعة مدينة منطقة ميليشيا كتيبة لواء ألوية فصيل ائتلاف كتلة قائمة تيار سلسلة نظام "
    "طائرة سفينة حاملة غواصة صاروخ مركبة"
)
NAMING = frozenset(f for w in NAMING_WORDS.split() for f in (fold(w), "ال" + fold(w)))
NAME_OPENED = 4  # words of a quoted stretch opened by a naming noun that is a name ("اللواء الثالث مشاة")


def marked_name_end(view: View, j: int) -> int:
    """When token j opens marks around a stretch that starts with a naming noun and closes within
    NAME_OPENED words (no punctuation inside), the closing mark's token; else -1."""
    if j + 1 >= view.n or not view.has(j + 1, NAMING):
        return -1
    return closing_mark(view, j, NAME_OPENED)


def closing_mark(view: View, j: int, words: int) -> int:
    """When token j opens marks around 1 to `words` words with no punctuation inside, the closing mark's
    token; else -1."""
    if view.word(j) not in QUOTE_CHARS:
        return -1
    for k in range(j + 1, min(view.n, j + 2 + words)):
        if view.word(k) in QUOTE_CHARS:
            return k if k > j + 1 else -1
        if view.punct(k):
            return -1
    return -1
