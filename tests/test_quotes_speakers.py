"""The quotes stage on speakers: subject phrases, titles, unnamed sources, pronoun-dropped verbs and
subjects before the verb."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_quotes import quotes

SPEAKERS = [
    # A staff brigadier named in marks after his ranks, which the NER tagged as a person: "Staff Brigadier
    # 'Khaled al-Murri', commander of Brigade 143, said the army advanced. He added: 'The battle goes on'."
    # (العميد الركن is titles only, no name; the name follows in the marks)
    (
        'وقال العميد الركن "خالد المري"، قائد اللواء 143، إن الجيش تقدم. وأضاف: "المعركة مستمرة".',
        {"العميد الركن": "PER", "خالد المري": "PER"},
        [
            ("indirect", "الجيش تقدم", "e1", "خالد المري", "قال", None, None),
            ("direct", "المعركة مستمرة", "e1", "خالد المري", "أضاف", None, None),
        ],
    ),
    # "The statement" refers back past another body's statement that is only talked about: "The Saudi
    # foreign ministry said in a statement that dialogue is necessary. The Yemeni government had welcomed
    # the Security Council's statement. The statement added that the kingdom supports peace."
    (
        "قالت وزارة الخارجية السعودية في بيان إن الحوار ضروري. وكانت الحكومة اليمنية قد رحبت ببيان مجلس "
        "الأمن. وأضاف البيان أن المملكة تدعم السلام.",
        {"وزارة الخارجية السعودية": "ORG", "الحكومة اليمنية": "ORG", "مجلس الأمن": "ORG"},
        [
            ("indirect", "الحوار ضروري", "e0", "وزارة الخارجية السعودية", "قال", None, None),
            ("indirect", "المملكة تدعم السلام", "e0", "وزارة الخارجية السعودية", "أضاف", None, None),
        ],
    ),
    # على opens a verb's object, never a title's complement: "Majed al-Harbi, the Kuwaiti minister of state
    # for Gulf affairs, said consultation matters. The Kuwaiti minister of state for Gulf affairs commented on
    # Sami al-Rashed's tweet, saying: 'You are right'." (the comment is al-Sabhan's, not al-Rashed's)
    (
        "قال ماجد الحربي، وزير الدولة الكويتي لشؤون الخليج، إن التشاور مهم. "
        'وعلق وزير الدولة الكويتي لشؤون الخليج على تغريدة سامي الراشد، قائلا: "أنتم على حق".',
        {"ماجد الحربي": "PER", "الخليج": "LOC", "سامي الراشد": "PER"},
        [
            ("indirect", "التشاور مهم", "e0", "ماجد الحربي", "قال", None, None),
            ("direct", "أنتم على حق", "e0", "ماجد الحربي", "علق", None, None),
        ],
    ),
    # A reporting verb in a relative clause inside a quote has no subject of its own before it, and the
    # possessed word after it is its object: "Khaled al-Ali said he agrees with the Jordanian side, which
    # affirmed its keenness on stability. He added: 'We want quiet'." The added quote is al-Ali's (before: the
    # words يتفق مع الجانب الأردني الذي, read as a subject before the verb, spoke it).
    (
        'قال خالد العلي إنه يتفق مع الجانب الأردني الذي أكد حرصه على الاستقرار. وأضاف: "نريد الهدوء".',
        {"خالد العلي": "PER"},
        [
            (
                "indirect",
                "يتفق مع الجانب الأردني الذي أكد حرصه على الاستقرار",
                "e0",
                "خالد العلي",
                "قال",
                None,
                None,
            ),
            ("indirect", "الاستقرار", "e0", "خالد العلي", "أكد", None, None),
            ("direct", "نريد الهدوء", "e0", "خالد العلي", "أضاف", None, None),
        ],
    ),
    # A business manager speaks for herself, not as her client: "The singer Salma Khoury's manager said the
    # concert was postponed." (مديرة أعمال X: unnamed, like a relation)
    (
        "وقالت مديرة أعمال المغنية سلمى خوري إن الحفل تأجل.",
        {"سلمى خوري": "PER"},
        [("indirect", "الحفل تأجل", None, "مديرة أعمال المغنية", "قال", None, None)],
    ),
    # An adverb of manner is no subject: "The actress Salma Khoury said the film succeeded. She said,
    # joking: 'I have not slept for a week'." (مازحة "joking": the pro-dropped verb goes on with Salma)
    (
        'وأشارت الممثلة سلمى خوري إلى أن الفيلم ناجح. وقالت مازحة: "لم أنم منذ أسبوع".',
        {"سلمى خوري": "PER"},
        [
            ("indirect", "الفيلم ناجح", "e0", "سلمى خوري", "أشار", None, None),
            ("direct", "لم أنم منذ أسبوع", "e0", "سلمى خوري", "قال", None, None),
        ],
    ),
    # The addressee after the verb is not the speaker; the pro-dropped verb shares the sentence's subject:
    # "The envoy, Sara Haddad, met the minister and told reporters that talks would go on."
    (
        "التقت المبعوثة، سارة حداد، الوزير وقالت للصحفيين إن المحادثات ستستمر.",
        {"سارة حداد": "PER"},
        [("indirect", "المحادثات ستستمر", "e0", "سارة حداد", "قال", None, None)],
    ),
    # A name in apposition after a non-title phrase: "One of the tribal elders, Fahd al-Nasser, said that the
    # road was reopened." Then the bare surname, which the NER missed, names the same person.
    (
        'وقال أحد شيوخ القبائل، فهد الناصر، إن الطريق فتح مجددا. وأضاف الناصر: "الوضع هادئ اليوم".',
        {"فهد الناصر": "PER"},
        [
            ("indirect", "الطريق فتح مجددا", "e0", "فهد الناصر", "قال", None, None),
            ("direct", "الوضع هادئ اليوم", "e0", "فهد الناصر", "أضاف", None, None),
        ],
    ),
    # The spokesperson of a titled person is unnamed; the name is the principal's: "The spokesman for the
    # prime minister, Anna Berg, said she will visit the region."
    (
        "وقال المتحدث باسم رئيسة الوزراء آنا برغ إنها ستزور المنطقة.",
        {"آنا برغ": "PER"},
        [("indirect", "ستزور المنطقة", None, "المتحدث باسم رئيسة الوزراء آنا برغ", "قال", None, None)],
    ),
    # A subject before the verb after كانت: "France had warned Italy of grave consequences."
    (
        "وكانت فرنسا حذرت إيطاليا من عواقب وخيمة.",
        {"فرنسا": "LOC", "إيطاليا": "LOC"},
        [("indirect", "عواقب وخيمة", "e0", "فرنسا", "حذر", None, None)],
    ),
    # قائلا after a finite verb with no content of its own: the finite verb is the lemma. "The minister
    # continued, saying: 'we will not back down'."
    (
        'وتابع الوزير خالد العلي قائلا: "لن نتراجع عن قرارنا".',
        {"خالد العلي": "PER"},
        [("direct", "لن نتراجع عن قرارنا", "e0", "خالد العلي", "تابع", None, None)],
    ),
    # Marks covering part of the clause make it indirect, the whole clause: "He said that 'it is not
    # surprising' that teams were sent."
    (
        'وقال خالد العلي إنه "ليس من المستغرب" إرسال فرق إلى المنطقة.',
        {"خالد العلي": "PER"},
        [("indirect", '"ليس من المستغرب" إرسال فرق إلى المنطقة', "e0", "خالد العلي", "قال", None, None)],
    ),
    # A wording cue without a comma ends the content: "He stressed that the plan has failed, in his words."
    (
        "وأكد خالد العلي أن الخطة فشلت حسب تعبيره.",
        {"خالد العلي": "PER"},
        [("indirect", "الخطة فشلت", "e0", "خالد العلي", "أكد", None, None)],
    ),
    # A participle after a quote in its sentence keeps the speaker, not a place named in between: "She
    # pointed out that talks succeeded for Egypt, explaining that the path remains open."
    (
        "وقالت سارة حداد إن المفاوضات نجحت لمصر، موضحة أن المسار لا يزال مفتوحا.",
        {"سارة حداد": "PER", "مصر": "LOC"},
        [
            ("indirect", "المفاوضات نجحت لمصر", "e0", "سارة حداد", "قال", None, None),
            ("indirect", "المسار لا يزال مفتوحا", "e0", "سارة حداد", "أوضح", None, None),
        ],
    ),
    # A definite title alone is the person the article gave that title, not the previous speaker: "The
    # American president, John Smith, met minister Khaled al-Ali. Al-Ali said the meeting was fruitful. The
    # American president stressed that the talks will go on."
    (
        "وكان الرئيس الأميركي، جون سميث، قد التقى الوزير خالد العلي. وقال خالد العلي إن اللقاء كان مثمرا. "
        "وأكد الرئيس الأميركي أن المحادثات ستستمر.",
        {"جون سميث": "PER", "خالد العلي": "PER"},
        [
            ("indirect", "اللقاء كان مثمرا", "e1", "خالد العلي", "قال", None, None),
            ("indirect", "المحادثات ستستمر", "e0", "جون سميث", "أكد", None, None),
        ],
    ),
    # A pro-dropped verb shares the subject that opens its sentence, not the previous quote's speaker; a
    # relative clause set off by commas holds no complement: "Sara Haddad said the talks failed. Salem had
    # insisted on his position, and he said that the decision is final. Salem, who threatened before to
    # withdraw, said he would stay, saying that the party needs him."
    (
        "وقالت سارة حداد إن المحادثات فشلت. وكان سالم نور، أصر على موقفه، وقال إن القرار نهائي. "
        "وقال سالم نور، الذي هدد من قبل بالانسحاب، إنه سيبقى قائلا إن الحزب يحتاجه.",
        {"سارة حداد": "PER", "سالم نور": "PER"},
        [
            ("indirect", "المحادثات فشلت", "e0", "سارة حداد", "قال", None, None),
            ("indirect", "القرار نهائي", "e1", "سالم نور", "قال", None, None),
            ("indirect", "سيبقى", "e1", "سالم نور", "قال", None, None),
            ("indirect", "الحزب يحتاجه", "e1", "سالم نور", "قال", None, None),
        ],
    ),
    # A hashtag is a word between a verb and its fragment: "The president described #the_nuclear_deal as
    # 'disastrous'."
    (
        'ونعت الرئيس جون سميث #الاتفاق_النووي بـ"الكارثي".',
        {"جون سميث": "PER"},
        [("direct", "الكارثي", "e0", "جون سميث", "نعت", None, None)],
    ),
    # A definite head noun alone names the body the NER found earlier: "The British defence ministry
    # announced the strike. The ministry added that the planes returned safely."
    (
        "وأعلنت وزارة الدفاع البريطانية الضربة. وأضافت الوزارة أن الطائرات عادت بسلام.",
        {"وزارة الدفاع البريطانية": "ORG"},
        [("indirect", "الطائرات عادت بسلام", "e0", "وزارة الدفاع البريطانية", "أضاف", None, None)],
    ),
    # An institution the NER tagged once but missed here is the same entity: "The Israeli army said it
    # struck two tunnels." (the entity's mention is in the headline-like first sentence)
    (
        "قصف الجيش الإسرائيلي مواقع في غزة. وقال الجيش الإسرائيلي إنه استهدف نفقين.",
        {"الجيش الإسرائيلي": "ORG"},
        [("indirect", "استهدف نفقين", "e0", "الجيش الإسرائيلي", "قال", None, None)],
    ),
    # A lone title tagged PER is no name; the name follows in apposition past a place phrase: "The sheikh
    # of Bani Zaid in Marib city, Nasser al-Dubai, reported that the gunmen withdrew."
    (
        "وأفاد شيخ شمل بني زيد في مدينة مأرب، ناصر الضبي، عن انسحاب المسلحين.",
        {"شيخ": "PER", "ناصر الضبي": "PER"},
        [("indirect", "انسحاب المسلحين", "e1", "ناصر الضبي", "أفاد", None, None)],
    ),
    # A demonstrative ends the subject: "The court president justified this decision by saying that the
    # law allows it." (speaker text without the object)
    (
        "وبررت رئيسة المحكمة هذا القرار بأن القانون يسمح به.",
        {},
        [("indirect", "القانون يسمح به", None, "رئيسة المحكمة", "برر", None, None)],
    ),
    # A verb in a relative clause speaks for the person before the pronoun; a possessed noun after the
    # verb is its object; دعا takes a ل complement: "The party backed Sam Collins, the mayor, who withdrew
    # from the contest and called on his supporters to back Hartman."
    (
        "وأيد الحزب سام كولينز رئيس البلدية، الذي انسحب من المنافسة ودعا أنصاره لتأييد هارتمان.",
        {"سام كولينز": "PER", "هارتمان": "PER"},
        [("indirect", "تأييد هارتمان", "e0", "سام كولينز", "دعا", None, None)],
    ),
    # A plural verb has its subject dropped; the name after it is the object: "Students protested the
    # tour and called on President John Smith not to receive the delegation."
    (
        "واحتج طلاب على الجولة، ودعوا الرئيس جون سميث إلى عدم استقبال الوفد.",
        {"جون سميث": "PER"},
        [("indirect", "عدم استقبال الوفد", None, None, "دعا", None, None)],
    ),
    # A relative clause right after a named body speaks for it (Forbes, an outlet of the lexicon, also
    # relays); وفق ما أفاد به: "Iran benefits, according to Forbes, which pointed to gains, as our
    # correspondent reported."
    (
        "وقال خالد العلي إن إيران تستفيد. وذلك وفق فوربس التي أشارت إلى مكاسب إيرانية.",
        {"خالد العلي": "PER", "فوربس": "ORG"},
        [
            ("indirect", "إيران تستفيد", "e0", "خالد العلي", "قال", None, None),
            ("indirect", "مكاسب إيرانية", "e1", "فوربس", "أشار", "e1", "فوربس"),
        ],
    ),
    (
        "وقتل أربعة أشخاص في القصف، وفق ما أفاد به مراسلنا.",
        {},
        [("indirect", "قتل أربعة أشخاص في القصف", None, "مراسلنا", "أفاد", None, None)],
    ),
    # A title cut at a preposition is followed by its name: "The US ambassador to the UN Karen Wells said
    # in a statement: 'the members must take a joint step'."
    (
        'وقالت السفيرة الأميركية لدى الأمم المتحدة كارين ويلز في بيان "على الأعضاء اتخاذ خطوة مشتركة".',
        {"الأمم المتحدة": "ORG", "كارين ويلز": "PER"},
        [("direct", "على الأعضاء اتخاذ خطوة مشتركة", "e1", "كارين ويلز", "قال", None, None)],
    ),
    # An imperfect verb inside another quote's content is no quote of its own: "The EU stated that the
    # evidence points to a chemical attack."
    (
        "ذكر الاتحاد الأوروبي أن الأدلة تشير إلى شن هجوم كيماوي.",
        {"الاتحاد الأوروبي": "ORG"},
        [("indirect", "الأدلة تشير إلى شن هجوم كيماوي", "e0", "الاتحاد الأوروبي", "ذكر", None, None)],
    ),
    # بأن after a verb whose only complement is ب+أن; a name that splits like a verb (سيرينا) is no verb:
    # "Serena attacked the official and described him as 'a hypocrite'."
    (
        'وهاجمت سيرينا المسؤول ووصفته بأنه "منافق" وأنه "أخذ حقا منها".',
        {"سيرينا": "PER"},
        [("indirect", '"منافق" وأنه "أخذ حقا منها"', "e0", "سيرينا", "وصف", None, None)],
    ),
    # نفى takes a noun-phrase object after the subject and a weekday: "President John Smith denied, on
    # Thursday, any knowledge of the payments." A bare demonstrative is no content.
    (
        "نفى الرئيس جون سميث، الخميس، علمه بأي أموال دفعت.",
        {"جون سميث": "PER"},
        [("indirect", "علمه بأي أموال دفعت", "e0", "جون سميث", "نفى", None, None)],
    ),
    ("ونفى الجيش ذلك.", {}, []),
    # In a relative clause on a named body, the object ends at the clause's comma and the body speaks:
    # "Ankara, which strongly denies any role in the bombing, responded by summoning the ambassador."
    (
        "وردت أنقرة، التي تنفي بشدة أي دور لها في التفجير، باستدعاء السفير.",
        {"أنقرة": "LOC"},
        [("indirect", "أي دور لها في التفجير", "e0", "أنقرة", "نفى", None, None)],
    ),
    # A pro-dropped verb shares the subject of the verb opening its sentence (VSO): "Moscow denied it.
    # Russian FM Sergei Lavrov condemned the remarks and described them as 'irresponsible words'."
    (
        "وقالت موسكو إن الاتهام باطل. واستنكر وزير الخارجية الروسي سيرغي لافروف التصريحات ووصفها بأنها "
        '"كلام غير مسؤول".',
        {"موسكو": "LOC", "سيرغي لافروف": "PER"},
        [
            ("indirect", "الاتهام باطل", "e0", "موسكو", "قال", None, None),
            ("direct", "كلام غير مسؤول", "e1", "سيرغي لافروف", "وصف", None, None),
        ],
    ),
    # A body right after the verb opening the sentence is the subject a later pro-dropped verb shares:
    # "Reem Dawood said the pledges are void. Amnesty International reviewed files in which it found that
    # the courts did not respect the law."
    (
        "وقالت ريم داود إن التعهدات باطلة. واستعرضت منظمة العفو الدولية قضايا رأت فيها أن المحاكم لم تحترم "
        "القانون.",
        {"ريم داود": "PER", "منظمة العفو الدولية": "ORG"},
        [
            ("indirect", "التعهدات باطلة", "e0", "ريم داود", "قال", None, None),
            ("indirect", "المحاكم لم تحترم القانون", "e1", "منظمة العفو الدولية", "رأى", None, None),
        ],
    ),
    # A doubled و typed twice still reads the verb: "Lavrov said no. And he added that the agencies may
    # be involved."
    (
        "وقال لافروف إن الاتهام باطل. ووأضاف أن الوكالات ربما تكون متورطة.",
        {"لافروف": "PER"},
        [
            ("indirect", "الاتهام باطل", "e0", "لافروف", "قال", None, None),
            ("indirect", "الوكالات ربما تكون متورطة", "e0", "لافروف", "أضاف", None, None),
        ],
    ),
    # A statement noun after the verb is its object, the subject dropped: "Khaled al-Ali said the plan
    # failed. He described the minister's statements as 'lies'."
    (
        'وقال خالد العلي إن الخطة فشلت. ووصف تصريحات الوزير بأنها "كاذبة".',
        {"خالد العلي": "PER"},
        [
            ("indirect", "الخطة فشلت", "e0", "خالد العلي", "قال", None, None),
            ("direct", "كاذبة", "e0", "خالد العلي", "وصف", None, None),
        ],
    ),
    # A spokesperson title stays the unnamed spokesperson; "spokesman for the president John Smith" does
    # not give Smith that title: "A spokesman for President John Smith said the visit will take place. The
    # spokesman said the date was not set."
    (
        "وقال متحدث باسم الرئيس جون سميث إن الزيارة ستتم. وقال الناطق إن الموعد لم يحدد.",
        {"جون سميث": "PER"},
        [
            ("indirect", "الزيارة ستتم", None, "متحدث باسم الرئيس جون سميث", "قال", None, None),
            ("indirect", "الموعد لم يحدد", None, "متحدث باسم الرئيس جون سميث", "قال", None, None),
        ],
    ),
]

# A verb joined by و after a comma goes on with its sentence's subject; after a verb of calling (دعا، طالب)
# the noun is whom it calls on (session 10).
COORDINATED = [
    # "FM John Smith said the talks go on. UN Secretary-General Antonio Guterres voiced concern over the
    # fighting, and called on both sides to show restraint." (Guterres calls, not "both sides"; the body
    # in the title's genitive does not hide the person after it)
    (
        "وقال وزير الخارجية جون سميث إن المحادثات مستمرة. وأعرب الأمين العام لمنظمة الأمم المتحدة أنطونيو "
        "غوتيريش عن قلقه إزاء القتال، ودعا الجانبين إلى ضبط النفس.",
        {"جون سميث": "PER", "الأمم المتحدة": "ORG", "أنطونيو غوتيريش": "PER"},
        [
            ("indirect", "المحادثات مستمرة", "e0", "جون سميث", "قال", None, None),
            ("indirect", "ضبط النفس", "e2", "أنطونيو غوتيريش", "دعا", None, None),
        ],
    ),
    # "PM Karim Nassar regretted the incident, and demanded the local government open an urgent inquiry."
    (
        "وأبدى رئيس الوزراء كريم نصار أسفه للحادث، وطالب الحكومة المحلية بفتح تحقيق عاجل.",
        {"كريم نصار": "PER"},
        [("indirect", "فتح تحقيق عاجل", "e0", "كريم نصار", "طالب", None, None)],
    ),
    # "John Smith said a deal is near. Arab League chief Salim Awad voiced regret, and said the
    # solution is political." (not the previous quote's speaker)
    (
        "وقال جون سميث إن الاتفاق قريب. وأعرب الأمين العام لجامعة الدول العربية سليم عواد عن أسفه، "
        "وقال إن الحل سياسي.",
        {"جون سميث": "PER", "جامعة الدول العربية": "ORG", "سليم عواد": "PER"},
        [
            ("indirect", "الاتفاق قريب", "e0", "جون سميث", "قال", None, None),
            ("indirect", "الحل سياسي", "e2", "سليم عواد", "قال", None, None),
        ],
    ),
    # "John Smith said the situation is hard, and called on both parties to talk." (the quote before)
    (
        "وقال جون سميث إن الوضع صعب، ودعا الطرفين إلى الحوار.",
        {"جون سميث": "PER"},
        [
            ("indirect", "الوضع صعب", "e0", "جون سميث", "قال", None, None),
            ("indirect", "الحوار", "e0", "جون سميث", "دعا", None, None),
        ],
    ),
    # "President Samir Haddad received FM Karim Nassar, and said relations are solid." (the host speaks,
    # not the guest named before the comma)
    (
        "استقبل الرئيس سمير حداد وزير الخارجية كريم نصار، وقال إن العلاقات متينة.",
        {"سمير حداد": "PER", "كريم نصار": "PER"},
        [("indirect", "العلاقات متينة", "e0", "سمير حداد", "قال", None, None)],
    ),
    # Not joined after a comma, the noun after دعا is its subject and the one after it the object:
    # "Palestinian President Mahmoud Abbas called on both sides to show restraint."
    (
        "ودعا الرئيس الفلسطيني محمود عباس الطرفين إلى ضبط النفس.",
        {"محمود عباس": "PER"},
        [("indirect", "ضبط النفس", "e0", "محمود عباس", "دعا", None, None)],
    ),
]

PREVERBAL = [
    # لكنّ opens a clause with its subject before the verb: "But the National Weather Service said the
    # hurricane is moving toward the islands."
    (
        "ولكن الهيئة الوطنية للطقس قالت إن الإعصار يتحرك صوب الجزر.",
        {},
        [("indirect", "الإعصار يتحرك صوب الجزر", None, "الهيئة الوطنية للطقس", "قال", None, None)],
    ),
    # A name in apposition past rank words speaks for the body: "The spokesman of the coalition forces,
    # Staff Colonel Faisal al-Zahrani, said the defences downed a drone."
    (
        "وقال المتحدث باسم قوات التحالف، العقيد الركن فيصل الزهراني، إن الدفاعات أسقطت طائرة مسيرة.",
        {"قوات التحالف": "ORG", "فيصل الزهراني": "PER"},
        [("indirect", "الدفاعات أسقطت طائرة مسيرة", "e1", "فيصل الزهراني", "قال", None, None)],
    ),
    # An accusative participle after the verb is no subject (the addressee follows it): "John Smith said
    # the situation is hard. He said, addressing Trump: 'we stay here to the end'." / "He went on,
    # joking: 'we can control that'."
    (
        'وقال جون سميث إن الوضع صعب. وقال مخاطبا ترامب "سنبقى هنا حتى النهاية".',
        {"جون سميث": "PER", "ترامب": "PER"},
        [
            ("indirect", "الوضع صعب", "e0", "جون سميث", "قال", None, None),
            ("direct", "سنبقى هنا حتى النهاية", "e0", "جون سميث", "قال", None, None),
        ],
    ),
    (
        'وقال خالد العلي إن الوضع صعب. وتابع ممازحا "سنفوز حتى من دون مدرب".',
        {"خالد العلي": "PER"},
        [
            ("indirect", "الوضع صعب", "e0", "خالد العلي", "قال", None, None),
            ("direct", "سنفوز حتى من دون مدرب", "e0", "خالد العلي", "تابع", None, None),
        ],
    ),
    # A title no one in the article holds yet (the NER missed the name after it) keeps its words: "The
    # Emirati ambassador to the UN, Hind al-Suwaidi, said the allies want calm."
    (
        "وقالت السفيرة الإماراتية لدى الأمم المتحدة هند السويدي إن الحلفاء يريدون التهدئة.",
        {},
        [("indirect", "الحلفاء يريدون التهدئة", None, "السفيرة الإماراتية", "قال", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "entities", "expected"), SPEAKERS + COORDINATED + PREVERBAL)
def test_speakers(text: str, entities: dict[str, str], expected: list[tuple[Any, ...]]) -> None:
    assert quotes(text, entities) == expected
