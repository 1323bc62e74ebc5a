"""Modality of an event trigger: whether the action is asserted as done, and what a threat or demand
governing it becomes.

A negation (لم، لن، لا، ما، ليس، عدم) just before a trigger, or نفى "denied" a few words before, drops
it; so does a hypothetical (إذا، لو، في حال، ربما، قد or س/سوف before an imperfect), a fear (تخشى
إسرائيل أن تهاجم إيران منشآتها "Israel fears that Iran attack its facilities": feared, not done) and a
plan (يخططون لتنفيذ هجمات "planning to carry out attacks").
Threats (13), demands (10) and pledges (03) govern an event trigger that follows them: it gives them
its specific code (هدد بشن هجوم → 1383, طالب بالإفراج → 1053) instead of being coded as done.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.arabic import fold
from marsad.article import Token
from marsad.events_codes import SPEECH_ROOTS
from marsad.events_dates import COMING
from marsad.events_purpose import CLAUSE_MARKS, cue_after, cue_before
from marsad.quotes_anonymity import DISCLOSING

__all__ = [
    "AIM_CHAIN",
    "GOVERNORS",
    "MODAL_WINDOW",
    "after_inna",
    "aimed",
    "called",
    "demanded_too",
    "denied_charge",
    "govern",
    "necessary",
    "negated",
    "negated_copula",
    "trend",
    "unrealised",
    "urged",
]

# Negation particles right before a trigger (within NEG_WINDOW words): لم/لن/لا/ما/ليس, عدم before a noun,
# دون "without", غير "non-".
NEGATIONS = frozenset({"لم", "لن", "لا", "ما", "ليس", "ليست", "عدم", "دون", "غير", "لما"})
# نفى "denied" (and forms) anywhere in the few words before: نفت الشرطة اعتقال … is no arrest.
DENIALS = frozenset(fold(w) for w in ("نفى", "نفت", "نفوا", "ينفي", "تنفي", "نفي", "ونفى", "ونفت"))
# Hypothetical or conditional: إذا/لو/حال (في حال)/ربما/يمكن/يجب/ينبغي; قد and سوف count only before an
# imperfect (قد قتل is "has killed", قد يقتل "may kill").
HYPOTHETICAL = frozenset({"اذا", "لو", "حال", "ربما", "يمكن", "يجب", "ينبغي", "لعل", "حالة"})
BEFORE_IMPERFECT = frozenset({"قد", "سوف", "لن"})
# حتى "until, so that" before an imperfect marks its subjunctive: an aim or a condition still to come (لن
# نتوقف حتى يفرج عن المعتقلين "we will not stop until the detainees are freed"). كي/لكي "so that" too would
# be right, but its one dev sentence (… لكي يفجر نفسه, a "no") moved the refitted gate: cv5 actors 0.542 ->
# 0.538 (session 13, pre-registered: no cv5 figure may drop), so they are left out.
UNTIL = frozenset({"حتي"})
NEG_WINDOW, MODAL_WINDOW = 2, 5
# Fear (خشي "feared", خاف، تخوف، مخاوف "fears", خشية "for fear of"): the action after it is dreaded, not
# done. Within FEAR_WINDOW words before an imperfect (its subjunctive after أن: تخشى الأوساط الأمنية في
# إسرائيل من أن تهاجم إيران), within MODAL_WINDOW before any trigger (مخاوف من هجوم).
FEARS = frozenset(
    fold(w)
    for w in (
        "خشي", "خشيت", "خشوا", "يخشى", "تخشى", "يخشون", "نخشى", "أخشى", "خشية", "يخاف", "تخاف",
        "يخافون", "تخوف", "يتخوف", "تتخوف", "يتخوفون", "مخاوف", "تخوفات", "خوفا",
    )
)  # fmt: skip
FEAR_WINDOW = 8
# Verbs of plan and intent (يخطط "plans", يعتزم "intends", ينوي "means to"): an attack planned is not done
# (مسلحين كانوا يخططون لتنفيذ هجمات "gunmen who were planning to carry out attacks"), within MODAL_WINDOW
# words before the trigger. Imperfect verbs only: with the past (خطط لهجمات "planned the attacks", which
# happened) and the nouns خطة، مخطط، نية, cv5 fell (ASSAULT 0.625 -> 0.613, PROTEST 0.543 -> 0.516, on
# one cached analysis of dev, with this session's other changes); as written ASSAULT 0.625 -> 0.620,
# PROTEST 0.543 -> 0.562 (يعتزمون التظاهر "intend to demonstrate": not yet done).
PLANS = frozenset(
    fold(p + w)
    for w in (
        "يخطط", "تخطط", "يخططون", "يخططان", "يعتزم", "تعتزم", "يعتزمون", "يعتزمان", "ينوي", "تنوي",
        "ينوون",
    )
    for p in ("", "و")
)  # fmt: skip
# The code a threat (13) or demand (10) takes from the root of the action it governs (CAMEO 1.1b3).
THREAT_BY_CODE = {"161": "1313", "162": "1311", "163": "1312", "164": "134", "165": "135", "166": "136"}
THREAT_BY_ROOT = {
    "18": "1383",
    "19": "1384",
    "20": "1385",
    "16": "1312",
    "17": "137",
    "14": "133",
    "12": "130",
}
DEMAND_BY_CODE = {"0841": "1053", "046": "106", "045": "108", "0871": "1056", "0872": "1056", "085": "1054"}
DEMAND_BY_ROOT = {"04": "106", "06": "101", "07": "103", "08": "105", "14": "1052", "16": "1054"}
# Pledges (03) govern the promised action too: تعهد بدعم is an intent, not support given.
GOVERNORS = frozenset({"03", "10", "13"})


# A coming time after an imperfect (ويزور الرئيس القاهرة الأحد المقبل "the president visits Cairo next
# Sunday"): a planned act, as سيزور is (session 27, FU and FUb in docs/events_history.md; read in
# events_triggers). Up to COMING_REACH words after the verb, in its clause.
COMING_REACH = 6
# Speech acts are said now whatever they speak of (تهدد الحركة بمقاطعة الانتخابات الشهر المقبل: a threat
# made today): the acts of speech or stance (events_codes.SPEECH_ROOTS) and appeals (02) (FUb).
SAID_NOW = SPEECH_ROOTS | {"02"}


def planned(keys: Sequence[str], last: int, aspect: str, code: str) -> bool:
    """Whether an imperfect trigger ending at word `last`, not a speech act (SAID_NOW), has a coming time
    after it in its clause (coming): ويزور الرئيس القاهرة الأحد المقبل is planned, not done."""
    return aspect == "imperf" and code[:2] not in SAID_NOW and coming(keys, last)


def coming(keys: Sequence[str], i: int) -> bool:
    """Whether a coming-time word (COMING) follows word i within COMING_REACH words in its clause."""
    return cue_after(keys, i, COMING_REACH, COMING)


def negated(keys: Sequence[str], i: int, aspect: str, prefixes: Sequence[str]) -> bool:
    """Whether the trigger at word i of a sentence's folded stems is negated, denied, feared or
    hypothetical; `aspect` and `prefixes` are the trigger's (سيهاجم "will attack": future)."""
    if aspect == "imperf" and "س" in prefixes:
        return True  # سيهاجم "will attack": future, not done
    window = keys[max(0, i - NEG_WINDOW) : i]
    if any(w in NEGATIONS for w in window):
        return True
    wide = keys[max(0, i - MODAL_WINDOW) : i]
    if any(w in DENIALS or w in HYPOTHETICAL or w in FEARS or w in PLANS for w in wide):
        return True
    if aspect == "imperf" and any(w in FEARS for w in keys[max(0, i - FEAR_WINDOW) : i]):
        return True
    return aspect == "imperf" and any(w in BEFORE_IMPERFECT or w in UNTIL for w in window)


