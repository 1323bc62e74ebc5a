"""Attribution for quotes: news outlets named as relays (وكالة "الأناضول") and cue phrases (بحسب، وفقا ل).

An outlet is found (1) by the outlet lexicon, where names that are also common words (الجزيرة island,
العربية Arabic) need a type noun before them (قناة الجزيرة); (2) by a type noun followed by a quoted
name or an entity mention (صحيفة "حرييت"); (3) by a definite type noun with adjectives (التلفزيون
الرسمي); (4) by a bare definite type noun (الوكالة، الصحيفة), which refers back to the last outlet named;
(5) by an ORG/MISC mention that starts at a type noun (the NER took it into the name: وكالة تونس أفريقيا).
Relays read from a quote's context (a speaker that is an outlet, interviews, outlets spoken to, reporters)
are in marsad.attribution_relays.
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.arabic import fold, folded_words
from marsad.article import Article, Span
from marsad.quotes_lexicon import Cue, Outlet, QuoteLexicon, load
from marsad.quotes_view import QUOTE_CHARS, View

# Nouns that name a kind of outlet; each also matches with ال (وكالة، الوكالة).
_TYPES = {
    "وكالة": "agency",
    "صحيفة": "newspaper",
    "جريدة": "newspaper",
    "يومية": "daily",
    "مجلة": "magazine",
    "قناة": "TV channel",
    "شبكة": "network",
    "تلفزيون": "television",
    "إذاعة": "radio",
    "محطة": "station",
    "موقع": "website",
    "وكالات": "agencies",
    "صحف": "newspapers",
    "قنوات": "TV channels",
    "مواقع": "websites",
}
TYPE_NOUNS = frozenset(f for w in _TYPES for f in (fold(w), "ال" + fold(w)))
# وسائل إعلام / وسائل الإعلام "media": the pair works as a (plural) type noun.
_MEDIA = (fold("وسائل"), frozenset({fold("إعلام"), fold("الإعلام")}))
# وكالة أنباء X, وكالة الأنباء X: "news" between the type noun and the name.
_FILLERS = frozenset({"انباء", "الانباء"})
# Folded words that start like a definite adjective but are not (إلى، إلا، relatives): وأشارت الوكالة إلى.
_NOT_ADJECTIVES = frozenset(fold(w) for w in ("إلى", "إلا", "الذي", "التي", "الذين", "اللذين", "اللتين"))
_NISBA = ("يه", "ين")  # folded endings of relative adjectives (محلية، غربيين)
# Social platforms and the web are no outlets (bench/gold/QUOTES.md: تويتر، فيسبوك are not vias), nor is
# a place: موقع is also "site, location" (موقع الحادث), so after it only a relative adjective describes
# an outlet (موقع إخباري، الموقع الإلكتروني).
_PLATFORMS = folded_words(
    "تويتر فيسبوك فيس بوك يوتيوب إنستغرام انستغرام إنستجرام تلغرام تيليغرام واتساب سناب شات "
    "التواصل الإنترنت الانترنت",
    article=True,
)
# قناة is also "canal": قناة السويس الجديدة is the Suez Canal, no channel (session 12, a false via).
_CANAL = folded_words("قناة", article=True)
_CANALS = folded_words("السويس بنما")
_SITE = frozenset({fold("موقع"), fold("الموقع"), fold("مواقع"), fold("المواقع")})
# مواقع لـX، مواقع للتنظيم: the plural with ل after it is "positions of X" (a group, a place), not websites;
# only an outlet after the ل keeps it (مواقع لصحف: none listed, so none).
_SITES_PLURAL = frozenset({fold("مواقع"), fold("المواقع")})
# وكالة is also "agency" of any kind (الوكالة الدولية للطاقة الذرية, وكالة الفضاء الأوروبية, وكالات
# الإغاثة): a news agency is وكالة الأنباء X, وكالة X للأنباء, وكالة "X" or a listed name, so an agency
# whose name goes on with a definite noun or a ل complement other than these news words is no outlet.
_AGENCY = frozenset({fold("وكالة"), fold("الوكالة"), fold("وكالات"), fold("الوكالات")})
_NEWS_COMPLEMENTS = folded_words("للأنباء للانباء للإعلام للاعلام للصحافة")
_NEWS_NOUNS = _FILLERS | folded_words("الصحافة الإعلام")  # وكالة الصحافة الفرنسية is AFP


def _nisba(word: str) -> bool:
    """A folded word that looks like a relative adjective (محلية، غربيين، إخباري)."""
    return word.endswith(_NISBA) or (word.endswith("ي") and len(word) > 3)


_MAX_QUOTED_NAME = 5  # words: a quoted outlet name is short (صحيفة "وول ستريت جورنال")
_NAME_DOTS = frozenset(".-")  # punctuation inside an outlet's name (سي.إن.إن، إم-بي-سي)
_PLURAL_TYPES = frozenset(fold(w) for w in ("وكالات", "صحف", "قنوات", "مواقع"))


@dataclass(frozen=True, slots=True)
class OutletMatch:
    """An outlet found in the text: token range [lo, hi), its visible name, the lexicon entry if any."""

    lo: int
    hi: int
    text: str
    outlet: Outlet | None
    entity: str | None  # id of an entity whose mention overlaps the name


def _described(view: View, lo: int, hi: int) -> str:
    """A described outlet's words from its type noun at lo; after ل the article's alif comes back
    (للقناة الثانية → القناة الثانية: the stem of لل+noun starts at the article's ل; no type noun starts
    with ل)."""
    text = view.span_text(lo, hi)
    if "ل" in view.tokens[lo].prefixes and text.startswith("ل"):
        return "ا" + text
    return text


def _entity_over(view: View, lo: int, hi: int) -> str | None:
    """Id of an entity covering a token in [lo, hi), ORG preferred."""
    found = [view.covered[i] for i in range(lo, hi) if i in view.covered]
    found.sort(key=lambda e: e.label != "ORG")
    return found[0].id if found else None


def _lexicon_at(view: View, lex: QuoteLexicon, i: int, typed: bool) -> OutletMatch | None:
    """A lexicon outlet whose words start at token i (longest first)."""
    for key in view.keys(i) if i < view.n else ():
        for words, outlet in lex.outlets.get(key, ()):
            # A form that opens with its own type noun (وكالة الأنباء الفلسطينية for وفا) is typed already.
            if outlet.needs_type and not typed and words[0] not in TYPE_NOUNS:
                continue
            j = i + 1
            for w in words[1:]:
                if j >= view.n or w not in view.keys(j):
                    break
                j += 1
            else:
                j = _same_name_after(view, lex, j, outlet)
                return OutletMatch(i, j, view.span_text(i, j), outlet, _entity_over(view, i, j))
    return None


def _same_name_after(view: View, lex: QuoteLexicon, j: int, outlet: Outlet) -> int:
    """Past a quoted or bracketed other name of the same outlet (هيئة الإذاعة البريطانية "بي بي سي")."""
    if j >= view.n or not (view.word(j) in QUOTE_CHARS or view.word(j) == "("):
        return j
    inner = _lexicon_at(view, lex, j + 1, typed=True)
    if inner is None or inner.outlet is not outlet:
        return j
    end = inner.hi
    return end + 1 if end < view.n and (view.word(end) in QUOTE_CHARS or view.word(end) == ")") else end


_ACRONYM_REACH = 5  # words from a type noun to a bracketed listed name (وكالة الأنباء السعودية (واس))


def _bracketed_outlet(view: View, lex: QuoteLexicon, i: int) -> OutletMatch | None:
    """A type noun at i whose name is followed by a listed outlet's short name in brackets (وكالة الأنبا
    السعودية (واس), its spelling slipped): the name is that outlet; its entity is the name's mention."""
    for k in range(i + 1, min(view.n, i + 1 + _ACRONYM_REACH)):
        mark = view.word(k) in QUOTE_CHARS and k > i + 1  # وكالة الأنباء السورية "سانا" (the lead's b3)
        if view.word(k) == "(" or mark:
            named = any(not view.has(m, _FILLERS) for m in range(i + 1, k))  # not وكالة أنباء (إرنا)
            inner = _lexicon_at(view, lex, k + 1, typed=True) if named else None
            closer = view.word(inner.hi) if inner is not None and inner.hi < view.n else ""
            if (
                inner is None
                or inner.outlet is None
                or not (closer == ")" or (mark and closer in QUOTE_CHARS))
            ):
                return None
            entity = _entity_over(view, i, k) or inner.entity
            return OutletMatch(i, inner.hi + 1, view.span_text(i, k), inner.outlet, entity)
        if view.punct(k):
            return None
    return None


