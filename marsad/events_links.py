"""Links between the events of one sentence, after the gate: a casualty takes the doer of the attack it
fell in (مقتل خمسة مسلحين في غارة إسرائيلية: the raid's doer killed them) or the attack of its عندما
clause (قتل متظاهران عندما أطلقت قوات الأمن الرصاص: the shooters), and a casualty after a result phrase (…،
ما أدى إلى مقتل ثلاثة جنود) the previous attack's doer, whoever the syntax read; and between consecutive
events, a verb after و with no subject of its own has the one before's (carry_subject), a demand after و
whose one noun is its addressee has the subject of the verb before (addressee), and an act condemned or
rejected is not the condemner's (unblamed). The gate has read every trigger before: this changes roles,
not what it sees.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from marsad.arabic import fold
from marsad.article import Actor, Article, Event, Geo, Token
from marsad.events_codes import ASSAULT_ROOTS, CROWD, Candidate, sector
from marsad.events_lexicon import Trigger
from marsad.events_purpose import CLAUSE_MARKS, PURPOSES
from marsad.events_voice import MARKERS
from marsad.events_words import count_word

__all__ = [
    "Sited",
    "addressee",
    "both_sides",
    "called_on",
    "carry_subject",
    "hosted",
    "met_sides",
    "others",
    "protest_demand",
    "retold",
    "share_attackers",
    "unblamed",
    "where_visited",
]


# How far (words) an attack noun may follow a casualty trigger whose doer it names.
CAUSE_REACH = 8


def share_attackers(
    coded: list[Event],
    found: Sequence[tuple[int, int, Trigger, str]],
    keys: Sequence[str],
    lo: int,
    tokens: Sequence[Token],
) -> list[Event]:
    """A sentence's events, an attack with no source taking the source of the attack it fell in: مقتل خمسة
    مسلحين في غارة إسرائيلية، قتل جنديان بانفجار عبوة زرعها مسلحون (the raid's doer killed them)."""
    out = list(coded)
    for a, (_, a_last, _, a_code) in enumerate(found):
        if a_code[:2] not in ASSAULT_ROOTS:
            continue
        if (earlier := _resulting(found, a, keys, lo)) is not None:
            # …، ما أدى إلى مقتل ثلاثة جنود "which led to the death of three soldiers": the death is the
            # previous attack's doing, whoever the syntax read before it (no one, when it names none)
            out[a] = dataclasses.replace(out[a], source_actor=out[earlier].source_actor)
            continue
        if out[a].source_actor is not None:
            continue
        when = False
        for b in range(a + 1, len(found)):
            b_first, _, _, b_code = found[b]
            when = when or any(keys[k - lo] in WHEN for k in range(a_last + 1, b_first))
            if b_first - a_last > (WHEN_REACH if when else CAUSE_REACH):
                break
            # قتل متظاهران … عندما أطلقت قوات الأمن الرصاص "when the security forces fired": the shooter
            marked = (
                when
                or "ب" in tokens[b_first].prefixes
                or (b_first > lo and keys[b_first - lo - 1] in MARKERS)
            )
            cause = out[b].source_actor
            if b_code[:2] in ASSAULT_ROOTS and marked and cause is not None and cause != out[a].target_actor:
                out[a] = dataclasses.replace(out[a], source_actor=cause)
                break
    return out


# Conjunctions of time that join a casualty to the attack that caused it (قتل متظاهران عندما أطلقت قوات
# الأمن الرصاص), and how far (words) that attack may then be.
WHEN = frozenset(fold(w) for w in ("عندما", "حين", "حينما", "بعدما", "لدى"))
WHEN_REACH = 12
# Phrases of result (ما أدى إلى "which led to", مما أسفر عن "which resulted in") before a casualty noun: as
# folded words ending right before the noun.
RESULTS = (("ادي", "الي"), ("اسفر", "عن"), ("اسفرت", "عن"), ("ادت", "الي"))


def _resulting(
    found: Sequence[tuple[int, int, Trigger, str]], a: int, keys: Sequence[str], lo: int
) -> int | None:
    """The index of the attack before event `a` when a result phrase (RESULTS) joins them (…، ما أدى إلى
    مقتل): the casualty is that attack's doing; else None."""
    first = found[a][0] - lo
    if a == 0 or first < 2 or (keys[first - 2], keys[first - 1]) not in RESULTS:
        return None
    return next((b for b in range(a - 1, -1, -1) if found[b][3][:2] in ASSAULT_ROOTS), None)


# Pronoun suffixes of مع "with" that name the other side of the event before (معهم، معه، معها، معهما).
WITH_PRONOUNS = frozenset({"ه", "ها", "هم", "هما", "هن"})


def carry_subject(
    event: Event, trig: Trigger, token: Token, after: Token | None, after_key: str, previous: Event | None
) -> Event:
    """A verb after و with no source (its subject dropped: استقبل الملك وفدا … وبحث معهم) takes the
    source of the event before it; معهم right after it is the one before's target (the delegation). Only
    for events other than attacks and protests, whose doers events_fallback seeks in the sentence; but any
    verb after و whose source is the object of the event before takes that event's source (اقتحم متظاهرون
    المقر وأضرموا فيه النار: not the headquarters).
    `token`: the trigger's first token; `after`, `after_key`: the token after the trigger and its key."""
    if (
        previous is None
        or previous.source_actor is None
        or trig.aspect not in ("past", "imperf")
        or "و" not in token.prefixes
    ):
        return event
    if event.source_actor == previous.target_actor:
        # اقتحم متظاهرون مقر الحزب وأضرموا فيه النار: the conjoined verb's subject is the one before's, not
        # its object (the party's headquarters), which the syntax read as a subject before the verb
        target = None if event.target_actor == previous.source_actor else event.target_actor
        return dataclasses.replace(event, source_actor=previous.source_actor, target_actor=target)
    if event.source_actor is not None or event.cameo[:2] in ASSAULT_ROOTS or event.cameo[:2] == "14":
        return event
    target = event.target_actor
    if after is not None and after_key == "مع" and after.suffix in WITH_PRONOUNS:
        target = previous.target_actor or target
    if target == previous.source_actor:
        target = None
    return dataclasses.replace(event, source_actor=previous.source_actor, target_actor=target)


def hosted(
    article: Article, event: Event, goal: tuple[int, int, Geo], lo: int, entity_at: dict[int, int]
) -> Event:
    """A visit with no target is to the state of its destination (زيارة … إلى الرياض: SAU hosts it),
    unless the visitor is of that state; `goal`: the destination (events_places.destination)."""
    geo = goal[2]
    source = event.source_actor
    if event.target_actor is not None or geo.country is None or (source and source.country == geo.country):
        return event
    e_index = entity_at[lo + goal[0]]
    entity = article.entities[e_index]
    mention = next((m for m in entity.mentions if m.start >= article.tokens[lo + goal[0]].start), None)
    text = article.text[mention.start : mention.end] if mention else entity.name
    return dataclasses.replace(event, target_actor=Actor(entity.id, text, geo.country, geo.country))


# A sentence's events so far, each with its trigger's first and last token and its lexicon entry.
Sited = tuple[Event, int, int, Trigger]
# Verbs whose object is someone else's act: the condemner did not do what it condemns (وأدان الوزير
# الاعتقالات: not the minister's arrests); انتقد "criticised" too (session 21: the media criticising an attack
# were its doer).
CONDEMN_LEMMAS = frozenset({"أدان", "ندد", "استنكر", "شجب", "رفض", "انتقد"})


def unblamed(
    event: Event,
    trig: Trigger,
    first: int,
    earlier: Sequence[Sited],
    tokens: Sequence[Token],
    keys: Sequence[str],
    lo: int,
    text: str,
) -> Event:
    """An act named by a noun as the object of a verb of condemnation or rejection before it in its clause
    (CONDEMN_LEMMAS: وأدان رئيس الوزراء الاعتقالات), or of an accusative of protest purpose after a verb
    (قطع محتجون الطريق تنديدا باعتقال ناشط), is not the condemner's: a source that is the condemner,
    or any actor between the verb and the noun (the condemner's words), is dropped; the act's own
    complement after it (أدان الوزير غارات الطيران الإسرائيلي) names another and stays."""
    source = event.source_actor
    if trig.aspect != "noun" or source is None:
        return event
    verb = next((s for s in reversed(earlier) if s[3].aspect in ("past", "imperf")), None)
    if verb is None or verb[0].source_actor is None:
        return event
    if verb[3].lemma not in CONDEMN_LEMMAS and not _purpose_object(keys, first - lo):
        return event
    if any(keys[k - lo] in CLAUSE_MARKS for k in range(verb[2] + 1, first)):
        return event
    # the condemner's words come before the noun; the act's own doer after it (a verb whose subject the
    # syntax missed may have taken that doer: أدان الوزير غارات الطيران الإسرائيلي)
    before = text[tokens[lo].start : tokens[first].start]
    between = before[tokens[verb[2]].end - tokens[lo].start :]
    if not source.text or source.text not in before:
        return event
    if not _same(source, verb[0].source_actor) and source.text not in between:
        return event
    return dataclasses.replace(event, source_actor=None)


# Accusatives of protest purpose whose object is the act protested (قطعوا الطريق تنديدا باعتقال ناشط: the
# arrest is not the road blockers'), folded, and the prepositions they take.
PURPOSE_NOUNS = PURPOSES | {fold("استنكارا")}  # events_purpose's, and "in denunciation"
PURPOSE_PREPS = frozenset({"علي", "ضد"})


def _purpose_object(keys: Sequence[str], k: int) -> bool:
    """Whether sentence word k is the object of a purpose accusative (تنديدا ب…، احتجاجا على …)."""
    if k >= 1 and keys[k - 1] in PURPOSE_NOUNS:
        return True
    return k >= 2 and keys[k - 1] in PURPOSE_PREPS and keys[k - 2] in PURPOSE_NOUNS


def _same(a: Actor, b: Actor) -> bool:
    """Whether two actors are one: the same entity, or the same words when either is no entity."""
    if a.entity is not None and b.entity is not None:
        return a.entity == b.entity
    return a.text == b.text


# Demands and appeals whose addressee comes right after the verb (دعا المجتمع الدولي إلى، طالب الحكومة
# ب، حث الأطراف على، ناشد العالم أن), and the words that open that complement.
ADDRESSED_ROOTS = frozenset({"10"})
ADDRESSED_CODES = frozenset({"020"})
COMPLEMENTS = frozenset({"الي", "علي", "ان", "بان"})
# How many words of the addressee's phrase may follow its actor's words before the complement (المجتمع
# الدولي: the actor read may be its first word).
ADDRESSEE_TAIL = 3


def addressee(
    event: Event,
    trig: Trigger,
    first: int,
    last: int,
    tokens: Sequence[Token],
    keys: Sequence[str],
    lo: int,
    text: str,
    earlier: Sequence[Sited],
) -> Event:
    """A demand or appeal verb after و (ودعا، وطالب، وحث، وناشد) with one noun phrase between it and its
    complement (إلى، على، أن، ب…) when a verb before it in the sentence has a subject, of the same gender:
    that subject is the dropped subject of this verb too, and the phrase is its addressee (وأدان الوزير
    الهجوم، ودعا المجتمع الدولي إلى التدخل: the minister called on the international community; the
    syntax read the community as the caller)."""
    source = event.source_actor
    if (
        source is None
        or event.target_actor is not None
        or "و" not in tokens[first].prefixes
        or trig.aspect != "past"
        or not (event.cameo[:2] in ADDRESSED_ROOTS or event.cameo in ADDRESSED_CODES)
    ):
        return event
    verb = next(
        (s for s in reversed(earlier) if s[3].aspect in ("past", "imperf") and s[0].source_actor is not None),
        None,
    )
    if verb is None or _feminine(keys[verb[1] - lo]) != _feminine(keys[first - lo]):
        return event
    # the source's words start right after the verb, and the complement follows within ADDRESSEE_TAIL words
    if (
        last + 1 >= lo + len(keys)
        or not source.text
        or not text.startswith(source.text, tokens[last + 1].start)
    ):
        return event
    end = tokens[last + 1].start + len(source.text)
    k = last + 1
    while k < lo + len(keys) and tokens[k].end <= end:
        k += 1
    for j in range(k, min(k + ADDRESSEE_TAIL, lo + len(keys))):
        if keys[j - lo] in CLAUSE_MARKS:
            return event
        if keys[j - lo] in COMPLEMENTS or "ب" in tokens[j].prefixes:
            return dataclasses.replace(event, source_actor=verb[0].source_actor, target_actor=source)
    return event


def _feminine(key: str) -> bool:
    """Whether a past verb's key is feminine singular (أدانت، دعت)."""
    return key.endswith("ت")


# A dual subject that names the two sides of an event already told (التقى الوزير نظيره …، كما وقع الجانبان
# مذكرة "and the two sides signed a memorandum"): الجانبان "the two sides", الطرفان "the two parties",
# البلدان "the two countries", the nominative dual a VSO subject takes right after its verb.
# Also the dual of a title (الزعيمان "the two leaders", الرئيسان، الوزيران، الملكان، القائدان): the two
# who met (التقى الملك الرئيس … وبحث الزعيمان تطورات الأوضاع).
BOTH_SIDES = frozenset(
    fold(w)
    for w in ("الجانبان", "الطرفان", "البلدان", "الزعيمان", "الرئيسان", "الوزيران", "الملكان", "القائدان")
)


# The same duals as a subject before a dual verb (أن الوزيرين بحثا "that the two ministers discussed"; the
# accusative after أن/إن).
BOTH_SIDES_BEFORE = BOTH_SIDES | {w[:-2] + "ين" for w in BOTH_SIDES}


def both_sides(
    event: Event, trig: Trigger, after_key: str, previous: Event | None, before_key: str = ""
) -> Event:
    """A verb whose subject right after it is الجانبان (BOTH_SIDES), or a dual verb right after one
    (BOTH_SIDES_BEFORE), has the two sides of the event before (its source and target), in that order; a
    source read there is the dual itself (الوزيران is an agent, GOV), which the two sides name."""
    lemma = fold(trig.lemma)
    dual = trig.aspect == "past" and not lemma.endswith("ا") and trig.words[0] == lemma + "ا"
    if (
        not (after_key in BOTH_SIDES or (dual and before_key in BOTH_SIDES_BEFORE))
        or trig.aspect not in ("past", "imperf")
        or previous is None
        or previous.source_actor is None
        or previous.target_actor is None
    ):
        return event
    return dataclasses.replace(event, source_actor=previous.source_actor, target_actor=previous.target_actor)


# A meeting's codes (040 consult, 042 visit, 043 host, 044 meet elsewhere, 046 negotiate): a verb after و
# right after one is what the two who met did next.
MEETING_ROOT = "04"


def met_sides(
    event: Event, trig: Trigger, token: Token, after: Token | None, after_key: str, previous: Event | None
) -> Event:
    """A verb after و that follows a meeting with both sides (استقبل الوزير السفير، وبحثا "and the two
    discussed"; التقى الرئيس القائد، وبحث معه "and he discussed with him") has the meeting's sides: a dual
    verb (بحثا) has the two who met, a verb with its subject dropped before معه "with him" the host and his
    guest. An actor read after it is its topic (التحالف، الأوضاع السياسية), not its subject. Not for
    attacks or protests."""
    if (
        previous is None
        or not previous.cameo.startswith(MEETING_ROOT)
        or previous.source_actor is None
        or previous.target_actor is None
        or trig.aspect not in ("past", "imperf")
        or "و" not in token.prefixes
        or event.cameo[:2] in ASSAULT_ROOTS
        or event.cameo[:2] == "14"
    ):
        return event
    lemma = fold(trig.lemma)
    dual = trig.aspect == "past" and not lemma.endswith("ا") and trig.words[0] == lemma + "ا"
    if not dual and not (after is not None and after_key == "مع" and after.suffix in WITH_PRONOUNS):
        return event
    return dataclasses.replace(event, source_actor=previous.source_actor, target_actor=previous.target_actor)


# After a visit, a verb opening a حيث "where" clause is the visitor's (زار الوزير المدينة، حيث التقى المحافظ
# "the minister visited the city, where he met the governor"): the actor after it is its object. So is a
# verb with خلالها "during it" after the visit noun (في زيارة التقى خلالها رئيس البرلمان "on a visit during
# which he met the speaker").
VISIT_CODE = "042"
DURING = "خلال"


def where_visited(
    event: Event, before: str, previous: Event | None, after: str = "", arrival: Actor | None = None
) -> Event:
    """An event right after حيث (`before`: the key of the word before its trigger) or before خلالها
    (`after`: the key of the word after it), with a source and no target, that follows a visit: the
    visitor is its source, the actor read as its subject its target. With no visit before, an event right
    after حيث whose trigger has no object pronoun takes the subject of an arrival before it (`arrival`:
    events_sides.arrival_subject; وصل الوزير إلى المدينة، حيث التقى المحافظ): he met, the governor was met;
    not an attack or a protest, whose doers the attack rules read."""
    arrived = arrival is not None and event.cameo[:2] not in ASSAULT_ROOTS and event.cameo[:2] != "14"
    if before == "حيث" and arrived and (previous is None or not previous.cameo.startswith(VISIT_CODE)):
        target = event.target_actor or event.source_actor
        return dataclasses.replace(
            event, source_actor=arrival, target_actor=None if target == arrival else target
        )
    if (
        (before != "حيث" and after != DURING)
        or previous is None
        or not previous.cameo.startswith(VISIT_CODE)
        or previous.source_actor is None
        or event.target_actor is not None
    ):
        return event
    return dataclasses.replace(event, source_actor=previous.source_actor, target_actor=event.source_actor)


# مطالبة "called upon" with no proclitic, right after the subject of a nominal sentence and before ب (إن
# الحكومة مطالبة بكشف الحقائق "the government is called upon to disclose the facts"): the passive participle,
# not the masdar: the subject is whom the demand is made of, its maker unnamed. The subject opens the
# sentence or follows إن/أن/لكن or a copula; after a verb the word is the masdar (جددت الحركة مطالبة
# الحكومة بـ "the movement renewed its demand of the government").
CALLED_ON = fold("مطالبة")
NOMINAL_OPENERS = frozenset(
    fold(w)
    for w in (
        "إن",
        "أن",
        "لكن",
        "لأن",
        "بات",
        "باتت",
        "أصبح",
        "أصبحت",
        "ظل",
        "ظلت",
        "يبقى",
        "تبقى",
        "كان",
        "كانت",
    )
)


def called_on(
    event: Event,
    first: int,
    tokens: Sequence[Token],
    keys: Sequence[str],
    lo: int,
    cands: Sequence[Candidate],
) -> Event:
    """A demand (10) whose trigger at token `first` is CALLED_ON as a predicate: its subject before it is
    the target, the source unnamed."""
    k = first - lo
    if (
        not event.cameo.startswith("10")
        or keys[k] != CALLED_ON
        or tokens[first].prefixes
        or k + 1 >= len(keys)
        or "ب" not in tokens[first + 1].prefixes
    ):
        return event
    subject = next((c for c in cands if c.last == first - 1 and not c.oblique), None)
    if subject is None or not (subject.first == lo or keys[subject.first - lo - 1] in NOMINAL_OPENERS):
        return event
    return dataclasses.replace(event, source_actor=None, target_actor=subject.actor)


def retold(trig: Trigger, key: str, code: str, told: frozenset[str]) -> bool:
    """Whether a definite event noun (الغارة "the raid", الهجوم) names an event of a kind an earlier
    sentence of the article already told (`told`: their codes' roots): a re-mention (وقال المتحدث إن
    "الغارة جاءت بناء على معلومات" after the raid was reported), no new event; its speaker is no doer."""
    return trig.aspect == "noun" and key.startswith("ال") and code[:2] in told


def protest_demand(
    event: Event, trig: Trigger, token: Token, previous: Event | None, slogans: bool = False
) -> Event:
    """A demand masdar of purpose (للمطالبة "to demand", ل + a 10 noun) right after a protest has the
    protesters as its source (تجمعوا أمام البرلمان للمطالبة بالإفراج: not the parliament); so has an
    imperfect demand verb right after slogans (`slogans`: خرجوا في مسيرة … مرددين شعارات تطالب بوقف الحرب)."""
    purpose = trig.aspect == "noun" and "ل" in token.prefixes
    if (
        previous is None
        or not previous.cameo.startswith("14")
        or previous.source_actor is None
        or not event.cameo.startswith("10")
        or not (purpose or (slogans and trig.aspect == "imperf"))
    ):
        return event
    target = None if event.target_actor == previous.source_actor else event.target_actor
    return dataclasses.replace(event, source_actor=previous.source_actor, target_actor=target)


# آخرون "others" after a count (وأصيب خمسة آخرون "and five others were wounded"): more of the victims the
# casualty before named, whatever actor the syntax read after it.
OTHERS = frozenset(fold(w) for w in ("آخرون", "آخرين", "أخريات", "آخران", "آخرين"))


def others(event: Event, keys: Sequence[str], after: int, previous: Event | None) -> Event:
    """An attack whose trigger is followed (sentence word `after`) by OTHERS, or a count and OTHERS, takes
    the target of the attack before it in the sentence; another actor it had read as target (not a crowd)
    is its doer."""
    if (
        previous is None
        or previous.target_actor is None
        or previous.cameo[:2] not in ASSAULT_ROOTS
        or event.cameo[:2] not in ASSAULT_ROOTS
        or after >= len(keys)
        or not (
            keys[after] in OTHERS  # وأصيب آخرون "and others were wounded"
            or (after + 1 < len(keys) and keys[after + 1] in OTHERS and count_word(keys[after]))
        )
    ):
        return event
    source, old, victims = event.source_actor, event.target_actor, previous.target_actor
    if source is None or source == victims:  # the victims are no doers of their wounds
        source = previous.source_actor
        if old is not None and old != victims and sector(old) not in CROWD:
            source = old  # وأصيب خمسة آخرون في هجوم شنه مسلحون: the gunmen attacked
    return dataclasses.replace(event, source_actor=source, target_actor=victims)
