"""Who a verb without its own subject refers to: the context of the sentence and the article.

A pro-dropped verb shares the subject opening its sentence (`sentence_subject`: وكان سالفيني، أصر …، وقال;
واستنكر وزير الخارجية سيرغي لافروف التصريحات ووصفها); a participle takes its clause's subject
(`clause_subject`: …، مضيفا); the first verb of an article with no speaker yet takes the person its first
sentence names (`sentence_person`). A relative clause's antecedent, "the latter" and a person noun are read by
marsad.quotes_antecedents; a definite title alone (وأكد الرئيس المنتخب) by marsad.quotes_titles.
"""

from __future__ import annotations

from marsad.arabic import fold, folded_words
from marsad.article import Entity
from marsad.attribution_relays import COLLEAGUES
from marsad.quotes_antecedents import RELATIVE_PRONOUNS
from marsad.quotes_datelines import past_dateline
from marsad.quotes_lexicon import load
from marsad.quotes_speakers import (
    KANA,
    MAX_SUBJECT,
    ON_BEHALF,
    ends_subject,
    eponym,
    has_prefix,
    is_complementizer,
    is_platform,
    is_title,
)
from marsad.quotes_view import QUOTE_CHARS, View


def sentence_person(view: View, i: int, window: int = 12) -> Entity | None:
    """A PER mention near the start of the sentence of the verb at i, before it: the subject of an earlier
    verb that a pro-dropped reporting verb shares (وجهت السفيرة …، نيكي هيلي، …، وقالت …); the window opens
    after a dateline."""
    lo = past_dateline(view, view.sentence(i)[0])
    for k in range(lo, min(i, lo + window)):
        if k in view.mention_at and view.mention_at[k][0].label == "PER":
            if k > lo and view.tokens[k - 1].folded in COLLEAGUES:
                continue  # the interviewer (مقابلة للوزير مع الزميلة X لـCNN حيث قال) is not the speaker
            return view.mention_at[k][0]
    return None


def clause_subject(view: View, i: int) -> Entity | None:
    """For a participle (مضيفا، قائلا): the first PER (else any non-MISC) mention earlier in its sentence."""
    lo = view.sentence(i)[0]
    behalf = _on_behalf(view, lo, i)
    found = [
        view.mention_at[k][0]
        for k in range(lo, i)
        if k in view.mention_at and not eponym(view, k) and k not in behalf
    ]
    found = [e for e in found if e.label != "MISC" and not is_platform(e)]
    # a place in a prepositional phrase (اعتصم رجل في محطة مترو القاهرة، مطالبا) is no subject
    found = [e for e in found if e.label != "LOC" or not _in_phrase(view, e, lo, i)]
    for entity in found:
        if entity.label == "PER":
            return entity
    return found[0] if found else None


# Prepositions that put a place or a body in an adverbial phrase, not in the subject (folded).
_PLACE_PREPOSITIONS = folded_words("في من إلى على عن لدى أمام قرب داخل خارج عند حول عبر خلال بين نحو تجاه")
PHRASE_REACH = 3  # words between the preposition and the mention (في محطة قطار …، في العاصمة الليبية …)


def _in_phrase(view: View, entity: Entity, lo: int, i: int) -> bool:
    """Every mention of the entity in [lo, i) stands in a prepositional phrase: ب on it, or a preposition
    before it with at most PHRASE_REACH words between and no punctuation (في العاصمة الإيرانية طهران)."""
    for m in entity.mentions:
        k = view.token_at(m.start)
        if not lo <= k < i:
            continue
        placed = False
        for j in range(k, max(lo, k - PHRASE_REACH - 1) - 1, -1):
            if j < k and view.tokens[j].folded.lstrip("و") in _PLACE_PREPOSITIONS:
                placed = True
                break
            if has_prefix(view, j, "ب"):  # not ل, as often a genitive (فريق التواصل التابع لوزارة …)
                placed = True
                break
            if j < k and (view.punct(j) or view.has(j, load().verbs)):
                break
        if not placed:
            return False
    return True


def placed_only(view: View, i: int) -> bool:
    """The sentence of the participle at i names places before it, all in prepositional phrases, and no
    one else: `clause_subject` found none for that reason."""
    lo = view.sentence(i)[0]
    named = {view.mention_at[k][0].id: view.mention_at[k][0] for k in range(lo, i) if k in view.mention_at}
    found = [e for e in named.values() if e.label != "MISC" and not is_platform(e)]
    return bool(found) and all(e.label == "LOC" and _in_phrase(view, e, lo, i) for e in found)


_BEHALF = frozenset(fold(w) for w in ("باسم", "وباسم"))


