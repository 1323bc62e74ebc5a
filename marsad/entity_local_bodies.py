"""Saudi bodies and facilities named after a royal or after their region: one name, not a person or a place.

Saudi news names many institutions after a king or a prince (مركز الملك سلمان للإغاثة والأعمال الإنسانية،
مستشفى الأمير عبدالعزيز بن مساعد، مطار الملك خالد الدولي) and its local bodies after the city or region they
serve (أمانة المدينة المنورة، إمارة منطقة الجوف، صحة جدة، شرطة منطقة مكة، المديرية العامة للشؤون الصحية
بمنطقة الرياض). The model tags the royal's name inside the first kind as a person (الملك سلمان، خالد الدولي)
and the place inside the second as a place, so the body is missed and a person or place is found that the
text does not name there. bench/gold/ENTITIES.md (the SaudiNewsNet sets' calls) annotates each such name as
one ORG (LOC for an airport, a port or a base), the place inside no LOC. Three rules, run by
`marsad.stages.entities` last, on every pass's mentions (a place the gazetteer pass found counts), before
merge:

1. `royal_bodies`: a bare body noun (ROYAL_ORG_HEADS, ROYAL_LOC_HEADS: مركز، مستشفى، مطار …; a proclitic
   allowed, no pronoun) + الملك/الملكة/الأمير/الأميرة + a name is one mention, grown by up to two definite
   nisba adjectives (الدولي، التخصصي، الطبية) and by one لل complement with the words و joins to it
   (للإغاثة والأعمال الإنسانية). The name is one word and the words بن، ابن، آل join to it, or the second
   half of عبد/أبو (عبد الله): a bare word after a one-word name is the sentence going on. Every mention it
   overlaps is dropped.
2. `regional_bodies`: a place mention right after a bare local-body noun (LOCAL_HEADS: أمانة، إمارة، صحة،
   شرطة، تعليم، مرور), منطقة or محافظة allowed between, or after a directorate of a service with ب
   (المديرية العامة للشؤون الصحية بـ، إدارة التعليم بـ; DIRECTORATES, SERVICES), becomes one ORG mention of
   the whole name, when the place is Saudi or unknown (or the body is أمانة/إمارة منطقة): elsewhere the
   place stays, as the article's country is read from its places (شرطة كابل).
3. `airports`: a place mention right after a bare مطار with a Saudi reading among its gazetteer readings is
   the airport's one LOC mention, with up to two nisba adjectives after it (مطار عرعر، مطار الجوف الدولي).

The sector of each body comes from lexicons/agents_hand.tsv (أمانة، إمارة منطقة GOV; صحة، الشؤون الصحية
HLH); تعليم and مرور have no row, as the events stage reads the rows in running text too (عند مرور سيارة
"as a car passed"). Its country is the actors stage's (the place's, else the article's).
Measured on `python -m bench.eval_entities --set snn_dev` (its errors are readable); the held-out `--set
snn` is the honest figure.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from marsad import lexicons
from marsad.arabic import fold
from marsad.article import Entity, Span, Token
from marsad.entity_places import token_range

SOURCE = "entities.local_bodies.v1"

# Body nouns a royal's name follows (folded): institutions (ORG) and facilities the gold counts as places.
ROYAL_ORG_HEADS = frozenset(
    fold(w)
    for w in [
        "مركز",  # centre
        "مستشفى",  # hospital
        "جامعة",  # university
        "كلية",  # college
        "معهد",  # institute
        "مجمع",  # complex (مجمع الملك فهد لطباعة المصحف الشريف)
        "مؤسسة",  # foundation
        "مكتبة",  # library
        "دارة",  # the King Abdulaziz Foundation (دارة الملك عبدالعزيز)
        "صندوق",  # fund
    ]
)
ROYAL_LOC_HEADS = frozenset(
    fold(w)
    for w in [
        "مطار",  # airport
        "ميناء",  # port
        "قاعدة",  # (air) base
        "جسر",  # causeway (جسر الملك فهد)
        "ملعب",  # stadium
        "استاد",  # stadium
    ]
)
AIRPORTS = frozenset([fold("مطار")])  # an airport named by its town (rule 3)
ROYAL_TITLES = frozenset(fold(w) for w in ["الملك", "الملكة", "الأمير", "الأميرة"])  # king, queen, prince(ss)
# Words that join the next word to a name: son of, family of (…بن مساعد، …آل سعود), and the first halves of
# compound names (عبد الله، أبو بكر), whose second half may carry ال.
NAME_LINKS = frozenset(fold(w) for w in ["بن", "ابن", "آل"])
NAME_JOINS = frozenset(fold(w) for w in ["عبد", "أبو"])
MAX_NAME_WORDS = 8  # عبد الله بن عبد العزيز آل سعود
MAX_ADJECTIVES = 2  # مدينة الملك فهد الطبية، مستشفى الملك فيصل التخصصي
MAX_WORDS = 12  # the whole name, head and complement included

# Local-body nouns (folded) that name a Saudi city's or region's office by the place: the municipality
# (أمانة), the governorate (إمارة), health (صحة), police (شرطة), education (تعليم) and traffic (مرور).
LOCAL_HEADS = frozenset(fold(w) for w in ["أمانة", "إمارة", "صحة", "شرطة", "تعليم", "مرور"])
# The bodies are Saudi ones: the place must be Saudi or unknown (شرطة كابل stays a place in Kabul, which the
# article's country is read from). أمانة/إمارة منطقة are Saudi whatever the place (الجوف is also Yemen's).
HOME = "SAU"
SAUDI_ONLY = frozenset(fold(w) for w in ["أمانة", "إمارة"])
REGION = fold("منطقة")
# Common nouns a place pass may read as a place: شرطة المدينة is the city's police (المدينة is Medina only
# with المنورة), not a body of Medina.
COMMON_NOUNS = frozenset(fold(w) for w in ["المدينة", "العاصمة", "المنطقة", "المحافظة", "البلدة", "القرية"])
# Division words between a body and its place (منطقة الجوف، محافظة جدة), bare or with ب.
DIVISIONS = frozenset(fold(w) for w in ["منطقة", "محافظة"])
# Directorates of a service whose office is named by ب + its place: المديرية العامة للشؤون الصحية بمنطقة …
DIRECTORATES = frozenset(fold(w) for w in ["المديرية", "مديرية", "الإدارة", "إدارة"])
GENERAL = fold("العامة")
# Epithets of the holy cities a place pass may leave outside (منطقة مكة is a listed name): مكة المكرمة.
EPITHETS = frozenset(fold(w) for w in ["المكرمة", "المنورة"])
# The services, folded as their stems read after the ل of لل (للشؤون الصحية → لشؤون الصحية) or bare.
SERVICES = (
    (fold("لشؤون"), fold("الصحية")),  # health affairs
    (fold("الشؤون"), fold("الصحية")),
    (fold("لتعليم"),),  # education
    (fold("التعليم"),),
    (fold("لمرور"),),  # traffic
    (fold("المرور"),),
)


def _bare(token: Token) -> bool:
    """A word with no clitic on either side."""
    return not token.is_punct and not token.prefixes and not token.suffix


def royal_bodies(
    text: str, tokens: Sequence[Token], stems: Sequence[str], found: Sequence[Entity]
) -> list[Entity]:
    """`found` with each body or facility named after a royal (rule 1 of the module) as one mention, every
    mention it overlaps dropped."""
    spans: list[tuple[Span, str]] = []
    i = 0
    while i + 2 < len(tokens):
        end = _royal_end(tokens, stems, i)
        if end is None:
            i += 1
            continue
        label = "LOC" if stems[i] in ROYAL_LOC_HEADS else "ORG"
        spans.append((Span(tokens[i].stem.start, tokens[end].stem.end), label))
        i = end + 1
    return _replace(text, found, spans)


def _royal_end(tokens: Sequence[Token], stems: Sequence[str], i: int) -> int | None:
    """The last token of a royal-named body opened by token i, or None."""
    head, title = tokens[i], tokens[i + 1]
    if head.is_punct or head.suffix or stems[i] not in ROYAL_ORG_HEADS | ROYAL_LOC_HEADS:
        return None
    if not _bare(title) or stems[i + 1] not in ROYAL_TITLES:
        return None
    k = i + 2
    if k >= len(tokens) or not _bare(tokens[k]) or stems[k].startswith("ال"):
        return None  # no name after the title (مستشفى الملك في …)
    # The name: one word, then a word joined by بن/آل (…بن مساعد، …آل سعود) or after عبد/أبو (عبد الله):
    # a bare word after a one-word name is the sentence going on (مركز الملك سلمان أطلق …).
    k += 1
    while k < len(tokens) and k - (i + 2) < MAX_NAME_WORDS and _bare(tokens[k]):
        if not (stems[k] in NAME_LINKS or stems[k - 1] in NAME_LINKS | NAME_JOINS):
            break
        k += 1
    end = k - 1
    n = 0
    while k < len(tokens) and n < MAX_ADJECTIVES and _bare(tokens[k]) and _nisba(stems[k]):
        end, k, n = k, k + 1, n + 1
    if k < len(tokens) and tokens[k].prefixes == ("ل",) and not tokens[k].suffix and stems[k].startswith("ل"):
        end, k = k, k + 1  # للإغاثة: ل + ال, the article's alif gone
        while k < len(tokens) and k - i < MAX_WORDS and not tokens[k].suffix and not tokens[k].is_punct:
            definite = stems[k].startswith("ال")
            if (tokens[k].prefixes == ("و",) and definite) or (not tokens[k].prefixes and _nisba(stems[k])):
                end, k = k, k + 1  # والأعمال، الإنسانية
            else:
                break
    return end


def _nisba(stem: str) -> bool:
    """A definite nisba adjective, folded (الدولي، الطبيه، التخصصي)."""
    return stem.startswith("ال") and stem.endswith(("ي", "يه")) and len(stem) > 4


def _lone_places(
    tokens: Sequence[Token], starts: Sequence[int], found: Sequence[Entity]
) -> Iterator[tuple[Span, int, int]]:
    """(mention, first token, last token) of each place entity with one mention that starts at a token's
    stem: the places the rules below may grow into a body's or a facility's name."""
    for entity in found:
        if entity.label != "LOC" or len(entity.mentions) != 1:
            continue
        place = entity.mentions[0]
        first, last = token_range(starts, place)
        if first >= 0 and tokens[first].stem.start == place.start:
            yield place, first, last


def regional_bodies(
    text: str, tokens: Sequence[Token], stems: Sequence[str], found: Sequence[Entity], starts: Sequence[int]
) -> list[Entity]:
    """`found` with each place mention that names a local body's office (rule 2 of the module) made one ORG
    mention of the body's whole name."""
    spans: list[tuple[Span, str]] = []
    for place, first, last in _lone_places(tokens, starts, found):
        head = _local_head(tokens, stems, first)
        if head is None:
            continue
        if stems[first] in COMMON_NOUNS:
            continue  # شرطة المدينة: the city's police (also when the model ran a name into it)
        region = stems[head] in SAUDI_ONLY and REGION in stems[head + 1 : first + 1]
        if not region and _place_country(text[place.start : place.end]) not in (HOME, None):
            continue
        end = place.end
        if last + 1 < len(tokens) and _bare(tokens[last + 1]) and stems[last + 1] in EPITHETS:
            end = tokens[last + 1].stem.end  # شرطة منطقة مكة المكرمة
        spans.append((Span(tokens[head].stem.start, end), "ORG"))
    return _replace(text, found, spans)


