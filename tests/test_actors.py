"""Country and CAMEO actor code of entities (marsad.stages.actors), on merged and unmerged articles."""

from __future__ import annotations

import dataclasses

import pytest

from marsad.article import Article, Entity
from marsad.merge import merge
from marsad.pipeline import run
from marsad.stages.actors import Actors
from tests.conftest import find_span
from tests.test_entities_stage import segmented
from tests.test_merge import build

STAGE = Actors(gazetteer=None)  # no gazetteer: tests do not depend on marsad.gazetteer


class FakeGazetteer:
    """A dict-backed gazetteer."""

    def __init__(self, places: dict[str, str]) -> None:
        self.places = places

    def country_of(self, folded_name: str) -> str | None:
        return self.places.get(folded_name)

    def town_country(self, folded_name: str, population: int) -> str | None:
        return self.places.get(folded_name)  # every listed place a large town


def coded(text: str, mentions: list[tuple[str, str, int]], stage: Actors = STAGE) -> list[tuple[object, ...]]:
    """(name, roles, country, actor_code) of each entity after merge and actors."""
    article = stage(merge(build(text, mentions)))
    return [(e.name, e.roles, e.country, e.actor_code) for e in article.entities]


def test_erdogan_merged_and_coded() -> None:
    # "Turkish President Recep Tayyip Erdoğan stressed … Erdoğan added": one Turkish government actor.
    text = "أكد الرئيس التركي رجب طيب أردوغان أن حكومته جاهزة، وأضاف أردوغان أن التفاوض مستمر."
    assert coded(text, [("رجب طيب أردوغان", "PER", 0), ("أردوغان", "PER", 1)]) == [
        ("رجب طيب أردوغان", ("الرئيس التركي",), "TUR", "TURGOV")
    ]


@pytest.mark.parametrize(
    ("text", "name", "country", "code"),
    [
        ("قصف الجيش السوري المدينة.", "الجيش السوري", "SYR", "SYRMIL"),  # the Syrian army shelled the city
        # The Syrian opposition: political opposition (OPP); armed wording such as فصائل المعارضة is REB.
        ("رفضت المعارضة السورية الاتفاق.", "المعارضة السورية", "SYR", "SYROPP"),
        (
            "اعتقلت الشرطة الأردنية المشتبه به.",
            "الشرطة الأردنية",
            "JOR",
            "JORCOP",
        ),  # Jordanian police arrested
        (
            "اجتمع مجلس الأمن القومي التركي أمس.",
            "مجلس الأمن القومي التركي",
            "TUR",
            "TURGOV",
        ),  # Turkish NSC met
        ("أعلنت وزارة الخارجية العراقية الخبر.", "وزارة الخارجية العراقية", "IRQ", "IRQGOV"),  # Iraqi MFA
        # Iraq's education ministry: the dictionary's code opens with a sector (GOVEDU), no country of its own
        ("أعلنت وزارة التعليم العراقية الخبر.", "وزارة التعليم العراقية", "IRQ", "IRQGOVEDU"),
        (
            "رحبت الحكومة العراقية بالقرار.",
            "الحكومة العراقية",
            "IRQ",
            "IRQGOV",
        ),  # the Iraqi government welcomed
        ("دعت الأمم المتحدة إلى الهدوء.", "الأمم المتحدة", None, "IGOUNO"),  # the UN called for calm
        ("أعلنت حركة حماس الهدنة.", "حركة حماس", "PSE", "PSEREBHMS"),  # Hamas: the dictionary's code whole
        ("فصائل المعارضة تتقدم في الريف.", "فصائل المعارضة", None, "REB"),  # opposition factions: no country
        ("قالت بي بي سي إن", "بي بي سي", "GBR", "GBRMED"),  # an outlet of outlets.tsv: its country's media
        ("ذكرت صحيفة واشنطن بوست أن", "صحيفة واشنطن بوست", "USA", "USAMED"),  # type noun set aside
        ("قال المرصد السوري لحقوق الإنسان إن", "المرصد السوري لحقوق الإنسان", "SYR", "SYROPPHRI"),
        ("وقال نادي الأسير في بيان إن", "نادي الأسير", "PSE", "PSENGO"),  # the Prisoners' Club, an NGO
        # "the Chinese company Sinopec signed": the nationality adjective after the name gives the country,
        # the company head before it the sector
        ("وقعت شركة سينوبك الصينية الاتفاق.", "سينوبك", "CHN", "CHNBUS"),
        # "the club's board demanded": a board of directors is BUS, not the government
        ("وطالب مجلس إدارة النادي بحكام أجانب.", "مجلس إدارة النادي", None, "BUS"),
        # "the Coalition to Support Legitimacy in Yemen announced": the listed name's code (Saudi-led,
        # SAUMIL) gives the country, not Yemen named inside it
        ("أعلن تحالف دعم الشرعية في اليمن الخبر.", "تحالف دعم الشرعية في اليمن", "SAU", "SAUMIL"),
    ],
)
def test_org_codes(text: str, name: str, country: str | None, code: str) -> None:
    assert coded(text, [(name, "ORG", 0)]) == [(name, (), country, code)]


