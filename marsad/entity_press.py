"""News outlets named alone in quotation marks: علمت «الوطن»، قال ل"الاقتصادية" (the paper, an ORG).

Saudi papers name themselves so in their own reports (a source told the paper, the paper learnt), with no
type noun (صحيفة) before the name, which lexicons/outlets.tsv asks of a name that is also a common word or a
place (الوطن "the homeland", الاقتصادية "economic"). The quotation marks do the type noun's work there:
`quoted_press` adds an ORG where the words between two marks are exactly a listed outlet's name or variant
and no mention touches them, unless a noun heading another kind of name stands right before the marks
(حزب «الوطن» is a party). A mention already on the name (the model's LOC on «الرياض») is left as it is:
session 21 found that relabelling quoted الشرق الأوسط moved the events gate (bench/gold/ENTITIES.md, session
21 candidate 4). Run by `marsad.stages.entities` after the outlet pass; bench/gold/ENTITIES.md "Session 22"
has the figures.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.arabic import fold_word
from marsad.article import Entity, Span, Token
from marsad.quotes_lexicon import load
from marsad.quotes_view import QUOTE_CHARS
from marsad.stages.segment import folded_stem

MAX_WORDS = 4  # words an outlet's name may have between its marks (وكالة الأنباء السعودية: 3)
# Nouns heading a name of another kind, folded without ال: حزب «الوطن» (a party), مسلسل «الحياة» (a
# series), عملية «الرياض» (an operation).
OTHER_HEADS = frozenset(
    fold_word(w)
    for w in [
        "حزب",
        "حركة",
        "تيار",
        "ائتلاف",
        "قائمة",
        "كتلة",
        "جبهة",
        "جمعية",
        "مؤسسة",
        "شركة",
        "مجموعة",
        "منظمة",
        "مركز",
        "نادي",
        "فريق",
        "عملية",
        "مبادرة",
        "برنامج",
        "مشروع",
        "حملة",
        "مهرجان",
        "مسلسل",
        "فيلم",
        "كتاب",
        "رواية",
        "قصيدة",
        "أغنية",
        "شعار",
        "وسم",
        "هاشتاق",
        "فندق",
        "مطعم",
        "مجمع",
        "سوق",
        "برج",
        "مستشفى",
        "مدرسة",
        "ساحة",
        "شارع",
    ]
)


def quoted_press(text: str, tokens: Sequence[Token], found: Sequence[Entity], source: str) -> list[Entity]:
    """`found` with an ORG (from `source`) added for each listed outlet's name standing alone between two
    quotation marks that no mention touches (علمت «الوطن»), unless an OTHER_HEADS noun is right before."""
    out = list(found)
    taken = sorted((m.start, m.end) for e in found for m in e.mentions)
    outlets = load().outlets
    i = 0
    while i < len(tokens):
        if text[tokens[i].start : tokens[i].end] not in QUOTE_CHARS:
            i += 1
            continue
        close = next(
            (
                j
                for j in range(i + 1, min(len(tokens), i + MAX_WORDS + 2))
                if text[tokens[j].start : tokens[j].end] in QUOTE_CHARS
            ),
            None,
        )
        if close is None or close == i + 1:
            i += 1
            continue
        inside = tokens[i + 1 : close]
        words = tuple(folded_stem(text, t) for t in inside)
        span = Span(inside[0].stem.start, inside[-1].stem.end)
        listed = any(w == words for w, _ in outlets.get(words[0], ()))
        bare = all(not t.prefixes and not t.suffix for t in inside)
        head = _head_before(text, tokens, i)
        free = not any(s < span.end and span.start < e for s, e in taken)
        if listed and bare and free and head not in OTHER_HEADS:
            name = text[span.start : span.end]
            out.append(Entity(f"e{len(out)}", "ORG", name, (span,), source=source))
        i = close + 1
    return out


def _head_before(text: str, tokens: Sequence[Token], i: int) -> str:
    """The folded word before token i without ال (a clitic ل before the marks is no word: لـ«عكاظ»)."""
    k = i - 1
    while k >= 0 and folded_stem(text, tokens[k]) == "ل":
        k -= 1
    if k < 0:
        return ""
    word = folded_stem(text, tokens[k])
    return word[2:] if word.startswith("ال") else word
