"""The sides of an event (step 4 of marsad.stages.events): its source and target actors, from the
candidates of its sentence.

The stretch before the trigger in which an SVO subject is sought ends at a barrier (a complementizer, a
relative or a clause-opening conjunction, or a comma, past an inserted time phrase); an experiencer verb
(تعرض، نجا) before an event noun marks its undergoer; the target is sought in the trigger's own clause
(events_clauses). Then marsad.events_args.assign, the bomber and protest-site corrections, the fallbacks
(events_fallback), and the sector codes localised to the country of the event's place.

Split out of marsad/stages/events.py (495 lines) unchanged in behaviour.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from marsad.arabic import fold
from marsad.article import Actor, Token
from marsad.events_args import (
    EXPERIENCER_REACH,
    EXPERIENCER_WINDOW,
    EXPERIENCERS,
    Candidate,
    armed,
    assign,
    bomber,
    localise,
    preceded,
    protester,
)
from marsad.events_clauses import attributed, clause_end, outside_attribution
from marsad.events_codes import ASSAULT_ROOTS
from marsad.events_doers import reporter_of
from marsad.events_fallback import (
    announcer,
    fallback_source,
    fallback_target,
    self_reported,
    targeted,
)
from marsad.events_lexicon import Trigger
from marsad.events_masdars import argument_trigger
from marsad.events_match import NEEDS_VICTIM
from marsad.events_pronouns import antecedent
from marsad.events_purpose import PURPOSES
from marsad.events_spans import COMMAS, TIME_WORDS, time_opening
from marsad.events_words import verb_listed

__all__ = ["BARRIERS", "WHERE_REACH", "arrival_subject", "arrived", "protested", "sides"]

# Words that end the stretch in which an SVO subject is sought: a reporting verb or a conjunction that
# starts a new clause (أعلنت الشرطة أن مسلحين قتلوا: الشرطة is not the killer).
BARRIERS = frozenset({"ان", "انه", "انها", "الذي", "التي", "الذين", "بينما", "حيث", "بعد", "قبل", "عندما"})


def sides(
    trig: Trigger,
    cameo: str,
    kind: str | None,
    first: int,
    last: int,
    tokens: Sequence[Token],
    all_keys: Sequence[tuple[str, ...]],
    keys: Sequence[str],
    lo: int,
    cands: Sequence[Candidate],
    country: str | None,
    aspect_at: Callable[[Sequence[tuple[str, ...]], int], str | None],
) -> tuple[Actor | None, Actor | None]:
    """(source, target) of the event coded `cameo` (`kind`: ASSAULT, PROTEST or None) whose trigger spans
    tokens first..last, among its sentence's candidates; `country`: that of the event's place;
    `aspect_at(window, 0)`: the aspect of the trigger opening a window of keys, or None.

    A verb-spelled trigger standing as its masdar (عن قتل، بقتل: events_masdars) is read as a noun; a side
    that reading leaves empty takes the verb reading's, unless that actor is the noun reading's other side:
    the verb's VSO subject is the masdar's genitive, its object (ندد الوزير بقتل الصحفيين), or the subject
    of a reporting verb, who is no doer (أعلنت الشرطة عن قتل أحد ضباط الجيش: session 30, M1r)."""
    args = (cameo, kind, first, last, tokens, all_keys, keys, lo, cands, country, aspect_at)
    noun = argument_trigger(trig, tokens, all_keys, lo, first)
    if noun is trig:
        return _sides(trig, *args)
    source, target = _sides(noun, *args)
    verb_source, verb_target = _sides(trig, *args)
    # the verb reading's subject before a preposition may be a reporter's (أعلنت الشرطة عن قتل …): no doer
    # (or a condemner's or a speaker's: ندد الرئيس بقتل …، تحدث الأهالي عن قصف …; B2b, B3)
    reporter = any(c.actor is verb_source and reporter_of(keys, lo, c) for c in cands)
    if kind is not None and target is None and source is not None and source == verb_target:
        # an attack or protest: the noun reading found no object and its fallback made the verb reading's
        # object the doer (عن قصف استهدف مقرا تابعا للمتمردين: the rebels were hit): the verb
        # reading stands (M1t), less a reporter's subject (تحدث الأهالي عن قصف …: not the shellers; B3)
        return (None if reporter else verb_source), verb_target
    source = source or (verb_source if verb_source != target and not reporter else None)
    target = target or (verb_target if verb_target != source else None)
    return source, target


def _sides(
    trig: Trigger,
    cameo: str,
    kind: str | None,
    first: int,
    last: int,
    tokens: Sequence[Token],
    all_keys: Sequence[tuple[str, ...]],
    keys: Sequence[str],
    lo: int,
    cands: Sequence[Candidate],
    country: str | None,
    aspect_at: Callable[[Sequence[tuple[str, ...]], int], str | None],
) -> tuple[Actor | None, Actor | None]:
    """(source, target) of the trigger read with its aspect as given (see sides)."""
    barrier = lo
    k = first - lo - 1
    while k >= 0:
        if keys[k] in BARRIERS or (tokens[lo + k].is_punct and keys[k] in ("،", ",", "؛", ":")):
            if (opening := time_opening(keys, k)) is not None:
                k = opening - 1  # past an inserted time phrase (أعلنت الحكومة، الليلة الماضية، التوصل)
                continue
            barrier = lo + k + 1
            break
        k -= 1
    # A noun marked as what was undergone (لـ: تعرض … للخطف، من: نجا … من محاولة اغتيال) may sit
    # further from its verb, past the commas of an inserted place or time (نجا قائد الشرطة في بغداد،
    # أمس، من محاولة اغتيال).
    marked = "ل" in tokens[first].prefixes or (first > lo and keys[first - lo - 1] == "من")
    reach = max(lo, first - EXPERIENCER_REACH - 1) if marked else max(barrier, first - EXPERIENCER_WINDOW - 1)
    experiencer = next(
        (lo + k for k in range(first - lo - 1, reach - lo - 1, -1) if keys[k] in EXPERIENCERS), None
    )
    # the target is sought in the trigger's own clause: a comma and و + a verb, or a reporting verb,
    # open the next (اقتحمت القوات الحي أمس، وقالت الشرطة …: الشرطة is not the raid's target)
    end = clause_end(tokens, all_keys, keys, lo, last, aspect_at)
    cands = outside_attribution(keys, lo, cands, first)
    clause = [c for c in cands if c.first < end and not attributed(keys, lo, c.first)]
    source, target = assign(
        trig, first, last, bool(tokens[last].suffix), keys, lo, clause, barrier, experiencer,
        tokens[first].prefixes, antecedent(tokens, keys, lo, clause, barrier, first, trig.aspect),
        frozenset(k for k in range(last + 1, end) if "ل" in tokens[k].prefixes),
    )  # fmt: skip
    if (
        source is not None
        and kind == "ASSAULT"
        and trig.aspect != "passive"
        and _victim_before(keys, lo, clause, source, first)
    ):
        source = None  # قتل … وأصيب العشرات في قصف استهدف سوقا: the wounded did not target the market
    if source is None and cameo == VISIT and trig.aspect == "noun":
        # وصل المبعوث إلى بيروت في زيارة: the envoy visits
        source = arrived(tokens, all_keys, keys, lo, cands, first)
    if kind != "ASSAULT" and (antecedent_of := relative_subject(keys, lo, cands, first, trig.aspect)):
        if tokens[last].suffix and source is not None and source is not antecedent_of:
            # غولن الذي تتهمه أنقرة "whom Ankara accuses": the pronoun on the verb is the antecedent, its
            # object; the actor after the verb stays its subject (session 29, E1). With no actor after it
            # the antecedent is the subject (النقابات التي تنتقدها "the unions that criticise it").
            target = antecedent_of
        else:
            # المحتجين الذين تجمعوا أمام مقر البرلمان: the protesters gathered; أردوغان، الذي يزور العراق
            previous_source, source = source, antecedent_of
            target = previous_source if target is None and previous_source is not source else target
            target = None if target is source else target
    if kind is None and source is not None and _in_phrase(tokens, keys, lo, cands, source, last):
        # أشاد بترحيب السلطات، ودعمه للانقلاب الحوثي: the actor is the genitive of the phrase after the
        # trigger, not its doer (session 29, E5); attacks are left as they are (قصف بطائرات التحالف: the doer)
        source, target = None, target or source
    if cameo[:2] in ("10", "11") and first > lo and keys[first - lo - 1] in SLOGANS:
        # مرددين هتافات تطالب برحيل المدير "chanting slogans demanding the director's departure": the crowd
        source = fallback_source("PROTEST", [c for c in cands if c.first < first], target, first, keys, lo)
    if cameo[:2] == "04" and (partner := met_with(keys, lo, clause, last, source)) is not None:
        target = partner  # بحث الرئيس مع نظيره X ملف المياه وعمليات … ضد Y: X is the other side
    if accused(tokens, keys, lo, clause, last, cameo, trig.aspect, source, target):
        source, target = None, source  # اتهمت اللجان قوات الدعم بقصف: the forces are accused
    if source is not None and protested(keys, first - lo, trig.aspect, cameo):
        # تنديدا بالعقوبات "denouncing the sanctions": the act a protest is against is no act of the
        # protesters, nor of the place of the protest before it (وقفة أمام السفارة)
        source = None if any(c.actor is source and c.first < first for c in cands) else source
    if kind == "ASSAULT" and bomber(target):  # the bomber is the doer (see events_args.bomber)
        source, target = source or target, None
    if kind == "PROTEST" and any(
        c.actor is source and c.first > lo and keys[c.first - lo - 1] == "امام" for c in clause
    ):
        source, target = None, target or source  # وقفة أمام السفارة: the embassy is where, and whom
    if kind == "ASSAULT" and (target is None or target.code == target.country):
        # a bare country or no target gives way to the one a participle names (… مستهدفة دورية)
        target = targeted(clause, keys, lo, last) or target
    if source is not None and answered(keys, first - lo, trig.aspect):
        source = None if any(c.actor is source and c.first < first for c in cands) else source
    if source is None and kind is not None:
        # a passive wound or death with no doer named in its own clause has none: an armed group of an
        # earlier clause is not it (قواته قتلت مسلحين، وأن أحد جنوده أصيب: not the gunmen)
        own = kind == "ASSAULT" and trig.aspect == "passive"
        pool = [c for c in clause if c.first >= barrier] if own else cands
        if answered(keys, first - lo, trig.aspect):  # ردا على الاعتداءات: not the doer of the reply's verb
            source, pool = None, [c for c in pool if c.first > last]
        source = self_reported(tokens, keys, lo, cands, first, trig.aspect)  # أعلن الجيش أنه … وقتل
        if source is None and trig.lemma in NEEDS_VICTIM:  # أعلنت الوزارة "تحييد" مسلحين: its own act
            source = announcer(keys, lo, cands, first)
        source = source or fallback_source(kind, pool, target, first, keys, lo)
    if target is None and kind is not None:
        target = fallback_target(kind, clause, source, last, keys, lo)
    if cameo[:2] == "14":
        source = protester(source)
    elif cameo[:2] in ASSAULT_ROOTS:
        source = armed(source)
    # A sector-only actor takes the country of the event's place (عناصر الشرطة in Baghdad → IRQCOP);
    # not another actor's nationality, which is as often the other side's.
    source, target = localise(source, country), localise(target, country)
    return source, target


def _in_phrase(
    tokens: Sequence[Token], keys: Sequence[str], lo: int, cands: Sequence[Candidate], actor: Actor, last: int
) -> bool:
    """Whether `actor` is the candidate right after a word with ب or ل that follows the trigger ending at
    token `last` (بترحيب السلطات، للانقلاب الحوثي): that word's genitive; the word may stand past one word,
    a VSO subject that names no actor or an adverb (ندد الوزير بقتل الصحفيين: session 30, B2)."""
    return any(
        c.actor is actor
        and c.first in (last + 2, last + 3)
        and c.first < len(tokens)
        and tokens[c.first - 1].prefixes[-1:] in (("ب",), ("ل",))
        and keys[c.first - 1 - lo] not in NOT_PHRASES
        for c in cands
    )


# Stems of ب-words that open no phrase whose genitive is what a trigger is about: باسم "in the name of"
# (المتحدث باسم الجيش "the army's spokesman": the army speaks) and the complementizer بأن (session 30, B2r).
NOT_PHRASES = frozenset({"اسم", "ان"})


# A visit noun after في "on" a verb of arrival (وصل المبعوث إلى بيروت في زيارة "the envoy arrived in Beirut
# on a visit"): the one who arrived is the visitor. Arrival verbs, past and imperfect 3sg m/f and 3pl.
VISIT = "042"
ARRIVALS = frozenset(
    fold(p + v + e)
    for v in ("وصل", "توجه", "قدم")
    for p, e in (("", ""), ("", "ت"), ("", "وا"), ("ي", ""), ("ت", ""))
)
ARRIVAL_REACH = 8  # words between the arrival verb and the visit noun (its destination and time)


def arrived(
    tokens: Sequence[Token],
    all_keys: Sequence[Sequence[str]],
    keys: Sequence[str],
    lo: int,
    cands: Sequence[Candidate],
    first: int,
) -> Actor | None:
    """The visitor of a visit noun at token `first` after في: the subject of an arrival verb (ARRIVALS) at
    most ARRIVAL_REACH words before it, the actor right before the verb (past قد) or right after it."""
    k = first - lo - 1
    if k < 1 or keys[k] != "في":
        return None
    return arrival_subject(tokens, all_keys, keys, lo, cands, k, ARRIVAL_REACH)


# حيث "where" after an arrival (وصل الوزير إلى المدينة، حيث التقى المحافظ "the minister arrived in the city,
# where he met the governor"): the verb after it has the arrival's subject; its words back to the verb.
WHERE_REACH = 16


def arrival_subject(
    tokens: Sequence[Token],
    all_keys: Sequence[Sequence[str]],
    keys: Sequence[str],
    lo: int,
    cands: Sequence[Candidate],
    k: int,
    reach: int,
) -> Actor | None:
    """The subject of the last arrival verb (ARRIVALS, also when the segmenter cut its last letter as a
    pronoun: events_words.verb_listed) at most `reach` words before sentence word `k`: the actor right
    before the verb (past قد) or right after it."""
    window = range(k - 1, max(-1, k - reach - 1), -1)
    verb = next((j for j in window if verb_listed(tokens[lo + j], all_keys[j], ARRIVALS)), None)
    if verb is None:
        return None
    start = verb - (verb > 0 and keys[verb - 1] == "قد")
    subject = next((c for c in cands if c.last == lo + start - 1 and not c.oblique), None)
    subject = subject or next((c for c in cands if c.first == lo + verb + 1 and not c.oblique), None)
    return subject.actor if subject else None


def protested(keys: Sequence[str], i: int, aspect: str, code: str) -> bool:
    """Whether the noun at sentence word i is what a protest is against, right after its purpose accusative
    (تنديدا بالعقوبات، احتجاجا على الاعتقالات، رفضا لـ: events_purpose.PURPOSES); not an attack or protest
    noun, whose sides the fallbacks read."""
    if aspect != "noun" or code[:2] in ASSAULT_ROOTS or code[:2] == "14" or i < 1:
        return False
    return keys[i - 1] in PURPOSES or (i >= 2 and keys[i - 1] == "علي" and keys[i - 2] in PURPOSES)


# Accusations: اتهم X Y بـ "X accused Y of". A definite noun the actors missed between the verb and the one
# actor before ب is the accuser (اتهمت اللجان قوات الدعم السريع بقصف السوق "the committees accused the Rapid
# Support Forces of shelling the market"): the actor is the accused, not the subject.
ACCUSE = "112"


def accused(
    tokens: Sequence[Token],
    keys: Sequence[str],
    lo: int,
    clause: Sequence[Candidate],
    last: int,
    code: str,
    aspect: str,
    source: Actor | None,
    target: Actor | None,
) -> bool:
    """Whether an accusation verb's source, read right after it past one definite word (not a time word
    nor an actor), is the accused: the word between is the accuser and the actor is followed by ب (the
    target read, if any, is in what it is accused of)."""
    if code != ACCUSE or aspect not in ("past", "imperf") or source is None:
        return False
    c = next((c for c in clause if c.actor is source), None)
    if c is None or c.first != last + 2 or c.last + 1 >= lo + len(keys):
        return False
    if target is not None and not any(t.actor is target and t.first > c.last + 1 for t in clause):
        return False
    between = keys[last + 1 - lo]
    if not between.startswith("ال") or between in TIME_WORDS or tokens[last + 1].prefixes:
        return False
    return "ب" in tokens[c.last + 1].prefixes


# ردا على "in response to": an attack noun after it is what the sentence's own act answers (استهدفوا موقعا
# "ردا على الاعتداءات على القرى" "they targeted a post in response to the attacks on the villages"): its
# doer is no one before it, neither the subject nor the object of the reply.
REPLIES = frozenset(fold(w) for w in ("ردا", "رد", "انتقاما"))


def answered(keys: Sequence[str], i: int, aspect: str) -> bool:
    """Whether the noun trigger at sentence word i follows ردا على (REPLIES) or انتقاما لـ."""
    if aspect != "noun" or i < 1:
        return False
    return keys[i - 1] in REPLIES or (i >= 2 and keys[i - 1] == "علي" and keys[i - 2] in REPLIES)


# Relative pronouns (folded): a verb right after one has the noun before it as its subject.
RELATIVES = frozenset(fold(w) for w in ("الذين", "الذي", "التي", "اللذين", "اللتين", "اللواتي", "اللاتي"))
# قام/يقوم ب "carried out, is making" + a masdar after a relative pronoun: the antecedent does the masdar.
PERFORMS = frozenset(fold(w) for w in ("قام", "قامت", "قاموا", "يقوم", "تقوم", "يقومون"))


def relative_subject(
    keys: Sequence[str], lo: int, cands: Sequence[Candidate], first: int, aspect: str
) -> Actor | None:
    """The actor right before a relative pronoun that opens the protest verb at token `first` (مئات
    المحتجين الذين تجمعوا "hundreds of protesters who gathered": the protesters), or a masdar after it and
    قام/يقوم ب (PERFORMS), if any."""
    k = first - lo - 1
    if aspect == "noun" and k >= 2 and keys[k] in PERFORMS:
        k -= 1  # المنفي، الذي يقوم بزيارة إلى الجزائر "who is making a visit": he visits
    elif aspect not in ("past", "imperf"):
        return None
    if k < 1 or keys[k] not in RELATIVES:
        return None
    k -= k >= 2 and keys[k - 1] in COMMAS  # أردوغان، الذي يزور
    return next((c.actor for c in cands if c.last == lo + k - 1), None)


# How far after a meeting verb its مع "with" partner may stand (بحث الرئيس مع نظيره …).
WITH_REACH = 6


def met_with(
    keys: Sequence[str], lo: int, clause: Sequence[Candidate], last: int, source: Actor | None
) -> Actor | None:
    """The actor right after مع within WITH_REACH words of a meeting verb ending at token `last`: the
    other side of the meeting, whatever a topic after it names."""
    for c in clause:
        if not last < c.first <= last + WITH_REACH or c.actor is source:
            continue
        k = c.first - lo - 1
        k -= keys[k].startswith("نظير")  # مع نظيره العراقي X "with his Iraqi counterpart X"
        if keys[k] == "مع":
            return c.actor
    return None


# Slogans and banners (هتافات، شعارات، لافتات): a demand verb after them is the crowd's that carries them.
SLOGANS = frozenset(fold(a + w) for w in ("هتافات", "شعارات", "لافتات") for a in ("", "ال"))


def _victim_before(
    keys: Sequence[str], lo: int, clause: Sequence[Candidate], source: Actor, first: int
) -> bool:
    """Whether the source read is an actor before the trigger at token `first` standing right after أصيب
    "was wounded" (WOUNDED: وأصيب العشرات): a victim, no doer of a later attack. Not after قتل, which may be
    active (قتلت الشرطة المسلح بعدما أطلق النار: he fired)."""
    return any(c.actor is source and c.first < first and preceded(keys, lo, c.first, WOUNDED) for c in clause)


WOUNDED = frozenset(fold(w) for w in ("أصيب", "أصيبت", "اصيب", "اصيبت"))
