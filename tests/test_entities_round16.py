"""Session 16's entity fixes: an organisation's name repeated without its generic head (marsad.entity_repeats,
marsad.merge), no second title after a titled name (marsad.roles), a body's seat written after it
(marsad.stages.actors), board and association titles (marsad.role_complements) and two outlets named after a
place or a common word (lexicons/outlets.tsv). Sentences written for these tests."""

from __future__ import annotations

import dataclasses

from marsad.article import Article, Entity
from marsad.entity_outlets import drop_places_in_outlets
from marsad.gazetteer import default
from marsad.roles import Role, RoleFinder
from marsad.stages.actors import Actors
from marsad.stages.entities import Entities
from marsad.stages.places import Places
from tests.conftest import find_span
from tests.test_entities_stage import segmented


class FirstRunTagger:
    """Tags the first run of `words` in the text as one ORG and every other token O."""

    def __init__(self, words: list[str]) -> None:
        self.words = words
        self.done = False

    def tag(self, sentences: list[list[str]]) -> list[list[str]]:
        out = []
        for sentence in sentences:
            tags = ["O"] * len(sentence)
            n = len(self.words)
            for k in range(len(sentence) - n + 1):
                if not self.done and sentence[k : k + n] == self.words:
                    tags[k : k + n] = ["B-ORG"] + ["I-ORG"] * (n - 1)
                    self.done = True
            out.append(tags)
        return out


def _mentions(text: str, words: list[str]) -> list[tuple[str, str, list[str]]]:
    article = Entities(FirstRunTagger(words))(segmented(text))
    return [(e.label, e.name, [text[m.start : m.end] for m in e.mentions]) for e in article.entities]


def test_an_organisations_name_repeated_without_its_head_is_the_same_organisation() -> None:
    # "The spokesman said the People's Protection Forces repelled the attack. He added that the air force
    # bombed positions of the People's Protection (للحماية الشعبية) east of the town."
    text = (
        "قال المتحدث إن قوات الحماية الشعبية صدت الهجوم. "
        "وأضاف أن الطيران قصف مواقع للحماية الشعبية شرق البلدة."
    )
    assert _mentions(text, ["قوات", "الحماية", "الشعبية"]) == [
        ("ORG", "قوات الحماية الشعبية", ["قوات الحماية الشعبية", "لحماية الشعبية"])
    ]


def test_a_one_word_rest_or_a_head_less_name_gives_no_repeat() -> None:
    # "The Dawn Movement announced …; dawn (الفجر) broke": one word after the head is too common to repeat.
    text = "أعلنت حركة الفجر مقاطعة الانتخابات. وقال الشهود إن الفجر طلع على المدينة."
    assert _mentions(text, ["حركة", "الفجر"]) == [("ORG", "حركة الفجر", ["حركة الفجر"])]
    # "The People's Protection Council met …": no generic head (مجلس is none), so no head-less repeat.
    text = "اجتمع مجلس الحماية الشعبية أمس. وتحدث المشاركون عن الحماية الشعبية للمدن."
    assert _mentions(text, ["مجلس", "الحماية", "الشعبية"]) == [
        ("ORG", "مجلس الحماية الشعبية", ["مجلس الحماية الشعبية"])
    ]


def _roles(text: str, name: str) -> list[str]:
    article = segmented(text)
    span = find_span(text, name)
    return [r.text for r in RoleFinder(article, [span]).roles_for(span).roles]


def test_a_title_after_a_titled_name_without_a_comma_is_the_next_persons() -> None:
    # "The commander of the land forces, Major General Samer al-Halabi, met the French ambassador to Jordan
    # and the two discussed cooperation."
    text = "التقى قائد القوات البرية اللواء سامر الحلبي السفير الفرنسي لدى الأردن، وبحثا التعاون."
    assert _roles(text, "سامر الحلبي") == ["قائد القوات البرية", "اللواء"]
    # "Samer al-Halabi, Jordan's foreign minister, arrived." with no title before the name: the title after
    # it at the clause's end is his.
    text = "وصل سامر الحلبي وزير الخارجية الأردني."
    assert _roles(text, "سامر الحلبي") == ["وزير الخارجية الأردني"]


def _roles_beside(text: str, name: str, tagged: list[tuple[str, str]]) -> list[Role]:
    """The roles of the person `name` in `text`, with the entities (label, surface) tagged beside it."""
    entities = tuple(Entity(f"e{i}", label, s, (find_span(text, s),)) for i, (label, s) in enumerate(tagged))
    article = dataclasses.replace(segmented(text), entities=entities)
    span = find_span(text, name)
    return list(RoleFinder(article, [span]).roles_for(span).roles)


def test_board_and_association_titles_run_over_their_body() -> None:
    # "The chairman of the board of the corporation, Adel Mansour, said …", "the head of the farmers'
    # association, Salim Haddad, said …"
    text = "وقال رئيس مجلس إدارة المؤسسة عادل منصور إن الإنتاج سيعود."
    assert _roles(text, "عادل منصور") == ["رئيس مجلس إدارة المؤسسة"]
    text = "وقال رئيس جمعية المزارعين سليم حداد إن الموسم سيئ."
    assert _roles(text, "سليم حداد") == ["رئيس جمعية المزارعين"]


