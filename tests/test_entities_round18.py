"""Session 18's entity fixes: the governor's title والي that the segmenter cuts as و + الي (marsad.roles), a
listed person's name the model started late or ran over a word behind a proclitic (marsad.entity_tails), a
listed body closed by its adjective that took the object after it (marsad.entity_tails), a surname whose first
letter reads as a clitic (marsad.entity_bounds), a title alone tagged as a person (marsad.stages.entities) and
lexicon rows (a news site, a planning office, a speaker of parliament). Sentences written for these tests."""

from __future__ import annotations

from marsad import lexicons
from marsad.merge import merge
from marsad.stages.actors import Actors
from marsad.stages.entities import Entities
from tests.test_actors import coded
from tests.test_entities_round16 import _Tagger
from tests.test_entities_stage import segmented


class _LastWordTagger:
    """`inner` tags, except that the word after `first` continues its person (I-PER)."""

    def __init__(self, inner: _Tagger, first: str) -> None:
        self.inner, self.first = inner, first

    def tag(self, sentences: list[list[str]]) -> list[list[str]]:
        out = self.inner.tag(sentences)
        for words, tags in zip(sentences, out, strict=True):
            for i in range(1, len(words)):
                if words[i - 1] == self.first:
                    tags[i] = "I-PER"
        return out


def test_wali_is_a_governors_title_though_the_segmenter_cuts_its_waw() -> None:
    # "The governor of Kassala, Hamid Othman Bakri, said …"
    tagger = _Tagger({"كسلا": "B-LOC", "حامد": "B-PER"}, {"عثمان": "I-PER", "بكري": "I-PER"})
    tagged = Entities(tagger)(segmented("وقال والي كسلا حامد عثمان بكري إن الطرق مغلقة."))
    people = [(e.name, e.roles) for e in tagged.entities if e.label == "PER"]
    assert people == [("حامد عثمان بكري", ("والي كسلا",))]
    # "and to Kassala, Hamid Othman Bakri went yesterday": إلى after و is no title
    tagged = Entities(tagger)(segmented("وإلى كسلا حامد عثمان بكري توجه أمس."))
    assert [(e.name, e.roles) for e in tagged.entities if e.label == "PER"] == [("حامد عثمان بكري", ())]
    # the governor of "the state" is a government office, whatever the word الولاية codes alone (LEG)
    text = "وقال والي الولاية حامد بكري في كسلا إن الطرق مغلقة."
    entities = coded(text, [("حامد بكري", "PER", 0), ("كسلا", "LOC", 0)], Actors.load())
    assert entities[0][1] == ("والي الولاية",) and str(entities[0][3]).endswith("GOV")


def test_a_listed_persons_given_name_before_the_models_mention_joins_it() -> None:
    # "The speaker of the House, Aguila Saleh, rejected the deal": the model starts at صالح, a common word
    # ("valid"); the listed name takes the given name back, also behind و.
    for text in ("رفض رئيس مجلس النواب عقيلة صالح الاتفاق.", "التقى الوفد رئيس البرلمان وعقيلة صالح أمس."):
        tagged = Entities(_Tagger({"صالح": "B-PER"}, {}))(segmented(text))
        assert [(e.label, e.name) for e in tagged.entities] == [("PER", "عقيلة صالح")]
    # an unlisted name is left as the model cut it
    text = "رفض رئيس المجلس كريم صالح الاتفاق."
    tagged = Entities(_Tagger({"صالح": "B-PER"}, {}))(segmented(text))
    assert [(e.label, e.name) for e in tagged.entities] == [("PER", "صالح")]


def test_a_moroccan_site_and_planning_office_are_organisations() -> None:
    # "The High Commission for Planning said …, the economist Samir al-Nasiri told Hespress …": the model
    # reads the site's name as a person; the outlet lexicon says what it is.
    text = "قالت المندوبية السامية للتخطيط إن النمو تباطأ، وقال الخبير سمير الناصري لهسبريس إن الأرقام مقلقة."
    tagger = _Tagger({"سمير": "B-PER", "هسبريس": "B-PER"}, {"الناصري": "I-PER"})
    tagged = Entities(tagger, organisations=lexicons.organisations())(segmented(text))
    assert sorted((e.label, e.name) for e in tagged.entities) == [
        ("ORG", "المندوبية السامية للتخطيط"),
        ("ORG", "هسبريس"),
        ("PER", "سمير الناصري"),
    ]


def test_a_listed_body_closed_by_its_adjective_does_not_take_the_object_after_it() -> None:
    # "Amnesty International criticised the verdict": the model runs the organisation over الحكم.
    text = "وانتقدت منظمة العفو الدولية الحكم أمس."
    tagger = _Tagger({"منظمة": "B-ORG"}, {"العفو": "I-ORG", "الدولية": "I-ORG", "الحكم": "I-ORG"})
    tagged = Entities(tagger)(segmented(text))
    assert [(e.label, e.name) for e in tagged.entities] == [("ORG", "منظمة العفو الدولية")]
    # nor a country as the object: "Amnesty International criticised Morocco"
    text = "وانتقدت منظمة العفو الدولية المغرب أمس."
    tagger = _Tagger({"منظمة": "B-ORG"}, {"العفو": "I-ORG", "الدولية": "I-ORG", "المغرب": "I-ORG"})
    tagged = Entities(tagger)(segmented(text))
    assert [(e.label, e.name) for e in tagged.entities] == [("ORG", "منظمة العفو الدولية")]
    # an adjective after the listed name stays in it: "the International Amnesty Organisation, Arab (branch)"
    text = "وانتقدت منظمة العفو الدولية العربية الحكم أمس."
    tagger.tags["العربية"] = "I-ORG"
    tagger.tags["الحكم"] = "O"
    tagged = Entities(tagger)(segmented(text))
    assert [(e.label, e.name) for e in tagged.entities] == [("ORG", "منظمة العفو الدولية العربية")]