def govern(governor: str, governed: str) -> str:
    """The specific threat or demand code for a governed action's code (a pledge keeps its own)."""
    if governor.startswith("03"):
        return governor
    if governor.startswith("13"):
        return THREAT_BY_CODE.get(governed) or THREAT_BY_ROOT.get(governed[:2], governor)
    return DEMAND_BY_CODE.get(governed) or DEMAND_BY_ROOT.get(governed[:2], governor)


# What a source asks not to be disclosed (طالبا عدم الكشف عن اسمه "asking that his name not be disclosed",
# مفضلا عدم ذكر اسمه): after a demand verb and عدم, the anonymity formula of a news source, no demand.
UNDISCLOSED = DISCLOSING  # (quotes_anonymity: the quotes stage steps over the same formula)


def anonymous(keys: Sequence[str], last: int, code: str) -> bool:
    """Whether the demand trigger ending at sentence index `last` (CAMEO 10) opens the anonymity formula
    (طالبا عدم الكشف عن اسمه)."""
    return (
        code[:2] == "10"
        and last + 2 < len(keys)
        and keys[last + 1] == fold("عدم")
        and keys[last + 2] in UNDISCLOSED
    )


# A noun of accusation or blame (11: الاتهامات، الانتقادات) as the object of a denial, past a long subject
# (نفى المستشار الإعلامي لقائد القوات الاتهامات "the commander's media adviser denied the accusations"): the
# speaker rejects the charge, makes none. Sought up to DENIAL_REACH words back, within the sentence part.
DENIAL_REACH = 10


