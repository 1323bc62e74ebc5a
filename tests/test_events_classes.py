"""The trigger gate's word-class features: the ANT word clusters of a sentence's words and of the words
around its triggers (marsad.events_classes.class_features), read from a small fake table here."""

from __future__ import annotations

import json

import pytest

from marsad.events_classes import (
    CLUSTER_FILE,
    CLUSTERS,
    NEAR_CLUSTERS,
    class_features,
    classes,
    classes_version,
)
from marsad.events_gate import MODEL, TYPES
from tests.test_events import gate_sites

# Warplanes shelled Jabalia camp at dawn today: one id per word at k = 64, 256, 1024.
_RAID = "قصفت الطائرات الحربية مخيم جباليا فجر اليوم."
_RAID_TABLE = {
    "قصفت": "1\t11\t101",
    "الطائرات": "2\t12\t102",
    "الحربيه": "3\t13\t103",
    "مخيم": "4\t14\t104",
    "جباليا": "5\t15\t105",
    "فجر": "6\t16\t106",
    "اليوم": "7\t17\t107",
}


@pytest.mark.parametrize(
    ("whole", "near", "expected"),
    [
        # the sentence's words at k = 1024 (the full stop has no class)
        ((1024,), (), {f"c=1024:{i}" for i in range(101, 108)}),
        # the three words after the trigger at k = 256, none before it (it opens the sentence)
        ((), (256,), {"c+256:12", "c+256:13", "c+256:14"}),
        # both, at two granularities for the sentence
        ((64, 1024), (64,), {f"c=64:{i}" for i in range(1, 8)} | {f"c=1024:{i}" for i in range(101, 108)}
         | {"c+64:2", "c+64:3", "c+64:4"}),
    ],
)  # fmt: skip
def test_class_features_of_a_raid(whole: tuple[int, ...], near: tuple[int, ...], expected: set[str]) -> None:
    assert class_features(gate_sites(_RAID), whole, near, _RAID_TABLE) == expected


def test_the_trigger_window_is_three_words_each_side() -> None:
    # Witnesses said that the planes shelled Jabalia camp: وقال is four words before قصفت, out of its window.
    sites = gate_sites("وقال شهود إن الطائرات قصفت مخيم جباليا.")
    table = {"وقال": "9\t9\t9", "شهود": "1\t1\t1", "ان": "2\t2\t2", "الطائرات": "3\t3\t3", "مخيم": "4\t4\t4"}
    assert class_features(sites, (), (64,), table) == {"c-64:1", "c-64:2", "c-64:3", "c+64:4"}


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        # the whole folded token first (وهتف "and chanted"), then the clitic-free stem (بشعارات -> شعارات)
        ({"وهتف": "1\t2\t3", "هتف": "7\t7\t7", "شعارات": "4\t5\t6"},
         [("1", "2", "3"), (), ("4", "5", "6"), (), (), ()]),
        # then the stem without ال (الحكومه -> حكومه), when neither the token nor the stem is known
        ({"هتف": "7\t7\t7", "حكومه": "8\t8\t8"}, [("7", "7", "7"), (), (), (), ("8", "8", "8"), ()]),
    ],
)  # fmt: skip
def test_a_word_takes_its_token_or_its_stem_class(
    table: dict[str, str], expected: list[tuple[str, ...]]
) -> None:
    # And the demonstrators chanted slogans against the government.
    assert classes(gate_sites("وهتف المتظاهرون بشعارات ضد الحكومة.")[0], table) == expected


def test_the_shipped_gate_was_trained_on_the_shipped_word_classes() -> None:
    """The c= weights name cluster ids of marsad/models/ner/clusters.tsv: retrain the gate
    (python -m train.events) whenever that file changes."""
    if not MODEL.exists() or not CLUSTER_FILE.exists():
        pytest.skip("no gate or no word-class file")
    model = json.loads(MODEL.read_text(encoding="utf-8"))
    for kind in TYPES:
        uses = bool(CLUSTERS.get(kind) or NEAR_CLUSTERS.get(kind))
        assert model[kind].get("classes") == (classes_version() if uses else None), kind
