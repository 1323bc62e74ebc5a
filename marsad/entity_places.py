"""The place passes of the entities stage: mentions of places the NER model missed.

Places after a descriptor (`descriptor_spans`: مدينة الموصل، بمديرية كتاف) or listed after a plural one
(`list_spans`: محافظات إب وتعز), well-known places (`place_spans`: countries, capitals, big cities and
regions, matched through clitics), smaller towns and taggable divisions in an article naming their
country (`local_spans`); and the bookkeeping every pass shares: which tokens earlier mentions hold
(`busy_flags`, `mark_busy`) and the folded stems of an article's tokens (`folded_stems`).
`marsad.entity_spans` holds the other passes; `marsad.stages.entities` runs them all in its order.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable, Mapping, Sequence

from marsad import lexicons
from marsad.arabic import fold, fold_word
from marsad.article import Article, Span, Token
from marsad.stages.segment import folded_stem

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
# First words of compound place names (عين الحلوة، رأس العين، تل أبيض، دير الزور، كفر نبل، بيت لحم، جبل
# الشيخ، وادي خالد، خان يونس, folded): a place of only such a word has lost the rest of its name.
TOPONYM_HEADS = frozenset(
    fold(w) for w in ["عين", "رأس", "بئر", "تل", "دير", "كفر", "بيت", "جبل", "وادي", "خان", "ود"]
)
CITY = "city"
MAX_PLACE_WORDS = 4  # longest place name tried (المحيط المتجمد الشمالي، الولايات المتحدة الأمريكية)


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
            if hashtag_key(text, token.stem.start + 1, token.stem.end) in places.names:
                found.append(Span(token.stem.start + 1, token.stem.end))
            continue
        hit = _known_at(tokens, i, stems, places, busy)
        if hit == 1 and accusative_adjective(text, tokens, i, stems):
            continue  # مواطنا روسيا "a Russian citizen"
        if hit:
            found.append(Span(token.stem.start, tokens[i + hit - 1].stem.end))
            free = i + hit
    return found


def accusative_adjective(text: str, tokens: Sequence[Token], k: int, stems: Sequence[str]) -> bool:
    """Whether one word tagged as a place is an indefinite accusative adjective after its noun: both end
    in ا of the tanwin and neither has ال (مواطنا روسيا "a Russian citizen", not Russia; حكما دستوريا). A
    pronoun ending before it (منها سوريا "among them Syria", مصدرها روسيا) or a verb's plural (غادروا
    أفريقيا) leaves the place."""
    if k == 0 or tokens[k].prefixes or tokens[k - 1].is_punct or tokens[k - 1].suffix:
        return False
    word, noun = stems[k], stems[k - 1]
    if not word.endswith("يا") or word.startswith("ال") or noun.startswith("ال") or len(noun) < 4:
        return False
    return noun.endswith("ا") and not noun.endswith(("ها", "وا")) and text[tokens[k].start - 1] == " "


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
            end = nxt.stem.end
            if stems[i + 1] in TOPONYM_HEADS and i + 2 < len(tokens) and not busy[i + 2]:
                after = tokens[i + 2]  # مخيم عين الحلوة: عين alone is no name (a lookup finds Al Ain)
                end = end if after.is_punct or after.prefixes else after.stem.end
            found.append(Span(nxt.stem.start, end))
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


def folded_stems(article: Article) -> list[str]:
    """The folded stem of each token (the passes' matching form)."""
    text = article.text
    return [folded_stem(text, t) for t in article.tokens]


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


def hashtag_key(text: str, start: int, end: int) -> str:
    """The folded name inside a hashtag, its underscores read as spaces."""
    return " ".join(fold_word(w) for w in text[start:end].split("_") if w)


STATE_BODIES = frozenset({"MIL", "COP", "SPY", "GOV"})  # agent sectors that head a directorate


def _name_ok(text: str, start: int, end: int, kind: str, known: PlaceNames) -> bool:
    """Whether text[start:end] (one word or a hashtag's words) is a place name after a descriptor.

    A known place name always is; after an "area" descriptor a single word the gazetteer does not know
    also is, unless it is a particle, a common adjective, a nationality adjective or a state body's agent
    noun (STATE_BODIES).
    """
    key = hashtag_key(text, start, end)
    if key in known.names or (known.head(key) is not None and known.head(key) in known.names):
        return True
    if kind != AREA or " " in key or len(key) < 2 or not key.isalpha():
        return False
    # a state body's agent noun names a directorate, not a district (مديرية الاستخبارات العسكرية، مديرية
    # الشرطة); not every agent (مخيم الفلاح is a camp, though فلاح "farmer" is one)
    word = lexicons.word_key(key)
    body = lexicons.agents().get(word)
    # … or the first word of one (مديرية الأمن العام: الأمن العام is the agent, الأمن alone none)
    agent = (body is not None and body.code in STATE_BODIES) or word in _state_body_heads()
    return key not in NOT_AREA_NAMES and key not in lexicons.nationalities() and not agent


@functools.cache
def _state_body_heads() -> frozenset[str]:
    """First words (word keys) of the state bodies' agent names of two words or more."""
    agents = lexicons.agents().items()
    return frozenset(key.split()[0] for key, agent in agents if " " in key and agent.code in STATE_BODIES)


def stems_inside(tokens: Sequence[Token], span: Span) -> list[Token]:
    """The tokens whose stems lie in the span (tokens are in text order: found by bisection)."""
    first = bisect.bisect_left(tokens, span.start, key=lambda t: t.stem.start)
    last = bisect.bisect_left(tokens, span.end, lo=first, key=lambda t: t.stem.start)
    return [t for t in tokens[first:last] if t.stem.end <= span.end]


def token_range(starts: Sequence[int], span: Span) -> tuple[int, int]:
    """The indices of the first and last token a span touches (`starts`: the tokens' starts, in order)."""
    return bisect.bisect_right(starts, span.start) - 1, bisect.bisect_left(starts, span.end) - 1


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
