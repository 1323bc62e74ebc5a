"""Session 18 rules (bench/gold/QUOTES_SESSION18.md), on own sentences: the accusative participles مطالبا and
مهددا take the clause's subject, not the noun after them."""

from __future__ import annotations

import pytest

from marsad.quotes_lexicon import load
from tests.test_quotes_cases import quotes_said, run, said


def test_the_participles_of_demanding_and_threatening_are_participles() -> None:
    verbs = load().verbs
    assert [(verbs[w].verb.lemma, verbs[w].participle) for w in ("مطالبا", "مهددا")] == [
        ("طالب", True),
        ("هدد", True),
    ]


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "In contrast, the Brazilian president Ramon Silva criticised the company over the delay, demanding
        # (of) the foreign investors more patience.": Silva demands, the investors are whom he calls on.
        (
            "في المقابل، انتقد الرئيس البرازيلي رامون سيلفا الشركة بسبب التأخير، مطالبا المستثمرين الأجانب "
            "بمزيد من الصبر.",
            {"رامون سيلفا": "PER"},
            [("indirect", "مزيد من الصبر", "رامون سيلفا", "طالب", None)],
        ),
        # "And minister Kamal Nasser said that the army killed three gunmen, demanding of the companies more
        # investment.": after a quote in its sentence the participle goes on with its speaker (the finite
        # reading gave the companies).
        (
            "وقال الوزير كمال ناصر إن الجيش قتل ثلاثة مسلحين، مطالبا الشركات بمزيد من الاستثمار.",
            {"كمال ناصر": "PER"},
            [
                ("indirect", "الجيش قتل ثلاثة مسلحين", "كمال ناصر", "قال", None),
                ("indirect", "مزيد من الاستثمار", "كمال ناصر", "طالب", None),
            ],
        ),
    ],
)
def test_a_participle_of_demanding_takes_the_clause_subject(
    text: str, names: dict[str, str], want: list[tuple[str, str, str | None, str | None, str | None]]
) -> None:
    assert quotes_said(text, names) == want


_MINISTER = "وقال الوزير كمال ناصر إن المياه ستعود إلى الأحياء غدا.\n"


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "... ¶ And the UN mission in Sudan condemned the attack, and called (f.) for holding those
        # responsible to account.": the mission calls, not the minister quoted before.
        (
            _MINISTER + "وأدانت بعثة الأمم المتحدة في السودان الهجوم، ودعت إلى محاسبة المسؤولين عنه.",
            {"كمال ناصر": "PER", "الأمم المتحدة": "ORG", "السودان": "LOC"},
            ("indirect", "محاسبة المسؤولين عنه", "الأمم المتحدة", "دعا", None),
        ),
        # "... ¶ In contrast, the teachers' union rejected the decision, accused (f.) the ministry of
        # misleading, and called (f.) on its members to strike.": the union (unnamed), not its members.
        (
            _MINISTER + "في المقابل، رفضت نقابة المعلمين القرار، واتهمت الوزارة بالتضليل، ودعت أعضاءها إلى "
            "الإضراب.",
            {"كمال ناصر": "PER"},
            ("indirect", "الإضراب", "نقابة المعلمين", "دعا", None),
        ),
        # "... ¶ And the local government listed the Fajr group as banned, and urged (f.) the inhabitants to
        # report its members.": the name after a definite subject is the first verb's object.
        (
            _MINISTER + "وصنفت الحكومة المحلية جماعة الفجر منظمة محظورة، وحثت السكان على الإبلاغ عن أعضائها.",
            {"كمال ناصر": "PER", "جماعة الفجر": "ORG"},
            ("indirect", "الإبلاغ عن أعضائها", "الحكومة المحلية", "حث", None),
        ),
        # Guard: "Minister Salma al-Attar (f.) said that ... ¶ And she visited the field hospital on Sunday
        # evening, and called (f.) for faster repairs.": a verb of the last speaker's gender goes on with her.
        (
            "وقالت الوزيرة سلمى العطار إن المياه ستعود إلى الأحياء غدا.\nوزارت المستشفى الميداني مساء الأحد، "
            "ودعت إلى تسريع الإصلاحات.",
            {"سلمى العطار": "PER"},
            ("indirect", "تسريع الإصلاحات", "سلمى العطار", "دعا", None),
        ),
    ],
)
def test_a_coordinated_verb_of_the_other_gender_takes_its_sentence_subject(
    text: str, names: dict[str, str], want: tuple[str, str, str | None, str | None, str | None]
) -> None:
    article, quotes = run(text, names)
    assert said(article, quotes[-1]) == want


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "... ¶ And the residents hung placards that demand of the municipal council the repair of the road,
        # while the police closed the street.": the placards demand; the council is whom they call on.
        (
            _MINISTER + "وعلق السكان يافطات تطالب المجلس البلدي بإصلاح الطريق، فيما أغلقت الشرطة الشارع.",
            {"كمال ناصر": "PER", "المجلس البلدي": "ORG"},
            ("indirect", "إصلاح الطريق", "يافطات", "طالب", None),
        ),
        # "... ¶ And angry protesters went out demanding the government to leave.": the protesters (unnamed),
        # not the minister quoted before.
        (
            _MINISTER + "وخرج محتجون غاضبون يطالبون الحكومة بالرحيل.",
            {"كمال ناصر": "PER"},
            ("indirect", "الرحيل", "محتجون غاضبون", "طالب", None),
        ),
        # Guard: "... ¶ And the government demanded (و + past) of the protesters to go home.": its subject
        # follows the verb.
        (
            _MINISTER + "وطالبت الحكومة المحتجين بالعودة إلى منازلهم.",
            {"كمال ناصر": "PER", "الحكومة": "ORG"},
            ("indirect", "العودة إلى منازلهم", "الحكومة", "طالب", None),
        ),
    ],
)
def test_an_indefinite_noun_before_a_verb_of_calling_is_its_subject(
    text: str, names: dict[str, str], want: tuple[str, str, str | None, str | None, str | None]
) -> None:
    article, quotes = run(text, names)
    assert said(article, quotes[-1]) == want


