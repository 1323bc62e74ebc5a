"""Events, session 15 (issue #6), each case on sentences of our own: the lead's hand-written news requests
(titles whose complement is an organisation, what the two who met did next)."""

from __future__ import annotations

import dataclasses

from marsad.article import Article
from tests.test_events import _STAGE, actors, build


def _with_roles(article: Article, name: str, roles: tuple[str, ...]) -> Article:
    """The article with `roles` on the entity `name` (as the entities stage reads a title before a name)."""
    ents = tuple(dataclasses.replace(e, roles=roles) if e.name == name else e for e in article.entities)
    return dataclasses.replace(article, entities=ents)


def _sides(article: Article) -> list[tuple[str, str | None, str | None]]:
    """(code, source words, target words) of every event of the rules."""
    return [
        (e.cameo, e.source_actor and e.source_actor.text, e.target_actor and e.target_actor.text)
        for e in _STAGE(article).events
    ]


def test_an_organisation_in_the_title_before_a_name_is_no_actor() -> None:
    # "In Misrata, the commander of the national army, Field Marshal Salem Ali, received a Turkish
    # delegation": the army (an ORG) is the title's complement, one of his roles; he is the host (the
    # delegation is Turkish)
    ents = {"المشير سالم علي": ("PER", "LBYMIL", "LBY"), "لجيش الوطني": ("ORG", "LBYMIL", "LBY")}
    text = "وفي مصراتة، استقبل القائد العام للجيش الوطني المشير سالم علي وفدا تركيا."
    roles = ("القائد العام للجيش الوطني", "المشير")
    article = _with_roles(build(text, entities=ents), "المشير سالم علي", roles)
    assert _sides(article) == [("043", "المشير سالم علي", "تركيا")]


def test_title_and_organisation_before_a_name_make_the_person_the_object() -> None:
    # "The minister met yesterday the commander of the European naval force, Admiral Jean Martin, in Rome,
    # and discussed with him the security of shipping": the force is his title; the dropped subject of
    # وبحث is the minister's, معه "with him" the admiral
    ents = {"جان مارتان": ("PER", "IGOMIL", None), "القوة البحرية الأوروبية": ("ORG", "IGOMIL", None)}
    text = "التقى وزير الدفاع أمس قائد القوة البحرية الأوروبية الأدميرال جان مارتان، وبحث معه أمن الملاحة."
    roles = ("قائد القوة البحرية الأوروبية", "الأدميرال")
    article = _with_roles(build(text, entities=ents), "جان مارتان", roles)
    assert _sides(article) == [("040", "وزير الدفاع", "جان مارتان"), ("040", "وزير الدفاع", "جان مارتان")]


def test_the_two_who_met_discussed() -> None:
    # "President Sami Nour received the Japanese ambassador Kenji Sato, and the two discussed bilateral
    # relations": the dual وبحثا has the host and his guest, not the adjective's party
    ents = {"سامي نور": ("PER", "XYZGOV", "XYZ"), "كينجي ساتو": ("PER", "JPNGOV", "JPN")}
    text = "استقبل الرئيس سامي نور السفير الياباني كينجي ساتو، وبحثا تطورات الأوضاع السياسية."
    assert _sides(build(text, entities=ents)) == [
        ("043", "سامي نور", "كينجي ساتو"),
        ("040", "سامي نور", "كينجي ساتو"),
    ]


def test_an_army_that_announced_it_killed_is_the_doer() -> None:
    # "The army announced on Monday that it foiled an infiltration attempt and killed two smugglers on the
    # border": أنه carries the army to the later وقتل; the smugglers (CRM) are killed
    text = "أعلن الجيش الأردني، الاثنين، أنه أحبط محاولة تسلل، وقتل اثنين من المهربين على الحدود."
    assert _sides(build(text))[0][:2] == ("190", "الجيش الأردني")
    text = "أعلن الجيش، أمس، أنه أحبط محاولة تسلل وقتل ثلاثة مهربين."
    assert actors(text) == [("190", "MIL", "CRM")]


def test_the_pronoun_of_the_matter_names_no_doer() -> None:
    # "Security sources reported that three soldiers were killed in an attack": أنه + قتل is impersonal
    # (the pronoun of the matter), and the sources are no armed speaker
    text = "أفادت مصادر أمنية أنه قتل ثلاثة جنود في هجوم."
    assert [s for _, s, _ in _sides(build(text))] == [None, None]


def test_the_accused_after_the_accuser_the_actors_missed() -> None:
    # "The committees accused the border guards of shelling the village": the guards are accused, the
    # committees (no actor) accuse
    text = "واتهمت اللجان حرس الحدود بقصف القرية."
    assert actors(text)[0] == ("112", None, "MIL")
    # "The army accused the rebels of shelling the village": the accuser named, as before
    assert actors("واتهم الجيش المتمردين بقصف القرية.")[0] == ("112", "MIL", "REB")


