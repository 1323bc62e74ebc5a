"""Train the shipped NER CRF: `python -m train.ner` rebuilds marsad/models/ner/ from ../shared/data.

Needs `clusters.tsv` first (`python -m train.clusters`). `--dev` trains without the last
600 ANERcorp train sentences and scores on them (for tuning; never on a test file); `--fold K` holds out
the K-th 600 from the end instead (2: sentences -1200 to -600; a second dev split, MODEL.md round 13).
Writes crf.bin, names.tsv and trained_on.json (files and sentence counts) into the model dir.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import tempfile
import time
from collections import Counter
from pathlib import Path

from marsad.arabic import fold
from marsad.models.ner import MODEL_DIR, NEWS, Features, augment, propagate, read_clusters
from marsad.models.ner.files import read_profiles
from marsad.models.ner.tidy import tidy
from train.clusters import Skipped, clusters_record
from train.conll import DOC_SENTENCES, Sentence, read_conll, score, shared_dir
from train.names import harvest
from train.ner_augment import add_arguments, replaced, replacement_files, settings

# The corpora and their label mappings live in train/ner_corpora.py; all re-exported from here.
from train.ner_corpora import (  # noqa: F401
    AQMAR_MAP,
    ENCLITICS,
    FANE_MAP,
    PROCLITICS,
    attach_clitics,
    data_files,
    load_sets,
)
from train.ner_news import news_articles

SEED = 13
DEV_SIZE = 600
# Defaults picked on the dev split (see MODEL.md for the comparison).
C1 = 0.05
C2 = 0.01
MAX_ITER = 200
# Optional feature groups, each measured on dev (MODEL.md, techniques compared): name-list
# features (lists.tsv) -0.3 and article-level context -0.9 dev F1; vocabulary morphology +0.4 and
# letter trigrams +0.2 more on dev, but that build fell below the pinned out-of-domain NER floors
# (Wojood, AQMAR PER, test.official PER) and the entities gold ORG floors: all off, so the
# default build is the shipped ner.crf.v1.
LISTS = ""
DOC_CONTEXT = 0
MORPH = 0
CHARS = 0
# Feature augmentation (Daume III 2007) for the WikiFANE/AQMAR sentences added with --wikifane /
# --aqmar: shared plus `news:`/`wiki:` copies of every attribute (MODEL.md, techniques compared,
# row 14): with half of WikiFANE +0.7 dev F1, below the +1.0 set for a build, 4x the training time.
# Tagged at a plain CRF's cost (the loader folds the `news:` copies in). On top of row 41's profiles
# (session 9) it lost: dev 71.5 with half of WikiFANE, 71.7 with AQMAR, against 72.7 without: off.
DOMAIN_AUG = 0
# Context profiles of news word types (`python -m train.ner_profiles` writes profiles.tsv):
# a file to train with, "" for none. Measured on dev (MODEL.md, round 7): level with the shipped
# CRF at best (row 36: 71.3 against 71.4 with the document pass), below the +0.8 set for a build: off.
PROFILES = ""
# Word dropout while training (`train_crf`): on top of row 36, 71.0 (row 37): off.
WORD_DROP = 0.0


def dev_split(sents: list[Sentence], fold: int = 1) -> tuple[list[Sentence], list[Sentence]]:
    """(train, dev): dev is the `fold`-th DEV_SIZE sentences from the end (1: the last 600, the dev split)."""
    if fold < 1 or fold * DEV_SIZE > len(sents):
        raise ValueError(f"fold {fold}: ANERcorp train has {len(sents)} sentences, {DEV_SIZE} a fold")
    lo, hi = len(sents) - fold * DEV_SIZE, len(sents) - (fold - 1) * DEV_SIZE
    return sents[:lo] + sents[hi:], sents[lo:hi]


def entity_names(sents: list[Sentence]) -> Counter[tuple[str, str]]:
    """Count (folded name, label) pairs of the entities in a tagged corpus."""
    out: Counter[tuple[str, str]] = Counter()
    for toks, tags in sents:
        cur: list[str] = []
        label = ""
        for tok, tag in [*zip(toks, tags, strict=True), ("", "O")]:
            if cur and (tag == "O" or tag.startswith("B-") or tag[2:] != label):
                out[(" ".join(cur), label)] += 1
                cur = []
            if tag != "O":
                if not cur:
                    label = tag[2:]
                cur.append(fold(tok))
    return out


def gazetteer_names(root: Path) -> list[tuple[str, str]]:
    """Arabic place names from GeoNames (CC BY 4.0) and the two country lists (ODbL, CC BY-SA)."""
    import csv

    out = []
    g = root / "gazetteers"
    with (g / "geonames_arabic_script/cities5000_arabic_script.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            for n in (row.get("likely_arabic_names") or "").split("|"):
                if n:
                    out.append((n, "LOC"))
    for c in json.loads((g / "mledoze_countries/countries.json").read_text(encoding="utf-8")):
        ara = c.get("translations", {}).get("ara", {})
        out += [(ara[k], "LOC") for k in ("common", "official") if ara.get(k)]
    with (g / "stefangabos_world_countries_ar/countries.csv").open(encoding="utf-8") as fh:
        out += [(row["name"], "LOC") for row in csv.DictReader(fh)]
    return out


def build_names(
    root: Path, sets: dict[str, list[Sentence]], rank: dict[str, int], corpus_names: bool = False
) -> dict[str, str]:
    """The shipped name list: place gazetteers, optionally plus WikiFANE and AQMAR entities.

    The corpus entities are off by default: Wikipedia's names cost 0.9 dev F1 (MODEL.md).

    ANERcorp's own entities are left out: the CRF already sees them as words, and a list built
    from its training data would fire on every training entity and teach the CRF to trust it.
    """
    votes: Counter[tuple[str, str]] = Counter()
    for name, label in gazetteer_names(root):
        votes[(" ".join(fold(t) for t in name.split()), label)] += 5
    if corpus_names:
        # WikiFANE names are taken before its clitics are glued back (و القاهرة, not والقاهرة).
        votes.update(entity_names(read_conll(data_files(root)["wikifane"], FANE_MAP)))
        votes.update(entity_names(sets["aqmar"]))
    best: dict[str, tuple[int, str]] = {}
    for (name, label), n in votes.items():
        if name not in best or n > best[name][0]:
            best[name] = (n, label)
    names = {}
    for name, (_, label) in best.items():
        # Very frequent single words (function words, ال fragments) are no names.
        if " " not in name and (len(name) < 3 or rank.get(name, 10**9) < 300):
            continue
        names[name] = label
    return names


def features_for(
    names: dict[str, str],
    clusters: dict[str, str],
    lists: dict[str, str] | None = None,
    profiles: dict[str, tuple[str, ...]] | None = None,
) -> Features:
    """A feature extractor over in-memory name lists (the same code as the shipped loader)."""
    parts: dict[str, set[str]] = {}
    for name, label in names.items():
        for k, w in enumerate(name.split(" ")):
            parts.setdefault(w, set()).add(label if k == 0 else label + "i")
    return Features(
        clusters, names, {w: "|".join(sorted(s)) for w, s in parts.items()}, lists, profiles=profiles
    )


def build_lists(
    root: Path, sets: dict[str, list[Sentence]], rank: dict[str, int], sources: str
) -> dict[str, str]:
    """The list features' names (lists.tsv) from the named sources: wikifane, aqmar, actors."""
    chosen = {s for s in sources.split(",") if s}
    corpora = {}
    if "wikifane" in chosen:
        # Entity strings before WikiFANE's clitics are glued back (القاهرة, not والقاهرة).
        corpora["wikifane"] = entity_names(read_conll(data_files(root)["wikifane"], FANE_MAP))
    if "aqmar" in chosen:
        corpora["aqmar"] = entity_names(sets["aqmar"])
    return harvest(root, corpora, rank, "actors" in chosen) if chosen else {}


