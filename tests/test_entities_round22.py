"""Session 22's entity fixes (the lead's). Names and sentences written for these tests."""

from __future__ import annotations

from marsad.stages.actors import Actors
from marsad.stages.entities import Entities
from tests.test_entities_local_bodies import _Tagger
from tests.test_entities_stage import segmented


def test_a_club_named_after_its_city_takes_the_citys_country() -> None:
    # "The Egyptian player Karim Farouk led his side Liverpool to a win over Manchester United in Cairo":
    # the article is Egyptian (a nationality, Cairo), the two clubs are named after English towns
    text = "وقاد اللاعب المصري كريم فاروق فريقه ليفربول إلى الفوز على مانشستر يونايتد في القاهرة."
    tags = {"كريم": "B-PER", "فاروق": "I-PER", "ليفربول": "B-ORG", "مانشستر": "B-ORG", "يونايتد": "I-ORG"}
    article = Actors.load()(Entities(_Tagger(tags))(segmented(text)))
    found = {e.name: e.country for e in article.entities if e.label == "ORG"}
    assert found == {"ليفربول": "GBR", "مانشستر يونايتد": "GBR"}


class _EverywhereNLD:
    """A gazetteer that reads every name but Cairo's as a Dutch village (as the real one reads الأمن)."""

    def country_of(self, folded_name: str) -> str | None:
        return "EGY" if folded_name == "القاهره" else "NLD"

    def town_country(self, folded_name: str, population: int) -> str | None:
        return self.country_of(folded_name)


def test_an_org_named_with_al_is_not_read_as_a_place() -> None:
    # "In Cairo, the Egyptian player Karim Farouk moved from al-Nahda to Liverpool": a name opening with ال
    # is a common noun (الأمن names a Dutch village), so only the name without it is read as its town
    text = "وفي القاهرة، انتقل اللاعب المصري كريم فاروق من النهضة إلى ليفربول."
    tags = {"كريم": "B-PER", "فاروق": "I-PER", "النهضة": "B-ORG", "ليفربول": "B-ORG", "القاهرة": "B-LOC"}
    article = Actors(_EverywhereNLD())(Entities(_Tagger(tags))(segmented(text)))
    found = {e.name: e.country for e in article.entities if e.label == "ORG"}
    assert found == {"النهضة": "EGY", "ليفربول": "NLD"}


def test_a_small_or_short_namesake_gives_no_country() -> None:
    # the real gazetteer: a four-letter word read as a small Slovenian town, and a two-letter one, name no
    # club's country; Liverpool, a large town, does
    from marsad.gazetteer import default

    assert default().town_country("ليفربول", 50_000) == "GBR"
    assert default().town_country("كوبر", 50_000) is None
    text = "وفي القاهرة، فاز نادي كوبر على نادي أم بهدف."
    tags = {"كوبر": "B-ORG", "أم": "B-ORG", "القاهرة": "B-LOC"}
    article = Actors.load()(Entities(_Tagger(tags))(segmented(text)))
    assert {e.name: e.country for e in article.entities if e.label == "ORG"} == {"كوبر": "EGY", "أم": "EGY"}


def test_a_known_person_takes_the_nationality_the_news_gives_them() -> None:
    # "In Madrid, the Spanish side's star Ruben Castellano scored twice": the article is Spanish, but the
    # news elsewhere calls him Argentine (the learnt list), so he is; a person the list lacks keeps Spain's
    text = "وفي مدريد، سجل نجم الفريق روبين كاستيانو هدفين، وأشاد المدرب خافيير مورالس به."
    tags = {"روبين": "B-PER", "كاستيانو": "I-PER", "خافيير": "B-PER", "مورالس": "I-PER", "مدريد": "B-LOC"}
    stage = Actors.load()
    stage.people = {"روبين كاستيانو": "ARG"}
    article = stage(Entities(_Tagger(tags))(segmented(text)))
    found = {e.name: (e.country, e.actor_code) for e in article.entities if e.label == "PER"}
    assert found == {"روبين كاستيانو": ("ARG", "ARGCVL"), "خافيير مورالس": ("ESP", "ESPCVL")}


def test_the_learnt_nationalities_hold_well_known_people() -> None:
    # the shipped list (python -m train.people_countries): a few of the most written-about people
    from marsad.entity_people import people_countries

    found = people_countries()
    assert found["دونالد ترامب"] == "USA" and found["ليونيل ميسي"] == "ARG"
    assert "لوكا مودريتش" not in found or found["لوكا مودريتش"] == "HRV"  # not his club's Spain


def test_people_countries_counts_only_an_adjective_right_before_a_name() -> None:
    # invented lines: two French votes for Jean Dubon; a comma breaks the pair; an adjective after a place
    # is the place's (or its club's), not the person's
    from collections import Counter

    from marsad.arabic import fold
    from train.people_countries import count_votes, people_countries

    lines = [
        "وقال الرئيس الفرنسي جان دوبون إن الاتفاق قريب.",
        "واستقبل الفرنسي جان دوبون نظيره.",
        "وقال الفرنسي، جان دوبون لاحقا، إنه راض.",
        "وسجل نجم باريس الفرنسي سامر نبيل هدفا.",
    ]
    votes = count_votes(lines, ["جان دوبون", "سامر نبيل"], {fold("الفرنسي"): "FRA"}, lambda w: w == "باريس")
    assert votes == {"جان دوبون": Counter({"FRA": 2})}
    assert people_countries(votes, min_votes=2) == [("جان دوبون", "FRA", 2, 2)]
    assert people_countries(votes, min_votes=3) == []


def test_a_preposition_run_into_a_name_or_tagged_alone_is_no_one() -> None:
    # "The activist Nabil Saad was sentenced, and his lawyer said the ruling fell on him hard and was
    # based on a tweet": the model ran على into the name once; no later على ("on") is the person
    text = "وقضت المحكمة بسجن على نبيل سعد، وقال محاميه إن الحكم وقع على موكله وبني على تغريدة."
    tags = {"على": "B-PER", "نبيل": "I-PER", "سعد": "I-PER"}
    article = Entities(_Tagger(tags))(segmented(text))
    people = [article.text[m.start : m.end] for e in article.entities if e.label == "PER" for m in e.mentions]
    assert people == ["على نبيل سعد"]
    # "The plane headed to Lombok and then to Jakarta": إلى tagged a place wherever it stands is no place
    text = "واتجهت الطائرة إلى لومبوك ثم إلى جاكرتا."
    article = Entities(_Tagger({"إلى": "B-LOC", "لومبوك": "B-LOC", "جاكرتا": "B-LOC"}))(segmented(text))
    assert sorted(e.name for e in article.entities) == ["جاكرتا", "لومبوك"]


def test_the_president_in_a_titles_complement_is_a_states_head() -> None:
    # the agents lexicon's رئيس "boss" is a company's head only where a company follows it
    import marsad

    def codes(text: str) -> list[tuple[str, str | None]]:
        return [(e.name, e.actor_code) for e in marsad.analyze(text).entities if e.label == "PER"]

    # "The US President's adviser Samer Nabil said", "the President's envoy Samer Nabil"
    assert codes("وقال مستشار الرئيس الأمريكي سامر نبيل إن الحوار مستمر.") == [("سامر نبيل", "USAGOV")]
    assert codes("وقال مبعوث الرئيس سامر نبيل إن الحوار مستمر.") == [("سامر نبيل", "GOV")]
    # "The company head's assistant Samer Nabil said": a company's boss stays BUS
    assert codes("وقال مساعد رئيس الشركة سامر نبيل إن الأرباح تراجعت.") == [("سامر نبيل", "BUS")]
