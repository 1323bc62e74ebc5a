"""Actor phrases that two candidates of marsad.events_actors make together (a post-pass of find_actors).

forces of a state:  a force noun with no country and, right after it, a state or its government (قوات
                    النظام السوري "the Syrian regime's forces", قوات الحكومة اليمنية) is one actor, the
                    state's military: the head names the sector, the genitive whose (SYRMIL).
armed adjective:    المسلحة/المسلح "armed" right after an actor describes it (فصائل المعارضة المسلحة "the
                    armed opposition factions"): one actor, the noun's code, not a second, unidentified
                    armed group (UAF).
a title's body:     a title with no country and an organisation in construct after it (رئيس المكتب السياسي
                    لحركة حماس) is that organisation's (organisation_after), not the place's country's.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from marsad import lexicons
from marsad.arabic import fold
from marsad.article import Actor, Article, Entity, Token
from marsad.events_codes import FORCE_HEADS, SECTORS, Candidate
from marsad.events_voice import ATTACK_NOUNS

__all__ = [
    "ARMED_SECTORS",
    "entity_end",
    "envoy_name",
    "joined",
    "not_agent",
    "organisation_after",
    "role_holder",
    "titled_actor",
    "weapon",
]

# Adjectives of arms (folded) that describe the actor before them.
ARMED_ADJECTIVES = frozenset(fold(w) for w in ("المسلحة", "المسلح", "مسلحة"))
# Sectors of a force head that a state's genitive turns into that state's force (قوات → MIL).
FORCE_SECTORS = frozenset({"MIL", "COP", "SPY"})
ARMED_HEAD_SECTORS = frozenset({"MIL", "COP", "SPY", "UAF"})  # the sectors a head of E7 may carry alone
# "Army" in construct before a state (جيش النظام السوري "the Syrian regime's army"): that state's military, as
# قوات is; not a generic force head of events_codes (جيش alone is no agent a following one specifies).
ARMY_HEADS = frozenset(lexicons.word_key(fold(w)) for w in ("جيش", "جيوش"))
STATE_FORCE_HEADS = FORCE_HEADS | ARMY_HEADS  # the heads a state's genitive makes its force (_state_force)


def joined(
    cands: list[Candidate], keys: Sequence[str], lo: int, text: str, tokens: Sequence[Token]
) -> list[Candidate]:
    """The candidates with a force and its state's genitive, and an actor and its armed adjective, joined
    (see the module doc)."""
    out: list[Candidate] = []
    for c in cands:
        prev = out[-1] if out else None
        if prev is not None and _bracketed(prev, c, keys, lo):
            continue  # قوات سوريا الديمقراطية (قسد): the abbreviation is the same actor
        if prev is not None and c.first == prev.last + 1:
            words = text[tokens[prev.first].start : tokens[c.last].end]
            if _state_force(prev, c, keys, lo):
                country = c.actor.country
                code = (country or "") + (prev.actor.code or "")
                actor = dataclasses.replace(prev.actor, text=words, code=code, country=country)
                out[-1] = Candidate(prev.first, c.last, actor, prev.oblique)
                continue
            if (arm := _armed_head_of(prev, c, keys, lo)) is not None:
                # مقاتلات التحالف العربي، مليشيات الحوثي: the named actor's own arm (session 29, E7)
                actor = dataclasses.replace(c.actor, text=words, code=arm)
                out[-1] = Candidate(prev.first, c.last, actor, prev.oblique)
                continue
            if c.first == c.last and keys[c.first - lo] in ARMED_ADJECTIVES and prev.actor.code:
                out[-1] = Candidate(
                    prev.first, c.last, dataclasses.replace(prev.actor, text=words), prev.oblique
                )
                continue
        out.append(c)
    return out


def _bracketed(prev: Candidate, c: Candidate, keys: Sequence[str], lo: int) -> bool:
    """Whether `c` stands alone in brackets right after `prev`: (قسد) after قوات سوريا الديمقراطية."""
    before, after = c.first - lo - 1, c.last - lo + 1
    return c.first == prev.last + 2 and keys[before] == "(" and after < len(keys) and keys[after] == ")"


def _state_force(head: Candidate, genitive: Candidate, keys: Sequence[str], lo: int) -> bool:
    """Whether `head` is a force noun of no country (قوات) and `genitive`, right after it, a state or its
    government (SYR, SYRGOV)."""
    actor, state = head.actor, genitive.actor
    if actor.country or actor.code not in FORCE_SECTORS or head.first != head.last:
        return False
    if lexicons.word_key(keys[head.first - lo]) not in STATE_FORCE_HEADS:
        return False
    code = state.code or ""
    if genitive.oblique or (state.entity is not None and not state.country):
        return False
    # قوات النظام "the regime's forces": a government of no country named, the place's (localise)
    return code == "GOV" if not state.country else code in (state.country, state.country + "GOV")


# Armed head nouns that a named armed actor or a state after them in construct owns (مقاتلات التحالف العربي،
# مليشيات الحوثي، طيران النظام السوري): besides the force and army heads, aircraft and militias.
ARMED_HEADS = STATE_FORCE_HEADS | frozenset(
    lexicons.word_key(fold(w))
    for w in ("طائرات", "طيران", "مقاتلات", "مروحيات", "ميليشيات", "مليشيات", "ميليشيا", "مليشيا")
)
_STATE_SECTORS = ("", "GOV")  # a state or its government names no arm: the head's sector is taken


def _armed_head_of(head: Candidate, genitive: Candidate, keys: Sequence[str], lo: int) -> str | None:
    """The code of one actor made of an armed head of no country and, right after it, a named actor with a
    code (مقاتلات التحالف العربي → SAUMIL, طيران النظام السوري → SYRMIL), or None (session 29, E7)."""
    actor, owner = head.actor, genitive.actor
    if actor.country or actor.code not in ARMED_HEAD_SECTORS or head.first != head.last or genitive.oblique:
        return None
    if lexicons.word_key(keys[head.first - lo]) not in ARMED_HEADS or not owner.code:
        return None
    if owner.entity is None and not owner.country:
        return None  # a sector-only word after the head (طائرات الجيش): left as it is
    own = owner.code[3:] if owner.country and owner.code.startswith(owner.country) else None
    return owner.code if own not in (None, *_STATE_SECTORS) else (owner.country or "") + actor.code


# Prepositions between an envoy's or ambassador's title and the state he is sent to (المبعوث الأممي إلى
# اليمن "the UN envoy to Yemen", السفير الأمريكي لدى إسرائيل "the US ambassador to Israel").
ENVOY_PREPS = frozenset(fold(w) for w in ("إلى", "لدى"))
SPECIAL = frozenset(fold(w) for w in ("الخاص", "الخاصة"))  # المبعوث الخاص "the special envoy"


def envoy_name(
    article: Article, entity_at: dict[int, int], keys: Sequence[str], lo: int, last: int
) -> int | None:
    """The sentence index of a person's name after a title ending at word `last`, past an adjective and
    إلى/لدى + a state (المبعوث الأممي إلى اليمن مارتن غريفيث: title and name are one actor, the state no
    argument), or past الخاص "special" (المبعوث الأمريكي الخاص توم بيرييلو), or past words the entities
    stage read as the person's own roles (القائد العام للقوات المسلحة التشادية المشير سالم داود: the
    title's complement and a rank), else None."""
    if last + 2 < len(keys) and keys[last + 1] in SPECIAL:
        return last + 2
    if (named := _role_name(article, entity_at, len(keys), lo, last)) is not None:
        return named
    for k in (last + 1, last + 2):
        if k + 1 < len(keys) and keys[k] in ENVOY_PREPS:
            state = entity_at.get(lo + k + 1)
            if state is None or article.entities[state].label != "LOC":
                return None
            end = k + 1
            while end + 1 < len(keys) and entity_at.get(lo + end + 1) == state:
                end += 1
            return end + 1
    return None