def _coded(text: str, tagged: list[tuple[str, str]], fallback: str | None) -> Entity:
    entities = tuple(
        Entity(f"e{i}", label, name, (find_span(text, name),), source="test")
        for i, (label, name) in enumerate(tagged)
    )
    article: Article = dataclasses.replace(segmented(text), entities=entities)
    return Actors(None).code(article, RoleFinder(article), entities[-1], fallback)


def test_a_bodys_seat_written_after_it_gives_its_country() -> None:
    # "A source in the Ministry of Health in (ب) Sudan said …" in an article mostly about the US: Sudan's.
    text = "قال مصدر في وزارة الصحة بالسودان إن القصف أصاب مستشفى."
    assert _coded(text, [("LOC", "السودان"), ("ORG", "وزارة الصحة")], "USA").country == "SDN"
    # "… the Interior Ministry in Libya …" with في
    text = "قال مصدر في وزارة الداخلية في ليبيا إن الطريق مغلق."
    assert _coded(text, [("LOC", "ليبيا"), ("ORG", "وزارة الداخلية")], "USA").country == "LBY"
    # no place after it: the article's country as before
    text = "قال مصدر في وزارة الصحة إن القصف أصاب مستشفى."
    assert _coded(text, [("ORG", "وزارة الصحة")], "USA").country == "USA"


def test_a_place_opening_a_listed_channels_name_is_no_place() -> None:
    # "… the director said in a statement to Libya Al-Ahrar channel …": the channel, not Libya.
    text = "وقال المدير في تصريح لقناة ليبيا الأحرار إن الحقل عاد للعمل."
    article = segmented(text)
    found = [Entity("e0", "LOC", "ليبيا", (find_span(text, "ليبيا"),))]
    assert drop_places_in_outlets(article, found) == []
    # "… the minister visited Libya …": the country stays
    text = "زار الوزير ليبيا أمس."
    found = [Entity("e0", "LOC", "ليبيا", (find_span(text, "ليبيا"),))]
    assert [e.name for e in drop_places_in_outlets(segmented(text), found)] == ["ليبيا"]


class _Tagger:
    """B- tags for the first word of each name in `first`, I- tags for the words in `inner`."""

    def __init__(self, first: dict[str, str], inner: dict[str, str]) -> None:
        self.tags = {k.split()[0]: v for k, v in first.items()} | inner

    def tag(self, sentences: list[list[str]]) -> list[list[str]]:
        return [[self.tags.get(w, "O") for w in words] for words in sentences]


def test_an_unknown_place_word_right_after_a_name_is_the_names_last_word() -> None:
    # "The Spanish minister Luis Miguel Ortegaris arrived in Doha": the model split the name and tagged its
    # last word (an invented surname) as a place; a known place after a name (the city visited) stays.
    text = "وصل الوزير لويس ميغيل أورتيغاريس إلى الدوحة."
    tagger = _Tagger({"لويس": "B-PER", "أورتيغاريس": "B-LOC", "الدوحة": "B-LOC"}, {"ميغيل": "I-PER"})
    tagged = Entities(tagger, known_places=["الدوحه"])(segmented(text))
    assert [(e.label, e.name) for e in tagged.entities] == [
        ("PER", "لويس ميغيل أورتيغاريس"),
        ("LOC", "الدوحة"),
    ]
    # "President Luis Miguel visited Doha": the known place after the name is the place visited
    text = "زار الرئيس لويس ميغيل الدوحة أمس."
    tagger = _Tagger({"لويس": "B-PER", "الدوحة": "B-LOC"}, {"ميغيل": "I-PER"})
    tagged = Entities(tagger, known_places=["الدوحه"])(segmented(text))
    assert [(e.label, e.name) for e in tagged.entities] == [("PER", "لويس ميغيل"), ("LOC", "الدوحة")]


def test_a_title_over_a_bare_body_noun_takes_the_body_named_before() -> None:
    # "The Syrian Observatory for Human Rights reported … its director Sami Khalil said …": the director's
    # body is the observatory named before (مدير المرصد), a listed opposition rights group.
    text = "أفاد المرصد السوري لحقوق الإنسان بمقتل ثلاثة. وقال مدير المرصد سامي خليل إن القصف مستمر."
    roles = _roles_beside(text, "سامي خليل", [("ORG", "المرصد السوري لحقوق الإنسان"), ("PER", "سامي خليل")])
    assert [r.text for r in roles] == ["مدير المرصد"]
    assert roles[0].org_code == "SYROPPHRI"


