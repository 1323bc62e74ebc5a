"""Trigger matching for the events stage (step 1 of marsad.stages.events): the longest trigger of the
lexicon index starting at a word, its phrase's later words found past a VSO subject (GAP) or, for the
signing of a document, past a long subject and a time phrase (REACH).

Split out of marsad/stages/events.py (500 lines) unchanged in behaviour but for the rules said so below.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from marsad.arabic import fold
from marsad.article import Token
from marsad.events_codes import ASSAULT_ROOTS
from marsad.events_dates import WEEKDAYS
from marsad.events_doers import WEAPONS
from marsad.events_lexicon import Trigger
from marsad.events_purpose import CLAUSE_MARKS, cue_after
from marsad.events_senses import ACHIEVING, achieved, categorical, crowd, masdar_spelling
from marsad.events_spans import time_aside
from marsad.events_voice import ATTACK_NOUNS
from marsad.events_words import VERB_HOMOGRAPHS, count_word, verbal

__all__ = [
    "GAP",
    "NEEDS_FIRE",
    "NEEDS_VICTIM",
    "REACH",
    "REACH_LEMMAS",
    "REACH_STOPS",
    "agent_noun",
    "called_for",
    "endangers",
    "fired_after",
    "match",
    "victim_after",
    "whole_first",
]

GAP = 3  # words a VSO subject may put between a phrasal verb and the rest of its phrase (4 and 5 lowered
# bench.eval_events --cv ASSAULT cv5 0.623 -> 0.620 and 0.615, cv5x3 0.619 -> 0.617 and 0.615, session 10)
# The document a verb signs may stand later in its clause, past a long subject and a time phrase
# (وقعت المملكة العربية السعودية ودولة الإمارات العربية المتحدة، أمس الأربعاء، اتفاقية "Saudi Arabia and
# the UAE signed, on Wednesday, an agreement"): up to REACH words, none of them a preposition, a
# complementizer, another trigger or the end of a sentence part (REACH_STOPS), so that وقع "happened" with
# an agreement after a preposition (وقعت الاشتباكات رغم اتفاق) is no signing.
REACH = 14
REACH_LEMMAS = frozenset({"وقع اتفاق", "وقع اتفاقية", "وقع معاهدة", "وقع مذكرة تفاهم"})


def match(
    index: Mapping[str, Sequence[Trigger]], all_keys: Sequence[tuple[str, ...]], i: int
) -> tuple[Trigger, int, int] | None:
    """The longest trigger starting at word i: (trigger, words its span covers, words it consumes).

    A verb phrase may have its subject inside it (VSO): أطلقت الشرطة الأردنية النار, شن مسلحون هجوما.
    Then the trigger's span is the verb alone and the rest of the phrase is consumed after a gap
    of up to GAP words, so the subject is read after the verb as usual.
    """
    for key in whole_first(all_keys[i]):
        for trig in index.get(key, ()):
            if trig.aspect in ("past", "imperf"):
                if (verb := _as_verb(all_keys, i, key, trig)) is None:
                    return None  # the dawn, or بحث عن: no reading of the word is an event
                trig = verb
            size = len(trig.words)
            if i + size > len(all_keys):
                continue
            if all(_word_matches(trig.words[k], all_keys[i + k]) for k in range(1, size)):
                return trig, size, size
            if size == 1 or trig.aspect not in ("past", "imperf"):
                continue
            far = trig.lemma in REACH_LEMMAS
            during = -1  # the word of a time phrase after خلال (ووقع البلدان خلال الزيارة اتفاقية)
            j = i if far else time_aside(all_keys, i + 1) - 1  # j: the gap's last word
            for _ in range(REACH if far else GAP):
                j += 1
                if not far:  # a time phrase between commas after it (، الأحد،) is stepped over, uncounted
                    j = time_aside(all_keys, j + 1) - 1
                if j + size > len(all_keys):
                    break
                if far and (all_keys[j][0] in DURING or all_keys[j][0] == "في"):
                    during = j + 1
                elif far and j != during and _stops_reach(index, all_keys[j]):
                    break
                if trig.lemma in ACHIEVING and any(achieved(all_keys[g][0]) for g in range(i + 1, j + 1)):
                    break  # حقق الفريق فوزا في: achieved a win, no investigation (V3)
                if all(_word_matches(trig.words[k], all_keys[j + k]) for k in range(1, size)):
                    return trig, 1, j - i + size
    return None


def _stops_reach(index: Mapping[str, Sequence[Trigger]], keys: tuple[str, ...]) -> bool:
    """Whether a word ends the stretch a REACH_LEMMAS verb's document is sought in (REACH_STOPS, or
    the first word of another trigger)."""
    return keys[0] in REACH_STOPS or any(k in index for k in whole_first(keys))


def _as_verb(all_keys: Sequence[tuple[str, ...]], i: int, key: str, trig: Trigger) -> Trigger | None:
    """A verb trigger matched at word i by `key`: None for the time noun فجر "dawn" (فجر اليوم، فجرا،
    الفجر); the trigger as a noun when `key` is the word less its ال (القتل "the killing", القمع "the
    repression": a masdar, not the verb its letters spell); else the trigger itself. Not for protest
    verbs (التظاهرة، التجمع stay read as تظاهر، تجمع): as nouns they lowered bench.eval_events --cv
    PROTEST (cv5 0.532 -> 0.505, cv5x10 0.512 -> 0.492, session 9), the gate's onset cue reading them."""
    stem = all_keys[i][0]
    if trig.lemma in DAWN_LEMMAS and _dawn(all_keys, i):
        return None
    if trig.lemma == "حشد" and crowd(all_keys, i):
        return None  # أمام حشد "before a crowd", قائد الحشد: no mobilisation (session 30, B4)
    if (prep := NO_EVENT_PREPS.get(trig.lemma)) and _first_prep(all_keys, i) == prep:
        return None  # بحث (رجال الإنقاذ) عن "(rescuers) searched for": no discussion
    if stem.startswith("ال") and key == stem[2:] and not masdar_spelling(key, trig):
        return None  # اليدين "the two hands", الصادر "the issued": ال on no masdar of the verb (V1)
    if trig.cameo[:2] != "14" and (
        (stem.startswith("ال") and key != stem) or (i > 0 and all_keys[i - 1][0] in NOUN_PREPS)
    ):
        return trig._replace(aspect="noun")  # القتل، في قصف "in shelling": a masdar
    return trig


def _word_matches(word: str, keys: tuple[str, ...]) -> bool:
    """A fixed trigger word matches a token's keys with or without ال."""
    return word in keys or ("ال" + word) in keys or (word.startswith("ال") and word[2:] in keys)


# فجّر "blew up" and فجر "dawn" are one word unvowelled: it is the dawn when definite (الفجر), adverbial
# (فجرا "at dawn") or before a day (فجر اليوم، فجر أمس، فجر الجمعة، فجر يوم).
DAWN_LEMMAS = frozenset({"فجر"})
DAWN_DAYS = frozenset(fold(w) for w in ("اليوم", "أمس", "يوم", "الليلة")) | frozenset(WEEKDAYS)
# ROCKET_NAME: فجر before a number or after an opening quote mark names a weapon (صاروخ «فجر 5» "the Fajr-5
# rocket"), no bombing.
QUOTES = frozenset({"«", '"', "“"})


def _dawn(all_keys: Sequence[tuple[str, ...]], i: int) -> bool:
    """Whether word i (a فجر form) is the time noun "dawn", or a name (ROCKET_NAME)."""
    stem = all_keys[i][0]
    if stem in ("الفجر", "فجرا"):
        return True
    if stem == "فجر" and (
        (i + 1 < len(all_keys) and all_keys[i + 1][0].isdigit()) or (i > 0 and all_keys[i - 1][0] in QUOTES)
    ):
        return True  # صاروخ «فجر 5»: a rocket's name (ROCKET_NAME)
    return stem == "فجر" and i + 1 < len(all_keys) and all_keys[i + 1][0] in DAWN_DAYS


def whole_first(keys: tuple[str, ...]) -> tuple[str, ...]:
    """A token's keys, led by the word less its و when the segmenter split a further proclitic off
    (وبحث "and discussed" read و + ب + حث "by urging"): the trigger spelled by the whole word wins."""
    word = keys[1] if len(keys) > 1 else ""
    if word.startswith("ب") and word != keys[0] and word[1:].startswith(keys[0]):
        # بحث "discussed", not ب + حث "by urging" (when the whole word is a trigger); so with a suffix the
        # segmenter split off too: بحثنا "we discussed", not ب + حث + نا "by urging us" (session 30, B1)
        return (word, *keys)
    return (word[1:], *keys) if word.startswith("و") and len(word) > len(keys[0]) + 1 else keys


# Prepositions before which a verb form is its masdar (في قصف مدفعي "in artillery shelling", إثر هجوم).
NOUN_PREPS = frozenset(fold(w) for w in ("في", "إثر", "اثر", "جراء", "خلال", "بعد", "عقب", "قبل", "أثناء"))
# A preposition after a verb that makes it no event (بحث عن "searched for", not بحث "discussed").
NO_EVENT_PREPS = {"بحث": "عن"}
# خلال "during", أثناء: with the word after it, a time phrase a signing verb's document may stand past
# (ووقع البلدان خلال الزيارة اتفاقية "the two countries signed during the visit an agreement"); so may في
# with the place after it (ووقع الوزيران أمس في عمّان مذكرة تفاهم), though other prepositions stop the search.
DURING = frozenset({"خلال", "اثناء"})
PREPOSITIONS = frozenset({"في", "من", "علي", "عن", "الي", "مع", "حول"})


def _first_prep(all_keys: Sequence[tuple[str, ...]], i: int) -> str | None:
    """The first preposition within GAP + 1 words after word i (past a VSO subject), if any."""
    return next((k[0] for k in all_keys[i + 1 : i + GAP + 2] if k[0] in PREPOSITIONS), None)


# Words that end the search for a signed document (REACH): prepositions, complementizers, a part's end.
REACH_STOPS = frozenset(
    {"في", "من", "علي", "عن", "الي", "مع", "بعد", "قبل", "رغم", "منذ", "خلال", "بين", "ان", "انه",
     ".", ":", "؛", ";", "؟", "?", "!"}
)  # fmt: skip


# What a demand verb takes after it: ب + what is demanded (طالب بالإفراج), أن/بأن + a clause, عدم.
DEMANDED = frozenset(fold(w) for w in ("أن", "ان", "بأن", "بان", "عدم", "ب"))


def agent_noun(keys: Sequence[str], tokens: Sequence[Token], lo: int, i: int) -> bool:
    """Whether a demand verb's homograph at sentence word i (VERB_HOMOGRAPHS: طالب، طالبا) is the agent
    noun "student": counted (قتل 20 طالبا "20 students"), or not opening its clause (events_words.verbal)
    and with no complement of a demand after it (اعتقلت الشرطة طالبا في الجامعة "the police arrested a
    student at the university"; but المحتجون طالبوا بالإفراج, a verb after its subject, keeps ب)."""
    if keys[i] not in VERB_HOMOGRAPHS:
        return False
    if i and count_word(keys[i - 1]):
        return True
    if verbal(keys, tokens, lo, i):
        return False
    nxt = lo + i + 1
    return i + 1 >= len(keys) or not (keys[i + 1] in DEMANDED or "ب" in tokens[nxt].prefixes)


# Violence words in phrases that report none: an ASSAULT trigger with an accident after it in its clause
# (قتل جندي في حادث سير "a soldier was killed in a traffic accident"), and خطف الأنظار "caught the eye"
# (an abduction verb with أنظار "eyes" a few words on: خطفت التقنيات الحديثة أنظار الزوار).
ACCIDENT_NOUNS = frozenset(fold(w) for w in ("حادث", "حادثة"))
ROAD = frozenset(fold(w) for w in ("سير", "السير", "مرور", "المرور", "مروري", "مرورية", "سيارة"))
EYES = frozenset(fold(w) for w in ("أنظار", "الأنظار"))
NO_VIOLENCE_REACH = 8  # words after the trigger searched, in its clause
EYES_REACH = 4
# ضرب "struck" before what is set up or set, not a blow: ضربت حراسة حول مبنى البرلمان "a guard was put around
# the parliament", ضرب طوقا أمنيا "threw a cordon", ضرب موعدا "set a date", ضرب مثالا، ضرب رقما قياسيا.
SET_UP = frozenset(
    fold(w) for w in ("حراسة", "الحراسة", "طوق", "طوقا", "الطوق", "موعدا", "مثالا", "مثلا", "رقما", "الرقم")
)


# استقبل "received" wounded, bodies or patients (استقبل المستشفى عشرين جريحا "the hospital took in twenty
# wounded"): a hospital's intake, no hosted visit (043); the noun up to RECEIVED_REACH words on, in its
# clause, past a subject and a count (the lead's hand-written news, session 19).
HOSTED = "043"
RECEIVED = frozenset(
    fold(w)
    for w in ("جريح", "جريحا", "جرحى", "الجرحى", "مصاب", "مصابا", "مصابين", "المصابين", "جثة", "جثث", "الجثث",
              "جثمان", "جثامين", "قتيل", "قتيلا", "قتلى", "القتلى", "مريض", "مريضا", "مرضى", "المرضى")
)  # fmt: skip
RECEIVED_REACH = 5


# A ceasefire that holds (وقف إطلاق النار صامد "the ceasefire is holding", لا يزال وقف إطلاق النار هشا): the
# ceasefire noun as a nominal sentence's subject with a predicate of its state, no declaration (0871).
CEASEFIRE = "0871"
HOLDING = frozenset(
    fold(w)
    for w in ("صامد", "صامدا", "هش", "هشا", "ساري", "سار", "ساريا", "قائم", "قائما", "مستمر", "مستمرا",
              "متماسك", "متماسكا", "يصمد", "يترنح", "مهدد", "مهددا")
)  # fmt: skip


def holding(keys: Sequence[str], last: int, code: str) -> bool:
    """Whether the ceasefire trigger ending at sentence word `last` has a predicate of its state right after
    it (HOLDING): the ceasefire holds, none is declared."""
    return code == CEASEFIRE and last + 1 < len(keys) and keys[last + 1] in HOLDING


def received(keys: Sequence[str], last: int, code: str) -> bool:
    """Whether the hosting trigger (043) ending at sentence word `last` takes in casualties or patients
    (RECEIVED), no visitor."""
    return code == HOSTED and cue_after(keys, last, RECEIVED_REACH, RECEIVED)


def no_violence(keys: Sequence[str], last: int, code: str) -> bool:
    """Whether the ASSAULT trigger ending at sentence word `last` is an accident's (حادث سير), the idiom
    خطف الأنظار or ضرب before what is set up (SET_UP), no attack."""
    if code[:2] not in ASSAULT_ROOTS:
        return False
    if code[:3] == "182" and any(k in SET_UP for k in keys[last + 1 : last + 2 + GAP]):
        return True  # past a VSO subject (ضربت قوات الأمن حراسة)
    for j in range(last + 1, min(len(keys), last + 1 + NO_VIOLENCE_REACH)):
        if keys[j] in CLAUSE_MARKS or (keys[j] in ATTACK_NOUNS and keys[j] not in ACCIDENT_NOUNS):
            return False  # قتل جندي في هجوم وآخر في حادث سير: the first was an attack
        if keys[j] in ACCIDENT_NOUNS and j + 1 < len(keys) and keys[j + 1] in ROAD:
            return True
        if code[:3] == "181" and keys[j] in EYES and j - last <= EYES_REACH:
            return True
    return False


# A noun that characterises, no event: وصفته بأنه "تهديد خطير" "described it as a grave threat" (a verb of
# describing, then ب + أن, within DESCRIBED_REACH words before the noun).
DESCRIBE = frozenset(fold(w) for w in ("وصف", "وصفت", "وصفوا", "يصف", "تصف", "يصفون", "واصفا", "واصفة"))
DESCRIBED_REACH = 4
# A UN mission's name: بعثة الأمم المتحدة للدعم في ليبيا (UNSMIL): its للدعم is no support event.
MISSION = ("بعثه", "الامم", "المتحده")


def described(all_keys: Sequence[Sequence[str]], i: int, aspect: str) -> bool:
    """Whether the noun trigger at sentence word `i` is a characterisation after وصف … بأنه, or the word after
    بعثة الأمم المتحدة in a mission's name (events_match.MISSION)."""
    if i >= 3 and tuple(k[0] for k in all_keys[i - 3 : i]) == MISSION:
        return True
    if aspect != "noun":
        return False
    window = all_keys[max(0, i - DESCRIBED_REACH) : i]
    marked = any(k[0] in ("ان", "انه", "انها") and len(k) > 1 and k[1].startswith("ب") for k in window)
    return marked and any(k[0] in DESCRIBE for k in window)


# A threat verb or noun whose object is a state of things, not a party (تهدد وحدة الأراضي "endangers the
# territory's unity", يهدد الأمن والاستقرار، تهديدا لحياة المدنيين "a danger to civilians' lives"): it means
# "endanger", no CAMEO threat (13), whose target is someone threatened by someone. Sought among the
# ENDANGER_REACH words after the trigger, in its clause (a VSO subject may come first: تهدد الحرب وحدة).
ENDANGERED = frozenset(
    fold(a + w)
    for w in ("وحدة", "أمن", "استقرار", "سلامة", "سيادة", "سلم", "سلام", "مستقبل", "مصير", "حياة", "أرواح",
              "وجود")
    for a in ("", "ال")
)  # fmt: skip
ENDANGER_REACH = 3


def endangers(all_keys: Sequence[Sequence[str]], last: int, code: str) -> bool:
    """Whether the threat trigger (13) ending at sentence word `last` has a state of things as its object
    (any of a word's keys: the segmenter may read وحدة as و + حدة)."""
    if code[:2] != "13":
        return False
    for j in range(last + 1, min(len(all_keys), last + 1 + ENDANGER_REACH)):
        if all_keys[j][0] in CLAUSE_MARKS:
            return False
        if not ENDANGERED.isdisjoint(all_keys[j]):
            return True
    return False


# A call for "it" (مسيرة دعت إليها أحزاب "a march that parties called for"): إلى with a pronoun suffix after a
# demand verb refers back to an event already named (a march, a strike, a meeting), which the callers
# organise; no demand made of anyone.
CALL_PREPOSITIONS = frozenset({"الي"})


def called_for(keys: Sequence[str], tokens: Sequence[Token], lo: int, last: int, code: str) -> bool:
    """Whether the demand trigger (10) ending at sentence word `last` is دعا إليه/إليها "called for it"."""
    return code[:2] == "10" and keys[last] in CALL_PREPOSITIONS and bool(tokens[lo + last].suffix)


# A masdar right after a noun of halting (وقف دعمها "halting its support", إنهاء الحصار "ending the siege",
# تعليق المساعدات "suspending aid") names the act to be stopped, not one done (وقف إطلاق النار and وقف
# القصف are triggers of their own, matched at وقف).
HALTS = frozenset(fold(w) for w in ("وقف", "إنهاء", "انهاء", "تعليق", "تجميد"))
HALT_PREPOSITIONS = frozenset(fold(w) for w in ("إلى", "على", "عن", "في"))
GATED_ROOTS = ASSAULT_ROOTS | {"14"}


def halted(keys: Sequence[str], tokens: Sequence[Token], lo: int, i: int, aspect: str, code: str) -> bool:
    """Whether the trigger at sentence word `i` is the object of a halt (HALTS) right before it: a noun, or
    a word the verb reading took (دعمها) after a halt that is itself a noun (إلى وقف، بوقف), not the verb
    وقف "stood" (وقف المتظاهرون أمام المقر). Not for attacks and protests, whose trained gate reads a halt
    before them (events_features.GENERIC): for them too the rule lowered ASSAULT cv5x3 0.645 -> 0.641
    (session 13; cv5 0.650 either way, actors 0.542 -> 0.546)."""
    if i == 0 or keys[i - 1] not in HALTS or code[:2] in GATED_ROOTS:
        return False
    noun_halt = (i > 1 and keys[i - 2] in HALT_PREPOSITIONS) or bool(
        set(tokens[lo + i - 1].prefixes) & {"ب", "ل"}
    )
    return aspect == "noun" or noun_halt


# Nouns that are no new event of their own, for the codes the gate does not read (not 14, 18-20):
# - inside a body's name, past its head and the words of its name (مركز طب الطوارئ والدعم "the Emergency
#   Medicine and Support Centre", البعثة الأممية للدعم "the UN support mission", مجلس التعاون), NAME_HEADS
#   within NAME_REACH words before with no preposition word, comma or verb between;
# - the purpose of a meeting just coded (استقبل الوزير نظيرته … لبحث الأوضاع "to discuss": the same
#   meeting, a masdar with ل after a 04 trigger of the sentence);
# - a meeting named again after عقب/بعد/إثر/خلال (قال للصحفيين عقب اللقاء "after the meeting");
# - what ضرورة/أهمية "the need/importance of" governs (أكد أهمية التوصل إلى اتفاق: no agreement yet);
# - a meeting noun after ملف "the file of" (بحث ملف المفاوضات "discussed the negotiations file"): a topic.
# What a protest is against stays an event (تنديدا باعتقال ناشط: the arrest happened).
NAME_HEADS = frozenset(
    fold(a + w)
    for w in ("مركز", "هيئة", "لجنة", "جمعية", "مؤسسة", "صندوق", "برنامج", "مجلس", "بعثة", "منظمة", "اتحاد")
    for a in ("", "ال")
)
NAME_REACH = 4
NAME_STOPS = frozenset(fold(w) for w in ("في", "من", "على", "إلى", "الى", "عن", "مع", "ضد", "أن", "إن", "ان"))
AFTER = frozenset(fold(w) for w in ("عقب", "بعد", "إثر", "اثر", "خلال"))
NEEDS = frozenset(fold(w) for w in ("ضرورة", "أهمية", "اهمية"))
FILES = frozenset(fold(w) for w in ("ملف", "ملفات"))


def settled(
    keys: Sequence[str],
    tokens: Sequence[Token],
    lo: int,
    i: int,
    aspect: str,
    code: str,
    codes: Sequence[str],
) -> bool:
    """Whether the noun trigger at sentence word `i` (code `code`; `codes`: those found before it in the
    sentence) is no new event (see NAME_HEADS)."""
    if code[:2] in GATED_ROOTS:
        return False
    if code[:2] == "04" and "ل" in tokens[lo + i].prefixes and any(c[:2] == "04" for c in codes):
        return True  # a masdar of purpose, which the verb reading may have taken (لبحث)
    if aspect != "noun":
        return False
    for k in range(i - 1, max(-1, i - 1 - NAME_REACH), -1):
        if tokens[lo + k].is_punct or keys[k] in NAME_STOPS:
            break
        if keys[k] in NAME_HEADS:
            return True
    before = keys[i - 1] if i else ""
    if code[:2] == "04" and before in AFTER and keys[i].startswith("ال"):
        return True
    if code[:2] == "04" and before in FILES:
        return True  # لبحث ملف المفاوضات "to discuss the negotiations file": a topic
    return before in NEEDS


def no_event(
    all_keys: Sequence[Sequence[str]],
    keys: Sequence[str],
    tokens: Sequence[Token],
    lo: int,
    i: int,
    last: int,
    aspect: str,
    code: str,
    codes: Sequence[str],
) -> bool:
    """Whether the trigger at sentence words i..last is no event of its own by one of this module's rules
    (no_violence, received, holding, described, endangers, called_for, halted, settled, issued, attributed)
    or events_senses' (categorical);
    `codes`: the sentence's before it."""
    return (
        no_violence(keys, last, code)
        or received(keys, last, code)
        or holding(keys, last, code)
        or described(all_keys, i, aspect)
        or endangers(all_keys, last, code)
        or called_for(keys, tokens, lo, last, code)
        or halted(keys, tokens, lo, i, aspect, code)
        or settled(keys, tokens, lo, i, aspect, code, codes)
        or issued(keys, i, last, code)
        or attributed(keys, i, code)
        or categorical(keys, i, code)
    )


# عزا/عزت "attributed (it) to" is written like عزّى/عزّت "condoled" (018, قدم تعازيه): with إلى after it in
# its clause (وعزت الوزارة التراجع إلى الجفاف "the ministry put the fall down to the drought") no condolence.
CONDOLED = frozenset(fold(w) for w in ("عزى", "عزت"))
ATTRIBUTED_REACH = 6
TO = frozenset({"الي"})  # إلى, folded


def attributed(keys: Sequence[str], i: int, code: str) -> bool:
    """Whether a condolence trigger at word i is عزا "attributed", إلى after it in its clause."""
    return code == "018" and keys[i] in CONDOLED and cue_after(keys, i, ATTRIBUTED_REACH, TO)


# صادر عن "issued by" (بيان صادر عن مكتبه "a statement issued by his office"): the participle of صدر, written
# like صادر "confiscated" (1711), which is never followed by عن.
ISSUED = fold("صادر")


def issued(keys: Sequence[str], i: int, last: int, code: str) -> bool:
    """Whether a confiscation trigger is صادر right before عن "issued by"."""
    return code.startswith("171") and keys[i] == ISSUED and last + 1 < len(keys) and keys[last + 1] == "عن"


# تحييد "neutralising": in military statements the killing or capture of fighters (أعلنت الوزارة "تحييد"
# عشرة مسلحين), elsewhere keeping something out of a conflict (تحييد المدنيين، تحييد الميناء): a trigger
# only before a count or an armed noun, at most VICTIM_REACH words on (past quotation marks).
NEEDS_VICTIM = frozenset({"تحييد"})
ARMED_VICTIMS = frozenset(
    fold(a + w)
    for w in ("مسلح", "مسلحا", "مسلحين", "إرهابي", "إرهابيا", "إرهابيين", "مهاجم", "مهاجمين", "عنصرا",
              "عناصر")
    for a in ("", "ال")
)  # fmt: skip
VICTIM_REACH = 3


def victim_after(keys: Sequence[str], last: int) -> bool:
    """Whether a count or an armed noun (ARMED_VICTIMS) follows sentence word `last` within VICTIM_REACH."""
    ahead = keys[last + 1 : last + 1 + VICTIM_REACH]
    return any(k in ARMED_VICTIMS or count_word(k) for k in ahead)


# استشهد "fell a martyr" is a killing only by someone's fire (استشهد فتى برصاص الجنود "a boy was killed by
# the soldiers' bullets": the lead's request, session 17); استشهد ب is also "cited" (استشهد الوزير بتقرير).
# A trigger only with a weapon noun in ب (events_doers.WEAPONS: برصاص، بنيران، بقذائف) at most FIRE_REACH
# words on, in its clause (past the victim: استشهد ثلاثة شبان فلسطينيين برصاص).
NEEDS_FIRE = frozenset({"استشهد"})
FIRE_REACH = 5


def fired_after(keys: Sequence[str], tokens: Sequence[Token], lo: int, last: int) -> bool:
    """Whether a weapon noun with ب (WEAPONS) follows word `last` within FIRE_REACH, in its clause."""
    for k in range(last + 1, min(len(keys), last + 1 + FIRE_REACH)):
        if keys[k] in CLAUSE_MARKS:
            return False
        if keys[k] in WEAPONS and "ب" in tokens[lo + k].prefixes:
            return True
    return False
