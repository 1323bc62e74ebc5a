"""A per-article index for the quotes stage: folded lookup keys per token, sentences and entity mentions.

Lookups go through `keys(i)`: the token's folded form, its folded stem (from the segment stage's clitics),
and the same word with و/ف and then ب/ل stripped by rule. The rule-stripped forms make the stage robust
to a segmenter that keeps a frequent word whole (وقال، للأناضول); they are only ever looked up in the
closed lexicons, so stripping a letter that belongs to the word cannot invent a match outside them.
"""

from __future__ import annotations

import bisect
from collections import OrderedDict
from collections.abc import Collection
from functools import lru_cache

from marsad.arabic import fold
from marsad.article import Article, Entity, Token

CONJUNCTIONS = "وف"
PREPOSITIONS = "بل"
PRONOUNS = ("هما", "هم", "هن", "ها", "ه")
QUOTE_CHARS = frozenset('«»“”„‟"″')


# The entities stage (outlet_spans) and the quotes stage each build a View of the same article; keys
# depend only on the text and tokens, which dataclasses.replace passes on as the same objects. So each
# article's key list is shared by its Views through a small cache keyed by the identity of its tokens
# tuple (checked with `is` on the stored references, so a reused id cannot match). 64 entries cover
# one Pipeline.pipe batch (batch.PIPE_BATCH); entries hold their article's tokens alive, hence small.
SHARED_KEYS = 64
_shared: OrderedDict[int, tuple[tuple[Token, ...], str, list[tuple[str, ...] | None]]] = OrderedDict()


def _keys_for(article: Article) -> list[tuple[str, ...] | None]:
    """The article's lazily filled key list, shared with the last View of the same article."""
    tokens, text = article.tokens, article.text
    hit = _shared.get(id(tokens))
    if hit is not None and hit[0] is tokens and hit[1] is text:
        _shared.move_to_end(id(tokens))
        return hit[2]
    keys: list[tuple[str, ...] | None] = [None] * len(tokens)
    _shared[id(tokens)] = (tokens, text, keys)
    if len(_shared) > SHARED_KEYS:
        _shared.popitem(last=False)
    return keys


