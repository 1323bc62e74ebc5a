"""Tests for the shipped NER model: loading, tagging, the span scorer and the eval gate."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # bench/ is a plain directory of scripts, importable from the root
    sys.path.insert(0, str(ROOT))

from bench.eval_ner import TEST_SETS, check, entities, evaluate, score  # noqa: E402
from marsad.models.ner import NEWS, TAGS, Features, NerModel, augment, list_parts  # noqa: E402

SHARED = Path(os.environ.get("MARSAD_SHARED") or ROOT.parent / "shared" / "data")
FLOORS = ROOT / "tests" / "eval" / "ner_floors.json"


@pytest.fixture(scope="module")
def model() -> NerModel:
    """The shipped model, loaded once."""
    return NerModel.load()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "US President Barack Obama arrived in Cairo yesterday ."
        (
            "وصل الرئيس الأمريكي باراك أوباما إلى القاهرة أمس .",
            {"باراك أوباما": "PER", "القاهرة": "LOC"},
        ),
        # "The Lebanese Prime Minister met the Syrian ambassador in Beirut ."
        (
            "التقى رئيس الوزراء اللبناني بالسفير السوري في بيروت .",
            {"بيروت": "LOC"},
        ),
        # "Russian President Vladimir Putin said that Russia supports Syria ."
        (
            "قال الرئيس الروسي فلاديمير بوتين إن روسيا تدعم سوريا .",
            {"فلاديمير بوتين": "PER", "روسيا": "LOC", "سوريا": "LOC"},
        ),
        # "The United Nations called for a ceasefire in Yemen ."
        pytest.param(
            "دعت الأمم المتحدة إلى وقف إطلاق النار في اليمن .",
            {"الأمم المتحدة": "ORG", "اليمن": "LOC"},
            # Round 18's corrected CRF (clusters without the gold articles, MODEL.md row 84) cuts
            # the name after its first word here (الأمم alone ORG); after قالت / أعلنت it tags both
            # words. Strict: a build that tags it whole again passes this case and must drop the mark.
            marks=pytest.mark.xfail(strict=True, reason="round 18 CRF: B-ORG O after دعت (row 84)"),
        ),
    ],
)
def test_tags_known_names(model: NerModel, sentence: str, expected: dict[str, str]) -> None:
    """Well-known people, places and organisations come out with their labels."""
    toks = sentence.split()
    tags = model.tag([toks])[0]
    found = {" ".join(toks[s:e]): label for s, e, label in entities(tags)}
    assert {k: found.get(k) for k in expected} == expected


def test_output_shape_and_tag_set(model: NerModel) -> None:
    """One valid tag per token, empty sentences allowed."""
    # "And in Syria, the army said ..." (clitics attached: وفي، بسوريا); then an empty sentence.
    sents = [["وقال", "الجيش", "بسوريا", "،", "إن", "..."], [], ["Reuters", "2024"]]
    out = model.tag(sents)
    assert [len(t) for t in out] == [len(s) for s in sents]
    assert all(t in TAGS for s in out for t in s)


def test_entities_scorer_rules() -> None:
    """Spans are maximal B/I runs of one label; stray I- starts a new entity; PERS is PER."""
    tags = ["B-PER", "I-PER", "O", "I-LOC", "I-LOC", "I-ORG", "B-ORG", "B-PERS", "I-PER"]
    assert entities(tags) == {(0, 2, "PER"), (3, 5, "LOC"), (5, 6, "ORG"), (6, 7, "ORG"), (7, 9, "PER")}


def test_score_micro_prf() -> None:
    """Exact-span micro P/R/F1 on a hand-made example: 1 of 2 gold found, 1 of 2 predicted right."""
    gold = [["B-PER", "I-PER", "O", "B-LOC"]]
    pred = [["B-PER", "I-PER", "O", "B-ORG"]]
    r = score(gold, pred)
    assert (r["all"]["p"], r["all"]["r"], r["all"]["f1"]) == (0.5, 0.5, 0.5)
    assert r["PER"]["f1"] == 1.0
    assert r["LOC"]["f1"] == 0.0


def test_eval_gate(model: NerModel) -> None:
    """Scores on the shared test sets stay at or above the pinned floors."""
    if not all((SHARED / p).exists() for p in TEST_SETS.values()):
        pytest.skip("../shared/data is absent")
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    failed = check(evaluate(model), floors)
    assert failed == []


def test_list_parts_positions() -> None:
    """List words carry their name's label and position: single, first, middle, last."""
    # "Barack Hussein Obama" (PER), "Hamas" (ORG)
    lists = {"باراك حسين اوباما": "PER", "حماس": "ORG"}
    assert list_parts(lists) == {"باراك": "PERf", "حسين": "PERm", "اوباما": "PERl", "حماس": "ORGs"}