@pytest.mark.parametrize(
    ("text", "name", "roles", "country", "code"),
    [
        # "Iranian chief of staff Mohammad Bagheri": a military title.
        (
            "قال رئيس الأركان الإيراني محمد باقري إن",
            "محمد باقري",
            ("رئيس الأركان الإيراني",),
            "IRN",
            "IRNMIL",
        ),
        # "UN Secretary-General António Guterres": the organisation's code, no country.
        (
            "وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن",
            "أنطونيو غوتيريش",
            ("الأمين العام للأمم المتحدة",),
            None,
            "IGOUNO",
        ),
        # "Erdoğan said": no title in the text, the actors lexicon knows him.
        ("قال أردوغان إن", "أردوغان", (), "TUR", "TURGOV"),
        # "the Egyptian journalist Ahmed Mansour": a media title.
        ("كتب الصحفي المصري أحمد منصور مقالا.", "أحمد منصور", ("الصحفي المصري",), "EGY", "EGYMED"),
        # "Mohammed al-Masri said": a nisba surname is no nationality.
        ("قال محمد المصري إن", "محمد المصري", (), None, None),
        # "the American president, Donald Trump": a comma between title and name.
        (
            "انتقد الرئيس الأمريكي، دونالد ترامب، القرار.",
            "دونالد ترامب",
            ("الرئيس الأمريكي",),
            "USA",
            "USAGOV",
        ),
        # "the UN envoy to Yemen Martin Griffiths": the destination is the phrase's, not his country.
        (
            "ودعا المبعوث الأممي إلى اليمن مارتن غريفيث الأطراف إلى الحوار.",
            "مارتن غريفيث",
            ("المبعوث الأممي إلى اليمن",),
            None,
            "IGOUNO",
        ),
        # "the American ambassador to Israel David Friedman": American, sent to Israel.
        (
            "وقال السفير الأمريكي لدى إسرائيل ديفيد فريدمان إن",
            "ديفيد فريدمان",
            ("السفير الأمريكي لدى إسرائيل",),
            "USA",
            "USAGOV",
        ),
        # "the UN's special adviser on Libya Stephanie Williams": بشأن (ب + شأن) ends the title like إلى.
        (
            "وأعربت المستشارة الأممية الخاصة بشأن ليبيا ستيفاني ويليامز عن قلقها.",
            "ستيفاني ويليامز",
            ("المستشارة الأممية الخاصة بشأن ليبيا",),
            None,
            "IGOUNO",
        ),
        # "the spokesman of the occupation army Avichay Adraee": Israel's army in Arab news (ISRMIL).
        (
            "وزعم المتحدث باسم جيش الاحتلال أفيخاي أدرعي أن",
            "أفيخاي أدرعي",
            ("المتحدث باسم جيش الاحتلال",),
            "ISR",
            "ISRMIL",
        ),
        # "the EU's foreign policy chief Josep Borrell": an office in a listed body (في + EU) is the body's.
        (
            "وقال مسؤول السياسة الخارجية في الاتحاد الأوروبي جوزيب بوريل إن",
            "جوزيب بوريل",
            ("مسؤول السياسة الخارجية في الاتحاد الأوروبي",),
            None,
            "IGOEUREEC",
        ),
        # "Katrin Weber, leader of the German Social Democratic Party": الحزب الديمقراطي is also the US
        # Democratic Party's name (USAPTY), but the phrase says German.
        (
            "رفضت كاترين فيبر، زعيمة الحزب الديمقراطي الاشتراكي الألماني، الاقتراح.",
            "كاترين فيبر",
            ("زعيمة الحزب الديمقراطي الاشتراكي الألماني",),
            "DEU",
            "DEUPTY",
        ),
        # "The minister met his Jordanian counterpart Omar al-Ali": a counterpart is a title (a state
        # official, GOV), and another person than the subject before it (الوزير is no part of his role).
        ("التقى الوزير نظيره الأردني عمر العلي.", "عمر العلي", ("نظيره الأردني",), "JOR", "JORGOV"),
        # "the military spokesman for the Houthis Yahya Saree": speaks for the Houthis (YEMREB).
        (
            "وقال المتحدث العسكري باسم الحوثيين يحيى سريع إن",
            "يحيى سريع",
            ("المتحدث العسكري باسم الحوثيين",),
            "YEM",
            "YEMREB",
        ),
    ],
)
def test_person_codes(
    text: str, name: str, roles: tuple[str, ...], country: str | None, code: str | None
) -> None:
    assert coded(text, [(name, "PER", 0)]) == [(name, roles, country, code)]


