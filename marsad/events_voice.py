"""Voice of an unvowelled past verb of attack: whether قتل reads "killed" or "was killed".

Unvowelled news Arabic writes قَتَلَ "killed" and قُتِلَ "was killed" alike. marsad.events_args reads a past
attack verb as passive when an agent phrase follows (على يد، من قبل), when a counted group stands next to
it (قتل سبعة أشخاص), and (here) when the clause goes on to name the attack the victim fell in: a verb of
killing or wounding, its actor, then an attack noun after في "in", ب "by" (a proclitic the folded keys
drop), جراء/إثر/بسبب/نتيجة "as a result of" or خلال "during" (جرح الوزير في تفجير "the minister was
wounded in a bombing", جنديان قتلا بانفجار "two soldiers were killed by an explosion"). An active verb's
object is not followed by the attack that did it (قتل مسلحون الجنود في هجوم is rare against قتل الجنود في
هجوم), so the actor before the attack noun is the victim.

The same verb after its subject and followed by no object reads passive too (`no_object`): the next
word opens a clause of time or cause (مقاتل قتل بعدما أطلقت طائرة "a fighter was killed after a plane
fired", الجندي جرح برصاص قناص "the soldier was wounded by a sniper's bullet") or ends the clause (جنود قتلوا،
وأصيب …): قتل "killed" with its subject before it and no object is rare in news Arabic. So does the verb
with an actor after it and then و + أصيب "was wounded" (قتل متظاهران وأصيب العشرات: `wounded_next`).
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.arabic import fold

# Attack nouns (folded, with and without ال) that a victim "falls in": هجوم attack, انفجار explosion,
# تفجير bombing, غارة raid, قصف shelling, ضربة strike, كمين ambush, اشتباك clash, اعتداء assault, حادث
# incident, and their plurals; not the accusative (هجوما), which is an object: شن مسلحون هجوما.
ATTACK_NOUNS = frozenset(
    fold(a + w)
    for w in (
        "هجوم", "هجمات", "انفجار", "انفجارات", "تفجير", "تفجيرات", "غارة", "غارات", "قصف", "ضربة",
        "ضربات", "كمين", "اشتباك", "اشتباكات", "اعتداء", "حادث",
    )
    for a in ("", "ال")
)  # fmt: skip
# Words that may stand between the victim and the attack noun: في "in", جراء/إثر/بسبب/نتيجة "as a
# result of", خلال "during" (ب is a proclitic, already gone from the folded key).
MARKERS = frozenset(fold(w) for w in ("في", "جراء", "إثر", "اثر", "بسبب", "نتيجة", "خلال"))


def falls_in_attack(keys: Sequence[str], after: int) -> bool:
    """Whether the words from sentence index `after` name an attack the victim fell in (an attack noun
    there, or after one marker word)."""
    k = after
    if k < len(keys) and keys[k] in MARKERS:
        k += 1
    return k < len(keys) and keys[k] in ATTACK_NOUNS


# Words right after a past attack verb that leave it no object (see no_object): conjunctions of time
# (بعدما، عندما، بينما، حين، أثناء), of cause (MARKERS but في, which may precede an active verb's object:
# قتل الجيش في الغارة خمسة مسلحين), the instrument of the killing (برصاص، بنيران: ب is a proclitic the
# keys drop), and the punctuation that ends a clause.
NO_OBJECT = (
    frozenset(
        fold(a + w)
        for w in (
            "بعدما", "عندما", "بينما", "حين", "حينما", "أثناء", "اثناء", "لدى", "جراء", "إثر", "اثر",
            "بسبب", "نتيجة", "خلال", "رصاص", "نيران", "رصاصة", "طلق",
        )
        for a in ("", "ال")
    )
    | frozenset({"،", ",", ".", "؛", ")", "»", '"'})
)  # fmt: skip


def no_object(keys: Sequence[str], after: int) -> bool:
    """Whether the word at sentence index `after` (right after the verb) leaves the verb no object. A
    straight quote opening a quotation (an even count of them before it) does not end the clause: the
    object is quoted (قواته قتلت "مسلحين كانوا …": active, the quoted gunmen its object)."""
    if after < len(keys) and keys[after] == '"' and keys[:after].count('"') % 2 == 0:
        return no_object(keys, after + 1) if after + 1 < len(keys) and keys[after + 1] != '"' else True
    return after >= len(keys) or keys[after] in NO_OBJECT


# Verbs of wounding that are passive in form (أصيب "was wounded"): after one, coordinated with و, the
# attack verb before is passive too (قتل متظاهران وأصيب العشرات).
WOUNDED = frozenset(fold(w) for w in ("أصيب", "أصيبت", "أصيبوا", "أصيبا", "جرح", "جرحت", "جرحوا"))


def wounded_next(keys: Sequence[str], after: int) -> bool:
    """Whether a passive verb of wounding (WOUNDED) stands at sentence index `after`: right after the
    actor that follows an attack verb (قتل X وأصيب), it makes that verb passive."""
    return after < len(keys) and keys[after] in WOUNDED