# How many words of a person's roles may stand between a title and the name (للقوات المسلحة الليبية المشير).
ROLE_REACH = 8


def _role_name(article: Article, entity_at: dict[int, int], n: int, lo: int, last: int) -> int | None:
    """The sentence index of a titled person's name (PER) within ROLE_REACH words after word `last`, when
    every word between is part of the person's roles (Entity.roles, as the entities stage read them); an
    organisation or place named in them is stepped over (القائد العام للجيش الوطني X: the army an ORG)."""
    tokens = article.tokens
    for k in range(last + 2, min(n, last + 2 + ROLE_REACH)):
        e_index = entity_at.get(lo + k)
        if e_index is None:
            continue
        entity = article.entities[e_index]
        if entity.label != "PER":
            continue  # the words between are checked against the roles at the name
        if entity_at.get(lo + k - 1) == e_index or not entity.roles:
            return None
        between = fold(article.text[tokens[lo + last + 1].start : tokens[lo + k - 1].end])
        return k if between in fold(" ".join(entity.roles)) else None
    return None


# How many words before an organisation a title of the person's roles may start (قائد القيادة المركزية).
TITLE_BACK = 3


def role_holder(
    article: Article, entity_at: dict[int, int], keys: Sequence[str], lo: int, i: int, j: int
) -> tuple[int, int] | None:
    """(name, start): the sentence index of a person (PER) named within ROLE_REACH words after the entity
    at words i..j, when that entity and every word up to the name are the person's roles (قائد القيادة
    المركزية الأمريكية الجنرال X: the command is his title's complement, no actor of its own), and where his
    title starts: back over the words before i the roles also hold (قائد)."""
    if (k := _role_name(article, entity_at, len(keys), lo, i - 1)) is None or k <= j:
        return None
    roles = fold(" ".join(article.entities[entity_at[lo + k]].roles))
    tokens, start = article.tokens, i
    end = tokens[lo + k - 1].end
    while start > max(0, i - TITLE_BACK) and lo + start - 1 not in entity_at and keys[start - 1].isalpha():
        if fold(article.text[tokens[lo + start - 1].start : end]) not in roles:
            break
        start -= 1
    return k, start


