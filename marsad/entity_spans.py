"""Mentions the NER model missed, found from lexicons and gazetteers: the passes of the entities stage.

Listed organisations and ministries (`org_spans`), places after a descriptor (`descriptor_spans`) or listed
after a plural one (`list_spans`), well-known places (`place_spans`), bare names of people named in full
(`name_spans`), smaller towns and taggable divisions (`local_spans`), the fitting of the model's own place
and organisation mentions to known names (`fit_places`) and of its person mentions to the name without a
title run into it (`trim_title`).
`marsad.stages.entities` runs them in its order; the gold conventions they follow are in
bench/gold/ENTITIES.md.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from marsad import lexicons
from marsad.arabic import fold, fold_word
from marsad.article import Article, Entity, Span, Token
from marsad.merge import NAME_LINKS
from marsad.roles import NOT_COMPLEMENT

# Designators set outside an organisation's mention when the rest is a name of its own (ENTITIES.md).
ORG_DESIGNATORS = frozenset(fold(w) for w in ["تنظيم", "حركة", "جماعة", "شركة", "وكالة", "حزب"])
MAX_ORG_WORDS = 6  # مفوضية الأمم المتحدة السامية لشؤون اللاجئين
MINISTRY = fold("وزارة")
MINISTRY_WORDS = 4  # وزارة التعليم العالي والبحث: at most this many words after وزارة
# Descriptor kind (lexicons/place_variants.tsv) after which the next word is a place name even when the
# gazetteer does not know it: مديرية كتاف ("Kitaf district"), قرية X ("the village of X").
AREA = "area"
# Words after an area descriptor that are no name: particles and the adjectives news puts after
# بلدة/قرية/محافظة ("another town", "a big village", "a border town"); nationality adjectives are
# excluded through the nationalities lexicon.
NOT_AREA_NAMES = frozenset(
    fold(w)
    for w in [
        "في", "من", "على", "إلى", "عن", "مع", "أو", "ثم", "التي", "الذي", "واحدة", "أخرى", "كبيرة",
        "صغيرة", "جديدة", "ثانية", "ثالثة", "حدودية", "نائية", "مجاورة", "قريبة", "ساحلية", "زراعية",
        "رئيسية", "محاصرة", "نفسها", "واقعة", "تقع", "يبلغ", "تدعى", "تسمى", "اسمها",
    ]
)  # fmt: skip
# Titles the NER sometimes runs into a person's mention from after the name (سلمى خوري المتحدثة باسم …
# "Salma Khoury, the spokeswoman for …"): cut off, so that the mention is the name and the title a role.
# Only role words, none a common family name (القاضي، الشيخ، السلطان، الزعيم، الكاتب are left out).
TRAILING_TITLES = frozenset(
    fold(w)
    for w in [
        "المتحدث", "المتحدثة", "الناطق", "الناطقة", "الرئيس", "الرئيسة", "الوزير", "الوزيرة", "المستشار",
        "المستشارة", "السفير", "السفيرة", "المدير", "المديرة", "المراسل", "المراسلة", "المبعوث",
        "المسؤول", "المسؤولة", "الصحفي", "الصحفية", "الصحافي", "الصحافية", "الناشط", "الناشطة",
        "الباحث", "الباحثة", "المحرر", "المحررة",
    ]
)  # fmt: skip
# Quotation marks around a name after a descriptor (منطقة "العطفين", بلدة «كفر زيتا»): opening -> closing.
OPEN_QUOTES = {'"': '"', "«": "»", "“": "”"}
MAX_QUOTED = 3  # words between the marks
# Kinds of zone news puts in quotation marks after منطقة: no place names (منطقة "خفض التصعيد").
NOT_QUOTED_NAMES = frozenset(
    " ".join(fold(w) for w in phrase.split())
    for phrase in [
        "خفض التصعيد", "خفض توتر", "آمنة", "عازلة", "منزوعة السلاح", "حظر الطيران", "حظر جوي", "محايدة",
        "عسكرية", "مغلقة", "محررة", "نفوذ",
    ]
)  # fmt: skip
CITY = "city"
MAX_PLACE_WORDS = 4  # longest place name tried (المحيط المتجمد الشمالي، الولايات المتحدة الأمريكية)
# What produced each mention (Entity.source): the model, or one of the passes here.
SOURCE = "entities.crf.v1"
LEXICON_SOURCE = "entities.lexicon.v1"
GAZETTEER_SOURCE = "entities.gazetteer.v1"
DESCRIPTOR_SOURCE = "entities.descriptor.v1"
LOCAL_SOURCE = "entities.local.v1"
NAME_SOURCE = "entities.names.v1"
# A body named by a description, not a name (قال الجيش الإسرائيلي): a speaker, an actor, no NER mention.
DESCRIPTION_SOURCE = "entities.description.v1"


class PlaceNames:
    """Folded names (of places, or organisations), indexed by first word for a dict lookup per token."""

    def __init__(self, names: Iterable[str] = (), max_words: int = MAX_PLACE_WORDS) -> None:
        self.names = frozenset(names)
        self.longest: dict[str, int] = {}  # first word -> most words of a name starting with it
        for name in self.names:
            head, n = name.split(" ")[0], name.count(" ") + 1
            self.longest[head] = min(max(self.longest.get(head, 0), n), max_words)
        # Stem -> the first word it stands for (head()), computed once: the stem itself, or ال + a stem
        # that starts with the ل of ل + ال (للعراق → لعراق → العراق).
        self.heads: dict[str, str] = {head: head for head in self.longest}
        for head in self.longest:
            stem = head[1:]
            if head.startswith("ال") and not stem.startswith("ال") and stem not in self.longest:
                self.heads[stem] = head

    def __bool__(self) -> bool:
        return bool(self.names)

    def head(self, stem: str) -> str | None:
        """The form of a first word names start with: the stem, or ال + it for لعراق (للعراق)."""
        return self.heads.get(stem)

    def candidates(self, stems: Sequence[str]) -> list[int]:
        """The indices of the stems a name may start at (head() is not None), in order."""
        heads = self.heads
        return [i for i, stem in enumerate(stems) if stem in heads]


def place_spans(
    article: Article,
    places: PlaceNames,
    taken: Sequence[Span],
    stems: Sequence[str] | None = None,
    busy: Sequence[bool] | None = None,
) -> list[Span]:
    """Spans of known place names (longest first) over tokens that no mention in `taken` touches.

    A name is matched on the folded stems of consecutive tokens, so بالعراق gives العراق; a stem that
    starts with the ل of ل + ال (للعراق → لعراق, the UD convention) matches the name with ال. A hashtag
    is one token: its name is matched whole, without the # (#خان_يونس gives خان_يونس). `stems`: the
    tokens' folded stems when the caller has them (folded_stems); `busy`: whether each token is taken, in
    place of `taken`, when the caller has it.
    Only the tokens a name can start at (PlaceNames.candidates) and hashtags are tried.
    """
    tokens, text = article.tokens, article.text
    stems = stems if stems is not None else folded_stems(article)
    busy = busy if busy is not None else busy_flags(tokens, taken)
    found: list[Span] = []
    free = 0  # the first token the last name found leaves free
    for i in _with_hashtags(places.candidates(stems), tokens, text):
        token = tokens[i]
        if i < free or busy[i] or token.is_punct:
            continue
        if text.startswith("#", token.stem.start):
            if _hashtag_key(text, token.stem.start + 1, token.stem.end) in places.names:
                found.append(Span(token.stem.start + 1, token.stem.end))
            continue
        hit = _known_at(tokens, i, stems, places, busy)
        if hit:
            found.append(Span(token.stem.start, tokens[i + hit - 1].stem.end))
            free = i + hit
    return found


def _with_hashtags(candidates: list[int], tokens: Sequence[Token], text: str) -> list[int]:
    """The candidate token indices with those of the hashtags (a stem that starts with #), in order."""
    tags = []
    at = text.find("#")
    while at >= 0:  # the token a # falls in, found by its start: a hashtag if its stem starts there
        k = bisect.bisect_right(tokens, at, key=_start) - 1
        if k >= 0 and tokens[k].stem.start == at:
            tags.append(k)
        at = text.find("#", at + 1)
    return sorted({*candidates, *tags}) if tags else candidates


def _start(token: Token) -> int:
    return token.start


def descriptor_spans(
    article: Article,
    descriptors: Mapping[str, str],
    known: PlaceNames,
    taken: Sequence[Span],
    stems: Sequence[str] | None = None,
    busy: Sequence[bool] | None = None,
) -> list[Span]:
    """Place names right after a place descriptor (مدينة، محافظة، بمديرية) that no mention in `taken` touches.

    The name is the longest known place name (`known`: every gazetteer name, not only the unambiguous
    ones) after the descriptor; after an "area" descriptor (مديرية، قرية) whose next word is always a
    name, a single unknown word too (مديرية كتاف). The descriptor itself stays outside (ENTITIES.md),
    also inside a hashtag (#مديرية_كتاف gives كتاف).
    """
    tokens, text = article.tokens, article.text
    stems = stems if stems is not None else folded_stems(article)
    busy = busy if busy is not None else busy_flags(tokens, taken)
    found: list[Span] = []
    candidates = [i for i, stem in enumerate(stems) if stem in descriptors]
    for i in _with_hashtags(candidates, tokens, text):
        token = tokens[i]
        if token.is_punct or token.suffix:
            continue
        start, end = token.stem.start, token.stem.end
        if text.startswith("#", start) and "_" in text[start:end]:  # #مديرية_كتاف: both in one tag
            cut = text.index("_", start)
            kind = None if busy[i] else descriptors.get(fold_word(text[start + 1 : cut]))
            if kind and _name_ok(text, cut + 1, end, kind, known):
                found.append(Span(cut + 1, end))
            continue
        kind = descriptors.get(stems[i])
        if kind in (AREA, CITY) and (quoted := _quoted_at(tokens, text, i + 1, busy)) is not None:
            found.append(quoted)  # منطقة "العطفين": a quoted name after a descriptor is that place
            continue
        if kind is None or i + 1 == len(tokens) or busy[i + 1] or tokens[i + 1].is_punct:
            continue
        nxt = tokens[i + 1]
        if text.startswith("#", nxt.stem.start):  # محافظة #صعدة
            if _name_ok(text, nxt.stem.start + 1, nxt.stem.end, kind, known):
                found.append(Span(nxt.stem.start + 1, nxt.stem.end))
            continue
        n = _known_at(tokens, i + 1, stems, known, busy)
        if n:
            found.append(Span(nxt.stem.start, tokens[i + n].stem.end))
        elif kind == AREA and not nxt.prefixes and _name_ok(text, nxt.stem.start, nxt.stem.end, kind, known):
            found.append(Span(nxt.stem.start, nxt.stem.end))
    return found


# Indefinite adjectives after a plural descriptor (قرى عديدة "many villages"), no names.
NOT_LISTED_NAMES = frozenset(
    fold(w)
    for w in ["عدة", "عديدة", "كثيرة", "مختلفة", "متعددة", "متفرقة", "مجاورة", "أخرى", "بأكملها", "البلاد"]
)
MAX_LISTED = 6  # names after one plural descriptor


def list_spans(
    article: Article,
    lists: Mapping[str, str],
    known: PlaceNames,
    generic: frozenset[str],
    stems: Sequence[str],
    busy: Sequence[bool],
) -> list[Span]:
    """Place names coordinated after a plural or dual descriptor (`lists`: folded word -> kind, see
    gazetteer.list_words): محافظات إب وتعز وذمار, مديريتي زبيد والجراحي. Each known name is taken; after
    an -area kind, an unknown single word too, unless it is in `generic` (descriptor and direction
    words), a common adjective or a nationality; without ال only inside a list of two or more (بلدات تسيل
    وحيط, not مدن وقرى مأهولة "inhabited towns and villages"). Names other mentions already hold stay in
    the list but are not repeated.
    """
    tokens, text = article.tokens, article.text
    found: list[Span] = []
    for i in [i for i, stem in enumerate(stems) if stem in lists]:
        if tokens[i].suffix:
            continue
        kind = lists[stems[i]]
        limit = 2 if kind.startswith("dual") else MAX_LISTED
        j, count = i + 1, 0
        while j < len(tokens) and count < limit:
            token = tokens[j]
            if token.is_punct or token.prefixes != (() if count == 0 else ("و",)):
                break  # the first name has no clitic, each later one is joined by و
            if busy[j]:  # a name another mention holds: step over all its words
                j += 1
                while j < len(tokens) and busy[j] and not tokens[j].prefixes:
                    j += 1
                count += 1
                continue
            key = stems[j]
            n = _known_at(tokens, j, stems, known, busy) if not token.suffix else 0
            if n == 1 and key in generic:
                n = 0  # غرب alone is "west" (and a Maltese town), شرق الفرات a name
            if j + 1 < len(tokens) and busy[j + 1] and not tokens[j + 1].prefixes:
                break  # the name runs on into another mention (وذي قار with قار tagged alone)
            if n:
                found.append(Span(token.stem.start, tokens[j + n - 1].stem.end))
                j += n
            elif (
                kind.endswith("area")
                and not token.suffix
                and (key.startswith("ال") or count > 0 or _joined_next(tokens, j))
                and key not in generic
                and key not in NOT_LISTED_NAMES
                and _name_ok(text, token.stem.start, token.stem.end, AREA, known)
            ):
                found.append(Span(token.stem.start, token.stem.end))
                j += 1
            else:
                break
            count += 1
    return found


def _joined_next(tokens: Sequence[Token], j: int) -> bool:
    """Whether the token after j is a word joined by و (the list goes on)."""
    return j + 1 < len(tokens) and tokens[j + 1].prefixes == ("و",) and not tokens[j + 1].is_punct


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
        n = _org_at(tokens, i, text, orgs, busy, stem)
        if (
            n > 1
            and stem in ORG_DESIGNATORS
            and _org_at(tokens, i + 1, text, orgs, busy, stems[i + 1]) == n - 1
        ):
            i += 1  # the designator outside: the name starts at the next word
            token, n = tokens[i], n - 1
        if not n and stem == MINISTRY:
            n = _ministry_len(tokens, i, stems, busy)
        if n:
            found.append(Span(token.stem.start, tokens[i + n - 1].stem.end))
            free = i + n
    return found


def _org_at(
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
    """Words of وزارة + its definite complement (الخارجية، التعليم العالي) + a nationality, or 0."""
    nationalities = lexicons.nationalities()
    j = i + 1
    while j < len(tokens) and j - i <= MINISTRY_WORDS and not busy[j]:
        t = tokens[j]
        word = stems[j]
        if t.is_punct or t.prefixes or t.suffix or not word.startswith("ال") or word in NOT_COMPLEMENT:
            break
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
) -> list[Entity]:
    """NER mentions fitted to the gazetteer's and the organisation lexicon's names.

    A LOC mention that is no known name but becomes one with the next word or two is extended (the model
    cut أولان باتور, Ulaanbaatar, to أولان), or with the letter the segmenter took for a proclitic (بحر
    البلطيق, the Baltic Sea, read as ب + حر البلطيق). A country name the model called PER/ORG is a LOC; a
    nationality adjective alone is dropped.
    A MISC/ORG mention that holds a listed organisation after a generic head or designator is cut to it
    (ميليشيا الحوثي → الحوثي, تنظيم داعش → داعش, ENTITIES.md), or grown by the word before it when that
    makes one (الإسلام after جيش: جيش الإسلام), and is an ORG.
    """
    tokens, text = article.tokens, article.text
    starts = starts if starts is not None else [t.start for t in tokens]
    busy = busy_flags(tokens, [m for e in found for m in e.mentions], starts)
    countries = lexicons.countries()
    nationalities = _nationality_words()
    out: list[Entity] = []
    for e in found:
        span = e.mentions[0]
        first = bisect.bisect_right(starts, span.start) - 1
        last = bisect.bisect_left(starts, span.end) - 1
        if e.source != SOURCE or first < 0 or last < first:
            out.append(e)
            continue
        if text.startswith("#", span.start):  # a hashtag: the name inside it, without the # (ENTITIES.md)
            span = Span(span.start + 1, span.end)
            e = dataclasses.replace(e, name=text[span.start : span.end], mentions=(span,))
            key = _hashtag_key(text, span.start, span.end)
            out.append(dataclasses.replace(e, label="LOC") if e.label != "LOC" and key in countries else e)
            continue
        key = " ".join(stems[first : last + 1])
        if key in nationalities and key not in countries:
            continue  # a nationality adjective alone (الكوري of الكوري الشمالي, tagged PER): no entity
        if e.label in ("PER", "ORG") and key in countries:
            out.append(dataclasses.replace(e, label="LOC"))  # بولندا tagged PER is Poland
            continue
        if e.label in ("MISC", "ORG") and orgs:
            org = _fit_org(tokens, first, last, stems, orgs, busy)
            if org is not None:
                out.append(
                    dataclasses.replace(e, label="ORG", name=text[org.start : org.end], mentions=(org,))
                )
                continue
        fitted = (
            None
            if e.label != "LOC" or key in known.names
            else _fit(text, tokens, first, last, stems, known, busy)
        )
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
    for n in (1, 2):
        after = range(last + 1, last + 1 + n)
        if after.stop > len(tokens) or any(
            busy[k] or tokens[k].is_punct or tokens[k].prefixes for k in after
        ):
            break
        if " ".join([key, *(stems[k] for k in after)]) in known.names:
            return Span(tokens[first].stem.start, tokens[after[-1]].stem.end)
    token = tokens[first]
    if token.prefixes:
        rest = stems[first + 1 : last + 1]
        for start in (token.start, token.start + 1) if text[token.start] in "وف" else (token.start,):
            if " ".join([fold_word(text[start : token.stem.end]), *rest]) in known.names:
                return Span(start, tokens[last].stem.end)
    return None


def local_spans(
    article: Article,
    local: Mapping[str, frozenset[str]],
    names: PlaceNames,
    countries: Iterable[str],
    taken: Sequence[Span],
    stems: Sequence[str],
    busy: Sequence[bool] | None = None,
) -> list[Span]:
    """Spans of towns (`local`: main name -> countries) lying in a country the article names itself.

    Small towns are too often common words to tag anywhere (UNTAGGED_MIN_POPULATION), but an article
    about Syria that writes حرستا means Harasta.
    """
    wanted = set(countries)
    if not wanted:
        return []
    tokens = article.tokens
    busy = busy if busy is not None else busy_flags(tokens, taken)
    found: list[Span] = []
    free = 0  # the first token the last name found leaves free
    for i in names.candidates(stems):
        if i < free:
            continue
        n = 0 if busy[i] or tokens[i].is_punct else _known_at(tokens, i, stems, names, busy)
        key = " ".join([str(names.head(stems[i])), *stems[i + 1 : i + n]]) if n else ""
        if n and local.get(key, frozenset()) & wanted:
            found.append(Span(tokens[i].stem.start, tokens[i + n - 1].stem.end))
            free = i + n
    return found


def name_spans(
    article: Article,
    found: Sequence[Entity],
    stems: Sequence[str],
    taken: Sequence[Span],
    busy: Sequence[bool] | None = None,
) -> list[Span]:
    """Untagged repetitions of a part of a person's name the article gives in full, as PER mentions.

    News names a person once in full and then by the surname (خاشقجي after جمال خاشقجي) or, for a child
    or a family name written first, the first name (خافيير، كيم): the model often misses the bare form.
    Only a word with at most و/ف before it counts (لصالح "for the benefit of" is no صالح).
    """
    tokens = article.tokens
    starts = [t.start for t in tokens]
    parts: set[str] = set()
    for e in found:
        if e.label != "PER":
            continue
        for m in e.mentions:
            first = bisect.bisect_right(starts, m.start) - 1
            last = bisect.bisect_left(starts, m.end) - 1
            words = [stems[k] for k in range(max(first, 0), last + 1) if not tokens[k].is_punct]
            if len(words) >= 2:
                parts.add(words[-1])
                if words[1] not in NAME_LINKS:
                    parts.add(words[0])
    titles, nationalities = lexicons.titles(), lexicons.nationalities()
    parts = {p for p in parts if len(p) >= 3 and p not in titles and p not in nationalities}
    if not parts:
        return []
    busy = busy if busy is not None else busy_flags(tokens, taken)
    return [
        Span(t.stem.start, t.stem.end)
        for k in [k for k, stem in enumerate(stems) if stem in parts]
        if not busy[k] and not (t := tokens[k]).suffix and set(t.prefixes) <= {"و", "ف"}
    ]


def named_countries(found: Sequence[Entity], stems: Sequence[str]) -> set[str]:
    """The countries an article names: its country LOC mentions and its nationality adjectives."""
    countries, nationalities = lexicons.countries(), lexicons.nationalities()
    named = {countries.get(" ".join(fold_word(w) for w in e.name.split())) for e in found if e.label == "LOC"}
    named |= {nationalities.get(s) for s in set(stems)}
    return {c for c in named if c}


def folded_stems(article: Article) -> list[str]:
    """The folded stem of each token (the passes' matching form)."""
    text = article.text
    return [fold_word(text[t.stem.start : t.stem.end]) for t in article.tokens]


def _quoted_at(tokens: Sequence[Token], text: str, i: int, busy: Sequence[bool]) -> Span | None:
    """The words between quotation marks opening at token i (at most MAX_QUOTED words), else None."""
    if i >= len(tokens) or text[tokens[i].start : tokens[i].end] not in OPEN_QUOTES:
        return None
    close = OPEN_QUOTES[text[tokens[i].start : tokens[i].end]]
    for j in range(i + 2, min(i + 2 + MAX_QUOTED, len(tokens))):
        if text[tokens[j].start : tokens[j].end] == close:
            inside = tokens[i + 1 : j]
            if any(t.is_punct for t in inside) or any(busy[k] for k in range(i + 1, j)):
                return None
            span = Span(inside[0].start, inside[-1].end)
            key = " ".join(fold_word(w) for w in text[span.start : span.end].split())
            return None if key in NOT_QUOTED_NAMES or key in lexicons.nationalities() else span
        if tokens[j].is_punct:
            return None
    return None


def _hashtag_key(text: str, start: int, end: int) -> str:
    """The folded name inside a hashtag, its underscores read as spaces."""
    return " ".join(fold_word(w) for w in text[start:end].split("_") if w)


def _name_ok(text: str, start: int, end: int, kind: str, known: PlaceNames) -> bool:
    """Whether text[start:end] (one word or a hashtag's words) is a place name after a descriptor.

    A known place name always is; after an "area" descriptor a single word the gazetteer does not know
    also is, unless it is a particle, a common adjective or a nationality adjective.
    """
    key = _hashtag_key(text, start, end)
    if key in known.names or (known.head(key) is not None and known.head(key) in known.names):
        return True
    if kind != AREA or " " in key or len(key) < 2 or not key.isalpha():
        return False
    return key not in NOT_AREA_NAMES and key not in lexicons.nationalities()


def trim_title(text: str, tokens: Sequence[Token], span: Span) -> Span:
    """A person's mention without a title the model ran into it from after the name (TRAILING_TITLES)."""
    inside = [t for t in tokens if span.start <= t.stem.start and t.stem.end <= span.end]
    if len(inside) < 3 and not (len(inside) == 2 and inside[0].stem.end - inside[0].stem.start > 2):
        return span  # a one-word name, or a very short first word: keep as tagged
    last = inside[-1]
    if last.prefixes or fold_word(text[last.stem.start : last.stem.end]) not in TRAILING_TITLES:
        return span
    return Span(span.start, inside[-2].stem.end)


def busy_flags(
    tokens: Sequence[Token], taken: Iterable[Span], starts: Sequence[int] | None = None
) -> list[bool]:
    """Whether each token is touched by a span of `taken` (`starts`: the tokens' starts, if at hand)."""
    busy = [False] * len(tokens)
    mark_busy(busy, tokens, taken, starts if starts is not None else [t.start for t in tokens])
    return busy


def mark_busy(
    busy: list[bool], tokens: Sequence[Token], taken: Iterable[Span], starts: Sequence[int]
) -> None:
    """Mark in `busy` the tokens that a span of `taken` touches."""
    for span in taken:
        for k in range(
            max(0, bisect.bisect_right(starts, span.start) - 1), bisect.bisect_left(starts, span.end)
        ):
            busy[k] = busy[k] or tokens[k].end > span.start


def _known_at(
    tokens: Sequence[Token], i: int, stems: Sequence[str], known: PlaceNames, busy: Sequence[bool]
) -> int:
    """The length in words of the longest known place name starting at token i (0 when none)."""
    head = known.head(stems[i])
    if head is None:
        return 0
    for n in range(min(known.longest[head], len(tokens) - i), 0, -1):
        rest = tokens[i + 1 : i + n]
        if any(busy[k] for k in range(i + 1, i + n)) or any(
            t.is_punct or t.prefixes or t.suffix for t in rest
        ):
            continue  # punctuation or a clitic inside: two words, not one name (مصر والأردن)
        if tokens[i + n - 1].suffix:
            continue  # a pronoun on the last word (عاصمتها): not a bare name
        key = " ".join([head, *stems[i + 1 : i + n]])
        if key in known.names:
            return n
    return 0
