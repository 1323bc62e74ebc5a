"""Near-duplicate articles: MinHash over word shingles of the folded text, indexed in MinHashLSH.

The same wire story republished by several outlets differs in a dateline, a byline or a sentence;
its MinHash signature over folded word 3-shingles estimates the Jaccard similarity of two articles,
and the LSH index finds the stored articles above THRESHOLD without comparing every pair.
The store keeps each signature (`minhashes` table) and rebuilds the index from them when it opens.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Collection, Iterable

import numpy as np
from datasketch import MinHash, MinHashLSH

from marsad.arabic import fold

# 128 permutations estimate a Jaccard near 0.8 within about ±0.04. THRESHOLD is issue 7's starting
# value, not yet tuned on a labelled set of republished stories: tune it on one before relying on it.
# Changing NUM_PERM, SHINGLE or SCHEME invalidates stored signatures (the index would compare
# incompatible sketches): add a store migration that recomputes them.
THRESHOLD = 0.8
NUM_PERM = 128
SHINGLE = 3
SCHEME = "affine32"
_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    """Word n-grams of the folded text (the whole text as one shingle when it has fewer words)."""
    # Fold before splitting: \w matches no tashkeel, so a voweled word (كَتَبَ) split first would come
    # out as one-letter words and never match its bare spelling.
    words = _WORD.findall(fold(text.lower()))
    if len(words) <= size:
        return {" ".join(words).encode()}
    # zip stops at the shortest slice: the last gram starts `size` words before the end.
    return {" ".join(gram).encode() for gram in zip(*(words[k:] for k in range(size)), strict=False)}


def signature(text: str) -> bytes:
    """The MinHash signature of an article's text, as bytes for the store."""
    return minhash(shingles(text))


_permutations: tuple[np.ndarray, np.ndarray] | None = None
# Shingles hashed per numpy pass: bounds the (shingles x NUM_PERM) array of a very long text to 2 MB.
_CHUNK = 4096


def minhash(found: Collection[bytes]) -> bytes:
    """datasketch's MinHash of these shingles (SCHEME, NUM_PERM, seed 1) as 512 bytes, without its objects.

    The same values as `MinHash(num_perm=NUM_PERM, scheme=SCHEME).update_batch(found)` (a test pins
    this): each shingle's hash is the first 4 bytes of its SHA-1 read little-endian (datasketch's
    sha1_hash32), mixed by MurmurHash3's 32-bit finalizer, then put through the NUM_PERM affine
    permutations modulo 2**32; the signature is the minimum per permutation. Done here in one numpy
    pass over the digests: datasketch unpacks each digest into a Python int and builds a MinHash per
    call, which cost more than the hashing.
    """
    global _permutations
    if _permutations is None:
        # Drawing the permutations is the costly part of a MinHash: draw them once.
        _permutations = MinHash(num_perm=NUM_PERM, scheme=SCHEME).permutations
    a, b = _permutations
    digests = b"".join([hashlib.sha1(s).digest()[:4] for s in found])
    hashes = np.frombuffer(digests, dtype="<u4").astype(np.uint32)
    values = np.full(NUM_PERM, 0xFFFFFFFF, dtype=np.uint32)
    for begin in range(0, len(hashes), _CHUNK):
        mixed = _fmix32(hashes[begin : begin + _CHUNK])
        values = np.minimum(values, (mixed[:, None] * a + b).min(axis=0))  # uint32: wraps modulo 2**32
    return values.astype("<u4").tobytes()


def _fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer (datasketch's pre-mix for the affine32 scheme), wrapping in uint32."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


def _sketch(blob: bytes) -> MinHash:
    values = np.frombuffer(blob, dtype="<u4").astype(np.uint64)
    return MinHash(num_perm=NUM_PERM, hashvalues=values, scheme=SCHEME)


class Deduper:
    """The LSH index of stored signatures: finds an earlier near-copy of a new article."""

    def __init__(self, stored: Iterable[tuple[str, bytes]] = ()) -> None:
        self.lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
        self.order: dict[str, int] = {}  # article id -> insertion rank, so the first copy wins
        self._sketches: dict[str, MinHash] = {}
        for article_id, blob in stored:
            self.add(article_id, blob)

    def first_copy(self, blob: bytes) -> str | None:
        """The earliest stored article whose estimated Jaccard with this signature passes THRESHOLD."""
        sketch = _sketch(blob)
        hits = [key for key in self.lsh.query(sketch) if self._similar(key, sketch)]
        return min(hits, key=self.order.__getitem__) if hits else None

    def _similar(self, key: str, sketch: MinHash) -> bool:
        # LSH returns candidates that share a band; confirm with the signature estimate.
        return bool(self._sketches[key].jaccard(sketch) >= THRESHOLD)

    def add(self, article_id: str, blob: bytes) -> None:
        """Index one stored article's signature (a repeated id is ignored)."""
        if article_id in self.order:
            return
        sketch = _sketch(blob)
        self.order[article_id] = len(self.order)
        self._sketches[article_id] = sketch
        self.lsh.insert(article_id, sketch)