# Adjectives of the arm an attack is made with (قصف مدفعي وصاروخي "artillery and rocket shelling"): the
# shared agents code مدفعي "artilleryman" (MIL); after an attack noun (قتلوا جراء قصف مدفعي) or with the doer
# after them in ل (قصف مدفعي لقوات النظام "by the regime's forces") they describe the attack and name no one
# (session 15: the shelling's doer is not known from its kind). Folded, with and without ال, masculine and
# feminine.
WEAPON_ADJECTIVES = frozenset(
    fold(a + w + e) for w in ("مدفعي", "صاروخي", "جوي", "بري", "بحري") for a in ("", "ال") for e in ("", "ة")
)


# Arms after ب are an attack's instrument (قصفت القوات بالمدفعية الثقيلة قرى "shelled villages with heavy
# artillery", هجوم بطائرات مسيرة "a drone attack"), never a side, though the agents code them MIL.
INSTRUMENTS = frozenset(
    fold(a + w)
    for w in ("طائرات", "طائرة", "مدفعية", "مدافع", "دبابات", "دبابة", "صواريخ", "صاروخ", "قذائف", "قذيفة",
              "مروحيات", "مروحية", "مسيرات", "مسيرة", "زوارق", "بوارج")
    for a in ("", "ال")
)  # fmt: skip


