"""Titles as speakers: which person a definite title alone refers to (`title_referent`: وأكد الرئيس المنتخب
is the person the article gave that title), whether a title names another nationality than the previous
speaker's (`foreign_title`), a two-word title's holder (`two_word_holder`) and role nouns outside the titles
lexicon (`role_noun`). Split from marsad.quotes_context (session 20), behaviour unchanged.
"""

from __future__ import annotations

from marsad.arabic import fold, folded_words
from marsad.article import Entity
from marsad.attribution import TYPE_NOUNS
from marsad.lexicons import nationalities
from marsad.quotes_antecedents import latest_titled_person
from marsad.quotes_lexicon import load
from marsad.quotes_speakers import ON_BEHALF, SPOKESPERSON, is_complementizer, is_title
from marsad.quotes_view import View

_FORMER = frozenset(fold(w) for w in ("السابق", "السابقة", "سابق", "سابقة"))
TITLE_WINDOW = 7  # tokens from a title word to its name (السفيرة الكندية لدى مجلس الأمن الدولي، ليلى حداد)


def _titled(view: View, entity: Entity, head: str, adjective: str = "", before: int | None = None) -> bool:
    """Some mention of the entity has the title word `head` just before it, or after it past a comma;
    with `adjective`, that word right after the head (الرئيس الأميركي); with `before`, only a mention
    before that token (the verb: وعلق وزير الدولة … على تغريدة الصدر titles no one after it).

    A spokesperson word followed by باسم/بلسان titles the spokesperson, not the name right after it (a
    name after the body it speaks for is the spokesperson's).
    """

    heads = _SAME_OFFICE.get(head, frozenset((head,)))

    def at(k: int) -> bool:
        if not heads & _bare_keys(view, k):
            return False
        nxt = k + 2 if adjective else k + 1
        if nxt < view.n and view.has(nxt, _FORMER):
            return False  # الرئيس الأميركي السابق X: a former holder is not "the US president"
        return not adjective or (k + 1 < view.n and adjective in _bare_keys(view, k + 1))

    for m in entity.mentions:
        first = view.token_at(m.start)
        if before is not None and first >= before:
            continue
        lo = view.sentence(first)[0]
        for k in range(first - 1, max(lo, first - TITLE_WINDOW) - 1, -1):
            if k == first - 1 and view.word(k) in "،,":
                continue  # الرئيس الأميركي، دونالد ترمب: a name in apposition
            if view.punct(k) or is_complementizer(view, k) or view.has(k, load().verbs):
                break  # وقال الناطق إن رئيسة الوزراء: the title belongs to another phrase
            other = view.covered.get(k)
            if other is not None and other is not entity and other.label == "PER":
                break  # الرئيس الأميركي X الرئيس الكوري Y: a title before another person is that person's
            if at(k) and (view.tokens[k + 1].folded not in ON_BEHALF or _body_between(view, k + 2, first)):
                # المتحدث باسم بوتين، باسم رئيسة الوزراء تيريزا ماي title no one after them; المتحدثة باسم
                # الخارجية سارة حداد titles her
                return True
        last = max(first, view.token_at(m.end) - 1)
        if last + 1 < view.n and view.word(last + 1) in "،,":
            after = range(last + 2, min(view.sentence(first)[1], last + 2 + TITLE_WINDOW))
            if any(at(k) for k in after):
                return True
    return False


def foreign_title(view: View, title: str, entity: Entity, before: int) -> bool:
    """The title (الوزير الأمريكي) names a nationality after its head, and the entity's title phrases before
    token `before` name others only (وزير الخارجية القطري X): he is not the one the title refers to."""
    words = title.split()
    if len(words) < 2:
        return False
    # a two-word nationality too (الزعيم الكوري الشمالي; P4 in QUOTES_SESSION31B.md)
    nation = nationalities().get(fold(words[1])) or nationalities().get(fold(" ".join(words[1:3])))
    return _other_nation(view, entity, nation, before)


