"""Stories: near-duplicate articles grouped with MinHash LSH, and their events counted once.

News is copied: a wire story reappears in dozens of outlets with a new headline and a trimmed
paragraph, and an event coder that counts every copy sees dozens of events where there was one
(GDELT's 366 "kidnappings" that were one). Workers compute one MinHash `signature` per article; the
driver bands all of them in one LSH pass (`cluster`) and names each story after its first copy; the
`STORY_EVENTS` query then reports one row per (story, cameo, source code, target code, date) with how
many mentions and articles reported it, like GDELT's NumMentions / NumArticles.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np
from datasketch import MinHashLSH

from marsad import dedup

# The store's definition of a copy (marsad.dedup: folded word 3-shingles, 128 permutations, THRESHOLD),
# so a batch run and the store agree on what one story is. Read by hand on the LSH candidate pairs of the
# first 3,000 articles of ANT v2.1 (see docs/scale.md): at 0.8 and above, pairs were the same report
# re-posted or an update carrying most of the earlier report (so its events are told again); pairs at
# 0.4-0.75 were different reports on one topic sharing background paragraphs.
THRESHOLD = dedup.THRESHOLD
NUM_PERM = dedup.NUM_PERM
# Articles with fewer shingles than this (about 20 words) get no signature and stay a story of their own:
# too short to tell a copy from shared boilerplate (ANT has dozens of opinion pieces whose whole body is
# the disclaimer "all articles published reflect their writers' opinion only").
MIN_SHINGLES = 20


def signature(text: str) -> bytes | None:
    """The text's MinHash signature (marsad.dedup.signature's value), or None for a text too short."""
    found = dedup.shingles(text)
    if len(found) < MIN_SHINGLES:
        return None
    return dedup.minhash(found)


def _band_keys(sigs: np.ndarray, band: int, rows: int) -> np.ndarray:
    """One 64-bit key per signature for one LSH band (an FNV-style hash of its `rows` values)."""
    block = sigs[:, band * rows : (band + 1) * rows].astype(np.uint64)
    keys = np.full(len(sigs), 14695981039346656037, dtype=np.uint64)
    for column in range(rows):
        keys = (keys ^ block[:, column]) * np.uint64(1099511628211)  # wraps modulo 2**64, as intended
    return keys


def cluster(
    ids: Sequence[str], signatures: Sequence[bytes | None], threshold: float = THRESHOLD
) -> list[str]:
    """The story of each article: the id of the earliest (first in `ids` order) article of its group.

    MinHash LSH with datasketch's band and row counts for `threshold`, done over all signatures at once
    with numpy (datasketch's MinHashLSH keeps ~9 KB of Python objects per article: 9 GB for a million).
    In each band, articles sharing a bucket are compared with the bucket's earliest article; a pair joins
    when its estimated Jaccard similarity reaches `threshold`, and stories are the connected components.
    """
    present = np.array([i for i, sig in enumerate(signatures) if sig is not None], dtype=np.int64)
    parent = list(range(len(ids)))
    if len(present) > 1:
        sigs = np.stack([np.frombuffer(signatures[i] or b"", dtype="<u4") for i in present])
        params = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        pairs = []
        for band in range(params.b):
            keys = _band_keys(sigs, band, params.r)
            order = np.argsort(keys, kind="stable")  # stable: within a bucket, earliest article first
            ranked = keys[order]
            starts = np.flatnonzero(np.r_[True, ranked[1:] != ranked[:-1]])
            leader = order[np.repeat(starts, np.diff(np.r_[starts, len(order)]))]
            moved = leader != order
            pairs.append(np.stack([leader[moved], order[moved]], axis=1))
        candidates = np.unique(np.concatenate(pairs), axis=0)
        similar = (sigs[candidates[:, 0]] == sigs[candidates[:, 1]]).mean(axis=1) >= threshold
        for a, b in candidates[similar]:
            _union(parent, int(present[a]), int(present[b]))
    return [ids[_root(parent, i)] for i in range(len(ids))]


def _root(parent: list[int], i: int) -> int:
    """The root of i's group, halving the path on the way."""
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _union(parent: list[int], a: int, b: int) -> None:
    """Join two groups under the smaller index: the earlier copy names the story."""
    a, b = _root(parent, a), _root(parent, b)
    if a != b:
        parent[max(a, b)] = min(a, b)


# One row per event told by a story: the key GDELT lacked. `events` must have story, cameo, source_code,
# target_code, date and doc (the row of the article that mentions it).
STORY_EVENTS = """
SELECT story, cameo, source_code, target_code, date,
       count(*) AS mentions, count(DISTINCT doc) AS articles, min(doc) AS first_doc
FROM {events}
GROUP BY story, cameo, source_code, target_code, date
ORDER BY story, cameo, source_code, target_code, date
"""


def dedupe_events(rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Event mentions (dicts with the STORY_EVENTS columns) deduplicated to one row per story event."""
    import duckdb
    import pyarrow as pa

    columns = ("story", "cameo", "source_code", "target_code", "date", "doc")
    listed = list(rows)
    table = pa.table({c: pa.array([r.get(c) for r in listed], pa.string()) for c in columns})
    with duckdb.connect() as con:
        con.register("mentions", table)
        result = con.sql(STORY_EVENTS.format(events="mentions"))
        names = result.columns
        return [dict(zip(names, values, strict=True)) for values in result.fetchall()]
