"""A person's name the model ran into the organisation before it: حكومة الوحدة الوطنية عماد الطرابلسي.

News writes an office, its body and the holder's name in one breath (وزير الداخلية في حكومة الوحدة الوطنية
عماد الطرابلسي), and the model sometimes tags the body and the name as one ORG. An organisation's name in
news is definite words (الوحدة الوطنية، الحرس الثوري) or goes on with ل-phrases (لحقوق الإنسان); two or
three bare words after its definite words, the first without ال, are a person's name. `split_person_tails`
cuts them off as a PER mention, unless a word of them is a place, country or nationality (الأهلي بنغازي,
عمال مصر) or the first one is a construct noun that continues a body's name (مجلس، هيئة).
Run by `marsad.stages.entities` on the model's own mentions.
`grow_family_head` grows a name over the آل of a family name the model left out (آل ثاني), `grow_family_tail`
over the family word after a آل the name ends in (… آل عمرة), and
`grow_rare_surname` a titled given name over the rare word after it (المفوضة الأممية إيلينا فارغاس).
`names_over_places` joins to a name an unknown place word the model tagged right after it;
`grow_listed_person` grows a name the model cut short to a listed person's whole name, and
`grow_theophoric` over a compound given name with الله before it (ذبيح الله), `trim_trailing_ala` cuts
a preposition على run into a name the article gives elsewhere; `drop_future_verbs`
drops quoted words opening with a future verb that the model tagged MISC.
`trim_agent_tail` does the reverse for a person's name that ran on into a body word after it: in اتهم
المستشار فلان فلان الجيش بقصف the army is the accused, not a word of the name.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections.abc import Sequence

from marsad import lexicons
from marsad.arabic import fold
from marsad.article import Entity, Span, Token
from marsad.entity_edges import LEADING_DESCRIPTORS
from marsad.entity_places import PlaceNames, stems_inside, token_range
from marsad.role_complements import COMPLEMENT
from marsad.stages.segment import folded_stem, word_counts

MIN_BODY = 2  # definite words of the organisation before the name
TAIL = (2, 3)  # words of the person's name


def split_person_tails(
    text: str,
    tokens: Sequence[Token],
    found: Sequence[Entity],
    stems: Sequence[str],
    starts: Sequence[int],
    places: PlaceNames,
    model: str,
) -> list[Entity]:
    """`found` with each model ORG mention (source `model`) that ends in a person's name split into the
    organisation and the person; ids renumbered in order."""
    out: list[Entity] = []
    for e in found:
        span = e.mentions[0]
        first, last = token_range(starts, span)
        k = _tail_start(tokens, stems, first, last, places) if e.label == "ORG" and e.source == model else -1
        if k < 0:
            out.append(e)
            continue
        body = Span(span.start, tokens[k - 1].stem.end)
        person = Span(tokens[k].stem.start, span.end)
        out.append(dataclasses.replace(e, name=text[body.start : body.end], mentions=(body,)))
        out.append(
            dataclasses.replace(e, label="PER", name=text[person.start : person.end], mentions=(person,))
        )
    return [dataclasses.replace(e, id=f"e{i}") for i, e in enumerate(out)]


def _tail_start(
    tokens: Sequence[Token], stems: Sequence[str], first: int, last: int, places: PlaceNames
) -> int:
    """The token index where a person's name starts inside the mention [first, last], else -1."""
    if last - first + 1 < MIN_BODY + TAIL[0] or any(tokens[k].is_punct for k in range(first, last + 1)):
        return -1
    k = first
    while k <= last and stems[k].startswith("ال") and not tokens[k].prefixes:
        k += 1
    n = last - k + 1
    if k - first < MIN_BODY or not TAIL[0] <= n <= TAIL[1]:
        return -1
    tail = range(k, last + 1)
    if tokens[k].prefixes or stems[k] in COMPLEMENT or any(tokens[j].suffix for j in tail):
        return -1
    countries, nationalities = lexicons.countries(), lexicons.nationalities()
    if any(stems[j] in places.names or stems[j] in countries or stems[j] in nationalities for j in tail):
        return -1
    return k


