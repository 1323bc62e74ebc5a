"""The quotes stage on cases the development gold (bench/gold/quotes_dev.jsonl, session 11) showed, in
sentences of our own: where a content starts and ends, relations tagged with their person, relays."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_quotes import quotes

SABA = 'وكالة الأنباء اليمنية "سبأ"'  # the speaker's and the relay's text: the outlet as written

CASES = [
    # من أن: the content starts after أن. "The minister Ahmad Salem warned that the storms will cause
    # heavy damage."
    (
        "وحذر الوزير أحمد سالم من أن العواصف ستخلف أضرارا جسيمة.",
        {"أحمد سالم": "PER"},
        [("indirect", "العواصف ستخلف أضرارا جسيمة", "e0", "أحمد سالم", "حذر", None, None)],
    ),
    # بدلا من أن stays inside the content: "Salem said he prefers death to surrender."
    (
        "وقال أحمد سالم إنه يفضل الموت بدلا من أن يستسلم.",
        {"أحمد سالم": "PER"},
        [("indirect", "يفضل الموت بدلا من أن يستسلم", "e0", "أحمد سالم", "قال", None, None)],
    ),
    # في حين "whereas" before a new reporting verb ends the first content: "The president revealed the
    # wealth the regime spends, whereas he stressed that the ministry is about to support the people."
    (
        "كشف الرئيس أحمد سالم عن الثروات التي ينفقها النظام، في حين أكد أن الوزارة بصدد دعم الشعب.",
        {"أحمد سالم": "PER"},
        [
            ("indirect", "الثروات التي ينفقها النظام", "e0", "أحمد سالم", "كشف", None, None),
            ("indirect", "الوزارة بصدد دعم الشعب", "e0", "أحمد سالم", "أكد", None, None),
        ],
    ),
    # A mark opened in the content closes after a full stop: the speaker's words run to it. "He added that
    # thanks to him 'the company saved 25 million dinars. No one may admit it, but that is enough for me'."
    (
        'وأضاف أحمد سالم أن بفضله "وفرت الشركة 25 مليون دينار. قد لا يعترف أحد بذلك، لكن هذا يكفيني".',
        {"أحمد سالم": "PER"},
        [
            (
                "indirect",
                'بفضله "وفرت الشركة 25 مليون دينار. قد لا يعترف أحد بذلك، لكن هذا يكفيني"',
                "e0",
                "أحمد سالم",
                "أضاف",
                None,
                None,
            )
        ],
    ),
    # A body by its head noun alone, which the NER made an entity of its own, is the body named before with
    # that head: "The Egyptian presidency's office announced that the president received a call. The office
    # went on that the call dealt with the crisis."
    (
        "أعلن مكتب الرئاسة المصرية أن الرئيس تلقى اتصالا. وتابع المكتب أن الاتصال تناول الأزمة.",
        {"مكتب الرئاسة المصرية": "ORG", "المكتب": "ORG"},
        [
            ("indirect", "الرئيس تلقى اتصالا", "e0", "مكتب الرئاسة المصرية", "أعلن", None, None),
            ("indirect", "الاتصال تناول الأزمة", "e0", "مكتب الرئاسة المصرية", "تابع", None, None),
        ],
    ),
    # Not a body of another head: "The ministry of health said … The office added …" keeps the office.
    (
        "وقالت وزارة الصحة إن المستشفى امتلأ. وأضاف المكتب أن الوضع صعب.",
        {"وزارة الصحة": "ORG", "المكتب": "ORG"},
        [
            ("indirect", "المستشفى امتلأ", "e0", "وزارة الصحة", "قال", None, None),
            ("indirect", "الوضع صعب", "e1", "المكتب", "أضاف", None, None),
        ],
    ),
    # كما + a relay verb + عنه is an aside with no commas: the verb before it says the quote, the outlet
    # relays. "The agriculture minister Karim Nasser said, as the Jordanian agencies reported from him: 'the
    # markets will open every day'."
    (
        'وقال وزير الزراعة كريم ناصر كما نقلت عنه الوكالات الأردنية "ستفتح الأسواق أبوابها كل يوم".',
        {"كريم ناصر": "PER"},
        [("direct", "ستفتح الأسواق أبوابها كل يوم", "e0", "كريم ناصر", "قال", None, "الوكالات الأردنية")],
    ),
    # بالقول إن after a verb with no complements of its own (رد "reply"): an indirect quote of that verb,
    # and وقالت after it in the sentence goes on with the same speaker. "The spokeswoman Hala Mansour
    # replied by saying that the minister wanted to seem friendly, and said: 'it is a simple greeting'."
    (
        'وردت المتحدثة هالة منصور بالقول إن الوزير كان يريد أن يبدو ودودا، وقالت: "إنها تحية بسيطة".',
        {"هالة منصور": "PER"},
        [
            ("indirect", "الوزير كان يريد أن يبدو ودودا", "e0", "هالة منصور", "رد", None, None),
            ("direct", "إنها تحية بسيطة", "e0", "هالة منصور", "قال", None, None),
        ],
    ),
    # مما "which" makes a fact the verb's subject: no quote. "This decision comes as prices rise, which points
    # to the crisis' imminent end."
    ("ويأتي هذا القرار وسط ارتفاع الأسعار، مما يشير إلى قرب انتهاء الأزمة.", {}, []),
    # A stray mark glued to the word before a colon does not hide the verb: "Senator Bill Harding
    # commented in a tweet on Twitter": 'the result astonished no one'."
    (
        'وعلق السناتور بيل هاردينغ في تغريدة على تويتر": "النتيجة لم تدهش أحدا".',
        {"بيل هاردينغ": "PER"},
        [("direct", "النتيجة لم تدهش أحدا", "e0", "بيل هاردينغ", "علق", None, None)],
    ),
    # A short name in marks after its noun and before a relative pronoun is no quote: "The president
    # alluded to the 'Nord Stream 2' pipeline, which will double the amount of gas."
    ('وألمح الرئيس أحمد سالم إلى خط أنابيب "نورد ستريم 2" الذي سيضاعف كمية الغاز.', {"أحمد سالم": "PER"}, []),
    # A bare definite type noun refers back only to an outlet of its medium: television is not the agency
    # named before. "'The town no longer exists', a witness said, as Reuters reported. The prime minister
    # said in a speech the television broadcast: 'we live hard days'."
    (
        'وقال أحد الشهود: "لم يعد للبلدة وجود"، وفق ما نقلت "رويترز". '
        'وقال رئيس الوزراء أحمد سالم في كلمة بثها التلفزيون: "نعيش أياما صعبة".',
        {"رويترز": "ORG", "أحمد سالم": "PER"},
        [
            ("direct", "لم يعد للبلدة وجود", None, "أحد الشهود", "قال", "e0", "رويترز"),
            ("direct", "نعيش أياما صعبة", "e1", "أحمد سالم", "قال", None, None),
        ],
    ),
    # A definite person noun with no name refers back to the one person the sentence before named: "The
    # story of Sami Darid is painful too. The 27-year-old young man said: 'I lost my job and my house'."
    (
        'حكاية سامي دريد هي الأخرى مؤلمة. وقال الشاب البالغ من العمر 27 عاما "خسرت عملي وبيتي".',
        {"سامي دريد": "PER"},
        [("direct", "خسرت عملي وبيتي", "e0", "سامي دريد", "قال", None, None)],
    ),
    # With two people named there, the noun stays an unnamed speaker: "Salem met Khaled. The young man
    # said: 'I lost my job and my house'."
    (
        'والتقى أحمد سالم خالد العلي. وقال الشاب "خسرت عملي وبيتي".',
        {"أحمد سالم": "PER", "خالد العلي": "PER"},
        [("direct", "خسرت عملي وبيتي", None, "الشاب", "قال", None, None)],
    ),
    # سونا (SUNA, the Sudan News Agency) is a listed outlet with no type noun: "Salem said, according to
    # SUNA, that the talks will resume."
    (
        "وقال أحمد سالم، بحسب سونا، إن المحادثات ستستأنف.",
        {"أحمد سالم": "PER", "سونا": "ORG"},
        [("indirect", "المحادثات ستستأنف", "e0", "أحمد سالم", "قال", "e1", "سونا")],
    ),
    # Words in marks after a comma that open with ل or ب go on the reported clause, no new quote: "The
    # statement said Salem sent his foreign minister to visit Egypt at the month's end, 'to discuss ways of
    # strengthening bilateral relations'."
    (
        'وقال البيان إن أحمد سالم وجه وزير خارجيته لزيارة مصر نهاية الشهر، "للتباحث حول سبل تعزيز العلاقات".',
        {"أحمد سالم": "PER"},
        [
            (
                "indirect",
                'أحمد سالم وجه وزير خارجيته لزيارة مصر نهاية الشهر، "للتباحث حول سبل تعزيز العلاقات"',
                None,
                "البيان",
                "قال",
                None,
                None,
            )
        ],
    ),
    # The lead's news (requests, session 11). إلى inside the subject's title is no complement: "The UN
    # envoy to Yemen Martin Griffiths called on all parties to exercise restraint."
    (
        "ودعا المبعوث الأممي إلى اليمن مارتن غريفيث جميع الأطراف إلى ضبط النفس.",
        {"مارتن غريفيث": "PER"},
        [("indirect", "ضبط النفس", "e0", "مارتن غريفيث", "دعا", None, None)],
    ),
    # A cue's source with a relative clause to its comma, then فإن: the content follows فإن. "According to
    # the Yemeni news agency 'Saba', which the Houthis run, the raids targeted military sites."
    (
        'وبحسب وكالة الأنباء اليمنية "سبأ" التي يديرها الحوثيون، فإن الغارات استهدفت مواقع عسكرية.',
        {"سبأ": "ORG"},
        [("indirect", "الغارات استهدفت مواقع عسكرية", "e0", SABA, None, "e0", SABA)],
    ),
    # A statement of the speaker's own office as a cue's source is the speaker's (request b3 s3): "Field
    # Marshal Khalifa Haftar welcomed the parliament's vote, according to a statement his media office
    # published."
    (
        "ورحب المشير خليفة حفتر بتصويت البرلمان على الحكومة، بحسب بيان نشره مكتبه الإعلامي.",
        {"خليفة حفتر": "PER"},
        [
            (
                "indirect",
                "رحب المشير خليفة حفتر بتصويت البرلمان على الحكومة",
                "e0",
                "خليفة حفتر",
                None,
                None,
                None,
            )
        ],
    ),
    # A turn phrase (من جهته، "for his part") opening the sentence: a pro-dropped وقال after a comma goes on
    # with the subject after it, not the previous quote's speaker. "Salem said he sold his land. For his
    # part, the mechanic Khaled al-Ali complained about the situation, and said: 'I never felt such
    # injustice'."
    (
        'وقال أحمد سالم إنه باع أرضه. من جهته، عبر الميكانيكي خالد العلي عن تذمره من الوضع، وقال "لم أشعر '
        'أبدا بمثل هذا الظلم".',
        {"أحمد سالم": "PER", "خالد العلي": "PER"},
        [
            ("indirect", "باع أرضه", "e0", "أحمد سالم", "قال", None, None),
            ("direct", "لم أشعر أبدا بمثل هذا الظلم", "e1", "خالد العلي", "قال", None, None),
        ],
    ),
    # A relation the model tagged with the name as one PER mention speaks for itself, unnamed: "Nassif's
    # lawyers said he will appeal the sentence."
    (
        "وقال محامو ناصيف إنه سيستأنف الحكم.",
        {"محامو ناصيف": "PER"},
        [("indirect", "سيستأنف الحكم", None, "محامو ناصيف", "قال", None, None)],
    ),
]


# Session 11, second round: relays, a speaker named before, content ends (bench/gold/QUOTES.md).
LATER = [
    # An outlet's name (its spelling slipped) with a listed short name in brackets is that outlet, and the
    # via is the name's entity: "The Saudi Press Agency (SPA) reported that the grant will support Yemen's
    # economy."
    (
        "وأوردت وكالة الأنبا السعودية (واس) أن المنحة ستدعم الاقتصاد اليمني.",
        {"وكالة الأنبا السعودية": "ORG", "واس": "ORG"},
        [
            (
                "indirect",
                "المنحة ستدعم الاقتصاد اليمني",
                "e0",
                "وكالة الأنبا السعودية",
                "أورد",
                "e0",
                "وكالة الأنبا السعودية",
            )
        ],
    ),
    # A cue after a full stop in the same paragraph attributes the sentence before it, which has no quote of
    # its own (its future س kept): "The ministry said the grant arrived. The grant will support the
    # economy in the coming months. According to SPA"
    (
        'وقالت الوزارة إن المنحة وصلت. وستدعم المنحة الاقتصاد اليمني في الأشهر المقبلة. وفقا ل"واس"',
        {"واس": "ORG"},
        [
            ("indirect", "المنحة وصلت", None, "الوزارة", "قال", None, None),
            ("indirect", "ستدعم المنحة الاقتصاد اليمني في الأشهر المقبلة", "e0", "واس", None, "e0", "واس"),
        ],
    ),
    # A while-clause's verb in a cue's sentence has its own quote and the cue's relay, and its speaker is
    # no topic for a later pro-dropped verb: "Minister Sara Haddad warned of the truce's collapse, while
    # several states call for firmness, AFP reported. She added: 'We will not accept that'."
    (
        'وحذرت الوزيرة سارة حداد من انهيار الهدنة، بينما تدعو دول عدة إلى الحزم، وفق ما نقلت "فرانس برس". '
        'وأضافت "لن نقبل بذلك".',
        {"سارة حداد": "PER", "فرانس برس": "ORG"},
        [
            ("indirect", "انهيار الهدنة", "e0", "سارة حداد", "حذر", "e1", "فرانس برس"),
            ("indirect", "الحزم", None, "دول عدة", "دعا", "e1", "فرانس برس"),
            ("direct", "لن نقبل بذلك", "e0", "سارة حداد", "أضاف", None, None),
        ],
    ),
    # A role noun outside the titles lexicon, set before the name earlier, refers back to that person:
    # "Coach Khaled al-Ali arrived at the airport on Sunday evening. The Algerian coach said: 'The team is
    # ready for the match'."
    (
        'وصل المدرب خالد العلي إلى المطار مساء الأحد. وقال المدرب الجزائري: "الفريق جاهز للمباراة".',
        {"خالد العلي": "PER"},
        [("direct", "الفريق جاهز للمباراة", "e0", "خالد العلي", "قال", None, None)],
    ),
    # The same noun before no name stays the words: "Player Khaled al-Ali arrived. The coach said: '…'."
    (
        'وصل اللاعب خالد العلي إلى المطار. وقال المدرب: "الفريق جاهز للمباراة".',
        {"خالد العلي": "PER"},
        [("direct", "الفريق جاهز للمباراة", None, "المدرب", "قال", None, None)],
    ),
    # Marks inside a that-clause after من أن are the clause's wording: one indirect quote. "The ministry
    # said the truce starts on Monday, warning that any breach of it 'will have consequences'."
    (
        'وقالت الوزارة إن الهدنة تبدأ الاثنين، محذرة من أن أي خرق لها "ستكون له عواقب".',
        {},
        [
            ("indirect", "الهدنة تبدأ الاثنين", None, "الوزارة", "قال", None, None),
            ("indirect", 'أي خرق لها "ستكون له عواقب"', None, "الوزارة", "حذر", None, None),
        ],
    ),
    # A turn phrase opening a cue's sentence is the writer's: "On the other hand, Field Marshal Khalifa
    # Haftar welcomed the vote, according to a statement his media office published."
    (
        "في المقابل، رحب المشير خليفة حفتر بتصويت البرلمان، بحسب بيان نشره مكتبه الإعلامي.",
        {"خليفة حفتر": "PER"},
        [("indirect", "رحب المشير خليفة حفتر بتصويت البرلمان", "e0", "خليفة حفتر", None, None, None)],
    ),
    # "…, which is the decision that the daily An-Nahar was first to reveal": the writer's comment on a
    # noun of the content ends it. "The minister's lawyers said he will appeal the decision to freeze his
    # assets, …"
    (
        'وقال محامو الوزير إنه سيطعن على قرار تجميد أمواله، وهو القرار الذي كانت صحيفة "النهار" أول من كشفه.',
        {},
        [("indirect", "سيطعن على قرار تجميد أمواله", None, "محامو الوزير", "قال", None, None)],
    ),
    # Another noun is the content's: "A police spokesman said the arrested woman is named Sara Haddad, the
    # second to be held."
    (
        "وقال متحدث باسم الشرطة إن المرأة المقبوض عليها تسمى سارة حداد، وهي الثانية التي يتم احتجازها.",
        {"سارة حداد": "PER"},
        [
            (
                "indirect",
                "المرأة المقبوض عليها تسمى سارة حداد، وهي الثانية التي يتم احتجازها",
                None,
                "متحدث باسم الشرطة",
                "قال",
                None,
                None,
            )
        ],
    ),
]

# Found on unannotated ANT articles after the rules above (before/after diffs), in sentences of our own.
CHECKED = [
    # "The latter" is the person named last: "Minister Ahmad Salem met ambassador Khaled al-Ali. The latter
    # said: 'Relations are excellent'."
    (
        'والتقى الوزير أحمد سالم السفير خالد العلي. وقال الأخير: "العلاقات ممتازة".',
        {"أحمد سالم": "PER", "خالد العلي": "PER"},
        [("direct", "العلاقات ممتازة", "e1", "خالد العلي", "قال", None, None)],
    ),
    # A spokesperson for a body, then her name: the title is hers. "The foreign ministry spokeswoman Sara
    # Haddad criticised the decision. The spokeswoman went on: 'This is unacceptable'."
    (
        'وانتقدت المتحدثة باسم الخارجية سارة حداد القرار. وتابعت المتحدثة: "هذا غير مقبول".',
        {"سارة حداد": "PER"},
        [("direct", "هذا غير مقبول", "e0", "سارة حداد", "تابع", None, None)],
    ),
    # A spokesman for a titled person is not that person: "A spokesman for Prime Minister Sara Haddad said
    # she will visit the country. The spokesman said the visit is important."
    (
        "وقال متحدث باسم رئيسة الوزراء سارة حداد إنها ستزور البلاد. وقال المتحدث إن الزيارة مهمة.",
        {"سارة حداد": "PER"},
        [
            ("indirect", "ستزور البلاد", None, "متحدث باسم رئيسة الوزراء سارة حداد", "قال", None, None),
            ("indirect", "الزيارة مهمة", None, "متحدث باسم رئيسة الوزراء سارة حداد", "قال", None, None),
        ],
    ),
    # قائلا after a finite verb and an outlet spoken to: the finite verb, the outlet the via. "Ahmad Salem
    # declared to the Arabi21 site, saying: 'The situation is very hard'."
    (
        'وصرح أحمد سالم لموقع "عربي21" قائلا: "الوضع صعب جدا".',
        {"أحمد سالم": "PER"},
        [("direct", "الوضع صعب جدا", "e0", "أحمد سالم", "صرح", None, "عربي21")],
    ),
    # قائلا after a verb of no saying: the outlet spoken to before it is the via. "Ahmad Salem turned to the
    # Al Jazeera channel, saying the situation is hard." (تحدث is a verb of speaking since session 14: see
    # tests/test_quotes_dev4.py)
    (
        'وتوجه أحمد سالم لقناة "الجزيرة" قائلا إن الوضع صعب.',
        {"أحمد سالم": "PER"},
        [("indirect", "الوضع صعب", "e0", "أحمد سالم", "قال", None, "الجزيرة")],
    ),
    # No outlet spoken to, no via: "Ahmad Salem visited the newspaper's offices, saying the situation is
    # hard."
    (
        "وزار أحمد سالم مقر الصحيفة قائلا إن الوضع صعب.",
        {"أحمد سالم": "PER"},
        [("indirect", "الوضع صعب", "e0", "أحمد سالم", "قال", None, None)],
    ),
    # The speaker's own outlet (no ل) is not stepped over: "Al Jazeera's presenter, Sara Haddad, wrote
    # saying: 'This is no joke'."
    (
        'وكتبت مذيعة "الجزيرة"، سارة حداد، تقول: "هذا ليس مزاحا".',
        {"سارة حداد": "PER"},
        [("direct", "هذا ليس مزاحا", "e0", "سارة حداد", "قال", None, None)],
    ),
    # Marks right after من أن are a direct quote still: "The ministry warned that 'the situation is very
    # grave'."
    (
        'وحذرت الوزارة من أن "الوضع خطير جدا".',
        {},
        [("direct", "الوضع خطير جدا", None, "الوزارة", "حذر", None, None)],
    ),
    # An indefinite head before a name is a construct (موقف خالد العلي "al-Ali's stance"), no title: "People
    # criticised al-Ali's stance. The stance was described as 'political stupidity'."
    (
        'وانتقد الناس موقف خالد العلي. ووصف الموقف بأنه "غباء سياسي".',
        {"خالد العلي": "PER"},
        [("direct", "غباء سياسي", None, "الموقف", "وصف", None, None)],
    ),
    # A trailing cue's content keeps its closing mark: "Salem said the situation is calm. The aim is
    # 'renewing religious discourse'. As Reuters reported."
    (
        'وقال أحمد سالم إن الوضع هادئ. والهدف هو "تطوير الخطاب الديني". بحسب ما أوردت وكالة رويترز.',
        {"أحمد سالم": "PER", "رويترز": "ORG"},
        [
            ("indirect", "الوضع هادئ", "e0", "أحمد سالم", "قال", None, None),
            ("indirect", 'الهدف هو "تطوير الخطاب الديني"', "e1", "رويترز", "أورد", "e1", "رويترز"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "entities", "expected"), CASES + LATER + CHECKED)
def test_dev_cases(text: str, entities: dict[str, str], expected: list[tuple[Any, ...]]) -> None:
    assert quotes(text, entities) == expected