_SKIPPED = QUOTE_CHARS | {"ل"}  # what match_outlet steps over before a name
_start_cache: list[tuple[QuoteLexicon, frozenset[str]]] = []


def _start_keys(lex: QuoteLexicon) -> frozenset[str]:
    """Keys a match_outlet hit can begin with: a lexicon name's first word, a type noun, وسائل."""
    if not _start_cache or _start_cache[0][0] is not lex:
        _start_cache[:] = [(lex, frozenset(lex.outlets) | TYPE_NOUNS | {_MEDIA[0]})]
    return _start_cache[0][1]


def match_outlet(view: View, i: int, last: OutletMatch | None = None) -> OutletMatch | None:
    """The outlet named from token i on (quote marks and a lone ل before it skipped), if any; never a
    social platform (موقع "تويتر"، مواقع التواصل الاجتماعي) nor a canal (قناة السويس)."""
    hit = _match_outlet(view, i, last)
    if hit is None or hit.outlet is not None:
        return hit
    if any(view.has(k, _PLATFORMS) for k in range(hit.lo, hit.hi)):
        return None
    if i + 1 < view.n and view.has(i, _CANAL) and view.has(i + 1, _CANALS):
        return None  # قناة السويس unquoted: the canal (لقناة "السويس" would still be a channel)
    return hit


