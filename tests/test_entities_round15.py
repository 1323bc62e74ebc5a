"""Session 15's entity passes: a company named after a place (marsad.entity_companies), a place inside a
listed outlet's name (marsad.entity_outlets), a family name that is also a nationality word repeated alone
(marsad.entity_repeats), a body word a name ran on into (marsad.entity_tails), a title phrase over a bracketed
acronym (marsad.roles). Sentences written for these tests."""

from __future__ import annotations

import dataclasses

from marsad.article import Article, Entity, Span
from marsad.entity_clitics import regrow_clitic_letters
from marsad.entity_companies import company_names
from marsad.entity_outlets import drop_places_in_outlets
from marsad.entity_places import PlaceNames, descriptor_spans
from marsad.entity_repeats import name_spans
from marsad.entity_tails import grow_family_head, trim_agent_tail
from marsad.gazetteer import default
from marsad.roles import RoleFinder, find_roles
from marsad.stages.actors import Actors
from tests.conftest import find_span
from tests.test_entities_stage import segmented


def _companies(text: str, tagged: str, label: str = "LOC") -> list[tuple[str, str]]:
    article = segmented(text)
    found = [Entity("e0", label, tagged, (find_span(text, tagged),), source="model")]
    stems = [w.stem for w in RoleFinder(article).words]
    out = company_names(article.tokens, stems, found, "company")
    return [(e.label, text[e.mentions[0].start : e.mentions[0].end]) for e in out]


def test_a_place_opening_a_company_name_is_the_company() -> None:
    # "Workers of the Tunisia Company for Cement and Building went on strike yesterday."
    text = "أضرب عمال شركة تونس للإسمنت والبناء أمس."
    assert _companies(text, "تونس") == [("ORG", "تونس للإسمنت والبناء")]
    # "Bank of Amman for Investment raised its capital" (a bank, one ل word)
    text = "رفع بنك عمان للاستثمار رأسماله."
    assert _companies(text, "عمان") == [("ORG", "عمان للاستثمار")]


def test_a_place_after_a_company_head_without_a_lam_word_or_with_an_article_stays() -> None:
    # "The company's workers in Tunisia protested" (no ل word after the place), "the company Tunisia …"
    # with a definite head, and "a company of Tunisia's" where the place carries a clitic.
    assert _companies("احتج عمال شركة تونس أمس.", "تونس") == [("LOC", "تونس")]
    assert _companies("احتج عمال الشركة تونس للإسمنت.", "تونس") == [("LOC", "تونس")]
    assert _companies("احتج عمال شركة بتونس للإسمنت.", "تونس") == [("LOC", "تونس")]
    assert _companies("زار الوزير تونس للقاء الرئيس.", "تونس") == [("LOC", "تونس")]


def _coded(text: str, tagged: list[tuple[str, str, str]]) -> Entity:
    """The last of the entities (mention text, label, name) after the actors stage codes it."""
    entities = tuple(
        Entity(f"e{i}", label, name, (find_span(text, mention),), source="test")
        for i, (mention, label, name) in enumerate(tagged)
    )
    article = dataclasses.replace(segmented(text), entities=entities)
    return Actors(None).code(article, RoleFinder(article), entities[-1])


def test_a_company_named_after_a_place_is_business() -> None:
    text = "أضرب عمال شركة تونس للإسمنت والبناء أمس."
    coded = _coded(text, [("تونس للإسمنت والبناء", "ORG", "تونس للإسمنت والبناء")])
    assert (coded.country, coded.actor_code) == ("TUN", "TUNBUS")


def _outlets(text: str, tagged: list[tuple[str, str]]) -> list[tuple[str, str]]:
    article = segmented(text)
    found = [Entity(f"e{i}", label, name, (find_span(text, name),)) for i, (label, name) in enumerate(tagged)]
    out = drop_places_in_outlets(article, found)
    return [(e.label, e.name) for e in out]


