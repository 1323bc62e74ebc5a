"""A verb-spelled trigger standing as its masdar, read as a noun for its arguments (session 30, M1).

Unvowelled, a form-I past and its masdar are one word (قتل "killed" and "the killing", قصف, خطف). A finite
verb never follows a preposition, so after one written apart (عن، على، إلى، حول، بشأن، منذ) or with a ب/ل
proclitic the word is the masdar (أعلنت الشرطة عن قتل مسلحين ثلاثة مدنيين "the police announced the
gunmen's killing of three civilians"), and its arguments are a noun's (marsad.events_args, noun branch:
the genitive is the object, or the doer before an accusative or ل object; a reporter is no doer).

This is read after the gate, for the arguments only: the trigger keeps its verb aspect in matching, in the
gate's features and in the modality steps. Session 21's L4 read the same forms as nouns before the gate
(events_match.NOUN_PREPS for عن، على، إلى) and lowered bench.eval_events --cv ASSAULT (cv5 0.667 -> 0.663).
The prepositions of NOUN_PREPS (في، بعد، قبل، إثر …) already make the trigger a noun before the gate.
من stays out: من قتل is as often "who killed" (محاسبة من قتل المتظاهرين).
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.arabic import fold
from marsad.article import Token
from marsad.events_lexicon import Trigger
from marsad.events_senses import masdar_spelling

__all__ = ["MASDAR_PREPS", "argument_trigger"]

# Prepositions written apart after which a verb-spelled trigger is its masdar (folded: على -> علي).
MASDAR_PREPS = frozenset(fold(w) for w in ("عن", "على", "إلى", "حول", "بشأن", "منذ"))
PROCLITICS = frozenset({"ب", "ل"})


def argument_trigger(
    trig: Trigger, tokens: Sequence[Token], all_keys: Sequence[tuple[str, ...]], lo: int, first: int
) -> Trigger:
    """The trigger at article token `first` as its arguments are read: a noun when it is the 3sg past
    spelled like its masdar (events_senses.masdar_spelling) after MASDAR_PREPS or with a ب/ل proclitic
    not part of the matched word (بحث "discussed" is matched whole), else unchanged. Protest verbs stay
    verbs (events_match._as_verb says why)."""
    if trig.aspect != "past" or trig.cameo[:2] == "14":
        return trig
    word = trig.words[0]
    # only the verb's own 3sg past, the one spelled like its masdar (قتل، not قتلوا "they killed")
    if word != fold(trig.lemma.split()[0]) or not masdar_spelling(word, trig):
        return trig
    # the proclitic is outside the trigger only when the trigger was matched on the stem (not on the whole
    # word, as events_match.whole_first tries بحث before ب + حث)
    stem = all_keys[first - lo][0]
    on_stem = word in (stem, stem[2:], "ال" + stem)
    proclitic = on_stem and bool(PROCLITICS.intersection(tokens[first].prefixes))
    before = all_keys[first - lo - 1][0] if first > lo else ""
    return trig._replace(aspect="noun") if proclitic or before in MASDAR_PREPS else trig
