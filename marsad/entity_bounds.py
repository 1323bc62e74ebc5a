"""Mention boundaries the model drew wrongly, mended on its own mentions before any other pass.

The model sometimes tags an organisation and the person named right after it as one person (الاتحاد
الأوروبي فيديريكا موغيريني "the EU['s] Federica Mogherini"): `split_leading_orgs` cuts such a mention into
the organisation (ORG) and the person (PER). A person's mention also loses a title, role or descriptor
run into it from after the name or before it (`marsad.entity_edges`; an outlet it was told to:
`marsad.entity_outlets.trim_told`), grows by a given name that reads as a nationality
(`grow_given_name`), a one-word mention cut short of its suffix takes it back (`whole_short_stem`), and
one whose first letters were read as clitics takes them back when the article writes the name whole in
another mention (`regrow_clitic_letters`: وقال فيدان after هاكان فيدان); an organisation's or place's
mention loses a reporting verb run into its start (`trim_leading_verb`), and a place cut to the first
word of a compound name takes the next word (`grow_toponym_head`). Run by `marsad.stages.entities`; the
gold conventions are in bench/gold/ENTITIES.md.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Sequence

from marsad import lexicons
from marsad.arabic import fold_word
from marsad.article import Entity, Span, Token
from marsad.entity_places import TOPONYM_HEADS, PlaceNames, busy_flags, stems_inside, token_range
from marsad.entity_spans import org_at
from marsad.merge import NAME_LINKS
from marsad.quotes_lexicon import load
from marsad.role_words import first_words
from marsad.stages.segment import folded_stem

SPLIT = ("PER", "ORG")  # labels of the model's mentions that split_leading_orgs may split


def split_leading_orgs(
    text: str,
    tokens: Sequence[Token],
    found: Sequence[Entity],
    stems: Sequence[str],
    orgs: PlaceNames,
    starts: Sequence[int],
    model: str,
) -> list[Entity]:
    """The model's PER mentions (source `model`) that open with a listed organisation and go on with other
    words, split into the organisation and the person; ids renumbered in order (e0, e1, …). An ORG mention
    is split so only when two or more words without ال follow the organisation (رئيسة المفوضية الأوروبية
    أورسولا فون دير لاين): one more word may be the name's own (الجيش السوري الحر)."""
    out: list[Entity] = []
    for e in found:
        span = e.mentions[0]
        first, last = token_range(starts, span)
        n = _leading_org(tokens, stems, first, last, orgs) if e.label in SPLIT and e.source == model else 0
        if n and e.label == "ORG" and (last - first + 1 - n < 2 or stems[first + n].startswith("ال")):
            n = 0
        if not n:
            out.append(e)
            continue
        org = Span(span.start, tokens[first + n - 1].stem.end)
        person = Span(tokens[first + n].stem.start, span.end)
        out.append(dataclasses.replace(e, label="ORG", name=text[org.start : org.end], mentions=(org,)))
        out.append(
            dataclasses.replace(e, label="PER", name=text[person.start : person.end], mentions=(person,))
        )
    return [dataclasses.replace(e, id=f"e{i}") for i, e in enumerate(out)]


ORG_LEAD = 3  # words of a listed organisation's name that may stand before a place mention it runs over


