"""Mentions the NER model missed, found from lexicons: the passes of the entities stage other than places.

Listed organisations and ministries (`org_spans`), bare names of people named in full (`name_spans`), the
fitting of the model's own place and organisation mentions to known names (`fit_places`). The place
passes are in `marsad.entity_places`, the mending of the model's person mentions in `marsad.entity_bounds`.
`marsad.stages.entities` runs them in its order; the gold conventions they follow are in
bench/gold/ENTITIES.md.
"""

from __future__ import annotations

import bisect
import contextlib
import dataclasses
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from marsad import lexicons
from marsad.arabic import fold, fold_word
from marsad.article import Article, Entity, Span, Token
from marsad.attribution import TYPE_NOUNS
from marsad.entity_places import (
    PlaceNames,
    accusative_adjective,
    busy_flags,
    folded_stems,
    hashtag_key,
    token_range,
)
from marsad.entity_tails import is_rank
from marsad.quotes_lexicon import load as load_quote_lexicon
from marsad.quotes_view import QUOTE_CHARS
from marsad.role_complements import NOT_COMPLEMENT

# Designators set outside an organisation's mention when the rest is a name of its own (ENTITIES.md).
ORG_DESIGNATORS = frozenset(fold(w) for w in ["تنظيم", "حركة", "جماعة", "شركة", "وكالة", "حزب"])
MAX_ORG_WORDS = 6  # مفوضية الأمم المتحدة السامية لشؤون اللاجئين
MINISTRY = fold("وزارة")
# A counterpart with its owner's pronoun (نظيره، نظيرتها، بنظيرهم: "his/her/their counterpart"), folded: it
# describes the person named after it and is no part of the name (نظيره الروسي سيرغي لافروف).
COUNTERPART = re.compile("^" + fold("نظير") + "(?:" + fold("ة") + "|ت)?(?:ه|ها|هم|هما|هن|ي|نا|ك|كم)?$")
MINISTRY_WORDS = 4  # وزارة التعليم العالي والبحث: at most this many words after وزارة
# Marks that may stand between a type noun and an outlet's name (وكالة "سبأ"، وكالة الأنباء (بترا)).
OPENERS = QUOTE_CHARS | {"("}
NEWS_FILLERS = frozenset(fold(w) for w in ["أنباء", "الأنباء"])  # وكالة الأنباء "سبأ"
# What produced each mention (Entity.source): the model, or one of the passes here.
SOURCE = "entities.crf.v1"
LEXICON_SOURCE = "entities.lexicon.v1"
GAZETTEER_SOURCE = "entities.gazetteer.v1"
DESCRIPTOR_SOURCE = "entities.descriptor.v1"
LOCAL_SOURCE = "entities.local.v1"
NAME_SOURCE = "entities.names.v1"
REPEAT_SOURCE = "entities.repeat.v1"
# A body named by a description, not a name (قال الجيش الإسرائيلي): a speaker, an actor, no NER mention.
DESCRIPTION_SOURCE = "entities.description.v1"
COMPANY_SOURCE = "entities.company.v1"  # a company named after a place (شركة مصر للغزل والنسيج)
QUOTED_SOURCE = "entities.quoted.v1"  # a quoted name after an organisation's head noun (موقع "مدى مصر")
PEOPLE_SOURCE = "entities.people.v1"  # a full name the NER tags across ANT news (marsad.entity_people)