def _features(**flags: bool) -> Features:
    """A feature extractor over a tiny vocabulary (frequency order) and name lists."""
    # "the", "government", "the government", "his government", "Cairo"
    vocab = ["ال", "حكومه", "الحكومه", "حكومته", "القاهره"]
    clusters = dict.fromkeys(vocab, "0\t0\t0")
    feats = Features(clusters, {"القاهره": "LOC"}, {"القاهره": "LOC"}, {"باراك اوباما": "PER"}, **flags)
    return feats


def test_document_context_lends_other_occurrences() -> None:
    """A repeated word gets the neighbours and list matches of its other occurrences only."""
    feats = _features(doc_context=True)
    # "President Barack Obama said" / "Obama added"
    doc = [["الرئيس", "باراك", "أوباما", "قال"], ["وأضاف", "أوباما"]]
    out = feats.document(doc)
    ctx = [[f for f in x if f[:3] in ("dl=", "dr=", "dm=")] for s in out for x in s]
    assert ctx == [[], [], ["dl=واضاف"], [], [], ["dl=باراك", "dm=PER", "dr=قال"]]
    assert _features().document(doc) == [feats.sentence(t) for t in doc]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("حكومه", ["x=al", "x=pos", "fr=1"]),  # "government": الحكومه and حكومته are news words
        ("الحكومه", ["x=bare", "fr=1"]),  # "the government"
        ("اوباما", ["fr=oov"]),  # "Obama": a name takes neither article nor suffix
    ],
)
def test_morph_features(word: str, expected: list[str]) -> None:
    """What the vocabulary says about a word's article and suffix forms, and its frequency."""
    assert _features(morph=True).morph_features(word) == expected


def test_letter_trigrams_inside_word() -> None:
    """Letter trigrams between the prefix and suffix features, only when turned on."""
    word = "نتنياهو"  # "Netanyahu"
    assert [f for f in _features(chars=True).type_features(word) if f[:2] == "q="] == [
        "q=تني",
        "q=نيا",
        "q=ياه",
    ]
    assert not [f for f in _features().type_features(word) if f[:2] == "q="]


@pytest.mark.parametrize("doc_context", [False, True])
def test_domain_augmentation_tagging_matches_training(doc_context: bool) -> None:
    """A CRF trained with news:/wiki: copies gets at tagging time exactly the shared + news: copies
    training gave news sentences, filtered to the attributes it knows; without copies, none."""
    # "President Barack Obama said in Cairo" / "Obama added"
    doc = [["الرئيس", "باراك", "أوباما", "قال", "في", "القاهرة"], ["وأضاف", "أوباما"]]
    train = [augment(x, NEWS) for x in _features(doc_context=doc_context).document(doc)]
    wiki = [augment(x, "wiki") for x in _features(doc_context=doc_context).document(doc)]
    attrs = {a for s in train + wiki for x in s for a in x}
    # Drop a few shared and news attributes, as L1 regularisation does.
    dropped = {"w=قال", "news:-1w=باراك", "news:BOS", "news:p2=في"}
    tagger = _features()
    tagger.know(attrs - dropped)
    assert tagger.domain == NEWS
    got = tagger.document(doc)
    for s_got, s_train in zip(got, train, strict=True):
        for x_got, x_train in zip(s_got, s_train, strict=True):
            assert sorted(x_got) == sorted(a for a in x_train if a not in dropped)
    plain = _features()
    plain.know({a for a in attrs if not a.startswith(("news:", "wiki:"))})
    assert plain.domain == ""
    assert not [a for s in plain.document(doc) for x in s for a in x if ":" in a]