def orgs_over_places(
    text: str,
    tokens: Sequence[Token],
    found: Sequence[Entity],
    stems: Sequence[str],
    orgs: PlaceNames,
    starts: Sequence[int],
    model: str,
) -> list[Entity]:
    """A listed organisation whose name opens before one of the model's place mentions and runs into it
    (حكومة إقليم كردستان العراق, where the model tagged كردستان العراق) is the organisation; the rest of
    the place after the name stays a place (العراق). Ids renumbered in order."""
    busy = busy_flags(tokens, [m for e in found for m in e.mentions], starts)
    out: list[Entity] = []
    for e in found:
        span = e.mentions[0]
        first, last = token_range(starts, span)
        hit = None
        if e.label == "LOC" and e.source == model and len(e.mentions) == 1 and first >= 0:
            held = busy[first : last + 1]
            busy[first : last + 1] = [False] * len(held)  # the place's own words are free to the name
            for j in range(max(0, first - ORG_LEAD), first):
                if any(busy[j:first]) or any(t.is_punct for t in tokens[j:first]):
                    continue
                n = org_at(tokens, j, text, orgs, busy, stems[j])
                if n and j + n > first:
                    hit = (j, n)
                    break
            busy[first : last + 1] = held
        if hit is None:
            out.append(e)
            continue
        j, n = hit
        org = Span(tokens[j].stem.start, tokens[j + n - 1].stem.end)
        out.append(dataclasses.replace(e, label="ORG", name=text[org.start : org.end], mentions=(org,)))
        if j + n <= last:
            rest = Span(tokens[j + n].stem.start, span.end)
            out.append(dataclasses.replace(e, name=text[rest.start : rest.end], mentions=(rest,)))
    return [dataclasses.replace(e, id=f"e{i}") for i, e in enumerate(out)]


def split_joined_people(
    text: str, tokens: Sequence[Token], found: Sequence[Entity], stems: Sequence[str], starts: Sequence[int]
) -> list[Entity]:
    """A person's mention that runs on into another person the article names (واستقبل الرئيس عبد الفتاح
    السيسي فون دير لاين: host and guest tagged as one), split before the second: its last two or more words
    are another PER mention's name but its given name (أورسولا فون دير لاين), or all of it (دير لاين) when
    the words before them are a name too (another mention's, or a listed person's); two or more words stand
    before them, the last no name link, nor is the first of the rest one (محمد بن سلمان، محمد بن زايد آل
    نهيان stay whole). Ids renumbered in order."""

    names = []
    for e in found:
        if e.label == "PER":
            for m in e.mentions:
                first, last = token_range(starts, m)
                names.append((m, tuple(stems[first : last + 1])))
    people = {other for _, other in names}
    actors = lexicons.actors()
    out: list[Entity] = []
    for e in found:
        cut = None
        if e.label == "PER" and len(e.mentions) == 1:
            first, last = token_range(starts, e.mentions[0])
            for k in range(first + 2, last):
                head, tail = tuple(stems[first:k]), tuple(stems[k : last + 1])
                if len(tail) < 2 or stems[k - 1] in NAME_LINKS or stems[k] in NAME_LINKS:
                    continue
                # the other's full name (a given name more) or its surname with a head that is a name too
                known = head in people or " ".join(lexicons.word_key(w) for w in head) in actors
                if any(
                    m != e.mentions[0]
                    and other[-len(tail) :] == tail
                    and (len(other) == len(tail) + 1 or known)
                    for m, other in names
                ):
                    cut = k
                    break
        if cut is None:
            out.append(e)
            continue
        span = e.mentions[0]
        first_part, rest = Span(span.start, tokens[cut - 1].stem.end), Span(tokens[cut].stem.start, span.end)
        out.append(
            dataclasses.replace(e, name=text[first_part.start : first_part.end], mentions=(first_part,))
        )
        out.append(dataclasses.replace(e, name=text[rest.start : rest.end], mentions=(rest,)))
    return [dataclasses.replace(e, id=f"e{i}") for i, e in enumerate(out)]


def _leading_org(
    tokens: Sequence[Token], stems: Sequence[str], first: int, last: int, orgs: PlaceNames
) -> int:
    """Words of the longest listed organisation opening tokens first..last with a bare word after it, or 0.

    The whole mention being a listed name is no split; nor is a word with a proclitic after the name
    (حماس في غزة), which the model would not call a name."""
    if first < 0 or last <= first or " ".join(stems[first : last + 1]) in orgs.names:
        return 0
    head = orgs.head(stems[first]) or stems[first]  # للإنتربول cut ل + لإنتربول: الإنتربول
    for n in range(min(last - first, orgs.longest.get(head, 0)), 0, -1):
        after = tokens[first + n]
        if after.is_punct or after.prefixes or any(t.is_punct for t in tokens[first : first + n]):
            continue
        if " ".join([head, *stems[first + 1 : first + n]]) in orgs.names:
            return n
    return 0


