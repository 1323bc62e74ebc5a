"""Build the events stage's lexicons and classifier: `python -m train.events` (one command).

Writes marsad/lexicons/cameo.tsv (CAMEO code → QuadClass, PLOVER event and mode, Goldstein value,
description), marsad/lexicons/event_triggers.tsv (surface forms of event_triggers_hand.tsv rows plus a
reviewed subset of UniversalPetrarch's Arabic verb dictionary) and, when the event gold is present,
marsad/models/events/gate.json (the trigger gate, trained on the dev gold only; see marsad.events_gate).
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

from marsad.arabic import fold
from marsad.lexicons import read_tsv

REPO = Path(__file__).resolve().parents[1]
LEX = REPO / "marsad" / "lexicons"
SHARED = REPO.parent / "shared" / "data" / "events"
CODES = SHARED / "cameo_codebook" / "CAMEO.eventcodes.txt"
PLOVER = SHARED / "plover" / "CAMEO2PLOVER-2021.txt"
UP_VERBS = SHARED / "universalpetrarch_arabic" / "CAMEO.ar.0.5.txt"
UP_SOURCE = "UniversalPetrarch CAMEO.ar.0.5.txt"

# Goldstein (1992) conflict-cooperation weights as adapted to CAMEO, meant to be the values of GDELT's
# lookup table CAMEO.goldsteinscale.txt but entered from memory and NOT checked against it: no
# per-code Goldstein table exists in shared/data/events (searched: the CAMEO code table and manual,
# PETRARCH2 and Phoenix dictionaries, NGEC's PLOVER assets, UniversalPetrarch's Arabic files; the
# PLOVER manual gives only PLOVER-category scores on its own scale). Treat them as approximate; a
# 4-digit code takes its 3-digit parent's value. Replace from the table when one is added.
GOLDSTEIN = {
    "010": 0.0, "011": -0.1, "012": -0.4, "013": 0.4, "014": 0.0, "015": 0.0, "016": 3.4, "017": 0.0,
    "018": 3.4, "019": 3.4, "020": 3.0, "021": 3.4, "022": 3.2, "023": 3.4, "024": -0.3, "025": -0.3,
    "026": 4.0, "027": 4.0, "028": 4.0, "030": 4.0, "031": 5.2, "032": 4.5, "033": 5.2, "034": 7.0,
    "035": 7.0, "036": 4.0, "037": 5.0, "038": 7.0, "039": 5.0, "040": 1.0, "041": 1.0, "042": 1.9,
    "043": 2.8, "044": 2.5, "045": 5.0, "046": 7.0, "050": 3.5, "051": 3.4, "052": 3.5, "053": 3.8,
    "054": 6.0, "055": 7.0, "056": 7.0, "057": 8.0, "060": 6.0, "061": 6.4, "062": 7.4, "063": 7.4,
    "064": 7.0, "070": 7.0, "071": 7.4, "072": 8.3, "073": 7.4, "074": 8.5, "075": 7.0, "080": 5.0,
    "081": 5.0, "082": 5.0, "083": 5.0, "084": 7.0, "085": 7.0, "086": 9.0, "087": 9.0, "090": -2.0,
    "091": -2.0, "092": -2.0, "093": -2.0, "094": -2.0, "100": -5.0, "101": -5.0, "102": -5.0,
    "103": -5.0, "104": -5.0, "105": -5.0, "106": -5.0, "107": -5.0, "108": -5.0, "110": -2.0,
    "111": -2.0, "112": -2.0, "113": -2.0, "114": -2.0, "115": -2.0, "116": -2.0, "120": -4.0,
    "121": -4.0, "122": -4.0, "123": -4.0, "124": -5.0, "125": -5.0, "126": -5.0, "127": -5.0,
    "128": -5.0, "129": -5.0, "130": -4.4, "131": -5.8, "132": -5.8, "133": -5.8, "134": -5.8,
    "135": -5.8, "136": -7.0, "137": -7.0, "138": -7.0, "139": -7.0, "140": -6.5, "141": -6.5,
    "142": -6.5, "143": -6.5, "144": -7.5, "145": -7.5, "150": -7.2, "151": -7.2, "152": -7.2,
    "153": -7.2, "154": -7.2, "160": -4.0, "161": -4.0, "162": -5.6, "163": -8.0, "164": -7.0,
    "165": -7.0, "166": -7.0, "170": -7.0, "171": -9.2, "172": -5.0, "173": -5.0, "174": -5.0,
    "175": -9.0, "180": -9.0, "181": -9.0, "182": -9.5, "183": -10.0, "184": -8.0, "185": -8.0,
    "186": -10.0, "190": -10.0, "191": -9.5, "192": -9.5, "193": -10.0, "194": -10.0, "195": -10.0,
    "196": -9.5, "200": -10.0, "201": -9.5, "202": -10.0, "203": -10.0, "204": -10.0,
}  # fmt: skip
# UniversalPetrarch lemma-level codes kept after review: most of that dictionary's lemma codes are
# pattern defaults that do not hold for the bare verb (تعهد → 182, وصل → 070), so only these pass.
UP_ACCEPT = frozenset(
    {"نبذ", "اجلى", "قاوم", "تنحي", "توغل", "اعترض+على", "دحض", "حاصر", "اختطف", "قصف", "قتل", "تظاهر"}
)
# Imperfect person prefixes (3rd m/f, 1st pl) and the endings generated on past and imperfect stems.
IMPERFECT_PREFIXES = ("ي", "ت", "ن")
PAST_ENDINGS = ("", "ت", "وا", "ا", "تا", "ن", "نا")
IMPERFECT_ENDINGS = ("", "ون", "ان", "ن")


def quad_class(code: str) -> int:
    """CAMEO QuadClass of a code by its root: 01-05 verbal coop, 06-09 material coop, 10-14, 15-20."""
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4


def read_plover(path: Path = PLOVER) -> dict[str, tuple[str, str]]:
    """CAMEO code → (PLOVER event, mode) from CAMEO2PLOVER-2021.txt (roots 01, 02 are dropped there)."""
    out: dict[str, tuple[str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,([^,#]*))?", line)
        if m and m.group(1) not in out:
            out[m.group(1)] = (m.group(2), (m.group(3) or "").strip())
    return out


def build_cameo() -> list[str]:
    """Rows of cameo.tsv for every code of the CAMEO code table."""
    plover = read_plover()
    rows = [
        "# CAMEO event codes (CAMEO 1.1b3 code table, shared/data/events/cameo_codebook) with QuadClass by",
        "# root, PLOVER event and mode from CAMEO2PLOVER-2021.txt (CC BY-SA 4.0; none for roots 01 and 02,",
        "# which PLOVER drops) and a Goldstein value, entered from memory of GDELT's",
        "# CAMEO.goldsteinscale.txt and unchecked: no Goldstein table exists in shared/data/events",
        "# (see GOLDSTEIN in train/events.py); treat them as approximate.",
        "# Derived by `python -m train.events`.",
        "code\tquad_class\tplover\tmode\tgoldstein\tdescription",
    ]
    for line in CODES.read_text(encoding="utf-8").splitlines()[1:]:
        code, _, desc = line.partition("\t")
        if not re.fullmatch(r"\d{2,4}", code):
            continue
        base = code if len(code) == 3 else code[:3] if len(code) == 4 else code + "0"
        event, mode = plover.get(code) or plover.get(base) or ("", "")
        gold = GOLDSTEIN.get(base)
        rows.append(
            f"{code}\t{quad_class(code)}\t{event}\t{mode}\t{'' if gold is None else gold}\t{desc.strip()}"
        )
    return rows


def verb_forms(lemma: str) -> list[tuple[str, str]]:
    """(form, aspect) for a verb's first word: past 3sg m/f, 3pl, duals, 1pl, and the imperfect."""
    v = fold(lemma)
    # Verbs starting with alef (forms IV, VII, VIII, X) drop it in the imperfect: أطلق → يطلق, اعتقل → يعتقل.
    base = v[1:] if v.startswith("ا") else v
    out = [(v + e, "past") for e in PAST_ENDINGS]
    out += [(p + base + e, "imperf") for p in IMPERFECT_PREFIXES for e in IMPERFECT_ENDINGS]
    return out