def _on_behalf(view: View, lo: int, hi: int) -> set[int]:
    """Tokens from باسم "on behalf of" to the next punctuation, in lo..hi (أدان باسمه وباسم أعضاء المجلس
    ووزارة العدل …، مشيرا: those bodies are whom he spoke for, not the participle's subject)."""
    out: set[int] = set()
    inside = False
    for k in range(lo, hi):
        if view.punct(k):
            inside = False
        elif view.tokens[k].folded in _BEHALF:
            inside = True
        if inside:
            out.add(k)
    return out


# Openers before a sentence's subject (وكان سالفيني، أصر …): the conjunction و and forms of كان.
_OPENERS = KANA | {"و", "ف", "قد", "وقد"}


# A turn phrase and its comma opening a sentence (من جهته، عبر X …؛ بدوره، قال X): the subject follows it.
_TURNS = folded_words("جهته جهتها جانبه جانبها ناحيته ناحيتها")
_BY_TURN = folded_words("بدوره بدورها وبدوره وبدورها")


_CONTRARY = folded_words("المقابل")


# "In a related context" (في سياق متصل، في سياق آخر،) opening a sentence, stepped over like a turn phrase.
_CONTEXT = folded_words("سياق")
# "On the other hand" (من جهة أخرى، من ناحية أخرى،), stepped over likewise (session 27).
_SIDES = folded_words("جهة ناحية")
_OTHER = folded_words("أخرى ثانية")


def after_turn(view: View, k: int, i: int) -> int:
    """Token k past a turn phrase and its comma (من جهته، / بدوره، / في المقابل،) that opens the sentence,
    else k."""
    if k + 2 < i:
        opener, noun = view.tokens[k].folded.lstrip("و"), view.tokens[k + 1].folded
        if (opener == "في" and noun in _CONTRARY) or (opener == "من" and noun in _TURNS):
            return k + 3 if view.word(k + 2) in ("،", ",") else k
        if opener == "في" and noun in _CONTEXT and k + 3 < i and view.word(k + 3) in ("،", ","):
            return k + 4  # وفي سياق متصل، تظاهر …: the sentence opens after the phrase (the lead, 04:45)
        other = k + 2 < view.n and view.tokens[k + 2].folded in _OTHER
        if opener == "من" and noun in _SIDES and other and k + 3 < i and view.word(k + 3) in ("،", ","):
            return k + 4  # من جهة أخرى، أعلنت …: likewise (session 27)
    if k + 1 < i and view.tokens[k].folded in _BY_TURN and view.word(k + 1) in ("،", ","):
        return k + 2
    return k


def sentence_subject(view: View, i: int, start: int | None = None) -> Entity | None:
    """A PER mention that opens the sentence of the verb at i (past و, كان, قد): the subject of the first
    clause, which a later pro-dropped verb in the sentence shares (وكان سالفيني، أصر على …، وقال إن …).
    With `start`, the clause opening at that token instead (see clause_after_quote). A dateline opening the
    sentence is stepped over (دبي، الإمارات العربية المتحدة (CNN) -- ندد X …; session 22)."""
    lo = past_dateline(view, view.sentence(i)[0]) if start is None else start
    k = lo
    while k < i and view.tokens[k].folded in _OPENERS:
        k += 1
    k = after_turn(view, k, i)
    if k >= i:
        return None
    if k not in view.mention_at:
        # VSO: the sentence opens with a verb; its subject phrase names the person (واستنكر وزير الخارجية
        # الروسي سيرغي لافروف الاتهامات … ووصفها بأنها "…")
        for m in range(k + 1, min(i, k + 1 + MAX_SUBJECT)):
            if ends_subject(view, m, k + 1):
                # ندد الرئيس العام لهيئة الأمر بالمعروف والنهي عن المنكر الشيخ الدكتور X، بالتفجير: a title
                # whose genitive holds a preposition; its holder is named after it (session 12)
                return _titled_name(view, m, i) if is_title(view, k + 1) else None
            if m in view.mention_at:
                # a person anywhere in the subject phrase, a body or country right after the verb
                # (واستعرضت منظمة العفو الدولية قضايا رأت فيها أن …); a body further in is a title's
                # genitive, and the person may follow it (وأعرب الأمين العام للأمم المتحدة أنطونيو غوتيريش)
                entity = view.mention_at[m][0]
                if entity.label == "PER" or (m == k + 1 and entity.label != "MISC"):
                    return entity
        return None
    entity = view.mention_at[k][0]
    return (
        entity
        if entity.label == "PER" and not (has_prefix(view, k, "ب") or has_prefix(view, k, "ل"))
        else None
    )


