"""Event arguments: the actors a sentence names, and which of them is an event's source and target.

Actor candidates: marsad.events_actors (find_actors, re-exported here).

Roles, by the trigger's aspect and frame (lexicons/event_triggers_hand.tsv):
  verb, VSO:  an actor right after the verb is its subject (هاجم مسلحون مركزا: source مسلحون), never
              one after a preposition (طالب بالإفراج عن المعتقلين); the next actor, or one after
              على/ضد/ب, is the target.
  verb, SVO:  otherwise an actor just before the verb, with no other verb or reporting verb between,
              is the subject (الجيش السوري قصف …) and the first actor after is the target.
  passive:    the actor after the verb is the target (اغتيل X); من قبل/على يد introduce the source.
  noun:       obj-frame nouns take their genitive as the target (مقتل X، اغتيال X); agent-frame nouns as
              the source (تظاهرة الطلاب، هجوم إسرائيلي), and so do attack nouns (DOER_NOUNS: هجمات
              الإرهابيين); على/ضد mark the target of both. A noun with no doer before it takes the subject
              of a قام up to PERFORM_WINDOW words back (قام X بتفجير). After تم the noun is passive: its
              object is the genitive, else the subject of تم (مخابئ المسلحين، تم تدميرها). A noun
              followed by شنها/نفذها "launched it" takes the actor after that verb as its source and the
              one after على, else the one before the noun, as its target (مقتل عناصر من X بغارات شنها
              الطيران: the air force hit X). A demand noun (CAMEO 10) left with no doer is its clause's
              purpose, done by the clause's first actor (تظاهر الآلاف … للمطالبة بالإصلاح); so is one
              with a ل proclitic, whatever actor stands before it (أمام مبنى البلدية للمطالبة).
  undergone:  after تعرض لـ "came under" or نجا من "survived", the verb's subject is the target (تعرضت
              القوات الأميركية لهجوم); the agent (على أيدي، من قبل) is the source. A noun marked by لـ or
              من may sit up to EXPERIENCER_REACH words after the verb, past commas (نجا القائد، أمس، من …).
A genitive (or VSO subject) right after a trigger and followed by ل + X is the doer and X the object
(دعم المملكة لجهود الأمم المتحدة, the masdar unvowelled like its verb; قدمت السعودية للعراق); so is a
masdar's genitive that can act followed by an agent phrase in the accusative (اعتقال الشرطة ثلاثة صحفيين:
the police arrest, the journalists are arrested; a name there is in apposition). The genitive's rules are
marsad.events_genitive's.
A pronoun suffix on a verb (قتلهم) is its object, so the actor after it is the subject; one on the أن before
a verb is its subject (أعلنت تركيا أنها تدعم الحكومة: source تركيا, the actor after the verb the object).
A passive with no victim after it takes the one before (ثلاثة عراقيين قتلوا).
An agent phrase after a past attack verb makes it passive whatever its spelling (خطف الطبيب على يد مسلحين:
source مسلحون, target the subject before the verb, else the actor after it). A bare nationality not right
after a verb is the adjective of the noun before it, never the verb's subject (تدعم وحدة الأراضي السورية:
SYR is the object). A past verb right after an attack noun is its relative clause (تفجير استهدف دوريته:
the bombing targeted; the actor before is whom it hit). A VSO object may stand WINDOW words past a long
subject, not past a comma (استقبل رئيس الوزراء الأردني سامر الحداد في عمان وفدا …). قام/يقوم (بها)
after a noun names its doer (زيارة يقوم بها ولي عهد أبوظبي). Two actors side by side are coordinated
only with و on the second (اتهمت قوات الدعم السريع الجيش بقصف: the army shelled).
An attack noun's adjective right after it (a nationality, an armed sector: قصف مدفعي، قصف إسرائيلي) and an
armed actor in ل past its adjectives (قصف مدفعي لقوات النظام "by the regime's forces") are its doer; a
reporter before فتح/بدء/إجراء + a masdar, or of an agreement, a consultation or cooperation (roots 03-06:
أعلنت الحكومة التوصل إلى اتفاق), does it (أعلنت الوزارة فتح تحقيق); برصاص/بنيران X names an attack's
doer X; a consultation's topic (بحث العلاقات وتطورات القضية الفلسطينية) is no party to it. A VSO object may
stand past a time phrase between commas (events_spans.comma_between).
A past attack verb with no object reads passive too: a subject before the verb and, right after it,
a conjunction, a cause, an instrument or a clause's end (مقاتل قتل بعدما …، جرح برصاص قناص), or an attack
the victim fell in (events_voice); that subject may stand before an inserted phrase (بوتو، الوزيرة
السابقة، قد قتلت). A prepositional phrase (للحرس الثوري) is never the verb's subject.
Codes (marsad.events_codes): the nationality words include peoples and the foreign (الأكراد → KUR,
أجانب → INT); a force noun takes the sector of the agent after it (قوات الدرك → COP); after roles
(stages/events.py) a protest's sector-less source is CVL (`protester`), an attack's source named by a
nationality alone is that state's military (`armed`: غارة إسرائيلية → ISRMIL), and a sector-only actor
takes the event's country (`localise`: الشرطة in Baghdad → IRQCOP).
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.arabic import fold
from marsad.article import Actor
from marsad.events_actors import find_actors
from marsad.events_codes import (  # Candidate, localise, armed, protester, bomber: re-exported
    ASSAULT_ROOTS,
    Candidate,
    armed,
    bomber,
    localise,
    protester,
    sector,
)
from marsad.events_doers import (  # preceded, counted, place_like, REPORTING: re-exported
    BEFORE,
    LIGHT_MASDARS,
    NOT_ARGUMENT,
    OWN_ACTS,
    PASSIVE_AUX,
    REPORTING,
    agent_after,
    aux_subject,
    counted,
    launcher_of,
    partitive,
    performed_by,
    performer_of,
    place_like,
    preceded,
    reporter_of,
)
from marsad.events_genitive import (
    doer_genitive,
    giver_after,
    lam_doer,
    lam_group,
    lam_object,
    object_after,
    received,
)
from marsad.events_lexicon import Trigger
from marsad.events_spans import COMMAS, after_target_prep, apposed, comma_between, crowd_of
from marsad.events_voice import ATTACK_NOUNS, MARKERS, falls_in_attack, no_object, wounded_next

__all__ = ["REPORTING", "Candidate", "armed", "assign", "bomber", "counted", "find_actors", "localise"]
__all__ += ["place_like", "preceded", "protester"]

# Prepositions (separate words) that introduce an event's target: على "on", ضد "against".
TARGET_PREPS = frozenset({"علي", "ضد"})
WITH = frozenset({"مع"})
# Verbs whose subject undergoes the event named after them: تعرض لـ "was subjected to" (تعرضت القوات
# الأميركية لهجوم: the forces are the target), نجا من "survived" (نجا القائد من محاولة اغتيال).
EXPERIENCERS = frozenset(
    fold(p + v + s)
    for v, forms in (("تعرض", ("", "ت", "وا", "ا", "تا")), ("نجا", ("",)), ("نج", ("ت", "وا", "يا")))
    for s in forms
    for p in ("",)
) | frozenset(fold(w) for w in ("يتعرض", "تتعرض", "يتعرضون", "ينجو", "تنجو", "ينجون"))
EXPERIENCER_WINDOW = 4  # words between such a verb and the event noun (تعرض موكب الوزير لانفجار)
EXPERIENCER_REACH = 12  # the same when the noun is marked by لـ or من (see stages/events.py)
WINDOW = 8  # tokens after a trigger searched for its arguments


def _nisba(keys: Sequence[str], lo: int, cand: Candidate, last: int) -> bool:
    """Whether a bare nationality after a verb (not right after it, not counted) is the adjective of the
    noun before it (تدعم وحدة الأراضي السورية "supports the unity of the Syrian lands"): no subject."""
    actor = cand.actor
    bare = actor.entity is None and actor.code is not None and actor.code == actor.country
    return (
        bare
        and cand.first > last + 1
        and not counted(keys, lo, cand)
        and keys[cand.first - lo - 1] not in COMMAS
    )


# Words ending in ون that are no plurals (مليون "million", قانون "law" …): never a plural subject.
_NOT_PLURALS = frozenset(fold(w) for w in ("مليون", "قانون", "تلفزيون", "كانون", "صالون", "زيتون", "عربون"))


def _plural_subject(keys: Sequence[str], lo: int, last: int, cands: Sequence[Candidate]) -> bool:
    """Whether the word right after a verb ending at token `last` is a bare masculine sound plural in the
    nominative (منتقدون، مراقبون) that no actor candidate covers: the verb's subject, unnamed."""
    k = last + 1 - lo
    if k >= len(keys) or any(c.first <= last + 1 <= c.last for c in cands):
        return False
    word = keys[k]
    return word.endswith("ون") and len(word) >= 5 and not word.startswith("ال") and word not in _NOT_PLURALS


