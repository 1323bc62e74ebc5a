"""NER features: a sentence of surface tokens to the CRF's attribute lists, cached per word type.

Training (`train/ner.py`) and tagging (`NerModel`, `crf_numpy.NumpyCrf`, the BiLSTM's flags in
`lstm.py`) all read their features from here, so they cannot drift apart.
"""

from __future__ import annotations

from pathlib import Path

from marsad.arabic import fold

MODEL_DIR = Path(__file__).resolve().parent
# Proclitics of a surface token, outermost first: conjunction و/ف, then preposition ب/ل/ك,
# then the article ال. لل is ل + ال with the article's alef dropped (للبنان "for Lebanon" is not
# لل + بنان, which is why stripping is guarded, see `Features.stem`).
_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك")
# A word can carry a proclitic (or the article) only if it starts with one of these.
_PROCLITIC_LETTERS = frozenset("وفبلكا")
# A stem counts as a known word when it is among this many most frequent words of the
# unlabelled news corpus (clusters.tsv is in frequency order). Tuned by eye on ANERcorp train
# names: 20k keeps سوريا, مصر but not rare fragments such as سطين (from فلسطين).
FREQUENT_RANK = 20000
# Longest gazetteer name matched as a token sequence (names with more words are rare).
MAX_NAME_WORDS = 6

# Article-level context (`Features.document`): words among this many most frequent news words
# get none, and a word gets at most this many.
DOC_RANK = 500
DOC_MAX_FEATS = 12
# Feature augmentation for domain adaptation (Daume III 2007, "Frustratingly easy domain
# adaptation"): a model trained with ANERcorp and Wikipedia sentences together sees every
# attribute twice, once shared (its plain name: the paper's general copy) and once with the
# sentence's domain in front (`news:` for ANERcorp, `wiki:` for WikiFANE/AQMAR). News text is
# tagged with the shared and `news:` copies; the loader turns this on when the CRF has them.
NEWS = "news"


def augment(x: list[list[str]], domain: str) -> list[list[str]]:
    """Each token's attributes plus their `domain:` copies (Daume III feature augmentation)."""
    return [f + [domain + ":" + a for a in f] for f in x]


# Word types whose features are cached; cleared when full so a long run stays bounded in memory.
CACHE_SIZE = 200_000
_LATIN = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_LENGTHS = tuple("len=" + str(n) for n in range(9))
_PUNCT = frozenset(".,،؛;:!?؟\"'()[]{}«»-–—/\\…")


def shape(word: str) -> str:
    """A coarse shape class: punctuation, digits, Latin, Arabic or mixed."""
    if word.isalpha():  # most words: no punctuation, no digit (the checks below would say so, slower)
        return ("L" if word[0].isupper() else "l") if word[0] in _LATIN else "A"
    if _PUNCT.issuperset(word):
        return "P"
    if word.isdigit():
        return "D"
    if any(c.isdigit() for c in word):
        return "DX"
    if word[0] in _LATIN:
        return "L" if word[0].isupper() else "l"
    return "A"


# Cached per word type: folded form, own features, its features seen from -2, -1, +1, +2, and
# its guarded clitic-stripped stem. Tuples, not lists: a tuple of strings drops out of the cyclic
# garbage collector's tracking, so a cache of 100,000s of entries costs full collections nothing.
_Entry = tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...], str]


