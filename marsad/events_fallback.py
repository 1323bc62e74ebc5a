"""The doer and target an event takes when its clause's syntax gave it none (marsad.events_args assigns
the syntactic ones): the sentence's crowd or armed group as the source, the first actor after the trigger as
the target, and the actor a targeting participle names (…، مستهدفة دورية للقوات الأميركية).
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.arabic import fold
from marsad.article import Actor, Token
from marsad.events_args import REPORTING, Candidate, counted, preceded
from marsad.events_codes import ARMED, CROWD, bomber, sector
from marsad.events_doers import COMMENTING

__all__ = ["announcer", "fallback_source", "fallback_target", "self_reported", "targeted"]

# Active participles of استهدف "targeting" (…، مستهدفة دورية للقوات الأميركية): the actor after one names an
# attack's target outright.
TARGETING = frozenset(fold(w) for w in ("مستهدفا", "مستهدفة", "مستهدفين", "مستهدفان", "مستهدفتين"))


# Casualty verbs (قتل، أصيب، جرح: "was killed, was wounded"): the actor right after one is a victim, never
# the doer of the sentence's attacks (وأصيب جنديان بجروح في انفجار عبوة: the soldiers did not bomb).
CASUALTY_VERBS = frozenset(fold(w) for w in ("قتل", "قتلت", "أصيب", "أصيبت", "اصيب", "جرح", "جرحت"))
# The body a casualty belongs to (قتل ضابط برتبة رائد في الجيش "an officer with the rank of major in the
# army was killed", مقتل جندي من الشرطة): after في/من within MEMBER_REACH words of a casualty verb or
# noun, no punctuation between: the victim's own side, never the doer of the sentence's attacks.
CASUALTY_HEADS = CASUALTY_VERBS | frozenset(fold(w) for w in ("مقتل", "إصابة", "اصابة", "مصرع"))
MEMBER_REACH = 4


def fallback_source(
    kind: str,
    cands: Sequence[Candidate],
    target: Actor | None,
    first: int,
    keys: Sequence[str],
    lo: int,
) -> Actor | None:
    """The doer a protest or an attack takes when the syntax gave it none: the sentence's crowd
    (المتظاهرون، آلاف الفلسطينيين) for a protest, its armed group (مسلحون، القوات الأميركية) for an
    attack; the nearest to the trigger, never the target nor the subject of a reporting verb (أعلنت
    وزارة الدفاع مقتل خمسة في غارة شنتها طائرات عراقية: the planes), and for an attack never a counted
    group (مقتل ثلاثة جنود: casualties). Clause syntax in news Arabic often puts the doer far from a second
    verb (وأضرم المتظاهرون … ورددوا هتافات), where it is still the doer."""
    best: Candidate | None = None
    for c in cands:
        actor = c.actor
        if target is not None and actor == target:
            continue
        if preceded(keys, lo, c.first, COMMENTING):
            # أعلنت وزارة الدفاع مقتل خمسة …: the announcer, not the killer; nor a condemner or a speaker
            # (ندد الجيش بقصف المدنيين: session 30, B2b, B3)
            continue
        part = sector(actor)
        if kind == "PROTEST":
            nation = actor.entity is None and actor.code is not None and actor.code == actor.country
            ok = part in CROWD or nation  # المتظاهرون، or a people: تظاهر آلاف الإسرائيليين
        else:
            victim = (
                counted(keys, lo, c)
                or preceded(keys, lo, c.first, CASUALTY_HEADS)  # قتل ضابط، إصابة جنديين
                or _victims_body(keys, lo, c)
                or _targets_owner(keys, lo, c)
            )
            ok = part in ARMED and not victim
        if ok and (best is None or abs(c.first - first) < abs(best.first - first)):
            best = c
    return best.actor if best else None


def _victims_body(keys: Sequence[str], lo: int, cand: Candidate) -> bool:
    """Whether the candidate follows في/من after a casualty's noun phrase (CASUALTY_HEADS within
    MEMBER_REACH words before the preposition, no punctuation or other preposition between)."""
    k = cand.first - lo - 1
    if k < 1 or keys[k] not in ("في", "من"):
        return False
    for j in range(k - 1, max(-1, k - 1 - MEMBER_REACH), -1):
        if keys[j] in CASUALTY_HEADS:
            return True
        if keys[j] in ("في", "من", "،", ",", ".", "؛") or not keys[j]:
            return False
    return False


# What an attack hits after على/ضد may be a noun whose owner follows with ل (انفجرت عبوة على دورية للجيش
# "a bomb went off on an army patrol", هجوم على مقر للشرطة): the owner is the target's side, never the doer.
TARGET_PREPS = frozenset({"علي", "ضد"})
CLAUSE_PUNCT = frozenset({"،", ",", ".", "؛", ":"})  # the noun between may not be punctuation


def _targets_owner(keys: Sequence[str], lo: int, cand: Candidate) -> bool:
    """Whether the candidate, with a proclitic (للجيش), follows على/ضد and one noun."""
    k = cand.first - lo - 1
    return cand.oblique and k >= 1 and keys[k - 1] in TARGET_PREPS and keys[k] not in CLAUSE_PUNCT


# Words before a country or nationality that make it a region of that country, a place (في شمال العراق،
# غرب باكستان، في عدة مدن باكستانية، المحافظات المصرية). A country after في alone stays a possible target:
# an attack in a country is coded as one on it (ضربة جوية في سورية).
REGIONS = frozenset(
    fold(a + w)
    for w in (
        "شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي", "أنحاء", "حدود",
        "مدن", "مدينة", "محافظة", "محافظات", "مناطق", "منطقة", "ولاية", "ولايات", "أقاليم", "شوارع",
    )
    for a in ("", "ال")
)  # fmt: skip


def fallback_target(
    kind: str,
    cands: Sequence[Candidate],
    source: Actor | None,
    last: int,
    keys: Sequence[str] = (),
    lo: int = 0,
) -> Actor | None:
    """The target an attack or a protest takes when the syntax gave it none: the first actor after the
    trigger that is not its source (the victims of مقتل خمسة من رجال الشرطة in a casualty clause, the
    government a protest is against); a protest's target is never a crowd, an attack's never a bomber;
    a country after a direction or a place noun (في شمال غرب باكستان، مدن باكستانية) is where, not whom
    (`keys`, `lo`: the sentence's folded words and its first token)."""
    after = [
        c
        for c in cands
        if c.first > last
        and c.actor != source
        and not (c.actor.code == c.actor.country and preceded(keys, lo, c.first, REGIONS))
    ]
    if kind == "PROTEST":
        own = source.country if source is not None else None
        after = [c for c in after if sector(c.actor) not in CROWD and not _own_people(c.actor, own)]
    else:
        after = [c for c in after if not bomber(c.actor)]
    if after:
        return after[0].actor
    return None


def _own_people(actor: Actor, country: str | None) -> bool:
    """Whether an actor is the protesters' own people or press, which a protest is not against: their
    nationality alone or their media (عشرات الفلسطينيين … الأعلام الفلسطينية … الاستيطان الإسرائيلي: the
    target is the Israeli one); their own state's bodies (PSEGOV) stay possible targets."""
    return country is not None and actor.country == country and sector(actor) in ("", "MED")


def targeted(cands: Sequence[Candidate], keys: Sequence[str], lo: int, last: int) -> Actor | None:
    """The actor at most two words after a TARGETING participle that follows the trigger, if any."""
    for k in range(last - lo + 1, len(keys)):
        if keys[k] in TARGETING:
            return next((c.actor for c in cands if lo + k < c.first <= lo + k + 3), None)
    return None


# أن with a pronoun of its subject (أعلن الجيش أنه أحبط … وقتل "the army announced that it foiled … and
# killed"): the reporting verb's subject is the doer of the verbs of its own clause. Not تم/جرى after it
# (أفادت مصادر أنه تم …: the pronoun of the matter, no one's doing), and only an armed speaker (ARMED).
THAT_IT = frozenset({"ه", "ها", "هم", "هما"})
THAT = frozenset({"ان", "بان"})
IMPERSONAL = frozenset(fold(w) for w in ("تم", "جرى", "جري"))


def self_reported(
    tokens: Sequence[Token], keys: Sequence[str], lo: int, cands: Sequence[Candidate], first: int, aspect: str
) -> Actor | None:
    """The armed subject of a reporting verb before أنه/أنها whose clause holds the verb at token `first`
    (right after أنه, or a later verb after و), if any: it reports its own act."""
    if aspect not in ("past", "imperf"):
        return None
    that = next((j for j in range(first - lo - 1, -1, -1) if keys[j] in THAT or keys[j] in REPORTING), None)
    if that is None or keys[that] not in THAT or tokens[lo + that].suffix not in THAT_IT:
        return None
    if that + 1 < len(keys) and keys[that + 1] in IMPERSONAL:
        return None
    if that != first - lo - 1 and "و" not in tokens[first].prefixes:
        return None
    speaker = next((c for c in reversed(cands) if c.last < lo + that and not c.oblique), None)
    if (
        speaker is None
        or not preceded(keys, lo, speaker.first, REPORTING)
        or sector(speaker.actor) not in ARMED
    ):
        return None
    return speaker.actor


# How far before a reported masdar its reporting verb may stand (أعلنت، الأحد، "تحييد": a time phrase and
# quotation marks between), and how many words (قد) may stand between an SVO subject and the verb.
ANNOUNCED_REACH = 6
SUBJECT_GAP = 2


def announcer(keys: Sequence[str], lo: int, cands: Sequence[Candidate], first: int) -> Actor | None:
    """The subject of the reporting verb that announces the masdar at token `first` (وكانت وزارة الدفاع قد
    أعلنت "تحييد" عشرة مسلحين: the ministry's side neutralised them): right after the verb, or before it
    past at most SUBJECT_GAP words (قد). Only for acts a military statement reports as its own."""
    k = first - lo - 1
    verb = next((j for j in range(k, max(-1, k - ANNOUNCED_REACH), -1) if keys[j] in REPORTING), None)
    if verb is None:
        return None
    after = next((c for c in cands if c.first == lo + verb + 1 and not c.oblique), None)
    before = next(
        (c for c in reversed(cands) if lo + verb - 1 - SUBJECT_GAP <= c.last < lo + verb and not c.oblique),
        None,
    )
    chosen = after or before
    return chosen.actor if chosen else None
