"""A body named in a title's complement by a bare definite noun: المتحدث العسكري باسم الجماعة is the
spokesman of the group the article named before under that noun (قالت جماعة الحوثي …), رئيس المكتب
السياسي للحركة the head of the movement's bureau (حركة حماس). The title takes that body's code."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from marsad.arabic import fold
from marsad.article import Article
from marsad.role_words import Word, elided

# Nouns that stand for a body named earlier; bare ones only (الوزارة, الجيش have their own sector).
BODY_NOUNS = frozenset(
    fold(w)
    for w in [
        *("الجماعة", "الحركة", "الحزب", "التنظيم", "الجبهة", "الميليشيا", "الوكالة", "المنظمة"),
        # مدير المرصد، المديرة العامة للصندوق: the observatory, fund … the article named before
        *("المرصد", "الهيئة", "المؤسسة", "الجمعية", "الشركة", "الصندوق"),
        # رئيس النادي، الأمين العام للاتحاد، نقيب … رئيس النقابة: the club, union, syndicate named before
        *("النادي", "الاتحاد", "النقابة", "الرابطة", "المركز", "الائتلاف", "اللجنة"),
    ]
)


def body_noun(rest: Sequence[Word]) -> str | None:
    """The folded body noun without its article when the complement holds one (باسم الجماعة, للحركة)."""
    for w in rest:
        stem = f"ا{w.stem}" if elided(w) else w.stem
        if stem in BODY_NOUNS:
            return stem[2:]
    return None


def antecedent(
    article: Article,
    words: Sequence[Word],
    index_at: Callable[[int], int | None],
    noun: str,
    before: int,
    skip: Callable[[list[str]], bool] = lambda stems: False,
) -> list[str]:
    """The stems of the last ORG mention before character `before` that the text names with `noun`: the
    mention opens with it (حركة حماس, الوكالة الدولية للطاقة الذرية) or follows it (جماعة الحوثي); `skip`
    passes over some (the news agency that relayed the story is not the agency of المدير العام للوكالة).
    Empty when there is none."""
    best: tuple[int, int, int] | None = None
    for entity in article.entities:
        if entity.label != "ORG":
            continue
        for m in entity.mentions:
            if m.end > before or (best is not None and m.start <= best[0]):
                continue
            first, last = index_at(m.start), index_at(m.end - 1)
            if first is None or last is None:
                continue
            named = words[first].stem in (noun, "ال" + noun) or (first > 0 and words[first - 1].stem == noun)
            if named and not skip(stems_of(words[first : last + 1])):
                best = (m.start, first, last)
    if best is None:
        return []
    return stems_of(words[best[1] : best[2] + 1])


def stems_of(words: Sequence[Word]) -> list[str]:
    """A name's stems with the article's alif back where a ل ate it (للطاقة cut ل + لطاقة: الطاقة)."""
    return [f"ا{w.stem}" if elided(w) else w.stem for w in words]