def _first_conjunct(cands: Sequence[Candidate], subject: Candidate | None) -> Candidate | None:
    """The first of two coordinated subjects right before a verb (الولايات المتحدة وبريطانيا قد شنتا: the
    dual's subject is both; an event has one source, the first named), else the subject itself."""
    if subject is None:
        return None
    if not subject.conjoined:
        return subject  # no و: not coordinated (اتهمت قوات الدعم السريع الجيش بقصف: الجيش is the doer)
    head = next((c for c in cands if c.last == subject.first - 1 and not c.oblique), None)
    return head if head is not None and head.actor.code and subject.actor.code else subject


def assign(
    trig: Trigger,
    first: int,
    last: int,
    has_object_suffix: bool,
    keys: Sequence[str],
    lo: int,
    cands: Sequence[Candidate],
    barrier: int,
    experiencer: int | None = None,
    prefixes: Sequence[str] = (),
    pronoun: Candidate | None = None,
    lam: frozenset[int] = frozenset(),
) -> tuple[Actor | None, Actor | None]:
    """(source, target) of the trigger spanning tokens first..last; `barrier`: no SVO subject before it;
    `experiencer`: the token of an EXPERIENCERS verb governing the trigger, whose subject is the target;
    `prefixes`: the trigger's proclitics (ل: a demand noun of purpose); `pronoun`: the antecedent of a
    subject pronoun on the أن before the verb (أعلنت تركيا أنها تدعم X: تركيا does, X undergoes); `lam`:
    the tokens after the trigger that carry a ل proclitic (a masdar's object: دعم المملكة لجهود X)."""
    after = [c for c in cands if last < c.first <= last + WINDOW and not place_like(keys, lo, c)]
    prep = next(
        (
            c
            for c in cands
            if last < c.first <= last + 2 * WINDOW and after_target_prep(keys, lo, c.first, TARGET_PREPS)
        ),
        None,
    )
    before = [c for c in cands if barrier <= c.first and c.last < first and first - c.last <= BEFORE]
    subject_before = (
        before[-1] if before and not place_like(keys, lo, before[-1]) and not before[-1].oblique else None
    )
    agent = agent_after(keys, lo, cands, last + 1, trig.cameo[:2] in ASSAULT_ROOTS)
    # مع "with": the other side of a clash or a meeting, never the verb's subject (واشتبكت مع مقاومين)
    partner = next((c for c in after if preceded(keys, lo, c.first, WITH)), None)
    direct = [c for c in after if c is not prep and c is not agent and c is not partner]
    prep = prep or (partner if trig.frame == "intr" else None)
    source: Candidate | None = None
    target: Candidate | None = None
    counted_after = bool(direct) and direct[0].first <= last + 3 and counted(keys, lo, direct[0])
    adjacent_object = bool(direct) and direct[0].first <= last + 2
    if pronoun is not None and subject_before is None and trig.aspect in ("past", "imperf"):
        # أنها تدعم الحكومة: the verb's subject is the pronoun, so an actor after it is its object
        target = prep or (direct[0] if direct and trig.frame == "obj" else None)
        return pronoun.actor, (target.actor if target and target is not pronoun else None)
    if experiencer is not None:
        return _undergone(trig, first, last, keys, lo, cands, barrier, experiencer, agent, direct)
    if trig.aspect == "past" and trig.cameo[:2] in ASSAULT_ROOTS and trig.frame == "obj":
        # the subject of a passive may stand before an inserted phrase (X، Y، قتل), read only for one: an
        # active verb after such a phrase usually has its subject after it (…، قتلت قوات الأمن واحدا)
        undergoer = subject_before or (apposed(keys, lo, cands, first, barrier) if not before else None)
        if agent is not None and not has_object_suffix:
            # an agent phrase makes the verb passive (خطف من منزله على يد مسلحين): its victim is the
            # subject before it, else the actor after it
            victim = undergoer or (direct[0] if direct else None)
            return agent.actor, (victim.actor if victim else None)
        if counted_after and not has_object_suffix:
            return (agent.actor if agent else None), direct[0].actor  # قتل سبعة أشخاص: passive
        if adjacent_object and not has_object_suffix and wounded_next(keys, direct[0].last + 1 - lo):
            # قتل متظاهران وأصيب العشرات "two protesters were killed and dozens wounded": coordinated with
            # a passive, the verb is passive and the actor after it its victim
            return (agent.actor if agent else None), direct[0].actor
        # مقاتل قتل بعدما …، الجندي جرح برصاص قناص، بوتو قتلت في هجوم انتحاري: no object, passive
        if (
            undergoer is not None
            and len(trig.words) == 1
            and not has_object_suffix
            and (no_object(keys, last + 1 - lo) or falls_in_attack(keys, last + 1 - lo))
        ):
            return (agent.actor if agent else None), undergoer.actor
        near = direct[0] if direct and direct[0].first <= last + 3 else None
        victim, end = (near, near.last) if near else (subject_before, last)
        if victim and len(trig.words) == 1 and not has_object_suffix and falls_in_attack(keys, end + 1 - lo):
            # جرح الوزير في تفجير، جنديان قتلا بانفجار: passive (marsad.events_voice)
            return (agent.actor if agent else None), victim.actor
        if subject_before is not None and counted(keys, lo, subject_before) and not adjacent_object:
            # ثلاثة جنود قتلوا، خمسة أشخاص قتلوا وأصيب تسعة في هجوم انتحاري: passive; an actor further on
            # (the attack's bomber) is not the verb's object
            return (agent.actor if agent else None), subject_before.actor
    if trig.aspect == "passive":
        # VSO (قتل ثلاثة عراقيين) or SVO (ثلاثة عراقيين قتلوا): the victim after the verb, else before it
        target = direct[0] if direct else prep or subject_before
        source = agent
    elif trig.aspect == "noun":
        genitive = direct[0] if direct and direct[0].first <= last + 2 else None
        if genitive and genitive.oblique and genitive.first not in lam and trig.cameo[:2] in ASSAULT_ROOTS:
            genitive = None  # عبوة ناسفة بآلية عسكرية: after ب, what the bomb hit or where, not its doer
        if (
            genitive is None
            and direct
            and trig.cameo[:2] in ASSAULT_ROOTS
            and partitive(keys, lo, last, direct[0])
        ):
            genitive = direct[0]  # مقتل سبعة عناصر من قوات النظام: the force the killed belonged to
        # counted civilians before an attack noun are its casualties (أصيب ستة أشخاص في هجوم انتحاري), not
        # its doers; counted soldiers may be (خمسة جنود نفذوا الهجوم)
        # للمطالبة "in order to demand": a purpose, whose doer is the clause's subject (see below), not
        # the actor right before it (تظاهروا أمام مبنى البلدية للمطالبة: not the town hall)
        purpose = "ل" in prefixes and trig.cameo[:2] == "10"
        # أعلنت الوزارة فتح تحقيق "the ministry announced opening an inquiry": after a masdar of doing
        # (LIGHT_MASDARS) the reporter announces its own act
        own = preceded(keys, lo, first, LIGHT_MASDARS) or trig.cameo[:2] in OWN_ACTS
        reporter = reporter_of(keys, lo, subject_before) and not own
        doer = None if purpose or reporter else subject_before
        attack = trig.cameo[:2] in ASSAULT_ROOTS
        if doer is not None and first > lo and keys[first - lo - 1] in MARKERS and attack:
            doer = None  # مقتل خمسة مسلحين في غارة: the actor before في + an attack fell in it
        if doer is not None and attack and counted(keys, lo, doer):
            doer = None if sector(doer.actor) == "CVL" else doer
        if doer is None and not purpose:
            doer = performer_of(keys, lo, cands, first)
        launcher = launcher_of(keys, lo, cands, last) or (
            (lam_doer(lam, after, keys, lo, last) or lam_group(cands, keys, lo, first, last, lam))
            if attack
            else None
        )
        if (performer := performed_by(keys, lo, cands, last)) is not None:
            # زيارة يقوم بها ولي عهد أبوظبي "a visit the crown prince is making": he makes it
            source, target = performer, prep
        elif launcher is not None:
            # غارات شنها طيران التحالف على مواقع …: the actor after شنها launched them, the one after على
            # was hit; with none there, the actor before the noun (مقتل 12 عنصرا من داعش بغارات شنها …)
            source, target = launcher, prep or subject_before
        elif trig.frame == "obj" and first > lo and keys[first - lo - 1] in PASSIVE_AUX:
            # تم تدميرها "they were destroyed": the masdar after تم is passive, its object the genitive or
            # (a pronoun: ها) the subject of تم before it, past a comma (مخابئ المتمردين في كابال، تم …)
            target = genitive or prep or aux_subject(keys, lo, cands, first - 1)
            source = agent
        elif (
            trig.frame == "obj"
            and genitive
            and (undergoer := lam_object(cands, genitive, lam) or object_after(direct, genitive, keys, lo))
        ):
            # دعم المملكة لجهود الأمم المتحدة: with ل + X after it, a masdar's genitive is its doer, X its
            # object (the verb's object takes ل after a masdar that has its subject); so is one followed
            # by an accusative object (اعتقال الشرطة ثلاثة صحفيين: events_genitive.object_after)
            source, target = genitive, undergoer
        elif trig.frame == "obj" and not (genitive and doer_genitive(keys, lo, first, last, genitive)):
            target = genitive or prep
            source = agent or doer
        else:
            source = genitive or agent or doer
            target = prep
    elif _plural_subject(keys, lo, last, cands) and not has_object_suffix:
        # يتهم منتقدون الرئيس "critics accuse the president": a nominative plural right after the verb that
        # names no actor is its subject; the actor after it is the object, not a VSO subject (session 29, E2)
        objects = [c for c in direct if c.first > last + 1]
        target = prep or (objects[0] if objects and trig.frame == "obj" else None)
    else:
        adjacent = direct[0] if direct and direct[0].first <= last + 3 and not direct[0].oblique else None
        if (
            adjacent is not None
            and preceded(keys, lo, adjacent.first, NOT_ARGUMENT)
            and not crowd_of(trig, keys, lo, adjacent)
        ):
            adjacent = None  # طالب بالإفراج عن المعتقلين: after a preposition, no VSO subject
        if adjacent is not None and _nisba(keys, lo, adjacent, last):
            adjacent = None  # تدعم وحدة الأراضي السورية: the adjective of a noun, which is the object
        given = lam_object(cands, adjacent, lam) if adjacent and adjacent.first == last + 1 else None
        if given is not None and trig.frame == "obj":
            # دعم المملكة لجهود X (unvowelled, the masdar reads as the verb), قدمت السعودية للعراق: the actor
            # right after is the doer, the one after its ل the object or recipient
            source, target = adjacent, given
        elif adjacent and (has_object_suffix or not subject_before or trig.frame == "intr"):
            source = adjacent  # VSO: the verb's subject follows it
            # the object within WINDOW words of the subject's end, past a place (استقبل رئيس الوزراء
            # الأردني سامر الحداد في عمان وفدا من رجال الأعمال: the delegation)
            rest = [
                c
                for c in cands
                if adjacent.last < c.first <= adjacent.last + WINDOW
                and c is not prep
                and c is not agent
                and not place_like(keys, lo, c)
                and not comma_between(keys, lo, adjacent.last + 1, c.first)
            ]
            target = prep or (rest[0] if rest and trig.frame == "obj" else None)
        elif first > lo and keys[first - lo - 1] in ATTACK_NOUNS and trig.aspect == "past":
            # جرح شرطي في تفجير استهدف دوريته: the verb after an indefinite attack noun describes it (a
            # relative clause), its subject the attack; the actor before is whom (whose patrol) it hit
            source = None
            target = prep or (direct[0] if direct and trig.frame == "obj" else subject_before)
        else:
            source = _first_conjunct(cands, subject_before)
            # بحث الجانبان العلاقات وتطورات القضية الفلسطينية: the topic of a consultation is no party to it,
            # and a bare nationality further on describes a noun of the topic (تدعم وحدة الأراضي السورية: the
            # nationality stays the object of support)
            consult = trig.cameo[:2] == "04"
            objects = [c for c in direct if not (consult and _nisba(keys, lo, c, last))]
            target = prep or (objects[0] if objects and trig.frame == "obj" else None)
    given = direct[0] if direct and direct[0].first <= last + 2 and not direct[0].oblique else None
    if trig.aspect == "noun" and given is not None and received(keys, lo, first, trig.cameo):
        # يحظى الرئيس بدعم الجيش "enjoys the army's support": after a verb of receiving, the genitive
        # gives (session 30, M4)
        source, target = given, (None if target is given else target)
    if trig.aspect == "noun" and (giver := giver_after(cands, keys, lo, last, trig.cameo)) is not None:
        # بدعم وإسناد من الحلفاء "with the allies' support and backing": its giver after من (M3)
        source, target = giver, (None if target is giver else target)
    if source is None and trig.aspect == "noun" and trig.cameo[:2] == "10":
        # تظاهر المئات أمام مبنى المحافظة للمطالبة بـ …: a demand noun with no doer of its own is the
        # purpose of its clause, whose subject demands; the clause's first actor, however far
        source = next(
            (c for c in cands if barrier <= c.first and c.last < first and not c.oblique and c is not target),
            None,
        )
        source = None if source is not None and place_like(keys, lo, source) else source
    if source is not None and target is not None and source.first == target.first:
        target = None
    return (source.actor if source else None, target.actor if target else None)


def _undergone(
    trig: Trigger,
    first: int,
    last: int,
    keys: Sequence[str],
    lo: int,
    cands: Sequence[Candidate],
    barrier: int,
    experiencer: int,
    agent: Candidate | None,
    direct: Sequence[Candidate],
) -> tuple[Actor | None, Actor | None]:
    """(source, target) of an event undergone (تعرض لـ، نجا من): the verb's subject, after it (VSO: تعرضت
    قافلة الملك لإطلاق نار) or before it (SVO: القوات الأميركية تعرضت لهجوم), is the target; the source is
    the agent (على أيدي مسلحين) or, for an agent-frame noun, the actor right after it (لهجوم إسرائيلي)."""
    between = [c for c in cands if experiencer < c.first and c.last < first]
    before = [
        c for c in cands if barrier <= c.first and c.last < experiencer and experiencer - c.last <= BEFORE
    ]
    target = (
        between[0] if between else before[-1] if before and not place_like(keys, lo, before[-1]) else None
    )
    source = agent
    if source is None and trig.frame != "obj" and direct and direct[0].first <= last + 2:
        source = direct[0]
    if source is not None and target is not None and source.first == target.first:
        source = None
    return (source.actor if source else None, target.actor if target else None)
