"""Event actor codes: the CAMEO sector and country an event's source or target takes beyond what the
actors stage or the lexicons gave the phrase.

  nations:   the nationality words an event sentence reads, the shared table (lexicons/nationalities.tsv)
             plus lexicons/event_nations.tsv: peoples without a state of their own and the foreign (الأكراد
             → KUR, جنود أجانب → INTMIL), which CAMEO codes but a country table cannot hold.
  compound:  a generic force noun before a specific agent (قوات الدرك، أفراد الشرطة) takes the specific
             one's sector: the head says "forces of", the agent says which.
  member:    an agent phrase then في/من and a named group (ناشط في كتائب الأقصى، مسلحا من تنظيم القاعدة، عنصر
             في الشرطة العراقية) is a member of the group and takes its code, as CAMEO codes members.
  protester: a protest's sector-less source is CVL; armed: an attack's source named by a nationality
             alone is that state's military (غارة إسرائيلية → ISRMIL); localise: a sector-only actor takes
             the event's country (الشرطة in Baghdad → IRQCOP), a military in a Palestinian place Israel's.
Candidate, the actor mention marsad.events_args finds and assigns, is defined here for `members`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from marsad import lexicons
from marsad.arabic import fold
from marsad.article import Actor, Token

# CAMEO roots of an attack: assault (18), fight (19), mass violence (20).
ASSAULT_ROOTS = frozenset({"18", "19", "20"})
# CAMEO roots of acts of speech or stance: statements (01), demands (10), disapproval (11), rejection (12),
# threats (13); where they happen and what they speak of are read apart (events_places, events_modality).
SPEECH_ROOTS = frozenset({"01", "10", "11", "12", "13"})

# CAMEO sector codes that an agent phrase carries without a country (الشرطة → COP).
SECTORS = frozenset(
    {
        "GOV", "MIL", "COP", "SPY", "CVL", "BUS", "MED", "LEG", "JUD", "REB", "EDU",
        "OPP", "UAF", "REL", "PTY", "HLH", "AGR", "REF", "LAB", "CRM", "ELI", "ENV",
    }
)  # fmt: skip
# Sectors that mark a crowd (a protest's doer when the syntax names none) and armed groups (an attack's).
CROWD = frozenset({"CVL", "EDU", "LAB", "REL", "OPP", "REF"})
ARMED = frozenset({"UAF", "REB", "MIL", "SPY", "CRM"})
# Generic force nouns (word keys) that a following agent specifies: قوات "forces", عناصر "members",
# أفراد "individuals", رجال "men", وحدات "units", دوريات "patrols". The agent after them names the body
# (قوات الدرك "gendarmerie forces" → COP, عناصر المخابرات → SPY); only armed and police sectors
# qualify, as قوات المعارضة "opposition forces" are fighters, not the political OPP.
FORCE_HEADS = frozenset(
    lexicons.word_key(fold(w)) for w in ("قوات", "عناصر", "أفراد", "رجال", "وحدات", "دوريات")
)
SPECIFIC = frozenset({"COP", "SPY", "REB", "UAF", "MIL"})
# Nationality codes that qualify an agent (جنود أجانب → INTMIL) but make no actor standing alone: الأجانب
# "the foreigners" names people of any country, often bystanders (بين المتظاهرين أجانب).
ADJECTIVE_ONLY = frozenset({"INT"})


class Candidate(NamedTuple):
    """An actor mention: its first and last token indexes (article-wide), the Actor, and whether its
    first word carries a preposition (للحرس الثوري "of/for the Guard", بالمتظاهرين): oblique, never a
    verb's subject; and whether it opens with the conjunction و (وفرنسا: a second conjunct), which its
    words leave out."""

    first: int
    last: int
    actor: Actor
    oblique: bool = False
    conjoined: bool = False


@cache
def nations() -> dict[str, str]:
    """Folded nationality word → code: the shared nationalities with the events' own rows over them."""
    out = dict(lexicons.nationalities())
    for row in lexicons.read_tsv("event_nations.tsv"):
        out[" ".join(fold(w) for w in row["form"].split())] = row["code"]
    return out


# CAMEO's head of an international militarized group's code (IMGREB al-Qaeda, IMGMUSISI the Islamic State):
# it stands where a state's code has its country, and is no country (ISO). The entities stage may write
# such an entity no country, as for IGO and NGO (session 22's L5); the events side reads the head off
# the code.
GROUP_HEAD = "IMG"


def head(actor: Actor) -> str | None:
    """What stands before an actor's sector: its country, or IMG for a group's code with no country."""
    if actor.country:
        return actor.country
    return GROUP_HEAD if (actor.code or "").startswith(GROUP_HEAD) else None


def sector(actor: Actor) -> str:
    """The sector part of an actor's code (the code less its country or its group head)."""
    code, first = actor.code or "", head(actor)
    return code[len(first) :][:3] if first and code.startswith(first) else code[:3]


# Words that join a member to the group: في "in", من "of, from"; and what may stand between the
# preposition and the group's name: quote marks and a type noun the name lacks (من تنظيم «القاعدة»).
MEMBERSHIP = frozenset({"في", "من"})
GROUP_WORDS = frozenset({"«", "»", '"', "تنظيم", "حركه", "جماعه", "جبهه", "ميليشيا"})
# Sectors of a company's staff who keep their own (labour: workers at a company are not the company).
STAFF = frozenset({"LAB"})


