"""Session 13 entity rules: repeats of a tagged organisation's or place's name, a nationality word after a
person's name as its family name, a listed organisation tagged PER, and a body named by a bare noun in a
title's complement (المتحدث باسم الجماعة)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from marsad import lexicons
from marsad.article import Entity
from marsad.entity_bounds import (
    cut_at_clause,
    grow_family_nisba,
    grow_given_name,
    orgs_over_places,
    split_joined_people,
    split_leading_orgs,
)
from marsad.entity_places import PlaceNames
from marsad.entity_repeats import name_spans, repeat_spans
from marsad.entity_spans import MAX_ORG_WORDS
from marsad.merge import merge
from marsad.roles import RoleFinder
from marsad.stages.actors import Actors
from tests.conftest import find_span
from tests.test_entities_stage import segmented
from tests.test_merge import build

ORGS = PlaceNames(lexicons.organisations(), MAX_ORG_WORDS)


def _repeats(text: str, tagged: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(text, label) of the repeat spans found after one mention per (surface, label) of `tagged`."""
    article = segmented(text)
    found = [
        Entity(f"e{i}", label, s, (find_span(article.text, s),), source="model")
        for i, (s, label) in enumerate(tagged)
    ]
    stems = [w.stem for w in RoleFinder(article).words]
    busy = [
        any(m.start < t.end and t.start < m.end for e in found for m in e.mentions) for t in article.tokens
    ]
    return [(article.text[s.start : s.end], label) for s, label in repeat_spans(article, found, stems, busy)]


def test_a_later_repeat_of_an_organisation_is_found() -> None:
    # "The Ennahda movement took part …; the Ennahda movement's leader said": the second one too.
    text = "شاركت حركة النهضة في الاجتماع. وقال القيادي في حركة النهضة إن الاجتماع نجح."
    assert _repeats(text, [("حركة النهضة", "ORG")]) == [("حركة النهضة", "ORG")]


def test_a_repeat_without_the_nationality_word_and_with_a_proclitic() -> None:
    # "The Tunisian Ennahda movement …, and the Ennahda movement …" (و on the repeat's first word)
    text = "أعلنت حركة النهضة التونسية موقفها. وحركة النهضة ترفض القرار."
    assert _repeats(text, [("حركة النهضة التونسية", "ORG")]) == [("حركة النهضة", "ORG")]


def test_no_repeat_where_the_name_runs_on_or_is_one_word() -> None:
    # "The Saudi news agency … the official news agency": وكالة الأنباء الرسمية is another name.
    text = "ذكرت وكالة الأنباء السعودية الخبر، ونقلته وكالة الأنباء الرسمية أيضا."
    assert _repeats(text, [("وكالة الأنباء السعودية", "ORG")]) == []
    # a one-word name is left to the model (a common word may share it)
    assert _repeats("زار الوفد الرياض. وغادر الرياض أمس.", [("الرياض", "LOC")]) == []


def test_family_nisba_grows_a_two_word_name_only() -> None:
    # "Iraqi prime minister Mohammed Shia al-Sudani condemned the attack"
    text = "وأدان رئيس الوزراء العراقي محمد شياع السوداني الهجوم."
    article = segmented(text)
    grown = grow_family_nisba(article.text, article.tokens, find_span(text, "محمد شياع"))
    assert article.text[grown.start : grown.end] == "محمد شياع السوداني"
    # "the Sudanese president …": a one-word name keeps its bounds, as does a name before a title
    text2 = "التقى البرهان السوداني وفدا. والتقى محمد علي الوزير أمس."
    article2 = segmented(text2)
    one = find_span(text2, "البرهان")
    assert grow_family_nisba(article2.text, article2.tokens, one) == one
    two = find_span(text2, "محمد علي")
    assert grow_family_nisba(article2.text, article2.tokens, two) == two


def test_spokesman_of_the_group_named_before_takes_its_code() -> None:
    # "The Houthi group said …; the group's military spokesman Yahya Saree said": YEMREB, not the
    # article's country (the US, from the other places of such an article).
    text = (
        "قالت جماعة الحوثي إنها استهدفت سفينة. وقال المتحدث العسكري باسم الجماعة يحيى سريع إن العملية نجحت."
    )
    article = Actors(gazetteer=None)(merge(build(text, [("الحوثي", "ORG", 0), ("يحيى سريع", "PER", 0)])))
    person = next(e for e in article.entities if e.label == "PER")
    assert (person.roles, person.country, person.actor_code) == (
        ("المتحدث العسكري باسم الجماعة",),
        "YEM",
        "YEMREB",
    )
    # with no group named before, the bare noun names no body
    text2 = "وقال المتحدث العسكري باسم الجماعة يحيى سريع إن العملية نجحت."
    article2 = Actors(gazetteer=None)(merge(build(text2, [("يحيى سريع", "PER", 0)])))
    assert article2.entities[0].actor_code != "YEMREB"