def trim_agent_tail(text: str, tokens: Sequence[Token], span: Span) -> Span:
    """A person's mention of two words or more without a last word that is a definite body or agent noun
    of lexicons/agents.tsv (الجيش، الشرطة، الحكومة): that word opens the next phrase."""
    inside = _words_in(tokens, span)
    if len(inside) < 2:
        return span
    last = inside[-1]
    word = text[last.stem.start : last.stem.end]
    if last.prefixes or not fold(word).startswith("ال"):
        return span
    if lexicons.word_key(word) not in lexicons.agents():
        return span
    return Span(span.start, inside[-2].stem.end)


# إن and أن "that", as written with the hamza: a bare ان may be what a clitic reading left of a name (بان كي
# مون read ب + ان)
PARTICLES = frozenset({"إن", "أن"})


def trim_leading_particle(text: str, tokens: Sequence[Token], span: Span) -> Span:
    """A person's mention of two words or more without the particle إن or أن the model ran into its start
    (فإن هازارد "then Hazard …", بأن إبراهيموفيتش "that Ibrahimović"); a person's name never opens with it."""
    inside = _words_in(tokens, span)
    if len(inside) < 2 or inside[0].suffix:
        return span
    if text[inside[0].stem.start : inside[0].stem.end] not in PARTICLES:
        return span
    return Span(inside[1].stem.start, span.end)


NISBA_ENDS = ("ي", "يه")  # folded endings of a nisba adjective (الدولي، الدولية)


def trim_listed_body_tail(text: str, tokens: Sequence[Token], span: Span) -> Span:
    """An organisation's mention that is a listed name closed by an adjective (منظمة العفو الدولية) and one
    more bare definite word that is no adjective (الحكم "the verdict"): that word is the verb's object."""
    inside = _words_in(tokens, span)
    if len(inside) < 3:
        return span
    words = [fold(text[t.stem.start : t.stem.end]) for t in inside]
    last = inside[-1]
    if last.prefixes or last.suffix or not words[-1].startswith("ال") or words[-1].endswith(NISBA_ENDS):
        return span
    listed = lexicons.organisations()
    if " ".join(words) in listed or " ".join(words[:-1]) not in listed or not words[-2].endswith(NISBA_ENDS):
        return span
    return Span(span.start, inside[-2].stem.end)


# Sectors of the titles that are ranks: never an organisation's last word before a name (وزارة الداخلية
# اللواء منصور …: the spokesman's rank, which the model ran into the ministry's name).
RANK_SECTORS = frozenset({"MIL", "COP"})


def is_rank(word: str) -> bool:
    """Whether a folded word is a rank title (اللواء، العميد، المقدم …; titles.tsv, sector MIL or COP)."""
    title = lexicons.titles().get(word)
    return title is not None and title.sector in RANK_SECTORS and not title.relational


def trim_rank_tail(text: str, tokens: Sequence[Token], span: Span) -> Span:
    """An organisation's mention of two words or more without a bare rank title at its end that the next
    word, a name, follows (not a number: اللواء 93 is a brigade)."""
    inside = _words_in(tokens, span)
    if len(inside) < 2:
        return span
    last = inside[-1]
    if last.prefixes or last.suffix or not is_rank(fold(text[last.stem.start : last.stem.end])):
        return span
    k = bisect.bisect_left(tokens, last.stem.start, key=_stem_start)
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    if after is None or after.is_punct or text[after.stem.start : after.stem.end].isdigit():
        return span
    return Span(span.start, inside[-2].stem.end)


FAMILY = "ال"  # آل "the house of" folded (آل ثاني): it opens the family's name


def grow_family_head(text: str, tokens: Sequence[Token], span: Span) -> Span:
    """A person's mention grown over a bare آل right before it (the model tagged ثاني of آل ثاني)."""
    k = bisect.bisect_left(tokens, span.start, key=_stem_start)
    if k == 0 or k == len(tokens) or tokens[k].stem.start != span.start or tokens[k].prefixes:
        return span
    before = tokens[k - 1]
    if before.is_punct or before.suffix or text[before.stem.start : before.stem.end] != "آل":
        return span
    return Span(before.stem.start, span.end)


