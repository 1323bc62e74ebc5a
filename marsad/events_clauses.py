"""Where an event's clause ends: the stretch of its sentence in which its target is sought.

A clause ends at a comma followed by a reporting verb (…، وقالت الشرطة), or by و and a verb: a trigger
verb (…، واعتقلت) or one of CLAUSE_VERBS, common verbs of news narration that code no event (…، وتوجهت
إلى منزل "and headed for the house", …، وفروا "and fled"). Before, such a verb did not end the clause, and
the actor after it (المنزل، the next clause's object) could become the first event's target. The
subject of an attribution phrase (بحسب ما أعلنت وزارة الصحة "according to the health ministry") is no
argument of the clause: neither the event's source nor its target (`attributed`); nor is any actor of
a whole attribution phrase, to its comma, of an event outside it (وبحسب وكالة سبأ التي يديرها الحوثيون،
فإن الغارات …: the Houthis run the agency, they are not the raids' doers: `outside_attribution`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from marsad.arabic import fold
from marsad.article import Token
from marsad.events_args import REPORTING
from marsad.events_codes import Candidate
from marsad.events_words import verb_listed

# Verbs of movement, result and narration in news Arabic that are no event trigger, as lemmas (past 3sg
# masculine): توجه "headed", اتجه "went", عاد "returned", غادر "left", وصل "arrived", انسحب "withdrew", فر
# "fled", لاذ (بالفرار) "took (flight)", هرب "escaped", تمكن "managed", حاول "tried", تابع "went on",
# واصل "continued", استمر "continued", بدأ "began", انتقل "moved", دخل "entered", خرج "went out", نقل
# "took (to)", تم "was done", جرى "took place", سقط "fell", تسبب "caused", أسفر "resulted", أدى "led",
# شهد "saw", قام "carried out", أصبح "became", ظل "remained", بقي "stayed". Written from news usage; the
# forms are past 3sg m/f and 3pl (توجه، توجهت، توجهوا), which the و before them leaves no doubt are verbs.
CLAUSE_LEMMAS = (
    "توجه", "اتجه", "عاد", "غادر", "وصل", "انسحب", "فر", "لاذ", "هرب", "تمكن", "حاول", "تابع", "واصل",
    "استمر", "بدأ", "انتقل", "دخل", "خرج", "نقل", "تم", "جرى", "سقط", "تسبب", "أسفر", "أدى", "شهد", "قام",
    "أصبح", "ظل", "بقي",
)  # fmt: skip
_IRREGULAR = ("عادت", "عادوا", "فرت", "فروا", "لاذت", "لاذوا", "تمت", "جرت", "أدت", "أدوا", "بقيت", "بقوا")
CLAUSE_VERBS = frozenset(fold(v + e) for v in CLAUSE_LEMMAS for e in ("", "ت", "وا")) | frozenset(
    fold(w) for w in _IRREGULAR
)
COMMAS = ("،", ",", "؛")
# A comma and a contrast (…، في حين أعلنت القيادة "whereas the command announced") or حيث "where" (زار
# المدينة، حيث التقى المبعوث) open a clause of another event: its actors are not the first one's target.
# Not بينما "while": it opens the scene of the event as often ("…, while dozens were gathered in a
# building": the victims), which ending the clause there lost on the event gold.
CONTRASTS = frozenset({"حيث"})
WHEREAS = ("في", "حين")
# فيما "while, whereas" after a comma and before a verb opens another event's clause (…، فيما فرقت الشرطة
# متظاهرين "while the police dispersed protesters": the police are not the first event's target). Only
# before a verb (a trigger or CLAUSE_VERBS): before كان it may open the scene of the event, as بينما does.
MEANWHILE = frozenset({"فيما"})
# Attribution phrases (بحسب ما أعلنت "according to what … announced", وفق ما أفادت، حسبما ذكرت، كما قالت):
# their reporter is no argument of the event (see attributed). The keys drop ب and و (بحسب → حسب).
ATTRIBUTION = frozenset(fold(w) for w in ("حسب", "حسبما", "وفق", "وفقا", "طبقا", "كما", "مثلما"))
RELATIVE_MA = frozenset({"ما", "لما"})


def clause_end(
    tokens: Sequence[Token],
    all_keys: Sequence[tuple[str, ...]],
    keys: Sequence[str],
    lo: int,
    last: int,
    match: Callable[[Sequence[tuple[str, ...]], int], str | None],
) -> int:
    """The token after the clause of the trigger ending at token `last`: a comma followed by a reporting
    verb, a contrast (CONTRASTS, في حين), فيما + a verb (MEANWHILE), or و and a trigger verb or a
    CLAUSE_VERBS verb; else the sentence's end. `all_keys`, `keys`: the sentence's token keys and stems;
    `match(window, 0)`: the aspect of the trigger opening a window of keys, or None."""
    for k in range(last - lo + 1, len(keys) - 1):
        if not (tokens[lo + k].is_punct and keys[k] in COMMAS):
            continue
        if keys[k + 1] in REPORTING or keys[k + 1] in CONTRASTS or tuple(keys[k + 1 : k + 3]) == WHEREAS:
            return lo + k
        if keys[k + 1] in MEANWHILE and k + 2 < len(keys):
            aspect = match(all_keys[k + 2 : k + 6], 0)
            if verb_listed(tokens[lo + k + 2], all_keys[k + 2], CLAUSE_VERBS) or aspect not in (None, "noun"):
                return lo + k
        if "و" in tokens[lo + k + 1].prefixes:
            if verb_listed(tokens[lo + k + 1], all_keys[k + 1], CLAUSE_VERBS):
                return lo + k
            aspect = match(all_keys[k + 1 : k + 5], 0)
            if aspect is not None and aspect != "noun":
                return lo + k
    return lo + len(keys)


def attributed(keys: Sequence[str], lo: int, first: int) -> bool:
    """Whether the actor starting at token `first` is the subject of an attribution phrase (بحسب ما أعلنت
    X، وفق ما أفادت X، حسبما ذكرت X, the reporting verb right before it)."""
    k = first - lo - 1
    if k < 1 or keys[k] not in REPORTING:
        return False
    j = k - 1 - (keys[k - 1] in RELATIVE_MA)
    return j >= 0 and keys[j] in ATTRIBUTION


# Openers of an attribution phrase standing alone (حسب، وفق "according to"); كما and مثلما "as" open one only
# before a reporting verb (كما قالت), being also "also" (كما قتل ثلاثة "three were also killed").
PHRASE_OPENERS = ATTRIBUTION - frozenset(fold(w) for w in ("كما", "مثلما"))


def outside_attribution(
    keys: Sequence[str], lo: int, cands: Sequence[Candidate], first: int
) -> list[Candidate]:
    """The candidates less those of an attribution phrase (from حسب/وفق, or كما + a reporting verb, to the
    comma that closes it, or to the sentence's end after a comma) that the trigger at token `first` lies
    outside of: the outlet and a relative clause about it (وكالة سبأ التي يديرها الحوثيون) are no arguments
    of the events it reports."""
    out = list(cands)
    n = len(keys)
    k = 0
    while k < n:
        opens = keys[k] in PHRASE_OPENERS or (
            keys[k] in ATTRIBUTION and k + 1 < n and (keys[k + 1] in REPORTING or keys[k + 1] in RELATIVE_MA)
        )
        if not opens:
            k += 1
            continue
        end = next((j for j in range(k + 1, n) if keys[j] in COMMAS), None)
        if end is None and k > 0 and keys[k - 1] in COMMAS:
            end = n  # …، بحسب الوكالة الوطنية "…, according to the national agency": to the sentence's end
        if end is None:
            break  # not closed by a comma: the phrase may run on into the event's own words (بحسب الجيش
            # أكثر من ألف قتيل "according to the army more than a thousand dead"); only its reporter is out
        if not lo + k <= first < lo + end:
            out = [c for c in out if not lo + k < c.first < lo + end]
        k = end
    return out