def _people(text: str, tagged: list[str]) -> list[str]:
    """Names after split_joined_people on one PER mention per surface of `tagged` (first occurrences)."""
    article = segmented(text)
    found = [
        Entity(f"e{i}", "PER", s, (find_span(article.text, s),), source="model") for i, s in enumerate(tagged)
    ]
    stems = [w.stem for w in RoleFinder(article).words]
    starts = [t.start for t in article.tokens]
    return [e.name for e in split_joined_people(article.text, article.tokens, found, stems, starts)]


def test_host_and_guest_tagged_as_one_are_split() -> None:
    # "… Commission president Ursula von der Leyen …; President Sisi received von der Leyen"
    text = "وصلت أورسولا فون دير لاين إلى القاهرة. واستقبل الرئيس عبد الفتاح السيسي فون دير لاين أمس."
    tagged = ["أورسولا فون دير لاين", "عبد الفتاح السيسي فون دير لاين"]
    assert _people(text, tagged) == ["أورسولا فون دير لاين", "عبد الفتاح السيسي", "فون دير لاين"]


def test_family_names_stay_whole() -> None:
    # "Mohammed bin Zayed Al Nahyan … Khalifa bin Zayed Al Nahyan": the shared آل نهيان is no second person
    text = "استقبل محمد بن زايد آل نهيان الوفد. وهنأ خليفة بن زايد آل نهيان الفائزين."
    tagged = ["محمد بن زايد آل نهيان", "خليفة بن زايد آل نهيان"]
    assert _people(text, tagged) == tagged
    # a surname alone elsewhere does not split the full name (دير لاين after أورسولا فون دير لاين)
    text2 = "قالت أورسولا فون دير لاين إن الاتفاق مهم. وأضافت دير لاين أن العمل مستمر."
    assert _people(text2, ["أورسولا فون دير لاين", "دير لاين"]) == ["أورسولا فون دير لاين", "دير لاين"]


def _fitted(fit: Callable[..., list[Entity]], text: str, tagged: str, label: str) -> list[tuple[str, str]]:
    """(label, name) of the entities after an organisation fit (split_leading_orgs, orgs_over_places) on one
    model mention of `tagged` labelled `label`."""
    article = segmented(text)
    found = [Entity("e0", label, tagged, (find_span(text, tagged),), source="model")]
    stems = [w.stem for w in RoleFinder(article).words]
    starts = [t.start for t in article.tokens]
    out = fit(article.text, article.tokens, found, stems, ORGS, starts, "model")
    return [(e.label, e.name) for e in out]


def test_an_org_mention_run_into_a_name_is_split() -> None:
    # "Commission president Ursula von der Leyen" tagged ORG as a whole
    text = "وقالت رئيسة المفوضية الأوروبية أورسولا فون دير لاين إن الاتفاق مهم."
    assert _fitted(split_leading_orgs, text, "المفوضية الأوروبية أورسولا فون دير لاين", "ORG") == [
        ("ORG", "المفوضية الأوروبية"),
        ("PER", "أورسولا فون دير لاين"),
    ]
    # one word after the organisation may be its own (الجيش السوري الحر is no army + person)
    text2 = "وقالت منظمة العفو الدولية الحرة إن التقرير صدر."
    tagged2 = "منظمة العفو الدولية الحرة"
    assert _fitted(split_leading_orgs, text2, tagged2, "ORG") == [("ORG", tagged2)]


def test_a_name_particle_is_no_first_name() -> None:
    # "von der Leyen said …; von was there, and von der Leyen attended": فون opens a surname and is no
    # person of its own; the surname's last word is still found (in the untagged third mention)
    text = "قالت فون دير لاين إن الاتفاق مهم. وكان فون حاضرا، وحضرت فون دير لاين الاجتماع."
    article = segmented(text)
    found = [Entity("e0", "PER", "فون دير لاين", (find_span(text, "فون دير لاين"),), source="model")]
    stems = [w.stem for w in RoleFinder(article).words]
    spans = name_spans(article, found, stems, [m for e in found for m in e.mentions])
    assert [article.text[s.start : s.end] for s in spans] == ["لاين"]


def test_a_listed_organisation_wins_over_the_place_it_runs_into() -> None:
    # "The Kurdistan Regional Government of Iraq announced …": the model tags كردستان العراق as a place
    text = "أعلنت حكومة إقليم كردستان العراق أنها توصلت إلى اتفاق."
    assert _fitted(orgs_over_places, text, "كردستان العراق", "LOC") == [
        ("ORG", "حكومة إقليم كردستان"),
        ("LOC", "العراق"),
    ]
    # a place with no listed name running into it stays a place
    text2 = "وصل الوفد إلى إقليم كردستان العراق أمس."
    assert _fitted(orgs_over_places, text2, "كردستان العراق", "LOC") == [("LOC", "كردستان العراق")]


