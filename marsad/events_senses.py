"""Words that look like an event trigger but carry another sense in their phrase (split out of events_match,
which is near its size limit; session 21).

- categorical: قاطع "boycotted" (CAMEO 143) written as القاطع / القاطعة, or as قاطعا right after an
  indefinite accusative noun, is the adjective "categorical, decisive" (رفض مصر القاطع "Egypt's categorical
  rejection", نفى الخبر نفيا قاطعا "denied the news categorically"): the masdar of قاطع is مقاطعة, so the
  definite form is no boycott.
- mark_seen: a beating (CAMEO 182) right after آثار "marks of" (بدت عليهم آثار الضرب، آثار للضرب "marks of
  beating showed on them") is a mark seen on someone, no assault told (session 22, after the gate; session
  20's R7 measured it only with a door rule, before the gate).
- door_blown: a bombing (CAMEO 183) with a home's door within DOOR_REACH words after it (فجرت القوات أبواب
  المنازل "the forces blew open the homes' doors") gets in, no bombing (session 22, after the gate; session
  20's R7 door half).
- achieved (session 24, V3): حقق في "investigated" is sought past a VSO subject (events_match.GAP); a thing
  achieved among the words between (حقق الفريق فوزا في، حققت الشركة أرباحا في، حقق تقدما في) makes the verb
  حقق "achieved", no investigation.
- masdar_spelling (session 24, V1): a verb trigger written with ال is read as its masdar only where the
  masdar is spelled so.
- sports_report and match_meeting (session 24, V4): in a sports report, لقاء / اللقاء and التقى "met" are the
  match and its playing, no meeting (CAMEO 040).
- crowd (session 30, B4): حشد "mobilised" spells the noun "crowd" too (أمام حشد من المؤيدين "before a crowd
  of supporters", صدمت سيارة حشدا "a car hit a crowd"), and الحشد alone names the Popular Mobilisation Forces
  (قائد الحشد "the PMF's commander"): neither is a mobilisation of forces (CAMEO 154).
Both judged on bench.eval_events_ant (docs/events_precision.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import pairwise

from marsad.arabic import fold
from marsad.events_lexicon import Trigger

__all__ = [
    "ACHIEVING",
    "MOBILISE",
    "achieved",
    "categorical",
    "crowd",
    "crowd_named",
    "door_blown",
    "mark_seen",
    "masdar_spelling",
    "match_meeting",
    "sports_report",
]

BOYCOTT = "143"
DEFINITE_ADJECTIVES = frozenset(fold(w) for w in ("القاطع", "القاطعة"))
ACCUSATIVE_ADJECTIVE = fold("قاطعا")


def categorical(keys: Sequence[str], i: int, code: str) -> bool:
    """Whether the boycott trigger at sentence word i is the adjective قاطع "categorical" (see the module)."""
    if code != BOYCOTT:
        return False
    if keys[i] in DEFINITE_ADJECTIVES:
        return True
    prev = keys[i - 1] if i else ""
    accusative = len(prev) > 2 and prev.endswith("ا") and not prev.startswith("ال")
    return keys[i] == ACCUSATIVE_ADJECTIVE and accusative


BEATING = "182"
MARKS = frozenset(fold(w) for w in ("آثار", "آثارا"))


def mark_seen(keys: Sequence[str], i: int, code: str) -> bool:
    """Whether the beating trigger at sentence word i is the marks of one (آثار الضرب: see the module)."""
    return code.startswith(BEATING) and i > 0 and keys[i - 1] in MARKS


BOMBING = "183"
DOORS = frozenset(fold(w) for w in ("باب", "أبواب", "الباب", "الأبواب"))
HOMES = frozenset(fold(w) for w in ("منزل", "المنزل", "منازل", "المنازل"))
DOOR_REACH = 4


def door_blown(keys: Sequence[str], last: int, code: str) -> bool:
    """Whether the bombing trigger ending at sentence word `last` blows a home's door open (the module)."""
    if code != BOMBING:
        return False
    after = keys[last + 1 : last + 1 + DOOR_REACH]
    return any(w in DOORS and nxt in HOMES for w, nxt in pairwise(after))


