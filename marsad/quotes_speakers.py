"""Who is speaking: the subject phrase of a reporting verb, resolved to an entity, an unnamed source or none.

Arabic news is mostly VSO: the subject follows the verb (قال وزير الخارجية التركي مولود جاويش أوغلو إن).
The subject phrase runs from the verb to the first stop: punctuation, a complementizer (أن/إن), a
preposition (في، من، عن، على …), a ب-word other than باسم (المتحدث باسم), a ل-word naming an outlet (لرويترز),
a weekday or time word (الثلاثاء، أمس), a relative pronoun, or a quote mark; at most MAX_SUBJECT words.
In it, in this order: an outlet (the outlet speaks, and relays); the first PER mention (a title phrase
before a name: the name speaks); a mention at its head (وزارة الخارجية); a PER right after a comma
(المتحدث باسم المطار، بيريندا شيريستا); an unnamed source word at its head (مسؤول، مصادر مطلعة) → no
entity, its words as text; a definite title alone (الوزير، الزعيم المعارض) → the previous speaker.
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.arabic import fold
from marsad.article import Entity
from marsad.attribution import TYPE_NOUNS, OutletMatch, match_outlet
from marsad.lexicons import titles
from marsad.quotes_lexicon import COMPLEMENTIZER, load
from marsad.quotes_view import QUOTE_CHARS, View

MAX_SUBJECT = 8  # words: a long title and a four-part name (الأمين العام للأمم المتحدة أنطونيو غوتيريش)
SPEAKER_TEXT_WORDS = 3  # an unnamed source keeps its head and up to two modifiers (مصادر أمنية أردنية)

# Heads of unnamed sources (folded): the speaker is not an entity but these words.
UNNAMED = frozenset(
    fold(w)
    for w in (  # noqa: SIM905 - one Arabic string reads better than a list of quoted words
        "مسؤول مسؤولة مسؤولون مسؤولين مسئول مسئولون مسئولين مصدر مصادر شهود شاهد متحدث ناطق محللون "
        "محلل خبراء خبير مراقبون دبلوماسي دبلوماسيون دبلوماسيين سكان ناشطون ناشط ناشطين مسعفون مسعفين "
        "أطباء طبيب مقربون مقربين موظف موظفون عضو أعضاء نواب نائب قادة قائد ضابط ضباط مواطنون"
    ).split()
)
# Words that end a subject phrase (folded): prepositions, relatives, time words.
STOPS = frozenset(
    fold(w)
    for w in (  # noqa: SIM905 - one Arabic string reads better than a list of quoted words
        "في من مع خلال عن على إلى أمام عبر لدى حول عقب بعد قبل أثناء منذ حيث الذي التي الذين اللذين "
        "اللتين اللواتي أمس اليوم مساء صباح ظهر ليل يوم الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت "
        "الأحد مؤخرا أيضا كذلك بدوره بدورها لاحقا قول لم لن لا"
    ).split()
)
# A أن after these is not a reporting complement (بعد أن "after", يمكن أن "can", لأن "because").
NOT_REPORT_BEFORE = frozenset(
    fold(w) for w in ("بعد", "قبل", "دون", "منذ", "حتى", "يمكن", "يجب", "ينبغي", "يتعين", "من")
)


@dataclass(frozen=True, slots=True)
class Subject:
    """A verb's subject: kind is entity, outlet, unnamed, anaphor or none; `end` the token after it."""

    kind: str
    end: int
    entity: Entity | None = None
    text: str | None = None
    outlet: OutletMatch | None = None


def is_complementizer(view: View, i: int) -> bool:
    """Token i is أن/إن (also بأن، أنه، إنها), and not لأن "because" nor بعد أن "after"."""
    if i >= view.n or COMPLEMENTIZER not in view.keys(i):
        return False
    if view.tokens[i].folded.lstrip("وف").startswith("ل"):
        return False
    return not (i > 0 and view.has(i - 1, NOT_REPORT_BEFORE))