def org_spans(
    article: Article,
    orgs: PlaceNames,
    taken: Sequence[Span],
    stems: Sequence[str] | None = None,
    busy: Sequence[bool] | None = None,
) -> list[Span]:
    """Spans of organisation names (lexicons.organisations) and ministries over untouched tokens.

    The first word is matched on its stem (والحوثيين gives الحوثيين; للإنتربول gives لإنتربول, as for
    places), the others as written, since names carry prepositions inside (المرصد السوري لحقوق الإنسان).
    A designator before a name that is listed on its own stays outside (تنظيم داعش → داعش, ENTITIES.md).
    A ministry is وزارة with its definite complement and nationality (وزارة الداخلية الفرنسية).
    """
    tokens, text = article.tokens, article.text
    stems = stems if stems is not None else folded_stems(article)
    busy = busy if busy is not None else busy_flags(tokens, taken)
    found: list[Span] = []
    heads = orgs.heads
    free = 0  # the first token the last name found leaves free
    # Only the words a name (or وزارة) starts with are tried.
    for i in [k for k, stem in enumerate(stems) if stem in heads or stem == MINISTRY]:
        token = tokens[i]
        if i < free or busy[i] or token.is_punct:
            continue
        stem = stems[i]
        n = org_at(tokens, i, text, orgs, busy, stem)
        if (
            n > 1
            and stem in ORG_DESIGNATORS
            and org_at(tokens, i + 1, text, orgs, busy, stems[i + 1]) == n - 1
        ):
            i += 1  # the designator outside: the name starts at the next word
            token, n = tokens[i], n - 1
        if not n and stem == MINISTRY:
            n = _ministry_len(tokens, i, stems, busy)
        if n:
            found.append(Span(token.stem.start, tokens[i + n - 1].stem.end))
            free = i + n
    return found


def org_at(
    tokens: Sequence[Token],
    i: int,
    text: str,
    orgs: PlaceNames,
    busy: Sequence[bool],
    stem: str,
) -> int:
    """The length in words of the longest organisation name starting at token i (0 when none)."""
    token = tokens[i]
    head = orgs.head(stem)
    if head is None:
        return 0
    for n in range(min(orgs.longest[head], len(tokens) - i), 0, -1):
        rest = tokens[i + 1 : i + n]
        if any(busy[k] for k in range(i + 1, i + n)) or any(t.is_punct for t in rest):
            continue
        if tokens[i + n - 1].suffix and n > 1:
            continue  # a pronoun on the last word: not the bare name
        key = " ".join([head, *(fold_word(text[t.start : t.end]) for t in rest)])
        if key in orgs.names and (n > 1 or not token.suffix):
            return n
    return 0


def _ministry_len(tokens: Sequence[Token], i: int, stems: Sequence[str], busy: Sequence[bool]) -> int:
    """Words of وزارة + its definite complement (الخارجية، التعليم العالي) + a nationality, or 0; a rank title
    ends the complement."""
    nationalities = lexicons.nationalities()
    j = i + 1
    while j < len(tokens) and j - i <= MINISTRY_WORDS and not busy[j]:
        t = tokens[j]
        word = stems[j]
        if t.is_punct or t.prefixes or t.suffix or not word.startswith("ال") or word in NOT_COMPLEMENT:
            break
        if is_rank(word):
            break  # وزارة الداخلية اللواء منصور …: the spokesman's rank
        j += 1
        if word in nationalities:
            break  # the nationality ends the title
    return j - i if j > i + 1 else 0