# V3: the lemmas of حقق في "investigated" (event_triggers_hand.tsv), and the stems of what news says is
# achieved, folded, without ال, a possessive ه, a tanween alef or a dual or plural ending (فوزين، انتصارات،
# تقدما، لقبه); the counts of words between حقق and a later في over ANT lines 20,000+ (116 such gaps, of which
# about 12 had an investigator as subject: الشرطة، السلطات، المدعون) chose them, with the determiners that
# open such an object (أي، أول، هذا، الكثير).
ACHIEVING = frozenset({"حقق في"})
ACHIEVED_STEMS = frozenset(
    fold(w)
    for w in (
        "فوز", "انتصار", "تقدم", "نجاح", "إنجاز", "مفاجأ", "لقب", "رقم", "أرقام", "تعادل", "نتيج",
        "نتائج", "مجد",
        "أرباح", "ربح", "مكاسب", "مكسب", "نمو", "تطور", "بداي", "طفر", "قفز", "معجز", "أفضل",
        "أغلبي", "انتشار",
        "مركز", "صدار", "أي", "أول", "هذا", "هذه", "كثير", "عائد", "إيراد", "مبيع", "ارتفاع",
        "زياد", "هدف", "أهداف",
    )
)  # fmt: skip


def achieved(stem: str) -> bool:
    """Whether a word (its folded stem) names a thing achieved (ACHIEVED_STEMS), bare or inflected."""
    word = stem[2:] if stem.startswith("ال") and len(stem) > 4 else stem
    forms = {word}
    for end in ("ه", "ا", "ين", "ات", "ان"):
        if word.endswith(end) and len(word) - len(end) >= 2:
            forms.add(word[: -len(end)])
    return not forms.isdisjoint(ACHIEVED_STEMS)


# V4: words of a match report, folded; an article with SPORT_MIN of them (distinct) is a sports report.
# Each is a word that in political news is rare (المنتخب "the national side", not منتخب "elected").
SPORT_WORDS = frozenset(
    fold(w)
    for w in (
        "مباراة", "المباراة", "مباراته", "مباريات", "المباريات", "الدوري", "المنتخب", "الملعب",
        "ملعب", "هدفا",
        "هدفين", "أهداف", "الأهداف", "لاعب", "اللاعب", "لاعبا", "لاعبي", "لاعبين", "اللاعبين",
        "المدرب", "مدرب",
        "النادي", "نادي", "الفريق", "فريق", "بطولة", "البطولة", "كأس", "المونديال", "الشوط",
        "التعادل", "مهاجم",
        "حارس", "ركلة", "ركلات", "تسديدة", "المرمى", "الجماهير", "الهدف", "صافرة", "الحكم", "دوري", "الموسم",
    )
)  # fmt: skip
SPORT_MIN = 3
MATCH_LEMMAS = frozenset({"التقى"})  # لقاء، اللقاء، التقى، يلتقي: the trigger rows of "met with"


def sports_report(keys: Iterable[str]) -> bool:
    """Whether an article's folded words hold SPORT_MIN distinct match-report words (SPORT_WORDS)."""
    seen: set[str] = set()
    for key in keys:
        if key in SPORT_WORDS:
            seen.add(key)
            if len(seen) >= SPORT_MIN:
                return True
    return False


# V4b: a sentence naming one of these is about officials: its meeting stays a meeting in a sports report
# (التقى الرئيس الفرنسي …، لقاء بين الرئيس الكاميروني ورئيس الاتحاد).
OFFICIALS = frozenset(fold(w) for w in ("الرئيس", "وزير", "الوزير", "الملك", "الأمير", "ولي"))
GOVERNMENTS = frozenset(fold(w) for w in ("الوزراء", "الحكومة"))
QUOTE_MARKS = frozenset({'"', "«", "“", "'"})