def test_envoy_is_not_of_the_country_he_is_sent_to() -> None:
    # "Syria's army shelled ...; the special envoy to Syria said": the article is about Syria, but the
    # envoy sent there takes no Syrian code from it.
    text = "قصف الجيش السوري مدنا في سوريا. وقال المبعوث الخاص إلى سوريا ستافان دي ميستورا إن"
    found = coded(text, [("سوريا", "LOC", 0), ("سوريا", "LOC", 1), ("ستافان دي ميستورا", "PER", 0)])
    assert found[-1] == ("ستافان دي ميستورا", ("المبعوث الخاص إلى سوريا",), None, "GOV")


def test_adviser_is_not_coded_as_erdogan() -> None:
    # "Erdoğan's adviser said Erdoğan will travel": Erdoğan keeps the dictionary's code; no title from مستشار.
    text = "قال مستشار أردوغان إن أردوغان سيسافر."
    assert coded(text, [("أردوغان", "PER", 0), ("أردوغان", "PER", 1)]) == [("أردوغان", (), "TUR", "TURGOV")]


@pytest.mark.parametrize(
    ("name", "country", "code"),
    [
        ("تركيا", "TUR", "TUR"),  # Turkey: a state, coded by its ISO code
        ("الولايات المتحدة", "USA", "USA"),  # the United States
        ("أنقرة", None, None),  # Ankara: left to the places stage
        ("الشرق الأوسط", None, "MEA"),  # the Middle East: a CAMEO region, no country
        ("الخليج", None, "PGS"),  # the Gulf
        ("أوروبا", None, "EUR"),  # Europe
        ("الضفة الغربية", "PSE", None),  # the West Bank: a region of a country, no CAMEO code
    ],
)
def test_loc_codes(name: str, country: str | None, code: str | None) -> None:
    assert coded(f"وصل الوفد إلى {name} أمس.", [(name, "LOC", 0)]) == [(name, (), country, code)]


def test_gazetteer_gives_city_country() -> None:
    # "Aleppo city council": the city is found by the (fake) gazetteer.
    stage = Actors(gazetteer=FakeGazetteer({"حلب": "SYR"}))
    assert coded("قرر مجلس مدينة حلب إغلاق السوق.", [("مجلس مدينة حلب", "ORG", 0)], stage) == [
        ("مجلس مدينة حلب", (), "SYR", "SYRGOV")  # a city council: local government
    ]