def noun_forms(lemma: str) -> list[tuple[str, str]]:
    """Noun forms: the word, with ال, and the -ات plural of a ة noun."""
    n = fold(lemma)
    forms = [n, "ال" + n]
    if n.endswith("ه"):
        forms += [n[:-1] + "ات", "ال" + n[:-1] + "ات"]
    return [(f, "noun") for f in forms]


def aspect_of(form: str, lemma: str) -> str:
    """The aspect of an explicitly listed form, judged against its lemma's past and imperfect stems."""
    first, v = fold(form.split()[0]), fold(lemma.split()[0].replace("+", " ").split()[0])
    if first.startswith(v) and len(first) - len(v) <= 2:
        return "past"
    if any(first == stem + e for stem in _past_stems(v) for e in PAST_ENDINGS):
        return "past"  # a defective or hollow verb's past: دعت، دعوا (دعا); دانت (أدان, its form I دان)
    if first[:1] == "ت" and len(first) >= 5 and first[-2] == "ي":
        return "noun"  # the تفعيل masdar of form II: تصريح، تحقيق، تفجير
    short_t = first[:1] == "ت" and not first.endswith(("ه", "ات")) and len(first) <= len(v) + 2
    if first[:1] in "ين" or short_t:
        return "imperf"
    return "noun"


