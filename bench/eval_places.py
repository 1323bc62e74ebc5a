"""Check the shipped gazetteer's name -> country readings: `python -m bench.eval_places`.

No gold geocoding exists for marsad yet, so this measures two narrower things and says which is which:

1. `countries` (a self-consistency check, not a generalization score): every Arabic country name in the
   country lists the gazetteer is built from should read, without context, as its own ISO alpha-3 code.
   A miss is a collision: two countries sharing a name, or a lexicon row overriding the data.
2. `up_actors` (an outside check): the single-name entries of UniversalPetrarch's Arabic actor dictionary
   (MIT; not used to build the gazetteer) that carry a bare country code, e.g. `كركوك [IRQ]`. Many of its
   entries are demonyms or phrases (سعودي، جيش سوداني) that no gazetteer should resolve, so coverage is
   low by design; the number to watch is agreement among the names that do resolve. The dictionary has
   errors of its own (it codes سويسرا as SWZ): disagreements are not all gazetteer errors.
Neither set may be used to tune the gazetteer or its lexicon, or the scores stop meaning anything.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from pathlib import Path

from marsad.gazetteer import Gazetteer
from train.data import shared_dir

ROOT = Path(__file__).resolve().parents[1]
# A dictionary line with one name (words joined by _) and a bare three-letter code: `كركوك  [IRQ]`.
_ACTOR_LINE = re.compile(r"^\s*([^\s\[\]#]+)\s+\[([A-Z]{3})\]\s*$")


def country_names(root: Path) -> list[tuple[str, str]]:
    """(Arabic name, ISO alpha-3) from mledoze (common and official) and stefangabos."""
    pairs = set()
    for c in json.loads((root / "gazetteers/mledoze_countries/countries.json").read_text("utf-8")):
        # mledoze codes Kosovo UNK (it has no ISO code); GeoNames and the gazetteer use XKX.
        code = "XKX" if c["cca3"] == "UNK" else c["cca3"]
        for name in c["translations"].get("ara", {}).values():
            pairs.add((name, code))
    for file in ("world.csv", "countries.csv"):
        with (root / "gazetteers/stefangabos_world_countries_ar" / file).open(encoding="utf-8") as f:
            pairs.update((row["name"], row["alpha3"].upper()) for row in csv.DictReader(f))
    return sorted(pairs)


def actor_places(root: Path, known: set[str]) -> list[tuple[str, str]]:
    """(name, code) of actor-dictionary entries with one name and a bare country code we know."""
    pairs = set()
    path = root / "events/universalpetrarch_arabic/actor_dict_ar_v4.txt"
    with path.open(encoding="utf-8") as f:
        for line in f:
            m = _ACTOR_LINE.match(line)
            if m and m.group(2) in known:
                pairs.add((m.group(1).strip("_").replace("_", " "), m.group(2)))
    return sorted(pairs)


def score(gazetteer: Gazetteer, pairs: list[tuple[str, str]]) -> dict[str, object]:
    """Coverage (share that resolves) and agreement (share of resolved names read as the given code)."""
    resolved = [(name, code, gazetteer.country_of(name)) for name, code in pairs]
    found = [r for r in resolved if r[2] is not None]
    agree = [r for r in found if r[1] == r[2]]
    return {
        "names": len(pairs),
        "resolved": len(found),
        "coverage": round(len(found) / len(pairs), 3) if pairs else None,
        "agreement": round(len(agree) / len(found), 3) if found else None,
        "disagreements": [f"{n} {c}->{r}" for n, c, r in found if c != r],
    }


def main() -> None:
    """Print both checks as JSON (disagreements listed with --verbose)."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--verbose", action="store_true", help="list the names read as another country")
    args = ap.parse_args()
    root = shared_dir()
    gazetteer = Gazetteer.load()
    results = {
        "countries": score(gazetteer, country_names(root)),
        "up_actors": score(gazetteer, actor_places(root, set(gazetteer.countries))),
    }
    if not args.verbose:
        for result in results.values():
            result.pop("disagreements")
    print(json.dumps(results, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
