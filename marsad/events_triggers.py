"""The triggers a sentence asserts as done: the events stage's matching and modality steps
(marsad.stages.events, cascade steps 1 and 2), in two halves around its gate.

Before the gate (`asserted`), what changes the gate's candidates: each word's longest trigger
(events_match.match), less the homographs and senses that are no event (a student طالب, a closure with no
protest purpose, تحييد with no victim, an attack's instrument, no_event's senses), negated, hypothetical,
feared, planned or aimed triggers (events_modality), and a threat's or demand's object, which gives the
governing trigger its code; a crowd word (WEAK_LEMMAS) stands for its protest only when no other protest
trigger is found. After the gate (`told_as_done`), what the gate reads with the whole sentence but the
sentence does not tell as done: an old, anniversary or time-anchor attack (events_background), what is called
necessary, an attack foiled, defused, trained for or purposed, a verb after إن and the purpose of a
negated copula's noun (events_modality). Session 17 measured the background cues before the gate too
(ASSAULT cv5 0.655 -> 0.649: the refit moved other rows), so each cue sits on the side it was measured on.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from marsad.article import Token
from marsad.events_background import avenged, background, described
from marsad.events_codes import ASSAULT_ROOTS
from marsad.events_courts import NEEDS_COURT, PRETEXT_LEMMAS, pretext, sentenced
from marsad.events_lexicon import Trigger
from marsad.events_match import (
    NEEDS_FIRE,
    NEEDS_VICTIM,
    agent_noun,
    fired_after,
    match,
    no_event,
    victim_after,
)
from marsad.events_modality import (
    AIM_CHAIN,
    GOVERNORS,
    MODAL_WINDOW,
    ability,
    after_inna,
    aimed,
    anonymous,
    called,
    demanded_too,
    denied_charge,
    found_after,
    govern,
    hoped_result,
    necessary,
    negated,
    negated_copula,
    planned,
    promised,
    trend,
    unrealised,
    urged,
)
from marsad.events_pending import pending
from marsad.events_purpose import NEEDS_PURPOSE, purpose_after
from marsad.events_senses import door_blown, mark_seen
from marsad.events_unasserted import body_purpose, place_word, search, tried
from marsad.events_words import inside_names

__all__ = ["INSTRUMENT_LEMMAS", "WEAK_LEMMAS", "Found", "asserted", "told_as_done"]

# (first, last, trigger, code): a trigger's first and last article token index, its lexicon entry, its code.
Found = tuple[int, int, Trigger, str]
# Weapon nouns that are an attack's instrument after its trigger (see _instrument), and how far.
INSTRUMENT_LEMMAS = frozenset({"أطلق صواريخ"})
INSTRUMENT_REACH = 12
# Weak triggers: a protest named only by its crowd (وأغلق المتظاهرون الطريق). The first one not in an
# oblique position makes an event only when the sentence has no other trigger of its root (تظاهر آلاف
# المتظاهرين stays one protest), and a threat or demand never governs it (طالب المتظاهرون بالإفراج).
WEAK_LEMMAS = frozenset({"متظاهر", "محتج"})


def asserted(
    index: Mapping[str, Sequence[Trigger]],
    all_keys: Sequence[tuple[str, ...]],
    keys: Sequence[str],
    lo: int,
    entity_at: dict[int, int],
    tokens: Sequence[Token],
    is_negated: Callable[[Sequence[str], int, str, Sequence[str]], bool] = negated,
) -> list[Found]:
    """(first, last, trigger, code) of the events a sentence asserts, before the gate (see the module)."""
    out: list[Found] = []
    governor: int | None = None  # index into out of the open threat/demand, and where it ends
    governor_end = -1
    weak: Found | None = None
    undone: list[str] = []  # codes of negated or future triggers: a purpose masdar after one is theirs
    aim_end = -1  # the last word a masdar in ل may be an aim's purpose at (events_modality.aimed)
    n = len(keys)
    named: frozenset[int] | None = None  # قوات الدعم السريع: its الدعم is no support (read at a match)
    i = 0
    while i < n:
        hit = None if lo + i in entity_at else match(index, all_keys, i)
        if hit is not None and i in (named := inside_names(keys) if named is None else named):
            hit = None
        if hit is None:
            i += 1
            continue
        trig, size, consumed = hit
        last = i + size - 1
        token = tokens[lo + i]
        if agent_noun(keys, tokens, lo, i):
            i = last + 1  # قتل 20 طالبا، اعتقلت الشرطة طالبا: the noun "student", not the verb طالب
            continue
        if trig.lemma in NEEDS_PURPOSE and purpose_after(keys, last) is None:
            i += 1  # أغلقت الشرطة الطرق: a closure with no protest purpose (events_purpose)
            continue
        if trig.lemma in NEEDS_VICTIM and not victim_after(keys, last):
            i = last + 1  # تحييد المدنيين: keeping out of the fight, no killing (events_match)
            continue
        if trig.lemma in NEEDS_FIRE and not fired_after(keys, tokens, lo, last):
            i = last + 1  # استشهد الوزير بتقرير: "cited", no killing (events_match)
            continue
        if trig.lemma in NEEDS_COURT and not sentenced(keys, tokens, lo, i):
            i = last + 1  # يعاقب القانون بالسجن: the law's penalty, no sentence given (events_courts)
            continue
        if trig.lemma in PRETEXT_LEMMAS and pretext(token):
            i = last + 1  # بدعوى مواجهة داعش "on the pretext of", no lawsuit (events_courts)
            continue
        if trig.lemma in WEAK_LEMMAS:  # only when the sentence has no protest trigger, see WEAK_LEMMAS
            prefixes = getattr(token, "prefixes", ())
            if weak is None and _weak(keys, i, lo, prefixes, out):
                weak = (lo + i, lo + last, trig, trig.cameo)
            i = last + 1
            continue
        aspect = trig.aspect
        prefixes = getattr(token, "prefixes", ())
        if aimed(keys, tokens, lo, i, trig.cameo) or (i <= aim_end and "ل" in prefixes):
            i, aim_end = last + 1, last + AIM_CHAIN  # بهدف التوصل إلى اتفاق لوقف إطلاق النار: aims
            undone.append(trig.cameo)
            continue
        if is_negated(keys, i, aspect, prefixes) or planned(keys, last, aspect, trig.cameo):
            i = last + 1
            undone.append(trig.cameo)  # سيزور مسقط لبحث: the visit is not done, nor its talks
            if trig.cameo[:2] in GOVERNORS:
                governor, governor_end = (
                    None,
                    last + MODAL_WINDOW,
                )  # the denied threat swallows its object
            continue
        code = trig.cameo
        if (
            anonymous(keys, last, code)
            or _instrument(keys, i, lo, trig, token, out)
            or denied_charge(keys, i, aspect, code)  # نفى … الاتهامات: no accusation (events_modality)
            # حادث سير، وصفته بأنه "تهديد"، تهدد وحدة الأراضي، دعت إليها، وقف دعمها، لبحث (events_match)
            or no_event(all_keys, keys, tokens, lo, i, last, aspect, code, [*(f[3] for f in out), *undone])
        ):
            i = last + 1
            continue
        if governor is not None and (
            i <= governor_end or demanded_too(keys, tokens, lo, out[governor][1] - lo, i, aspect)
        ):
            g_first, g_last, g_trig, g_code = out[governor]
            out[governor] = (g_first, g_last, g_trig, govern(g_code, code))
            governor = None
            i = last + 1
            continue
        if governor is None and i <= governor_end:  # object of a negated threat or demand
            i = last + 1
            continue
        out.append((lo + i, lo + last, trig, code))
        if code[:2] in GOVERNORS:
            governor, governor_end = len(out) - 1, last + MODAL_WINDOW
        i = i + consumed if consumed > size else last + 1
    if weak is not None and not any(c[:2] == weak[3][:2] for _, _, _, c in out):
        out.append(weak)
    return out


def _instrument(
    keys: Sequence[str],
    i: int,
    lo: int,
    trig: Trigger,
    token: object,
    out: Sequence[Found],
) -> bool:
    """Whether a weapon noun with ب (INSTRUMENT_LEMMAS: بقذائف الهاون "with mortar shells") is the
    instrument of the attack trigger before it in its clause, within INSTRUMENT_REACH words and no
    comma between: no event of its own (ردت الفصائل باستهداف مواقع للنظام بقذائف الهاون: one attack).
    A bomb noun right after a bombing verb as one event with it (فجروا عبوة ناسفة) lowered ASSAULT cv5
    0.650 -> 0.636 and cv5x3 0.645 -> 0.632 (session 13, gate refitted per fold): not done."""
    if trig.lemma not in INSTRUMENT_LEMMAS or "ب" not in getattr(token, "prefixes", ()):
        return False
    attack = next((f for f in reversed(out) if f[3][:2] in ASSAULT_ROOTS), None)
    if attack is None or lo + i - attack[1] > INSTRUMENT_REACH:
        return False
    return not any(keys[k] in ("،", ",", "؛", ".") for k in range(attack[1] - lo + 1, i))


def _weak(
    keys: Sequence[str],
    i: int,
    lo: int,
    prefixes: Sequence[str],
    out: Sequence[Found],
) -> bool:
    """Whether a crowd word (WEAK_LEMMAS) at word i may stand for its protest: not oblique (على
    المتظاهرين، للمتظاهرين is someone else's target) and not right after another trigger (تفريق
    المتظاهرين)."""
    if "ل" in prefixes or "ب" in prefixes:
        return False
    prev = keys[i - 1] if i else ""
    if prev in _OBLIQUE:
        return False
    return not any(f_last == lo + i - 1 for _, f_last, _, _ in out)


def told_as_done(
    found: Sequence[Found], keys: Sequence[str], lo: int, tokens: Sequence[Token], text: str
) -> list[Found]:
    """The triggers the gate kept less those the sentence does not tell as done: an old attack, an
    anniversary's or one that dates another act (events_background); what is called necessary; an attack
    foiled, defused, trained for or purposed (events_modality.unrealised); a verb after إن; the purpose of
    a negated copula's noun (لن تكون منصة لتهديد); a protest a call asks for (events_modality.called); a
    result an effort may lead to (events_modality.hoped_result); a protest purpose of an urged act (urged);
    protests named as a trend (trend); the marks of a beating (events_senses.mark_seen); a bomb told found
    after its noun (found_after); an attack named as someone's ability (ability); an attack noun a future
    verb governs (promised); a home's door blown open (events_senses.door_blown); the attack another act
    avenges (events_background.avenged); a relative clause's attack verb (events_background.described); and,
    outside the scored roots, an act tried or scheduled, a body's purpose in its name, a place's word and the
    search (events_unasserted), and an act ready for, obliged or worked toward
    (events_pending)."""
    attack_at = {k - lo for f in found if f[3][:2] in ASSAULT_ROOTS for k in range(f[0], f[1] + 1)}
    return [
        f
        for f in found
        if not background(keys, f[0] - lo, f[1] - lo, f[2].aspect, f[3])
        and not necessary(keys, f[0] - lo)
        and not unrealised(keys, f[0] - lo, f[3], f[2].aspect, tokens[f[0]].prefixes)
        and not after_inna(text, tokens, f[0], f[2].aspect)
        and not negated_copula(keys, f[0] - lo, tokens[f[0]].prefixes)
        and not called(keys, f[0] - lo, f[3], f[2].aspect)
        and not hoped_result(keys, f[0] - lo, f[2].aspect)
        and not urged(keys, f[0] - lo, f[3])
        and not trend(keys, f[0] - lo, f[3], f[2].aspect, tokens[f[0]].prefixes)
        and not mark_seen(keys, f[0] - lo, f[3])
        and not found_after(keys, f[1] - lo, f[3])
        and not ability(keys, f[0] - lo, f[3], f[2].aspect)
        and not promised(keys, tokens, lo, f[0] - lo, f[3], f[2].aspect)
        and not door_blown(keys, f[1] - lo, f[3])
        and not avenged(keys, f[0] - lo, f[3], tokens[f[0]].prefixes)
        and not described(keys, f[0] - lo, f[3], f[2].aspect, attack_at)
        and not tried(keys, f[0] - lo, f[3])
        and not body_purpose(keys, tokens, lo, f[0] - lo, f[3], f[2].aspect)
        and not place_word(keys, tokens, lo, f[0] - lo, f[3], f[2].aspect)
        and not search(keys, f[1] - lo, f[2].lemma)
        and not pending(keys, tokens, lo, f[0] - lo, f[3])
    ]


# Prepositions before a crowd word that make it another act's target (على المتظاهرين "at the protesters").
_OBLIQUE = frozenset({"علي", "ضد", "من", "الي", "بين", "مع", "عن"})