def match_meeting(lemma: str, sport: bool, keys: Sequence[str]) -> bool:
    """Whether a trigger is the match of a sports report rather than a meeting (MATCH_LEMMAS): not when its
    sentence (folded words `keys`) names a head of state or government, a minister, a king or a prince."""
    if not sport or lemma not in MATCH_LEMMAS:
        return False
    for before, word in pairwise(["", *keys]):
        if word in OFFICIALS and before not in QUOTE_MARKS:  # "الملك" in quotes: a player's nickname
            return False
        if before == "رئيس" and word in GOVERNMENTS:
            return False
    return True


def masdar_spelling(key: str, trig: Trigger) -> bool:
    """Whether a verb form, written with ال, may be the verb's masdar (V1, session 24). A form-I past of
    three letters is (القتل، القصف "the killing, the shelling"), and so is a past of forms V and VI, which
    open with ت (التدخل، التعاون "the intervention, the cooperation"); an imperfect never is (اليدين "the two
    hands" is no يدين "condemns"), nor a longer past of another form, whose masdar is spelled otherwise
    (الصادر "the issued" is no صادر "confiscated": its masdar is مصادرة). Only the verb's own 3sg past is
    read so: a form the hand table lists with the verb row is a masdar (إشادة with أشاد). Judged on
    bench.eval_events_ant (docs/events_precision.md)."""
    if trig.aspect == "imperf":
        return False
    if key != fold(trig.lemma.split()[0]):
        return True  # a form the hand table lists with the verb (الإشادة "the praise"): its own masdar
    return len(key) <= 3 or key.startswith("ت")


# A crowd: after a word placing something by it, or before من "of", a size adjective or a verb of what it
# holds.
CROWD_BEFORE = frozenset(fold(w) for w in ("أمام", "وسط", "خلف", "ضمن", "بين"))
CROWD_AFTER = frozenset(
    fold(w)
    for w in (
        "من",
        "ضم",
        "يضم",
        "المؤلف",
        *(a + e for a in ("كبير", "ضخم", "غفير", "هائل") for e in ("", "ا")),
    )
)
# The Popular Mobilisation Forces by الحشد alone: after a word of a force or its ranks, or before its
# adjective.
FORCE_BEFORE = frozenset(
    fold(w)
    for w in (
        "ميليشيات",
        "ميليشيا",
        "مليشيات",
        "مليشيا",
        "فصائل",
        "قوات",
        "قائد",
        "قيادي",
        "مسؤول",
        "عناصر",
        "هيئة",
    )
)
FORCE_AFTER = frozenset(fold(w) for w in ("العشائري", "الشعبي", "الوطني"))


def crowd(all_keys: Sequence[Sequence[str]], i: int) -> bool:
    """Whether the حشد-form at word i is the noun "crowd" or الحشد naming a force, no mobilisation."""
    stem = all_keys[i][0]
    before = all_keys[i - 1][0] if i > 0 else ""
    after = all_keys[i + 1][0] if i + 1 < len(all_keys) else ""
    if stem == "حشدا" or before in CROWD_BEFORE or after in CROWD_AFTER:
        return True  # حشدا: the indefinite accusative noun (the dual past, "the two mobilised", is rare)
    return stem == "الحشد" and (before in FORCE_BEFORE or after in FORCE_AFTER)


MOBILISE = "15"  # the root a حشد-word is coded under as a trigger (154)
CROWD_WORDS = frozenset({"حشد", "الحشد", "حشدا"})


def crowd_named(all_keys: Sequence[Sequence[str]]) -> bool:
    """Whether a sentence names a crowd or the force by a حشد-word (crowd): a later الحشد in the article
    refers back to it, as to a mobilisation once told (events_links.retold; session 30, B4r)."""
    return any(k[0] in CROWD_WORDS and crowd(all_keys, i) for i, k in enumerate(all_keys))
