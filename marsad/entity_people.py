"""The known-people pass of the entities stage: full names the NER itself tags as a person across ANT
news, tagged where the model missed them in one article.

models/gazetteer/known_people.tsv (`python -m train.people`) holds the names of two to four words that
the NER alone tagged PER in at least three ANT articles and at 0.8 of their occurrences or more
(دونالد ترامب، أنغيلا ميركل). The same model that reads a name in one sentence misses it in another, and
the quotes and events stages then have no speaker or actor. Where the model tagged none of a name's
words, the name is matched on the folded stems through clitics, as the place passes match theirs
(لأنغيلا ميركل gives أنغيلا ميركل), and added as PER.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from marsad import lexicons
from marsad.entity_places import PlaceNames
from marsad.place_names import MODEL_DIR

KNOWN_FILE = MODEL_DIR / "known_people.tsv"
COUNTRIES_FILE = MODEL_DIR / "people_countries.tsv"


def model_rows(path: Path) -> list[list[str]]:
    """The data rows of a built name list (`# ` header lines and the column-name line left out), each split
    on tabs; none when the file is absent."""
    if not path.exists():
        return []
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return [row for row in (line.split("\t") for line in lines[1:]) if row[0]]


@cache
def people_countries() -> dict[str, str]:
    """Known people's nationalities (people_countries.tsv, `python -m train.people_countries`): folded name ->
    ISO alpha-3; empty when the file is absent."""
    return {row[0]: row[1] for row in model_rows(COUNTRIES_FILE) if len(row) > 1}


@cache
def given_names() -> frozenset[str]:
    """The first word and first two words of each known_people.tsv name of two words or more, as
    lexicons.word_key writes them: how ANT's named people begin (عبد العزيز of عبد العزيز بوتفليقة)."""
    out: set[str] = set()
    for row in model_rows(KNOWN_FILE):
        words = [lexicons.word_key(w) for w in row[0].split()]
        out.update(" ".join(words[:k]) for k in (1, 2) if len(words) > k)
    return frozenset(out)


@cache
def known_people() -> PlaceNames:
    """The names of known_people.tsv (folded stems joined by spaces); none when the file is absent."""
    return PlaceNames(row[0] for row in model_rows(KNOWN_FILE))
