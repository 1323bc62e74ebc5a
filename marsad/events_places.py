"""The events stage's place for each event (step 5 of marsad.stages.events).

Of the geocoded LOC mentions in an event's sentence, what was hit (على ميناء X) first, then the marked
ones (after في or a ب proclitic), else any: the one nearest the event's trigger, the earlier on a tie
(after ، فيما: of that clause, else the place of the sentence's event before, see `meanwhile`). A
relative place (المدينة، البلدة) means the last town named before; otherwise the article's main place
(the geocoded LOC entity with the most mentions, the first on a tie). An act of speech or stance
(said, demanded, condemned, refused, threatened) in a sentence that marks no place gets none, unless its
source is of that place's country (`unplaced_speech`). A place inside a relative clause (الذي، التي …) is
only that clause's acts' and the act it describes (`outside_relatives`); a marked place far after an act
of speech or stance is its topic's (`speech_topic_dropped`), and one in quotation marks is the quoted
words' (`outside_quotes`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from marsad.arabic import fold
from marsad.article import Actor, Article, Geo
from marsad.events_codes import SPEECH_ROOTS
from marsad.events_features import RELATIVES

# Relative places (folded): "the city", "the town", "the village", "the area" point back to the last town.
RELATIVE_PLACES = frozenset({"المدينه", "البلده", "القريه", "البلدة", "المنطقه"})

# (sentence position, how it is marked: 2 what was hit (على ميناء X), 1 after في or ب, 0 not; geo) of a
# geocoded LOC mention.
Located = tuple[int, int, Geo]


def main_place_of(article: Article) -> Geo | None:
    """The geocoded LOC entity with the most mentions (the first on a tie)."""
    best = None
    for entity in article.entities:
        if (
            entity.label == "LOC"
            and entity.geo
            and (best is None or len(entity.mentions) > len(best.mentions))
        ):
            best = entity
    return best.geo if best else None


# Place nouns before a name (their first five letters: محافظة، محافظتي، مدينة، ولاية، منطقة، إقليم، قضاء).
PLACE_NOUNS = frozenset(
    {
        "محافظ",
        "مدينه",
        "مدينت",
        "مدن",
        "ولايه",
        "ولايت",
        "منطقه",
        "منطقت",
        "اقليم",
        "قضاء",
        "بلده",
        "بلدت",
        "قريه",
        "قريت",
    }
)


# Facilities named by their place (ميناء الحديدة "the port of Hodeidah", مطار بيروت): after على the place
# attacked or reached.
FACILITIES = frozenset({"ميناء", "مطار", "قاعده", "مرفا", "معبر"})


def located_places(
    article: Article, lo: int, hi: int, keys: Sequence[str], entity_at: dict[int, int]
) -> list[Located]:
    """(sentence position, mark (see Located), geo) of each geocoded LOC mention in tokens [lo, hi)."""
    located: list[Located] = []
    for k in range(lo, hi):
        e_index = entity_at.get(k)
        if e_index is None or (k > lo and entity_at.get(k - 1) == e_index):
            continue
        entity = article.entities[e_index]
        if entity.label != "LOC" or entity.geo is None:
            continue
        # في محافظتي صنعاء والحديدة: after في and a place noun, marked too (not the subject واشنطن ولندن)
        marked = "ب" in article.tokens[k].prefixes or (k > lo and keys[k - lo - 1] == "في")
        marked = marked or (k > lo + 1 and keys[k - lo - 2] == "في" and keys[k - lo - 1][:5] in PLACE_NOUNS)
        # غارات على ميناء الحديدة "raids on the port of Hodeidah": what was hit, after على and a facility
        hit = k > lo + 1 and keys[k - lo - 2] == "علي" and keys[k - lo - 1] in FACILITIES
        located.append((k - lo, 2 if hit else int(marked), entity.geo))
    return located


def nearest_place(located: Sequence[Located], at: int) -> Geo | None:
    """The event's place: of the places most marked (what was hit, else after في or ب, else any), the one
    nearest its trigger at sentence position `at`, the earlier on a tie."""
    top = max((x[1] for x in located), default=0)
    pool = [x for x in located if x[1] == top]
    if not pool:
        return None
    return min(pool, key=lambda x: (abs(x[0] - at), x[0]))[2]


def meanwhile(keys: Sequence[str], at: int) -> bool:
    """Whether the trigger at sentence position `at` opens a clause of ، فيما "while, whereas": its place
    is one named in that clause, else the scene of the event before it in the sentence (تظاهر الآلاف في تل
    أبيب للمطالبة بإعادة المحتجزين في غزة، فيما فرقت الشرطة متظاهرين: Tel Aviv, not Gaza)."""
    return at >= 2 and keys[at - 1] == "فيما" and keys[at - 2] in ("،", ",", "؛")


# Visits (CAMEO 042 "make a visit"): the place after الى "to" is where the visit happens.
VISITS = frozenset({"042"})
DESTINATION_REACH = 8  # words after the trigger in which the destination is sought


def destination(located: Sequence[Located], keys: Sequence[str], last: int) -> Located | None:
    """A visit's destination: the first geocoded place right after الى "to" within DESTINATION_REACH
    words after the trigger ending at sentence position `last` (زيارة يقوم بها ولي عهد أبوظبي إلى الرياض:
    Riyadh, not Abu Dhabi)."""
    return next(
        (
            x
            for x in located
            if last < x[0] <= last + DESTINATION_REACH and x[0] > 0 and keys[x[0] - 1] == "الي"
        ),
        None,
    )


# Acts of speech or stance (CAMEO roots): said, demanded, condemned, refused or threatened somewhere the
# sentence names only when it marks the place (في، ب). Measured on samples W and W2 (docs/events_where.md,
# W26, P5b): rerun `python -m bench.eval_events_where` and judge the changed rows after a change here.


def unplaced_speech(located: Sequence[Located], cameo: str, source: Actor | None, place: Geo) -> bool:
    """Whether an act of speech or stance loses its place: its sentence names none after في or ب, and its
    source is not of the place's country (طالب الوزير الفرنسي الولايات المتحدة "the French minister asked
    the United States": not in the United States; دانت دمشق "Damascus condemned": Syria's own, kept)."""
    own = source is not None and source.country is not None and source.country == place.country
    return cameo[:2] in SPEECH_ROOTS and not own and not any(x[1] for x in located)