def test_a_bare_attribution_keeps_the_first_words_root_letter() -> None:
    # "Damascus - President Khaled al-Ayyubi received the Turkish foreign minister on Tuesday, according to a
    # statement of the presidency office. ¶ And the two sides discussed (وبحث: و + the verb بحث) the
    # relations, according to the statement.": the content starts at بحث, not at حث ("urged").
    text = (
        "دمشق - استقبل الرئيس السوري خالد الأيوبي، الثلاثاء، وزير الخارجية التركي، وفق بيان لمكتب الرئاسة.\n"
        "وبحث الجانبان العلاقات الثنائية والأوضاع في المنطقة، وفق البيان."
    )
    article, quotes = run(text, {"خالد الأيوبي": "PER", "مكتب الرئاسة": "ORG"})
    assert [said(article, q) for q in quotes] == [
        (
            "indirect",
            "استقبل الرئيس السوري خالد الأيوبي، الثلاثاء، وزير الخارجية التركي",
            "مكتب الرئاسة",
            None,
            None,
        ),
        ("indirect", "بحث الجانبان العلاقات الثنائية والأوضاع في المنطقة", "مكتب الرئاسة", None, None),
    ]


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "And the government announced on Sunday the forming of a "permanent national committee" to follow
        # the displaced's conditions.": the marks hold the committee's name, no quote.
        (
            'وأعلنت الحكومة، الأحد، تشكيل "لجنة وطنية دائمة" لمتابعة أوضاع النازحين.',
            {"الحكومة": "ORG"},
            [],
        ),
        # Guard: "And minister Kamal Nasser called for "a comprehensive national campaign" against smoking.":
        # after a preposition the marks are the verb's fragment of speech (QUOTES.md: دعا إلى "…").
        (
            'ودعا الوزير كمال ناصر إلى "حملة وطنية شاملة" لمكافحة التدخين.',
            {"كمال ناصر": "PER"},
            [("direct", "حملة وطنية شاملة", "كمال ناصر", "دعا", None)],
        ),
    ],
)
def test_a_short_stretch_opened_by_a_naming_noun_is_a_name(
    text: str, names: dict[str, str], want: list[tuple[str, str, str | None, str | None, str | None]]
) -> None:
    assert quotes_said(text, names) == want


