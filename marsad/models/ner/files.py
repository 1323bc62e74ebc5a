"""The NER model directory's data files: word clusters, name lists, context profiles, and the feature
extractor built from them (`load_features`), for the CRF, the BiLSTM-CRFs and training."""

from __future__ import annotations

import json
from pathlib import Path

from marsad.models.ner.features import MODEL_DIR, Features


def read_clusters(path: Path) -> dict[str, str]:
    """Read clusters.tsv: folded word -> its cluster ids as one tab-joined string, in file
    (frequency) order. The ids are split only when a word is first seen (faster loading)."""
    with path.open(encoding="utf-8") as fh:
        return dict(line.rstrip("\n").split("\t", 1) for line in fh)


def read_names(path: Path) -> tuple[dict[str, str], dict[str, str]]:
    """Read names.tsv (folded name TAB label); return full names and per-word label sets."""
    names: dict[str, str] = {}
    parts: dict[str, set[str]] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            name, label = line.rstrip("\n").split("\t")
            names[name] = label
            for k, w in enumerate(name.split(" ")):
                parts.setdefault(w, set()).add(label if k == 0 else label + "i")
    return names, {w: "|".join(sorted(s)) for w, s in parts.items()}


def read_profiles(path: Path) -> dict[str, tuple[str, ...]]:
    """Read profiles.tsv (folded word TAB space-joined profile attributes)."""
    out: dict[str, tuple[str, ...]] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            word, _, feats = line.rstrip("\n").partition("\t")
            out[word] = tuple(feats.split(" "))
    return out


def trained_with_profiles(model_dir: Path) -> bool:
    """True when the model dir's manifest (trained_on.json) says its CRF was trained with profiles."""
    manifest = model_dir / "trained_on.json"
    if not manifest.exists():
        return False
    return bool(json.loads(manifest.read_text(encoding="utf-8")).get("params", {}).get("profiles"))


def load_features(model_dir: Path = MODEL_DIR) -> Features:
    """Build the feature extractor from the model directory's data files."""
    names, parts = read_names(model_dir / "names.tsv")
    lists = model_dir / "lists.tsv"
    listed = read_names(lists)[0] if lists.exists() else {}
    # Context profiles only when the manifest says the CRF was trained with them.
    profiles = read_profiles(model_dir / "profiles.tsv") if trained_with_profiles(model_dir) else None
    return Features(read_clusters(model_dir / "clusters.tsv"), names, parts, listed, profiles=profiles)