# Relative pronouns (folded): a place inside the clause one opens belongs to that clause's acts.
RELATIVE_PRONOUNS = RELATIVES | frozenset(fold(w) for w in ("اللتان", "اللواتي", "اللاتي"))
CLAUSE_ENDS = frozenset({"،", ",", "؛", ";"})
RELATIVE_REACH = 3  # words after a trigger within which a relative pronoun describes the trigger itself


def relative_clauses(keys: Sequence[str]) -> list[tuple[int, int]]:
    """(pronoun, end) sentence positions of each relative clause: from its pronoun to the next comma or
    semicolon, else the sentence's end."""
    spans = []
    for i, key in enumerate(keys):
        if key in RELATIVE_PRONOUNS:
            end = next((j for j in range(i + 1, len(keys)) if keys[j] in CLAUSE_ENDS), len(keys))
            spans.append((i, end))
    return spans


def outside_relatives(
    located: Sequence[Located], keys: Sequence[str], clauses: Sequence[tuple[int, int]], at: int, last: int
) -> list[Located]:
    """The places of an event whose trigger spans sentence positions at..last, less those inside a
    relative clause (`clauses`: relative_clauses(keys)) the trigger is not in, unless the clause describes
    the trigger (its pronoun within RELATIVE_REACH words after it, no comma between: الهجوم الذي نفذته
    القوات في دوما keeps Douma for the attack; اجتماع … حول الهجوم الذي نفذته القوات في دوما does not
    give it to the meeting)."""
    kept = list(located)
    for pronoun, end in clauses:
        if pronoun <= at < end:
            continue  # the trigger is in this clause
        gap = keys[last + 1 : pronoun]
        if last < pronoun <= last + RELATIVE_REACH and not CLAUSE_ENDS.intersection(gap):
            continue  # the clause describes the trigger
        kept = [x for x in kept if not pronoun < x[0] < end]
    return kept


SPEECH_REACH = 6  # words after a speech act's trigger beyond which a marked place is its topic's


def speech_topic_dropped(located: Sequence[Located], cameo: str, last: int) -> list[Located]:
    """An act of speech or stance's places less the marked ones more than SPEECH_REACH words after its
    trigger (ending at sentence position `last`): its content's or topic's (رفض الحلف طلبات في إطار قضية
    اغتيال الجاسوس في بريطانيا: the refusal is not in Britain)."""
    if cameo[:2] not in SPEECH_ROOTS:
        return list(located)
    return [x for x in located if not (x[1] and x[0] > last + SPEECH_REACH)]


QUOTE_MARKS = frozenset({'"', "«", "»", "“", "”"})


def quoted_spans(keys: Sequence[str]) -> list[tuple[int, int]]:
    """(opening, closing) sentence positions of each pair of quotation marks, paired in order."""
    marks = [i for i, k in enumerate(keys) if k in QUOTE_MARKS]
    return list(zip(marks[::2], marks[1::2], strict=False))


def outside_quotes(located: Sequence[Located], spans: Sequence[tuple[int, int]], at: int) -> list[Located]:
    """An act's places less those between quotation marks (`spans`: quoted_spans) its trigger is not in
    (هتف المحتجون "إيران بره" at the consulate in Basra: the chant's Iran is no place of the protest)."""
    kept = list(located)
    for a, b in spans:
        if not a < at < b:
            kept = [x for x in kept if not a < x[0] < b]
    return kept


@dataclass(frozen=True)
class Enclosures:
    """A sentence's relative clauses and quoted stretches (sentence positions), read once per sentence."""

    relatives: list[tuple[int, int]]
    quoted: list[tuple[int, int]]

    @classmethod
    def of(cls, keys: Sequence[str]) -> Enclosures:
        return cls(relative_clauses(keys), quoted_spans(keys))


def act_places(
    located: Sequence[Located], keys: Sequence[str], enclosures: Enclosures, at: int, last: int, cameo: str
) -> list[Located]:
    """The sentence's places that may be the act's (trigger at..last, code `cameo`): none inside a relative
    clause (outside_relatives) or quotation (outside_quotes) it is not in, nor a speech act's topic's
    (speech_topic_dropped)."""
    if not located:
        return []
    mine = outside_relatives(located, keys, enclosures.relatives, at, last)
    mine = speech_topic_dropped(mine, cameo, last)
    return outside_quotes(mine, enclosures.quoted, at)