def test_given_name_between_title_and_surname() -> None:
    # "Turkish defence minister Yaşar Güler said": the model found غولر only; يشار is also a common verb
    # form, so only its place after a title phrase's nationality tells it is a given name
    text = "وقال وزير الدفاع التركي يشار غولر إن بلاده مستعدة."
    article = segmented(text)
    grown = grow_given_name(article.text, article.tokens, find_span(text, "غولر"))
    assert article.text[grown.start : grown.end] == "يشار غولر"
    # a time word there is no given name ("the Turkish minister yesterday, Güler …")
    text2 = "وقال وزير الدفاع التركي أمس غولر إن بلاده مستعدة."
    article2 = segmented(text2)
    kept = find_span(text2, "غولر")
    assert grow_given_name(article2.text, article2.tokens, kept) == kept


def test_deputy_defence_minister_is_government() -> None:
    # "Russian deputy defence minister Yunus-Bek Yevkurov": RUSGOV (the agents lexicon's GOVMIL for وزير
    # الدفاع is no sector of its own)
    text = "وصل نائب وزير الدفاع الروسي يونس بك يفكوروف إلى بنغازي."
    article = Actors(gazetteer=None)(merge(build(text, [("يونس بك يفكوروف", "PER", 0)])))
    assert (article.entities[0].country, article.entities[0].actor_code) == ("RUS", "RUSGOV")


def test_foreign_surname_tagged_org_is_the_person() -> None:
    # "German minister Annalena Baerbock …; Baerbock said": the model read the bare surname as an ORG
    text = "استقبل الوزير نظيرته الألمانية أنالينا بيربوك. وقالت بيربوك إن برلين تقدر الدور التركي."
    article = merge(build(text, [("أنالينا بيربوك", "PER", 0), ("بيربوك", "ORG", 1)]))
    assert [(e.label, e.name, len(e.mentions)) for e in article.entities] == [("PER", "أنالينا بيربوك", 2)]
    # a surname with ال may name a group: the Houthis stay an organisation beside their leader
    text2 = "قال عبدالملك الحوثي إن المفاوضات فشلت. وأعلن الحوثي رفضه للمبادرة."
    article2 = merge(build(text2, [("عبدالملك الحوثي", "PER", 0), ("الحوثي", "ORG", 1)]))
    assert sorted(e.label for e in article2.entities) == ["ORG", "PER"]


def test_a_name_ends_before_a_complementiser() -> None:
    # "The IAEA announced that Iran raised …": the model ran the agency into أن إيران
    text = "أعلنت الوكالة الدولية للطاقة الذرية أن إيران رفعت مخزونها."
    article = segmented(text)
    cut = cut_at_clause(
        article.text, article.tokens, find_span(text, "الوكالة الدولية للطاقة الذرية أن إيران")
    )
    assert article.text[cut.start : cut.end] == "الوكالة الدولية للطاقة الذرية"


def test_director_of_the_agency_named_before_is_its_official() -> None:
    # "The IAEA announced …, in a report seen by Reuters. The agency's director general Grossi said": the
    # agency is the IAEA (IGOUNOIAE), not the news agency that relayed the report
    text = (
        "أعلنت الوكالة الدولية للطاقة الذرية أن إيران رفعت مخزونها، وفق تقرير اطلعت عليه وكالة رويترز. "
        "وقال المدير العام للوكالة رافائيل غروسي إن الوضع مقلق."
    )
    mentions = [
        ("الوكالة الدولية للطاقة الذرية", "ORG", 0),
        ("وكالة رويترز", "ORG", 0),
        ("رافائيل غروسي", "PER", 0),
    ]
    base = segmented(text)
    found = tuple(
        Entity(f"e{i}", label, s, (find_span(text, s, n),), source="test")
        for i, (s, label, n) in enumerate(mentions)
    )
    article = Actors(gazetteer=None)(merge(dataclasses.replace(base, entities=found)))
    person = next(e for e in article.entities if e.label == "PER")
    assert (person.roles, person.actor_code) == (("المدير العام للوكالة",), "IGOUNOIAE")


def test_an_organisation_after_a_proclitic_lam_is_split_from_the_name() -> None:
    # "Interpol's secretary general Jürgen Stock said": للإنتربول is cut ل + لإنتربول, and the model ran the
    # organisation into the name as one ORG
    text = "وقال الأمين العام للإنتربول يورغن ستوك إن المنظمة تعمل."
    assert _fitted(split_leading_orgs, text, "لإنتربول يورغن ستوك", "ORG") == [
        ("ORG", "لإنتربول"),
        ("PER", "يورغن ستوك"),
    ]