def _at_or_after(tokens: Sequence[Token], offset: int) -> int:
    """The index of the first token whose stem starts at or after `offset` (len(tokens) when none)."""
    return bisect.bisect_left(tokens, offset, key=lambda t: t.stem.start)


# علي written with ي (Ali; the preposition على "on" folds alike, and the model leaves the name out) after a
# definite word that ends a title (… الحرس الثوري الإيراني علي رضا تنكسيري) is the first of two given names.
ALI = "علي"


def grow_given_name(text: str, tokens: Sequence[Token], span: Span) -> Span:
    """A person's mention grown by a given name that reads as a nationality word between a definite title
    and it (العقيد تركي المالكي: Turki, not "Turkish"; an adjective after a definite title carries ال too),
    or by علي after a definite word (see ALI)."""
    k = _at_or_after(tokens, span.start) if tokens and tokens[-1].stem.start >= span.start else 0
    if k < 2:
        return span
    given, title = tokens[k - 1], tokens[k - 2]
    if given.prefixes or given.is_punct or title.is_punct:
        return span
    name, head = folded_stem(text, given), folded_stem(text, title)
    if text[given.stem.start : given.stem.end] == ALI and head.startswith("ال"):
        return Span(given.stem.start, span.end)
    if _given_after_title(text, tokens, k, name, head):
        return Span(given.stem.start, span.end)
    if name.startswith("ال") or name not in lexicons.nationalities():
        return span
    if not head.startswith("ال") or head not in lexicons.titles():
        return span
    return Span(given.stem.start, span.end)


TITLE_REACH = 3  # words before a title phrase's closing nationality in which its title may start
# Bare words that may stand between a title phrase and a name without being a given name.
NOT_GIVEN = frozenset(
    fold_word(w)
    for w in [
        "أمس",
        "مساء",
        "صباح",
        "فجر",
        "ظهر",
        "عصر",
        "ليلة",
        "ليل",
        "حاليا",
        "سابقا",
        "آنذاك",
        "أيضا",
        "كذلك",
        "إن",
        "أن",
        "قد",
        "لم",
        "لن",
        "ما",
        "كان",
        "كانت",
    ]
)


def _given_after_title(text: str, tokens: Sequence[Token], k: int, name: str, head: str) -> bool:
    """Whether the bare word before token k is a given name the model left out, between a title phrase's
    closing nationality and the surname (وزير الدفاع التركي يشار غولر): not definite, no clitics, no time
    word or particle (NOT_GIVEN; frequency does not tell: يشار "is pointed out" is as common as أمس), and a
    title starts within TITLE_REACH words before the nationality."""
    given = tokens[k - 1]
    if (
        given.suffix
        or name.startswith("ال")
        or not head.startswith("ال")
        or head not in lexicons.nationalities()
    ):
        return False
    if name in NOT_GIVEN:
        return False
    firsts = first_words(lexicons.titles())
    before = tokens[max(0, k - 2 - TITLE_REACH) : k - 2]
    return any(not t.is_punct and folded_stem(text, t) in firsts for t in before)


def grow_family_nisba(text: str, tokens: Sequence[Token], span: Span) -> Span:
    """A person's mention of two or more words grown by a definite nationality word right after it: after a
    name such a word is a family name (محمد شياع السوداني, Iraq's prime minister; the model stops before
    it, and the word alone would read as "Sudanese"). An adjective of the person would stand after a title
    (الرئيس السوداني), not after the name."""
    inside = stems_inside(tokens, span)
    k = _at_or_after(tokens, span.end)
    if len(inside) < 2 or k == len(tokens):
        return span
    nisba = tokens[k]
    if nisba.prefixes or nisba.suffix or nisba.is_punct or text[inside[-1].end : nisba.start].strip():
        return span
    word = folded_stem(text, nisba)
    if not (word.startswith("ال") and word.endswith("ي") and word in lexicons.nationalities()):
        return span
    return Span(span.start, nisba.stem.end)