def test_a_place_inside_a_listed_outlets_name_is_dropped() -> None:
    # "…, as the Saudi Press Agency reported; the minister arrived in Jeddah."
    text = "وصل الوزير إلى جدة، وفق ما نقلت وكالة الأنباء السعودية."
    assert _outlets(text, [("LOC", "جدة"), ("LOC", "السعودية")]) == [("LOC", "جدة")]


def test_a_place_outside_an_outlets_name_or_the_whole_name_stays() -> None:
    # "Saudi Arabia announced …" with no agency: the country stays; an ORG mention of the agency stays.
    text = "أعلنت السعودية رفع الحظر."
    assert _outlets(text, [("LOC", "السعودية")]) == [("LOC", "السعودية")]
    text = "نقلت وكالة الأنباء السعودية الخبر."
    assert _outlets(text, [("ORG", "وكالة الأنباء السعودية")]) == [("ORG", "وكالة الأنباء السعودية")]


def _repeats(text: str, full: str) -> list[str]:
    article = segmented(text)
    found = [Entity("e0", "PER", full, (find_span(text, full),))]
    stems = [w.stem for w in RoleFinder(article).words]
    return [text[s.start : s.end] for s in name_spans(article, found, stems, found[0].mentions)]


def test_a_family_name_that_is_a_nationality_word_repeats_as_a_noun() -> None:
    # "Prime minister Karim Hadi al-Masri met … and al-Masri said …; with al-Masri …; the Egyptian minister"
    text = (
        "التقى رئيس الوزراء كريم هادي المصري الوفد، وقال المصري إن اللقاء مثمر. "
        "وتحدث الوفد مع المصري عن الوضع، ثم التقى الوزير المصري ونظيره المصري."
    )
    assert _repeats(text, "كريم هادي المصري") == ["المصري", "المصري"]


def test_a_nationality_word_before_another_name_is_no_repeat() -> None:
    # "Turki al-Malki (full name elsewhere) … said Turki Nasser": the word opens another name here.
    text = "قال تركي المالكي إن الوضع هادئ، وأوضح تركي ناصر أن الطريق مفتوح."
    article = segmented(text)
    found = [
        Entity("e0", "PER", "تركي المالكي", (find_span(text, "تركي المالكي"),)),
        Entity("e1", "PER", "ناصر", (find_span(text, "ناصر"),)),
    ]
    stems = [w.stem for w in RoleFinder(article).words]
    taken = [m for e in found for m in e.mentions]
    assert [text[s.start : s.end] for s in name_spans(article, found, stems, taken)] == []


def test_a_body_word_after_a_persons_name_is_cut_off() -> None:
    # "The adviser Salim Wahbi accused the army of shelling …": the model or the speaker pass ran the name
    # on into the army; "the minister Salim Wahbi al-Hakim" (a family name, no body word) keeps it.
    text = "اتهم المستشار سليم وهبي الجيش بقصف الأحياء."
    article = segmented(text)
    span = trim_agent_tail(text, article.tokens, find_span(text, "سليم وهبي الجيش"))
    assert text[span.start : span.end] == "سليم وهبي"
    text = "قال الوزير سليم وهبي الحكيم إن الوضع هادئ."
    article = segmented(text)
    span = trim_agent_tail(text, article.tokens, find_span(text, "سليم وهبي الحكيم"))
    assert text[span.start : span.end] == "سليم وهبي الحكيم"


def test_a_body_word_is_no_part_of_a_name_to_repeat() -> None:
    # A mention "Salim al-Jaish" tagged by the model: the army later in the text is no repeat of it.
    text = "قال سليم الجيش إن الوضع هادئ، وانتشر الجيش في المدينة."
    assert _repeats(text, "سليم الجيش") == []


def _tagged(text: str, tagged: list[tuple[str, str]]) -> Article:
    entities = tuple(
        Entity(f"e{i}", label, name, (find_span(text, name),)) for i, (name, label) in enumerate(tagged)
    )
    return dataclasses.replace(segmented(text), entities=entities)


