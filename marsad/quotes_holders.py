"""Who holds a title phrase named as a reporting verb's subject: the person the article gave that title.

A definite title with a complement (وأكد المتحدث الرسمي باسم التحالف، وتابع مدير التخطيط السياسي، أجاب عضو
الكونغرس، وصرح رئيس بلدية أنقرة) is the person the article introduced earlier with the same words (المتحدث
باسم التحالف العقيد الركن X، رئيس بلدية أنقرة، X،), not an unnamed source nor the body or place in the
title's genitive (bench/gold/QUOTES.md: a title-only speaker gets the name the article ties it to).
marsad.quotes_titles.title_referent resolves a title of definite words alone (وأضاف الوزير الأميركي); this
module takes the phrases it leaves: an indefinite head in construct (رئيس الحكومة، عضو الكونغرس) or a
spokesperson's باسم, which the speaker search used to keep as unnamed text or as the genitive's entity.
Every content word of the phrase must stand in the holder's title (a nisba in either gender: البولندي،
البولندية), so a different office of the same head (رئيس الوزراء الإسرائيلي against the Polish one) does
not match. Session 9, from ANT development articles outside the gold.
"""

from __future__ import annotations

from marsad.arabic import folded_words
from marsad.article import Entity
from marsad.place_names import COUNTRY_FEATURES
from marsad.quotes_lexicon import COMPLEMENTIZER, load
from marsad.quotes_view import QUOTE_CHARS, View

HOLDER_WINDOW = 12  # tokens from a title to its name (المتحدث باسم تحالف الفصائل في الجنوب العقيد الركن X)
APPOSED_RANKS = 4  # tokens between an apposition's comma and the name (، العقيد الركن تركي X)
# Words a title phrase may add or drop without naming another office (الرسمي "official"); باسم/بلسان
# "on behalf of" link a spokesperson to the body.
_FILLERS = folded_words("رسمي رسميه باسم بلسان", article=True)
_ON_BEHALF = folded_words("باسم بلسان")


def _forms(view: View, k: int) -> frozenset[str]:
    """Token k's lookup keys without ال, a feminine nisba also as its masculine (البولندية → بولندي)."""
    out = set()
    for key in view.keys(k):
        bare = key[2:] if key.startswith("ال") and len(key) > 3 else key
        out.add(bare)
        if bare.endswith("يه") and len(bare) > 4:
            out.add(bare[:-1])
    return frozenset(out)


def definite_phrase(view: View, lo: int, j: int) -> bool:
    """The title phrase [lo, j) is definite: its head has ال, or is in construct with a definite noun or a
    name (رئيس الحكومة، نائب وزير الخارجية، رئيس بلدية أنقرة); a spokesperson's head before باسم + a body
    only with ال."""

    def definite(k: int) -> bool:
        return k < j and (view.tokens[k].folded.lstrip("وف").startswith("ال") or k in view.mention_at)

    if lo + 1 < j and view.tokens[lo + 1].folded in _ON_BEHALF:
        # المتحدث باسم الحكومة is the spokesman the article named; متحدث باسم الحكومة "a spokesman" is
        # an unnamed source (bench/gold/QUOTES.md), whoever else spoke for the government.
        return definite(lo) and definite(lo + 2)
    if definite(lo):
        return True
    if lo + 2 < j and not definite(lo + 1) and lo + 1 not in view.mention_at:
        return definite(lo + 2) and view.tokens[lo + 1].folded[:1] != "ل"  # رئيس بلدية أنقرة
    return definite(lo + 1)