def grow_family_tail(text: str, tokens: Sequence[Token], span: Span) -> Span:
    """A person's mention that ends in a bare آل grown over the word after it (the model tagged راشد بن محمد
    آل and left out عمرة: no name ends in "the house of"); not over punctuation or digits (session 29, R2)."""
    k = bisect.bisect_left(tokens, span.end, key=lambda t: t.end)
    if k >= len(tokens) - 1 or tokens[k].end != span.end:
        return span
    last, after = tokens[k], tokens[k + 1]
    if last.prefixes or last.suffix or text[last.stem.start : last.stem.end] != "آل":
        return span
    if after.is_punct or after.prefixes or not text[after.stem.start : after.stem.end].isalpha():
        return span
    return Span(span.start, after.stem.end)


# A word after a titled given name is its family name when the news corpus has it fewer times than this
# (a foreign surname: فارغاس 4 times in ANT; أمس, صباح, لقاء a thousand times and more).
RARE_SURNAME = 50


def grow_rare_surname(text: str, tokens: Sequence[Token], span: Span) -> Span:
    """A person's one-word mention right after a title, nationality, nisba word or descriptor (one comma
    between allowed) grown over the next word when that word is bare Arabic letters without ال, no verb,
    title or nationality, rare in news (RARE_SURNAME), and the name ends there (`_closers`): in قالت
    المفوضة الأممية إيلينا فارغاس إن the model tags only the given name it knows."""

    k = bisect.bisect_left(tokens, span.start, key=_stem_start)
    if k == 0 or k + 1 >= len(tokens) or tokens[k].stem.start != span.start:
        return span
    if span.end not in (tokens[k].stem.end, tokens[k].end):  # one whole word (إيلينا: its نا kept)
        return span
    before = tokens[k - 1] if not tokens[k - 1].is_punct or k < 2 else tokens[k - 2]
    head = folded_stem(text, before)
    # a title word, a nationality or a definite nisba adjective closing a title (المفوضة الأممية), or a
    # descriptor (اللواء المتقاعد ياكوف أميدرور "the retired general Y. A.")
    nisba = head.startswith("ال") and head.endswith(NISBA_ENDS)
    if before.is_punct or not (head in _titled() or nisba or head in LEADING_DESCRIPTORS):
        return span
    nxt = tokens[k + 1]
    word = folded_stem(text, nxt)
    if nxt.is_punct or nxt.prefixes or nxt.suffix or not ARABIC_LETTERS.fullmatch(word):
        return span
    if word.startswith("ال") or text[span.end : nxt.stem.start].strip() or word in _not_surnames():
        return span
    if word.startswith("م") and word.endswith("ا"):  # a participle as ḥāl: قال الوزير سامي ممازحا إن
        return span
    if word_counts().get(text[nxt.stem.start : nxt.stem.end], 0) >= RARE_SURNAME:
        return span
    # the name then ends the phrase: punctuation, the sentence's end or a complementizer or reporting verb
    # follows (إيلينا فارغاس إن …); a surname alone after its title is followed by its verb or predicate
    # (الرئيس الفرنسي فونتين متمسكا بموقفه), which the rare word may be
    after = tokens[k + 2] if k + 2 < len(tokens) else None
    if after is not None and not after.is_punct and folded_stem(text, after) not in _closers():
        return span
    return Span(span.start, nxt.stem.end)


ARABIC_LETTERS = re.compile("[\u0621-\u064a]+")


@functools.cache
def _closers() -> frozenset[str]:
    """Folded words that may follow a person's full name as subject: complementizers, reporting verbs."""
    from marsad.quotes_lexicon import COMPLEMENTIZER, load

    return frozenset({COMPLEMENTIZER, "بان", *load().verbs})


@functools.cache
def _titled() -> frozenset[str]:
    """Folded words that end a title phrase before a name: title words and nationalities."""
    words = {w for title in lexicons.titles() for w in title.split()}
    return frozenset(words | {w for n in lexicons.nationalities() for w in n.split()})