class View:
    """Folded keys, sentence ranges and entity mentions of one article, computed lazily per token."""

    def __init__(self, article: Article) -> None:
        self.text = article.text
        self.tokens = article.tokens
        self.starts = [t.start for t in article.tokens]
        self.n = len(article.tokens)
        self._keys = _keys_for(article)
        # Token range [lo, hi) of each sentence, and each token's sentence number.
        self.sent_of = [0] * self.n
        self.sent_range: list[tuple[int, int]] = []
        for s_no, sentence in enumerate(article.sentences or ()):
            lo = bisect.bisect_left(self.starts, sentence.start)
            hi = bisect.bisect_left(self.starts, sentence.end)
            self.sent_range.append((lo, hi))
            for i in range(lo, hi):
                self.sent_of[i] = s_no
        if not self.sent_range:
            self.sent_range.append((0, self.n))
        # Mentions: first token → (entity, last token); every covered token → entity.
        self.mention_at: dict[int, tuple[Entity, int]] = {}
        self.covered: dict[int, Entity] = {}
        self._surnames: dict[str, Entity | None] | None = None
        self.entities = article.entities
        for entity in article.entities:
            for m in entity.mentions:
                first = self.token_at(m.start)
                last = max(first, bisect.bisect_left(self.starts, m.end) - 1)
                if first >= self.n:
                    continue
                self.mention_at.setdefault(first, (entity, last))
                for i in range(first, last + 1):
                    self.covered.setdefault(i, entity)

    def token_at(self, pos: int) -> int:
        """Index of the token containing character `pos`, or of the first token after it."""
        i = bisect.bisect_right(self.starts, pos) - 1
        if i >= 0 and self.tokens[i].end > pos:
            return i
        return i + 1

    def word(self, i: int) -> str:
        """The visible text of token i."""
        t = self.tokens[i]
        return self.text[t.start : t.end]

    def punct(self, i: int) -> str:
        """Token i's text when it is punctuation, else ""."""
        word = self.word(i)
        if word[0] == "#" and len(word) > 1 and word[1].isalnum():
            return ""  # a hashtag is a word (#الاتفاق_النووي)
        return word if self.tokens[i].is_punct or not word[0].isalnum() else ""

    def sentence(self, i: int) -> tuple[int, int]:
        """Token range [lo, hi) of the sentence holding token i."""
        return self.sent_range[self.sent_of[i]] if i < self.n else (self.n, self.n)

    def keys(self, i: int) -> tuple[str, ...]:
        """Folded lookup forms of token i: whole, stem, and clitic-stripped by rule (see module doc)."""
        hit = self._keys[i]
        if hit is None:
            hit = self._keys[i] = self._make_keys(i)
        return hit

    def _make_keys(self, i: int) -> tuple[str, ...]:
        t = self.tokens[i]
        if t.is_punct:
            return (t.folded,)
        whole = t.folded
        if len(whole) == t.end - t.start:  # no tashkeel: the folded form aligns with the text
            stem = whole[t.stem.start - t.start : t.stem.end - t.start]
        else:
            stem = fold(self.text[t.stem.start : t.stem.end])
        lam = bool(t.prefixes) and t.prefixes[-1] == "ل"
        # A word written with ة (تابعة "belonging to") has no pronoun ه to strip: fold makes them alike.
        return _key_forms(whole, stem, lam, self.text[t.end - 1] != "ة")

    def has(self, i: int, forms: Collection[str]) -> str | None:
        """The first key of token i found in `forms`, or None."""
        if i >= self.n:
            return None
        for k in self.keys(i):
            if k in forms:
                return k
        return None

    def surname(self, i: int) -> Entity | None:
        """The PER entity whose multi-word name ends with token i's word (الجبير → عادل الجبير), if unique.

        A later bare surname the NER did not tag still names the person the article introduced in full;
        this only points at an existing entity, it never creates one.
        """
        if self._surnames is None:
            found: dict[str, Entity | None] = {}
            for entity in self.entities:
                words = entity.name.split()
                if entity.label != "PER" or len(words) < 2 or len(fold(words[-1])) < 3:
                    continue
                last = fold(words[-1])
                found[last] = None if last in found and found[last] is not entity else entity
            self._surnames = found
        if i >= self.n or self.tokens[i].is_punct:
            return None
        for key in self.keys(i)[:2]:  # the word or its stem, not rule-stripped forms
            if key in self._surnames:
                return self._surnames[key]
        return None

    def span_text(self, lo: int, hi: int) -> str:
        """Text from token lo's stem start to token hi-1's end."""
        return self.text[self.tokens[lo].stem.start : self.tokens[hi - 1].end]


@lru_cache(maxsize=1 << 16)  # words repeat across articles; the keys depend on these alone
def _key_forms(whole: str, stem: str, lam: bool, pronoun: bool) -> tuple[str, ...]:
    """A token's lookup keys from its folded form and stem (`lam`: the segmenter split off a ل)."""
    out = [whole]
    if lam and stem.startswith("ل") and not stem.startswith("ال"):
        stem = "ا" + stem  # ل + ال written لل: the stem keeps the article's ل (للوكالة → الوكالة)
    for form in (stem, *_stripped(whole, pronoun)):
        if form and form not in out:
            out.append(form)
    return tuple(out)


def _stripped(word: str, pronoun: bool = True) -> tuple[str, ...]:
    """The word without a leading و/ف, then without ب/ل (لل → ال), then (if `pronoun`) a pronoun suffix."""
    forms: list[str] = []
    bases = [word]
    if len(word) > 3 and word[0] in CONJUNCTIONS:
        bases.append(word[1:])
        if len(word) > 4 and word[1] == "و":
            bases.append(word[2:])  # a doubled و typed twice (ووأضاف)
    for base in list(bases):
        if len(base) > 3 and base[0] in PREPOSITIONS:
            rest = base[1:]
            bases.append("ا" + rest if base[0] == "ل" and rest.startswith("ل") else rest)
    forms += bases[1:]
    for base in bases if pronoun else ():
        for suffix in PRONOUNS:
            if base.endswith(suffix) and len(base) - len(suffix) >= 2:
                forms.append(base[: -len(suffix)])
                break
    return tuple(forms)