def test_a_place_with_a_direction_after_a_near_word_outside_its_mention_is_placed() -> None:
    # "Aircraft bombed the western countryside of Daraa": the mention is درعا الغربي, with ريف before it.
    places = Places(default())
    text = "قصفت الطائرات ريف درعا الغربي أمس."
    found = places(
        Article(text=text, entities=(Entity("e0", "LOC", "درعا الغربي", (find_span(text, "درعا الغربي"),)),))
    )
    text = "وصل الوفد إلى درعا أمس."
    bare = places(Article(text=text, entities=(Entity("e0", "LOC", "درعا", (find_span(text, "درعا"),)),)))
    geo, city = found.entities[0].geo, bare.entities[0].geo
    assert city is not None and city.geonames_id is not None
    assert geo is not None and geo.geonames_id == city.geonames_id


def test_a_first_name_ending_in_ya_does_not_repeat_on_the_preposition_ala() -> None:
    # "Police officer Ali Farah told the agency … the fire spread to (على) the houses": على "on" folds like
    # the name علي but is written with alif maqsura; the name's own later mention still counts.
    text = "وقال ضابط الشرطة علي فرح إن النيران امتدت على المنازل. وأضاف علي أن الإطفاء وصل."
    tagged = Entities(_Tagger({"علي": "B-PER"}, {"فرح": "I-PER"}))(segmented(text))
    assert [(e.name, [text[m.start : m.end] for m in e.mentions]) for e in tagged.entities] == [
        ("علي فرح", ["علي فرح", "علي"])
    ]


def test_a_state_bodys_first_word_after_a_directorate_is_no_district() -> None:
    # "The Public Security Directorate said …": الأمن (of الأمن العام) names no district; a district name
    # after مديرية still does ("in the directorate of Sawahira").
    text = "قالت مديرية الأمن العام إن دورية وصلت إلى مديرية السواحرة."
    tagged = Entities(_Tagger({}, {}), descriptors={"مديريه": "area"})(segmented(text))
    assert [e.name for e in tagged.entities if e.label == "LOC"] == ["السواحرة"]


def test_the_sahel_with_its_region_word_is_the_region() -> None:
    # "… developments in Libya and the Sahel region": not the Egyptian town As Sahil.
    places = Places(default())
    text = "استعرض الجانبان الأوضاع في ليبيا ومنطقة الساحل."
    found = places(
        Article(text=text, entities=(Entity("e0", "LOC", "الساحل", (find_span(text, "الساحل"),)),))
    )
    geo = found.entities[0].geo
    assert geo is not None and geo.name == "the Sahel region" and geo.country is None


def test_an_advisers_office_over_a_title_with_lam_is_the_names_role() -> None:
    # "The legal adviser to the commander of the Elite Forces, Hisham Nour, denied …": Hisham is the
    # adviser, not the commander.
    text = "ونفى المستشار القانوني لقائد قوات النخبة هشام نور الاتهامات."
    assert _roles(text, "هشام نور") == ["المستشار القانوني لقائد قوات النخبة"]
    # "The commander of the Elite Forces, Hisham Nour, said …": no adviser, the commander's own title.
    text = "وقال قائد قوات النخبة هشام نور إن الوضع هادئ."
    assert _roles(text, "هشام نور") == ["قائد قوات النخبة"]


def test_the_crown_prince_of_a_named_state_before_an_honorific() -> None:
    # "Macron received the Crown Prince of Sharjah, Sheikh Saif bin Khalid, …"
    text = "استقبل ماكرون ولي عهد الشارقة الشيخ سيف بن خالد في باريس."
    roles = _roles_beside(text, "سيف بن خالد", [("LOC", "الشارقة")])
    assert [r.text for r in roles] == ["ولي عهد الشارقة", "الشيخ"]


def test_a_listed_outlet_the_model_called_a_person_is_an_organisation() -> None:
    # "… said in a statement to the Rudaw media network that …": the model tagged the channel as a person.
    text = "وقال المتحدث في تصريح لشبكة رووداو الإعلامية إن التحقيق جار."
    tagged = Entities(_Tagger({"رووداو": "B-PER"}, {}))(segmented(text))
    assert [(e.label, e.name) for e in tagged.entities] == [("ORG", "رووداو")]
    # a person who shares no outlet's name stays a person
    text = "وقال المتحدث سامر نوري إن التحقيق جار."
    tagged = Entities(_Tagger({"سامر": "B-PER"}, {"نوري": "I-PER"}))(segmented(text))
    assert [(e.label, e.name) for e in tagged.entities] == [("PER", "سامر نوري")]


def test_a_commissioner_of_a_body_holds_its_code() -> None:
    # "The UN's special commissioner for water affairs, Leila Haddad, called for …": the body is the UN's.
    text = "ودعت المفوضة الخاصة لشؤون المياه في الأمم المتحدة ليلى حداد إلى تحقيق."
    roles = _roles_beside(text, "ليلى حداد", [("ORG", "الأمم المتحدة")])
    assert [r.text for r in roles] == ["المفوضة الخاصة لشؤون المياه في الأمم المتحدة"]
    assert roles[0].org_code == "IGOUNO"