_AS_ALSO = folded_words("كما")


def clause_after_quote(view: View, i: int, end: int) -> Entity | None:
    """For a pro-dropped verb at i in the sentence of the quote before it (ending at token `end`): the PER
    subject of a clause that opens right after that quote's closing mark with another verb (…" كما تفاعل
    X مع الوسم وكتب "…": X, not the quote's speaker; session 12)."""
    k = end
    while k < i and view.word(k) in QUOTE_CHARS:
        k += 1
    if k >= i or k == end or view.punct(k):
        return None  # no closing mark right before: the clause may go on with the quote's speaker
    if view.has(k, _AS_ALSO):
        k += 1
    if k >= i or k in view.mention_at:
        return None
    return sentence_subject(view, i, start=k)


TITLE_CHAIN = 10  # tokens past a title's stop to its holder's name (عن المنكر الشيخ الدكتور X)


def _titled_name(view: View, m: int, i: int) -> Entity | None:
    """The PER named within TITLE_CHAIN tokens from m (before i), past the title's genitive (bodies and
    places in it, honorifics), before any punctuation, quote mark, complementizer or verb."""
    verbs = load().verbs
    for q in range(m, min(i, m + TITLE_CHAIN)):
        if view.punct(q) or view.word(q) in QUOTE_CHARS or is_complementizer(view, q) or view.has(q, verbs):
            return None
        if q in view.mention_at and not eponym(view, q):
            entity = view.mention_at[q][0]
            if entity.label == "PER":
                return entity
    return None


COLON_CHAIN = 16  # tokens from where an unnamed title's phrase stopped to the colon before a direct quote
# Words that put a name after them outside the speaker's own title (المتحدث باسم الرئيس X، مقابلة مع X، نقلا
# عن X، رسالة إلى X).
_NOT_HOLDER = ON_BEHALF | folded_words("عن مع إلى الى عبر")


def name_at_colon(view: View, lo: int, hi: int) -> Entity | None:
    """The PER whose mention ends right before the colon that precedes a direct quote at token hi (or the
    أن/إن that opens an indirect one there), when the words from lo (where an unnamed title's phrase
    stopped) to it are one title chain: no punctuation, quote mark, complementizer or verb, no word that
    names someone else (باسم، عن، مع), the name not after ل or ب (قال مساعد الوزير لشؤون … رئيس اللجنة
    الفريق X: "…": X speaks; session 15, the subject's word limit had stopped in the chain and left the
    title unnamed; session 17: أعلن مندوب البلاد في المنظمة السفير X أن …)."""
    colon = hi - 1
    while colon > lo and view.word(colon) in QUOTE_CHARS:
        colon -= 1
    opens = view.word(colon) == ":" or is_complementizer(view, colon)
    if colon <= lo or not opens or colon - lo > COLON_CHAIN:
        return None
    entity = view.covered.get(colon - 1)
    if entity is None or entity.label != "PER":
        return None
    first = colon - 1
    while first - 1 >= lo and view.covered.get(first - 1) is entity:
        first -= 1
    if has_prefix(view, first, "ل") or has_prefix(view, first, "ب"):
        return None
    verbs = load().verbs
    for k in range(lo, first):
        if view.punct(k) or view.word(k) in QUOTE_CHARS or is_complementizer(view, k) or view.has(k, verbs):
            return None
        if view.tokens[k].folded in _NOT_HOLDER or (
            k in view.mention_at and view.mention_at[k][0].label == "PER"
        ):
            return None
        if view.word(colon) != ":" and (
            view.tokens[k].folded in RELATIVE_PRONOUNS
            or "و" in view.tokens[k].prefixes
            or _construct_title(view, k)
        ):
            # before أن: قال أعضاء كتلتي X وY إنهم (Y coordinated in the genitive), ذكر ضابط في القوة التي
            # تحرس الوزير X أن (X in a relative clause), ذكرت مستشارة في مكتب وزير المالية X أن (X's title in
            # the genitive of مكتب): the title is no chain ending in the name
            return None
    return entity


_PARTICLES = folded_words("في من الى إلى على عن لدى")


def _construct_title(view: View, k: int) -> bool:
    """Token k is a bare noun (no ال, no suffix, no particle) with a title after it: حكومة رئيس الوزراء, a
    genitive, so the title and its name are not the speaker's own."""
    word = view.tokens[k].folded
    if word.startswith("ال") or view.tokens[k].suffix or word in _PARTICLES or k in view.mention_at:
        return False
    return k + 1 < view.n and is_title(view, k + 1)