# A token's own identity attributes, dropped by `word_drop`.
_IDENTITY = ("w=", "st=", "bg-=", "bg+=")
# A token's own context-profile attributes (word `z..=`, bigram `yB..=`/`yI..=`), dropped by `profile_drop`.
_PROFILE = ("z", "yB", "yI")


def train_crf(
    feats: Features,
    data: list[Sentence],
    out: Path,
    c1: float,
    c2: float,
    max_iter: int,
    domains: list[tuple[str, int]] | None = None,
    word_drop: float = 0.0,
    profile_drop: float = 0.0,
) -> None:
    """Fit a CRF with L-BFGS (deterministic) and save it to `out`.

    `word_drop`: the share of training tokens that lose their own identity attributes (word,
    stem, word bigrams; seeded), so the weights also go to what generalises to unseen names
    (clusters, affixes, context profiles), as word dropout does for the BiLSTM-CRF (row 17).
    `profile_drop`: the share of training tokens that lose their own profile attributes (seeded), so a
    name without a profile (the most frequent words get none: Trump in 2018 news) is not left to O.

    `domains` (feature augmentation): (domain, number of sentences) runs covering `data` in
    order; each sentence's attributes then also get a copy prefixed with its domain.
    """
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    runs = domains or [("", len(data))]
    rng = random.Random(SEED)
    start = 0
    for domain, n in runs:
        part = data[start : start + n]
        start += n
        # In pseudo-articles of DOC_SENTENCES sentences, as bench/eval_ner tags the test files;
        # a pseudo-article never mixes domains.
        for d in range(0, len(part), DOC_SENTENCES):
            doc = part[d : d + DOC_SENTENCES]
            for x, (_, tags) in zip(feats.document([t for t, _ in doc]), doc, strict=True):
                if word_drop:
                    x = [
                        [a for a in f if not a.startswith(_IDENTITY)] if rng.random() < word_drop else f
                        for f in x
                    ]
                if profile_drop:
                    x = [
                        [a for a in f if not a.startswith(_PROFILE)] if rng.random() < profile_drop else f
                        for f in x
                    ]
                trainer.append(augment(x, domain) if domain else x, tags)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": max_iter, "feature.possible_transitions": True})
    trainer.train(str(out))