def _other_nation(view: View, entity: Entity, nation: str | None, before: int) -> bool:
    """The entity's title phrases before token `before` name nationalities, none of them `nation` (an ISO
    code; None: never). A title phrase is the words right before a mention, or right after it past a comma
    (X، وزير الخارجية القطري), that start with a title word, up to punctuation, a verb, a complementizer
    or another name; a nationality outside such a phrase (ترامب، في لقاء مع الرئيس الفرنسي) is not his."""
    if nation is None:
        return False
    table = nationalities()
    found: set[str] = set()

    def stop(k: int) -> bool:
        return bool(view.punct(k)) or is_complementizer(view, k) or view.has(k, load().verbs) is not None

    for m in entity.mentions:
        first = view.token_at(m.start)
        if first >= before:
            continue
        lo, hi = view.sentence(first)
        k = first - 2 if first - 1 >= lo and view.word(first - 1) in "،," else first - 1
        phrase: list[int] = []
        while k >= max(lo, first - TITLE_WINDOW) and not stop(k) and k not in view.covered:
            phrase.append(k)
            k -= 1
        last = max(first, view.token_at(m.end) - 1)
        after = []
        if last + 2 < hi and view.word(last + 1) in "،," and is_title(view, last + 2):
            k = last + 2
            while k < min(hi, last + 2 + TITLE_WINDOW) and not stop(k) and k not in view.covered:
                after.append(k)
                k += 1
        for words in (phrase, after):
            if any(is_title(view, w) for w in words):
                found.update(table[key] for w in words for key in view.keys(w) if key in table)
    return bool(found) and nation not in found


# Title words for one office, as writers vary them from mention to mention (فاسيلي نيبينزيا، مبعوث روسيا في
# الأمم المتحدة … وقال المندوب الروسي): envoy, delegate, representative.
_ENVOYS = folded_words("مندوب مبعوث ممثل مندوبة مبعوثة ممثلة")
# العاهل "the monarch" is the king (وقال العاهل الأردني after الملك عبد الله الثاني; session 15).
_MONARCH = folded_words("عاهل ملك")
_SAME_OFFICE = {word: _ENVOYS for word in _ENVOYS} | {word: _MONARCH for word in _MONARCH}


def _body_between(view: View, lo: int, hi: int) -> bool:
    """Words [lo, hi) after باسم name a body, not the person's own title (باسم الخارجية, not باسم رئيسة
    الوزراء)."""
    return lo < hi and not any(is_title(view, k) for k in range(lo, hi))


def _bare_keys(view: View, k: int) -> set[str]:
    """Token k's lookup keys without the article ال (الرئيس → رئيس)."""
    return {key[2:] if key.startswith("ال") else key for key in view.keys(k)}


def _same_title(head: str, words: str | None) -> bool:
    """The title word `head` is among the (speaker text) words, a spokesperson word matching another."""
    found = {w[2:] if w.startswith("ال") else w for w in (fold(x) for x in (words or "").split())}
    spoken = {w[2:] if w.startswith("ال") else w for w in SPOKESPERSON}
    return head in found or (head in spoken and bool(found & spoken))


def title_referent(
    view: View, title: str, i: int, last: str | None, last_text: str | None, native: bool = False
) -> Entity | None:
    """Whom a definite title alone (وأضاف الوزير، وأكد الرئيس المنتخب) at the verb i refers to, or None.

    The previous speaker when the article gave them that title (None: an unnamed previous speaker with the
    title in its words, وقال متحدث باسم … ثم وقال الناطق, stays); else the person with the title whose
    mention comes last before the verb (الرئيس الأميركي → the earlier الرئيس الأميركي، دونالد ترمب). None
    leaves the previous speaker. `native`: only a holder not titled with another nationality than the
    title's (see `foreign_title`).
    """
    words = title.split()
    if not words:
        return None
    head = fold(words[0])
    head = head[2:] if head.startswith("ال") else head
    if _same_title(head, last_text):
        return None
    # A relative adjective after the head narrows it (الرئيس الأميركي: not the North Korean leader whom
    # the article also calls رئيس); the holder's title must carry it too.
    adjective = fold(words[1]) if len(words) > 1 else ""
    adjective = adjective[2:] if adjective.startswith("ال") else adjective
    if not adjective.endswith(("ي", "يه")) or len(adjective) < 4:
        adjective = ""

    people = [e for e in view.entities if e.label == "PER"]
    by_id = {e.id: e for e in people}
    headed = [
        e
        for e in people
        if _titled(view, e, head, before=i) and not (native and foreign_title(view, title, e, i))
    ]
    full = [e for e in headed if adjective and _titled(view, e, head, adjective, before=i)]
    for group in (full, headed):  # the whole title first, then its head word alone
        if last in by_id and by_id[last] in group:
            return by_id[last]
        latest: list[tuple[int, Entity]] = []
        for entity in group:
            before = [view.token_at(m.start) for m in entity.mentions if view.token_at(m.start) < i]
            if before:
                latest.append((max(before), entity))
        if latest:
            return max(latest, key=lambda t: t[0])[1]
    return None