def denied_charge(keys: Sequence[str], i: int, aspect: str, code: str) -> bool:
    """Whether the accusation noun (CAMEO 11) at sentence word `i` is what a denial verb before it denies."""
    return code[:2] == "11" and aspect == "noun" and cue_before(keys, i, DENIAL_REACH, DENIALS)


# How far a second demanded act may follow its demand verb (طالب X باحترام السيادة ووقف القصف).
COORDINATED_REACH = 10


def demanded_too(
    keys: Sequence[str], tokens: Sequence[Token], lo: int, g_last: int, i: int, aspect: str
) -> bool:
    """Whether the masdar at sentence word i, after و, is a second act a demand, threat or pledge ending at
    word `g_last` asks for: past its ب complement (طالب رشيد أنقرة باحترام السيادة ووقف القصف "demanded
    that Ankara respect the sovereignty and stop the shelling": no halt done), with no punctuation
    between, within COORDINATED_REACH words."""
    if aspect != "noun" or "و" not in tokens[lo + i].prefixes or i - g_last > COORDINATED_REACH:
        return False
    between = range(g_last + 1, i)
    if any(tokens[lo + k].is_punct for k in between):
        return False
    return any("ب" in tokens[lo + k].prefixes for k in between)


# Aims: what follows بهدف "with the aim of", بقصد, لغرض, بغية, سعيا ل "seeking to", من أجل "in order to" is
# what an act was for, not an act done (داهمت الشرطة مستودعا بهدف ضبط أسلحة: no seizure told; استئناف
# الوساطة بهدف التوصل إلى اتفاق لوقف إطلاق النار: no agreement, no ceasefire). Not a demand, a disapproval or
# a protest, which the act itself makes (تجمعوا بهدف المطالبة بالإفراج: the gathering demands). A masdar in
# ل within AIM_CHAIN words after an aim is the aim's own purpose (لوقف إطلاق النار above).
AIM_PREFIXED = {"هدف": "ب", "قصد": "ب", "غرض": "ل"}  # folded stem → the proclitic it is an aim with
AIM_WORDS = frozenset({fold("بغية")})
SEEKING = fold("سعيا")
AIM_CHAIN = 4
EXPRESSED = frozenset({"10", "11", "14"})
# للتوصل إلى "in order to reach" (the ل of purpose on التوصل): what is to be reached is an aim (الجهود
# المبذولة للتوصل إلى وقف لإطلاق النار "the efforts made to reach a ceasefire"); أعلن التوصل إلى "announced
# reaching" is done (session 20, the lead's news).
REACHING = fold("التوصل")


def aimed(keys: Sequence[str], tokens: Sequence[Token], lo: int, i: int, code: str) -> bool:
    """Whether the trigger at sentence word i (code `code`) is an aim (see AIM_PREFIXED) rather than done."""
    if i == 0 or code[:2] in EXPRESSED:
        return False
    before = keys[i - 1]
    if keys[i] == REACHING and "ل" in tokens[lo + i].prefixes:
        return True  # للتوصل إلى اتفاق: the trigger is the reaching itself
    if before == "الي" and i > 1 and keys[i - 2] == REACHING and "ل" in tokens[lo + i - 2].prefixes:
        return True
    if before in AIM_PREFIXED:
        return AIM_PREFIXED[before] in tokens[lo + i - 1].prefixes
    if before == SEEKING:
        return "ل" in tokens[lo + i].prefixes
    return before in AIM_WORDS or (before == fold("أجل") and i > 1 and keys[i - 2] == "من")


