"""A CRF trained with feature augmentation, folded for the numpy tagger, tags as crfsuite on news."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from marsad.arabic import fold
from marsad.models.ner import NEWS, NerModel, augment, load_features
from marsad.models.ner.crf_numpy import NumpyCrf, fold_domain

# Tagged sentences written for this test: news (ANERcorp's domain) and encyclopedia text (WikiFANE's).
NEWS_SENTENCES = [
    # "President Barack Obama said in Cairo ."
    ("قال الرئيس باراك أوباما في القاهرة .", "O O B-PER I-PER O B-LOC O"),
    # "Foreign Minister John Kerry arrived in Beirut yesterday ."
    ("وصل وزير الخارجية جون كيري إلى بيروت أمس .", "O O O B-PER I-PER O B-LOC O O"),
    # "The United Nations called for dialogue in Yemen ."
    ("دعت الأمم المتحدة إلى الحوار في اليمن .", "O B-ORG I-ORG O O O B-LOC O"),
    # "And Obama added that Washington supports the talks ."
    ("وأضاف أوباما أن واشنطن تدعم المحادثات .", "O B-PER O B-LOC O O O"),
]
WIKI_SENTENCES = [
    # "Paris is the capital of France ."
    ("باريس هي عاصمة فرنسا .", "B-LOC O O B-LOC O"),
    # "Naguib Mahfouz was born in Cairo ."
    ("ولد نجيب محفوظ في القاهرة .", "O B-PER I-PER O B-LOC O"),
    # "Obama is a president of the United States ."
    ("أوباما رئيس الولايات المتحدة .", "B-PER O B-LOC I-LOC O"),
]
# News text not in training: "Obama said in Beirut that the United Nations supports Yemen ." /
# "Kerry arrived in Cairo ."
UNSEEN = [
    ["قال", "أوباما", "في", "بيروت", "إن", "الأمم", "المتحدة", "تدعم", "اليمن", "."],
    ["ووصل", "كيري", "إلى", "القاهرة", "."],
]


def test_fold_domain_adds_news_copies_and_drops_other_domains() -> None:
    state = {
        ("w=x", "B-PER"): 1.0,
        ("news:w=x", "B-PER"): 0.5,
        ("wiki:w=x", "B-PER"): -2.0,
        ("news:-1w=y", "O"): 0.25,  # a news copy whose shared attribute has no weight
        ("w=10:30", "O"): 0.125,  # a word with a colon is a shared attribute
        ("ant:BOS", "O"): 3.0,
    }
    assert fold_domain(state, NEWS) == {("w=x", "B-PER"): 1.5, ("-1w=y", "O"): 0.25, ("w=10:30", "O"): 0.125}


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A model dir with a tiny augmented CRF (news: and wiki: copies), with word and bigram profiles."""
    import pycrfsuite

    out = tmp_path_factory.mktemp("augmented")
    words = {fold(w) for s, _ in NEWS_SENTENCES + WIKI_SENTENCES for w in s.split()}
    (out / "clusters.tsv").write_text(
        "".join(f"{w}\t{k % 3}\t{k % 5}\t{k % 7}\n" for k, w in enumerate(sorted(words))), encoding="utf-8"
    )
    (out / "names.tsv").write_text(
        "".join(f"{fold(n)}\tLOC\n" for n in ("القاهرة", "بيروت", "الولايات المتحدة")), encoding="utf-8"
    )
    (out / "profiles.tsv").write_text(
        f"{fold('أوباما')}\tzn=1 zp=2 zt=per\n{fold('باراك أوباما')}\tzn=0 zp=3\n", encoding="utf-8"
    )
    (out / "trained_on.json").write_text(json.dumps({"params": {"profiles": True}}), encoding="utf-8")
    feats = load_features(out)
    trainer = pycrfsuite.Trainer(verbose=False)
    for domain, sents in ((NEWS, NEWS_SENTENCES), ("wiki", WIKI_SENTENCES)):
        xs = feats.document([s.split() for s, _ in sents])
        for x, (_, tags) in zip(xs, sents, strict=True):
            trainer.append(augment(x, domain), tags.split())
    trainer.set_params({"c1": 0.01, "c2": 0.01, "max_iterations": 60, "feature.possible_transitions": True})
    trainer.train(str(out / "crf.bin"))
    tagger = pycrfsuite.Tagger()
    tagger.open(str(out / "crf.bin"))
    (out / "attrs.txt").write_text("\n".join(sorted(tagger.info().attributes)), encoding="utf-8")
    return out


def _training_view(model_dir: Path, doc: list[list[str]]) -> list[list[list[str]]]:
    """Each token's attributes as training gave a news sentence: all of them, with their news: copies."""
    return [augment(x, NEWS) for x in load_features(model_dir).document(doc)]


def test_folded_numpy_crf_tags_as_crfsuite(model_dir: Path) -> None:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_dir / "crf.bin"))
    docs = [UNSEEN, [s.split() for s, _ in NEWS_SENTENCES]]
    fast = NerModel.load(model_dir, consistency=False)
    slow = NerModel.load(model_dir, consistency=False, numpy=False)
    assert isinstance(fast, NerModel) and isinstance(slow, NerModel)
    assert fast.fast is not None and slow.fast is None
    # The folded model's features carry no domain copies; crfsuite's still do.
    assert fast.features.domain == "" and slow.features.domain == NEWS
    assert not [a for s in fast.features.document(UNSEEN) for x in s for a in x if ":" in a]
    for doc in docs:
        expected = [tagger.tag(x) for x in _training_view(model_dir, doc)]
        assert any(t != "O" for s in expected for t in s)
        assert fast.tag(doc) == expected
        assert slow.tag(doc) == expected
    # crfsuite's features are training's, filtered to the CRF's attributes, bigram profiles' copies included.
    known = slow.features.known_attrs
    assert known is not None and any(a.startswith("news:yB") for a in known)

    def kept(sentence: list[list[str]]) -> list[list[str]]:
        return [sorted(a for a in x if a in known) for x in sentence]

    for got, train in zip(slow.features.document(docs[1]), _training_view(model_dir, docs[1]), strict=True):
        assert kept(got) == kept(train)
    # The gold tags of the training sentences come back (the CRF learnt them).
    assert fast.tag(docs[1]) == [t.split() for _, t in NEWS_SENTENCES]


def test_folded_emissions_are_the_sums_of_shared_and_news_weights(model_dir: Path) -> None:
    """Each token's label scores equal the weights of its shared and news: attributes, summed one by one."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_dir / "crf.bin"))
    plain = NumpyCrf.from_tagger(tagger, load_features(model_dir))  # unfolded: news: and wiki: rows
    assert any(a.startswith("wiki:") for a in plain.rows)
    fast = NerModel.load(model_dir, consistency=False)
    assert isinstance(fast, NerModel) and fast.fast is not None
    assert not [a for a in fast.fast.rows if ":" in a]
    views = _training_view(model_dir, UNSEEN)
    w, zero = plain.weights, np.zeros(len(plain.labels))
    expected = np.array([sum((w[plain.rows.get(a, 0)] for a in x), zero) for s in views for x in s])
    assert fast.fast.labels == plain.labels
    assert np.allclose(fast.fast.document_emissions(UNSEEN), expected, atol=1e-9)