def two_word_holder(view: View, lo: int) -> Entity | None:
    """The person the article gave the two-word title at token lo before (الأمين العام للأمم المتحدة X …
    وقال الأمين العام), mentioned last before lo: the title before the name in its phrase, or right after
    it past a comma (X، الأمين العام …); not a title past a comma and other words (قتل X، إذ يقدم المدعي
    العام)."""
    keys = [{k[2:] if k.startswith("ال") else k for k in view.keys(m)} for m in (lo, lo + 1)]

    def at(k: int) -> bool:
        return k + 1 < view.n and bool(keys[0] & _bare_keys(view, k) and keys[1] & _bare_keys(view, k + 1))

    def titled(first: int, last: int) -> bool:
        if last + 2 < view.n and view.word(last + 1) in "،," and at(last + 2):
            return True
        for k in range(first - 1, max(view.sentence(first)[0], first - TITLE_WINDOW) - 1, -1):
            if view.punct(k) or is_complementizer(view, k) or view.has(k, load().verbs):
                return False
            if at(k):
                return True
        return False

    return latest_titled_person(view, lo, titled)


def role_noun(view: View, lo: int, j: int) -> bool:
    """The definite words [lo, j) are a role noun with at most one relative adjective (المدرب، المدرب
    الجزائري) that the article set right before a person's name earlier (وصل المدرب خالد العلي، المدرب
    الجزائري خالد العلي): a title outside the titles lexicon, which title_referent resolves as one."""
    if not 0 < j - lo <= 2 or j > view.n:
        return False
    words = [view.tokens[k].folded.lstrip("وف") for k in range(lo, j)]
    if not all(w.startswith("ال") and len(w) > 4 for w in words):
        return False
    if any(k in view.covered for k in range(lo, j)) or view.has(lo, TYPE_NOUNS):
        return False  # الموقع، الوكالة: an outlet's noun refers to an outlet
    if len(words) == 2 and not words[1].endswith(("ي", "يه")):
        return False
    head = words[0][2:]
    for entity in view.entities:
        if entity.label != "PER":
            continue
        for m in entity.mentions:
            first = view.token_at(m.start)
            if first >= lo:
                continue
            before = first - 1
            if (
                before > 0
                and view.tokens[before].folded.startswith("ال")
                and view.tokens[before].folded.endswith(("ي", "يه"))
            ):
                before -= 1  # المدرب الجزائري خالد العلي
            # definite before the name (المدرب خالد العلي), not a construct's head (منشورات ليتل، موقف X)
            definite = before >= 0 and view.tokens[before].folded.lstrip("وف").startswith("ال")
            if definite and head in _bare_keys(view, before):
                return True
    return False


def tied_person(view: View, title: str, i: int) -> Entity | None:
    """The person the merge stage tied a definite title right after the verb at token i to (وتساءل القاضي
    after القاضي X: X), when that person is named by name before the verb; else None. Read where
    title_referent keeps an unnamed previous speaker of the same title (an unnamed القاضي spoke before the
    article named the judge): the tie names him (session 29, A2)."""
    entity = view.covered.get(i + 1)
    if entity is None or entity.label != "PER":
        return None
    said = fold(title)
    named = [
        m for m in entity.mentions if view.token_at(m.start) < i and fold(view.text[m.start : m.end]) != said
    ]
    return entity if named else None