# Necessity: what follows ضرورة "the necessity of" (وجوب "the obligation of") is asked for, not done (وشدد
# الوزير على ضرورة وقف القتال وإدخال المساعدات "the minister stressed the need to stop the fighting and let
# aid in": no halt, no aid given), up to NECESSITY_REACH words on in its clause (a list of masdars).
NECESSITY = frozenset(fold(w) for w in ("ضرورة", "الضرورة", "وجوب"))
NECESSITY_REACH = 8


def necessary(keys: Sequence[str], i: int) -> bool:
    """Whether the trigger at sentence word i follows a word of necessity (NECESSITY) in its clause."""
    return cue_before(keys, i, NECESSITY_REACH, NECESSITY)


# Attacks not carried out (ASSAULT roots, applied after the gate): foiled (أحبطت الشرطة هجوما "the police
# foiled an attack"), a bomb found, defused or seized (فككت قوات الأمن عبوة ناسفة "security forces defused a
# bomb", عثرت الشرطة على سيارة مفخخة), trained for (تدربوا على تنفيذ هجمات "they trained to carry out
# attacks"), or the purpose of a group or a device in ل (خلية لتفجير "a cell for bombing", عبوة معدة
# للتفجير "a bomb prepared for detonation"); the cue up to UNREALISED_REACH words before a noun trigger, in
# its clause.
FOILED = frozenset(fold(w) for w in ("أحبط", "أحبطت", "أحبطوا", "إحباط", "الإحباط"))
DEFUSED = frozenset(
    fold(w)
    for w in (
        "فك", "فكك", "فككت", "فككوا", "تفكيك", "أبطل", "أبطلت", "إبطال", "عثر", "عثرت", "عثروا", "العثور",
        "ضبط", "ضبطت", "ضبطوا", "ضبطها", "صادر", "صادرت",
    )
)  # fmt: skip
BOMBS = frozenset({"1832", "1833"})
TRAINED = frozenset(
    fold(w) for w in ("تدرب", "تدربوا", "التدرب", "تدريب", "التدريب", "تدريبات", "التدريبات", "تدريبا")
)
PURPOSED = frozenset(
    fold(w)
    for w in (
        "شبكة", "خلية", "خلايا", "عصابة", "مجموعة", "مجهزة", "معدة", "جاهزة", "مخطط", "مؤامرة", "خطة",
        "مخططا",
    )
)  # fmt: skip
UNREALISED_REACH = 3
UNREALISED = FOILED | TRAINED  # the cues of any attack noun
UNREALISED_BOMB = UNREALISED | DEFUSED  # and of a bomb noun (BOMBS)
# A defusing verb's subject and a day may stand between it and the bomb (فككت وحدة الهندسة مساء السبت عبوة
# ناسفة "the engineering unit defused a bomb on Saturday evening"): a verb of DEFUSING reaches BOMB_REACH
# words, past no explosion word (عثر المسعفون على جثتين بعد انفجار سيارة مفخخة: the bomb went off). فك: the
# segmenter reads فكك "dismantled" as فك + the pronoun ك, so its key is فك (both lists hold it).
DEFUSING = frozenset(
    fold(w)
    for w in ("فك", "فكك", "فككت", "فككوا", "أبطل", "أبطلت", "أبطلوا", "عثر", "عثرت", "عثروا", "ضبط",
              "ضبطت", "ضبطوا", "صادرت", "صادروا")
)  # fmt: skip
BOMB_REACH = 5


def unrealised(keys: Sequence[str], i: int, code: str, aspect: str, prefixes: Sequence[str]) -> bool:
    """Whether the attack noun at sentence word i is foiled, a bomb found or defused, trained for or a
    group's or a device's purpose (see FOILED); a verb is never (أحبط محاولة تسلل وقتل ثلاثة: killed)."""
    if code[:2] not in ("18", "19", "20") or aspect != "noun":
        return False
    if "ل" in prefixes and i > 0 and keys[i - 1] in PURPOSED:
        return True
    if code in BOMBS and _defused(keys, i):
        return True
    return cue_before(keys, i, UNREALISED_REACH, UNREALISED_BOMB if code in BOMBS else UNREALISED)


