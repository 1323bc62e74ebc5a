"""The entities stage with a fake tagger: NER mentions, lexicon outlets and gazetteer places it adds."""

from __future__ import annotations

import dataclasses

import pytest

from marsad.article import Article, Entity, Span
from marsad.entity_spans import DESCRIPTION_SOURCE
from marsad.gazetteer import default
from marsad.stages.entities import (
    DESCRIPTOR_SOURCE,
    GAZETTEER_SOURCE,
    MAX_ORG_WORDS,
    Entities,
    PlaceNames,
    descriptor_spans,
    org_spans,
    place_spans,
)
from marsad.stages.segment import Segmenter

SEGMENT = Segmenter.load()
# A small, hand-written name set: folded forms as the gazetteer's unambiguous_names() gives them.
NAMES = PlaceNames(["العراق", "بغداد", "الولايات المتحده", "مصر", "الاردن", "الشرق الاوسط"])


class FakeTagger:
    """Tags every token O except those whose text is in `tags` (one-word B- tags)."""

    def __init__(self, tags: dict[str, str] | None = None) -> None:
        self.tags = tags or {}

    def tag(self, sentences: list[list[str]]) -> list[list[str]]:
        return [[self.tags.get(w, "O") for w in words] for words in sentences]


def segmented(text: str) -> Article:
    return SEGMENT(Article(text=text, language="ar"))