class Features:
    """Turns a sentence of surface tokens into CRF feature lists; caches work per word type."""

    def __init__(
        self,
        clusters: dict[str, str],
        names: dict[str, str],
        parts: dict[str, str],
        lists: dict[str, str] | None = None,
        doc_context: bool = False,
        morph: bool = False,
        chars: bool = False,
        profiles: dict[str, tuple[str, ...]] | None = None,
    ) -> None:
        # clusters: folded word -> tab-joined cluster ids (coarse..fine), in corpus frequency order.
        self.clusters = clusters
        self.rank = dict(zip(clusters, range(len(clusters)), strict=True))
        # names: folded multi-word name ("w1 w2") -> label; parts: folded word -> labels it occurs in.
        self.names = names
        self.parts = parts
        self.first = {n.split(" ")[0] for n in names}
        # lists: person, organisation, place and other names harvested from other corpora
        # (lists.tsv); kept apart from the place gazetteer so the CRF weighs each source alone.
        self.lists = lists or {}
        self.lparts = list_parts(self.lists)
        self.lfirst = {n.split(" ")[0] for n in self.lists}
        # Article-level context features (`document`); the loader turns them on when the CRF has them.
        self.doc_context = doc_context
        # Vocabulary morphology features (`morph_features`); on when the CRF has them.
        self.morph = morph
        # Letter trigrams inside a word; on when the CRF has them.
        self.chars = chars
        # Context profiles of news word types (profiles.tsv, `train/ner_profiles.py`): folded word ->
        # its `z..=` attributes. Used when given while training, and when the CRF has them at tagging.
        # Keys with a space are word bigrams (full names), their attributes `y..=`, given to the
        # bigram's first word as `yB..=` and to its second as `yI..=` (`pair_features`).
        self.profiles = {w: f for w, f in (profiles or {}).items() if " " not in w}
        self.pairs = {w: f for w, f in (profiles or {}).items() if " " in w}
        self.pair_first = {w.split(" ")[0] for w in self.pairs}
        self.use_profiles = bool(self.profiles)
        self.use_pairs = bool(self.pairs)
        # Domain of the text (`augment`): with "news", each attribute also gets its `news:` copy;
        # set by the loader when the CRF was trained with feature augmentation, "" otherwise.
        self.domain = ""
        self._news_by_offset: dict[str, set[str]] | None = None
        # Set by the loader (`know`) to the attributes the trained CRF knows; None while training.
        self.known_attrs: set[str] | None = None
        self._known_by_offset: dict[str, set[str]] | None = None
        self._bigrams: tuple[dict[str, set[str]] | None, dict[str, set[str]] | None] = (None, None)
        self._cache: dict[str, _Entry] = {}
        self._stems: dict[str, tuple[str, str]] = {}
        # A cluster-id string ("12\t200\t871") -> its c0= c1= c2= features (a bounded set: the clusters').
        self._cluster_feats: dict[str, tuple[str, ...]] = {}

    def know(self, attrs: set[str]) -> None:
        """Restrict features to the trained CRF's attributes and turn on the feature groups it has."""
        self.known_attrs = attrs
        news = NEWS + ":"
        self.domain = NEWS if any(a.startswith(news) for a in attrs) else ""
        by_offset: dict[str, set[str]] = {o: set() for o in ("", *_OFFSETS)}
        news_by_offset: dict[str, set[str]] = {o: set() for o in ("", *_OFFSETS)}
        for a in attrs:
            into = by_offset
            if a.startswith(news):
                into, a = news_by_offset, a[len(news) :]
            # Base features start with a letter; neighbours' carry their offset in front.
            o = a[:2] if a[:1] == "-" else a[:1] if a[:1] in "12" else ""
            into[o].add(a[len(o) :])
        self._known_by_offset = by_offset
        self._news_by_offset = news_by_offset if self.domain else None
        left: dict[str, set[str]] = {}
        right: dict[str, set[str]] = {}
        for a in attrs:
            a = a.removeprefix(news)
            if a.startswith(("bg-=", "bg+=")):
                w1, _, w2 = a[4:].partition("|")
                (left if a[2] == "-" else right).setdefault(w1, set()).add(w2)
        self._bigrams = (left, right)
        self.doc_context = any(a.startswith(("dl=", "dr=", "dm=")) for a in attrs)
        self.morph = any(a.startswith(("x=", "fr=")) for a in attrs)
        self.chars = any(a.startswith("q=") for a in attrs)
        self.use_profiles = bool(self.profiles) and any(a.startswith("z") for a in attrs)
        self.use_pairs = bool(self.pairs) and any(a.startswith(("yB", "yI")) for a in attrs)
        self._cache.clear()

    def known(self, stem: str) -> bool:
        """True when a stem is a name part or a frequent news word (safe to strip clitics for)."""
        return stem in self.parts or self.rank.get(stem, FREQUENT_RANK) < FREQUENT_RANK

    def stem(self, w: str) -> tuple[str, str]:
        """Strip proclitics only when the word is unknown and the stem is known; (prefix, stem)."""
        hit = self._stems.get(w)
        if hit is None:
            if len(self._stems) > CACHE_SIZE:
                self._stems.clear()
            hit = self._stems[w] = self._stem(w)
        return hit

    def _stem(self, w: str) -> tuple[str, str]:
        if w in self.parts or len(w) < 4 or w[0] not in _PROCLITIC_LETTERS:
            return "", w
        best = ("", w)
        cands = []
        for c in ("", *_CONJ):
            if c and not w.startswith(c):
                continue
            rest = w[len(c) :]
            for p in ("", *_PREP):
                if p and not rest.startswith(p):
                    continue
                r2 = rest[len(p) :]
                if c or p:
                    cands.append((c + p, r2))
                if r2.startswith("ال"):
                    cands.append((c + p + "ال", r2[2:]))
                if p == "ل" and r2.startswith("ل"):
                    cands.append((c + "لل", "ال" + r2[1:]))
                    cands.append((c + "لل", r2[1:]))
        # Prefer the shortest stripping that yields a known stem of at least 2 letters.
        for pre, st in sorted(cands, key=lambda x: len(x[0])):
            if len(st) >= 2 and self.known(st):
                return pre, st
        return best

    def type_features(self, w: str) -> list[str]:
        """The type-level features of one folded word."""
        sh = shape(w)
        if sh == "A" or sh[0] in "Ll":
            n = len(w)
            feats = ["b", "w=" + w, "sh=" + sh, "p1=" + w[:1], "p2=" + w[:2], "s1=" + w[-1:], "s2=" + w[-2:]]
            if n > 3:
                feats += ["p3=" + w[:3], "s3=" + w[-3:]]
            feats.append(_LENGTHS[min(n, 8)])
            pre, st = self.stem(w)
            if pre:
                feats += ["pre=" + pre, "st=" + st]
            cl = self.clusters.get(w) or self.clusters.get(st)
            if cl is not None:
                named = self._cluster_feats.get(cl)
                if named is None:
                    named = self._cluster_feats[cl] = tuple(f"c{i}={c}" for i, c in enumerate(cl.split("\t")))
                feats += named
            else:
                feats.append("oov")
            lab = self.parts.get(w) or self.parts.get(st)
            if lab:
                feats += ["g=" + g for g in lab.split("|")]
            if st in self.first:
                feats.append("gf")
            lab = self.lparts.get(w) or self.lparts.get(st)
            if lab:
                feats += ["n=" + g for g in lab.split("|")]
            if self.morph:
                feats += self.morph_features(st)
            if self.chars:
                # Letter trigrams inside the stem: transliterated foreign names share spellings
                # (سكي, يتش, فيل) that prefixes and suffixes miss.
                feats += ["q=" + st[i : i + 3] for i in range(1, len(st) - 3)]
            if self.use_profiles:
                # How news frames the word (after a title, a place cue ...): of the word, else its stem.
                prof = self.profiles.get(w) or self.profiles.get(st)
                if prof is not None:
                    feats += prof
            return feats
        return ["b", "w=" + w, "sh=" + sh]

    def morph_features(self, w: str) -> list[str]:
        """What the news vocabulary says about a (stripped) word's morphology and frequency.

        A common noun also occurs with the article and with possessive suffixes; a name
        (أوباما "Obama", نتنياهو "Netanyahu") seldom does. x=al: the ال form is a news word; x=bare:
        the word without its ال is one; x=pos: a suffixed form (ه، ها، هم، ي، نا; ة written ت) is;
        fr=: frequency rank class.
        """
        vocab = self.rank
        out = []
        if w.startswith("ال"):
            if w[2:] in vocab:
                out.append("x=bare")
        elif "ال" + w in vocab:
            out.append("x=al")
        base = w[:-1] + "ت" if w.endswith("ه") else w
        if any(base + s in vocab for s in _POSSESSIVE):
            out.append("x=pos")
        r = vocab.get(w)
        out.append("fr=" + ("oov" if r is None else str(min(len(str(r // 100)), 4))))
        return out

    def entry(self, word: str) -> _Entry:
        """Folded form, own features and features seen from offsets -2, -1, +1, +2 (cached)."""
        e = self._cache.get(word)
        if e is not None:
            return e
        if len(self._cache) > CACHE_SIZE:
            self._cache.clear()
        w = fold(word)
        own = self.type_features(w)
        near = [f for f in own if f[:2] in _CTX_KEYS]
        far = [f for f in near if f[:2] in _FAR_KEYS]
        by_offset = self._known_by_offset
        if by_offset is None:
            views = [own, *([o + f for f in (far if o[-1] == "2" else near)] for o in _OFFSETS)]
        else:
            # Attributes the CRF never weighted cost conversion time and change nothing: keep only
            # known ones, tested before the offset prefix is glued on.
            views = [
                [f for f in own if f in by_offset[""]],
                *([o + f for f in (far if o[-1] == "2" else near) if f in by_offset[o]] for o in _OFFSETS),
            ]
            nb = self._news_by_offset
            if nb is not None:
                # Feature augmentation: the `news:` copies the CRF weighted, after the shared ones.
                p = NEWS + ":"
                views[0] += [p + f for f in own if f in nb[""]]
                for k, o in enumerate(_OFFSETS, 1):
                    views[k] += [p + o + f for f in (far if o[-1] == "2" else near) if f in nb[o]]
        own_t, m2, m1, p1, p2 = (tuple(v) for v in views)
        new: _Entry = (w, own_t, m2, m1, p1, p2, self.stem(w)[1])
        self._cache[word] = new
        return new

    def spans(self, folded: list[str], names: dict[str, str] | None = None, tag: str = "m") -> list[str]:
        """Longest name-list matches as per-token B/I features (multi-word names)."""
        if names is None:
            names, first = self.names, self.first
        else:
            first = self.lfirst
        out = [""] * len(folded)
        i = 0
        while i < len(folded):
            hit = 0
            if folded[i] in first:
                for n in range(min(MAX_NAME_WORDS, len(folded) - i), 1, -1):
                    lab = names.get(" ".join(folded[i : i + n]))
                    if lab:
                        out[i] = tag + "B=" + lab
                        for j in range(i + 1, i + n):
                            out[j] = tag + "I=" + lab
                        hit = n
                        break
            i += hit or 1
        return out

    def pair_features(self, folded: list[str]) -> list[tuple[int, str]]:
        """(token index, attribute) of profiled word bigrams: yB.. on the first word, yI.. on the second."""
        out = []
        first = self.pair_first
        for i in range(len(folded) - 1):
            if folded[i] in first:
                prof = self.pairs.get(folded[i] + " " + folded[i + 1])
                if prof is not None:
                    out += [(i, "yB" + f[1:]) for f in prof]
                    out += [(i + 1, "yI" + f[1:]) for f in prof]
        return out

    def sentence(self, tokens: list[str]) -> list[list[str]]:
        """CRF features for each token of a sentence."""
        n = len(tokens)
        cache = self._cache
        ents = [cache.get(t) or self.entry(t) for t in tokens]
        folded = [e[0] for e in ents]
        spans = self.spans(folded)
        lspans = self.spans(folded, self.lists, "l") if self.lists else spans
        # Most word bigrams are unseen in training: only those the CRF knows are made.
        left, right = self._bigrams
        pairs: dict[int, list[str]] = {}
        if self.use_pairs:
            for i, f in self.pair_features(folded):
                pairs.setdefault(i, []).append(f)
        out = []
        for i, e in enumerate(ents):
            feats = list(e[1])
            base = len(feats)
            if i > 1:
                feats += ents[i - 2][2]
            if i > 0:
                feats += ents[i - 1][3]
                if left is None or folded[i] in left.get(folded[i - 1], ()):
                    feats.append("bg-=" + folded[i - 1] + "|" + folded[i])
            else:
                feats.append("BOS")
            if i < n - 1:
                feats += ents[i + 1][4]
                if right is None or folded[i + 1] in right.get(folded[i], ()):
                    feats.append("bg+=" + folded[i] + "|" + folded[i + 1])
            else:
                feats.append("EOS")
            if i < n - 2:
                feats += ents[i + 2][5]
            if i in pairs:
                # Before the name spans, which `document` expects last.
                feats += pairs[i]
            if spans[i]:
                feats.append(spans[i])
            if lspans is not spans and lspans[i]:
                feats.append(lspans[i])
            if self.domain:
                feats += self._domain_copies(feats, base)
            out.append(feats)
        return out

    def document(self, sentences: list[list[str]]) -> list[list[list[str]]]:
        """CRF features for each token of each sentence of one article.

        With `doc_context` on, a word that occurs more than once in the article also gets the
        neighbour words of its other occurrences (dl=, dr=) and the list labels matched there
        (dm=): "Obama" after "President" in one sentence lends that context to a bare "Obama"
        elsewhere (context aggregation, Ratinov and Roth 2009). Words are keyed by their guarded
        clitic-stripped stem; the most frequent news words are left out.
        """
        out = [self.sentence(toks) for toks in sentences]
        if not self.doc_context:
            return out
        cache = self._cache
        where: dict[str, list[tuple[int, int]]] = {}
        docs = []
        for si, toks in enumerate(sentences):
            ents = [cache.get(t) or self.entry(t) for t in toks]
            docs.append(ents)
            for i, e in enumerate(ents):
                k = e[6]
                if k[:1].isalpha() and self.rank.get(k, FREQUENT_RANK) >= DOC_RANK:
                    where.setdefault(k, []).append((si, i))
        known = self.known_attrs
        for occ in where.values():
            if len(occ) < 2:
                continue
            ctx = []
            for si, i in occ:
                ents = docs[si]
                here = []
                if i > 0:
                    here.append("dl=" + ents[i - 1][0])
                if i < len(ents) - 1:
                    here.append("dr=" + ents[i + 1][0])
                own = out[si][i]
                if self.domain:
                    # The name spans come last before the domain copies.
                    own = [f for f in own if not f.startswith(self.domain + ":")]
                here += ["dm=" + f[3:] for f in own[-2:] if f[1:3] in ("B=", "I=")]
                ctx.append(here)
            for j, (si, i) in enumerate(occ):
                extra = {f for m, c in enumerate(ctx) if m != j for f in c}
                if known is not None:
                    extra &= known
                more = sorted(extra)[:DOC_MAX_FEATS]
                out[si][i] += more + (self._domain_copies(more, 0) if self.domain else [])
        return out

    def _domain_copies(self, feats: list[str], start: int) -> list[str]:
        """The `domain:` copies of the uncached features in feats[start:], where the CRF knows them.

        Neighbour views (`-1w=...`, offset first) come from the per-word cache with their copies
        already made, as do copies themselves; the rest (bigrams, BOS/EOS, name spans, article
        context) are copied here.
        """
        p = self.domain + ":"
        known = self.known_attrs
        return [
            p + f
            for f in feats[start:]
            if f[:1] not in "-12" and not f.startswith(p) and (known is None or p + f in known)
        ]


# Neighbour features: word, shape, clusters, gazetteer hits, stem, prefixes/suffixes (±1 only).
# zt: a context profile's top cue class (`profiles`).
_CTX_KEYS = frozenset(
    ("w=", "sh", "c0", "c1", "c2", "g=", "gf", "n=", "st", "pr", "p2", "s2", "x=", "fr", "zt")
)
_OFFSETS = ("-2", "-1", "1", "2")
_POSSESSIVE = ("ه", "ها", "هم", "ي", "نا")
_FAR_KEYS = frozenset(("w=", "sh", "c0", "c1", "c2", "g=", "gf", "n="))


def list_parts(lists: dict[str, str]) -> dict[str, str]:
    """Per folded word, its name-list labels with position: s(ingle word), f(irst), m(iddle), l(ast)."""
    parts: dict[str, set[str]] = {}
    for name, label in lists.items():
        words = name.split(" ")
        last = len(words) - 1
        for k, w in enumerate(words):
            pos = "s" if last == 0 else "f" if k == 0 else "l" if k == last else "m"
            parts.setdefault(w, set()).add(label + pos)
    return {w: "|".join(sorted(s)) for w, s in parts.items()}