def test_terrorist_after_a_charge_is_no_actor() -> None:
    # "The police arrested three wanted men on terrorism charges": إرهابية describes the charges
    assert actors("اعتقلت الشرطة ثلاثة مطلوبين بتهم إرهابية.") == [("173", "COP", None)]
    # "A terrorist group claimed the attack": after a body it stays the group's
    assert actors("تبنت جماعة إرهابية الهجوم.")[0][1] == "REB"


def test_the_capital_and_its_nationality_are_where() -> None:
    # "Clashes broke out between two armed groups in the Iraqi capital Baghdad": the adjective of the
    # capital is no target, the two armed groups (a feminine dual) are the fighters
    ents = {"بغداد": ("LOC", None, "IRQ")}
    text = "اندلعت اشتباكات بين مجموعتين مسلحتين في العاصمة العراقية بغداد."
    assert actors(text, entities=ents, feature="PPLC") == [("193", "IRQUAF", None)]


def test_a_definite_attack_noun_in_a_later_statement_is_the_same_raid() -> None:
    # "A drone raid killed two fighters. The spokesman said that 'the raid was based on precise
    # information'": the raid of the statement is the raid already told, no second event of the speaker
    text = 'قتل مسلحان في غارة جوية. وقال المتحدث العسكري إن "الغارة جاءت بناء على معلومات دقيقة".'
    assert [(e.cameo, e.sentence) for e in _STAGE(build(text)).events] == [("190", 0), ("195", 0)]


def test_neutralising_counted_fighters_is_a_killing_by_the_announcer() -> None:
    # "The defence ministry had announced on Sunday the 'neutralisation' of 9 gunmen in the mountains":
    # تحييد before a count is a killing (190), the announcing ministry's side its doer
    text = 'وكانت وزارة الدفاع قد أعلنت، الأحد، "تحييد" 9 مسلحين في الجبال.'
    assert [(c, s) for c, s, _ in _sides(build(text))] == [("190", "وزارة الدفاع")]


def test_neutralising_civilians_is_no_killing() -> None:
    # "The envoy called for keeping civilians out of the conflict" (تحييد: keeping neutral)
    assert [c for c, _, _ in _sides(build("ودعا المبعوث إلى تحييد المدنيين عن الصراع."))] == ["100"]


def test_a_meeting_noun_after_file_is_a_topic() -> None:
    # "The minister received the envoy to discuss the negotiations file": المفاوضات is a topic, no talks
    codes = [c for c, _, _ in _sides(build("استقبل الوزير المبعوث وبحث ملف المفاوضات."))]
    assert "046" not in codes


def test_the_attacks_a_strike_answers_are_not_its_doers() -> None:
    # "Its fighters targeted a military post 'in response to the attacks on the villages'": neither the
    # fighters nor the post did the attacks answered
    text = 'وقال الحزب إن مقاتليه استهدفوا موقعا عسكريا "ردا على الاعتداءات على القرى".'
    events = _sides(build(text))
    assert [(c, s) for c, s, _ in events if c == "182"] == [("182", None)]


def test_a_town_read_as_an_organisation_is_no_actor() -> None:
    # "The shell fell east of the town and killed": NER's البلدة as an ORG with no code is a place,
    # neither side of the killing
    ents = {"البلدة": ("ORG", None, None)}
    text = "سقطت القذيفة شرق البلدة فقتلت."
    assert _sides(build(text, entities=ents)) == [("190", None, None)]


def test_a_political_adjective_is_no_party() -> None:
    # "The minister discussed the political situation in the country": السياسية describes the situation
    assert _sides(build("بحث الوزير الأوضاع السياسية في البلاد.")) == [("040", None, None)]
    # "The armed groups attacked the village": an armed adjective stays the groups' (REB)
    assert actors("هاجمت الجماعات المسلحة القرية.")[0][1] == "REB"


def test_the_protesters_who_gathered_are_the_source() -> None:
    # "The police dispersed dozens of teachers who gathered in front of the ministry's headquarters to
    # demand their wages": الذين تجمعوا has the teachers as subject, and their demand is theirs too
    text = "فرقت الشرطة عشرات المعلمين الذين تجمعوا أمام مقر الوزارة للمطالبة برواتبهم."
    assert [(c, s) for c, s, _ in _sides(build(text))] == [
        ("175", "الشرطة"),
        ("141", "المعلمين"),
        ("100", "المعلمين"),
    ]


