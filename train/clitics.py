"""Build the clitic segmenter's model: a word-frequency table and per-clitic biases.

`python -m train.clitics` (about 2 minutes) writes to `marsad/models/clitics/`:
- words.tsv.gz: bare word (tashkeel removed) and count, for the most frequent Arabic words of ANT
  v2.1 (titles and texts, Apache-2.0) and the ANERcorp train tokens (CC BY-SA 4.0), both "ship"; the
  gold articles (bench/gold entities.jsonl and quotes*.jsonl, by docno: `train.clusters.Skipped`) are
  left out since session 19, as the NER's clusters leave them out;
- names.txt: word forms that begin with a clitic letter but are mostly tagged as names in the NER train
  sets (ANERcorp train, CC BY-SA 4.0; WikiFANE train, CC BY-SA 3.0; both "ship"), and the words of the
  outlets lexicon's names (وام, بترا, سونا), and one-word names of gazetteer places of 100,000+ people
  it would cut (سنار, بحري, وهران; run train.gazetteer first): kept whole;
- params.json: the biases of `marsad.clitics` fitted by coordinate ascent on the exact-word
  accuracy over the learning part of UD Arabic-PUD (the 800 sentences train.data.split does not
  hold out for bench/eval_segment.py), and a record of what it was trained on.
Deterministic: same data, same files (gzip without a timestamp, ties broken by the word).
"""

from __future__ import annotations

import csv
import gzip
import json
import re
import time
from collections import Counter
from pathlib import Path

from marsad.arabic import DIACRITICS
from marsad.clitics import (
    ARABIC_WORD,
    CONJUNCTIONS,
    MODEL_DIR,
    NAMES_FILE,
    PARAMS_FILE,
    PREP_PRONOUN,
    PREPOSITIONS,
    SUFFIXES,
    WORDS_FILE,
    CliticSegmenter,
    bare,
)
from marsad.lexicons import read_tsv
from marsad.place_names import PLACES_FILE
from train.clusters import Skipped
from train.data import ANT, PUD, load_pud, shared_dir, split

ANERCORP = Path("ner") / "anercorp" / "train.txt"
WIKIFANE = Path("ner") / "wikifane" / "train.txt"
# A name form is kept whole when tagged as a name at least this often, in at least this share of its uses.
MIN_NAME_COUNT = 2
MIN_NAME_SHARE = 0.5
TOP_WORDS = 150_000
MIN_WORD_COUNT = 2  # a form seen once is as often a typo as a word
MIN_STEM_COUNT = 3  # a stem must be seen this often before a clitic is split off it
ARABIC_RUN = re.compile("[\u0621-\u063a\u0641-\u064a\u0671-\u06d3]+")
KEYS = ("و", "ف", "ب", "ل", "ك", "س", "prep_pronoun", "def", "rare", *("+" + s for s in SUFFIXES))
# Bias grid: -30 means "never split this clitic"; steps of 0.25 in log-count units.
GRID = (-30.0, *(x / 4 for x in range(-40, 25)))
ROUNDS = 4