def airports(
    text: str, tokens: Sequence[Token], stems: Sequence[str], found: Sequence[Entity], starts: Sequence[int]
) -> list[Entity]:
    """`found` with each place mention with a Saudi reading right after a bare airport noun (rule
    3 of the module) made one place mention of the airport, its nisba adjectives included (مطار عرعر، مطار
    الجوف الدولي): the airport, not the town, as ENTITIES.md counts a named facility (مطار التيفور)."""
    spans: list[tuple[Span, str]] = []
    for place, first, last in _lone_places(tokens, starts, found):
        if first < 1 or tokens[first].prefixes:
            continue
        head = tokens[first - 1]
        if head.is_punct or head.suffix or stems[first - 1] not in AIRPORTS:
            continue
        if not _saudi_reading(text[place.start : place.end]):
            continue  # مطار دمشق: the article's country is read from the city
        end, k = place.end, last + 1
        while k < len(tokens) and k - last <= MAX_ADJECTIVES and _bare(tokens[k]) and _nisba(stems[k]):
            end, k = tokens[k].stem.end, k + 1
        spans.append((Span(head.stem.start, end), "LOC"))
    return _replace(text, found, spans)


def _place_country(name: str) -> str | None:
    """A place name's country, as the actors stage reads it: a country, a region's, else the gazetteer's."""
    from marsad.gazetteer import default  # loaded once per process (the entities stage loads it too)

    key = fold(name)
    region = lexicons.regions().get(key)
    iso = lexicons.countries().get(key) or (region.country if region else None)
    if iso is None and region is None:
        iso = default().country_of(key)
    return iso