def test_the_visitor_named_before_who_is_the_source() -> None:
    # "President Sami Nour, who is visiting Egypt for the first time, arrived in Cairo": the subject of
    # الذي يزور is the noun before it, the country visited its target
    ents = {"سامي نور": ("PER", "XYZGOV", "XYZ"), "مصر": ("LOC", "EGY", "EGY")}
    text = "ووصل الرئيس سامي نور، الذي يزور مصر لأول مرة، إلى القاهرة."
    assert [(c, s, t) for c, s, t in _sides(build(text, entities=ents)) if c == "042"] == [
        ("042", "سامي نور", "مصر")
    ]


def test_the_one_met_with_is_the_target_not_the_topic() -> None:
    # "The president discussed with his Japanese counterpart Kenji Sato the trade file and the army's
    # operations against the rebels": مع + his counterpart is the other side, not the rebels of the topic
    ents = {"كينجي ساتو": ("PER", "JPNGOV", "JPN")}
    text = "وبحث الرئيس مع نظيره الياباني كينجي ساتو ملف التجارة وعمليات الجيش ضد المتمردين."
    assert [t for c, _, t in _sides(build(text, entities=ents)) if c == "040"] == ["كينجي ساتو"]


def test_a_second_demanded_act_is_not_done() -> None:
    # "The minister demanded that the neighbours respect the border and stop shelling the villages": the
    # halt of the shelling is demanded too (1056), no halt done (0871)
    assert [
        c
        for c, _, _ in _sides(
            build("وطالب الوزير حكومة الجيران باحترام الحدود المشتركة ووقف القصف على القرى.")
        )
    ] == ["1056"]


def test_workers_at_a_company_are_labour() -> None:
    # "Hundreds of workers at the Nour Textile Company went on strike": the workers (LAB of the company's
    # country), not the company (BUS)
    ents = {"شركة النور للنسيج": ("ORG", "EGYBUS", "EGY")}
    text = "أضرب مئات العمال في شركة النور للنسيج."
    assert [(c, s) for c, s, _ in _sides(build(text, entities=ents))] == [("143", "العمال")]
    assert actors(text, entities=ents) == [("143", "EGYLAB", None)]


def test_slogans_demanding_are_the_crowds() -> None:
    # "The workers gathered in front of the building chanting slogans demanding the departure of the
    # chairman of the board": the workers demand; the chairman is business, no government
    text = "وتجمع العمال أمام المبنى مرددين هتافات تطالب برحيل رئيس مجلس الإدارة."
    assert [x for x in actors(text) if x[0] == "100"] == [("100", "LAB", "BUS")]


def test_others_wounded_are_more_of_the_same_victims() -> None:
    # "Two soldiers were killed and four others wounded in an attack gunmen carried out on a checkpoint":
    # the others are soldiers too, the gunmen the doers
    text = "قتل جنديان وأصيب أربعة آخرون في هجوم شنه مسلحون على نقطة تفتيش."
    assert actors(text)[1] == ("190", "UAF", "MIL")


def test_military_bulldozers_are_an_actor() -> None:
    # "Military bulldozers stormed the village": the army's machines, MIL
    assert actors("اقتحمت جرافات عسكرية القرية.")[0][1] == "MIL"


def test_issued_by_is_no_confiscation() -> None:
    # "It came in a statement issued by his office": صادر عن "issued by" (صادر "confiscated" never has عن)
    assert _sides(build("وجاء في بيان صادر عن مكتبه أن الحكومة ستواصل العمل.")) == []
    # "The army confiscated the village's lands": the verb stays
    assert [c for c, _, _ in _sides(build("صادر الجيش أراضي القرية."))] == ["1711"]


def test_slogans_denouncing_are_the_crowds() -> None:
    # "Dozens of students demonstrated in front of the court raising slogans denouncing the political
    # trials": the students denounce; السياسية describes the trials, no party
    text = "وتظاهر عشرات الطلاب أمام المحكمة رافعين شعارات تندد بالمحاكمات السياسية."
    assert [x for x in actors(text) if x[0][:2] == "11"] == [("111", "EDU", None)]


def test_the_wounded_are_no_doers_of_the_bombing() -> None:
    # "Two soldiers were wounded in the explosion of a roadside bomb": the soldiers right after أصيب are
    # victims, never the explosion's doer
    text = "وأصيب جنديان بجروح في انفجار عبوة ناسفة."
    assert [(c, s) for c, s, _ in _sides(build(text)) if c == "183"] == [("183", None)]


def test_the_wounded_did_not_target_the_market() -> None:
    # "Twelve civilians were killed and dozens wounded in artillery shelling that targeted a market": the
    # wounded read before استهدف are victims, no doer
    text = "قتل 12 مدنيا وأصيب العشرات في قصف مدفعي استهدف سوقا شعبية."
    assert [s for c, s, _ in _sides(build(text)) if c == "190"] == [None, None, None]