def found(text: str, names: PlaceNames = NAMES) -> list[str]:
    article = segmented(text)
    return [article.text[s.start : s.end] for s in place_spans(article, names, [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وصل الوفد إلى بغداد أمس.", ["بغداد"]),  # "the delegation reached Baghdad yesterday"
        ("تعمل الشركة بالعراق.", ["العراق"]),  # "in Iraq": the clitic stays outside
        ("دعم للعراق.", ["لعراق"]),  # ل + ال written لل: the mention keeps the article's ل (UD)
        ("قالت الولايات المتحدة إن", ["الولايات المتحدة"]),  # two words, one name
        ("بين مصر والأردن", ["مصر", "الأردن"]),  # "between Egypt and Jordan": two names
        ("التوتر في الشرق الأوسط.", ["الشرق الأوسط"]),  # a region
        ("زار عاصمتها.", []),  # "visited its capital": no name
    ],
)
def test_place_spans(text: str, expected: list[str]) -> None:
    assert found(text) == expected


def test_taken_spans_are_skipped() -> None:
    # "Baghdad University": a mention the NER found covers بغداد, so no place is added inside it.
    article = segmented("قالت جامعة بغداد إن")
    start = article.text.index("جامعة")
    assert place_spans(article, NAMES, [Span(start, start + len("جامعة بغداد"))]) == []


def test_busy_tokens_stand_for_taken_spans() -> None:
    # The stage passes which tokens are taken instead of the spans: the same tokens are skipped.
    article = segmented("قالت جامعة بغداد إن العراق")
    start = article.text.index("جامعة")
    taken = [Span(start, start + len("جامعة بغداد"))]
    busy = [t.end > taken[0].start and t.start < taken[0].end for t in article.tokens]
    expected = place_spans(article, NAMES, taken)
    assert [article.text[s.start : s.end] for s in expected] == ["العراق"]
    assert place_spans(article, NAMES, [], busy=busy) == expected


def test_head_of_a_stem() -> None:
    # The first word a stem stands for: itself, or ال + a stem that kept the ل of ل + ال (للعراق).
    assert NAMES.head("العراق") == "العراق"
    assert NAMES.head("لعراق") == "العراق"
    assert NAMES.head("عراق") is None
    assert PlaceNames(["العراق", "لعراق"]).head("لعراق") == "لعراق"  # a name of its own wins
    assert NAMES.candidates(["في", "لعراق", "و", "مصر"]) == [1, 3]


def test_hashtags_are_tried_though_no_name_starts_with_them() -> None:
    # "in #Iraq and #Baghdad today": a hashtag's name is matched whole, without the #.
    assert found("في #العراق و#بغداد اليوم") == ["العراق", "بغداد"]


def test_stage_adds_untagged_places() -> None:
    # "Trump said in Baghdad": the fake NER tags only Trump; the gazetteer pass adds Baghdad as LOC.
    stage = Entities(FakeTagger({"ترامب": "B-PER"}), NAMES.names)
    article = stage(segmented("قال ترامب في بغداد إن"))
    assert [(e.label, e.name, e.source.split("+")[0]) for e in article.entities] == [
        ("PER", "ترامب", "entities.crf.v1"),
        ("LOC", "بغداد", GAZETTEER_SOURCE),
    ]


def test_stage_without_names_adds_nothing() -> None:
    stage = Entities(FakeTagger())
    assert stage(segmented("قال مسؤول في بغداد إن")).entities == ()


@pytest.mark.parametrize(
    ("word", "kept"),
    [
        ("العراق", True),  # Iraq: a country
        ("بغداد", True),  # Baghdad: a capital
        ("الشرق الاوسط", True),  # the Middle East: regions.tsv
        ("المدينه", False),  # "the city" (also Medina): on the stoplist
        ("مسقط", False),  # as in مسقط رأسه "birthplace" (also Muscat): on the stoplist
        ("مشهد", False),  # "scene" (also Mashhad): not the city's main name
    ],
)
def test_unambiguous_names(word: str, kept: bool) -> None:
    assert (word in default().unambiguous_names()) is kept


class RecordingTagger(FakeTagger):
    """A fake tagger that remembers how it was called."""

    def __init__(self, tags: dict[str, str] | None = None) -> None:
        super().__init__(tags)
        self.calls: list[list[list[str]]] = []

    def tag(self, sentences: list[list[str]]) -> list[list[str]]:
        self.calls.append(sentences)
        return super().tag(sentences)


def test_pipe_tags_each_article_as_its_own_document() -> None:
    # "Trump arrived." / "The minister arrived." The model's consistency pass works per call, so a batch
    # must give one call per article, and the same entities as article-by-article runs.
    tagger = RecordingTagger({"ترامب": "B-PER"})
    stage = Entities(tagger)
    first, second = segmented("وصل ترامب."), segmented("وصل الوزير.")
    batched = list(stage.pipe([first, second]))
    assert tagger.calls == [[["وصل", "ترامب", "."]], [["وصل", "الوزير", "."]]]
    assert batched == [stage(first), stage(second)]


# Descriptors as lexicons/place_variants.tsv gives them (folded): "area" ones may introduce unknown names.
DESCRIPTORS = {"مديريه": "area", "محافظه": "area", "بلده": "area", "مدينه": "city"}
KNOWN = PlaceNames(["صعده", "الموصل", "كانساس"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("عادت الأسر إلى منازلها بمديرية كتاف.", ["كتاف"]),  # "to their homes in Kitaf district": unknown
        ("شرقي محافظة #صعدة أمس.", ["صعدة"]),  # "east of Saada governorate", a hashtag
        ("مركز #مديرية_كتاف شرقي", ["كتاف"]),  # the descriptor inside the hashtag stays outside
        ("وصلوا إلى مدينة الموصل.", ["الموصل"]),  # "the city of Mosul": known
        ("وصلوا إلى مدينة كبيرة.", []),  # "a big city": a city descriptor needs a known name
        ("عزل بلدة أخرى.", []),  # "cut off another town": an adjective, not a name
        ("هي أكبر بلدة في المنطقة.", []),  # "the biggest town in the area": a preposition
        ("قصف بلدة عين الحلوة أمس.", ["عين الحلوة"]),  # "shelled the town of Ain al-Hilweh": عين is a head
        ("قصف بلدة عين، شمالا.", ["عين"]),  # "the town of Ain, to the north": nothing follows the head
    ],
)
def test_descriptor_spans(text: str, expected: list[str]) -> None:
    article = segmented(text)
    spans = descriptor_spans(article, DESCRIPTORS, KNOWN, [])
    assert [article.text[s.start : s.end] for s in spans] == expected


ORGS = PlaceNames(
    ["المرصد السوري لحقوق الانسان", "داعش", "تنظيم داعش", "الانتربول", "الحوثيين", "الحوثي"], MAX_ORG_WORDS
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قال المرصد السوري لحقوق الإنسان إن", ["المرصد السوري لحقوق الإنسان"]),  # prepositions inside
        ("هاجم تنظيم داعش القرية.", ["داعش"]),  # "IS attacked": the designator stays outside
        ("طلب رسمي للإنتربول.", ["لإنتربول"]),  # ل + ال: the mention keeps the article's ل (UD)
        ("قاتل والحوثيين.", ["الحوثيين"]),  # a proclitic outside
        ("أعلنت وزارة الداخلية الفرنسية أمس.", ["وزارة الداخلية الفرنسية"]),  # a ministry's title
        ("أعلنت وزارة الصحة اليوم.", ["وزارة الصحة"]),  # "today" ends the title
        ("قالت الوزارة إن", []),  # "the ministry": a generic back-reference
    ],
)
def test_org_spans(text: str, expected: list[str]) -> None:
    article = segmented(text)
    assert [article.text[s.start : s.end] for s in org_spans(article, ORGS, [])] == expected