def _window(view: View, entity: Entity, first: int, last: int) -> list[frozenset[str]]:
    """The words around one mention (tokens first..last) that may be its title: before it up to a stop, and
    after it past a comma or right after it (X، المتحدث باسم Y؛ X الناطق باسم Y)."""
    lo, hi = view.sentence(first)
    out: list[frozenset[str]] = []

    def stop(k: int) -> bool:
        other = view.covered.get(k)
        return (
            view.punct(k) != ""
            or view.word(k) in QUOTE_CHARS
            or COMPLEMENTIZER in view.keys(k)
            or view.has(k, load().verbs) is not None
            or (other is not None and other is not entity and other.label == "PER")
        )

    for k in range(first - 1, max(lo, first - HOLDER_WINDOW) - 1, -1):
        if k >= first - APPOSED_RANKS and view.word(k) in "،,":
            continue  # الرئيس الأميركي، دونالد ترمب؛ المتحدث باسم التحالف، العقيد الركن تركي X
        if stop(k):
            break
        out.append(_forms(view, k))
    start = last + 1
    if start < hi and view.word(start) in "،,":
        start += 1
    for k in range(start, min(hi, start + HOLDER_WINDOW)):
        if stop(k):
            break
        out.append(_forms(view, k))
    return out


def _country_at(view: View, k: int) -> str | None:
    """The country code of a country named by the LOC mention at token k, else None."""
    hit = view.mention_at.get(k)
    place = hit[0] if hit is not None and hit[0].label == "LOC" else None
    if place is None or place.geo is None or place.geo.feature not in COUNTRY_FEATURES:
        return None
    return place.country


def title_holder(view: View, lo: int, j: int, verb: int, last: str | None) -> Entity | None:
    """The person the article gave the title phrase [lo, j) before token `verb`: the previous speaker when
    the title is theirs, else the holder named last; None when no person has every word of it."""
    kept = [k for k in range(lo, j) if view.tokens[k].folded not in _FILLERS]
    kept = [k for k in kept if not (_forms(view, k) & _FILLERS)]
    words = [_forms(view, k) for k in kept]
    if len(words) < 2:
        return None  # a title alone (الوزير) is title_referent's
    # A country named in the phrase (ملك البحرين "the king of Bahrain") is matched by the holder's country
    # too: the article may title him by the nisba (العاهل البحريني، الملك X; session 30).
    countries = [_country_at(view, k) for k in kept]
    best: tuple[int, Entity] | None = None
    for entity in view.entities:
        if entity.label != "PER":
            continue
        for m in entity.mentions:
            first = view.token_at(m.start)
            if first >= lo - 1 and first < j:
                continue  # this very phrase
            if first >= verb:
                continue
            seen = _window(view, entity, first, max(first, view.token_at(m.end - 1)))
            if all(
                any(w & s for s in seen) or (country is not None and entity.country == country)
                for w, country in zip(words, countries, strict=True)
            ):
                if entity.id == last:
                    return entity
                if best is None or first > best[0]:
                    best = (first, entity)
    return best[1] if best else None


# Words too common in bodies' names to tell one from another (قوات التحالف، وزارة الخارجية).
_GENERIC = folded_words("قوات وزارة هيئة مجلس مكتب حكومة دولة جيش", article=True)
_SPOKESPERSON = folded_words("متحدث متحدثة ناطق ناطقة")


def spokesperson_holder(view: View, lo: int, j: int, verb: int) -> Entity | None:
    """For المتحدث باسم + a body [lo, j) that no holder has word for word (باسم قوات التحالف العربي): the
    one person the article gave a spokesperson's title sharing a distinctive word of the body (المتحدث باسم
    تحالف الفصائل … X), else None (two such people: no telling which)."""
    body = [_forms(view, k) for k in range(lo + 2, j)]
    body = [w for w in body if not (w & _GENERIC) and not (w & _FILLERS)]
    if not body:
        return None
    found: set[str] = set()
    chosen: Entity | None = None
    for entity in view.entities:
        if entity.label != "PER":
            continue
        for m in entity.mentions:
            first = view.token_at(m.start)
            if first >= verb or lo - 1 <= first < j:
                continue
            seen = _window(view, entity, first, max(first, view.token_at(m.end - 1)))
            if any(w & _SPOKESPERSON for w in seen) and any(w & s for w in body for s in seen):
                found.add(entity.id)
                chosen = entity
                break
    return chosen if len(found) == 1 else None
