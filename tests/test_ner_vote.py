"""Tests for the label-wise vote of two ensemble readings (`marsad/models/ner/vote.py`, ner.ens.v2)."""

from __future__ import annotations

import pytest

from marsad.models.ner import MODEL_DIR
from marsad.models.ner.ensemble import ENS_CRF_WEIGHT, ENS_MEMBERS, EnsembleNer
from marsad.models.ner.vote import LabelVoteNer, spans, vote


@pytest.mark.parametrize(
    ("tags", "want"),
    [
        (["B-PER", "I-PER", "O", "B-LOC"], [(0, 2, "PER"), (3, 4, "LOC")]),
        (["B-ORG", "B-ORG", "I-ORG"], [(0, 1, "ORG"), (1, 3, "ORG")]),
        (["O", "I-MISC", "O"], []),  # an I- without its B- starts no span
        ([], []),
    ],
)
def test_spans(tags: list[str], want: list[tuple[int, int, str]]) -> None:
    """BIO tags to (start, end, label) spans."""
    assert spans(tags) == want


def test_vote_keeps_org_and_misc_and_fills_the_rest() -> None:
    """The kept reading's ORG/MISC spans stay as they are; the new reading's PER/LOC fill free tokens only."""
    keep = ["B-ORG", "I-ORG", "O", "O", "B-MISC", "O", "B-PER", "O"]
    new = ["B-LOC", "O", "B-PER", "I-PER", "B-LOC", "B-ORG", "O", "B-LOC"]
    # LOC over the kept ORG's first token: dropped; PER on free tokens: taken; LOC on the kept MISC:
    # dropped; the new reading's ORG: never taken; the kept reading's PER: never taken; last LOC: taken.
    assert vote(keep, new) == ["B-ORG", "I-ORG", "B-PER", "I-PER", "B-MISC", "O", "O", "B-LOC"]
    # A new span that overlaps a kept span in part is dropped whole, not cut.
    assert vote(["O", "B-ORG", "O"], ["B-PER", "I-PER", "O"]) == ["O", "B-ORG", "O"]
    assert vote(["B-ORG"], ["B-PER"], keep_labels=("MISC",)) == ["B-PER"]


@pytest.fixture(scope="module")
def v1() -> EnsembleNer:
    """ner.ens.v1, loaded once."""
    if not all((MODEL_DIR / name).exists() for name in ENS_MEMBERS):
        pytest.skip("ner.ens.v1's BiLSTM-CRFs not built (MODEL.md)")
    return EnsembleNer.load()


# "The United Nations called in New York for ..." / "Reuters reported that Ahmed al-Mansouri arrived in
# Cairo" / "The Nobel Prize went to Naguib Mahfouz": ORG, MISC, PER and LOC in one short article.
ARTICLE = [
    ["ودعت", "الأمم", "المتحدة", "في", "نيويورك", "إلى", "وقف", "إطلاق", "النار", "."],
    ["وذكرت", "وكالة", "رويترز", "أن", "أحمد", "المنصوري", "وصل", "إلى", "القاهرة", "."],
    ["ومنحت", "جائزة", "نوبل", "للآداب", "إلى", "نجيب", "محفوظ", "."],
]


def test_vote_keeps_v1s_org_and_misc_spans(v1: EnsembleNer) -> None:
    """With ner.ens.v1's weights as the keep reading, every ORG and MISC span is ner.ens.v1's own."""
    # lstm2 stands in for the third member: the keep reading (its weight 0 there) is ner.ens.v1 exactly.
    new = (0.25, 0.375, 0.0, 0.375)
    keep = (ENS_CRF_WEIGHT, *[(1 - ENS_CRF_WEIGHT) / 2] * 2, 0.0)
    voter = LabelVoteNer(v1.crf, [*v1.lstms, v1.lstms[1]], keep, new)
    got = voter.tag(ARTICLE)
    want = v1.tag(ARTICLE)
    for g, w in zip(got, want, strict=True):
        assert [s for s in spans(g) if s[2] in ("ORG", "MISC")] == [
            s for s in spans(w) if s[2] in ("ORG", "MISC")
        ]
        for prev, cur in zip(["O", *g], g, strict=False):
            assert not cur.startswith("I-") or prev[2:] == cur[2:]
    # With both readings ner.ens.v1's the vote is ner.ens.v1 (its PER/LOC spans never overlap its own).
    assert LabelVoteNer(v1.crf, [*v1.lstms, v1.lstms[1]], keep, keep).tag(ARTICLE) == want
    assert voter.tag_documents([ARTICLE, [], ARTICLE[:1]]) == [got, [], voter.tag(ARTICLE[:1])]
    # The two readings apart: the keep reading is ner.ens.v1's tags, and voting them gives the vote.
    kept, fresh = voter.readings([ARTICLE])[0]
    assert kept == want
    assert [vote(k, n) for k, n in zip(kept, fresh, strict=True)] == got
    assert voter.readings([[], [[]]]) == [([], []), ([[]], [[]])]  # no sentence; one empty sentence


def test_vote_needs_a_weight_for_each_member(v1: EnsembleNer) -> None:
    """Each reading weighs the CRF and every BiLSTM-CRF."""
    with pytest.raises(ValueError, match="a weight for the CRF"):
        LabelVoteNer(v1.crf, list(v1.lstms), (0.5, 0.5), (0.3, 0.3, 0.4))


def test_round17_vote_is_v1s_misc_and_the_pairs_other_spans(v1: EnsembleNer) -> None:
    """bench.eval_ner's --vote-npz: ner.ens.v1's MISC spans first, then the CRF + BiLSTM-CRF pair's others."""
    from bench.eval_ner import load_npz, load_vote

    # lstm2.npz stands in for the LM BiLSTM-CRF (none is shipped): the new reading is the pair at 0.4.
    voter = load_vote(MODEL_DIR / "lstm2.npz", ("MISC",))
    pair = load_npz(MODEL_DIR / "lstm2.npz", 0.4)
    kept, fresh = voter.readings([ARTICLE])[0]
    assert kept == v1.tag(ARTICLE)
    assert fresh == pair.tag(ARTICLE)
    assert voter.tag(ARTICLE) == [vote(k, n, ("MISC",)) for k, n in zip(kept, fresh, strict=True)]