def test_stage_adds_organisations_and_relabels_misc() -> None:
    # "The Houthis said that IS …": the fake NER calls الحوثي MISC and misses داعش.
    stage = Entities(FakeTagger({"الحوثي": "B-MISC"}), organisations=ORGS.names)
    article = stage(segmented("قال الحوثي إن داعش انسحب."))
    assert [(e.label, e.name, e.source.split("+")[0]) for e in article.entities] == [
        ("ORG", "الحوثي", "entities.crf.v1"),
        ("ORG", "داعش", "entities.lexicon.v1"),
    ]


def test_model_mentions_fitted_to_gazetteer_names() -> None:
    # "The summit in Ulan Bator; Poland said": the fake NER cuts the capital to أولان and calls the
    # hashtagged #بولندا a person.
    stage = Entities(
        FakeTagger({"أولان": "B-LOC", "#بولندا": "B-PER"}), known_places=["اولان باتور", "بولندا"]
    )
    article = stage(segmented("القمة في أولان باتور، وقالت #بولندا إن"))
    assert [(e.label, e.name) for e in article.entities] == [("LOC", "أولان باتور"), ("LOC", "بولندا")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the coalition's spokesman, Colonel Turki al-Maliki": after a definite title, تركي without ال is
        # his given name (an adjective "Turkish" would be التركي), so the model's المالكي grows to it.
        ("وقال المتحدث العقيد تركي المالكي إن", "تركي المالكي"),
        # "a senior Turkish official al-Maliki": after an indefinite noun تركي is an adjective; unchanged.
        ("وقال مسؤول تركي المالكي إن", "المالكي"),
    ],
)
def test_given_name_that_reads_as_a_nationality(text: str, expected: str) -> None:
    article = Entities(FakeTagger({"المالكي": "B-PER"}))(segmented(text))
    assert [(e.label, e.name) for e in article.entities] == [("PER", expected)]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("وذكرت وكالة بترا أن الملك استقبل الوزير.", "ORG"),  # "the Petra agency reported": the agency
        ('وذكرت وكالة الأنباء "بترا" أن', "ORG"),  # "the news agency 'Petra'": a type noun, then quotes
        ("وفق ما ذكرت وكالة الأنباء الأردنية (بترا).", "ORG"),  # after the agency's own full name
        ("زار السياح مدينة بترا الأثرية.", "LOC"),  # "tourists visited the ancient city of Petra"
    ],
)
def test_outlet_that_is_also_a_place(text: str, label: str) -> None:
    article = Entities(FakeTagger({"بترا": "B-LOC"}), known_places=["-"])(segmented(text))
    assert [(e.label, e.name) for e in article.entities if e.name == "بترا"] == [(label, "بترا")]


def test_palace_word_is_a_descriptor_of_the_shipped_gazetteer() -> None:
    # "the king received the minister at al-Husseiniya Palace": the model's قصر ("palace") alone is a
    # descriptor (admin_descriptors.tsv, site), no place: it had gone to the Algerian town El Kseur.
    words = default().admin_words
    stage = Entities(FakeTagger({"قصر": "B-LOC"}), known_places=["-"], generic=list(words))
    assert (words["قصر"], stage(segmented("استقبل الملك الوزير في قصر الحسينية.")).entities) == ("site", ())


def test_descriptor_alone_is_no_place() -> None:
    # "shelling of the southern Idlib countryside": the model tagged ريف ("countryside") and إدلب apart;
    # the descriptor alone names no place (designators stay outside, ENTITIES.md), إدلب stays.
    stage = Entities(FakeTagger({"ريف": "B-LOC", "إدلب": "B-LOC"}), known_places=["ادلب"], generic=["ريف"])
    article = stage(segmented("قصف على ريف إدلب الجنوبي."))
    assert [(e.label, e.name) for e in article.entities] == [("LOC", "إدلب")]