def fit_places(
    article: Article,
    found: Sequence[Entity],
    stems: Sequence[str],
    known: PlaceNames,
    orgs: PlaceNames | None = None,
    starts: Sequence[int] | None = None,
    model: str = SOURCE,
    generic: frozenset[str] = frozenset(),
) -> list[Entity]:
    """NER mentions (those whose source is `model`) fitted to the gazetteer's and the organisation
    lexicon's names.

    A mention of any label inside a listed organisation's name whose other words are free becomes that
    organisation (الشام in تنظيم "هيئة تحرير الشام" → هيئة تحرير الشام, ORG). A LOC mention that is only a
    descriptor word (`generic`: ريف of ريف إدلب, which the model tagged apart) is dropped: designators stay
    outside place names (ENTITIES.md).

    A LOC mention that is no known name but becomes one with the next word or two is extended (the model
    cut أولان باتور, Ulaanbaatar, to أولان), or with the letter the segmenter took for a proclitic (بحر
    البلطيق, the Baltic Sea, read as ب + حر البلطيق). A country name the model called PER/ORG is a LOC; a
    nationality adjective alone is dropped, and so is a counterpart (نظيره الروسي) before a person's name.
    A MISC/ORG mention that holds a listed organisation after a generic head or designator is cut to it
    (ميليشيا الحوثي → الحوثي, تنظيم داعش → داعش, ENTITIES.md), or grown by the word before it when that
    makes one (الإسلام after جيش: جيش الإسلام), or to the end of one that starts inside it and runs on
    (`_org_running_on`: منظمة أطباء → منظمة أطباء بلا حدود), and is an ORG.
    """
    tokens, text = article.tokens, article.text
    starts = starts if starts is not None else [t.start for t in tokens]
    found = _join_places(text, tokens, found, stems, known, starts, model)
    busy = busy_flags(tokens, [m for e in found for m in e.mentions], starts)
    countries = lexicons.countries()
    nationalities = _nationality_words()
    out: list[Entity] = []
    for e in found:
        span = e.mentions[0]
        first, last = token_range(starts, span)
        if e.source != model or first < 0 or last < first:
            out.append(e)
            continue
        if text.startswith("#", span.start):  # a hashtag: the name inside it, without the # (ENTITIES.md)
            span = Span(span.start + 1, span.end)
            e = dataclasses.replace(e, name=text[span.start : span.end], mentions=(span,))
            key = hashtag_key(text, span.start, span.end)
            out.append(dataclasses.replace(e, label="LOC") if e.label != "LOC" and key in countries else e)
            continue
        if e.label == "PER" and COUNTERPART.match(stems[first]):
            rest = first + 1
            while rest <= last and stems[rest] in nationalities:
                rest += 1
            if rest > last:
                continue  # نظيره الروسي alone: a description, no name
            span = Span(tokens[rest].stem.start, span.end)
            e = dataclasses.replace(e, name=text[span.start : span.end], mentions=(span,))
            first = rest
        key = " ".join(stems[first : last + 1])
        if e.label == "LOC" and key in generic:
            continue  # ريف "countryside" alone: a descriptor, no name
        if e.label == "LOC" and first == last and accusative_adjective(text, tokens, first, stems):
            continue  # مواطنا روسيا "a Russian citizen", اجتماعا وزاريا "a ministerial meeting"
        grown = _enclosing_org(tokens, first, last, text, orgs, busy, stems) if orgs else None
        if grown is not None:
            out.append(
                dataclasses.replace(e, label="ORG", name=text[grown.start : grown.end], mentions=(grown,))
            )
            continue
        if key in nationalities and key not in countries:
            continue  # a nationality adjective alone (الكوري of الكوري الشمالي, tagged PER): no entity
        if e.label in ("LOC", "PER", "MISC") and _typed_outlet(tokens, first, key, stems):
            out.append(dataclasses.replace(e, label="ORG"))  # وكالة بترا: the agency, not the city
            continue
        if e.label in ("PER", "ORG") and key in countries:
            out.append(dataclasses.replace(e, label="LOC"))  # بولندا tagged PER is Poland
            continue
        if e.label in ("MISC", "ORG") and orgs:
            org = _fit_org(tokens, first, last, stems, orgs, busy) or _org_running_on(
                tokens, first, last, text, orgs, busy, stems
            )
            if org is not None:
                out.append(
                    dataclasses.replace(e, label="ORG", name=text[org.start : org.end], mentions=(org,))
                )
                continue
        fitted = None if e.label != "LOC" else _fit(text, tokens, first, last, stems, known, busy)
        if fitted is None:
            out.append(e)
        else:
            out.append(dataclasses.replace(e, name=text[fitted.start : fitted.end], mentions=(fitted,)))
    return out


@lru_cache(maxsize=1)
def _nationality_words() -> frozenset[str]:
    """Nationality adjectives and the first words of two-word ones (الكوري of الكوري الشمالي)."""
    forms = lexicons.nationalities()
    return frozenset(forms) | {form.split(" ")[0] for form in forms}


