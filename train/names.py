"""Name lists for the NER model's list features, harvested from ship-licensed sources.

Written to `marsad/models/ner/lists.tsv` (folded name TAB label) by `python -m train.ner`.
Sources (see MODEL.md): entity strings of WikiFANE train (CC BY-SA 3.0, fine classes mapped by
`FANE_MAP` in train/ner_corpora.py), AQMAR train+dev (CC BY-SA 3.0; MIS left out) and the person names
of UniversalPetrarch's Arabic actor dictionary (MIT). ANERcorp's own entities are never listed:
a list built from the CRF's training data fires on every training name and teaches it to trust
the list blindly.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from marsad.arabic import fold

ACTOR_DICT = "events/universalpetrarch_arabic/actor_dict_ar_v4.txt"
# A single-word list name must not be among this many most frequent news words (function
# words, titles, common nouns that Wikipedia happens to tag).
SINGLE_RANK = 300
# A word starts a person's name when it starts at least this many WikiFANE/AQMAR person names.
GIVEN_MIN = 2


def actor_persons(path: Path, given: set[str]) -> list[str]:
    """Person names of the UniversalPetrarch Arabic actor dictionary (folded, space-joined).

    Its entries are lemmatized phrases joined by `_` (نوري_المالكي_ "Nouri al-Maliki",
    وزير_دفاع_إيهود_باراك_ "defence minister Ehud Barak", جيش_سوداني_ "Sudanese army"). A
    person is read off an entry from its first word that starts known person names (given
    names from the corpus lists) to its end, when that leaves at least two words; titles and
    organisation phrases before it drop out, entries without a given name are skipped.
    """
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip() or line[0].isspace() or line.startswith("#"):
                continue
            words = [fold(w) for w in line.split()[0].strip("_").split("_") if w]
            for k, w in enumerate(words):
                if w in given:
                    if len(words) - k >= 2:
                        out.append(" ".join(words[k:]))
                    break
    return out


def harvest(
    root: Path, corpora: dict[str, Counter[tuple[str, str]]], rank: dict[str, int], actors: bool
) -> dict[str, str]:
    """Majority label per folded name over the corpus entity counts (and actor persons)."""
    votes: Counter[tuple[str, str]] = Counter()
    for counts in corpora.values():
        votes.update(counts)
    if actors:
        given = Counter(n.split(" ")[0] for (n, lab), c in votes.items() if lab == "PER" and " " in n)
        names = {w for w, c in given.items() if c >= GIVEN_MIN}
        for name in actor_persons(root / ACTOR_DICT, names):
            votes[(name, "PER")] += 1
    best: dict[str, tuple[int, str]] = {}
    for (name, label), n in sorted(votes.items()):
        if name not in best or n > best[name][0]:
            best[name] = (n, label)
    out = {}
    for full, (_, label) in best.items():
        # WikiFANE now and then puts a split clitic inside the entity (و يليم بيترز).
        words = full.split(" ")
        while len(words) > 1 and len(words[0]) == 1:
            words = words[1:]
        name = " ".join(words)
        if name in out:
            continue
        if " " not in name and (len(name) < 3 or rank.get(name, 10**9) < SINGLE_RANK):
            continue
        if not any(c.isalpha() for c in name):
            continue
        out[name] = label
    return out