def _saudi_reading(name: str) -> bool:
    """Whether one of a place name's gazetteer readings is Saudi (الجوف is a Yemeni governorate first, a
    Saudi region too). An unknown name is not: مطار هيثرو is left to the other passes, as before the rule."""
    from marsad.gazetteer import default

    return any(p.country == HOME for p in default().lookup(name))


def _local_head(tokens: Sequence[Token], stems: Sequence[str], first: int) -> int | None:
    """The first token of a local body whose place mention opens at token `first`, or None."""
    k = first
    if k > 0 and stems[k] in DIVISIONS:
        pass  # the model ran the division word into the place (منطقة الجوف): it opens the mention
    elif k > 0 and stems[k - 1] in DIVISIONS and not tokens[k].prefixes and not tokens[k - 1].suffix:
        k -= 1
    into = tokens[k].prefixes  # بمنطقة الرياض, بجدة: the service's office in a place
    if into == ("ب",):
        return _directorate(tokens, stems, k)
    if into or k == 0:
        return None
    head = tokens[k - 1]
    if head.is_punct or head.suffix or stems[k - 1] not in LOCAL_HEADS:
        return None
    return k - 1


def _directorate(tokens: Sequence[Token], stems: Sequence[str], k: int) -> int | None:
    """The first token of a directorate of a service written right before token k (with ب), or None."""
    for service in SERVICES:
        n = len(service)
        if k - n < 0 or tuple(stems[k - n : k]) != service:
            continue
        if any(t.is_punct or t.suffix for t in tokens[k - n : k]):
            return None
        start = k - n
        if start >= 2 and stems[start - 1] == GENERAL and stems[start - 2] in DIRECTORATES:
            start -= 2  # المديرية العامة للشؤون الصحية
        elif start >= 1 and stems[start - 1] in DIRECTORATES:
            start -= 1  # إدارة التعليم
        elif tokens[start].prefixes:
            return None  # للشؤون الصحية with no directorate before it: no name of a body
        return start if not tokens[start].suffix else None
    return None


def _replace(text: str, found: Sequence[Entity], spans: Sequence[tuple[Span, str]]) -> list[Entity]:
    """`found` less the mentions the new spans overlap, plus one entity per new span, in text order."""
    if not spans:
        return list(found)
    kept = [
        e for e in found if not any(m.start < s.end and s.start < m.end for m in e.mentions for s, _ in spans)
    ]
    added = [
        Entity(f"b{k}", label, text[span.start : span.end], (span,), source=SOURCE)
        for k, (span, label) in enumerate(spans)
    ]
    return sorted([*kept, *added], key=lambda e: e.mentions[0].start)


def local_bodies(
    text: str, tokens: Sequence[Token], stems: Sequence[str], found: Sequence[Entity], starts: Sequence[int]
) -> list[Entity]:
    """The module's rules, royal-named bodies first (the stage's one call; `starts`: the tokens' starts)."""
    found = royal_bodies(text, tokens, stems, found)
    return airports(text, tokens, stems, regional_bodies(text, tokens, stems, found, starts), starts)
