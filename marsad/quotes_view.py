"""A per-article index for the quotes stage: folded lookup keys per token, sentences and entity mentions.

Lookups go through `keys(i)`: the token's folded form, its folded stem (from the segment stage's clitics),
and the same word with و/ف and then ب/ل stripped by rule. The rule-stripped forms make the stage robust
to a segmenter that keeps a frequent word whole (وقال، للأناضول); they are only ever looked up in the
closed lexicons, so stripping a letter that belongs to the word cannot invent a match outside them.
"""

from __future__ import annotations

import bisect
import threading
from collections import OrderedDict
from collections.abc import Collection
from functools import lru_cache

from marsad.arabic import fold, folded_words
from marsad.article import Article, Entity, Token
from marsad.stages.segment import folded_stem

CONJUNCTIONS = "وف"
PREPOSITIONS = "بل"
PRONOUNS = ("هما", "هم", "هن", "ها", "ه")
QUOTE_CHARS = frozenset('«»“”„‟"″')


# The entities stage (outlet_spans) and the quotes stage each build a View of the same article; words and
# keys depend only on the text and tokens, which dataclasses.replace passes on as the same objects. So each
# article's Forms are shared by its Views through a small cache keyed by the identity of its tokens tuple
# (checked with `is` on the stored references, so a reused id cannot match). 64 entries cover one
# Pipeline.pipe batch (batch.PIPE_BATCH); entries hold their article's tokens alive, hence small.
SHARED_KEYS = 64


class Forms:
    """Per-token forms of one article, computed in one pass: visible words and folded lookup keys.

    `tables` holds View.first_keys tables, by the id of the word collection (its reference kept).
    """

    __slots__ = ("keys", "starts", "tables", "text", "tokens", "words")

    def __init__(self, tokens: tuple[Token, ...], text: str) -> None:
        self.tokens = tokens
        self.text = text
        self.starts = [t[0] for t in tokens]
        self.words = [text[t[0] : t[1]] for t in tokens]
        self.keys = _article_keys(text, tokens, self.words)
        for i in range(len(tokens) - 1):
            # بال"المسرحية": an article glued to ب before the marks is read as ب"…" (the quoted word
            # keeps its own; session 28, D3): the word the quote finders look for before marks
            if self.words[i] == "بال" and self.words[i + 1] in QUOTE_CHARS:
                self.words[i] = "ب"
        self.tables: dict[int, tuple[Collection[str], list[str | None]]] = {}


_shared: OrderedDict[int, Forms] = OrderedDict()


def _forms_for(article: Article) -> Forms:
    """The article's Forms, shared with the last View of the same article."""
    tokens, text = article.tokens, article.text
    hit = _shared.get(id(tokens))
    if hit is not None and hit.tokens is tokens and hit.text is text:
        _shared.move_to_end(id(tokens))
        return hit
    forms = _shared[id(tokens)] = Forms(tokens, text)
    if len(_shared) > SHARED_KEYS:
        _shared.popitem(last=False)
    return forms


# Keys by word: a token's keys depend on its text, folded form, stem offsets in it, proclitics and
# punctuation flag; word types repeat within and across articles. An entry keeps the parts it was made
# from and is used only when the token's parts are equal to them.
_TYPE_KEYS: dict[str, tuple[str, int, int, tuple[str, ...], bool, tuple[str, ...]]] = {}
# Entries before the table is emptied: a bound on memory (~480 bytes an entry with its strings, measured
# with tracemalloc: ~30 MB full); 1,000 ANT articles hold ~45,000 word types.
_TYPE_KEYS_MAX = 1 << 16


def _article_keys(text: str, tokens: tuple[Token, ...], words: list[str]) -> list[tuple[str, ...]]:
    """_token_keys of every token, through the table of word types."""
    table = _TYPE_KEYS
    if len(table) > _TYPE_KEYS_MAX:
        table.clear()
    get = table.get
    out: list[tuple[str, ...]] = []
    append = out.append
    for word, t in zip(words, tokens, strict=True):
        start, end, folded, stem, prefixes, _suffix, is_punct = t
        lo, hi = stem[0] - start, stem[1] - start
        hit = get(word)
        if (
            hit is not None
            and hit[0] == folded
            and hit[1] == lo
            and hit[2] == hi
            and hit[3] == prefixes
            and hit[4] == is_punct
        ):
            append(hit[5])
            continue
        keys = _token_keys(text, t)
        if lo >= 0 and hi <= end - start and end > start:  # else the keys read text outside the word
            table[word] = (folded, lo, hi, prefixes, is_punct, keys)
        append(keys)
    return out


def _token_keys(text: str, t: Token) -> tuple[str, ...]:
    """Folded lookup forms of token t: whole, stem, and clitic-stripped by rule (see module doc)."""
    _start, end, whole, _stem, prefixes, _suffix, is_punct = t
    if is_punct:
        return (whole,)
    stem = folded_stem(text, t)
    lam = bool(prefixes) and prefixes[-1] == "ل"
    # A word written with ة (تابعة "belonging to") has no pronoun ه to strip: fold makes them alike.
    return _key_forms(whole, stem, lam, text[end - 1] != "ة")


# Words whose first ل is a root letter that the segmenter reads as the preposition (لجان → ل + جان): no
# addressee and no cue's glued ل (…، وفق ما أعلنت لجان المقاومة: the committees speak; the lead's g2,
# session 15).
ROOT_LAM = folded_words(
    "لجنة لجان لجنتا لجنتين لجنتي لجنته لجنتها لجانها لاعب لاعبة لاعبون لاعبين لاجئ لاجئة لاجئون لاجئين"
)