def _match_outlet(view: View, i: int, last: OutletMatch | None = None) -> OutletMatch | None:
    """match_outlet before the platform check."""
    lex = load()
    words = view.words
    n = view.n
    while i < n and words[i] in _SKIPPED:
        i += 1
    if i >= n or view.first_keys(_start_keys(lex))[i] is None:
        return None  # no word an outlet can start with
    hit = _lexicon_at(view, lex, i, typed=False)
    media = _MEDIA[0] in view.keys(i) and i + 1 < view.n and view.has(i + 1, _MEDIA[1]) is not None
    if hit or not (media or view.has(i, TYPE_NOUNS)):
        return hit
    bracketed = _bracketed_outlet(view, lex, i)
    if bracketed is not None:
        return bracketed
    j = i + 2 if media else i + 1
    while j < view.n and view.has(j, _FILLERS):
        j += 1
    quoted = j < view.n and (view.word(j) in QUOTE_CHARS or view.word(j) == "(")
    closers = QUOTE_CHARS if not quoted or view.word(j) != "(" else frozenset(")")
    k = j + 1 if quoted else j
    hit = _lexicon_at(view, lex, k, typed=True)
    if hit:
        return hit
    if not quoted and j == i + 1 and view.has(i, _SITES_PLURAL) and _lam_at(view, j):
        return _outlet_after_lam(view, lex, j)  # مواقع للحوثيين "Houthi positions": no outlet
    if not quoted and j == i + 1 and view.has(i, _AGENCY) and _other_agency(view, i, j):
        return None  # الوكالة الدولية للطاقة الذرية: an organisation, not a news agency
    definite = view.keys(i)[-1].startswith("ال") or view.tokens[i].folded.startswith("ال")
    if quoted and not (definite and not media and j == i + 1):  # وكالة "الأناضول"، وكالة أنباء (إرنا)
        # (not after a definite type noun: عبر القناة "بدأ …" quotes speech, the outlet named before)
        named = quoted_name(view, k, closers)
        if named is not None:
            return named
    if j in view.mention_at and view.mention_at[j][0].label in ("ORG", "MISC"):
        entity, last_tok = view.mention_at[j]
        return OutletMatch(j, last_tok + 1, view.span_text(j, last_tok + 1), None, entity.id)
    if _named_after(view, i, j, definite or media):
        # إذاعة مونت كارلو: an indefinite type noun in construct with a name the NER took for a place or a
        # person is that outlet's name (not موقع "site", nor a definite name: قناة السويس is the canal).
        entity, last_tok = view.mention_at[j]
        return OutletMatch(j, last_tok + 1, view.span_text(j, last_tok + 1), None, entity.id)
    if i in view.mention_at and view.mention_at[i][0].label in ("ORG", "MISC") and view.mention_at[i][1] >= j:
        # The NER took the type noun into the name (وكالة تونس أفريقيا للأنباء): the mention is the outlet.
        entity, last_tok = view.mention_at[i]
        return OutletMatch(i, last_tok + 1, view.span_text(i, last_tok + 1), None, entity.id)
    adjectives = j
    site = view.has(i, _SITE) is not None
    agency = j == i + 1 and view.has(i, _AGENCY) is not None
    while adjectives < view.n and adjectives - j < 2 and not view.punct(adjectives):
        word = view.tokens[adjectives].folded
        if not word.startswith("ال") or word in _NOT_ADJECTIVES or adjectives in view.mention_at:
            break
        if (site or agency) and not _nisba(word):
            break  # موقع الحادث "the site of the incident"; وكالة الفضاء "the space agency"
        adjectives += 1
    indefinite = media or not definite
    while (
        adjectives < view.n
        and adjectives - j < 2
        and indefinite
        and not view.tokens[adjectives].folded.startswith("ال")
        and _nisba(view.tokens[adjectives].folded)
    ):
        adjectives += 1  # وسائل إعلام محلية، موقع إخباري، صحيفة أمريكية: indefinite adjectives
    if definite and not media and j == i + 1 and adjectives == j + 1 and _nisba(view.tokens[j].folded):
        named = _named_before(view, i)
        if named is not None:  # وفقا للصحيفة الأمريكية: the newspaper the article named before
            return OutletMatch(i, adjectives, named.text, named.outlet, named.entity)
    if adjectives > j or j > i + 1:
        # التلفزيون الرسمي، وكالة الأنباء الرسمية، وكالات الأنباء: a described outlet, named by its words.
        return OutletMatch(
            i, adjectives, _described(view, i, adjectives), None, _entity_over(view, i, adjectives)
        )
    if definite and last is not None and _same_medium(view.keys(i)[-1], last):
        return last  # الوكالة, الصحيفة alone: the outlet named last
    if definite and last is None and j == i + 1:
        # … no quote's relay yet (أجرت قناة X مقابلة مع Y. وقال Y للقناة إن; وبحسب الوكالة، read before the
        # speakers are): the latest listed outlet of its medium named before (session 15)
        return _named_before(view, i)
    return None