def split_conjoined(tokens: Sequence[Token], span: Span) -> list[Span]:
    """A person's mention cut at each inner word that carries the conjunction و (انتقادات لبايدن ولهاريس:
    the model tagged بايدن ولهاريس as one name; no personal name holds a word with و as a clitic)."""
    inside = stems_inside(tokens, span)
    pieces, start = [], span.start
    for k, t in enumerate(inside[1:], 1):
        if "و" in t.prefixes and not t.is_punct:
            pieces.append(Span(start, inside[k - 1].stem.end))
            start = t.stem.start
    return [*pieces, Span(start, span.end)] if pieces else [span]


# A mention of fewer letters than this, left when the segmenter cut a suffix off its word (سونا as سو + نا,
# ماني as ما + ني, أيك as أي + ك, the suffix read as a pronoun), is no name: the model tagged the whole word
# (it reads whole tokens), so the mention takes its suffix back. On 1000 ANT dev articles the cut mentions
# were سونا-like acronyms in brackets and the names ماني (Mané) and أيك (AEK), besides model errors that
# stay wrong either way (لوني "my colours", جده "his grandfather").
MIN_STEM = 3


def whole_short_stem(tokens: Sequence[Token], span: Span, label: str = "") -> Span:
    """A one-word mention cut short of its word's suffix (MIN_STEM), or a person's name whose last word
    lost its last letters to a pronoun reading (هانا تيتيه cut to هانا تيتي, بيربوك to بيربو + ك "your";
    the model tagged the whole word): up to the word's end."""
    if span.end - span.start < MIN_STEM:
        for token in tokens:
            if token.stem == span:
                return Span(span.start, token.end) if token.suffix else span
    elif label == "PER":
        last = next((t for t in tokens if t.stem.end == span.end), None)
        if last is not None and last.suffix:
            return Span(span.start, last.end)
    return span


def trim_leading_verb(text: str, tokens: Sequence[Token], span: Span, *, person: bool = False) -> Span:
    """A mention of two words or more without a finite reporting verb the model ran into its start (طالب
    المجلس الرئاسي الليبي "the Libyan Presidential Council demanded", which also read طالب as a student).
    Bare, such a verb is cut from organisations and places only: طالب is also a given name. With `person`,
    a person's mention loses only a present-tense one that carries و or ف (وتدعي سامية الخطيب "and Samia
    al-Khatib claims"): a given name never takes the conjunction inside a name. (Cutting past-tense ones
    too, وجادل X, found more quotes but with wrong speakers on the quotes gold: session 21.)"""
    inside = stems_inside(tokens, span)
    if len(inside) < 2:
        return span
    if person and not set(inside[0].prefixes) & {"و", "ف"}:
        return span
    form = load().verbs.get(folded_stem(text, inside[0]))
    if form is None or form.participle or form.masdar or (person and not form.imperfect):
        return span
    return Span(inside[1].stem.start, span.end)


# What follows a report's subject at once: its complementizer, a saying word, a colon (session 26).
_REPORT_OPENERS = frozenset(
    fold_word(w) for w in ("أن", "إن", "بأن", "أنه", "إنه", "بالقول", "قائلا", "قائلة")
)


def trim_joined_verb(text: str, tokens: Sequence[Token], found: Sequence[Entity]) -> list[Entity]:
    """A person's mention the model ran over a finite past reporting verb joined by و/ف (وجادل لافروف بالقول
    إن: «جادل لافروف»), cut to the name after the verb when the article tags that name as a person elsewhere:
    the whole of another PER mention, or its last word (سيرغي لافروف), and what follows the mention is what
    follows a report's subject (أن/إن, بالقول/قائلا, a colon). `trim_leading_verb` leaves past verbs to the
    model (session 21: cutting them all lost speakers on the quotes gold; session 26: cutting them before a
    repeated name alone still did, on the check half, and made وكتبت يحيى هذه الأغنية … أنها a report)."""
    words = {
        id(e): [fold_word(w) for w in text[e.mentions[0].start : e.mentions[0].end].split()]
        for e in found
        if e.label == "PER" and e.mentions
    }
    starts = [t.start for t in tokens]
    out: list[Entity] = []
    for e in found:
        inside = stems_inside(tokens, e.mentions[0]) if id(e) in words and len(e.mentions) == 1 else []
        if len(inside) < 2 or not set(inside[0].prefixes) & {"و", "ف"}:
            out.append(e)
            continue
        form = load().verbs.get(folded_stem(text, inside[0]))
        rest = Span(inside[1].stem.start, e.mentions[0].end)
        name = " ".join(fold_word(w) for w in text[rest.start : rest.end].split())
        named = any(
            " ".join(other) == name or (" " not in name and other[-1] == name)
            for key, other in words.items()
            if key != id(e)
        )
        at = bisect.bisect_left(starts, e.mentions[0].end)
        after = tokens[at] if at < len(tokens) else None
        reports = after is not None and (
            fold_word(text[after.start : after.end]) in _REPORT_OPENERS
            or text[after.start : after.end] == ":"
        )
        if form is None or form.participle or form.masdar or form.imperfect or not named or not reports:
            out.append(e)
            continue
        out.append(dataclasses.replace(e, name=text[rest.start : rest.end], mentions=(rest,)))
    return out


