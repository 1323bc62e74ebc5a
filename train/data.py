"""The shared data that training and evaluation both read, and how it is split between them.

Training must not import bench/ (bench may import train/), so what both sides need lives here:
- where the shared data is (`shared_dir`), and ANT v2.1 read line by line as marsad.ingest reads it;
- `GOLD_LINES`, the ANT lines the hand-annotated gold sets (bench/gold) are drawn from: training and
  calibration read only the other lines;
- UD Arabic-PUD as orthographic words with their gold clitic cuts, and its learn / held-out split
  (train/clitics.py fits on the learning part, bench/eval_segment.py scores the held-out part).
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from marsad.arabic import clean
from marsad.article import Article
from marsad.ingest.jsonl import read_lines

ROOT = Path(__file__).resolve().parents[1]
# Paths under the shared data directory.
ANT = Path("corpora") / "ant_v2.1" / "ant_v2.1_multisource.jsonl"
PUD = Path("ud") / "pud" / "ar_pud-ud-test.conllu"
# Gold articles come from these lines of ANT v2.1 (0-based); development of rules uses the rest.
GOLD_LINES = range(0, 20000)
HELD_OUT_EVERY = 5  # PUD sentence i is held out when i % 5 == 4


def shared_dir() -> Path:
    """The shared data directory: $MARSAD_SHARED, else ../shared/data beside the repo."""
    env = os.environ.get("MARSAD_SHARED")
    return Path(env) if env else ROOT.parent / "shared" / "data"


def read_jsonl_record(line: bytes) -> Article:
    """One ANT line as marsad.ingest reads it (not yet normalized)."""
    article = next(read_lines(line.decode("utf-8"), "ant.jsonl", None, 1_000_000))
    if not isinstance(article, Article):
        raise ValueError(f"ANT record unreadable: {article}")
    return article


@dataclass(frozen=True)
class Word:
    """One gold orthographic word: its span in the sentence text and its internal cuts."""

    start: int
    end: int
    cuts: frozenset[int]


@dataclass(frozen=True)
class Sentence:
    """A PUD sentence rebuilt from its forms (cleaned), with its gold words and punctuation spans."""

    text: str
    words: tuple[Word, ...]
    punct: frozenset[tuple[int, int]]


def _sentence(rows: list[tuple[str, str, bool]]) -> Sentence:
    """Rebuild the text from (form, upos, space_after) rows and group pieces into words."""
    text, words, punct = "", [], set()
    current: list[tuple[int, int]] = []

    def close() -> None:
        if current:
            cuts = frozenset(s for s, _ in current[1:])
            words.append(Word(current[0][0], current[-1][1], cuts))
            current.clear()

    for form, upos, space_after in rows:
        form = unicodedata.normalize("NFC", form).replace("\u0640", "")  # as arabic.clean does
        start = len(text)
        text += form
        if form and upos == "PUNCT":
            close()
            punct.add((start, len(text)))
        elif form:
            current.append((start, len(text)))
        if space_after:
            close()
            text += " "
    close()
    text = text.rstrip(" ")
    if clean(text) != text:
        raise ValueError(f"PUD sentence changes under clean(): {text[:60]!r}")
    return Sentence(text, tuple(words), frozenset(punct))


def load_pud(path: Path) -> list[Sentence]:
    """All sentences of a CoNLL-U file without multiword-token lines, in file order.

    A clitic is a word of its own joined to the next by SpaceAfter=No; a gold word is a maximal run of
    adjacent non-punctuation pieces, its cuts the starts of its pieces after the first.
    """
    sentences: list[Sentence] = []
    rows: list[tuple[str, str, bool]] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if not line:
            if rows:
                sentences.append(_sentence(rows))
                rows = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                rows.append((cols[1], cols[3], "SpaceAfter=No" not in cols[9]))
    return sentences


def split(sentences: list[Sentence]) -> tuple[list[Sentence], list[Sentence]]:
    """(learn, held out): every 5th sentence is held out."""
    held = [s for i, s in enumerate(sentences) if i % HELD_OUT_EVERY == HELD_OUT_EVERY - 1]
    learn = [s for i, s in enumerate(sentences) if i % HELD_OUT_EVERY != HELD_OUT_EVERY - 1]
    return learn, held