@pytest.mark.parametrize(
    "tags",
    [
        {"بابوا": "B-LOC", "غينيا": "B-LOC"},  # two mentions on adjacent words: joined
        {"غينيا": "B-LOC"},  # Guinea alone: grown by the word before and the word after
    ],
)
def test_places_grown_to_a_known_name(tags: dict[str, str]) -> None:
    # "an earthquake in Papua New Guinea": one place, not Guinea.
    stage = Entities(FakeTagger(tags), known_places=["بابوا غينيا الجديده", "غينيا"])
    article = stage(segmented("زلزال في بابوا غينيا الجديدة أمس."))
    assert [(e.label, e.name) for e in article.entities] == [("LOC", "بابوا غينيا الجديدة")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("اتهم 13 مواطنا روسيا بالتدخل.", []),  # "accused 13 Russian citizens": an adjective, no place
        ("دول عدة منها سوريا.", [("LOC", "سوريا")]),  # "several countries, among them Syria"
        ("غادروا سوريا.", [("LOC", "سوريا")]),  # "they left Syria": a verb's plural before the place
    ],
)
def test_accusative_adjective_is_no_place(text: str, expected: list[tuple[str, str]]) -> None:
    # The model tags the word and the well-known-places pass knows it: neither keeps the adjective.
    stage = Entities(FakeTagger({"سوريا": "B-LOC", "روسيا": "B-LOC"}), ["روسيا", "سوريا"], known_places=["-"])
    assert [(e.label, e.name) for e in stage(segmented(text)).entities] == expected


def test_local_towns_only_in_their_countrys_articles() -> None:
    # "Shelling of Harasta in Syria" tags Harasta; "Harasta" with no Syrian context is left alone.
    stage = Entities(FakeTagger({"سوريا": "B-LOC"}), local_places={"حرستا": frozenset({"SYR"})})
    syrian = stage(segmented("قصف على حرستا في سوريا."))
    assert [(e.label, e.name, e.source.split("+")[0]) for e in syrian.entities] == [
        ("LOC", "حرستا", "entities.local.v1"),
        ("LOC", "سوريا", "entities.crf.v1"),
    ]
    assert stage(segmented("قصف على حرستا.")).entities == ()


@pytest.mark.parametrize(
    ("text", "tags", "expected"),
    [
        # "the Houthi militia attacked": a generic head before a listed name stays outside.
        ("هاجمت ميليشيا الحوثي القرية.", {"ميليشيا": "B-MISC", "الحوثي": "I-MISC"}, [("ORG", "الحوثي")]),
        # "IS claimed": the designator outside (ENTITIES.md).
        ("تبنى تنظيم داعش الهجوم.", {"تنظيم": "B-ORG", "داعش": "I-ORG"}, [("ORG", "داعش")]),
        # "fighters of Jaysh al-Islam": the model tagged only الإسلام, as MISC.
        ("مقاتلو جيش الإسلام انسحبوا.", {"الإسلام": "B-MISC"}, [("ORG", "جيش الإسلام")]),
        # "Moscow accused the group "Hayat Tahrir al-Sham"": the model tagged only الشام (Syria), as a
        # place; the listed organisation around it, inside quotation marks, wins.
        ('اتهمت موسكو تنظيم "هيئة تحرير الشام" بالهجوم.', {"الشام": "B-LOC"}, [("ORG", "هيئة تحرير الشام")]),
        # the place is kept when the organisation's other words are not there ("shelling of al-Sham")
        ("قصف على الشام.", {"الشام": "B-LOC"}, [("LOC", "الشام")]),
    ],
)
def test_model_mentions_fitted_to_organisations(
    text: str, tags: dict[str, str], expected: list[tuple[str, str]]
) -> None:
    orgs = ["الحوثي", "داعش", "تنظيم داعش", "جيش الاسلام", "هيئه تحرير الشام"]
    article = Entities(FakeTagger(tags), known_places=["-"], organisations=orgs)(segmented(text))
    assert [(e.label, e.name) for e in article.entities] == expected