@functools.cache
def _not_surnames() -> frozenset[str]:
    """Folded words that do not continue a name: reporting verb and event trigger forms, titles."""
    from marsad.events_lexicon import triggers
    from marsad.quotes_lexicon import load

    return frozenset(set(load().verbs) | set(triggers()) | _titled())


# The preposition "on" as written; the name Ali is written علي, though folding makes the two one word.
ALA = "على"


def trim_trailing_ala(text: str, tokens: Sequence[Token], found: Sequence[Entity]) -> list[Entity]:
    """A person's mention whose last word is written على after words that end another person's mention of
    the article loses that word: in وشدد عبد العاطي على "رفض …" after بدر عبد العاطي the model ran the
    name into the verb's preposition."""
    names = [text[m.start : m.end].split() for e in found if e.label == "PER" for m in e.mentions]
    out: list[Entity] = []
    for e in found:
        words = e.name.split()
        # the cheap test first: almost no mention ends in على, so the tokens are looked up only for those
        if e.label == "PER" and len(e.mentions) == 1 and len(words) >= 2 and words[-1] == ALA:
            rest = words[:-1]
            inside = stems_inside(tokens, e.mentions[0])
            if len(inside) >= 2 and any(len(n) > len(rest) and n[-len(rest) :] == rest for n in names):
                span = Span(e.mentions[0].start, inside[-2].stem.end)
                e = dataclasses.replace(e, name=text[span.start : span.end], mentions=(span,))
        out.append(e)
    return out


LISTED_TAIL = 2  # words a listed person's name may add to the model's mention


def grow_listed_person(text: str, tokens: Sequence[Token], span: Span) -> Span:
    """A person's mention grown over the one or two bare words after it that complete a listed person's name
    (lexicons.people): in الرئيس السوري أحمد الشرع the model stops at أحمد, as الشرع alone reads "the law".
    Else a listed name the model ran over one word behind a proclitic loses it, and one it started late
    takes its first words back (_listed_head)."""
    people = lexicons.people()
    k = bisect.bisect_left(tokens, span.end, key=_stem_start)
    said = [fold(w) for w in text[span.start : span.end].split()]
    words = list(said)
    best, end = span, span.end
    for t in tokens[k : k + LISTED_TAIL]:
        if t.is_punct or t.prefixes or t.suffix or text[end : t.stem.start].strip():
            break
        words.append(fold(text[t.stem.start : t.stem.end]))
        end = t.stem.end
        if " ".join(words) in people:
            best = Span(span.start, end)
    if best != span:
        return best
    inside = _words_in(tokens, span)
    # a listed name and one more word behind a proclitic (بنيامين نتنياهو ببيان "with a statement")
    if len(inside) >= 3 and inside[-1].prefixes and " ".join(said[:-1]) in people:
        return Span(span.start, inside[-2].stem.end)
    return _listed_head(text, tokens, span, people, said)


def _words_in(tokens: Sequence[Token], span: Span) -> list[Token]:
    """The tokens of a mention, punctuation left out."""
    return [t for t in stems_inside(tokens, span) if not t.is_punct]


def _listed_head(
    text: str, tokens: Sequence[Token], span: Span, people: frozenset[str], said: list[str]
) -> Span:
    """The same over the one or two words before the mention (رئيس مجلس النواب عقيلة صالح: the model starts
    at صالح); the first of them may carry a proclitic (وعقيلة). `said`: the mention's folded words."""
    k = bisect.bisect_left(tokens, span.start, key=_stem_start)
    words = list(said)
    start = span.start
    for t in reversed(tokens[max(0, k - LISTED_TAIL) : k]):
        if t.is_punct or t.suffix or text[t.stem.end : start].strip():
            break
        words.insert(0, fold(text[t.stem.start : t.stem.end]))
        start = t.stem.start
        if " ".join(words) in people:
            return Span(start, span.end)
        if t.prefixes:
            break
    return span