def member(agent: Actor, group: Actor) -> bool:
    """Whether an agent phrase (no country of its own) before في/من and `group` is one of its members:
    the group has a code beyond a bare state's and a sector (not a place, not a crowd of a nationality)."""
    code = group.code or ""
    return (
        agent.entity is None
        and agent.country is None
        and agent.code in SECTORS
        and len(code) > 3
        and code != group.country
    )


def protester(actor: Actor | None) -> Actor | None:
    """A protest's source with no sector gets CVL: CAMEO codes demonstrators as civilians."""
    if actor is None or (actor.code and actor.code != actor.country):
        return actor
    return dataclasses.replace(actor, code=(actor.country or "") + "CVL")


# الاحتلال "the occupation" after a force or authority noun (قوات الاحتلال، جيش الاحتلال، سلطات الاحتلال)
# names the occupier, not the occupied place's own: in Palestinian and Lebanese news Israel. Only for a
# place there; elsewhere (Iraqi news of 2003-2011: the US-led forces) the sector stays without a country.
OCCUPATION = fold("الاحتلال")
OCCUPIER = {"PSE": "ISR", "ISR": "ISR", "LBN": "ISR"}
# Palestine has no army of its own: an unnamed military (جرافات عسكرية، الجنود، الدبابات) acting in a
# Palestinian place is Israel's. Its armed factions are rebels or unidentified fighters (REB, UAF) and its
# security forces police (COP), which stay Palestinian; the dev gold codes no side PSEMIL (five ISRMIL).
NO_ARMY = {"PSE": "ISR"}


def localise(actor: Actor | None, country: str | None) -> Actor | None:
    """A sector-only actor (الشرطة، مسلحون) placed in the event's country: COP in Baghdad → IRQCOP.

    CAMEO codes an agent by the country it acts in when nothing else names its nationality."""
    # a sector code, or a lexicon code that starts with one (GOVLEG, REBRAD: no country of its own)
    if actor is None or country is None or actor.country or not actor.code or actor.code[:3] not in SECTORS:
        return actor
    if country in OCCUPIER and OCCUPATION in fold(actor.text or "").split():
        country = OCCUPIER[country]  # قوات الاحتلال in Jenin: the occupier's forces, ISRMIL
    elif country in NO_ARMY and actor.code[:3] == "MIL":
        country = NO_ARMY[country]  # جرافات عسكرية in Jenin: ISRMIL
    return dataclasses.replace(actor, code=country + actor.code, country=country)


def armed(actor: Actor | None) -> Actor | None:
    """The source of an attack named by a nationality alone (غارة إسرائيلية، صاروخ أميركي): that state's
    military, which is what the adjective stands for (ISR → ISRMIL)."""
    if actor is None or actor.entity is not None or not actor.country or actor.code != actor.country:
        return actor
    return dataclasses.replace(actor, code=actor.country + "MIL")


def bomber(actor: Actor | None) -> bool:
    """Whether an actor is a suicide bomber (انتحاري، مفجر انتحاري، الانتحارية، هجوم انتحاري's adjective):
    an attack's doer, never its target (خمسة أشخاص قتلوا في هجوم انتحاري: the people are the target)."""
    if actor is None or actor.entity is not None or not actor.text:
        return False
    return any(w.startswith(("انتحار", "الانتحار")) for w in fold(actor.text).split())


def specified(wkeys: Sequence[str], agents: dict[str, str], head: int, code: str) -> tuple[int, str]:
    """(last word, code) of a force noun at `head` with the agent of SPECIFIC sector right after it, if
    any (قوات الدرك → COP, عناصر المخابرات → SPY); else the force noun alone."""
    for size in (2, 1):
        words = wkeys[head + 1 : head + 1 + size]
        if len(words) == size and all(words) and agents.get(" ".join(words)) in SPECIFIC:
            return head + size, agents[" ".join(words)]
    return head, code


def members(
    cands: list[Candidate], keys: Sequence[str], lo: int, text: str, tokens: Sequence[Token]
) -> list[Candidate]:
    """The candidates with each agent that is a member of the group right after it (events_codes.member)
    joined to the group: one candidate with the group's code."""
    out: list[Candidate] = []
    for c in cands:
        prev = out[-1] if out else None
        if (
            prev is not None
            and c.first - prev.last <= 4
            and keys[prev.last + 1 - lo] in MEMBERSHIP
            and all(keys[k - lo] in GROUP_WORDS for k in range(prev.last + 2, c.first))
            and member(prev.actor, c.actor)
        ):
            words = text[tokens[prev.first].start : tokens[c.last].end]
            actor = dataclasses.replace(c.actor, text=words)
            if prev.actor.code in STAFF and sector(c.actor) == "BUS":
                # العمال في شركة X "the workers at company X": labour of the company's country, not business
                words = text[tokens[prev.first].start : tokens[prev.last].end]
                code = (c.actor.country or "") + (prev.actor.code or "")
                actor = dataclasses.replace(c.actor, text=words, code=code)
            out[-1] = Candidate(prev.first, c.last, actor, prev.oblique)
        else:
            out.append(c)
    return out
