"""Words at the edges of a person's mention that describe the person instead of naming them.

The model sometimes runs a person's name into the word after it or before it when that word is a title, a
role or a descriptor; the gold mention is the name alone (bench/gold/ENTITIES.md, "Mentions"). Two fitters,
run by `marsad.stages.entities` on the model's PER mentions:
- `trim_title`, after the name: a title (سلمى خوري المتحدثة باسم … → سلمى خوري), a bare role noun in
  apposition with its complement, inside the mention or after it (كريم الصافي زعيم [حزب الأمل] → كريم
  الصافي; رئيس، وزير، زعيم، مستشار، محامي، نجل … of titles.tsv), or a descriptor (البالغ من العمر "aged").
  A role noun that is also a given name (قائد، أمير، أمين …: الباجي قائد السبسي) is cut only before a
  complement a role takes: a country, a listed title (قائد الجيش), a body noun or a state agent;
- `trim_leading_title`, before the name: descriptor adjectives (المخضرم، الراحل، السابق، المدعو …) and
  a country's nationality adjective (الإيطالي ماركو روسي، الكوري الجنوبي تشوي سانغ مين), then a one-word
  title (النقيب ناصر العمري).
A listed person's whole name (lexicons.people: الباجي قائد السبسي) is never cut.

Session 28 (T28) moved both fitters here (from `marsad.entity_bounds` and `marsad.entity_tails`) and added
the role nouns and descriptors. Measured with and without on one commit: `python -m bench.eval_entities`
(all, halves, `--set snn`, `--set snn_dev`) identical; `python -m bench.eval_quotes` identical on all,
check, tune, dev, dev2, dev4, dev5, while `--set dev6` speaker accuracy rose 80.0 -> 82.7 and `--set dev3`
91.4 -> 92.5; on 300 ANT news articles 9 changes, all right. After a change, rerun those and read the
changed mentions of ANT news (bench/gold/ENTITIES.md, "Session 28").
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence

from marsad import lexicons
from marsad.arabic import fold
from marsad.article import Span, Token
from marsad.entity_places import stems_inside
from marsad.merge import NAME_LINKS
from marsad.role_complements import COMPLEMENT, NOT_COMPLEMENT, OF_COMPLEMENT, PLACE_HEADS
from marsad.stages.segment import folded_stem

# Titles the NER sometimes runs into a person's mention from after the name (سلمى خوري المتحدثة باسم …
# "Salma Khoury, the spokeswoman for …"): cut off, so that the mention is the name and the title a role.
# Only role words, none a common family name (القاضي، الشيخ، السلطان، الزعيم، الكاتب are left out).
TRAILING_TITLES = frozenset(
    fold(w)
    for w in [
        "المتحدث", "المتحدثة", "الناطق", "الناطقة", "الرئيس", "الرئيسة", "الوزير", "الوزيرة", "المستشار",
        "المستشارة", "السفير", "السفيرة", "المدير", "المديرة", "المراسل", "المراسلة", "المبعوث",
        "المسؤول", "المسؤولة", "الصحفي", "الصحفية", "الصحافي", "الصحافية", "الناشط", "الناشطة",
        "الباحث", "الباحثة", "المحرر", "المحررة",
        # sports roles, bare before their team (صلاح مهاجم منتخب مصر "Salah, Egypt's striker") or definite
        "مهاجم", "حارس", "مدافع", "لاعب", "مدرب", "المهاجم", "الحارس", "المدافع", "اللاعب", "المدرب",
    ]
)  # fmt: skip
# Descriptors written right after a name or before it, none a family name in the people lexicons or the NER's
# known people: "the veteran", "the late", "the famous / known (as)", "the fugitive", "the resigning",
# "the deposed", "the ousted"; after the name also البالغ "aged" (البالغ من العمر 92 عاما).
DESCRIPTORS = frozenset(
    fold(w)
    for w in [
        "المخضرم", "المخضرمة", "الراحل", "الراحلة", "الشهير", "الشهيرة", "المعروف", "المعروفة",
        "الهارب", "الهاربة", "المستقيل", "المستقيلة", "المخلوع", "المعزول",
    ]
)  # fmt: skip
TRAILING_DESCRIPTORS = DESCRIPTORS | {fold("البالغ"), fold("البالغة")}
# Before the name only: "the former", "the ex-", "the retired", "the one called", "the prominent", "the
# dissident", "the martyr", "the prisoner", "the detainee", "the child", "the citizen". Not الشاب "the young"
# (الشاب خالد, a singer's name), and no given name written with ال (الطيب، العربي).
LEADING_DESCRIPTORS = DESCRIPTORS | {
    fold(w)
    for w in [
        "السابق", "السابقة", "الأسبق", "الأسبقة", "المتقاعد", "المتقاعدة", "المدعو", "المدعوة", "البارز",
        "البارزة", "المعارض", "الشهيد", "الشهيدة", "الأسير", "الأسيرة", "المعتقل", "المعتقلة", "الطفل",
        "الطفلة", "المواطن", "المواطنة",
    ]
}  # fmt: skip
# Role nouns of titles.tsv that are also given names (أمير، قائد: الباجي قائد السبسي; مساعد، حاكم، نقيب،
# والي، قاضي، آية، ولي، سيدة): after a name they are cut only before a complement a role takes, as are the
# first words of titles that are no title alone (أمين of أمين عام، رجل of رجل الأعمال).
NAME_ROLES = frozenset(
    fold(w)
    for w in ["أمير", "أميرة", "قائد", "قائدة", "مساعد", "حاكم", "نقيب", "والي", "قاضي", "آية", "ولي", "سيدة"]
)
# Agent sectors whose nouns (الجيش، الشرطة، المعارضة، الحكومة) complement a role that is also a given name.
ROLE_SECTORS = frozenset({"MIL", "COP", "GOV", "OPP", "REB", "SPY", "LEG", "JUD"})
# Kin words of titles.tsv that are words of a name (محمد بن سلمان، فاطمة بنت محمد), never cut as a role.
KIN_LINKS = frozenset(fold(w) for w in ["ابن", "ابنة", "بنت"])
NISBA_ENDS = ("ي", "يه")  # folded endings of a singular nisba adjective (الإيطالي، الإيطالية)


@functools.cache
def role_heads() -> frozenset[str]:
    """Folded role nouns that stand bare before their complement (رئيس، وزيرة، زعيم، محامي، نجل …): one-word
    titles.tsv forms without ال, and the first words of its bare titles (أمين of أمين عام); no kin word
    that links a name (ابن، بنت: فاطمة بنت محمد) and no counterpart (نظيره: the counterpart pass cuts it)."""
    heads = set()
    for key in lexicons.titles():
        first = key.split()[0]
        if not first.startswith("ال") and not first.startswith("نظير") and first not in KIN_LINKS:
            heads.add(first)
    return frozenset(heads)


def trim_title(text: str, tokens: Sequence[Token], span: Span) -> Span:
    """A person's mention without a title, role or descriptor the model ran into it from after the name:
    the mention ends before the first such word whose complement runs to the mention's end (see the
    module docstring); the name before it keeps two words, or one of three letters or more."""
    inside = _words_in(tokens, span)
    words = [folded_stem(text, t) for t in inside]
    if " ".join(words) in lexicons.people():
        return span
    for k in range(1, len(inside)):
        if _role_at(text, tokens, inside, words, k):
            if k < 2 and inside[0].stem.end - inside[0].stem.start <= 2:
                return span  # a very short first word may be a fragment: keep as tagged
            return Span(span.start, inside[k - 1].stem.end)
    return span


def _role_at(text: str, tokens: Sequence[Token], inside: list[Token], words: list[str], k: int) -> bool:
    """Whether word k of a person's mention opens a title, role or descriptor phrase that runs to the
    mention's end: a trailing title or descriptor (at the end, or followed by its complement), or a role
    noun followed by its genitive (inside the mention or after it) and then by complement words only."""
    token, word, rest = inside[k], words[k], inside[k + 1 :]
    if token.prefixes or token.suffix or words[k - 1] in NAME_LINKS:
        return False  # بن، أبو، عبد … before it: a word of the name (كمال عبد المعروف)
    if word in TRAILING_TITLES or word in TRAILING_DESCRIPTORS:
        return all(_continues(text, t, rest[j + 1 :]) for j, t in enumerate(rest))
    if word not in role_heads():
        return False
    genitive = rest[0] if rest else _after(tokens, inside[-1])
    if genitive is None or genitive.is_punct or set(genitive.prefixes) & {"و", "ف"}:
        return False
    strict = word in NAME_ROLES or word not in lexicons.titles()  # أمير, or رجل of رجل الأعمال
    if strict and not _role_complement(text, word, genitive):
        return False
    return all(_continues(text, t, rest[j + 2 :]) for j, t in enumerate(rest[1:]))


def _continues(text: str, token: Token, later: Sequence[Token]) -> bool:
    """Whether a word inside a mention after a role's head and genitive continues the role's complement: a
    definite word (no adverb: اليوم), a construct noun or place head (مجلس، محافظة), a country or
    nationality, a title word (نائب رئيس), باسم …; or a bare word that another such word follows (زعيم
    تحالف قوى المعارضة)."""
    word = folded_stem(text, token)
    written = "".join(token.prefixes) + word
    if token.is_punct or set(token.prefixes) & {"و", "ف"}:
        return False
    if (word.startswith("ال") or written.startswith("لل")) and word not in NOT_COMPLEMENT:
        return True
    if word in COMPLEMENT or word in PLACE_HEADS or written in OF_COMPLEMENT or word in role_heads():
        return True
    if word in lexicons.countries() or word in lexicons.nationalities():
        return True
    return not token.prefixes and bool(later) and _continues(text, later[0], later[1:])


def _role_complement(text: str, head: str, token: Token) -> bool:
    """Whether the word after a role noun that is also a given name makes it a role: a listed title with it
    (قائد الجيش، أمين عام), a construct noun or place head (قائد قوات، أمير منطقة), a country (أمير قطر),
    a state agent noun (قائد الشرطة) or a listed organisation (قائد حماس)."""
    word = folded_stem(text, token)
    if f"{head} {word}" in lexicons.titles() or word in COMPLEMENT or word in PLACE_HEADS:
        return True
    if word in lexicons.countries() or word in lexicons.organisations():
        return True
    agent = lexicons.agents().get(lexicons.word_key(word))
    return agent is not None and agent.code in ROLE_SECTORS


def _after(tokens: Sequence[Token], last: Token) -> Token | None:
    """The token after `last` in the sentence, if any."""
    k = bisect.bisect_right(tokens, last.stem.start, key=lambda t: t.stem.start)
    return tokens[k] if k < len(tokens) else None


def trim_leading_title(text: str, tokens: Sequence[Token], span: Span) -> Span:
    """A person's mention without descriptor or nationality adjectives the model ran into its start (one
    word of name must remain), then without a one-word title (النقيب ناصر العمري: the rank is the role, the
    name starts after it; منسقها سامي الكردي "its coordinator S. K.": a title with a possessive pronoun
    too; two words of name must remain)."""
    inside = _words_in(tokens, span)
    words = [folded_stem(text, t) for t in inside]
    if " ".join(words) in lexicons.people():
        return span
    n = _leading_descriptors(inside, words)
    if n:
        span, inside = Span(inside[n].stem.start, span.end), inside[n:]
    if len(inside) < 3 or inside[0].prefixes:
        return span
    title = lexicons.titles().get(fold(text[inside[0].stem.start : inside[0].stem.end]))
    if title is None or title.relational == "kin":
        return span  # ابن سينا: a kin word opens the name itself
    if inside[1].prefixes or fold(text[inside[1].stem.start : inside[1].stem.end]).startswith("ال"):
        return span  # the title goes on (نظيرته الألمانية أنغيلا ميركل): the counterpart pass cuts it
    return Span(inside[1].stem.start, span.end)


def _leading_descriptors(inside: list[Token], words: list[str]) -> int:
    """How many words at a mention's start are descriptors (LEADING_DESCRIPTORS) or a singular definite
    nationality adjective of one or two words (الإيطالي، الكوري الشمالي), with one word left after them
    (0 when none is, or when no word would be left)."""
    nationalities = lexicons.nationalities()
    k = 0
    while k < len(inside) - 1 and not inside[k].prefixes:
        pair = " ".join(words[k : k + 2])
        if k + 2 < len(inside) and pair in nationalities and _nisba(pair) and not inside[k + 1].prefixes:
            k += 2
        elif words[k] in LEADING_DESCRIPTORS or (words[k] in nationalities and _nisba(words[k])):
            k += 1
        else:
            break
    return k


def _nisba(folded: str) -> bool:
    """Whether a folded nationality is a definite singular nisba adjective (الإيطالي), not a people's
    plural (الأفغان، الإيطاليون)."""
    return folded.startswith("ال") and folded.endswith(NISBA_ENDS)


def _words_in(tokens: Sequence[Token], span: Span) -> list[Token]:
    """The tokens of a mention, punctuation left out."""
    return [t for t in stems_inside(tokens, span) if not t.is_punct]