def test_a_title_keeps_its_phrase_over_a_bracketed_acronym() -> None:
    # "The executive director of the UN Children's Fund (UNICEF) Marta Lind called on …"
    text = "ودعت المديرة التنفيذية لمنظمة الأمم المتحدة للطفولة (يونيسف) مارتا ليند إلى وقف القتال."
    name = "مارتا ليند"
    article = _tagged(text, [("الأمم المتحدة", "ORG"), ("يونيسف", "ORG"), (name, "PER")])
    span = find_span(text, name)
    (role,) = find_roles(article, [span])[span].roles
    assert role.text == "المديرة التنفيذية لمنظمة الأمم المتحدة للطفولة (يونيسف)"
    assert role.org_code is not None and role.org_code.startswith("IGOUNO")
    # a long bracket (a clause, not an acronym) still ends the phrase
    text = "ودعت المديرة التنفيذية لمنظمة الأمم المتحدة (التي تأسست قبل عقود طويلة) مارتا ليند إلى الهدوء."
    article = _tagged(text, [("الأمم المتحدة", "ORG"), (name, "PER")])
    span = find_span(text, name)
    assert find_roles(article, [span])[span].roles == ()


def test_a_family_name_after_al_takes_the_al() -> None:
    # "Sheikh Hamad al-Kuwari … then Al Kuwari said": the model tags only the family word.
    text = "وأوضح آل كواري أن المفاوضات حساسة."
    article = segmented(text)
    span = grow_family_head(text, article.tokens, find_span(text, "كواري"))
    assert text[span.start : span.end] == "آل كواري"
    text = "وقال كواري إن الوضع هادئ."  # no آل: unchanged
    article = segmented(text)
    span = grow_family_head(text, article.tokens, find_span(text, "كواري"))
    assert text[span.start : span.end] == "كواري"


def test_a_future_particle_read_on_a_names_first_word_goes_back() -> None:
    # "… and the lawyer Saniya Dabbous": سنية is read as س + نية ("we will …"); a name takes no future
    # particle, so the mention the model gives (from نية) grows back over it.
    text = "وقالت المحامية سنية الدبوسي إن الحكم جائر."
    article = segmented(text)
    (cut,) = [t for t in article.tokens if text[t.start : t.end] == "سنية"]
    assert cut.prefixes == ("س",)  # the reading this pass mends
    span = Span(cut.stem.start, find_span(text, "الدبوسي").end)
    found = [Entity("e0", "PER", text[span.start : span.end], (span,))]
    (entity,) = regrow_clitic_letters(text, article.tokens, found)
    assert entity.name == "سنية الدبوسي"


def test_a_roles_body_gives_the_country_before_a_dictionary_surname() -> None:
    # "The leader in Tunisia's Ennahda movement Kamal bin Mubarak said": مبارك alone is Hosni Mubarak in the
    # actor dictionary; the body his role names is Tunisian.
    text = "وقال القيادي في حركة النهضة التونسية كمال بن مبارك إن الحكم جائر."
    party, person = "حركة النهضة التونسية", "كمال بن مبارك"
    coded = _coded(text, [(party, "ORG", party), (person, "PER", person)])
    assert coded.country == "TUN"


def test_a_roles_nationality_goes_before_a_foreign_bodys_country() -> None:
    # "The spokesman of the Iranian Kurdistan Democratic Party Sami Karimi confirmed": الحزب الديمقراطي alone
    # is the US Democratic Party in the actor dictionary; the role's nationality says the party is Iran's.
    text = "وأكد المتحدث باسم الحزب الديمقراطي الكردستاني الإيراني سامي كريمي أن القصف استهدف اجتماعا."
    coded = _coded(text, [("سامي كريمي", "PER", "سامي كريمي")])
    assert coded.actor_code is not None and coded.actor_code.startswith("IRN")


def _roles_of(text: str, name: str) -> tuple[str, ...]:
    span = find_span(text, name)
    article = _tagged(text, [(name, "PER")])
    return tuple(r.text for r in find_roles(article, [span])[span].roles)