def _join_places(
    text: str,
    tokens: Sequence[Token],
    found: Sequence[Entity],
    stems: Sequence[str],
    known: PlaceNames,
    starts: Sequence[int],
    model: str,
) -> list[Entity]:
    """Two model LOC mentions on adjacent words joined when together they are one known name (بابوا and
    غينيا tagged apart: بابوا غينيا الجديدة, Papua New Guinea, with the free word after them)."""
    out = list(found)
    k = 0
    while k + 1 < len(out):
        a, b = out[k], out[k + 1]
        if not (a.label == b.label == "LOC" and a.source == b.source == model):
            k += 1
            continue
        first = bisect.bisect_right(starts, a.mentions[0].start) - 1
        last = bisect.bisect_left(starts, b.mentions[0].end) - 1
        gap = text[a.mentions[0].end : b.mentions[0].start]
        span = None
        if gap == " ":
            for end in (last, last + 1):
                if end >= len(tokens) or tokens[end].is_punct or (tokens[end].prefixes and end > last):
                    break
                if " ".join(stems[first : end + 1]) in known.names:
                    span = Span(a.mentions[0].start, max(b.mentions[0].end, tokens[end].stem.end))
                    break
        if span is None:
            k += 1
            continue
        out[k : k + 2] = [dataclasses.replace(a, name=text[span.start : span.end], mentions=(span,))]
    return out


def _typed_outlet(tokens: Sequence[Token], first: int, key: str, stems: Sequence[str]) -> bool:
    """Whether the name `key` at token `first` is a listed outlet that needs a type noun (بترا is also
    Petra, سبأ Sheba) and has one before it, or its own full name (وكالة بترا، وكالة الأنباء "سبأ"، وكالة
    الأنباء الأردنية (بترا)); quote marks and a bracket may stand between."""
    names = load_quote_lexicon().outlet_names
    outlet = names.get(key)
    if outlet is None or not outlet.needs_type:
        return False
    k = first - 1
    while k >= 0 and tokens[k].is_punct and stems[k] in OPENERS:
        k -= 1
    if k < 0 or tokens[k].is_punct:
        return False
    if stems[k] in TYPE_NOUNS or stems[k] in NEWS_FILLERS:
        return True
    return any(names.get(" ".join(stems[j : k + 1])) is outlet for j in range(max(0, k - 4), k))


def _enclosing_org(
    tokens: Sequence[Token],
    first: int,
    last: int,
    text: str,
    orgs: PlaceNames,
    busy: list[bool],
    stems: Sequence[str],
) -> Span | None:
    """The span of a listed organisation name that holds tokens first..last and more, its other tokens
    free, or None. `busy` is the caller's: the mention's own tokens count as free only during the call."""
    starts = [
        i for i in range(max(0, first - MAX_ORG_WORDS + 1), first + 1) if orgs.head(stems[i]) is not None
    ]
    if not starts:
        return None
    with _freed(busy, first, last):
        for i in starts:
            if any(busy[i:first]):
                continue
            n = org_at(tokens, i, text, orgs, busy, stems[i])
            if i + n - 1 >= last and (i < first or i + n - 1 > last):
                return Span(tokens[i].stem.start, tokens[i + n - 1].stem.end)
        return None


def _org_running_on(
    tokens: Sequence[Token],
    first: int,
    last: int,
    text: str,
    orgs: PlaceNames,
    busy: list[bool],
    stems: Sequence[str],
) -> Span | None:
    """The mention grown to the end of a listed organisation that starts inside it, after its first word,
    and runs on past its end over free tokens (منظمة أطباء + أطباء بلا حدود: the model stopped at بلا,
    read ب + لا), or None."""
    with _freed(busy, first, last):
        for i in range(first + 1, last + 1):
            n = org_at(tokens, i, text, orgs, busy, stems[i])
            if i + n - 1 > last:
                return Span(tokens[first].stem.start, tokens[i + n - 1].stem.end)
        return None