def test_context_profiles_count_cues(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each word type's occurrences are framed by cue words: titles, verbs, place and org heads."""
    import train.ner_profiles as profiles

    # Only the most frequent word (سامر, first of the ties) is a stop word in this tiny corpus.
    monkeypatch.setattr(profiles, "STOP_RANK", 1)
    monkeypatch.setattr(profiles, "PROFILE_RANK", 0)
    # "President Samer said" / "said Samer" / "in Telkarm" x2 / "the Noureen party" x3 /
    # "Samer son of Telkarm"
    paras = [
        ["الرئيس", "سامر", "قال"],
        ["قال", "سامر"],
        ["في", "تلكرم"],
        ["في", "تلكرم"],
        ["حزب", "نورين"],
        ["وحزب", "نورين"],
        ["حزب", "نورين"],
        ["سامر", "بن", "تلكرم"],
    ]
    prof, pairs, tokens = profiles.count(lambda: iter(paras), bigram_min=2)
    assert tokens == sum(map(len, paras))
    # n, per, per2, verb, loc, org, son, rverb, rep
    assert prof["سامر"] == [3, 1, 0, 1, 0, 0, 1, 1, 0]
    assert prof["نورين"] == [3, 0, 0, 0, 0, 3, 0, 0, 0]
    assert prof["تلكرم"] == [3, 0, 0, 0, 2, 0, 0, 0, 0]
    assert profiles.features(prof["سامر"]) == ["zn=0", "zp=3", "zv=3", "zb=3", "zr=3"]
    assert profiles.features(prof["نورين"]) == ["zn=0", "zo=3", "zt=org"]
    # Bigrams seen twice, neither word a stop word; framed on their left and right (nothing here).
    assert pairs == {"في تلكرم": [2, 0, 0, 0, 0, 0, 0, 0, 0], "حزب نورين": [2, 0, 0, 0, 0, 0, 0, 0, 0]}


def test_context_profiles_rank_and_top_share() -> None:
    """`profile_rank` leaves the most frequent types without a profile (0: none left out); `top_share`
    is the least share of the top cue for `zt=` (MODEL.md round 8, rows 46-47)."""
    import train.ner_profiles as profiles

    # "the Noureen party" x3, "Samer said" x4, "in Telkarm" once and Telkarm alone 9 times (the most
    # frequent type).
    paras = [["حزب", "نورين"]] * 3 + [["سامر", "قال"]] * 4 + [["في", "تلكرم"]] + [["تلكرم"]] * 9
    assert "تلكرم" not in profiles.count(lambda: iter(paras), profile_rank=1)[0]
    prof = profiles.count(lambda: iter(paras), profile_rank=0)[0]
    assert {"سامر", "نورين", "تلكرم"} <= set(prof)
    # Telkarm after a place cue in 2 of its 10 occurrences (the top cue needs two): a top cue at the
    # 5 % default, none at 30 %.
    row = list(prof["تلكرم"])
    row[4] = 2
    assert profiles.features(row) == ["zn=1", "zl=2", "zt=loc"]
    assert profiles.features(row, top_share=0.3) == ["zn=1", "zl=2"]


def test_profile_dropout_in_training(tmp_path: Path) -> None:
    """`profile_drop` 1.0 takes every token's own profile attributes out of CRF training; 0 keeps them."""
    import pycrfsuite

    from train.ner import train_crf

    profiles = {"سامر": ("zn=1", "zp=3", "zt=per")}
    feats = Features(dict.fromkeys(["قال", "سامر", "في"], "0\t0\t0"), {}, {}, profiles=profiles)
    # "Samer said in ..." as a person sentence.
    data = [(["قال", "سامر", "في"], ["O", "B-PER", "O"])] * 3

    def attrs(drop: float) -> set[str]:
        path = tmp_path / f"crf{drop}.bin"
        train_crf(feats, data, path, 0.0, 0.01, 20, profile_drop=drop)
        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        return {a for a in tagger.info().attributes if a.startswith("z")}

    assert attrs(0.0) >= {"zp=3", "zt=per"}
    assert attrs(1.0) == set()


def test_context_profiles_skip_gold_docnos(tmp_path: Path) -> None:
    """The gold files' docnos are read as data, and those articles' lines are left out of the text."""
    from train.clusters import Skipped, ant_sentences, gold_docnos

    quotes, entities = tmp_path / "quotes.jsonl", tmp_path / "entities.jsonl"
    quotes.write_text(json.dumps({"docno": "A-1", "quotes": []}) + "\n", encoding="utf-8")
    entities.write_text(
        "\n".join(json.dumps({"docno": d, "entities": []}) for d in ("B-2", "A-1")) + "\n", encoding="utf-8"
    )
    per_file = gold_docnos([quotes, entities])
    assert per_file == {str(quotes): frozenset({"A-1"}), str(entities): frozenset({"A-1", "B-2"})}
    ant = tmp_path / "ant.jsonl"
    # "Samer said" (gold), "in Telkarm" (not gold), "the Noureen party" (gold)
    docs = [("A-1", "قال سامر"), ("C-3", "في تلكرم"), ("B-2", "حزب نورين")]
    ant.write_text(
        "".join(json.dumps({"docno": d, "title": "", "text": t}, ensure_ascii=False) + "\n" for d, t in docs),
        encoding="utf-8",
    )
    skipped = Skipped([quotes, entities])
    assert list(ant_sentences(ant, skipped)) == [["في", "تلكرم"]]
    assert (skipped.lines, skipped.met) == (2, {"A-1", "B-2"})
    # The old mode (train.ner_profiles --skip gold-lines): a line range, no docno skipped.
    skipped = Skipped([])
    assert list(ant_sentences(ant, skipped, range(0, 1))) == [["في", "تلكرم"], ["حزب", "نورين"]]
    assert (skipped.lines, skipped.met) == (1, set())
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"id": "x"}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no docno"):
        gold_docnos([bad])