def weapon(
    keys: Sequence[str],
    wkeys: Sequence[str],
    tokens: Sequence[Token],
    lo: int,
    i: int,
    agents: dict[str, str],
    kinds: bool = True,
) -> bool:
    """Whether word i is a weapon adjective after an attack noun (past others: قصف مدفعي وصاروخي; only
    with `kinds`, the rules' actors: the gate was trained with them) or followed, past others, by its
    attack's doer in ل (an agent), or an arm after ب (INSTRUMENTS)."""
    if keys[i] in INSTRUMENTS and "ب" in tokens[lo + i].prefixes:
        return True
    if keys[i] not in WEAPON_ADJECTIVES:
        return False
    j = i - 1
    while j >= 0 and keys[j] in WEAPON_ADJECTIVES:
        j -= 1
    if kinds and j >= 0 and keys[j] in ATTACK_NOUNS:
        return True  # قصف مدفعي "artillery shelling": the attack's kind, no doer
    k = i + 1
    while k < len(keys) and keys[k] in WEAPON_ADJECTIVES:
        k += 1
    return k < len(keys) and "ل" in tokens[lo + k].prefixes and wkeys[k] in agents


# Nouns a masdar فتح "opening" takes (فتح تحقيق "opening an investigation", فتح المعبر): before them فتح is
# the masdar, not the movement Fatah that the shared actors lexicon codes.
OPENED = frozenset(
    fold(a + w)
    for w in ("تحقيق", "تحقيقا", "تحقيقات", "باب", "أبواب", "معبر", "معابر", "ملف", "طريق", "طرق", "حدود")
    for a in ("", "ال")
)


def not_agent(keys: Sequence[str], i: int) -> bool:
    """Whether word i, though the lexicons list it, names no actor here: فتح before what is opened (فتح
    تحقيق) or after a particle of a verb (عندما فتح), داعية before إلى or أن ("calling on"), and a feminine
    adjective after a noun (FEMININE_ADJECTIVES), إرهابية after a charge or an act (CHARGES)."""
    key = keys[i]
    if key in FEMININE_ADJECTIVES and i > 0 and keys[i - 1] not in PUNCTUATION:
        return True  # علاقاتها الدبلوماسية، الشركات العاملة: adjectives, not a diplomat or a worker
    if key in TERRORIST and i > 0 and keys[i - 1] in CHARGES:
        return True  # بتهم إرهابية "on terrorism charges": the charges', no terrorist group
    if key == CALLING:  # داعية واشنطن إلى "calling on Washington to": a participle, no preacher
        return any(k in ("الي", "ان") for k in keys[i + 1 : i + 4])
    if key != "فتح":
        return False
    return (i + 1 < len(keys) and keys[i + 1] in OPENED) or (i > 0 and keys[i - 1] in BEFORE_VERBS)


CALLING = fold("داعية")
# Feminine adjectives whose masculine is an agent noun (الدبلوماسي "the diplomat", العامل "the worker"), which
# fold to its key: after a noun they describe it (العلاقات الدبلوماسية، الشركات العاملة في الإقليم).
FEMININE_ADJECTIVES = frozenset(fold(a + w) for w in ("دبلوماسية", "عاملة") for a in ("", "ال"))
# إرهابية "terrorist" (f.) after a charge or an act (بتهم إرهابية "on terrorism charges", عمليات إرهابية
# "terrorist operations") describes it: no actor, though the agents code الإرهابيون REB. After a body
# (جماعة إرهابية، منظمة إرهابية) it stays the body's.
TERRORIST = frozenset(fold(a + "إرهابية") for a in ("", "ال"))
CHARGES = frozenset(
    fold(a + w)
    for w in ("تهم", "تهمة", "عمليات", "عملية", "أعمال", "هجمات", "أنشطة", "جرائم", "جريمة", "قضايا", "قضية",
              "تفجيرات", "اعتداءات")
    for a in ("", "ال")
)  # fmt: skip
PUNCTUATION = frozenset({"،", ",", "؛", ":", ".", "«", "»", "(", ")", "-"})
# Words after which فتح is the verb "opened" (عندما فتح مسلحون النار "when gunmen opened fire"): conjunctions
# of time and particles of the verb.
BEFORE_VERBS = frozenset(fold(w) for w in ("عندما", "حين", "حينما", "بعدما", "ثم", "قد", "لم", "لن", "أن"))