def test_org_of_unknown_sector_has_no_bare_country_code() -> None:
    # "Aleppo's club won": a country alone is a state's code in CAMEO, not a club's.
    stage = Actors(gazetteer=FakeGazetteer({"حلب": "SYR"}))
    assert coded("فاز نادي حلب أمس.", [("نادي حلب", "ORG", 0)], stage) == [("نادي حلب", (), "SYR", None)]


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        # "Judge John Roberts said in Washington that the United States …": a judge with no nationality
        # of his own takes the country the article's places point to.
        (
            "قال القاضي جون روبرتس في واشنطن إن الولايات المتحدة ستلتزم.",
            [("جون روبرتس", "PER", 0), ("واشنطن", "LOC", 0), ("الولايات المتحدة", "LOC", 0)],
            ("جون روبرتس", ("القاضي",), "USA", "USAJUD"),
        ),
        # "Ahmad Ali was killed in Gaza": a private person of the article's country.
        (
            "قتل أحمد علي في غزة أمس.",
            [("أحمد علي", "PER", 0), ("غزة", "LOC", 0)],
            ("أحمد علي", (), "PSE", "PSECVL"),
        ),
        # "Dubai, UAE (CNN) -- Qatar's minister Khalid Ali said in Doha …": the dateline's places do
        # not vote, so Qatar leads.
        (
            "دبي، الإمارات (CNN) -- قال خالد علي في الدوحة إن قطر صامدة.",
            [("دبي", "LOC", 0), ("الإمارات", "LOC", 0), ("خالد علي", "PER", 0), ("الدوحة", "LOC", 0),
             ("قطر", "LOC", 0)],
            ("خالد علي", (), "QAT", "QATCVL"),
        ),
    ],
)  # fmt: skip
def test_article_country_stands_in(
    text: str, mentions: list[tuple[str, str, int]], expected: tuple[object, ...]
) -> None:
    stage = Actors(gazetteer=FakeGazetteer({"واشنطن": "USA", "غزه": "PSE", "الدوحه": "QAT", "دبي": "ARE"}))
    people = [c for c in coded(text, mentions, stage) if c[0] == expected[0]]
    assert people == [expected]


def test_family_name_with_article_is_no_dictionary_match() -> None:
    # "Brigadier Raddad al-Hashimi": not Tariq al-Hashimi of the dictionary (IRQ), a military officer.
    assert coded("قال العميد رداد الهاشمي إن", [("رداد الهاشمي", "PER", 0)]) == [
        ("رداد الهاشمي", ("العميد",), None, "MIL")
    ]


def test_two_titles_of_one_person() -> None:
    # "the conservative justice Samuel Alito": القاضي (JUD) heads the phrase, المحافظ does not start
    # a governor's title.
    assert coded("قال القاضي المحافظ صمويل أليتو إن", [("صمويل أليتو", "PER", 0)]) == [
        ("صمويل أليتو", ("القاضي المحافظ",), None, "JUD")
    ]


def test_sector_first_code_takes_the_article_country() -> None:
    # "the education ministry announced … in Baghdad … Iraq": the ministry's dictionary code GOVEDU has no
    # country; it was read as country "GOV".
    text = "أعلنت وزارة التعليم تعطيل الدوام في بغداد والبصرة وكربلاء بالعراق."
    found = coded(text, [("وزارة التعليم", "ORG", 0), ("بغداد", "LOC", 0), ("البصرة", "LOC", 0),
                         ("كربلاء", "LOC", 0), ("العراق", "LOC", 0)])  # fmt: skip
    assert found[0][2:] in (("IRQ", "IRQGOVEDU"), (None, "GOVEDU"))
    assert found[0][2] != "GOV"


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("بي بي سي عربي", "GBR"),  # BBC Arabic: an edition word after the outlet's name
        ("واشنطن بوست", "USA"),  # The Washington Post
        # MENA (Egypt), listed whole; after its type words it would read as Asharq Al-Awsat (Saudi)
        ("وكالة أنباء الشرق الأوسط", "EGY"),
    ],
)
def test_outlet_variants(name: str, country: str) -> None:
    assert coded(f"قالت {name} إن", [(name, "ORG", 0)]) == [(name, (), country, f"{country}MED")]


