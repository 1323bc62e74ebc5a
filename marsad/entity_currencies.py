"""Sums of money are no names: ريال after a number or before a nationality adjective is the riyal, not Real.

The model learned ريال as the first word of a club (ريال مدريد) and tags it ORG, also in a sum (105,000,000
ريال سعودي، خمسة آلاف ريال), so a Saudi company's or court's article is full of false organisations. A
mention that is only a currency word (CURRENCIES), with a nationality adjective or not (ريال سعودي), is
dropped when a number stands right before it (digits, or a number word: ألف، آلاف، مليون …) or when the
adjective follows it inside or right after the mention. ريال مدريد and ريال بيتيس keep their names. Run by
`marsad.stages.entities` on the model's fitted mentions.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.arabic import fold
from marsad.article import Entity, Token
from marsad.entity_places import token_range

# Currency words (folded) the model takes for a name's first word.
CURRENCIES = frozenset(fold(w) for w in ["ريال", "ريالا", "ريالات", "الريال"])
# Number words that end a sum's number (folded): thousand(s), million(s), billion(s), and the tens and units
# that stand alone before a noun in the accusative (عشرة ريالات، خمسون ريالا).
NUMBER_WORDS = frozenset(
    fold(w)
    for w in [
        "ألف",
        "آلاف",
        "ألفا",
        "مليون",
        "ملايين",
        "مليونا",
        "مليار",
        "مليارات",
        "مليارا",
        "مئة",
        "مائة",
        "ثلاثة",
        "أربعة",
        "خمسة",
        "ستة",
        "سبعة",
        "ثمانية",
        "تسعة",
        "عشرة",
        "عشرين",
        "عشرون",
        "ثلاثين",
        "ثلاثون",
        "أربعين",
        "أربعون",
        "خمسين",
        "خمسون",
        "مئات",
    ]
)
# Nationality adjectives of the riyals (folded).
RIYAL_NATIONS = frozenset(fold(w) for w in ["سعودي", "قطري", "عماني", "يمني", "إيراني"])


def drop_sums(
    text: str, tokens: Sequence[Token], found: Sequence[Entity], starts: Sequence[int]
) -> list[Entity]:
    """`found` less the mentions that are a currency word in a sum (see the module; `starts`: the tokens'
    starts)."""
    return [e for e in found if not (len(e.mentions) == 1 and _sum(text, tokens, starts, e))]


def _sum(text: str, tokens: Sequence[Token], starts: Sequence[int], entity: Entity) -> bool:
    """Whether the entity's one mention is a currency word in a sum."""
    if entity.label not in ("ORG", "MISC", "PER"):
        return False
    span = entity.mentions[0]
    first, last = token_range(starts, span)
    if (
        first < 0
        or not 0 <= last - first <= 1
        or fold(text[tokens[first].stem.start : tokens[first].stem.end]) not in CURRENCIES
    ):
        return False
    if last > first:  # ريال سعودي: the mention holds the adjective, or it is no sum
        return fold(text[tokens[last].stem.start : tokens[last].stem.end]) in RIYAL_NATIONS
    after = tokens[first + 1] if first + 1 < len(tokens) else None
    if (
        after is not None
        and not after.prefixes
        and fold(text[after.stem.start : after.stem.end]) in RIYAL_NATIONS
    ):
        return True
    if first == 0:
        return False
    before = tokens[first - 1]
    word = text[before.stem.start : before.stem.end]
    return any(c.isdigit() for c in word) or fold(word) in NUMBER_WORDS