# Self-training keeps an automatically tagged news sentence only when the CRF gives its tag
# sequence at least this probability and it holds an entity (tuned on dev: see MODEL.md).
SELF_TRAIN_PROB = 0.9
# Self-training reads every this-many-th ANT article.
SELF_TRAIN_STRIDE = 7


def self_training_data(feats: Features, crf: Path, n: int, root: Path) -> list[Sentence]:
    """The first `n` news sentences the first-round CRF tags confidently with an entity.

    Articles are tagged whole (in DOC_SENTENCES-sentence pieces, as in training), so the
    article-level features are those the tagger sees in use.
    """
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(crf))
    out: list[Sentence] = []
    # The gold articles are left out (train.ner_news; MODEL.md round 18).
    for art in news_articles(root, SELF_TRAIN_STRIDE, skipped=Skipped()):
        for d in range(0, len(art), DOC_SENTENCES):
            doc = art[d : d + DOC_SENTENCES]
            for toks, x in zip(doc, feats.document(doc), strict=True):
                tagger.set(x)
                tags = tagger.tag()
                if any(t != "O" for t in tags) and tagger.probability(tags) >= SELF_TRAIN_PROB:
                    out.append((toks, tags))
        if len(out) >= n:
            break
    return out[:n]


def source_files(args: argparse.Namespace) -> dict[str, str]:
    """The shared-data files a build read (paths under ../shared/data) and what for."""
    files = {
        "ner/anercorp/train.txt": "CRF training (PERS -> PER)",
        "gazetteers/geonames_arabic_script/cities5000_arabic_script.tsv": "names.tsv (LOC)",
        "gazetteers/mledoze_countries/countries.json": "names.tsv (LOC)",
        "gazetteers/stefangabos_world_countries_ar/countries.csv": "names.tsv (LOC)",
        "corpora/ant_v2.1/ant_v2.1_multisource.jsonl": "clusters.tsv (train.clusters)"
        + (", self-training sentences (the gold articles left out)" if args.self_train else ""),
    }
    lists = set(args.lists.split(","))
    for key, path in (("wikifane", "ner/wikifane/train.txt"), ("aqmar", "ner/aqmar/train.txt, dev.txt")):
        use = [
            what
            for what, on in (
                ("names.tsv", args.corpus_names),
                ("lists.tsv", key in lists),
                ("CRF training", bool(getattr(args, key))),
            )
            if on
        ]
        if use:
            files[path] = ", ".join(use)
    if args.profiles:
        files["corpora/ant_v2.1/ant_v2.1_multisource.jsonl"] += ", profiles.tsv (train.ner_profiles)"
    if args.replace:
        for path, what in replacement_files(args.replace_from).items():
            files[path] = files[path] + ", " + what if path in files else what
    if "actors" in lists:
        files["events/universalpetrarch_arabic/actor_dict_ar_v4.txt"] = "lists.tsv (person names)"
    return files