def test_existing_values_kept() -> None:
    # An entity already coded upstream keeps its country and code.
    article = build("قال الجيش إن", [("الجيش", "ORG", 0)])
    given = Entity("e0", "ORG", "الجيش", article.entities[0].mentions, country="LBN", actor_code="LBNMIL")
    out = STAGE(article.__class__(text=article.text, tokens=article.tokens, entities=(given,)))
    assert [(e.country, e.actor_code) for e in out.entities] == [("LBN", "LBNMIL")]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # "the director of the Syrian Observatory for Human Rights Sami al-Hassan": the role's
        # organisation gives the person's code.
        (
            "قال مدير المرصد السوري لحقوق الإنسان سامي الحسن إن",
            "سامي الحسن",
            ("سامي الحسن", ("مدير المرصد السوري لحقوق الإنسان",), "SYR", "SYROPPHRI"),
        ),
        # "the Russian spy Sergei Skripal"
        (
            "حاولوا اغتيال الجاسوس الروسي سيرغي سكريبال في لندن.",
            "سيرغي سكريبال",
            ("سيرغي سكريبال", ("الجاسوس الروسي",), "RUS", "RUSSPY"),
        ),
        # "Noel Francisco, the US administration's lawyer, said": the complement's sector wins.
        (
            "قال نويل فرانشيسكو، محامي الإدارة الأميركية، إن",
            "نويل فرانشيسكو",
            ("نويل فرانشيسكو", ("محامي الإدارة الأميركية",), "USA", "USAGOV"),
        ),
        # "Sami Khalil, director of al-Shifa hospital in Palestinian Gaza, said": the hospital in the
        # title's complement gives the sector (HLH).
        (
            "قال سامي خليل، مدير مستشفى الشفاء في غزة الفلسطينية، إن",
            "سامي خليل",
            ("سامي خليل", ("مدير مستشفى الشفاء",), "PSE", "PSEHLH"),
        ),
        # "the head of the Egyptian criminal court Sami Khalil said": a court is judicial (JUD).
        (
            "قال رئيس محكمة الجنايات المصرية سامي خليل إن",
            "سامي خليل",
            ("سامي خليل", ("رئيس محكمة الجنايات المصرية",), "EGY", "EGYJUD"),
        ),
        # "said Salma Khoury, the spokeswoman for the Red Cross, that": the title after the name ends at
        # إن "that" (a reporting verb's subject), باسم is cut ب + اسم by the segmenter, and the person
        # speaks for the Red Cross (NGOHLHIRC), no state.
        (
            "وقالت سلمى خوري المتحدثة باسم الصليب الأحمر إن الوضع صعب.",
            "سلمى خوري",
            ("سلمى خوري", ("المتحدثة باسم الصليب الأحمر",), None, "NGOHLHIRC"),
        ),
    ],
)
def test_roles_give_codes(text: str, name: str, expected: tuple[object, ...]) -> None:
    assert coded(text, [(name, "PER", 0)]) == [expected]


def test_head_of_a_named_party_takes_its_sector() -> None:
    # "Kemal Kılıçdaroğlu, head of the Republican People's Party": the party is the opposition (OPP),
    # not just any party (PTY).
    text = "قال كمال كليتشدار أوغلو، رئيس حزب الشعب الجمهوري، إن"
    assert coded(text, [("كمال كليتشدار أوغلو", "PER", 0)]) == [
        ("كمال كليتشدار أوغلو", ("رئيس حزب الشعب الجمهوري",), "TUR", "TUROPP")
    ]


def test_nationality_adjectives_vote_for_the_articles_country() -> None:
    # "The Qatari preacher Ali Ahmad said the Qatari people … in Gaza": two Qatari adjectives outweigh
    # one place in Gaza.
    text = "قال علي أحمد إن الشعب القطري والإعلام القطري يدعمان أهل غزة."
    stage = Actors(gazetteer=FakeGazetteer({"غزه": "PSE"}))
    people = [
        c for c in coded(text, [("علي أحمد", "PER", 0), ("غزة", "LOC", 0)], stage) if c[0] == "علي أحمد"
    ]
    assert people == [("علي أحمد", (), "QAT", "QATCVL")]


@pytest.mark.parametrize(
    ("form", "code"),
    [
        ("العميد", "MIL"),  # "the brigadier": a rank in news, not UniversalPetrarch's "dean" (EDU)
        ("الجيش", "MIL"),  # "the army"
    ],
)
def test_hand_agent_rows_win_over_the_dictionary(form: str, code: str) -> None:
    from marsad.lexicons import agents, phrase_key, split_phrase

    assert agents()[phrase_key(split_phrase(form))].code == code