# Media of the type nouns and of the lexicon's kinds: a bare definite type noun refers back only to an
# outlet of its medium (في كلمة بثها التلفزيون after وفق ما نقلت "رويترز": television, not the agency).
_MEDIA_OF = {
    "agency": "agency", "agencies": "agency", "newspaper": "print", "daily": "print", "magazine": "print",
    "newspapers": "print", "TV channel": "broadcast", "network": "broadcast", "television": "broadcast",
    "radio": "broadcast", "station": "broadcast", "TV channels": "broadcast", "tv": "broadcast",
    "website": "web", "websites": "web",
}  # fmt: skip
_TYPE_MEDIUM = {f: _MEDIA_OF[kind] for w, kind in _TYPES.items() for f in (fold(w), "ال" + fold(w))}


def _same_medium(noun: str, last: OutletMatch) -> bool:
    """The type noun (folded) and the last outlet are of one medium, or either medium is unknown (a described
    outlet whose first word is no type noun, a lexicon kind not mapped)."""
    mine = _TYPE_MEDIUM.get(noun)
    if last.outlet is not None:
        theirs = _MEDIA_OF.get(last.outlet.kind)
    else:
        words = last.text.split()
        theirs = _TYPE_MEDIUM.get(fold(words[0])) if words else None
    return mine is None or theirs is None or mine == theirs


