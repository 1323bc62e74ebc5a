"""The entities stage's fitting of the model's mention bounds, with a fake tagger: short stems and names
read as clitics take their letters back, and a mention's ends are mended (split from test_entities_stage)."""

from __future__ import annotations

import pytest

from marsad import lexicons
from marsad.stages.entities import Entities
from tests.test_entities_stage import FakeTagger, segmented


@pytest.mark.parametrize(
    ("text", "word", "name"),
    [
        # "The Sudanese news agency (SUNA) reported …": the segmenter reads سونا as سو + نا "our"; the
        # model tagged the whole word, and the mention keeps it.
        ("وذكرت وكالة الأنباء السودانية (سونا) أن الوفد وصل.", "سونا", "سونا"),
        # "Mané scored twice": ماني read as ما + ني "me".
        ("وسجل ماني هدفين في المباراة.", "ماني", "ماني"),
        # "Ali arrived": a short name with no suffix cut off stays as tagged.
        ("ووصل علي إلى المطار.", "علي", "علي"),
    ],
)
def test_a_short_stem_takes_its_suffix_back(text: str, word: str, name: str) -> None:
    article = segmented(text)
    assert Entities(FakeTagger({word: "B-ORG"}))(article).entities[0].name == name


@pytest.mark.parametrize(
    ("text", "tags", "mentions"),
    [
        # "Minister Hakan Fidan met his counterpart. Fidan said the visit succeeded": the segmenter reads the
        # bare فيدان as ف + يدان; the article writes the name whole in the first mention, so the second
        # takes its ف back.
        (
            "التقى الوزير هاكان فيدان نظيره. وقال فيدان إن الزيارة ناجحة.",
            {"هاكان": "B-PER", "فيدان": "I-PER"},
            ["هاكان فيدان", "فيدان"],
        ),
        # "… with Annalena Baerbock. Baerbock said": بيربوك is read ب + يربو + ك; the bare mention takes
        # both ends back from the word written whole in the first.
        (
            "التقى الوزير أنالينا بيربوك أمس. وقالت بيربوك إن الزيارة ناجحة.",
            {"أنالينا": "B-PER", "بيربوك": "I-PER", "وقالت": "O"},
            ["أنالينا بيربوك", "بيربوك"],
        ),
        # "… told Reuters. An official told Reuters": رويترز is a word of its own in news, so the ل before
        # it stays a clitic even where another (over-long) mention holds لرويترز whole (a MISC one: a
        # person's or organisation's mention ends before ل + an outlet, entity_outlets.trim_told).
        (
            "قال أحمد لرويترز إن الوضع هادئ. وأكد مسؤول لرويترز أن الطريق مفتوح.",
            {"أحمد": "B-MISC", "لرويترز": "I-MISC"},
            ["أحمد لرويترز", "رويترز"],
        ),
        # "The minister visited Baghdad, then Basra and Baghdad": و before a name written without it
        # elsewhere stays a clitic.
        ("زار الوزير بغداد ثم البصرة وبغداد.", {"بغداد": "B-LOC", "وبغداد": "B-LOC"}, ["بغداد", "بغداد"]),
    ],
)
def test_a_name_read_as_clitics_takes_its_letters_back(
    text: str, tags: dict[str, str], mentions: list[str]
) -> None:
    article = Entities(FakeTagger(tags))(segmented(text))
    assert [text[m.start : m.end] for e in article.entities for m in e.mentions] == mentions


class SequenceTagger:
    """Tags each sentence's tokens with the given tags in order (the rest O)."""

    def __init__(self, tags: list[str]) -> None:
        self.tags = tags

    def tag(self, sentences: list[list[str]]) -> list[list[str]]:
        return [(self.tags + ["O"] * len(words))[: len(words)] for words in sentences]


@pytest.mark.parametrize(
    ("text", "tags", "names"),
    [
        # "according to the National News Agency.": the model ran the mention into the full stop.
        ("بحسب الوكالة الوطنية للإعلام.", ["O", "B-ORG", *["I-ORG"] * 3], ["الوكالة الوطنية للإعلام"]),
        # "The Libyan Presidential Council demanded …": the verb طالب run into the organisation's start.
        ("طالب المجلس الرئاسي الليبي بالإسراع.", ["B-ORG", *["I-ORG"] * 3], ["المجلس الرئاسي الليبي"]),
        # "Talib al-Rifai said": طالب is a given name too; a person's mention keeps it.
        ("قال طالب الرفاعي إن الوضع صعب.", ["O", "B-PER", "I-PER"], ["طالب الرفاعي"]),
        # "The WHO said": the model ran the name into the bracket opening its short name.
        (
            "وقالت منظمة الصحة العالمية (WHO) إن",
            ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG"],
            ["منظمة الصحة العالمية"],
        ),
        # "The commander of the Iranian Revolutionary Guard, Ali Reza Tangsiri, said": the model left out
        # علي (which folds like على "on"); after a definite word ending a title it is the first given name.
        (
            "قال قائد الحرس الثوري الإيراني علي رضا تنكسيري إن",
            ["O", "O", "O", "O", "O", "O", "B-PER", "I-PER"],
            ["علي رضا تنكسيري"],
        ),
        # "clashes in Ain al-Hilweh": the model tagged only عين ("spring", which a lookup reads as العين,
        # Al Ain); the first word of a compound place name takes the next word.
        ("اندلعت اشتباكات في عين الحلوة أمس.", ["O", "O", "O", "B-LOC"], ["عين الحلوة"]),
        # "Trump criticised Biden and Harris": one PER run over two people joined by و is two mentions.
        (
            "ووجه ترامب انتقادات لبايدن ولهاريس أمس.",
            ["O", "B-PER", "O", "B-PER", "I-PER"],
            ["ترامب", "بايدن", "هاريس"],
        ),
        # "Harris told CNN that": the model ran the name into the outlet it was told to (and called it ORG);
        # the outlet is found on its own (outlets lexicon).
        (
            "وقالت هاريس لشبكة سي إن إن إن الدعم سيستمر.",
            ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG"],
            ["هاريس", "سي إن إن"],
        ),
        # "in Khan Shaykhun in Idlib": خان tagged alone grows to خان شيخون, over a شيخون tagged too (dropped).
        ("قصفت الطائرات خان شيخون بإدلب.", ["O", "O", "B-LOC", "B-LOC"], ["خان شيخون"]),
        # "thousands fled south to Sennar state": a direction adverb is no part of the place's name.
        ("فر آلاف باتجاه ولاية سنار جنوبا.", ["O", "O", "O", "O", "B-LOC", "I-LOC"], ["سنار"]),
        # "the envoy Hanna Tetteh": تيتيه is read تيتي + ه "his"; the model tagged the whole word.
        ("استقبل الرئيس هانا تيتيه أمس.", ["O", "O", "B-PER", "I-PER"], ["هانا تيتيه"]),
    ],
)
def test_mention_bounds_mended(text: str, tags: list[str], names: list[str]) -> None:
    article = Entities(SequenceTagger(tags))(segmented(text))
    assert [e.name for e in article.entities] == names


def test_a_listed_organisation_tagged_as_a_person_is_an_org() -> None:
    # "Mossad said": الموساد is an ORG row of actors_hand.tsv.
    stage = Entities(SequenceTagger(["O", "B-PER"]), organisations=lexicons.organisations())
    assert [(e.label, e.name) for e in stage(segmented("وقال الموساد إن الشبكة كبيرة.")).entities] == [
        ("ORG", "الموساد")
    ]
