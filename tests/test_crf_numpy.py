"""The CRF tagged in numpy (marsad/models/ner/crf_numpy.py) gives crfsuite's tags."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from marsad.models.ner import NerModel
from marsad.models.ner.crf_numpy import NumpyCrf

# One short article, written for this test: names repeated bare and with clitics, a list, digits,
# Latin letters and punctuation, so every view of a word type and every sentence-level attribute
# (bigrams, name spans, BOS/EOS) takes part.
ARTICLE = [
    "وصل وزير الخارجية التركي مولود جاويش أوغلو إلى بغداد أمس في زيارة تستمر يومين .",
    "وقال جاويش أوغلو للصحفيين في مطار بغداد الدولي إن أنقرة تدعم وحدة العراق .",
    "والتقى الوزير برئيس الوزراء العراقي حيدر العبادي وبحث معه ملف المياه و 3 اتفاقيات .",
    "وذكرت وكالة الأناضول أن الجانبين ناقشا الوضع في الموصل وكركوك وسنجار .",
    "وأضاف أن شركة Turkish Airlines ستستأنف رحلاتها إلى أربيل خلال أسبوعين .",
    "من جهتها ، رحبت الأمم المتحدة بالزيارة ، ودعت بعثتها في العراق إلى الحوار .",
    "بغداد",
    "",
]


@pytest.fixture(scope="module")
def models() -> tuple[NerModel, NerModel]:
    fast = NerModel.load(consistency=False)
    slow = NerModel.load(consistency=False, numpy=False)
    assert isinstance(fast, NerModel) and isinstance(slow, NerModel)
    assert fast.fast is not None and slow.fast is None
    return fast, slow


def test_same_tags_as_crfsuite(models: tuple[NerModel, NerModel]) -> None:
    fast, slow = models
    sentences = [s.split() for s in ARTICLE]
    tagged = slow.tag(sentences)
    assert any(t != "O" for s in tagged for t in s)  # the article has names the CRF finds
    assert fast.tag(sentences) == tagged
    # Again, now from the per-type cache, and one sentence alone.
    assert fast.tag(sentences) == tagged
    assert fast.tag(sentences[1:2]) == slow.tag(sentences[1:2])


def test_same_tags_with_the_document_pass(models: tuple[NerModel, NerModel]) -> None:
    fast, slow = models
    sentences = [s.split() for s in ARTICLE]
    fast.consistency = slow.consistency = True
    try:
        assert fast.tag(sentences) == slow.tag(sentences)
    finally:
        fast.consistency = slow.consistency = False


def test_emissions_are_the_sum_of_attribute_weights(models: tuple[NerModel, NerModel]) -> None:
    """Each token's label scores equal the weights of its crfsuite attributes, summed one by one."""
    fast, slow = models
    crf = fast.fast
    assert crf is not None
    tokens = ARTICLE[1].split()
    attrs = slow.features.sentence(tokens)
    expected = np.array([sum((crf.weights[crf.rows.get(a, 0)] for a in f), np.zeros(9)) for f in attrs])
    assert np.allclose(crf.document_emissions([tokens]), expected, atol=1e-9)


def test_viterbi_is_the_best_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """The batched Viterbi finds the highest-scoring label path of each sentence (brute force)."""
    rng = np.random.default_rng(7)
    labels = ["O", "B-PER", "I-PER"]
    trans = {(a, b): float(rng.normal()) for a in labels for b in labels}
    crf = NumpyCrf(labels, {("b", "O"): 0.0}, trans, features=None)  # type: ignore[arg-type]
    lengths = [1, 2, 4, 5, 3]
    emissions = {n: rng.normal(size=(n, 3)) for n in lengths}
    monkeypatch.setattr(
        crf, "document_emissions", lambda sents: np.concatenate([emissions[len(s)] for s in sents])
    )
    got = crf.tag([["x"] * n for n in lengths] + [[]])
    assert got[-1] == []
    t = crf.trans
    for n, path in zip(lengths, got, strict=False):
        e = emissions[n]

        def total(ys: tuple[int, ...], e: np.ndarray = e) -> float:
            steps = sum(t[a, b] for a, b in itertools.pairwise(ys))
            return float(sum(e[i, y] for i, y in enumerate(ys)) + steps)

        best = max(itertools.product(range(3), repeat=n), key=total)
        assert path == [labels[y] for y in best]


def test_documents_tagged_together_as_one_by_one(models: tuple[NerModel, NerModel]) -> None:
    """Tagging several documents in one batch gives each its own tags: the consistency pass stays inside
    a document (a name tagged in the first does not spread into the second)."""
    fast, slow = models
    # "The UN envoy Martin Griffiths arrived in Sanaa yesterday." / "Griffiths left in the morning."
    first = [["وصل", "المبعوث", "الأممي", "مارتن", "غريفيث", "إلى", "صنعاء", "أمس", "."]]
    second = [["وغادر", "غريفيث", "صباحا", "."]]
    fast.consistency = slow.consistency = True
    try:
        # In one document the bare surname takes the full name's label; alone it does not.
        assert fast.tag(first + second)[-1][1] == "B-PER"
        assert fast.tag(second) == [["O"] * 4]
        together = fast.tag_documents([first, second, []])
        assert together == [fast.tag(first), fast.tag(second), []]
        assert together == [slow.tag(first), slow.tag(second), []]
        assert slow.tag_documents([first, second]) == together[:2]
    finally:
        fast.consistency = slow.consistency = False


def test_type_table_emptied_when_full(
    models: tuple[NerModel, NerModel], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full per-type table is emptied before a call and refilled; the tags do not change."""
    fast, slow = models
    sentences = [s.split() for s in ARTICLE]
    expected = slow.tag(sentences)
    monkeypatch.setattr("marsad.models.ner.crf_numpy.TYPE_CAPACITY", 40)
    crf = fast.fast
    assert crf is not None
    for sentence, tags in zip(sentences, expected, strict=True):
        assert fast.tag([sentence]) == [tags]
        assert len(crf._ids) <= max(40, len(sentence))
    assert fast.tag(sentences) == expected  # more tokens than the table holds: one call, emptied first