def test_a_judges_honorific_after_an_office_keeps_the_office() -> None:
    # "The speaker of the Libyan House of Representatives, Counsellor Salem Idris, called …"
    text = "ودعا رئيس مجلس النواب الليبي المستشار سالم إدريس إلى الحوار."
    assert _roles_of(text, "سالم إدريس") == ("رئيس مجلس النواب الليبي", "المستشار")
    # "the Egyptian president received the German chancellor Karl Weber": المستشار with a nationality is
    # the office itself, and the president's title stays his
    text = "واستقبل الرئيس المصري المستشار الألماني كارل فيبر في القصر."
    assert _roles_of(text, "كارل فيبر") == ("المستشار الألماني",)


def test_an_operations_command_and_its_province_are_the_rank_holders_office() -> None:
    # "The commander of Anbar operations Major General Karim Salman said …"
    text = "وقال قائد عمليات الأنبار اللواء كريم سلمان إن قواته تقدمت."
    article = _tagged(text, [("الأنبار", "LOC"), ("كريم سلمان", "PER")])
    span = find_span(text, "كريم سلمان")
    roles = tuple(r.text for r in find_roles(article, [span])[span].roles)
    assert roles == ("قائد عمليات الأنبار", "اللواء")


def test_an_agent_noun_after_a_directorate_is_no_district() -> None:
    # "The detachments of the directorate of military intelligence arrested …" / "the district of Kutaf"

    gazetteer = default()
    known = PlaceNames(gazetteer.known_names())
    for text, expected in [
        ("اعتقلت مفارز مديرية الاستخبارات العسكرية متهما.", []),
        ("قتل شخصان في مديرية كتاف شمالي البلاد.", ["كتاف"]),
    ]:
        article = segmented(text)
        spans = descriptor_spans(article, gazetteer.descriptors, known, [])
        assert [text[s.start : s.end] for s in spans] == expected


def test_an_analyst_and_a_missions_head_have_their_roles() -> None:
    # "The Jordanian political analyst Samer Haddad told …"; "the head of the committee's mission in
    # Yemen Lina Saleh said …"
    assert _roles_of("وقال المحلل السياسي الأردني سامر حداد إن الزيارة مهمة.", "سامر حداد") == (
        "المحلل السياسي الأردني",
    )
    text = "وقالت رئيسة بعثة اللجنة الدولية في اليمن لينا صالح إن العملية نجحت."
    article = _tagged(text, [("بعثة اللجنة الدولية", "ORG"), ("اليمن", "LOC"), ("لينا صالح", "PER")])
    span = find_span(text, "لينا صالح")
    assert [r.text for r in find_roles(article, [span])[span].roles] == ["رئيسة بعثة اللجنة الدولية في اليمن"]


def test_a_listed_body_behind_an_elided_article_is_coded_whole() -> None:
    # "… according to a statement of the Royal Hashemite Court": للديوان is ل + الديوان with the alif eaten;
    # the stems alone match only الهاشمي, a person in the actor dictionary.
    text = "وأكد الملك، بحسب بيان للديوان الملكي الهاشمي، حرص الأردن على التعاون."
    coded = _coded(text, [("لديوان الملكي الهاشمي", "ORG", "الديوان الملكي الهاشمي")])
    assert coded.actor_code == "JORGOV"


def test_an_office_in_a_named_province_or_a_listed_body() -> None:
    # "The commander of internal security in the province of Rif Dimashq, Brigadier Karim Nasser, said";
    # "the former member of the National Assembly Fahd Salem criticised …"
    text = "وقال قائد الأمن الداخلي في محافظة ريف دمشق العميد كريم ناصر إن الخلية ضبطت."
    article = _tagged(text, [("ريف دمشق", "LOC"), ("كريم ناصر", "PER")])
    span = find_span(text, "كريم ناصر")
    roles = [r.text for r in find_roles(article, [span])[span].roles]
    assert roles == ["قائد الأمن الداخلي في محافظة ريف دمشق", "العميد"]
    assert _roles_of("وانتقد النائب السابق في مجلس الأمة فهد سالم أداء الحكومة.", "فهد سالم") == (
        "النائب السابق في مجلس الأمة",
    )
