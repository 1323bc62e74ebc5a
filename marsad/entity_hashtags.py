"""People named in a hashtag: a pass of the entities stage (marsad.stages.entities).

Some outlets tag a person's full name as a hashtag the first time (القائم بأعمال وزير الدفاع، الفريق
#فلان_الفلاني) and then write the bare surname (وأوضح الفلاني). The model rarely tags the hashtag, so the
person's first mention and the title set off before it were lost: the title later stood for no one and a quote
of it went to an unnamed speaker (session 30, dev8). A hashtag of two to four words whose last word is the
last word of a person the article names elsewhere is a mention of that person (bench/gold/ENTITIES.md: the
mention covers the name inside the tag, without the #, underscores included).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from marsad import lexicons
from marsad.arabic import fold_word, folded_words
from marsad.article import Article, Entity, Span

_TAG = re.compile(r"#([^\W\d_]+(?:_[^\W\d_]+){1,3})(?![\w])")


# Words that open hashtags of things, not names (folded): year, day, campaign, group, movement (#عام_زايد).
_THINGS = folded_words("عام يوم حملة جماعة حركة تنظيم مليونية ثورة")


def _no_name(word: str) -> bool:
    """A hashtag word before the last that shows the tag names no person: a definite noun (#الطفلة_X), an
    agent noun or a title (#ميليشيات_X، #الأمير_X), or a word of things (#عام_X); آل of a family stays."""
    folded = fold_word(word)
    if folded.startswith("ال") and folded != "ال":
        return True
    key = lexicons.word_key(word)
    return key in lexicons.agents() or folded in lexicons.titles() or folded in _THINGS


def hashtag_people(article: Article, found: Sequence[Entity], busy: Sequence[bool]) -> list[Span]:
    """Spans (inside the #) of hashtags naming a person the article names elsewhere by the same last word,
    over tokens no mention touches yet (`busy`)."""
    tags = list(_TAG.finditer(article.text))
    if not tags:
        return []  # most articles: no hashtag of two words or more
    surnames = {
        fold_word(words[-1])
        for e in found
        if e.label == "PER" and (words := e.name.replace("_", " ").split()) and len(words[-1]) >= 3
    }
    starts = [t.start for t in article.tokens]
    out: list[Span] = []
    for m in tags:
        span = Span(m.start(1), m.end(1))
        parts = m.group(1).split("_")
        if fold_word(parts[-1]) not in surnames or any(_no_name(p) for p in parts[:-1]):
            continue
        touched = [k for k, s in enumerate(starts) if s < span.end and article.tokens[k].end > span.start - 1]
        if touched and not any(busy[k] for k in touched):
            out.append(span)
    return out