def _named_before(view: View, i: int) -> OutletMatch | None:
    """The latest listed outlet before token i whose medium is that of the definite type noun at i (الصحيفة
    الأمريكية after صحيفة واشنطن بوست and وكالة رويترز: the newspaper), or None."""
    lex = load()
    starts = view.first_keys(_start_keys(lex))
    noun = view.keys(i)[-1]
    medium = _TYPE_MEDIUM.get(noun)
    for k in range(i - 1, -1, -1):
        typed = view.has(k, TYPE_NOUNS)
        # an unlisted outlet named in marks after a type noun of the medium (مجلة "كيكر" … ¶ وأضافت
        # المجلة; session 23)
        same = typed is not None and medium is not None and _TYPE_MEDIUM.get(typed) == medium
        if same and k + 1 < view.n and view.word(k + 1) in QUOTE_CHARS:
            named = quoted_name(view, k + 2, QUOTE_CHARS)
            if named is not None:
                return named
        if starts[k] is None:
            continue
        hit = _lexicon_at(view, lex, k, typed=True)
        if hit and hit.outlet is not None and _TYPE_MEDIUM.get(noun) == _MEDIA_OF.get(hit.outlet.kind):
            return hit
    return None


def _lam_at(view: View, j: int) -> bool:
    """Token j is a lone ل or a word with ل glued before it (للتنظيم، لقوات)."""
    return j < view.n and (
        view.word(j) == "ل" or ("ل" in view.tokens[j].prefixes and view.tokens[j].folded.startswith("ل"))
    )


def _outlet_after_lam(view: View, lex: QuoteLexicon, j: int) -> OutletMatch | None:
    """A listed outlet right after the ل at token j (glued or alone, quote marks skipped), else None."""
    if view.word(j) == "ل":
        j += 1
        while j < view.n and view.word(j) in QUOTE_CHARS:
            j += 1
    return _lexicon_at(view, lex, j, typed=True) if j < view.n else None


def _other_agency(view: View, i: int, j: int) -> bool:
    """The words from token j (right after وكالة at i) name an agency of another kind: after an indefinite
    وكالة a definite noun that is no relative adjective (وكالة الطاقة، وكالة الفضاء: a construct; after
    الوكالة it is another word, الوكالة الخميس), or a ل complement other than news words after up to two
    relative adjectives (الدولية للطاقة، الأمريكية للتنمية)."""
    if j >= view.n or view.punct(j):
        return False
    word = view.tokens[j].folded
    if (
        not (view.keys(i)[-1].startswith("ال") or view.tokens[i].folded.startswith("ال"))
        and word.startswith("ال")
        and not _nisba(word)
        and word not in _NOT_ADJECTIVES
        and not view.has(j, _NEWS_NOUNS)
    ):
        return True
    k = j
    while (
        k < view.n and k - j < 2 and view.tokens[k].folded.startswith("ال") and _nisba(view.tokens[k].folded)
    ):
        k += 1
    if k == j or k >= view.n or not _lam_at(view, k) or view.word(k) == "ل":
        return False  # الوكالة لرويترز: a bare definite agency with ل after it is told, not named
    return view.tokens[k].folded not in _NEWS_COMPLEMENTS


def _quoted_end(view: View, k: int, closers: frozenset[str], dots_only: bool = False) -> int:
    """The closing mark of a short quoted name whose words start at token k, else -1. The dots of an
    abbreviation are no words (سي.بي.سي.نيوز: four words, seven tokens); `dots_only`: no other
    punctuation inside."""
    end, words = k, 0
    if k < view.n and view.punct(k) and view.word(k) not in closers:
        return -1  # "…"، على حد تعبيره: the mark closed a quote; a name opens on a word
    while end < view.n and view.word(end) not in closers:
        if view.word(end) in (":", "؛") or (
            end > k and "\n" in view.text[view.tokens[end - 1].end : view.tokens[end].start]
        ):
            return -1  # a colon, a semicolon or a line break: no name runs over it (session 26)
        if not view.punct(end):
            words += 1
        elif dots_only and view.word(end) not in _NAME_DOTS:
            return -1
        if words > _MAX_QUOTED_NAME:
            return -1
        end += 1
    return end if k < end < view.n else -1