def titled_actor(actor: Actor, code: str | None, country: str | None) -> Actor:
    """A titled person's actor: a code the actors stage gave only by default (sector CVL) gives way to its
    title's (السفير الباكستاني لدى أفغانستان X: PAKGOV, not PAKCVL; المبعوث الأممي إلى اليمن X: IGOUNO);
    an international body's code as it is, else the person's country (or the title's) and its sector."""
    own = actor.code or ""
    if not code or code == country or (own[len(actor.country or "") :][:3] not in ("CVL", "")):
        return actor
    sector = code[len(country or "") :]
    if code.startswith(("IGO", "NGO")):
        return dataclasses.replace(actor, code=code, country=None)
    if sector[:3] not in SECTORS or sector[:3] == "CVL":
        return actor
    state = actor.country or country
    return dataclasses.replace(actor, code=(state or "") + sector, country=state)


# A title's organisation in construct after it (رئيس المكتب السياسي لحركة X "the head of the X movement's
# political bureau", الأمين العام لحزب X, قائد حركة X): the title is that organisation's, whatever the
# place or the article's country (a Palestinian movement's leader received in Cairo is no Egyptian
# official). Sought up to ORG_REACH words on, through words of the title's phrase only: a comma, a
# preposition word, a place or a person (a title before a name) ends the search.
ORG_REACH = 4
# Not a force (قوات اليونيفيل "UNIFIL forces" keep their sector, MIL, which the gate reads as armed).
ARMED_SECTORS = frozenset({"MIL", "COP", "SPY", "REB", "UAF"})
ORG_STOPS = frozenset(
    fold(w) for w in ("في", "من", "على", "إلى", "الى", "عن", "مع", "ضد", "الذي", "التي", "أن")
)


def organisation_after(
    article: Article,
    entity_at: dict[int, int],
    keys: Sequence[str],
    tokens: Sequence[Token],
    lo: int,
    last: int,
    code: str,
) -> tuple[int, Entity] | None:
    """The organisation (an ORG entity whose code names more than a sector) a title ending at word `last`
    heads, in construct: named right after it or marked by ل on the way (لحركة); with the sentence index
    of its last word. `code`: the title's; a force (ARMED_SECTORS) heads none so."""
    if code in ARMED_SECTORS:
        return None
    marked = False
    for k in range(last + 1, min(last + 1 + ORG_REACH, len(keys))):
        token = tokens[lo + k]
        if token.is_punct or keys[k] in ORG_STOPS or "و" in token.prefixes:
            return None
        marked = marked or "ل" in token.prefixes
        e_index = entity_at.get(lo + k)
        if e_index is None:
            continue
        entity = article.entities[e_index]
        if entity.label != "ORG":
            return None
        end = entity_end(entity_at, lo, len(keys), k)
        marked = marked or any("ل" in tokens[lo + j].prefixes for j in range(k, end + 1))
        code = entity.actor_code or ""
        if code and code not in SECTORS and (k == last + 1 or marked):
            return end, entity
    return None


def entity_end(entity_at: dict[int, int], lo: int, n: int, k: int) -> int:
    """The sentence index of the last word of the mention starting at sentence index k."""
    while k + 1 < n and entity_at.get(lo + k + 1) == entity_at[lo + k]:
        k += 1
    return k


def capital(entity: Entity) -> bool:
    """Whether a LOC entity is a capital city with a country (GeoNames feature PPLC)."""
    return entity.country is not None and entity.geo is not None and entity.geo.feature == "PPLC"


def capital_at(article: Article, entity_at: dict[int, int], idx: int, state: bool = False) -> Entity | None:
    """The capital (with `state`, also the state) whose mention starts at token `idx`, if any."""
    e_index = entity_at.get(idx)
    if e_index is None or entity_at.get(idx - 1) == e_index:
        return None
    entity = article.entities[e_index]
    whole = state and entity.geo is not None and (entity.geo.feature or "").startswith("PCL")
    return entity if entity.label == "LOC" and entity.country and (capital(entity) or whole) else None
