"""Reading a dictionary name in an entity's name: the longest listed n-gram, and whether a person's name
ends in a given name rather than the dictionary bearer's family name. Used by `marsad.stages.actors`."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from marsad import lexicons
from marsad.arabic import fold

# Words that join a person's name (son of): a gram holding one, or right after one, is no place name.
NAME_LINKS = frozenset(fold(w) for w in ["بن", "ابن"])


def longest(
    stems: Sequence[str], find: Callable[[str], str | None], suffixes_only: bool = False
) -> tuple[str | None, int]:
    """The value of the longest word_key n-gram of the name `find` knows, and its length in words.

    Leftmost wins a tie: the head of an Arabic noun phrase comes first (الجيش in الجيش السوري).
    With `suffixes_only` only the whole name and its endings count (a person's surname).
    """
    keys = [lexicons.word_key(s) for s in stems]
    for n in range(len(keys), 0, -1):
        for i in range(len(keys) - n + 1):
            if suffixes_only and i + n != len(keys):
                continue
            value = find(" ".join(k for k in keys[i : i + n] if k))
            if value:
                return value, n
    return None, 0


def given_end(stems: Sequence[str], n: int, given: Collection[str]) -> bool:
    """Whether the last `n` words of a longer person's name are a given name (`given`, as
    entity_people.given_names reads them) with no بن or ابن before them: a father's or family name, not the
    dictionary's bearer (محمود عبد العزيز is not King Abdulaziz, محمد عباس not Mahmoud Abbas); after بن the
    father's code names the family (محمد بن سلمان)."""
    if n >= len(stems) or stems[-n - 1] in NAME_LINKS:
        return False
    return " ".join(lexicons.word_key(s) for s in stems[-n:]) in given