def test_a_subheading_line_holds_no_quote() -> None:
    # "Minister Kamal Nasser said that the water will return. ¶ Nasser calls on the inhabitants for "patience
    # and cooperation" (a subheading: short, no و, no final stop) ¶ And he added that the work goes on.": the
    # subheading makes no quote, and the next pro-dropped verb goes on with the minister.
    text = (
        "وقال الوزير كمال ناصر إن المياه ستعود.\n\n"
        'ناصر يدعو السكان إلى "الصبر والتعاون"\n\n'
        "وأضاف أن العمل مستمر."
    )
    article, quotes = run(text, {"كمال ناصر": "PER"})
    assert [said(article, q) for q in quotes] == [
        ("indirect", "المياه ستعود", "كمال ناصر", "قال", None),
        ("indirect", "العمل مستمر", "كمال ناصر", "أضاف", None),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "And the French foreign minister accused Samer al-Haddad of "misleading public opinion".": with no
        # closing comma before the complement, the name after the title's comma is whom he accuses.
        (
            'واتهم وزير الخارجية الفرنسي، سامر الحداد بـ"تضليل الرأي العام".',
            ("direct", "تضليل الرأي العام", "وزير الخارجية الفرنسي", "اتهم", None),
        ),
        # Guard: "And the French foreign minister, Samer al-Haddad, said that the government will resign."
        # (the closing comma left out): a verb with no object has the name in apposition as its speaker.
        (
            "وقال وزير الخارجية الفرنسي، سامر الحداد إن الحكومة ستستقيل.",
            ("indirect", "الحكومة ستستقيل", "سامر الحداد", "قال", None),
        ),
    ],
)
def test_a_name_after_the_titles_comma_is_the_object_of_an_accusing_verb(
    text: str, want: tuple[str, str, str | None, str | None, str | None]
) -> None:
    article, quotes = run(text, {"سامر الحداد": "PER"})
    assert [said(article, q) for q in quotes] == [want]


def test_marks_ending_a_second_coordinated_complement_stay_in_the_indirect_quote() -> None:
    # "... ¶ And he added at a press meeting, near the town hall after the governor's tour, that the council
    # also accepted to postpone the works and that it is "committed to repairing the roads".": one indirect
    # quote of both complements (QUOTES.md: قال إن … وإن … stay one span), the marks inside it.
    text = (
        "وقال سامر حداد إن المياه ستعود.\n\n"
        "وأضاف في لقاء صحفي، قرب مقر البلدية بعد جولة المحافظ، إن المجلس قبل كذلك بتأجيل الأشغال وأنه "
        '"ملتزم بإصلاح الطرق".'
    )
    article, quotes = run(text, {"سامر حداد": "PER"})
    assert [said(article, q) for q in quotes][1:] == [
        ("indirect", 'المجلس قبل كذلك بتأجيل الأشغال وأنه "ملتزم بإصلاح الطرق"', "سامر حداد", "أضاف", None)
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "... ¶ And farmers who were demanding compensation for the drought of the ministry gathered.": a
        # كان form between the noun and the verb is stepped over (the farmers, not the minister quoted before)
        (
            _MINISTER + "وتجمع مزارعون كانوا يطالبون الوزارة بتعويضات عن الجفاف.",
            ("indirect", "تعويضات عن الجفاف", "مزارعون", "طالب", None),
        ),
        # "... ¶ In the village, they handed out leaflets that demand the municipality repair the road.": a
        # plural verb before the noun is no part of the phrase (the leaflets, not "they handed out leaflets")
        (
            _MINISTER + "وفي القرية، وزعوا منشورات تطالب البلدية بإصلاح الطريق.",
            ("indirect", "إصلاح الطريق", "منشورات", "طالب", None),
        ),
    ],
)
def test_the_described_noun_steps_over_a_kana_form_and_stops_at_a_plural_verb(
    text: str, want: tuple[str, str, str | None, str | None, str | None]
) -> None:
    article, quotes = run(text, {"كمال ناصر": "PER"})
    assert [said(article, q) for q in quotes] == [
        ("indirect", "المياه ستعود إلى الأحياء غدا", "كمال ناصر", "قال", None),
        want,
    ]