# First words of compound given names with الله (ذبيح الله مجاهد): the model often tags الله apart (as MISC)
# and starts the person at the next word.
THEOPHORIC = frozenset(
    fold(w)
    for w in [
        *("ذبيح", "نصر", "فتح", "عطا", "خير", "جار", "فضل", "حمد", "سعد", "عبيد", "ضيف", "هبة", "رزق"),
        *("حسب", "سيف", "روح", "نعمة", "عوض", "جاد", "حب", "كرم", "شكر", "وهب", "أمان", "نور"),
    ]
)
GOD = "الله"


def grow_theophoric(text: str, tokens: Sequence[Token], span: Span) -> Span:
    """A person's mention grown over a compound given name with الله right before it (ذبيح الله مجاهد:
    the model tagged مجاهد alone, or الله مجاهد), when both words are bare."""
    k = bisect.bisect_left(tokens, span.start, key=_stem_start)
    if k == len(tokens) or tokens[k].stem.start != span.start:
        return span
    first = text[span.start : tokens[k].stem.end]
    if first != GOD:
        k -= 1  # the mention starts after الله
        if k < 1 or text[tokens[k].stem.start : tokens[k].stem.end] != GOD:
            return span
    god, given = tokens[k], tokens[k - 1] if k >= 1 else None
    if given is None or any(t.prefixes or t.suffix or t.is_punct for t in (god, given)):
        return span
    if fold(text[given.stem.start : given.stem.end]) not in THEOPHORIC:
        return span
    return Span(given.stem.start, span.end)


FUTURE = "س"  # the future prefix: only verbs carry it (ستحتكر "will monopolise")


def drop_future_verbs(
    tokens: Sequence[Token], found: Sequence[Entity], starts: Sequence[int]
) -> list[Entity]:
    """`found` without MISC mentions that open with a verb in the future (الدولة "ستحتكر السلاح": quoted
    words the model took for a title). Ids renumbered in order."""
    out = []
    for e in found:
        first, _ = token_range(starts, e.mentions[0])
        if e.label == "MISC" and 0 <= first < len(tokens) and FUTURE in tokens[first].prefixes:
            continue
        out.append(e)
    return [dataclasses.replace(e, id=f"e{i}") for i, e in enumerate(out)]


def _stem_start(token: Token) -> int:
    return token.stem.start


def names_over_places(
    text: str,
    tokens: Sequence[Token],
    found: Sequence[Entity],
    stems: Sequence[str],
    starts: Sequence[int],
    known: PlaceNames,
) -> list[Entity]:
    """`found` with each place mention of one bare word that no gazetteer name or country is, right after a
    person's name of two words or more (no punctuation, clitic or pronoun between or on it), made the
    name's last word: the model split خوسيه مانويل ألباريس into a man and a place. A known place after a
    name stays (زار الرئيس X بيروت: the place visited). Ids renumbered in order."""
    countries = lexicons.countries()
    ends = {}
    for k, e in enumerate(found):
        if e.label == "PER" and len(e.mentions) == 1:
            first, last = token_range(starts, e.mentions[0])
            if 0 <= first < last:
                ends[last] = k
    grown: dict[int, Span] = {}
    dropped: set[int] = set()
    for k, e in enumerate(found):
        if e.label != "LOC" or len(e.mentions) != 1:
            continue
        first, last = token_range(starts, e.mentions[0])
        owner = ends.get(first - 1)
        if owner is None or owner in grown or first != last or first < 0:
            continue
        t = tokens[first]
        if t.prefixes or t.suffix or t.is_punct or stems[first] in known.names or stems[first] in countries:
            continue
        grown[owner] = Span(found[owner].mentions[0].start, e.mentions[0].end)
        dropped.add(k)
    out = [_grown(text, e, grown.get(k)) for k, e in enumerate(found) if k not in dropped]
    return [dataclasses.replace(e, id=f"e{i}") for i, e in enumerate(out)]


def _grown(text: str, entity: Entity, span: Span | None) -> Entity:
    """The entity with its one mention replaced by `span`, if any."""
    if span is None:
        return entity
    return dataclasses.replace(entity, name=text[span.start : span.end], mentions=(span,))
