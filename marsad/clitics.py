"""Clitic segmentation of Arabic words, decided by word frequencies learnt from news.

An Arabic orthographic word may carry proclitics (و ف conjunctions; ب ل ك prepositions; س future
before an imperfect verb) and one pronoun enclitic (ه ها هم ...). Stripping them by rule damages
words that merely begin or end with those letters (فلسطين is not ف + لسطين, وزير is not و + زير),
so each candidate analysis is scored by how well attested its stem is as a word of its own in a
frequency table of ANT v2.1 news, against how well attested the whole form is:

    score(analysis) = log(count(stem) + ALPHA) + sum(bias[clitic])      (no split: bias 0)

Names are the exception frequencies cannot see: فيصل (Faisal) loses to ف + يصل "and arrives", وليد
(Walid) to و + ل + يد, لبيد (Lapid) to ل + بيد. `names.txt` lists the word forms that begin with a
clitic letter yet are mostly tagged as names in the ship-licensed NER train sets; they are kept whole.

The per-clitic biases were fitted on 80% of UD Arabic-PUD by `python -m train.clitics`, which also
builds the table; both live in `marsad/models/clitics/`. Rerun it after changing this module.
Conventions follow UD Arabic-PUD: ل + ال assimilates to لل, and the stem keeps the article's
surviving ل (للدولة = ل + لدولة, the stem text being "لدولة", looked up as الدولة); a preposition
with only a pronoun keeps the preposition as its stem (له = stem ل + suffix ه).
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections.abc import Iterator, Mapping
from itertools import pairwise
from pathlib import Path

from marsad.arabic import DIACRITICS

MODEL_DIR = Path(__file__).resolve().parent / "models" / "clitics"
WORDS_FILE = "words.tsv.gz"
PARAMS_FILE = "params.json"
NAMES_FILE = "names.txt"

CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")
FUTURE = "س"
# س marks the future only on an imperfect verb, whose person prefix is one of these.
IMPERFECT = frozenset("يتنأ")
# Longest first, so هما is tried before هم and ها before ه.
SUFFIXES = ("هما", "هم", "هن", "ها", "كم", "كن", "نا", "ني", "ه", "ك", "ي")
# SUFFIXES by their last letter, in SUFFIXES' order: a word is only tried with the suffixes it can end with.
_SUFFIXES_BY_LAST = {last: tuple(x for x in SUFFIXES if x[-1] == last) for last in {x[-1] for x in SUFFIXES}}
# A preposition with only a pronoun (له, بها): the preposition is the stem. Left out: لكن ("but")
# and بي, which in news is mostly the letter B of transliterations (بي بي سي, BBC).
PREP_PRONOUN = frozenset(p + s for p in ("ب", "ل") for s in SUFFIXES) - {"لكن", "بي"}
# Frequent news words the frequency model splits wrongly, kept whole by hand (with glosses):
# ولي guardian (ولي العهد crown prince, not و+لي), بكين Beijing (not ب+كين), وصف described
# (not و+صف), لقد indeed/already (one particle, as in PUD), وطن homeland and a given name (وقالت وطن …;
# not و+طن "and a ton", which the counts favour: طن 306 against وطن 41 in ANT), واس the Saudi Press Agency
# (SPA; not و+اس, which left "اس" an unknown outlet), بدر Badr, a given name, and "full moon" (not ب+در:
# بدر البوسعيدي had lost its first letter).
KEEP_WHOLE = frozenset({"ولي", "بكين", "وصف", "لقد", "وطن", "واس", "بدر"})
# Arabic letters and tashkeel: only such tokens are segmented.
ARABIC_WORD = re.compile("[\u0621-\u063a\u0641-\u064a\u064b-\u065f\u0670]+")
# Smoothing added to every count, so unseen forms compare sensibly.
ALPHA = 0.5
# Analysis of one word: (proclitics, stem start, stem end, suffix), offsets into the word.
Analysis = tuple[tuple[str, ...], int, int, str]
_CACHE_MAX = 200_000


def bare(word: str) -> str:
    """The lookup form of a word: tashkeel removed, letters (hamza, ة, ى) kept as written."""
    return DIACRITICS.sub("", word)


def stem_variants(stem: str) -> Iterator[str]:
    """Lexical forms of a stem before an enclitic: ابنت→ابنة, إلي→إلى, أسمائ→أسماء, ينفقو→ينفقوا."""
    yield stem
    last = stem[-1]
    if last == "ت":
        yield stem[:-1] + "ة"
    elif last in "ؤئ":
        yield stem[:-1] + "ء"
    elif last in "يا":
        yield stem[:-1] + "ى"
    elif last == "و":
        yield stem + "ا"


class CliticSegmenter:
    """Splits a word into proclitics, stem and pronoun suffix; loads its table once."""

    def __init__(
        self,
        counts: Mapping[str, int],
        biases: Mapping[str, float],
        min_count: int = 3,
        names: frozenset[str] = frozenset(),
    ) -> None:
        self.counts = counts
        self.biases = dict(biases)
        self.min_count = min_count
        self.names = names  # name forms kept whole (see the module docstring)
        self._cache: dict[str, Analysis] = {}
        self._bias_sums: dict[tuple[str, ...], float] = {}  # clitic keys -> sum of their biases

    @classmethod
    def load(cls, model_dir: Path = MODEL_DIR) -> CliticSegmenter:
        """Load the frequency table, the fitted biases and the names written by `python -m train.clitics`."""
        params = json.loads((model_dir / PARAMS_FILE).read_text(encoding="utf-8"))
        counts: dict[str, int] = {}
        with gzip.open(model_dir / WORDS_FILE, "rt", encoding="utf-8") as fh:
            for line in fh:
                word, _, n = line.rstrip("\n").partition("\t")
                counts[word] = int(n)
        names = frozenset((model_dir / NAMES_FILE).read_text(encoding="utf-8").split())
        return cls(counts, params["biases"], params["min_count"], names)

    def __call__(self, word: str) -> Analysis:
        """Segment one token; words that are not Arabic come back whole."""
        hit = self._cache.get(word)
        if hit is None:
            hit = self._analyse(word)
            if len(self._cache) >= _CACHE_MAX:
                self._cache.clear()
            self._cache[word] = hit
        return hit

    def _analyse(self, word: str) -> Analysis:
        """Pick the best analysis of `word`, mapping bare-letter offsets back onto `word`."""
        whole: Analysis = ((), 0, len(word), "")
        if len(word) < 2 or not ARABIC_WORD.fullmatch(word):
            return whole
        plain = bare(word)
        if len(plain) < 2 or plain in KEEP_WHOLE or plain in self.names:
            return whole
        prefix_len, stem_end, _ = self.named(plain) or self.best(plain)
        if plain != word:
            # Tashkeel: bare offset k maps to the k-th letter; a mark stays with the letter before it.
            letters = [i for i, ch in enumerate(word) if not DIACRITICS.match(ch)] + [len(word)]
            cuts = [letters[k] for k in range(prefix_len + 1)]
            prefixes = tuple(word[a:b] for a, b in pairwise(cuts))
            start, end = letters[prefix_len], letters[stem_end]
            return prefixes, start, end, word[end:]
        return tuple(plain[:prefix_len]), prefix_len, stem_end, plain[stem_end:]

    def named(self, plain: str) -> tuple[int, int, int] | None:
        """The cut before a listed name that follows proclitics (وفيصل = و + فيصل, لوليد = ل + وليد)."""
        if self.names:
            for k, _ in _prefix_options(plain):
                if k and plain[k:] in self.names:
                    return k, len(plain), 0
        return None

    def best(self, plain: str) -> tuple[int, int, int]:
        """(number of one-letter proclitics, stem end, suffix length) of the best analysis."""
        bias, sums = self.biases, self._bias_sums
        best_score, best = -math.inf, (0, len(plain), 0)
        for logcount, keys, cut in self.candidates(plain):
            total = sums.get(keys)
            if total is None:  # the same sum, in the same order, as computed the first time
                total = sums[keys] = sum(bias[k] for k in keys)
            score = logcount + total
            if score > best_score:
                best_score, best = score, cut
        return best

    def candidates(self, plain: str) -> Iterator[tuple[float, tuple[str, ...], tuple[int, int, int]]]:
        """Every analysis: (log count of its lookup form, its clitics' bias keys, its cuts); whole first."""
        counts, alpha, n = self.counts, ALPHA, len(plain)
        yield math.log(counts.get(plain, 0) + alpha), (), (0, n, 0)
        for k, keys in _prefix_options(plain):
            rest = plain[k:]
            if rest in PREP_PRONOUN:
                # و+له, فبها: the preposition is the stem, the pronoun its suffix.
                yield math.log(counts.get(rest, 0) + alpha), (*keys, "prep_pronoun"), (k, k + 1, n - k - 1)
                continue
            if k:
                lex, definite = counts.get(rest, 0), rest.startswith("ال")
                if plain[k - 1] == "ل" and rest[0] == "ل":
                    # ل + ال written لل: the remainder is looked up with its article restored.
                    lex, definite = max(lex, counts.get("ا" + rest, 0)), True
                # A clitic before ال is near certain (few words start بال, وال ...), so it has its own
                # bias; so does a remainder too rare in the table to vouch for itself.
                extra: tuple[str, ...] = ("def",) if definite else ()
                if lex < self.min_count:
                    extra += ("rare",)
                yield math.log(lex + alpha), (*keys, *extra), (k, n, 0)
            if rest.startswith("ال"):
                continue  # a definite noun takes no possessive pronoun
            for suffix in _SUFFIXES_BY_LAST.get(rest[-1], ()):
                if len(rest) - len(suffix) < 2 or not rest.endswith(suffix):
                    continue
                lex = max(counts.get(v, 0) for v in stem_variants(rest[: -len(suffix)]))
                if lex >= self.min_count:
                    yield math.log(lex + alpha), (*keys, "+" + suffix), (k, n - len(suffix), len(suffix))


def _prefix_options(plain: str) -> Iterator[tuple[int, tuple[str, ...]]]:
    """(proclitic count, their bias keys) for each proclitic sequence the word can start with."""
    yield 0, ()
    starts: list[tuple[int, tuple[str, ...]]] = [(0, ())]
    if plain[0] in CONJUNCTIONS and len(plain) > 2:
        starts.append((1, (plain[0],)))
        yield starts[-1]
    for k, keys in starts:
        if len(plain) - k < 3:
            continue
        ch = plain[k]
        if ch in PREPOSITIONS or (ch == FUTURE and plain[k + 1] in IMPERFECT):
            yield k + 1, (*keys, ch)
