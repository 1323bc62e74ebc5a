"""Word tests of the actor candidates (marsad.events_actors) and of the rules that read them: counts
(COUNTS, count_word), proclitic prepositions (oblique), agent nouns written like verbs (verbal), the words
inside a multi-word agent or actor phrase (inside_names, agent_over), nationality words in the indefinite
accusative (nation_of), honorifics between a title and a name, and a person the actors stage coded
(names_person), flags raised (raised_flags). Split from events_actors (session 15), behaviour unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from marsad import lexicons
from marsad.arabic import fold
from marsad.article import Article, Token
from marsad.events_lexicon import event_agents

__all__ = [
    "CLAUSE_OPENERS", "COUNTS", "HONORIFICS", "PREPOSITIONS", "VERB_HOMOGRAPHS", "agent_firsts", "agent_over",
    "agent_phrases", "bare_common", "count_word", "inside_names", "names_person", "nation_of", "oblique",
    "raised_flags", "verbal", "word_begin", "word_key_of",
]  # fmt: skip


# Counts before a noun (ثلاثة عراقيين، 11 مدنيا، عشرات الأشخاص): a counted group next to a past verb of
# killing or wounding is its victims, read passive (قتل سبعة أشخاص "seven people were killed", ثلاثة جنود
# قتلوا "three soldiers were killed"), as news Arabic reports casualties; unvowelled text cannot tell.
COUNTS = frozenset(
    fold(w)
    for w in (
        "اثنان", "اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة", "عشرات",
        "مئات", "آلاف", "أحد", "إحدى", "نحو", "حوالي", "حوالى",
    )
)  # fmt: skip


# Honorifics between a role and a name (العاهل الأردني الملك عبد الله، ولي العهد الأمير محمد): the king,
# prince, sheikh, sultan, president, sayyid, doctor.
HONORIFICS = frozenset(
    fold(a + w) for w in ("ملك", "أمير", "شيخ", "سلطان", "رئيس", "سيد", "دكتور") for a in ("", "ال")
)


def agent_over(wkeys: Sequence[str], agents: dict[str, str], i: int, j: int) -> tuple[int, str] | None:
    """(size, key) of an agent phrase starting at word i and reaching past word j (an entity's last
    word), if any: a named force NER cut short."""
    for size in (3, 2):
        if i + size - 1 > j and i + size <= len(wkeys):
            key = " ".join(w for w in wkeys[i : i + size] if w)
            if key in agents:
                return size, key
    return None


def inside_names(keys: Sequence[str]) -> frozenset[int]:
    """Sentence indices of the words after the first of a multi-word agent or actor phrase: a trigger
    word there is part of a name (قوات الدعم السريع "the Rapid Support Forces": no support event)."""
    wkeys = [word_key_of(k) for k in keys]
    firsts, phrases = agent_firsts(), agent_phrases()
    out: set[int] = set()
    for i, word in enumerate(wkeys):
        if word not in firsts:
            continue
        for size in (3, 2):
            if i + size <= len(keys) and " ".join(w for w in wkeys[i : i + size] if w) in phrases:
                out.update(range(i + 1, i + size))
                break
    return frozenset(out)


@lru_cache(maxsize=1)
def agent_phrases() -> frozenset[str]:
    """Multi-word keys of the agent and named actor phrases."""
    return frozenset(k for k in (*event_agents(), *lexicons.actors()) if " " in k)


# Proclitic prepositions: ل "for, of", ب "by, with", ك "as".
PREPOSITIONS = frozenset({"ل", "ب", "ك"})


def word_begin(token: Token) -> int:
    """Where an actor's words start in its first token: after a conjunction و/ف (وقوات الدعم السريع)."""
    return (
        token.start + len(token.prefixes[0])
        if token.prefixes and token.prefixes[0] in ("و", "ف")
        else token.start
    )


def oblique(token: Token) -> bool:
    """Whether a word carries a proclitic preposition (للحرس، بالمتظاهرين): the phrase is no subject."""
    return any(p in PREPOSITIONS for p in token.prefixes)


def nation_of(nations: dict[str, str], word: str) -> str | None:
    """The country of a nationality word, also in the indefinite accusative the lexicon lacks (50 جنديا
    باكستانيا, قتل 11 عراقيا: -iyyan written يا)."""
    iso = nations.get(word)
    if iso is None and word.endswith("يا") and len(word) > 4:
        iso = nations.get(word[:-1])
    return iso