@pytest.mark.parametrize(
    ("text", "mention", "label", "expected"),
    [
        # a car bomb blew up a bus belonging to the Revolutionary Guard: the segmenter cuts للحرس as
        # ل + لحرس, so the name is found with its article restored
        ("فجرت سيارة مفخخة حافلة تابعة للحرس الثوري.", "لحرس الثوري", "ORG", ("IRN", "IRNMIL")),
        # the Qassam Brigades shelled a border crossing (a name the NER took for a person's)
        ("قصفت كتائب عز الدين القسام معبرا حدوديا.", "كتائب عز الدين القسام", "PER", ("PSE", "PSEREBHMS")),
        # members of the al-Quds Brigades were wounded
        ("أصيب عنصران من سرايا القدس في الغارة.", "سرايا القدس", "ORG", ("PSE", "PSEREB")),
    ],
)
def test_armed_groups_and_names_after_la(
    text: str, mention: str, label: str, expected: tuple[str, str]
) -> None:
    assert [c[2:] for c in coded(text, [(mention, label, 0)])] == [expected]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # major general Ahmad Ali, the governorate's police commander, said the attack failed: the police
        # share the army's ranks, so the other role decides
        ("قال اللواء أحمد علي قائد شرطة المحافظة إن الهجوم فشل.", "COP"),
        # major general Ahmad Ali said the attack failed: the rank alone is the army's
        ("قال اللواء أحمد علي إن الهجوم فشل.", "MIL"),
    ],
)
def test_a_rank_yields_to_another_role(text: str, code: str) -> None:
    assert [c[3] for c in coded(text, [("أحمد علي", "PER", 0)])] == [code]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the UN Secretary-General Sami Khalil said": للأمم is cut ل + لامم (the ل ate the article's
        # alif), which must neither end the title phrase nor hide the UN from the code.
        (
            "وقال الأمين العام للأمم المتحدة سامي خليل إن الوضع صعب.",
            (("الأمين العام للأمم المتحدة",), None, "IGOUNO"),
        ),
        # "head of the national authority for land and sea transport": البرية is not Nabih Berri (a
        # one-word dictionary name with dated offices) and والبحري is an adjective, not the navy.
        (
            "وقال سامي خليل، رئيس الهيئة الوطنية للنقل البري والبحري، إن الطريق مفتوح.",
            (("رئيس الهيئة الوطنية للنقل البري والبحري",), None, "GOV"),
        ),
        ("وقال سامي خليل، رئيس اللجنة البرية، إن الطريق مفتوح.", (("رئيس اللجنة البرية",), None, "GOV")),
        # "the ministry said ...; its spokesman Ned Price asked Tehran for the release": باسمها's pronoun
        # (ب + اسم + ها) is the principal, so the name after it holds the office (مستشار أردوغان names the
        # principal)
        (
            "وقالت وزارة الخارجية الأمريكية إن الاحتجاز مرفوض، وطالب المتحدث باسمها نيد برايس طهران بالإفراج",
            (("المتحدث باسم",), "USA", "USAGOV"),
        ),
    ],
)
def test_title_complements_in_the_full_pipeline(text: str, expected: tuple[object, ...]) -> None:
    article = run(Article(text=text))
    people = [(e.roles, e.country, e.actor_code) for e in article.entities if e.label == "PER"]
    assert people == [expected]


def test_a_sentence_opening_on_a_country_gives_its_people_that_country() -> None:
    # "Algeria's president Tebboune said …. In neighbouring Tunisia, President Kais Saied said …": a title
    # with no nationality takes the country its sentence opens on, not the article's.
    text = (
        "قال الرئيس الجزائري عبد المجيد تبون إن الحكومة باقية. "
        "وفي تونس المجاورة، قال الرئيس قيس سعيد إن البلاد بخير."
    )
    names = [("عبد المجيد تبون", "PER"), ("تونس", "LOC"), ("قيس سعيد", "PER")]
    spans = [(find_span(text, name), label) for name, label in names]
    entities = tuple(
        Entity(f"e{i}", label, text[s.start : s.end], (s,), source="test")
        for i, (s, label) in enumerate(spans)
    )
    article = STAGE(merge(dataclasses.replace(segmented(text), entities=entities)))
    assert [(e.name, e.actor_code) for e in article.entities] == [
        ("عبد المجيد تبون", "DZAGOV"),
        ("تونس", "TUN"),
        ("قيس سعيد", "TUNGOV"),
    ]
