"""Who did an event, and whom it befell, as words around its trigger show: the helpers of
marsad.events_args.assign (which re-exports preceded, counted, place_like and REPORTING).

  preceded, counted, place_like: what the word before a candidate makes of it (a count: casualties; a
             preposition of place: where, not who);
  agent_after: the agent of a passive or a noun (من قبل، على يد، برصاص X);
  aux_subject: the subject of تم before a passive masdar;
  launcher_of, performed_by, performer_of: the doer a relative or light verb names (هجوم شنه X، زيارة
             يقوم بها X، قام X بتفجير);
  partitive: the force a counted part belongs to (مقتل سبعة عناصر من قوات النظام);
  reporter_of: the subject of a reporting verb, who announces an act and does not do it.
Split from events_args.py (session 16), unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.arabic import fold
from marsad.events_codes import Candidate
from marsad.events_spans import COMMAS
from marsad.events_words import count_word

# Words after which an actor is a place or a companion, not an argument: في "in", من "from", الى "to",
# عن "about", داخل/خارج "inside/outside", قرب "near".
NOT_ARGUMENT = frozenset({"في", "من", "الي", "عن", "داخل", "خارج", "قرب", "بين", "لدي", "عند"}) | frozenset(
    fold(w) for w in ("جنوب", "شمال", "شرق", "غرب", "جنوبي", "شمالي", "شرقي", "غربي")
)  # a direction in construct: البصرة جنوبي العراق "Basra in the south of Iraq" (where, not who)
# من قبل "by", على يد "at the hands of", بيد: the agent of a passive or a noun.
AGENT_MARKERS = (("من", "قبل"), ("علي", "يد"), ("علي", "ايدي"), ("من", "جانب"))
# قام "carried out" (قام X بـ masdar): its subject is the doer of the masdar, often far from it.
PERFORM = frozenset(fold(w) for w in ("قام", "قامت", "قاموا", "يقوم", "تقوم", "يقومون", "وقام", "وقامت"))
PERFORM_WINDOW = 10
# Reporting verbs (past 3sg m/f, imperfect): an actor before one of them is the reporter, not the doer
# (أعلنت الشرطة مقتل سبعة: the police announced, they did not kill).
REPORTING = frozenset(
    fold(p + v + s)
    for v in ("قال", "أعلن", "أكد", "ذكر", "أفاد", "أوضح", "أضاف", "نقل", "روى", "كشف", "أشار")
    for p, s in (("", ""), ("", "ت"), ("", "وا"))
) | frozenset({"يقول", "تقول", "يضيف", "اعلن", "اكد", "قالت", "وقال", "وقالت", "اعلنت", "افادت", "ذكرت"})
# Verbs whose subject speaks of the event after them without doing it, beside the reporting verbs: a
# condemnation (ندد الرئيس بقتل الصحفيين "the president denounced the killing of the journalists": not the
# killer; session 30, B2b) and تحدث "spoke" (تحدث الأهالي عن قصف "the residents spoke of shelling"; B3). Kept
# out of REPORTING, which also bounds clauses and feeds the fallbacks and the time rules.
CONDEMNING = frozenset(
    fold(p + v + s)
    for v in ("ندد", "أدان", "دان", "استنكر", "شجب")
    for p, s in (("", ""), ("", "ت"), ("", "وا"), ("و", ""), ("و", "ت"))
) | frozenset(fold(p + v) for v in ("ندد", "دين", "ستنكر", "شجب") for p in ("ي", "ت"))
SPEAKING = frozenset(
    fold(p + v) for v in ("تحدث", "تحدثت", "تحدثوا", "يتحدث", "تتحدث", "يتحدثون") for p in ("", "و")
)
COMMENTING = REPORTING | CONDEMNING | SPEAKING
BEFORE = 5  # tokens before a verb searched for an SVO subject
# Tokens after a trigger searched for an agent phrase: farther than WINDOW, as a passive's agent often
# comes after its place and time (خطف في وسط المدينة صباح اليوم … من قبل أربعة مسلحين). 16 gained two
# rule-level actor hits on the event gold and lost none (8 gained one).
AGENT_WINDOW = 16


def preceded(keys: Sequence[str], lo: int, first: int, words: frozenset[str]) -> bool:
    """Whether the word before token `first` (article index) is one of `words`."""
    k = first - lo - 1
    return k >= 0 and keys[k] in words


def counted(keys: Sequence[str], lo: int, cand: Candidate) -> bool:
    """Whether a count (digits or a number word) stands right before the candidate (or before من)."""
    k = cand.first - lo - 1
    if k >= 1 and keys[k] in MEMBER_NOUNS and keys[k - 1] == "من":
        k -= 1  # عشرة من عناصر حركة X: the members are counted
    if k >= 0 and keys[k] == "من":
        k -= 1
    return k >= 0 and count_word(keys[k])


# Nouns of membership between a count's من and a group's name (عشرة من عناصر حركة X، خمسة من أفراد الشرطة).
MEMBER_NOUNS = frozenset(fold(w) for w in ("عناصر", "أفراد", "أعضاء", "مقاتلي", "مسلحي"))


def place_like(keys: Sequence[str], lo: int, cand: Candidate) -> bool:
    """A country after في/من/الى is where or whence, not who; an organisation after في is membership
    (القيادي في حماس), so it stays an argument."""
    actor = cand.actor
    is_country = actor.code is not None and actor.code == actor.country
    return is_country and preceded(keys, lo, cand.first, NOT_ARGUMENT)


# تم "was done", يتم "is done": a masdar after it is passive.
PASSIVE_AUX = frozenset(fold(w) for w in ("تم", "وتم", "يتم", "ويتم", "تمت", "وتمت"))


def aux_subject(keys: Sequence[str], lo: int, cands: Sequence[Candidate], aux: int) -> Candidate | None:
    """The subject of the تم at token `aux`: the nearest actor before it, within BEFORE words and one comma
    (not a place, not a prepositional phrase)."""
    for c in reversed(cands):
        if c.last < aux:
            if aux - c.last > BEFORE + 1 or sum(keys[k - lo] in COMMAS for k in range(c.last + 1, aux)) > 1:
                return None
            return None if c.oblique or place_like(keys, lo, c) else c
    return None


def agent_after(
    keys: Sequence[str], lo: int, cands: Sequence[Candidate], start: int, attack: bool = False
) -> Candidate | None:
    """The candidate introduced by من قبل / على يد at or after token `start`, or, for an `attack`, right
    after a weapon noun in ب (أصيب ثلاثة شبان برصاص الجيش "by the army's bullets": the army), if any."""
    for k in range(start - lo, min(len(keys) - 1, start - lo + AGENT_WINDOW)):
        if (keys[k], keys[k + 1]) in AGENT_MARKERS:
            return next((c for c in cands if c.first > lo + k + 1), None)
        weapon = attack and keys[k] in WEAPONS
        if weapon and (agent := next((c for c in cands if c.first == lo + k + 1), None)):
            return agent
    return None


# Weapon nouns (keys, the ب proclitic dropped) whose genitive fired them: برصاص، بنيران، بقذائف، بصواريخ.
WEAPONS = frozenset(fold(w) for w in ("رصاص", "نيران", "قذائف", "قذيفة", "صواريخ", "صاروخ"))


# شن "launched", نفذ "carried out" (keys drop the object pronoun: شنها، نفذتها، شنوه): after an event noun
# they open a relative clause whose subject is the noun's doer (هجوم شنه مسلحون، غارات جوية شنها الطيران).
# So do the forms of أجرى "conducted" with an object pronoun (زيارة أجراها الوزير "a visit the minister made",
# محادثات أجرتها الوزيرة): أجراها/أجراه fold to اجرا, أجرتها to اجرت, أجروها to اجرو.
LAUNCH = frozenset(fold(w) for w in ("شن", "شنت", "شنو", "نفذ", "نفذت", "نفذو", "اجرا", "اجرت", "اجرو"))


def launcher_of(keys: Sequence[str], lo: int, cands: Sequence[Candidate], last: int) -> Candidate | None:
    """The actor right after a LAUNCH verb at most two words after the noun ending at `last` (past an
    adjective: غارات جوية شنها), if any."""
    for k in range(last - lo + 1, min(len(keys), last - lo + 3)):
        if keys[k] in LAUNCH:
            return next((c for c in cands if lo + k < c.first <= lo + k + 2 and not c.oblique), None)
        if keys[k] in COMMAS:
            break
    return None


def partitive(keys: Sequence[str], lo: int, last: int, cand: Candidate) -> bool:
    """Whether `cand` is the whole of a counted part right after the noun ending at `last` (مقتل سبعة عناصر
    من قوات النظام "the killing of seven members of the regime forces", إصابة جنديين من الجيش), or in a
    construct chain of a count word and one plural (مقتل أحد ضباط الجيش "one of the army's officers":
    session 30, M2)."""
    k = cand.first - lo
    if cand.first == last + 3 and keys[k - 2] in PART_COUNTS:
        noun = keys[k - 1]  # the plural in construct: indefinite, no preposition (أحد ضباط، not أحد في)
        return noun[:1].isalpha() and not noun.startswith("ال") and noun not in NOT_ARGUMENT
    if not last + 2 < cand.first <= last + 4 or keys[k - 1] != "من":
        return False
    return all(keys[j][:1].isalpha() and keys[j] not in NOT_ARGUMENT for j in range(last + 1 - lo, k - 1))


# Count words that head a construct chain of a part (أحد ضباط X "one of X's officers", عدد عناصر X).
PART_COUNTS = frozenset(fold(w) for w in ("أحد", "إحدى", "عدد"))


def performed_by(keys: Sequence[str], lo: int, cands: Sequence[Candidate], last: int) -> Candidate | None:
    """The actor right after a قام/يقوم "carries out" (and its بها) following the noun ending at `last`
    (زيارة يقوم بها ولي عهد أبوظبي: a relative clause whose subject does the noun), if any."""
    k = last - lo + 1
    if k >= len(keys) or keys[k] not in PERFORM:
        return None
    k += 1 + (k + 1 < len(keys) and keys[k + 1] == "ب")
    return next((c for c in cands if c.first == lo + k and not c.oblique), None)


def performer_of(keys: Sequence[str], lo: int, cands: Sequence[Candidate], first: int) -> Candidate | None:
    """The subject of a قام "carried out" up to PERFORM_WINDOW words before a masdar (قامت امرأة بلجيكية
    اعتنقت الإسلام بتفجير نفسها, قام مسلحون باختطاف …): the first actor between the two."""
    for k in range(first - lo - 1, max(-1, first - lo - PERFORM_WINDOW - 1), -1):
        if keys[k] in PERFORM:
            return next((c for c in cands if lo + k < c.first and c.last < first), None)
    return None


def reporter_of(keys: Sequence[str], lo: int, cand: Candidate | None) -> bool:
    """Whether the candidate is the subject of a reporting verb (أعلنت وزارة الدفاع مقتل خمسة مسلحين: the
    ministry announced the killing, it is not its doer, as a noun event's genitive or subject), or of a
    condemnation or تحدث (COMMENTING)."""
    return cand is not None and preceded(keys, lo, cand.first, COMMENTING)


# Roots of acts a reporter announces as its own (أعلنت الحكومة التوصل إلى اتفاق "announced reaching an
# agreement": 03 intend, 04 consult, 05 cooperate diplomatically, 06 material cooperation).
OWN_ACTS = frozenset({"03", "04", "05", "06"})
# Masdars of doing (فتح تحقيق "opening an inquiry", بدء "starting", إجراء "conducting"): a reporter
# announcing one announces its own act.
LIGHT_MASDARS = frozenset(fold(w) for w in ("فتح", "بدء", "إجراء", "اجراء", "تنفيذ", "إطلاق"))