def test_a_surname_that_reads_as_a_clitic_and_a_word_keeps_its_letter() -> None:
    # "The speaker Karim Berri said … Berri considered …": بري is read ب + ري ("irrigation"); the whole
    # word is the commoner one in news, so the bare mention keeps its ب, as the full name writes it.
    text = "رأى رئيس المجلس كريم بري أن الانتخاب ضرورة. واعتبر بري أن الحوار هو السبيل."
    tagger = _Tagger({"كريم": "B-PER", "بري": "B-PER"}, {})
    tagged = Entities(_LastWordTagger(tagger, "كريم"))(segmented(text))
    people = [(e.name, [text[m.start : m.end] for m in e.mentions]) for e in tagged.entities]
    assert people == [("كريم بري", ["كريم بري", "بري"])]


def test_a_listed_name_does_not_run_over_a_word_behind_a_proclitic() -> None:
    # "The office of Benjamin Netanyahu replied with a statement": the model runs the name over ببيان.
    text = "ورد مكتب بنيامين نتنياهو ببيان مقتضب."
    tagger = _Tagger({"بنيامين": "B-PER"}, {"نتنياهو": "I-PER", "ببيان": "I-PER"})
    tagged = Entities(tagger)(segmented(text))
    assert [(e.label, e.name) for e in tagged.entities] == [("PER", "بنيامين نتنياهو")]


def test_a_title_alone_tagged_as_a_person_is_no_person() -> None:
    # "The crown prince, head of the cabinet, Prince Fahd bin Karim praised …": the model tags ولي العهد.
    text = "وأشاد ولي العهد رئيس مجلس الوزراء الأمير فهد بن كريم بالاتفاق."
    tagger = _Tagger({"ولي": "B-PER", "فهد": "B-PER"}, {"العهد": "I-PER", "بن": "I-PER", "كريم": "I-PER"})
    tagged = Entities(tagger)(segmented(text))
    assert [(e.label, e.name) for e in tagged.entities] == [("PER", "فهد بن كريم")]
    # but the Pope alone is one person: "the Pope received the delegation"
    tagged = Entities(_Tagger({"البابا": "B-PER"}, {}))(segmented("استقبل البابا الوفد أمس."))
    assert [(e.label, e.name) for e in tagged.entities] == [("PER", "البابا")]


def test_a_rank_the_model_ran_into_a_name_is_its_role() -> None:
    # "Captain Nasser Omari said the patrol returned": the model starts the person at النقيب.
    text = "وقال النقيب ناصر العمري إن الدورية عادت."
    tagger = _Tagger({"النقيب": "B-PER"}, {"ناصر": "I-PER", "العمري": "I-PER"})
    tagged = Entities(tagger)(segmented(text))
    assert [(e.name, text[e.mentions[0].start : e.mentions[0].end]) for e in tagged.entities] == [
        ("ناصر العمري", "ناصر العمري")
    ]
    # a kin title opens the name itself: "the physician Ibn Nafis" keeps ابن
    text = "وقال الطبيب ابن نفيس سالم إن الدواء فعال."
    tagger = _Tagger({"ابن": "B-PER"}, {"نفيس": "I-PER", "سالم": "I-PER"})
    tagged = Entities(tagger)(segmented(text))
    assert [e.name for e in tagged.entities] == ["ابن نفيس سالم"]
    # a syndicate's head: "the head of the teachers' syndicate, Nasser Omari": the title is a role (LAB)
    text = "وقال نقيب المعلمين ناصر العمري إن الاعتصام مستمر."
    entities = coded(text, [("ناصر العمري", "PER", 0)])
    assert entities[0][1] == ("نقيب المعلمين",)


def test_a_ruling_council_in_a_country_is_that_countrys_military() -> None:
    # "The military council ruling in Niger expelled the French ambassador": the adjective الحاكم stands
    # between the council and في النيجر; the council is Niger's, not France's.
    text = "أعلن المجلس العسكري الحاكم في النيجر طرد السفير الفرنسي."
    entities = coded(text, [("المجلس العسكري", "ORG", 0), ("النيجر", "LOC", 0)], Actors.load())
    assert entities[0][2:] == ("NER", "NERMIL")


def test_a_lawyer_of_a_named_person_is_not_that_persons_title() -> None:
    # "He was the lawyer of Samir Qatami": محامي X names X's lawyer (like مستشار أردوغان), not X's office.
    text = "وكان محامي سمير قطامي في القضية."
    assert coded(text, [("سمير قطامي", "PER", 0)])[0][1] == ()
    # the model runs the person over the title: cut off, and still no role of his
    tagger = _Tagger({"محامي": "B-PER"}, {"سمير": "I-PER", "قطامي": "I-PER"})
    tagged = Actors.load()(merge(Entities(tagger)(segmented(text))))
    assert [(e.name, e.roles) for e in tagged.entities] == [("سمير قطامي", ())]
    # "The defence lawyer Samer Haddad said …": a complement, then the name: his own title
    text = "وقال محامي الدفاع سامر حداد إن الحكم جائر."
    assert coded(text, [("سامر حداد", "PER", 0)])[0][1] == ("محامي الدفاع",)