@pytest.mark.parametrize(
    ("sentence", "position", "expected"),
    [
        # "said President Samer": right after the title
        ("قال الرئيس سامر", 2, True),
        # "the US President Samer": a nisba adjective between
        ("الرئيس الامريكي سامر", 2, True),
        # "Foreign Minister Samer": after the title's complement
        ("وزير الخارجيه سامر", 2, True),
        # "the US Foreign Minister Samer"
        ("وزير الخارجيه الامريكي سامر", 3, True),
        # "in the city Samer": no title
        ("في مدينه سامر", 2, False),
    ],
)
def test_context_profile_titles(sentence: str, position: int, expected: bool) -> None:
    """Where a person title frames a word, for the profiles' person share."""
    from train.ner_profiles import titled

    assert titled(sentence.split(), position) is expected


def test_context_profile_features() -> None:
    """A word's profile attributes (of the word, else of its stem); bigram profiles give B/I."""
    profiles = {"القاهره": ("zn=2", "zl=4", "zt=loc"), "باراك اوباما": ("yn=1", "yp=4", "yt=per")}
    vocab = ["ال", "حكومه", "القاهره"]
    feats = Features(dict.fromkeys(vocab, "0\t0\t0"), {}, {}, profiles=profiles)
    # "in Cairo": بالقاهرة strips to القاهره
    assert [f for f in feats.type_features("بالقاهره") if "z" in f[:3]] == ["zn=2", "zl=4", "zt=loc"]
    # "Barack Obama in Cairo"
    x = feats.sentence(["باراك", "أوباما", "في", "القاهرة"])
    assert [[f for f in t if "z" in f[:3] or f[:1] == "y"] for t in x] == [
        ["yBn=1", "yBp=4", "yBt=per"],
        ["yIn=1", "yIp=4", "yIt=per"],
        ["1zt=loc"],
        ["zn=2", "zl=4", "zt=loc"],
    ]
    # A CRF without profile attributes turns them off (the shipped one).
    feats.know({"w=القاهره", "b"})
    assert not [f for t in feats.sentence(["باراك", "أوباما", "في", "القاهرة"]) for f in t if "z" in f[:3]]


def test_profiles_load_only_when_manifest_says(tmp_path: Path) -> None:
    """load_features reads profiles.tsv only when trained_on.json says the CRF was trained with it."""
    from marsad.models.ner import load_features

    (tmp_path / "names.tsv").write_text("القاهره\tLOC\n", encoding="utf-8")
    (tmp_path / "clusters.tsv").write_text("القاهره\t1\t2\t3\n", encoding="utf-8")
    (tmp_path / "profiles.tsv").write_text("القاهره\tzn=2 zl=4\nباراك اوباما\typ=4\n", encoding="utf-8")
    assert load_features(tmp_path).profiles == {}
    (tmp_path / "trained_on.json").write_text(json.dumps({"params": {"profiles": False}}), encoding="utf-8")
    assert load_features(tmp_path).profiles == {}
    (tmp_path / "trained_on.json").write_text(json.dumps({"params": {"profiles": True}}), encoding="utf-8")
    feats = load_features(tmp_path)
    assert (feats.profiles, feats.pairs) == ({"القاهره": ("zn=2", "zl=4")}, {"باراك اوباما": ("yp=4",)})