def quoted_name(view: View, k: int, closers: frozenset[str], dots_only: bool = False) -> OutletMatch | None:
    """A short quoted name whose words start at token k (`_quoted_end`), as an unlisted outlet with the
    entity over it, else None."""
    end = _quoted_end(view, k, closers, dots_only)
    return OutletMatch(k, end, view.span_text(k, end), None, _entity_over(view, k, end)) if end > 0 else None


_NAME_PLACES = frozenset({"LOC", "PER"})


def _named_after(view: View, i: int, j: int, definite: bool) -> bool:
    """An indefinite singular type noun at i right before a LOC or PER mention at j that has no ال."""
    if definite or j != i + 1 or j not in view.mention_at or view.has(i, _SITE) is not None:
        return False
    entity, _ = view.mention_at[j]
    plural = view.tokens[i].folded in _PLURAL_TYPES
    return entity.label in _NAME_PLACES and not plural and not view.tokens[j].folded.startswith("ال")


def match_cue(view: View, i: int) -> tuple[Cue, int] | None:
    """An attribution phrase starting at token i: (cue, index of the first token after it)."""
    lex = load()
    if i >= view.n or view.first_keys(lex.cues)[i] is None:
        return None  # no key a cue starts with
    for key in view.keys(i):
        for cue in lex.cues.get(key, ()):
            j = i + 1
            for w in cue.words[1:]:
                if w == "ل" and j < view.n and view.word(j) != "ل":
                    if view.tokens[j].folded.startswith("ل"):
                        break  # ل glued to the next word (وفقا لوكالة): that word begins the source
                    j = -1
                    break
                if j >= view.n or w not in view.keys(j):
                    j = -1
                    break
                j += 1
            if j >= 0:
                return cue, _skip_relay(view, j)
    return None


# حسب ما نشرت/نشرته صحيفة X: "published", no reporting verb of its own (a published report is no quote),
# but after an according word it names the outlet as the source all the same.
_PUBLISHED = folded_words("نشر نشرت نشره نشرته نشرها نشرتها")


def _skip_relay(view: View, j: int) -> int:
    """Past "ما", a relay verb and عنه/به after an according word (وفق ما نقلت X، لما نقلته عنه X، وفق ما
    أفاد به X): X's start."""
    if j < view.n and view.tokens[j].folded in ("ما", "لما"):
        j += 1
    if j < view.n and (view.has(j, load().verbs) or view.has(j, _PUBLISHED)):
        j += 1
        if j < view.n and view.tokens[j].folded in ("عنه", "عنها", "عنهم", "عنهما", "به", "بها"):
            j += 1
    return j


def cited_outlets(article: Article) -> tuple[str, ...]:
    """Canonical names of the outlets the article's quotes were relayed by, in order of first citation."""
    names = load().outlet_names
    out: list[str] = []
    for quote in article.quotes:
        if not quote.via_text:
            continue
        # هيئة الإذاعة البريطانية "بي بي سي": the name before a quoted other name of the same outlet
        first = quote.via_text
        for mark in (*QUOTE_CHARS, "("):
            first = first.split(mark)[0]
        outlet = names.get(" ".join(fold(w) for w in quote.via_text.split())) or names.get(
            " ".join(fold(w) for w in first.split())
        )
        name = outlet.name if outlet else quote.via_text
        if name not in out:
            out.append(name)
    return tuple(out)


def outlet_spans(article: Article) -> list[Span]:
    """Spans of lexicon outlets that no entity covers yet, so the entities stage can add them as ORG."""
    view = View(article)
    found: list[Span] = []
    starts, words = view.first_keys(_start_keys(load())), view.words
    i = 0
    while i < view.n:
        if starts[i] is None and words[i] not in _SKIPPED:
            i += 1  # match_outlet would return None at once
            continue
        hit = match_outlet(view, i)
        if hit is not None and hit.outlet is not None and hit.entity is None and hit.lo >= i:
            end = hit.lo + 1  # the name itself, not a quoted other name after it (_same_name_after)
            while end < hit.hi and view.word(end) not in QUOTE_CHARS and view.word(end) != "(":
                end += 1
            found.append(Span(view.tokens[hit.lo].stem.start, view.tokens[end - 1].stem.end))
            i = end  # the other name is a span of its own
        else:
            i += 1
    return found