class View:
    """Folded keys, sentence ranges and entity mentions of one article (words and keys shared: Forms)."""

    def __init__(self, article: Article) -> None:
        self.text = article.text
        self.tokens = article.tokens
        forms = _forms_for(article)
        self.starts = forms.starts
        self.n = len(article.tokens)
        self.forms = forms
        self.words = forms.words  # visible text per token
        self.key_list = forms.keys  # folded lookup keys per token (see `keys`)
        # Token range [lo, hi) of each sentence, and each token's sentence number.
        self.sent_of = [0] * self.n
        self.sent_range: list[tuple[int, int]] = []
        for sentence in article.sentences or ():
            lo = bisect.bisect_left(self.starts, sentence.start)
            hi = bisect.bisect_left(self.starts, sentence.end)
            self.sent_range.append((lo, hi))
        for s_no, (lo, hi) in enumerate(self.sent_range):
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
        return self.words[i]

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
        return self.key_list[i]

    def has(self, i: int, forms: Collection[str]) -> str | None:
        """The first key of token i found in `forms`, or None."""
        if i >= self.n:
            return None
        for k in self.key_list[i]:
            if k in forms:
                return k
        return None

    def first_keys(self, forms: Collection[str]) -> list[str | None]:
        """`has(i, forms)` for every token i, computed once per article and word collection.

        For scans that try every token against a closed lexicon (reporting verbs, cues, outlet starts).
        The collection must not change while the process runs (the lexicons are loaded once): it is
        registered in `_LEXICONS`, and one pass over the article's keys fills the tables of every
        registered collection this article has no table for yet.
        """
        tables = self.forms.tables
        hit = tables.get(id(forms))
        if hit is not None and hit[0] is forms:
            return hit[1]
        registered = _LEXICONS.bit(forms)
        if registered is None:  # too many collections: a pass of its own
            table = [self.has(i, forms) for i in range(self.n)]
            tables[id(forms)] = (forms, table)
            return table
        todo = [
            (b, c) for b, c in _LEXICONS.by_bit() if (got := tables.get(id(c))) is None or got[0] is not c
        ]
        wanted = 0
        for b, _ in todo:
            wanted |= b
        bits_of = _LEXICONS.bits.get
        filled: dict[int, list[str | None]] = {b: [None] * self.n for b, _ in todo}
        for i, keys in enumerate(self.key_list):
            seen = 0
            for k in keys:
                held = bits_of(k)
                if held is None:
                    continue
                new = held & wanted & ~seen
                if new:
                    seen |= new
                    for bit, table in filled.items():
                        if new & bit:
                            table[i] = k
        for b, c in todo:
            tables[id(c)] = (c, filled[b])
        return filled[registered]

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

    def clause_start(self, k: int) -> int:
        """Where a clause opening at token k starts: past its conjunctions و/ف only. Its other proclitics
        are part of its first word (وستساهم → ستساهم، وبالمقارنة → بالمقارنة), and a ب or ل the segmenter
        split off may be a root letter (وبحث الزعيمان → بحث, not حث; the lead's y6, session 18)."""
        token = self.tokens[k]
        n = 0
        for prefix in token.prefixes:
            if prefix not in ("و", "ف"):
                break
            n += len(prefix)
        return min(token.start + n, token.stem.start)

    def root_lam(self, i: int) -> bool:
        """Token i is a word whose first ل is a root letter that the segmenter read as the preposition."""
        return self.tokens[i].folded.lstrip("وف") in ROOT_LAM and "ل" in self.tokens[i].prefixes

    def span_text(self, lo: int, hi: int) -> str:
        """Text from token lo's stem start (its ل when a root letter) to token hi-1's end."""
        start = self.tokens[lo].stem.start - (1 if self.root_lam(lo) else 0)
        return self.text[start : self.tokens[hi - 1].end]


class _Registry:
    """The word collections passed to View.first_keys, each with a bit, and each key's bits.

    A collection is registered once, by identity (its reference kept), and must not change after.
    """

    MAX = 32  # the quote lexicons give a handful; more (tests passing their own) get passes of their own

    def __init__(self) -> None:
        # Registration takes a lock of its own (analysis is serialised by marsad.pipeline's lock, but a
        # caller may register from threads directly): two threads must not get the same bit.
        self.bits: dict[str, int] = {}  # key -> OR of the bits of the collections holding it
        self._by_id: dict[int, tuple[Collection[str], int]] = {}
        self._lock = threading.Lock()

    def bit(self, forms: Collection[str]) -> int | None:
        """The collection's bit, registering it on first use; None when the registry is full."""
        hit = self._by_id.get(id(forms))
        if hit is not None and hit[0] is forms:
            return hit[1]
        with self._lock:
            hit = self._by_id.get(id(forms))  # registered by another thread meanwhile
            if hit is not None and hit[0] is forms:
                return hit[1]
            if len(self._by_id) >= self.MAX:
                return None
            b = 1 << len(self._by_id)
            self._by_id[id(forms)] = (forms, b)
            for k in forms:
                self.bits[k] = self.bits.get(k, 0) | b
            return b

    def by_bit(self) -> list[tuple[int, Collection[str]]]:
        """Every registered (bit, collection)."""
        return [(b, c) for c, b in self._by_id.values()]


_LEXICONS = _Registry()


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