def _past_stems(v: str) -> list[str]:
    """Past stems the plain prefix test misses: a defective verb less its final alef or ya (دعا → دع, to
    which -ت and -وا attach) and a hollow form IV's form I (ادان → دان)."""
    stems = [v[:-1]] if len(v) >= 3 and v[-1] in "اي" else []
    if len(v) == 4 and v[0] == "ا" and v[2] == "ا":
        stems.append(v[1:])
    return stems


def expand(row: dict[str, str], source: str) -> list[str]:
    """Trigger TSV lines for one hand or dictionary row."""
    words = row["lemma"].replace("+", " ").split()
    rest = " ".join(fold(w) for w in words[1:])
    if row["kind"] == "verb":
        generated = verb_forms(words[0])
    elif row["kind"] == "noun":
        generated = noun_forms(words[0])
    else:
        generated = [(fold(words[0]), "passive")]
    listed = [(f.strip(), aspect_of(f, row["lemma"])) for f in row.get("forms", "").split(",") if f.strip()]
    if row["kind"] in ("passive", "noun"):
        listed = [(f, row["kind"]) for f, _ in listed]  # a noun row lists nouns (متظاهرون is no verb)
    lines = []
    for form, aspect in generated:
        full = f"{form} {rest}".strip()
        lines.append(
            f"{full}\t{row['lemma']}\t{aspect}\t{row['frame']}\t{row['cameo']}\t{row['gloss']}\t{source}"
        )
    for form, aspect in listed:
        full = " ".join(fold(w) for w in form.split())
        lines.append(
            f"{full}\t{row['lemma']}\t{aspect}\t{row['frame']}\t{row['cameo']}\t{row['gloss']}\t{source}"
        )
    return lines


def read_up_verbs(path: Path = UP_VERBS) -> list[dict[str, str]]:
    """UniversalPetrarch lemma lines with their own [code], kept when the lemma is in UP_ACCEPT."""
    rows: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\S+)\s+\[(\d{2,4})\]", line)
        if m and m.group(1) in UP_ACCEPT and not any(r["lemma"] == m.group(1) for r in rows):
            rows.append(
                {"lemma": m.group(1), "kind": "verb", "frame": "obj", "cameo": m.group(2), "forms": "",
                 "gloss": "(UniversalPetrarch lemma)"}
            )  # fmt: skip
    return rows