def print_dev_scores(
    feats: Features, crf: Path, dev: list[Sentence], name: str, augmented: bool = False
) -> None:
    """Print dev P/R/F1 of a built CRF: alone, with the shipped document pass (15-sentence pseudo-articles,
    as bench/eval_ner) and with `tidy` after it (MODEL.md round 13); `augmented`: the CRF was trained
    with `news:` copies (feature augmentation)."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(crf))
    toks = [t for t, _ in dev]
    pred = [
        tagger.tag(augment(x, NEWS) if augmented else x)
        for i in range(0, len(toks), DOC_SENTENCES)
        for x in feats.document(toks[i : i + DOC_SENTENCES])
    ]
    doc = [
        y
        for i in range(0, len(toks), DOC_SENTENCES)
        for y in propagate(feats, toks[i : i + DOC_SENTENCES], pred[i : i + DOC_SENTENCES])
    ]
    tidied = tidy(toks, doc)
    for label, p in ((name, pred), (name + "+doc", doc), (name + "+doc+tidy", tidied)):
        r = score([g for _, g in dev], p)
        print(
            label,
            " ".join(f"{k}={100 * v['f1']:.1f}" for k, v in r.items()),
            f"P={100 * r['all']['p']:.1f} R={100 * r['all']['r']:.1f}",
        )


def write_attrs(crf: Path, out: Path) -> None:
    """List the CRF's attributes (the loader passes only these to it, for speed)."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(crf))
    out.write_text("\n".join(sorted(tagger.info().attributes)), encoding="utf-8")