class PhraseTagger:
    """Tags the first occurrence of each given phrase (label) in a sentence, the rest O."""

    def __init__(self, phrases: dict[str, str]) -> None:
        self.phrases = {tuple(k.split()): v for k, v in phrases.items()}

    def tag(self, sentences: list[list[str]]) -> list[list[str]]:
        out = []
        for words in sentences:
            tags = ["O"] * len(words)
            for phrase, label in self.phrases.items():
                for i in range(len(words) - len(phrase) + 1):
                    if tuple(words[i : i + len(phrase)]) == phrase:
                        tags[i : i + len(phrase)] = [f"B-{label}"] + [f"I-{label}"] * (len(phrase) - 1)
                        break
            out.append(tags)
        return out


def test_bare_names_of_people_named_in_full() -> None:
    # "Jamal Khashoggi disappeared. Khashoggi's fiancée said that Muhammad Salih works for (لصالح) the
    # company": the bare surname joins the person; لصالح is no repetition of a name ending in صالح.
    stage = Entities(PhraseTagger({"جمال خاشقجي": "PER", "محمد صالح": "PER"}))
    article = stage(segmented("اختفى جمال خاشقجي. وقالت خطيبة خاشقجي إن محمد صالح يعمل لصالح الشركة."))
    assert [[article.span_text(m) for m in e.mentions] for e in article.entities] == [
        ["جمال خاشقجي", "خاشقجي"],
        ["محمد صالح"],
    ]


def test_nationality_alone_is_no_entity() -> None:
    # "the North Korean leader arrived": the model tagged الكوري (of الكوري الشمالي) PER.
    stage = Entities(FakeTagger({"الكوري": "B-PER"}), known_places=["-"])
    assert stage(segmented("وصل الزعيم الكوري الشمالي.")).entities == ()


@pytest.mark.parametrize(
    ("phrases", "text", "names"),
    [
        # "with his Russian counterpart Sergei Lavrov": the counterpart is a description, not a person
        ({"نظيره الروسي": "PER", "سيرغي لافروف": "PER"}, "مع نظيره الروسي سيرغي لافروف.", ["سيرغي لافروف"]),
        # the same run into one mention: cut to the name
        ({"نظيرته الألمانية أنغيلا ميركل": "PER"}, "بحث مع نظيرته الألمانية أنغيلا ميركل.", ["أنغيلا ميركل"]),
        # "his counterpart" with no name after it: nothing
        ({"بنظيره الفرنسي": "PER"}, "واتصل الوزير بنظيره الفرنسي.", []),
        # a name that only starts like the word: kept (نظيرات is "peers", no pronoun)
        ({"نظيرات": "PER"}, "وقال نظيرات إن.", ["نظيرات"]),
    ],
)
def test_counterpart_is_no_persons_name(phrases: dict[str, str], text: str, names: list[str]) -> None:
    article = Entities(PhraseTagger(phrases), known_places=["-"])(segmented(text))
    assert [e.name for e in article.entities] == names


@pytest.mark.parametrize(
    ("tags", "text", "name"),
    [
        # "said Salma Khoury, the spokeswoman for the Red Cross": the model ran the title into the name.
        (
            {"سلمى": "B-PER", "خوري": "I-PER", "المتحدثة": "I-PER"},
            "وقالت سلمى خوري المتحدثة باسم الصليب الأحمر إن",
            "سلمى خوري",
        ),
        # "Ahmed al-Qadi said": القاضي "the judge" is also a family name and stays in the name.
        ({"أحمد": "B-PER", "القاضي": "I-PER"}, "وقال أحمد القاضي إن", "أحمد القاضي"),
        # "said Ali, the minister": a one-word name before the title loses the title too.
        ({"علي": "B-PER", "الوزير": "I-PER"}, "وقال علي الوزير إن", "علي"),
        # "Ma the minister": a first word of two letters may be a fragment: kept as tagged.
        ({"ما": "B-PER", "الوزير": "I-PER"}, "وقال ما الوزير إن", "ما الوزير"),
    ],
)
def test_trailing_title_cut_from_a_persons_mention(tags: dict[str, str], text: str, name: str) -> None:
    article = Entities(FakeTagger(tags))(segmented(text))
    assert [(e.label, e.name) for e in article.entities] == [("PER", name)]