def _defused(keys: Sequence[str], i: int) -> bool:
    """A defusing verb (DEFUSING) up to BOMB_REACH words before the bomb noun at word i, in its clause, past
    no attack word (EXPLODED)."""
    for w in reversed(keys[max(0, i - BOMB_REACH) : i]):
        if w in CLAUSE_MARKS or w in EXPLODED:
            return False
        if w in DEFUSING:
            return True
    return False


EXPLODED = frozenset(fold(w) for w in ("انفجار", "الانفجار", "انفجرت", "انفجر", "تفجير", "التفجير", "هجوم"))
# A bomb told found after its noun (الشاحنة الملغومة التي ضبطها الجنود "the truck bomb the soldiers
# seized", التي تم العثور عليها): a relative pronoun within FOUND_REACH words after the bomb, then a verb of
# DEFUSING or the masdar of finding within two words (session 22, after the gate).
FOUND_RELATIVES = frozenset(fold(w) for w in ("التي", "الذي", "اللتين", "اللذين"))
FOUND_WORDS = DEFUSING | frozenset(fold(w) for w in ("العثور", "تفكيك", "إبطال"))  # keys: pronouns cut off
FOUND_REACH = 3


def found_after(keys: Sequence[str], last: int, code: str) -> bool:
    """Whether the bomb noun ending at sentence word `last` is told found after it (see FOUND_RELATIVES)."""
    if code not in BOMBS:
        return False
    for j in range(last + 1, min(len(keys), last + 1 + FOUND_REACH)):
        if keys[j] in CLAUSE_MARKS:
            return False
        if keys[j] in FOUND_RELATIVES:
            return any(w in FOUND_WORDS for w in keys[j + 1 : j + 3])
    return False


# A word of ability (قدرة "capacity") up to ABILITY_REACH words before an attack noun in its clause: what
# someone can do, not done (قلق من قدرة المقاتلين على إصابة دبابة "worry about the fighters' capacity to hit a
# tank"; session 22, after the gate).
ABILITIES = frozenset(fold(w) for w in ("قدرة", "القدرة", "قدرات", "القدرات", "قدرته", "قدرتها", "قدرتهم"))
ABILITY_REACH = 4


def ability(keys: Sequence[str], i: int, code: str, aspect: str) -> bool:
    """Whether the attack noun at sentence word i is what a word of ability (ABILITIES) before it names."""
    attack = code[:2] in ("18", "19", "20") and aspect == "noun"
    return attack and cue_before(keys, i, ABILITY_REACH, ABILITIES)


# A noun after an imperfect "leads to" (تدعم أي جهد يؤدي إلى وقف إطلاق النار "supports any effort that leads
# to a ceasefire"): a hoped-for result, not done (the lead's hand-written news, session 19); the past أدى إلى
# tells a result that came (أدى القصف إلى مقتل).
LEADS = frozenset(fold(w) for w in ("يؤدي", "تؤدي", "يفضي", "تفضي", "يقود", "تقود", "ستؤدي", "سيؤدي"))


def hoped_result(keys: Sequence[str], i: int, aspect: str) -> bool:
    """Whether the noun trigger at sentence word i follows an imperfect LEADS verb and إلى."""
    return aspect == "noun" and i >= 2 and keys[i - 1] == "الي" and keys[i - 2] in LEADS


# A call (دعوة "a call", دعوات "calls") to a protest asks for it: a PROTEST noun up to CALL_REACH words
# after it in its clause is not done (منشورات تحمل دعوة للعمال إلى مظاهرة حاشدة غدا "leaflets with a call
# to the workers to a big demonstration tomorrow"). Applied after the gate (events_triggers.told_as_done).
CALLS = frozenset(fold(w) for w in ("دعوة", "الدعوة", "دعوات", "الدعوات", "دعوته", "دعوتها", "دعوتهم"))
CALL_REACH = 5


def called(keys: Sequence[str], i: int, code: str, aspect: str) -> bool:
    """Whether the protest noun at sentence word i is what a call (CALLS) before it in its clause asks for."""
    return code[:2] == "14" and aspect == "noun" and cue_before(keys, i, CALL_REACH, CALLS)