def build_triggers() -> list[str]:
    """Rows of event_triggers.tsv: hand rows first (they win a form both give), then UniversalPetrarch's."""
    lines = [
        "# Derived by `python -m train.events` from event_triggers_hand.tsv (hand) and a reviewed subset",
        f"# of {UP_SOURCE} (MIT). form: folded surface words; aspect: past, imperf, noun, passive.",
        "form\tlemma\taspect\tframe\tcameo\tgloss\tfrom",
    ]
    seen: set[str] = set()
    sources = [(r, "hand") for r in read_tsv("event_triggers_hand.tsv")]
    if UP_VERBS.exists():
        sources += [(r, UP_SOURCE) for r in read_up_verbs()]
    for row, source in sources:
        for line in expand(row, source):
            form = line.split("\t", 1)[0]
            if form not in seen:
                seen.add(form)
                lines.append(line)
    return lines


def main() -> None:
    """Write the lexicons, then train the gate when the gold is there."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-gate", action="store_true", help="only rebuild the lexicons")
    parser.add_argument(
        "--extra", action="append", default=[], metavar="KIND[:WEIGHT]",
        help="also train the type's gate on its hand-labelled ANT rows "
        "(train/labels/events_<kind>_ant16.tsv, sample weight WEIGHT, default 1)",
    )  # fmt: skip
    args = parser.parse_args()
    if args.extra:
        from marsad.events_gate import use_extras

        use_extras(args.extra, parser.error)
    (LEX / "cameo.tsv").write_text("\n".join(build_cameo()) + "\n", encoding="utf-8")
    (LEX / "event_triggers.tsv").write_text("\n".join(build_triggers()) + "\n", encoding="utf-8")
    print("wrote", LEX / "cameo.tsv", "and", LEX / "event_triggers.tsv")
    if not args.no_gate:
        from marsad.events_gate import train_gate  # the gate needs the stage, built from these lexicons

        record_training(train_gate())


def record_training(model: dict[str, Any]) -> None:
    """Write what the gate was trained on beside it: the dev files, their row counts, the fitted sizes."""
    from marsad.events_classes import CLUSTER_FILE, CLUSTERS, NEAR_CLUSTERS, classes_version
    from marsad.events_gate import GOLD, MEMBERS, MIN_COUNT, MIN_COUNTS, MODEL, TYPES, VECTOR_BINS, read_gold
    from marsad.events_vectors import VECTOR_FILE, vectors_version

    record = {
        "command": "python -m train.events",
        "data": {
            f"events/arabic_event_gsr/{kind.lower()}_gsr.dev.csv": {
                "rows": len(rows := read_gold(kind)),
                "yes": sum(1 for row in rows if row[2]),
            }
            for kind in TYPES
        },
        "licence": "MIT (Arabic event GSR, dev half only; the other half is held out)",
        "members": {
            kind: [
                {
                    "inverse_l2": c,
                    "labels": "soft: accept / (accept + reject)" if soft else "hard: yes / not yes",
                    "word_scale": scale,
                }
                for c, soft, scale in MEMBERS[kind]
            ]
            for kind in TYPES
        },
        "min_count": {kind: MIN_COUNTS.get(kind, MIN_COUNT) for kind in TYPES},
        "threshold": "maximises F1 against yes over out-of-fold scores of the training rows",
        "word_classes": {
            "file": str(CLUSTER_FILE.relative_to(REPO)),
            "sha1": classes_version(),
            "sentence_k": {kind: list(CLUSTERS.get(kind, ())) for kind in TYPES},
            "trigger_window_k": {kind: list(NEAR_CLUSTERS.get(kind, ())) for kind in TYPES},
        },
        "model": {
            k: {"features": [len(m["weights"]) for m in v["members"]], "threshold": v["threshold"]}
            for k, v in model.items()
        },
        "gold_dir": str(GOLD.relative_to(GOLD.parents[2])),
    }
    if any(VECTOR_BINS.values()):  # off in the shipped gate (session 17)
        record["word_vectors"] = {
            "file": str(VECTOR_FILE.relative_to(REPO)),
            "sha1": vectors_version(),
            "parts": {kind: list(VECTOR_BINS.get(kind, ())) for kind in TYPES},
        }
    path = MODEL.parent / "trained_on.json"
    path.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("wrote", path)


if __name__ == "__main__":
    main()