def main() -> None:
    """Build the training data, train the CRF and write the model dir (or score on dev)."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--dev", action="store_true", help="hold out the last 600 ANERcorp train sentences")
    ap.add_argument("--fold", type=int, default=1, help="--dev: hold out the K-th 600 sentences from the end")
    ap.add_argument("--wikifane", type=float, default=0.0, help="share of WikiFANE sentences to add")
    ap.add_argument("--aqmar", action="store_true", help="add AQMAR train+dev")
    ap.add_argument("--aqmar-mis", default="O", choices=["O", "MISC"])
    ap.add_argument("--self-train", type=int, default=0, help="add N confident ANT sentences")
    ap.add_argument("--corpus-names", action="store_true", help="add WikiFANE/AQMAR entities to names")
    ap.add_argument("--lists", default=LISTS, help="list-feature sources: wikifane,aqmar,actors")
    ap.add_argument(
        "--doc-context", type=int, default=DOC_CONTEXT, help="article-level context features (1/0)"
    )
    ap.add_argument("--morph", type=int, default=MORPH, help="vocabulary morphology features (1/0)")
    ap.add_argument("--chars", type=int, default=CHARS, help="letter trigrams inside words (1/0)")
    ap.add_argument("--domain-aug", type=int, default=DOMAIN_AUG, help="feature augmentation news/wiki (1/0)")
    ap.add_argument(
        "--profiles", default=PROFILES, help="profiles.tsv of train.ner_profiles (context profiles)"
    )
    ap.add_argument(
        "--word-drop", type=float, default=WORD_DROP, help="share of tokens without identity attrs"
    )
    ap.add_argument(
        "--profile-drop", type=float, default=0.0, help="share of tokens without their profile attrs"
    )
    add_arguments(ap)  # mention replacement (train/ner_augment.py), off by default
    ap.add_argument("--c1", type=float, default=C1)
    ap.add_argument("--c2", type=float, default=C2)
    ap.add_argument("--max-iter", type=int, default=MAX_ITER)
    ap.add_argument("--out", type=Path, default=MODEL_DIR)
    args = ap.parse_args()
    if args.domain_aug and args.self_train:
        ap.error("--domain-aug does not combine with --self-train")
    t0 = time.time()
    root = shared_dir()
    clusters = read_clusters(MODEL_DIR / "clusters.tsv")
    rank = {w: i for i, w in enumerate(clusters)}
    sets = load_sets(root, args.aqmar_mis)
    names = build_names(root, sets, rank, args.corpus_names)
    lists = build_lists(root, sets, rank, args.lists)
    profiles = read_profiles(Path(args.profiles)) if args.profiles else None
    feats = features_for(names, clusters, lists, profiles)
    feats.doc_context = bool(args.doc_context)
    feats.morph = bool(args.morph)
    feats.chars = bool(args.chars)
    aner = sets["anercorp"]
    train, dev = dev_split(aner, args.fold) if args.dev else (aner, [])
    used = {"anercorp train.txt": len(train)}
    data = list(train)
    if args.replace:
        srcs = "wikifane,aqmar,actors" if "lists" in args.replace_from else ""
        more = build_lists(root, sets, rank, srcs)
        data += replaced(feats, train, args, names, more, SEED)
        used["mention-replaced copies (anercorp)"] = len(data) - len(train)
    n_news = len(data)
    if args.wikifane > 0:
        rng = random.Random(SEED)
        # Only sentences with at least one entity: WikiFANE is 73% O and its O-only sentences
        # (Wikipedia prose) teach little about news names but cost training time.
        fane = [s for s in sets["wikifane"] if any(t != "O" for t in s[1])]
        rng.shuffle(fane)
        fane = fane[: int(len(fane) * args.wikifane)]
        data += fane
        used["wikifane train.txt (sentences with entities)"] = len(fane)
    if args.aqmar:
        data += sets["aqmar"]
        used[f"aqmar train+dev (MIS->{args.aqmar_mis})"] = len(sets["aqmar"])
    domains = [(NEWS, n_news), ("wiki", len(data) - n_news)] if args.domain_aug else None
    if args.dev and args.out == MODEL_DIR:
        # A dev run never touches the shipped model.
        args.out = Path(tempfile.mkdtemp(prefix="marsad-ner-dev-"))
    args.out.mkdir(parents=True, exist_ok=True)
    crf = args.out / ("crf.dev.bin" if args.dev else "crf.bin")
    train_crf(feats, data, crf, args.c1, args.c2, args.max_iter, domains, args.word_drop, args.profile_drop)
    if args.self_train:
        auto = self_training_data(feats, crf, args.self_train, root)
        used["ANT v2.1 news tagged by the first-round model (self-training)"] = len(auto)
        train_crf(feats, data + auto, crf, args.c1, args.c2, args.max_iter)
    secs = time.time() - t0
    print(f"trained on {used} in {secs:.0f}s")
    if args.dev:
        print_dev_scores(feats, crf, dev, "dev crf", augmented=domains is not None)
        return
    write_attrs(crf, args.out / "attrs.txt")
    if args.profiles:
        # The loader reads the profiles beside the CRF (when the manifest says profiles: true).
        src = Path(args.profiles)
        for fname in ("profiles.tsv", "profiles.json"):
            there, here = src.parent / fname, args.out / fname
            if there.exists() and there.resolve() != here.resolve():
                shutil.copyfile(there, here)
    (args.out / "lists.tsv").unlink(missing_ok=True)
    for fname, table in (("names.tsv", names), ("lists.tsv", lists)):
        if not table:
            continue
        with (args.out / fname).open("w", encoding="utf-8") as fh:
            for name in sorted(table):
                fh.write(f"{name}\t{table[name]}\n")
    manifest = {
        "files": source_files(args),
        "clusters": clusters_record(),
        "sentences": used,
        "names": len(names),
        "lists": len(lists),
        "seed": SEED,
        "params": {
            "corpus_names": args.corpus_names,
            "lists": args.lists,
            "doc_context": bool(args.doc_context),
            "morph": bool(args.morph),
            "chars": bool(args.chars),
            "self_train": args.self_train,
            "c1": args.c1,
            "c2": args.c2,
            "max_iterations": args.max_iter,
            "wikifane": args.wikifane,
            "aqmar": args.aqmar,
            "aqmar_mis": args.aqmar_mis,
            "domain_aug": bool(args.domain_aug),
            "profiles": bool(profiles),
            "word_drop": args.word_drop,
            "profile_drop": args.profile_drop,
            **settings(args),
        },
        "training_seconds": round(secs),
    }
    (args.out / "trained_on.json").write_text(
        json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
