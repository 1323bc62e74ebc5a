"""Arguments of the events stage (marsad.events_args): agent phrases of passive verbs."""

from __future__ import annotations

import dataclasses

import pytest

from marsad.article import Geo
from tests.test_events import _STAGE, actors, build


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a security source said the doctor was abducted from his home last night by gunmen: the agent
        # phrase (على يد) makes the past verb passive, so the subject before it is the victim
        ("وقال مصدر أمني إن الطبيب خطف من منزله مساء أمس على يد مسلحين.", [("181", "UAF", "HLH")]),
        # the police said the merchant was abducted in the town centre this morning near the big market
        # by four gunmen: an agent phrase further than the argument window still names the doer
        (
            "وأعلنت الشرطة أن التاجر خطف في وسط المدينة صباح اليوم قرب السوق الكبير من قبل أربعة مسلحين.",
            [("181", "UAF", "BUS")],
        ),
        # the soldiers were killed by three gunmen (VSO passive: the victim after the verb)
        ("قتل الجنود من قبل ثلاثة مسلحين.", [("190", "UAF", "MIL")]),
        # gunmen abducted the doctor from his home (no agent phrase: the active reading stays)
        ("خطف مسلحون الطبيب من منزله.", [("181", "UAF", "HLH")]),
    ],
)
def test_agent_phrase_makes_the_verb_passive(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the police chief survived an assassination attempt in the city, yesterday: نجا من reaches its
        # noun past the commas of an inserted time, and its subject is the target
        ("نجا قائد الشرطة في المدينة، أمس، من محاولة اغتيال.", [("185", None, "COP")]),
        # the American forces came under attack (the short case, unchanged)
        ("تعرضت القوات الأميركية لهجوم.", [("190", None, "USAMIL")]),
        # the minister said the army came under great pressure, and gunmen killed three soldiers: a verb
        # of the next clause is not governed by تعرض (its noun is not marked by لـ or من)
        ("وقال الوزير إن الجيش تعرض لضغوط كبيرة، وقتل مسلحون ثلاثة جنود.", [("190", "UAF", "MIL")]),
    ],
)
def test_undergone_noun_marked_by_a_preposition(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a woman blew herself up targeting a patrol of the American forces south of Baghdad: the
        # participle مستهدفة names the target (and the targeted forces are not the bomber's side)
        ("وفجرت امرأة نفسها مستهدفة دورية للقوات الأميركية جنوب بغداد.", [("1831", None, "USAMIL")]),
        # American aircraft launched raids inside Somalia targeting fighters of the movement: the named
        # target replaces the bare country
        ("شنت الطائرات الأميركية غارات داخل الصومال مستهدفة مقاتلين من الحركة.", [("195", "USAMIL", "UAF")]),
        # Israeli aircraft shelled positions in Gaza (no participle: unchanged)
        ("قصفت الطائرات الإسرائيلية مواقع في غزة.", [("195", "ISRMIL", None)]),
    ],
)
def test_targeting_participle_names_the_target(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Belgian woman married to a Moroccan blew herself up in Baghdad: the subject of قام is the doer
        # of the masdar after it, however far (the Moroccan husband is not)
        ("قامت امرأة بلجيكية متزوجة من مغربي بتفجير نفسها في بغداد.", [("183", "BELMIL", None)]),
        # gunmen killed three soldiers (no قام: unchanged)
        ("قتل مسلحون ثلاثة جنود.", [("190", "UAF", "MIL")]),
    ],
)
def test_subject_of_qama_does_the_masdar(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # gunmen killed three of the Kurdish fighters: a people without a state codes by its ethnic code
        ("قتل مسلحون ثلاثة من المقاتلين الأكراد.", [("190", "UAF", "KURUAF")]),
        # gunmen kidnapped foreign workers in the city: the adjective is the workers' (the nearer agent),
        # not the gunmen's, and the foreign are coded international
        ("خطف مسلحون عمالا أجانب في المدينة.", [("181", "UAF", "INTLAB")]),
        # the Jordanian police opened fire on the demonstrators (a state's adjective: unchanged)
        ("أطلقت الشرطة الأردنية النار على المتظاهرين.", [("193", "JORCOP", "CVL")]),
    ],
)
def test_event_nationalities(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # three of the gendarmerie forces were killed: قوات "forces" takes the sector of the agent after it
        # (the attack they fell in is not theirs: the actor before في + an attack noun is no doer)
        ("قتل ثلاثة من قوات الدرك في هجوم على السجن.", [("190", None, "COP"), ("190", None, None)]),
        # the aircraft shelled positions of the security forces
        ("قصفت الطائرات مواقع قوات الأمن.", [("195", "MIL", "COP")]),
        # gunmen attacked opposition forces near the border: a political sector does not specify forces
        ("هاجم مسلحون قوات المعارضة قرب الحدود.", [("190", "UAF", "REB")]),
    ],
)
def test_force_noun_takes_the_sector_of_the_agent_after_it(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Israeli forces assassinated an activist in the al-Aqsa Brigades: a member takes his group's code
        ("اغتالت القوات الإسرائيلية ناشطا في كتائب الأقصى قرب المدينة.", [("186", "ISRMIL", "PSEREB")]),
        # the American forces killed a gunman of the «al-Qaeda» organisation: past the type noun and quotes
        ("قتلت القوات الأميركية مسلحا من تنظيم «القاعدة» غرب المدينة.", [("190", "USAMIL", "IMGREB")]),
        # a member of the Iraqi police was wounded in the explosion (an agent with a nationality is a group;
        # the wounded policeman is not the bomber of the explosion he fell in)
        ("أصيب عنصر في الشرطة العراقية في الانفجار.", [("190", None, "IRQCOP"), ("183", None, None)]),
        # gunmen in Baghdad killed three soldiers: a place is no group (unchanged)
        ("قتل مسلحون في بغداد ثلاثة جنود.", [("190", "UAF", "MIL")]),
    ],
)
def test_member_takes_the_code_of_its_group(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a policeman was wounded in a bombing that targeted his patrol: the victim before في + attack noun;
        # استهدف is the bombing's relative clause, the policeman (his patrol) its target, not its doer
        (
            "جرح شرطي في تفجير استهدف دوريته.",
            [("190", None, "COP"), ("183", None, None), ("190", None, "COP")],
        ),
        # the spokesman said two soldiers were killed by an explosive device (SVO, the ب of بانفجار)
        (
            "وقال المتحدث إن جنديين قتلا بانفجار عبوة ناسفة.",
            [("190", None, "MIL"), ("183", "MIL", None), ("1833", "MIL", None)],
        ),
        # gunmen killed a policeman in the city (no attack noun: the active reading stays)
        ("قتل مسلحون شرطيا في المدينة.", [("190", "UAF", "COP")]),
    ],
)
def test_victim_who_falls_in_an_attack(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert actors(text) == expected


def test_a_particle_ends_no_actor_phrase() -> None:
    # gunmen in the city kidnapped a doctor: the actor is مسلحون, not مسلحون في
    events = _STAGE(build("اختطف مسلحون في المدينة طبيبا.")).events
    assert [(e.source_actor.text if e.source_actor else None) for e in events] == ["مسلحون"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the officer said a soldier was killed when a device exploded: the verb after its subject with a
        # conjunction of time after it has no object, so it reads passive; the explosion names no doer in
        # its own clause, and the soldier killed is not its bomber
        ("وقال الضابط إن جنديا قتل عندما انفجرت عبوة.", [("190", None, "MIL"), ("183", None, None)]),
        # the soldier was wounded by a sniper's bullet near the checkpoint (برصاص: the instrument)
        ("الجندي جرح برصاص قناص قرب الحاجز.", [("190", "UAF", "MIL")]),
        # the army killed five gunmen (an object after the verb: the active reading stays)
        ("الجيش قتل خمسة مسلحين.", [("190", "MIL", "UAF")]),
        # the police killed the gunman after he opened fire (the conjunction comes after the object)
        ("قال إن الشرطة قتلت المسلح بعدما أطلق النار.", [("190", "COP", "UAF"), ("193", "UAF", None)]),
    ],
)
def test_verb_with_no_object_reads_passive(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert actors(text) == expected


_NAMED = {"سمير خليل": ("PER", "LBNGOV", "LBN")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the former minister, Samir Khalil, had been killed in a suicide attack: the name between the
        # commas is the subject of the passive verb after them
        (
            "وكان الوزير السابق، سمير خليل، قد قتل في هجوم انتحاري.",
            [("190", "UAF", "LBNGOV"), ("1831", "UAF", None)],
        ),
        # Samir Khalil, the former minister, had been killed: the actor before the inserted phrase
        (
            "وكان سمير خليل، الوزير السابق، قد قتل في هجوم انتحاري.",
            [("190", "UAF", "LBNGOV"), ("1831", "UAF", None)],
        ),
        # five people, among them a woman, were killed by artillery shelling: the shelling's kind names no
        # doer (session 15, the lead's request: an adjective of the attack noun is no actor)
        (
            "وقال المصدر إن خمسة أشخاص، بينهم امرأة، قتلوا جراء قصف مدفعي.",
            [("190", None, "CVL"), ("195", None, None)],
        ),
        # the source said Samir Khalil (no actor code here), a well-known businessman in the city, was
        # kidnapped yesterday by gunmen: the apposition's actor describes the victim
        (
            "وقال المصدر إن سمير خليل، وهو رجل أعمال معروف في المدينة، خطف أمس على يد مسلحين.",
            [("181", "UAF", "BUS")],
        ),
        # the doctor, a well-known businessman, was kidnapped: the actor before the commas comes first
        ("وقال المصدر إن الطبيب، وهو رجل أعمال معروف، خطف أمس على يد مسلحين.", [("181", "UAF", "HLH")]),
        # the witness, Samir Khalil: the security forces killed three gunmen (an active verb after the
        # inserted phrase keeps its subject after it)
        ("وقال الشاهد، سمير خليل، قتلت قوات الأمن ثلاثة مسلحين.", [("190", "COP", "UAF")]),
    ],
)
def test_subject_before_an_inserted_phrase(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    named = {k: v for k, v in _NAMED.items() if k in text and "رجل أعمال" not in text}
    assert actors(text, entities=named) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # he pointed to the terrorists' attacks on the villages: the genitive of هجمات is its doer
        ("وأشار إلى هجمات الإرهابيين على القرى.", [("190", "REB", "CVL")]),
        # the minister condemned the raids of the Israeli air force on the city
        (
            "أدان الوزير غارات الطيران الإسرائيلي على المدينة.",
            [("111", "ISRMIL", None), ("195", "ISRMIL", None)],
        ),
        # the police said the gunmen's hideouts in the mountains were destroyed during the operation: the
        # masdar after تم is passive, its object the subject of تم (past the comma), not its doer
        ("ذكرت الشرطة أن مخابئ المسلحين في الجبال، تم تدميرها خلال العملية.", [("1712", None, "UAF")]),
        # an explosive device destroyed a vehicle belonging to the police: للشرطة, a prepositional phrase,
        # is no subject after the verb
        ("عبوة ناسفة دمرت عربة تابعة للشرطة.", [("1833", None, "COP"), ("1712", None, "COP")]),
    ],
)
def test_noun_genitives_and_prepositional_phrases(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # tens of Iraqis gathered in front of the embassy: the nationality is the counted crowd's (a
        # count stands between), and تجمع "gathering" names the protest, not a body
        ("تجمع عشرات العراقيين أمام السفارة.", [("141", "IRQCVL", "GOV")]),
        # some fedayeen opened fire on the patrol
        ("أطلق بعض الفدائيين النار على الدورية.", [("193", "UAF", None)]),
        # the group kidnapped tens of foreign workers
        ("خطفت الجماعة عشرات العاملين الأجانب.", [("181", None, "INTLAB")]),
        # hundreds of residents demonstrated in protest at the Italian commissioner's decisions: a
        # commissioner is an official (GOV), not a delegate to a legislature; one protest (احتجاجا is its
        # purpose)
        (
            "تظاهر مئات السكان احتجاجا على قرارات المفوض الإيطالي.",
            [("141", "CVL", "ITAGOV")],
        ),
    ],
)
def test_event_agent_phrases(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the American army said its forces answered gunmen who attacked these forces near the city: the
        # forces named again are the American forces
        (
            "وقال الجيش الأميركي إن قواته ردت على مسلحين هاجموا هذه القوات قرب المدينة.",
            [("190", "UAF", "USAMIL")],
        ),
        # the Iraqi police clashed with gunmen who attacked the police in the city
        (
            "اشتبكت الشرطة العراقية مع مسلحين هاجموا الشرطة في المدينة.",
            [("193", "IRQCOP", "UAF"), ("190", "UAF", "IRQCOP")],
        ),
    ],
)
def test_agent_named_again_takes_the_country_of_its_first_mention(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an Islamist fighter attacked a police patrol in Baghdad: a lexicon code that starts with a sector
        # (REBRAD) has no country of its own, so it takes the event's place like a sector does
        ("هاجم مقاتل إسلامي دورية للشرطة في بغداد.", [("190", "IRQREBRAD", "IRQCOP")]),
        # the same with no place: no country
        ("هاجم مقاتل إسلامي دورية للشرطة.", [("190", "REBRAD", "COP")]),
    ],
)
def test_sector_first_lexicon_code_has_no_country(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    entities = {"بغداد": ("LOC", None, "IRQ")} if "بغداد" in text else None
    assert actors(text, entities=entities) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # tens of Palestinians gathered in the town centre carrying Palestinian flags and banners calling
        # for an end to Israeli settlement: the protesters' own people and flags are not the target; the
        # banners' demand is the crowd's (session 15; was the flags, PSEMED; session 20: the crowd's code)
        (
            "تجمع عشرات الفلسطينيين وسط المدينة حاملين الأعلام الفلسطينية ولافتات تطالب"
            " بوقف الاستيطان الإسرائيلي.",
            [("141", "PSECVL", "ISR"), ("100", "PSECVL", "ISR")],
        ),
        # hundreds of Iraqis demonstrated in Baghdad calling on the Iraqi government to improve services:
        # their own state's government stays a target
        (
            "تظاهر مئات العراقيين في بغداد مطالبين الحكومة العراقية بتحسين الخدمات.",
            [("141", "IRQCVL", "IRQGOV")],
        ),
    ],
)
def test_protest_target_is_not_the_protesters_own_people(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert actors(text) == expected


def _with_capital(text: str, name: str, iso: str) -> list[tuple[str, str | None, str | None]]:
    """actors() with `name` a LOC entity geocoded to a capital (GeoNames PPLC)."""
    article = build(text, entities={name: ("LOC", None, iso)})
    geo = Geo(name=name, country=iso, feature="PPLC")
    article = dataclasses.replace(
        article, entities=tuple(dataclasses.replace(e, geo=geo) for e in article.entities)
    )
    out = []
    for e in _STAGE(article).events:
        src = e.source_actor.code if e.source_actor else None
        out.append((e.cameo, src, e.target_actor.code if e.target_actor else None))
    return out


def test_capital_stands_for_its_state() -> None:
    # the minister said Tehran supports the unity of the Iraqi lands: the capital is the subject, the
    # nationality adjective (of الأراضي "the lands") the object
    assert _with_capital("وقالت الوزيرة إن طهران تدعم وحدة الأراضي العراقية.", "طهران", "IRN") == [
        ("050", "IRN", "IRQ")
    ]
    # the delegation arrived in Tehran and supported the government: after a preposition it is a place
    assert _with_capital("وصل الوفد إلى طهران ودعم الحكومة.", "طهران", "IRN") == [("050", "IRNGOV", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the minister affirmed that his country supports the unity of the Lebanese lands: اللبنانية is an
        # adjective of الأراضي, the verb's object, not its subject
        ("وأكد الوزير أن بلاده تدعم وحدة الأراضي اللبنانية.", [("050", None, "LBN")]),
        # Lebanese supported the initiative: a nationality right after the verb is still its subject
        ("دعم لبنانيون المبادرة.", [("050", "LBN", None)]),
    ],
)
def test_nationality_adjective_after_a_noun_is_no_subject(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # gunmen attacked a military convoy in Kunar province: ولاية before a name is a place, not the
        # state assembly the shared agents code it
        ("هاجم مسلحون قافلة عسكرية في ولاية كنر.", [("190", "UAF", None)]),
        # the security forces stormed the Abu Jarrah camp east of the city: جراح "surgeon" is a word of
        # the camp's name
        ("اقتحمت قوات الأمن مخيم أبو جراح شرق المدينة.", [("190", "COP", None)]),
    ],
)
def test_place_noun_and_its_name_are_no_agent(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # thousands protested in the centre of the capital against high prices: الآلاف is the crowd
        ("احتج الآلاف وسط العاصمة على غلاء الأسعار.", [("141", "CVL", None)]),
        # the residents demanded better services: الخدمات "services" is no armed service
        ("طالب السكان بتحسين الخدمات.", [("100", "CVL", None)]),
    ],
)
def test_crowd_count_and_services(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ten members of al-Shabaab were killed in raids that American aircraft launched on a camp of the
        # movement: the actor after شنتها launched the raids, the killed group before them was hit
        (
            "مقتل عشرة من عناصر حركة الشباب بغارات شنتها طائرات أميركية على معسكر للحركة.",
            [("190", "USAMIL", "SOMREB"), ("195", "USAMIL", "SOMREB")],
        ),
        # dozens of gunmen were killed in air strikes the government forces carried out on their positions
        (
            "قتل عشرات المسلحين بضربات جوية نفذتها القوات الحكومية على مواقعهم.",
            [("190", "MIL", "UAF"), ("195", "MIL", "UAF")],
        ),
    ],
)
def test_noun_launched_by_the_actor_after_shannaha(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    ents = {"حركة الشباب": ("ORG", "SOMREB", "SOM")} if "الشباب" in text else None
    assert actors(text, entities=ents) == expected


def test_demand_noun_of_purpose_takes_the_clause_subject() -> None:
    # thousands demonstrated in the main square in the centre of the capital last night to demand
    # reform: the demand is the demonstrators', however far its noun stands from them
    assert actors("تظاهر الآلاف في الساحة الرئيسية وسط العاصمة ليلة أمس للمطالبة بالإصلاح.") == [
        ("141", "CVL", None),
        ("100", "CVL", None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # gunmen attacked a checkpoint on the main road this morning, and the police announced a guard's
        # death: the police open the next clause (، and a reporting verb), they are not the target, nor
        # the killers of the guard (they announced it): the sentence's gunmen are
        (
            "هاجم مسلحون حاجزا في الطريق الرئيسي صباح اليوم، وأعلنت الشرطة مقتل حارس.",
            [("190", "UAF", None), ("190", "UAF", None)],
        ),
        # the planes shelled positions in the mountain area last night, and the police arrested five
        # gunmen: ، و + a verb ends the shelling's clause, so the police are not what was shelled
        (
            "قصفت الطائرات مواقع في المنطقة الجبلية ليلة أمس، واعتقلت الشرطة خمسة مسلحين.",
            [("195", "MIL", None), ("173", "COP", "UAF")],
        ),
    ],
)
def test_target_is_sought_in_the_trigger_clause(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Turkey announced that it supports the Libyan government: the subject is أنها's pronoun, so the
        # government after the verb is its object and Turkey the source
        ("وأعلنت تركيا أنها تدعم الحكومة الليبية.", [("050", "TUR", "LBYGOV")]),
        # the police said that they killed three gunmen in the city: the pronoun subject makes it active
        ("وقالت الشرطة إنها قتلت ثلاثة مسلحين في المدينة.", [("190", "COP", "UAF")]),
        # the students gathered in front of the town hall to demand reform: للمطالبة is a purpose (its ل),
        # done by the clause's subject, not by the nearer town hall
        ("تجمع الطلاب أمام مبنى البلدية للمطالبة بالإصلاح.", [("141", "EDU", "GOV"), ("100", "EDU", None)]),
    ],
)
def test_pronoun_subject_and_purpose_noun(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert actors(text) == expected