def bare_common(name: str, first: str) -> bool:
    """Whether a one-word name written with the article (القاعدة al-Qaeda) is met without it (قاعدة "a
    base"): the bare noun is the common word, not the name."""
    return " " not in name.strip() and fold(name).startswith("ال") and not first.startswith("ال")


def names_person(article: Article, entity_at: dict[int, int], idx: int) -> bool:
    """Whether token `idx` starts a person's mention that the actors stage coded (from its title)."""
    e_index = entity_at.get(idx)
    if e_index is None or entity_at.get(idx - 1) == e_index:
        return False
    entity = article.entities[e_index]
    return entity.label == "PER" and entity.actor_code is not None


@lru_cache(maxsize=1)
def agent_firsts() -> frozenset[str]:
    """First word keys of every agent and named actor phrase."""
    keys = list(event_agents()) + list(lexicons.actors())
    firsts = {k.split(" ", 1)[0] for k in keys if k}
    return frozenset(firsts | {k.split(" ", 1)[0] for k in lexicons.countries()})


@lru_cache(maxsize=100_000)
def word_key_of(folded: str) -> str:
    """lexicons.word_key of a folded word, "" for the particles phrase_key drops (cached: hot path)."""
    key = lexicons.word_key(folded)
    return "" if lexicons.phrase_key([folded]) == "" else key


# Agent words that are as well a verb's finite form or its circumstantial (folded): طالب "student" and
# "demanded", طالبا "students" (counted), "the two demanded" and "demanding".
VERB_HOMOGRAPHS = frozenset(fold(w) for w in ("طالب", "طالبا"))
# Words after which a verb opens its clause (فيما طالب الوزير، ، طالبا عدم الكشف عن اسمه).
CLAUSE_OPENERS = frozenset(fold(w) for w in ("،", ",", "؛", ":", "فيما", "بينما", "حيث", "كما", "ثم", "قد"))


def verbal(keys: Sequence[str], tokens: Sequence[Token], lo: int, i: int) -> bool:
    """Whether word i is a verb, not the agent noun it is written like (VERB_HOMOGRAPHS): indefinite, with
    no preposition, not counted, opening its clause (the sentence's first word, after و or ف, after a
    comma or a conjunction: وطالب المحتجون، فيما طالب الوزير، …، طالبا عدم الكشف عن اسمه)."""
    if keys[i] not in VERB_HOMOGRAPHS or oblique(tokens[lo + i]):
        return False
    prev = keys[i - 1] if i else ""
    if count_word(prev):
        return False  # قتل 20 طالبا "20 students"
    prefixes = tokens[lo + i].prefixes
    return i == 0 or "و" in prefixes or "ف" in prefixes or prev in CLAUSE_OPENERS


def count_word(key: str) -> bool:
    """Whether a folded word is a count: digits or a number word (COUNTS)."""
    return key.isdigit() or key in COUNTS


def verb_listed(token: Token, keys: Sequence[str], verbs: frozenset[str]) -> bool:
    """Whether a token's stem is one of `verbs`, or, when the segmenter cut a pronoun off it, its stem with
    that pronoun (`keys`: the token's keys, events_lexicon.token_keys; وتوجه cut as توج + ه is توجه)."""
    return keys[0] in verbs or (bool(token.suffix) and any(k in verbs for k in keys[1:]))


# أعلام "flags" folds as إعلام "media" does; after a verb of raising, carrying or waving (رافعين الأعلام
# الفلسطينية "raising Palestinian flags") it is the flags, no media actor (session 20, the lead's news).
FLAGS = frozenset(fold(w) for w in ("أعلام", "الأعلام"))
RAISING = frozenset(
    fold(w)
    for w in (
        "رفع", "رفعوا", "رفعت", "يرفع", "يرفعون", "ترفع", "رافعين", "رافعا", "رافعات", "حمل", "حملوا",
        "يحملون", "حاملين", "حاملا", "لوحوا", "يلوحون", "ملوحين", "مرفوعة",
    )
)  # fmt: skip


FLAGS_REACH = 3  # ورفع المتظاهرون الأعلام: the verb's subject may stand between


def raised_flags(keys: Sequence[str], i: int) -> bool:
    """Whether word i is أعلام with a verb of raising or carrying up to FLAGS_REACH words before it and no
    punctuation between (FLAGS, RAISING)."""
    if keys[i] not in FLAGS:
        return False
    for w in reversed(keys[max(0, i - FLAGS_REACH) : i]):
        if w in RAISING:
            return True
        if not w[:1].isalpha():
            return False
    return False