def _prefix(view: View, i: int, letter: str) -> bool:
    """Token i carries the proclitic `letter` (from the segmenter, or a glued lone letter)."""
    return letter in view.tokens[i].prefixes


def _stop(view: View, i: int, lo: int) -> bool:
    """Token i ends a subject phrase that began at token lo."""
    if view.punct(i) or view.word(i) in QUOTE_CHARS or view.word(i) == "ل":
        return True
    if i > lo and i in view.covered and view.covered.get(i - 1) is view.covered[i]:
        return False  # never cut inside a name
    if is_complementizer(view, i) or view.has(i, STOPS) or view.has(i, load().verbs):
        return True
    if _prefix(view, i, "ب") and view.tokens[i].folded != "باسم":
        return True
    return _prefix(view, i, "ل") and (
        view.has(i, TYPE_NOUNS) is not None or match_outlet(view, i) is not None
    )


def _title(view: View, i: int) -> bool:
    """Token i is a title word (وزير، الرئيس، المتحدث) in the titles lexicon."""
    return view.has(i, titles()) is not None


def subject(view: View, i: int, last_outlet: OutletMatch | None) -> Subject:
    """The subject phrase after the verb at token i (VSO), classified as the module docstring says."""
    lo = i + 1
    hi = min(view.sentence(i)[1], lo + MAX_SUBJECT)
    j = lo
    while j < hi and not _stop(view, j, lo):
        j += 1
    if j == lo:
        return Subject("none", j)
    outlet = match_outlet(view, lo, last_outlet)
    if outlet is not None and outlet.lo <= lo + 3:  # the name may follow a type noun, أنباء and a mark
        return Subject("outlet", max(j, outlet.hi), text=outlet.text, outlet=outlet)
    mentions = [(k, view.mention_at[k][0]) for k in range(lo, j) if k in view.mention_at]
    for _, entity in mentions:
        if entity.label == "PER":
            return Subject("entity", j, entity=entity)
    if mentions and mentions[0][0] == lo and mentions[0][1].label != "MISC":
        return Subject("entity", j, entity=mentions[0][1])
    if j < view.n and view.word(j) in "،," and j + 1 in view.mention_at and _title(view, lo):
        entity = view.mention_at[j + 1][0]
        if entity.label == "PER":  # a title, a comma, then the name: the apposition names the speaker
            return Subject("entity", view.mention_at[j + 1][1] + 1, entity=entity)
    if view.has(lo, UNNAMED):
        return Subject("unnamed", j, text=view.span_text(lo, min(j, lo + SPEAKER_TEXT_WORDS)))
    if _title(view, lo) and all(view.tokens[k].folded.startswith("ال") for k in range(lo, j)):
        return Subject("anaphor", j)  # وأضاف الوزير: the one already speaking
    if mentions and mentions[0][1].label != "MISC":
        return Subject("entity", j, entity=mentions[0][1])
    # Not a known source word: keep the whole phrase, which holds a name the NER missed (وزير … أيمن الصفدي).
    return Subject("unnamed", j, text=view.span_text(lo, j))


def before_verb(view: View, i: int) -> Entity | None:
    """SVO: an entity mention ending just before the verb at i (skipping a comma, قد, كان)."""
    lo = view.sentence(i)[0]
    k = i - 1
    while k >= lo and (view.word(k) in "،," or view.tokens[k].folded in ("قد", "وقد", "فقد", "كان", "كانت")):
        k -= 1
    entity = view.covered.get(k) if k >= lo else None
    return entity if entity is not None and entity.label != "MISC" else None


def clause_subject(view: View, i: int) -> Entity | None:
    """For a participle (مضيفا، قائلا): the first PER (else any non-MISC) mention earlier in its sentence."""
    lo = view.sentence(i)[0]
    found = [view.mention_at[k][0] for k in range(lo, i) if k in view.mention_at]
    found = [e for e in found if e.label != "MISC"]
    for entity in found:
        if entity.label == "PER":
            return entity
    return found[0] if found else None