# A plural protest noun right after a word of a trend (تزايد الاحتجاجات "the rising protests", موجة
# الإضرابات "a wave of strikes") is talk about protests, as a count of attacks is (events_background): no
# protest told. استمرار / تجدد (protests going on, renewed) go with reports and are not cues (session 21,
# E21). After the gate.
TRENDS = frozenset(fold(w) for w in ("ازدياد", "تزايد", "تصاعد", "تنامي", "موجة"))


def trend(keys: Sequence[str], i: int, code: str, aspect: str, prefixes: Sequence[str] = ()) -> bool:
    """Whether the plural protest noun at sentence word i follows a word of a trend (TRENDS), or, with و,
    a plural noun that does (تزايد الاحتجاجات والإضرابات: both)."""
    if code[:2] != "14" or aspect != "noun" or not keys[i].endswith("ات") or i == 0:
        return False
    if keys[i - 1] in TRENDS:
        return True
    return "و" in prefixes and i >= 2 and keys[i - 1].endswith("ات") and keys[i - 2] in TRENDS


# A purpose accusative (احتجاجا "in protest", تنديدا "denouncing") after a verb of urging or calling in its
# clause (حث السياسيين على مقاطعة الألعاب احتجاجا على … "urged politicians to boycott the games in protest at
# …"): the act urged would be done in protest; no protest is told (session 21, E21). After the gate.
URGES = frozenset(
    fold(w)
    for w in ("حث", "حثت", "دعا", "دعت", "طالب", "طالبت", "ناشد", "ناشدت", "يدعو", "تدعو", "يطالب", "تطالب")
)  # fmt: skip
URGED_PURPOSES = frozenset(fold(w) for w in ("احتجاجا", "تنديدا"))
URGE_REACH = 12


def urged(keys: Sequence[str], i: int, code: str) -> bool:
    """Whether the protest purpose noun at sentence word i follows a verb of urging (URGES) in its clause."""
    return code[:2] == "14" and keys[i] in URGED_PURPOSES and cue_before(keys, i, URGE_REACH, URGES)


# إنّ "that" (after قال) takes a noun or a pronoun, never a verb: a past-verb trigger right after the bare
# word إن is a noun written like it (قالت المنظمة إن فرقها عالجت الجرحى "the organisation said its teams
# treated the wounded": فرق "teams", not فرّق "dispersed"), or, with the conditional إنْ, no act done.
INNA = frozenset({"إن", "وإن", "فإن"})


def after_inna(text: str, tokens: Sequence[Token], first: int, aspect: str) -> bool:
    """Whether the past-verb trigger at token `first` follows the word إن (INNA), as written in `text`."""
    if aspect != "past" or first == 0:
        return False
    before = tokens[first - 1]
    return text[before.start : before.end] in INNA


# A negated copula governs the purpose of its predicate noun (سوريا لن تكون منصة لتهديد جيرانها "Syria will
# not be a platform for threatening its neighbours": no threat): NEGATIONS, a copula, one noun, then the
# trigger in ل.
COPULAS = frozenset(
    fold(w)
    for w in ("تكون", "يكون", "تكن", "يكن", "يكونوا", "كان", "كانت", "أكون", "نكون", "ليس", "ليست")
)  # fmt: skip


def negated_copula(keys: Sequence[str], i: int, prefixes: Sequence[str]) -> bool:
    """Whether the trigger at sentence word i, in ل, is the purpose of a negated copula's predicate noun."""
    if "ل" not in prefixes or i < 2:
        return False
    copula = keys[i - 2]
    if copula in (fold("ليس"), fold("ليست")):
        return True
    return copula in COPULAS and i >= 3 and keys[i - 3] in NEGATIONS


# An attack noun right after a future verb (an imperfect with the proclitic س: سيفرض حصاره على المخيم "will
# impose its siege on the camp") is the verb's object, not done (session 22, after the gate).
IMPERFECT_LETTERS = ("ي", "ت", "ن", "ا")


def promised(keys: Sequence[str], tokens: Sequence[Token], lo: int, i: int, code: str, aspect: str) -> bool:
    """Whether the attack noun at sentence word i stands right after a future verb (see IMPERFECT_LETTERS)."""
    if code[:2] not in ("18", "19", "20") or aspect != "noun" or i == 0:
        return False
    return "س" in tokens[lo + i - 1].prefixes and keys[i - 1].startswith(IMPERFECT_LETTERS)