LISTS = {"محافظات": "list-area", "مديريتي": "dual-area", "مدن": "list", "قري": "list-area"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "fighters from the governorates of Ibb, Taiz and Dhamar": each listed name
        ("مقاتلون من محافظات إب وتعز وذمار وصلوا.", ["إب", "تعز", "ذمار"]),
        # "the two districts of Zabid and al-Jarahi": unknown names after a dual area descriptor
        ("انسحبوا من مديريتي زبيد والجراحي أمس.", ["زبيد", "الجراحي"]),
        # "the cities of Baghdad and Zumurrudabad": after a known-names-only plural, the unknown one stops
        ("زار مدن بغداد وزمردآباد.", ["بغداد"]),
        # "inhabited towns and villages near the dam were evacuated": an indefinite adjective alone is no name
        ("أخليت مدن وقرى مأهولة قرب السد.", []),
        # "the governorates of central and southern Iraq": direction words are no names
        ("تشهد محافظات وسط وجنوب العراق احتجاجات.", []),
    ],
)
def test_names_listed_after_plural_descriptors(text: str, expected: list[str]) -> None:
    known = PlaceNames(["تعز", "ذمار", "زبيد", "بغداد", "العراق"])
    stage = Entities(FakeTagger(), known_places=known.names, lists=LISTS, generic=["وسط", "جنوب"])
    article = stage(segmented(text))
    assert [e.name for e in article.entities if e.source.startswith(DESCRIPTOR_SOURCE)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the forces advanced to the area of "Zumurrud", …": a quoted name after a descriptor
        ('تقدمت القوات إلى منطقة "الزمرد"، وأحكمت السيطرة عليها.', ["الزمرد"]),
        # "in the village of «Kafr Zumurrud»": guillemets, two words
        ("وقعت الغارة في قرية «كفر زمرد» أمس.", ["كفر زمرد"]),
        # "the delegations met in the "de-escalation" zone on Sunday": a quoted kind of zone is no place
        ('التقى الوفدان في منطقة "خفض التصعيد" يوم الأحد.', []),
    ],
)
def test_quoted_names_after_descriptors(text: str, expected: list[str]) -> None:
    stage = Entities(FakeTagger(), descriptors={"منطقه": "city", "قريه": "area"}, known_places=["-"])
    article = stage(segmented(text))
    assert [e.name for e in article.entities if e.source.startswith(DESCRIPTOR_SOURCE)] == expected


def test_speaking_bodies_named_by_description_are_organisations() -> None:
    # "The Jordanian police said … and the Tunisian government stated that …": no name, two speakers.
    stage = Entities(FakeTagger())
    article = stage(segmented("قالت الشرطة الأردنية إن الطريق أغلق، وأعلنت الحكومة التونسية أن الوضع هادئ."))
    assert [(e.label, e.name, e.source.split("+")[0]) for e in article.entities] == [
        ("ORG", "الشرطة الأردنية", DESCRIPTION_SOURCE),
        ("ORG", "الحكومة التونسية", DESCRIPTION_SOURCE),
    ]
    # A body that is only the verb's object is not a speaker: no entity.
    article = stage(segmented("انتقد المتظاهرون الحكومة التونسية."))
    assert not article.entities


def test_described_entities_stay_out_of_ner_scoring() -> None:
    from bench.eval_entities import described

    body = Entity("e0", "ORG", "الشرطة الأردنية", (Span(5, 20),), source=f"{DESCRIPTION_SOURCE}+merge.v1")
    name = Entity("e1", "ORG", "الأمم المتحدة", (Span(0, 13),), source="entities.crf.v1+merge.v1")
    mixed = dataclasses.replace(name, source=f"entities.crf.v1+{DESCRIPTION_SOURCE}+merge.v1")
    assert [described(e) for e in (body, name, mixed)] == [True, False, False]


def test_mentions_record_which_model_tagged_them() -> None:
    class LstmLike(FakeTagger):
        source = "ner.lstm.v1"

    text = "وصل الوفد إلى بغداد."
    default_stage = Entities(FakeTagger({"بغداد": "B-LOC"}))
    lstm_stage = Entities(LstmLike({"بغداد": "B-LOC"}))
    assert [e.source.split("+")[0] for e in default_stage(segmented(text)).entities] == ["entities.crf.v1"]
    assert [e.source.split("+")[0] for e in lstm_stage(segmented(text)).entities] == ["entities.lstm.v1"]