def count_words(shared: Path, skipped: Skipped | None = None) -> Counter[str]:
    """Counts of bare Arabic words over ANT v2.1 and the ANERcorp train tokens, the ANT articles whose
    docno is in `skipped.docnos` left out (counted there)."""
    counts: Counter[str] = Counter()
    with (shared / ANT).open(encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            if skipped is not None and skipped.leaves_out(doc):
                continue
            for part in (doc.get("title") or "", doc.get("text") or ""):
                counts.update(ARABIC_RUN.findall(DIACRITICS.sub("", part.replace("\u0640", ""))))
    with (shared / ANERCORP).open(encoding="utf-8") as fh:
        for line in fh:
            cols = line.split()
            if cols:
                counts.update(ARABIC_RUN.findall(DIACRITICS.sub("", cols[0])))
    return counts


def name_forms(shared: Path) -> list[str]:
    """Word forms starting with a clitic letter that the NER train sets tag mostly as names.

    Kept: forms that begin a name (B- tags) at least MIN_NAME_COUNT times and are inside a name in at
    least MIN_NAME_SHARE of their uses (a word only ever inside a name may be a common word, as بحرارة
    "warmly" in a work's title). A form is left out when what follows its first one or two letters starts
    with the article (و + ال ..., لل: a clitic before ال is near certain) or is a name itself: it begins
    names as often as the whole form does (WikiFANE leaves many names untagged, so a share alone misses
    قطر) or is inside one in more than MIN_NAME_SHARE of its uses (ولبنان is و + لبنان, وعباس is و +
    عباس). So only names whose letters merely look like a clitic stay.
    """
    begins: Counter[str] = Counter()  # uses as a name's first word
    tagged: Counter[str] = Counter()  # uses anywhere in a name
    seen: Counter[str] = Counter()
    for path, sep in ((ANERCORP, " "), (WIKIFANE, "\t")):
        with (shared / path).open(encoding="utf-8") as fh:
            for line in fh:
                cols = line.rstrip("\n").split(sep)
                word = bare(cols[0])
                if len(cols) < 2 or not ARABIC_WORD.fullmatch(word):
                    continue
                seen[word] += 1
                begins[word] += cols[-1].startswith("B-")
                tagged[word] += cols[-1] != "O"
    clitic_letters = set(CONJUNCTIONS) | set(PREPOSITIONS)
    names = []
    for word, n in begins.items():
        if len(word) < 3 or word[0] not in clitic_letters:
            continue
        if n < MIN_NAME_COUNT or tagged[word] < MIN_NAME_SHARE * seen[word]:
            continue
        rests = [word[1:]] + ([word[2:]] if word[1] in clitic_letters and len(word) > 3 else [])
        if word.startswith("لل") or any(
            r.startswith("ال")
            or begins[r] >= n
            or (seen[r] >= MIN_NAME_COUNT and tagged[r] > MIN_NAME_SHARE * seen[r])
            for r in rests
        ):
            continue
        names.append(word)
    return sorted(names)


def outlet_forms() -> list[str]:
    """Words of the outlets lexicon's names (وام, بترا, ارنا, بوست, سونا) that a clitic or pronoun reading
    would cut, the article or لل after a first letter excepted (بالعربية, للأنباء are clitic + word), and
    a preposition with a pronoun (بنا)."""
    clitic_letters = set(CONJUNCTIONS) | set(PREPOSITIONS)
    words: set[str] = set()
    for row in read_tsv("outlets.tsv"):
        for surface in [row["name"], *filter(None, row["variants"].split("|"))]:
            for word in (bare(w) for w in surface.split()):
                if not ARABIC_WORD.fullmatch(word) or len(word) < 3 or word.startswith("ال"):
                    continue
                if word in PREP_PRONOUN:
                    continue  # بنا (BNA) is far more often "with us"
                if word[0] in clitic_letters and (word.startswith("لل") or word[1:].startswith("ال")):
                    continue
                words.add(word)
    return sorted(words)


# Places in the shipped gazetteer big enough (population) to be news, and what may not follow their first
# letter: the article (بالماس is ب + الماس) or a particle (وان "and that", بانه "that it").
MIN_PLACE_POPULATION = 100_000
PARTICLES = frozenset({"ان", "انه", "انها", "لا", "ما", "من", "في", "هو", "هي", "لم", "لن"})
# Place names that are more often common words in news, read by eye on the list this step writes: لاول
# (Laval; mostly لأول "for the first" written without hamza), بدين (Badin; ب + دين), بردا (Breda; "cold").
NOT_PLACE_WORDS = frozenset({"لاول", "بدين", "بردا"})


def place_forms(segmenter: CliticSegmenter) -> list[str]:
    """One-word names of populated places of marsad/models/gazetteer (run `python -m train.gazetteer`
    first) that the segmenter would cut a proclitic off (سنار Sennar as س + نار "fire", بحري Khartoum
    North as ب + حري, وهران Oran), written as ANT writes them (seen at least twice)."""
    forms: set[str] = set()
    with gzip.open(PLACES_FILE, "rt", encoding="utf-8") as fh:
        rows = csv.DictReader(fh, delimiter="\t")
        for row in rows:
            if int(row["population"] or 0) < MIN_PLACE_POPULATION:
                continue
            for name in {row["name_ar"], *row["names"].split("|")} - {""}:
                word = bare(name)
                if " " in word or len(word) < 3 or segmenter.counts.get(word, 0) < MIN_NAME_COUNT:
                    continue
                prefixes, _, _, suffix = segmenter(word)
                rest = word[len(prefixes) :]
                if word in NOT_PLACE_WORDS or rest.startswith("ال") or rest in PARTICLES:
                    continue
                if prefixes and not suffix:
                    forms.add(word)
    return sorted(forms)


def gold_words(shared: Path) -> Counter[tuple[str, frozenset[int]]]:
    """(word, gold internal cuts) with their frequency, over PUD's learning sentences."""
    learn, _ = split(load_pud(shared / PUD))
    words: Counter[tuple[str, frozenset[int]]] = Counter()
    for sent in learn:
        for w in sent.words:
            text = sent.text[w.start : w.end]
            if ARABIC_WORD.fullmatch(text) and not DIACRITICS.search(text):
                words[text, frozenset(c - w.start for c in w.cuts)] += 1
    return words


def cut_set(cut: tuple[int, int, int]) -> frozenset[int]:
    """The internal cuts of an analysis (proclitic count, stem end, suffix length)."""
    k, stem_end, suffix_len = cut
    return frozenset(range(1, k + 1)) | (frozenset({stem_end}) if suffix_len else frozenset())


def fit(
    segmenter: CliticSegmenter, words: Counter[tuple[str, frozenset[int]]]
) -> tuple[dict[str, float], float]:
    """Coordinate ascent of the biases on exact-word accuracy; returns (biases, accuracy)."""
    table = []
    for (word, gold), n in words.items():
        cands = [(lc, keys, cut_set(cut) == gold) for lc, keys, cut in segmenter.candidates(word)]
        table.append((n, cands))
    total = sum(words.values())

    def accuracy(bias: dict[str, float]) -> float:
        right = 0
        for n, cands in table:
            best, ok = -1e9, False
            for lc, keys, good in cands:
                score = lc + sum(bias[k] for k in keys)
                if score > best:
                    best, ok = score, good
            right += n * ok
        return right / total

    bias = dict.fromkeys(KEYS, 0.0)
    best = accuracy(bias)
    for _ in range(ROUNDS):
        improved = False
        for key in KEYS:
            for value in GRID:
                trial = {**bias, key: value}
                acc = accuracy(trial)
                # Prefer the value nearest 0 among equals: fewer extreme biases, same fit.
                if acc > best or (acc == best and abs(value) < abs(bias[key])):
                    improved |= acc > best
                    best, bias = acc, trial
        if not improved:
            break
    return bias, best


def main() -> None:
    """Count, fit and write the model files."""
    t0 = time.time()
    shared = shared_dir()
    skipped = Skipped()
    counts = count_words(shared, skipped)
    kept = sorted(((w, n) for w, n in counts.items() if n >= MIN_WORD_COUNT), key=lambda x: (-x[1], x[0]))
    kept = kept[:TOP_WORDS]
    MODEL_DIR.mkdir(parents=True, exist_ok=True)
    body = "".join(f"{w}\t{n}\n" for w, n in kept).encode("utf-8")
    with (MODEL_DIR / WORDS_FILE).open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as fh:
        fh.write(body)
    words = gold_words(shared)
    segmenter = CliticSegmenter(dict(kept), dict.fromkeys(KEYS, 0.0), MIN_STEM_COUNT)
    bias, acc = fit(segmenter, words)
    fitted = CliticSegmenter(dict(kept), bias, MIN_STEM_COUNT)
    names = sorted(set(name_forms(shared)) | set(outlet_forms()) | set(place_forms(fitted)))
    (MODEL_DIR / NAMES_FILE).write_text("".join(f"{w}\n" for w in names), encoding="utf-8")
    params = {
        "biases": bias,
        "min_count": MIN_STEM_COUNT,
        "trained_on": {
            "word_counts": [str(ANT), str(ANERCORP)],
            "skipped": skipped.record(),
            "names_from": [
                str(ANERCORP),
                str(WIKIFANE),
                "marsad/lexicons/outlets.tsv",
                f"marsad/models/gazetteer (one-word places of {MIN_PLACE_POPULATION:,}+ people)",
            ],
            "names_kept_whole": len(names),
            "types_kept": len(kept),
            "tokens_counted": sum(counts.values()),
            "biases_fitted_on": f"{PUD}: the 800 sentences with index % 5 != 4 (bench/eval_segment.py)",
            "fit_words": sum(words.values()),
            "fit_exact_accuracy": round(acc, 4),
        },
        "command": "python -m train.clitics",
    }
    (MODEL_DIR / PARAMS_FILE).write_text(
        json.dumps(params, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    print(
        f"{len(kept)} words, fit accuracy {acc:.4f} on {sum(words.values())} words, {time.time() - t0:.0f}s"
    )


if __name__ == "__main__":
    main()