@contextlib.contextmanager
def _freed(busy: list[bool], first: int, last: int) -> Iterator[None]:
    """The tokens first..last marked free in `busy` for the block (a mention's own tokens, while the names
    around it are matched), then as they were."""
    held = busy[first : last + 1]
    busy[first : last + 1] = [False] * len(held)
    try:
        yield
    finally:
        busy[first : last + 1] = held


def _fit_org(
    tokens: Sequence[Token],
    first: int,
    last: int,
    stems: Sequence[str],
    orgs: PlaceNames,
    busy: Sequence[bool],
) -> Span | None:
    """The span of tokens first..last fitted to a listed organisation (see fit_places), or None."""
    key = " ".join(stems[first : last + 1])
    if key in orgs.names and stems[first] not in ORG_DESIGNATORS:
        return None
    for k in range(1, last - first + 1):
        rest = " ".join(stems[first + k : last + 1])
        if rest in orgs.names and (k > 1 or key not in orgs.names or stems[first] in ORG_DESIGNATORS):
            return Span(tokens[first + k].stem.start, tokens[last].stem.end)
    before = first - 1
    if (
        key not in orgs.names
        and before >= 0
        and not (busy[before] or tokens[before].is_punct or tokens[first].prefixes)
        and f"{stems[before]} {key}" in orgs.names
    ):
        return Span(tokens[before].stem.start, tokens[last].stem.end)
    return None


def _fit(
    text: str,
    tokens: Sequence[Token],
    first: int,
    last: int,
    stems: Sequence[str],
    known: PlaceNames,
    busy: Sequence[bool],
) -> Span | None:
    """The span of tokens first..last grown to a known place name (see fit_places), or None."""
    key = " ".join(stems[first : last + 1])
    # A known name is grown only by a word before it (غينيا is Guinea, بابوا غينيا الجديدة another place).
    for n in (1, 2) if key not in known.names else ():
        after = _free_after(tokens, busy, last, n)
        if after is None:
            break
        if " ".join([key, *(stems[k] for k in after)]) in known.names:
            return Span(tokens[first].stem.start, tokens[after[-1]].stem.end)
    before = first - 1  # a first word the model left out (بابوا of بابوا غينيا الجديدة, Papua New Guinea)
    if before >= 0 and not (busy[before] or tokens[before].is_punct or tokens[first].prefixes):
        for n in (0, 1):
            after = _free_after(tokens, busy, last, n)
            if after is None:
                break
            if " ".join([stems[before], key, *(stems[k] for k in after)]) in known.names:
                return Span(tokens[before].stem.start, tokens[after[-1] if n else last].stem.end)
    token = tokens[first]
    if token.prefixes and key not in known.names:
        rest = stems[first + 1 : last + 1]
        for start in (token.start, token.start + 1) if text[token.start] in "وف" else (token.start,):
            if " ".join([fold_word(text[start : token.stem.end]), *rest]) in known.names:
                return Span(start, tokens[last].stem.end)
    return None


def _free_after(tokens: Sequence[Token], busy: Sequence[bool], last: int, n: int) -> range | None:
    """The n tokens after token `last` when all are free words (no mention, mark or proclitic), else None."""
    after = range(last + 1, last + 1 + n)
    if after.stop > len(tokens) or any(busy[k] or tokens[k].is_punct or tokens[k].prefixes for k in after):
        return None
    return after


def named_countries(found: Sequence[Entity], stems: Sequence[str]) -> set[str]:
    """The countries an article names: its country LOC mentions and its nationality adjectives."""
    countries, nationalities = lexicons.countries(), lexicons.nationalities()
    named = {countries.get(" ".join(fold_word(w) for w in e.name.split())) for e in found if e.label == "LOC"}
    named |= {nationalities.get(s) for s in set(stems)}
    return {c for c in named if c}