# Words that open a clause: a name never runs over them (الوكالة الدولية للطاقة الذرية أن إيران).
CLAUSE_OPENERS = frozenset(
    fold_word(w) for w in ["أن", "إن", "بأن", "لأن", "الذي", "التي", "الذين", "اللذين"]
)


def cut_at_clause(text: str, tokens: Sequence[Token], span: Span) -> Span:
    """A mention ended before the first word inside it that opens a clause (CLAUSE_OPENERS)."""
    inside = stems_inside(tokens, span)
    for k, token in enumerate(inside[1:], 1):
        if token.folded in CLAUSE_OPENERS:
            return Span(span.start, inside[k - 1].stem.end)
    return span


def cut_open_bracket(text: str, span: Span) -> Span:
    """A mention that opens a bracket it does not close, cut before the bracket (منظمة الصحة العالمية (WHO:
    the short name in brackets is its own mention, or none)."""
    inner = text[span.start : span.end]
    at = inner.find("(")
    if at <= 0 or ")" in inner[at:]:
        return span
    return Span(span.start, span.start + len(inner[:at].rstrip()))


def grow_toponym_head(text: str, tokens: Sequence[Token], span: Span) -> Span:
    """A one-word place mention that is the first word of a compound name (مخيم عين الحلوة tagged عين,
    which a lookup reads as العين, Al Ain in the Emirates) grown by the word after it."""
    k = next((i for i, t in enumerate(tokens) if t.stem.start == span.start), None)
    if k is None or k + 1 >= len(tokens) or tokens[k].stem.end != span.end:
        return span
    after = tokens[k + 1]
    if folded_stem(text, tokens[k]) not in TOPONYM_HEADS or after.is_punct or after.prefixes:
        return span
    return Span(span.start, after.stem.end)


# Direction adverbs (accusative: "southward", "to the north" …), folded: never the end of a place's name.
DIRECTIONS = frozenset(fold_word(w) for w in ["جنوبا", "شمالا", "شرقا", "غربا"])  # tanween folds away


def trim_direction(text: str, tokens: Sequence[Token], span: Span) -> Span:
    """A place's mention without a direction adverb the model ran into its end (ولاية سنار جنوبا)."""
    inside = stems_inside(tokens, span)
    if len(inside) < 2 or folded_stem(text, inside[-1]) not in DIRECTIONS:
        return span
    return Span(span.start, inside[-2].stem.end)


def drop_contained(found: Sequence[Entity]) -> list[Entity]:
    """The model's mentions less any that lies inside another after the fixes above (خان tagged alone
    and grown to خان شيخون over a شيخون tagged too); ids renumbered in order."""
    order = sorted(range(len(found)), key=lambda i: (found[i].mentions[0].start, -found[i].mentions[0].end))
    kept, reach = set(), -1
    for i in order:
        span = found[i].mentions[0]
        if span.end <= reach:
            continue
        kept.add(i)
        reach = span.end
    if len(kept) == len(found):
        return list(found)
    return [
        dataclasses.replace(e, id=f"e{n}") for n, e in enumerate(e for i, e in enumerate(found) if i in kept)
    ]
