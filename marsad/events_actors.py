"""Actor candidates of an event sentence: the phrases marsad.events_args assigns to an event's sides.

In order of trust: entity mentions (with the actors stage's code and country), named actors and country
names from the shared lexicons (when NER missed them), agent phrases (الشرطة، المسلحون، الطائرات الحربية)
with a following nationality adjective giving the country (الشرطة الأردنية → JORCOP; not past a count:
تجمع عشرات الفلسطينيين, the nationality is the crowd's), and nationality nouns standing alone (الإسرائيليون
→ ISR). A candidate whose first word carries a proclitic preposition (للحرس الثوري) is oblique: a
prepositional phrase, never a verb's subject. A sector-only agent named again takes the country of its
first mention in the sentence (القوات الأميركية … هذه القوات → USAMIL). A capital (GeoNames PPLC) not after a
preposition stands for its state (موسكو تدعم → RUS); a place noun and the name after it are no agent
(ولاية هكاري، حي الشيخ جراح); a definite count alone is a crowd (تظاهر المئات → CVL). An agent row coded
with a country (event_agents.tsv: المستوطنون → ISRCVL "settlers") keeps it wherever the event happens.
بلاده "his country" is the country of the actor named before it (REPORTING_PARTICIPLES: مشيرا، مؤكدا,
the speaker's manner, are never actors, though the shared agents code مشير "field marshal").
A title, an adjective and إلى/لدى + a state before a name are one actor with it (المبعوث الأممي إلى اليمن
مارتن غريفيث), as is a nationality right before a name of that country (نظيره الأردني أيمن الصفدي); a
person coded CVL by default takes its title's sector (or IGO code). A dual (متظاهران، جنديان) is its
singular's agent; فتح before what is opened (فتح تحقيق) or after a verb's particle is no Fatah; a weapon
adjective before its attack's doer in ل (قصف مدفعي لقوات) no actor (events_phrases joins a force to its
state, قوات النظام السوري → SYRMIL, and an actor to its armed adjective).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from functools import lru_cache

from marsad import lexicons
from marsad.arabic import fold
from marsad.article import Actor, Article, Token
from marsad.events_codes import (
    ADJECTIVE_ONLY,
    ARMED,
    FORCE_HEADS,
    GROUP_HEAD,
    SECTORS,
    Candidate,
    head,
    members,
    specified,
)
from marsad.events_codes import nations as nations_table
from marsad.events_lexicon import event_agents, not_actors
from marsad.events_phrases import (
    capital,
    capital_at,
    entity_end,
    envoy_name,
    joined,
    not_agent,
    organisation_after,
    role_holder,
    titled_actor,
    weapon,
)
from marsad.events_words import (
    HONORIFICS,
    agent_firsts,
    agent_over,
    bare_common,
    count_word,
    names_person,
    nation_of,
    oblique,
    raised_flags,
    verbal,
    word_begin,
    word_key_of,
)

__all__ = ["find_actors"]

# الوزير "the minister" is an agent row (GOV) only for its nationality adjective (E19's item, session 20)
MINISTER = "وزير"  # its word key (events_words.word_key_of), also of الوزير and the dual


# Place nouns in the construct state before a name (folded, no ال): محافظة governorate, ولاية state,
# إقليم region, مقاطعة province, منطقة area, إمارة emirate (admin_descriptors.tsv's province words less
# لواء "brigade"), حي quarter, مخيم camp, بلدة town, قرية village, مدينة city, شارع street, ساحة square.
# The noun and the name after it are a place: the shared agents code ولاية as a legislature (الولاية
# "state assembly") and محافظة as a governor (محافظ), and a word of the name may be an agent (حي الشيخ جراح:
# جراح "surgeon").
PLACE_HEADS = frozenset(
    fold(w)
    for w in (
        "محافظة", "ولاية", "إقليم", "مقاطعة", "منطقة", "إمارة", "حي", "مخيم", "بلدة", "قرية", "مدينة",
        "شارع", "ساحة",
        "قضاء",  # indefinite before a name, a district (قضاء مرجعيون); the judiciary is القضاء
    )
)  # fmt: skip
# First words of two-word place names (حي الشيخ جراح، مخيم عين الحلوة، بلدة بيت حانون، حي أبو سليم): the
# name takes the next word too; otherwise one word, as a second may open the clause (في مدينة الرمادي مسلحون).
NAME_OPENERS = frozenset(
    fold(w)
    for w in (
        "الشيخ", "شيخ", "الإمام", "السيدة", "سيدي", "عين", "أبو", "أم", "بني", "بيت", "دير", "كفر", "تل",
        "بئر", "رأس", "جبل", "باب", "بير", "مار",
    )
)  # fmt: skip
# Reporting participles of manner (…، مشيرا إلى أن "pointing out that", مؤكدا "stressing", مضيفا "adding"):
# the speaker's circumstance, never an actor, though the shared agents code مشير "field marshal" (MIL) and
# مضيف "host". Only the indefinite accusative forms (-an, -atan, -īn): المشير stays the field marshal.
REPORTING_PARTICIPLES = frozenset(
    fold(stem + ending)
    for stem in ("مشير", "مؤكد", "مضيف", "موضح", "لافت", "مشدد", "معتبر", "منوه", "معرب", "مبين", "محذر")
    for ending in ("ا", "ة", "ين", "تين", "ان", "تان")
) | frozenset(fold(w) for w in ("داعيا", "داعين"))  # fmt: skip
# (داعيا "calling on", داعين; not داعية, also "preacher")
# بلاده "his country", بلادها "its country": the country of the actor named before it in the sentence (قال
# وزير الخارجية التركي إن بلاده تدعم …: Turkey), as CAMEO codes a state by its own name.
# The segmenter may leave the suffix on (بلاده) or split it off (بلاد + ه).
POSSESSIVES = ("ه", "ها", "هم", "هما")
HOMELAND = frozenset(fold("بلاد" + p) for p in POSSESSIVES)
# A definite count standing alone names a crowd (تظاهر المئات "hundreds demonstrated", الآلاف "thousands",
# العشرات "dozens"): civilians, a protest's doer. Without ال the count heads a noun (مئات المتظاهرين).
CROWD_COUNTS = frozenset(fold(w) for w in ("المئات", "الآلاف", "العشرات", "الألوف"))
# The plural دول "states" (the agents' دولة "state, government" read through its word key): a group of
# states (دول المجلس، دول المنطقة) is coded IGO, as a multinational body, and takes no country from the
# event's place (it was localised: the Gulf council's states in Riyadh read as SAUGOV).
STATES = frozenset(fold(w) for w in ("دول", "الدول"))
# مستشار "counsellor" (the shared agents code it JUD, as المستشار titles a judge) in construct before a title
# or a name is an adviser, whom CAMEO codes by his principal's body: the title after it is the actor.
ADVISER = fold("مستشار")
PRINCIPALS = frozenset(fold(w) for w in ("قائد", "زعيم", "مدير", "أمين", "رئيس", "وزير", "ملك", "أمير"))


def _masdar(key: str, prefixes: Sequence[str]) -> bool:
    """Whether an indefinite word in ل/ب of the form-III masdar pattern مفاعلة (لمهاجمة "for attacking",
    بمقاومة) is the masdar, not the agent noun it is spelled like (مهاجمة "a woman attacker"); the definite
    noun (للمقاومة "for the resistance", للمعارضة) stays an actor."""
    return (
        ("ل" in prefixes or "ب" in prefixes)
        and len(key) == 6
        and key[0] == "م"
        and key[2] == "ا"
        and key.endswith("ه")
    )


def _place_name(
    keys: Sequence[str],
    wkeys: Sequence[str],
    tokens: Sequence[Token],
    lo: int,
    i: int,
    entity_at: dict[int, int],
) -> int:
    """How many words from sentence index `i` name the place after a PLACE_HEADS noun: none before an
    entity (its own mention), a particle, punctuation or a prefixed preposition; two after a NAME_OPENERS
    word; else one."""

    def name_word(k: int) -> bool:
        if k >= len(keys) or lo + k in entity_at or not wkeys[k] or keys[k] in NOT_NAMES:
            return False
        return not tokens[lo + k].is_punct and not tokens[lo + k].prefixes

    if not name_word(i):
        return 0
    return 2 if keys[i] in NAME_OPENERS and name_word(i + 1) else 1


# Words that begin no place name: prepositions and the like (محافظة على "preserving", منطقة في).
NOT_NAMES = frozenset(fold(w) for w in ("في", "من", "على", "إلى", "عن", "مع", "ضد", "الذي", "التي", "أن"))


# Words before a capital that make it a place: prepositions of place (في "in", من "from", الى "to",
# داخل "inside", قرب "near" …) and PLACE_HEADS (محافظة بغداد).
PLACE_PREPS = PLACE_HEADS | frozenset(
    fold(w)
    for w in ("في", "من", "إلى", "الى", "عن", "داخل", "خارج", "قرب", "بين", "حول", "أمام", "وسط", "العاصمة")
)  # العاصمة أنقرة "the capital Ankara": where, not the state


# The capital (العاصمة الليبية طرابلس "the Libyan capital Tripoli"): its nationality adjective and its name
# after that say where.
CAPITAL_HEADS = frozenset(fold(w) for w in ("العاصمة", "عاصمة"))


def _thing_adjective(
    keys: Sequence[str], tokens: Sequence[Token], lo: int, i: int, out: Sequence[Candidate], code: str
) -> bool:
    """Whether word i, a definite feminine -iyya word the agents read as a sector (السياسية "political" →
    PTY, الزراعية "agricultural" → AGR), is the adjective of the definite noun before it that is no actor
    (الأوضاع السياسية، المدرسة الزراعية): no party, no farmer. Not an armed sector (الجماعات المسلحة)."""
    key = keys[i]
    if (
        code[:3] not in SECTORS
        or code[:3] in ARMED
        or not key.startswith("ال")
        or not key.endswith("يه")
        or i == 0
    ):
        return False
    if tokens[lo + i].prefixes or not keys[i - 1].startswith("ال"):
        return False
    return not (out and out[-1].last == lo + i - 1)


def _second_nation(nations: dict[str, str], keys: Sequence[str], i: int, before: Candidate) -> bool:
    """Whether word i is a nationality adjective right after a candidate that ends in one (طائرات أمريكية
    بريطانية, غارات أمريكية بريطانية: the two states act together)."""
    return (
        bool(nation_of(nations, keys[i]))
        and bool(nation_of(nations, keys[i - 1]))
        and before.actor.entity is None
    )


def _disagree(noun: str, adjective: str) -> bool:
    """Whether a sound masculine plural and an adjective two words on differ in case (ون against ين), so
    the adjective cannot describe it."""
    return (noun.endswith("ون") and adjective.endswith("ين")) or (
        noun.endswith("ين") and adjective.endswith("ون")
    )


def find_actors(
    article: Article,
    tokens: Sequence[Token],
    lo: int,
    keys: Sequence[str],
    entity_at: dict[int, int],
    titled: bool = True,
) -> list[Candidate]:
    """Actor candidates among tokens[lo:lo+len(keys)] (keys: each token's folded stem); `titled`: a
    person's candidate starts at a title before the name, and adjectives of things and NER's bare place
    nouns are no actors (False: as the gate was trained)."""
    agents = event_agents()
    actors = lexicons.actors()
    nations = nations_table()
    countries = lexicons.countries()
    blocked = not_actors()
    out: list[Candidate] = []
    wkeys = [word_key_of(k) for k in keys]
    firsts = agent_firsts()
    for k, key in enumerate(keys):  # a dual (متظاهران "two protesters", جنديان): its singular's agent
        if key.endswith("ان") and len(key) > 5 and wkeys[k] not in firsts:
            single = word_key_of(key[:-2])
            wkeys[k] = single if single in agents and " " not in single else wkeys[k]
        if key.endswith(("تان", "تين")) and len(key) > 6 and wkeys[k] not in agents:
            single = word_key_of(key[:-3] + "ه")  # a feminine dual (مجموعتين مسلحتين "two armed groups")
            wkeys[k] = single if single in agents and " " not in single else wkeys[k]
    i, n = 0, len(keys)
    text = article.text
    # (a person's first token, the title's before it, the title's code and country)
    title: tuple[int, int, str | None, str | None] | None = None
    while i < n:
        idx = lo + i
        if idx in entity_at:
            entity = article.entities[entity_at[idx]]
            j = i
            while j + 1 < n and entity_at.get(lo + j + 1) == entity_at[idx]:
                j += 1
            if (over := agent_over(wkeys, agents, i, j)) and (own := _own_country(agents[over[1]])):
                # قوات الدعم السريع, NER's mention cut at قوات الدعم: the whole agent row, its own country
                words = text[word_begin(tokens[idx]) : tokens[lo + i + over[0] - 1].end]
                actor = Actor(None, words, agents[over[1]], own)
                out.append(Candidate(idx, lo + i + over[0] - 1, actor, oblique(tokens[idx])))
                i += over[0]
                continue
            if titled and j == i and not entity.actor_code and keys[i].removeprefix("ال") in PLACE_HEADS:
                i += 1
                continue  # NER's البلدة "the town" as an organisation: a place, no actor
            if titled and entity.label != "PER" and (held := role_holder(article, entity_at, keys, lo, i, j)):
                # قائد القيادة المركزية الأمريكية الجنرال X: the command is the person's title, he stands
                title, i = (lo + held[0], lo + held[1], None, None), held[0]
                continue
            words = text[word_begin(tokens[idx]) : tokens[lo + j].end]
            if entity.label != "LOC" or entity.actor_code:
                actor = Actor(entity.id, words, entity.actor_code, entity.country)
                # a titled name starts at its title (أدان رئيس الحكومة اللبنانية نجيب ميقاتي: right after
                # the verb, its subject), though the actor's words are the person's mention
                first = title[1] if title is not None and title[0] == idx else idx
                if title is not None and title[0] == idx:
                    actor = titled_actor(actor, title[2], title[3])
                out.append(Candidate(first, lo + j, actor, oblique(tokens[first])))
            elif (
                capital(entity)
                and not oblique(tokens[idx])
                and not (i > 0 and keys[i - 1] in PLACE_PREPS)
                and not (i > 1 and keys[i - 2] in CAPITAL_HEADS)  # العاصمة الليبية طرابلس
            ):
                # a capital stands for its state (موسكو تدعم "Moscow supports": RUS), as CAMEO codes it;
                # not after a preposition or a place noun (في القدس، إلى بغداد، محافظة بغداد: where)
                actor = Actor(entity.id, words, entity.country, entity.country)
                out.append(Candidate(idx, lo + j, actor, oblique(tokens[idx])))
            i = j + 1
            continue
        if (
            keys[i] in REPORTING_PARTICIPLES
            or not_agent(keys, i)
            or verbal(keys, tokens, lo, i)
            or weapon(keys, wkeys, tokens, lo, i, agents, titled)
        ):
            i += 1
            continue
        if titled and _masdar(keys[i], tokens[idx].prefixes):
            i += 1  # ترفض استخدام أراضيها لمهاجمة دول الجوار "for attacking": a masdar, no attacker
            continue
        if (
            titled
            and keys[i] == ADVISER
            and i + 1 < n
            and (lo + i + 1 in entity_at or wkeys[i + 1] in agents or keys[i + 1] in PRINCIPALS)
        ):
            i += 1  # مستشار قائد الجيش "the army commander's adviser": coded as his principal's, no judge
            continue
        if titled and i > 0 and out and out[-1].last == idx - 1 and _second_nation(nations, keys, i, out[-1]):
            i += 1  # غارات أمريكية بريطانية: a second adjective is a co-doer's, no side of its own
            continue
        if keys[i] in HOMELAND or (keys[i] == "بلاد" and tokens[idx].suffix in POSSESSIVES):
            owner = next((c.actor.country for c in reversed(out) if _national(c.actor)), None)
            if owner is not None:
                actor = Actor(None, text[tokens[idx].start : tokens[idx].end], owner, owner)
                out.append(Candidate(idx, idx, actor, oblique(tokens[idx])))
            i += 1
            continue
        if keys[i] in PLACE_HEADS:
            i += 1 + _place_name(keys, wkeys, tokens, lo, i + 1, entity_at)
            continue  # حي الشيخ جراح، ولاية هكاري: a place, not an agent (جراح "surgeon", ولاية "assembly")
        if keys[i] in CROWD_COUNTS:  # تظاهر المئات: the counted crowd itself
            out.append(
                Candidate(idx, idx, Actor(None, text[tokens[idx].start : tokens[idx].end], "CVL"), False)
            )
            i += 1
            continue
        if i > 0 and keys[i - 1] in CAPITAL_HEADS and nation_of(nations, keys[i]):
            i += 1
            continue  # في العاصمة الليبية طرابلس: the capital's country says where, it is no side
        found = None
        if wkeys[i] not in firsts and keys[i] not in firsts and not nation_of(nations, keys[i]):
            i += 1
            continue  # no lexicon phrase starts with this word: skip the n-gram joins
        for size in (3, 2, 1):
            if i + size > n or any(lo + k in entity_at for k in range(i, i + size)):
                continue
            if size > 1 and not wkeys[i + size - 1]:
                continue  # a particle ends no phrase (مسلحا من: the phrase is مسلحا)
            folded = " ".join(keys[i : i + size])
            key = " ".join(w for w in wkeys[i : i + size] if w)
            if key in blocked:
                continue
            if key in actors and not bare_common(actors[key].name, keys[i]):
                code = actors[key].code
                found = (
                    size,
                    code,
                    None if code.startswith(("IGO", "NGO")) or code[:3] in SECTORS else code[:3],
                )
            elif folded in countries:
                found = (size, countries[folded], countries[folded])
            elif key in agents:
                found = (size, agents[key], None)
            elif size == 1 and (iso := nation_of(nations, folded)) and iso not in ADJECTIVE_ONLY:
                found = (1, iso, iso)
            if found:
                break
        if not found:
            i += 1
            continue
        size, code, country = found
        if size == 1 and wkeys[i] == MINISTER and not (i + 1 < n and nation_of(nations, keys[i + 1])):
            i += 1  # الوزير alone is whoever was named before; الوزير الإسباني "the Spanish minister": ESPGOV
            continue
        if titled and size == 1 and country is None and _thing_adjective(keys, tokens, lo, i, out, code):
            i += 1
            continue  # الأوضاع السياسية "the political situation": no party
        last = i + size - 1
        own = _own_country(code) if country is None else None
        if own is not None:  # المستوطنون → ISRCVL: the sector, unless an adjective names another country
            code = code[len(own) :]
        if (
            country is None and size == 1 and wkeys[i] in FORCE_HEADS
        ):  # قوات الدرك: the agent after says which
            last, code = specified(wkeys, agents, last, code)
        if country is not None and last + 1 < n and nation_of(nations, keys[last + 1]) == country != code:
            last += (
                1  # قوات الاحتلال الإسرائيلي (a named actor, ISRMIL): its own country's adjective, no actor
            )
        if country is None:  # an agent: a nationality adjective within the next two words gives its country
            for k in (last + 1, last + 2):
                if k == last + 2 and k < n and keys[k - 1] in NOT_NAMES:
                    break  # المبعوث الأممي إلى ليبيا: past a preposition the state is where he is sent
                if k == last + 2 and k < n and (wkeys[k - 1] in agents or count_word(keys[k - 1])):
                    # مسلحون عمالا أجانب: the adjective is the nearer agent's (foreign workers); تجمع عشرات
                    # الفلسطينيين: the nationality is the counted crowd's, not the gathering's
                    break
                if k == last + 2 and k < n and _disagree(keys[last], keys[k]):
                    break  # مستوطنون منازل فلسطينيين: the oblique adjective is the houses', not the settlers'
                if k < n and (iso := nation_of(nations, keys[k])):
                    country = iso
                    code = country + code
                    last = k
                    break
            # ولي عهد أبوظبي "Abu Dhabi's crown prince": a capital in construct after a role is its state; so
            # is a state after an indefinite title (أمير قطر "the emir of Qatar"; not الرئيس إسرائيل: object)
            state = not keys[i].startswith("ال")
            # (only inside the sentence: a title that ends it takes no state from the next one)
            city = (
                capital_at(article, entity_at, lo + last + 1, state)
                if country is None and last + 1 < n
                else None
            )
            if city is not None:
                country, code = city.country, (city.country or "") + code
                last = entity_end(entity_at, lo, n, last + 1)
            if (
                org := None
                if own or country
                else organisation_after(article, entity_at, keys, tokens, lo, last, code)
            ):
                last, code, country = org[0], org[1].actor_code or code, org[1].country  # رئيس … لحركة X
            if country is None and own is not None:
                country, code = own, own + code
            if country is None and tokens[lo + last].suffix and code in SECTORS:
                owner = next((c.actor.country for c in reversed(out) if _national(c.actor)), None)
                if owner is not None:  # الجيش التركي … طائراته: "its planes" are the owner's
                    country, code = owner, owner + code
            name = envoy_name(article, entity_at, keys, lo, last) or last + 1
            if names_person(article, entity_at, lo + name):
                title = (lo + name, lo + i, code, country) if titled else None
                i = name
                continue  # a title before a name (العقيد أحمد حسن): the person's mention stands for both
        elif (
            code == country
            and size == 1
            and nation_of(nations, keys[i])
            and names_person(article, entity_at, lo + last + 1)
            and article.entities[entity_at[lo + last + 1]].country in (None, country)
        ):
            # نظيره الأردني أيمن الصفدي "his Jordanian counterpart Ayman Safadi": the nationality is the
            # person's, whose mention stands for both (a title's adjective, not an actor of its own)
            title = (lo + last + 1, lo + i, code, country) if titled else None
            i = last + 1
            continue
        if last + 2 < n and keys[last + 1] in HONORIFICS and names_person(article, entity_at, lo + last + 2):
            # العاهل الأردني الملك عبد الله الثاني: role, honorific and name are one person, the name's
            title = (lo + last + 2, lo + i, code, country) if titled else None
            i = last + 2
            continue
        if titled and code.endswith("MED") and tokens[lo + last].suffix in POSSESSIVES:
            i = last + 1  # تواصل اتصالاتها "it goes on with its contacts": a possessed noun, no outlet
            continue
        if code.endswith("MED") and raised_flags(keys, i):
            i = last + 1  # رافعين الأعلام "raising the flags": no media
            continue
        if keys[i] in STATES and code == "GOV":
            code = "IGO"  # دول المجلس "the council's states": a group of states, not one state's government
        words = text[word_begin(tokens[lo + i]) : tokens[lo + last].end]
        out.append(Candidate(lo + i, lo + last, Actor(None, words, code, country), oblique(tokens[lo + i])))
        i = last + 1
    cands = _corefer(joined(members(out, keys, lo, text, tokens), keys, lo, text, tokens))
    return [c._replace(conjoined=tokens[c.first].prefixes[:1] == ("و",)) for c in cands]


def _corefer(cands: list[Candidate]) -> list[Candidate]:
    """Sector-only agents take the country of an earlier actor of the same sector in the sentence (القوات
    الأميركية … هذه القوات: the forces named again are the same forces, USAMIL)."""
    seen: dict[str, str] = {}
    out = []
    for c in cands:
        actor, first = c.actor, head(c.actor)
        if actor.country is None and actor.code in SECTORS and actor.code in seen:
            first = seen[actor.code]  # a group's head (IMG) gives the code, no country (events_codes.head)
            country = None if first == GROUP_HEAD else first
            c = c._replace(actor=dataclasses.replace(actor, code=first + actor.code, country=country))
        elif first and actor.code and actor.code[len(first) :] in SECTORS and actor.code not in _owned():
            seen.setdefault(actor.code[len(first) :], first)
        out.append(c)
    return out


def _own_country(code: str) -> str | None:
    """The country an agent row's code carries (event_agents.tsv ISRCVL "settlers": ISR), as actors.tsv
    codes do (TURREB); None for a sector code (CVL, GOVLEG) or an international one (IGO, NGO)."""
    head = code[:3]
    return head if len(code) >= 6 and head not in SECTORS and head not in ("IGO", "NGO", "IMG") else None


@lru_cache(maxsize=1)
def _owned() -> frozenset[str]:
    """Agent codes with their own country (ISRCVL): such an actor says nothing of the country of another
    agent of its sector in the sentence (المستوطنون … المدنيين: the civilians are not thereby Israeli)."""
    return frozenset(code for code in event_agents().values() if _own_country(code))


def _national(actor: Actor) -> bool:
    """Whether an actor belongs to a state (not an international body): a possessive's likely owner."""
    return actor.country is not None and not (actor.code or "").startswith(("IGO", "NGO", "IMG"))
