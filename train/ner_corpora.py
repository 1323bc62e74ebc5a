"""The NER training corpora: their files, their label mappings to marsad's four, and how each is read.

ANERcorp train (PERS -> PER), WikiFANE (fine classes mapped by `FANE_MAP`, its split clitics glued
back) and AQMAR train+dev (`AQMAR_MAP`). `python -m train.ner` trains on them; train/ner_distil
and train/names read them too; `DomainMixer` batches them for the multi-domain BiLSTM-CRF
(train/ner_lstm_multi.py).
"""

from __future__ import annotations

import random
from pathlib import Path

from train.conll import Sentence, read_conll

# WikiFANE fine classes -> marsad labels; unlisted classes become O.
# Group (المسلمين, العرب, الرومان) is O because ANERcorp leaves nationalities and peoples O;
# Celestial (الأرض, الشمس) is O because in news these are common nouns; facilities (FAC)
# are LOC as in Wojood's flat4; vehicles, weapons, food, drugs and plants are O (ANERcorp's
# MISC is currencies, religions, events, prizes, not products); works and software are MISC.
FANE_MAP = {
    **dict.fromkeys(
        [
            "Politician",
            "Religious_PER",
            "Artist",
            "Scientist",
            "Other_PER",
            "Athlete",
            "Businessperson",
            "Engineer",
            "Lawyer",
            "Police",
        ],
        "PER",
    ),
    **dict.fromkeys(
        [
            "Government",
            "Commercial",
            "Non-Governmental",
            "Educational",
            "Media",
            "Sports",
            "Religious_ORG",
            "Medical-Science",
            "Entertainment",
        ],
        "ORG",
    ),
    **dict.fromkeys(
        [
            "Population-Center",
            "Nation",
            "State-or-Province",
            "County-or-District",
            "GPE-Cluster",
            "Water-Body",
            "Land-Region-Natural",
            "Continent",
            "Building-Grounds",
            "Airport",
            "Path",
            "Subarea-Facility",
        ],
        "LOC",
    ),
    **dict.fromkeys(["Software", "Hardware", "Book", "Movie", "Sound"], "MISC"),
}
# AQMAR's MIS is mostly science and technology terms (اليورانيوم, لينكس), not ANERcorp's MISC:
# mapped to O by default (measured against MIS->MISC on dev, see MODEL.md).
AQMAR_MAP = {"MIS": "O"}


def data_files(root: Path) -> dict[str, Path]:
    """The training files by short name."""
    return {
        "anercorp": root / "ner/anercorp/train.txt",
        "wikifane": root / "ner/wikifane/train.txt",
        "aqmar_train": root / "ner/aqmar/train.txt",
        "aqmar_dev": root / "ner/aqmar/dev.txt",
    }


# WikiFANE splits clitics off (و اكبر, عاصمة ها); marsad tags surface tokens with clitics
# attached, so they are glued back: conjunctions and prepositions onto the next word, object
# and possessive pronouns onto the previous one.
PROCLITICS = frozenset(("و", "ف", "ب", "ل", "ك", "س"))
ENCLITICS = frozenset(("ه", "ها", "هم", "هما", "هن", "كم", "كما", "نا", "ي"))


def attach_clitics(sent: Sentence) -> Sentence:
    """Glue WikiFANE's split clitics back onto their words; a word keeps its own tag."""
    toks: list[str] = []
    tags: list[str] = []
    pre = ""
    for tok, tag in zip(*sent, strict=True):
        if tok in PROCLITICS and tag == "O":
            pre += tok
            continue
        if pre and tok[0].isalpha():
            # ل + ال drops the article's alef: ل الكتاب -> للكتاب.
            tok = pre + (tok[1:] if pre.endswith("ل") and tok.startswith("ال") else tok)
            pre = ""
        elif pre:
            toks.append(pre)
            tags.append("O")
            pre = ""
        if tok in ENCLITICS and tag == "O" and toks and toks[-1][-1].isalpha():
            # Ta marbuta is written ت before a suffix: عاصمة ها -> عاصمتها.
            toks[-1] = (toks[-1][:-1] + "ت" if toks[-1].endswith("ة") else toks[-1]) + tok
            continue
        toks.append(tok)
        tags.append(tag)
    if pre:
        toks.append(pre)
        tags.append("O")
    return toks, tags


def load_sets(root: Path, aqmar_mis: str) -> dict[str, list[Sentence]]:
    """Read every training set with its label mapping."""
    f = data_files(root)
    aq = {"MIS": aqmar_mis} if aqmar_mis != "O" else AQMAR_MAP
    return {
        "anercorp": read_conll(f["anercorp"], {"PERS": "PER"}),
        "wikifane": [attach_clitics(x) for x in read_conll(f["wikifane"], FANE_MAP)],
        "aqmar": read_conll(f["aqmar_train"], aq) + read_conll(f["aqmar_dev"], aq),
    }


class DomainMixer:
    """Training batches for several corpora, each batch from one corpus (train/ner_lstm_multi.py).

    An epoch is one pass over the main corpus (ANERcorp, `main`) plus, per main batch, `ratios[d]`
    batches of each other corpus d, drawn without replacement from a reshuffled cycle over d (so
    successive epochs see all of d before any sentence repeats; at most all of d in one epoch).
    Within a corpus, sentences of similar length are batched together (less padding), and the
    batches of all corpora come in one shuffled order.
    """

    def __init__(
        self,
        lengths: dict[str, list[int]],
        ratios: dict[str, float],
        size: int,
        rng: random.Random,
        main: str = "news",
    ) -> None:
        self.lengths = lengths
        self.ratios = ratios
        self.size = size
        self.rng = rng
        self.main = main
        self._queue: dict[str, list[int]] = {d: [] for d in lengths}

    def _draw(self, domain: str, n: int) -> list[int]:
        """The next n sentence indices of `domain`'s cycle (a new shuffled pass when one ends)."""
        out: list[int] = []
        queue = self._queue[domain]
        while len(out) < n:
            if not queue:
                fresh = list(range(len(self.lengths[domain])))
                self.rng.shuffle(fresh)
                # A new pass starts mid-draw: what this draw took already goes last (no repeat
                # within an epoch, since n is at most the corpus size).
                taken = set(out)
                queue += [i for i in fresh if i not in taken] + [i for i in fresh if i in taken]
            take = min(n - len(out), len(queue))
            out += queue[:take]
            del queue[:take]
        return out

    def _chunks(self, ids: list[int], lens: list[int]) -> list[list[int]]:
        ids.sort(key=lens.__getitem__)
        return [ids[i : i + self.size] for i in range(0, len(ids), self.size)]

    def epoch(self) -> list[tuple[str, list[int]]]:
        """One epoch's batches as (corpus, sentence indices into that corpus)."""
        main = list(range(len(self.lengths[self.main])))
        self.rng.shuffle(main)
        out = [(self.main, b) for b in self._chunks(main, self.lengths[self.main])]
        n_main = len(out)
        for d, lens in self.lengths.items():
            if d == self.main or not lens:
                continue
            n = min(len(lens), round(self.ratios.get(d, 0.0) * n_main * self.size))
            out += [(d, b) for b in self._chunks(self._draw(d, n), lens)]
        self.rng.shuffle(out)
        return out
