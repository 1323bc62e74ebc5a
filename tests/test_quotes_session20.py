"""Session 20 rules (bench/gold/QUOTES_SESSION20.md), on own sentences."""

from __future__ import annotations

import pytest

from tests.test_quotes_cases import run, said

Said = tuple[str, str, str | None, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "And the protesters carried placards on which was written "leave now" in front of the government's
        # seat.": the sign's words, said by its carriers (unnamed), verb كتب.
        (
            'وحمل المحتجون لافتات كتب عليها "ارحلوا الآن" أمام مقر الحكومة.',
            {},
            [("direct", "ارحلوا الآن", "المحتجون", "كتب", None)],
        ),
        # "And the activist Sami al-Kurdi raised in the square a placard on which was written "we will not
        # forget".": the carrying verb's named subject speaks.
        (
            'ورفع الناشط سامي الكردي في الساحة لافتة كتب عليها "لن ننسى".',
            {"سامي الكردي": "PER"},
            [("direct", "لن ننسى", "سامي الكردي", "كتب", None)],
        ),
        # "Hundreds of students demonstrated in front of the university, raising placards on which was
        # written "education is a right".": a carrying participle; the opening verb's subject speaks.
        (
            'وتظاهر مئات الطلاب أمام الجامعة، رافعين لافتات مكتوب عليها "التعليم حق".',
            {},
            [("direct", "التعليم حق", "مئات الطلاب", "كتب", None)],
        ),
        # Guard: "And the municipality hung a sign on which was written "no parking" near the market.": no one
        # carries the sign; its writer is unknown, no quote.
        ('وعلقت البلدية لافتة كتب عليها "ممنوع الوقوف" قرب السوق.', {"البلدية": "ORG"}, []),
    ],
)
def test_the_words_on_a_carried_sign_are_its_carriers_quote(
    text: str, names: dict[str, str], want: list[Said]
) -> None:
    article, quotes = run(text, names)
    assert [said(article, q) for q in quotes] == want


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "And the general union of teachers called for the strike.": the object before the subject (VOS);
        # the content is the object alone, the union speaks.
        (
            "ودعت إلى الإضراب النقابة العامة للمعلمين.",
            {},
            [("indirect", "الإضراب", "النقابة العامة للمعلمين", "دعا", None)],
        ),
        # "And the national front for the workers' support, whose coordinator Sami al-Kurdi said to Reuters
        # that "the workers reject the law", called for the march.": the object alone, and the relative
        # clause's quote of its own, its speaker the coordinator named after the possessed title.
        (
            "ودعت إلى المسيرة الجبهة الوطنية لدعم العمال، التي قال منسقها سامي الكردي لوكالة رويترز إن"
            ' "العمال يرفضون القانون".',
            {"سامي الكردي": "PER", "رويترز": "ORG"},
            [
                ("indirect", "المسيرة", "الجبهة الوطنية لدعم العمال", "دعا", None),
                ("direct", "العمال يرفضون القانون", "سامي الكردي", "قال", "رويترز"),
            ],
        ),
        # "And Amnesty International demanded the release of the detainees.": a named body after the object.
        (
            "وطالبت بالإفراج منظمة العفو الدولية.",
            {"منظمة العفو الدولية": "ORG"},
            [("indirect", "الإفراج", "منظمة العفو الدولية", "طالب", None)],
        ),
        # Guard: "He called for the comprehensive national dialogue between the parties.": adjectives follow
        # the object, no subject; the content runs on.
        (
            "ودعا إلى الحوار الوطني الشامل بين الأطراف.",
            {},
            [("indirect", "الحوار الوطني الشامل بين الأطراف", None, "دعا", None)],
        ),
        # Guard: "He called for Hamas handing over its weapons.": an indefinite verbal noun takes the body as
        # its genitive, no fronted object.
        (
            "ودعا إلى تسليم حماس سلاحها.",
            {"حماس": "ORG"},
            [("indirect", "تسليم حماس سلاحها", None, "دعا", None)],
        ),
    ],
)
def test_a_fronted_object_of_a_verb_of_calling_is_the_content_alone(
    text: str, names: dict[str, str], want: list[Said]
) -> None:
    article, quotes = run(text, names)
    assert [said(article, q) for q in quotes] == want


def test_a_relative_clauses_verb_takes_the_name_after_a_possessed_title() -> None:
    # "The delegation visited the charity, whose chairman Sami al-Kurdi said that "donations fell".": the
    # verb in the relative clause has its own subject (its chairman, named), not the antecedent's place.
    text = 'وزار الوفد جمعية الخير في مدينة حمص، التي قال رئيسها سامي الكردي إن "التبرعات تراجعت كثيرا".'
    article, quotes = run(text, {"حمص": "LOC", "سامي الكردي": "PER"})
    assert [said(article, q) for q in quotes] == [
        ("direct", "التبرعات تراجعت كثيرا", "سامي الكردي", "قال", None)
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "Sami al-Kurdi said in answer to a question on prices, pointing to the national company: "prices
        # will rise a little".": the participle's noun-phrase complement runs to the colon; the marks are
        # said with قال.
        (
            'وقال سامي الكردي ردا على سؤال حول الأسعار مشيرا إلى الشركة الوطنية: "الأسعار سترتفع قليلا".',
            [("direct", "الأسعار سترتفع قليلا", "سامي الكردي", "قال", None)],
        ),
        # Guard: "Sami al-Kurdi said, adding: "…"": the participle right before the colon says the marks.
        (
            'وقال سامي الكردي، مضيفا: "الأسعار سترتفع قليلا هذا العام".',
            [("direct", "الأسعار سترتفع قليلا هذا العام", "سامي الكردي", "أضاف", None)],
        ),
        # Guard: "Sami al-Kurdi said, pointing to the national company: "…"": after a comma the participle
        # opens a clause of its own, and says the marks.
        (
            'وقال سامي الكردي، مشيرا إلى الشركة الوطنية: "الأسعار سترتفع قليلا".',
            [("direct", "الأسعار سترتفع قليلا", "سامي الكردي", "أشار", None)],
        ),
        # Guard: "…, pointing out that prices will rise: "we have no choice"": a clause, not a noun phrase.
        (
            'وقال سامي الكردي مشيرا إلى أن الأسعار سترتفع: "لا خيار أمامنا".',
            [("direct", "لا خيار أمامنا", "سامي الكردي", "أشار", None)],
        ),
    ],
)
def test_marks_after_a_participles_noun_phrase_and_a_colon_are_the_finite_verbs(
    text: str, want: list[Said]
) -> None:
    article, quotes = run(text, {"سامي الكردي": "PER"})
    assert [said(article, q) for q in quotes] == want


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "The Canadian foreign minister Sami al-Kurdi said that his country supports the solution. The French
        # president Khaled al-Mansouri said that the talks will go on. The Canadian minister had rejected the
        # government's proposal, stressing that it does not meet the demands.": the participle's owner is the
        # كان clause's subject, the title resolved to its holder, not the last speaker.
        (
            "وقال وزير الخارجية الكندي سامي الكردي إن بلاده تدعم الحل. وقال الرئيس الفرنسي خالد المنصوري إن"
            " المحادثات ستستمر. وكان الوزير الكندي قد رفض مقترح الحكومة، مؤكدا أنه لا يلبي المطالب.",
            {"سامي الكردي": "PER", "خالد المنصوري": "PER", "الحكومة": "ORG"},
            [
                ("indirect", "بلاده تدعم الحل", "سامي الكردي", "قال", None),
                ("indirect", "المحادثات ستستمر", "خالد المنصوري", "قال", None),
                ("indirect", "لا يلبي المطالب", "سامي الكردي", "أكد", None),
            ],
        ),
        # "Informed sources had rejected the proposal, adding that it does not meet the demands.": unnamed.
        (
            "وكانت مصادر مطلعة قد رفضت المقترح، مضيفة أنه لا يلبي المطالب.",
            {},
            [("indirect", "لا يلبي المطالب", "مصادر مطلعة", "أضاف", None)],
        ),
    ],
)
def test_a_participle_after_a_kana_clause_takes_its_subject(
    text: str, names: dict[str, str], want: list[Said]
) -> None:
    article, quotes = run(text, names)
    assert [said(article, q) for q in quotes] == want


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "Sami al-Kurdi welcomed the release of the detainees held for their "anti-state" activity and said:
        # "it is a happy night for their families".": وقال has its own colon and marks, so it does not report
        # the scare quote before it.
        (
            'رحب سامي الكردي بالإفراج عن المعتقلين بسبب نشاطهم "المعادي للدولة" وقال: "إنها ليلة سعيدة'
            ' لعائلاتهم".',
            {"سامي الكردي": "PER"},
            [("direct", "إنها ليلة سعيدة لعائلاتهم", "سامي الكردي", "قال", None)],
        ),
        # "Sami al-Kurdi stressed that the minister will recall his country's "commitment" to the agreement.":
        # the fragment lies inside the reported clause; one indirect quote of أكد.
        (
            'وأكد سامي الكردي أن الوزير سيذكر بـ"التزام" بلاده بالاتفاق.',
            {"سامي الكردي": "PER"},
            [("indirect", 'الوزير سيذكر ب"التزام" بلاده بالاتفاق', "سامي الكردي", "أكد", None)],
        ),
        # Guard: "Sami al-Kurdi described the decision as "dangerous".": the complementizer right before the
        # marks is the describing verb's own; a direct quote.
        (
            'ووصف سامي الكردي القرار بأنه "خطير".',
            {"سامي الكردي": "PER"},
            [("direct", "خطير", "سامي الكردي", "وصف", None)],
        ),
        # "You may like / Sami al-Kurdi: "the high prices" an attempt to cover the deficit of the public
        # budget of the state this year": a related-article line, longer than a subheading, holds no quote.
        (
            'جاء ذلك في مؤتمر صحفي.\nقد يهمك/ سامي الكردي: "الأسعار المرتفعة" محاولة لتغطية العجز في'
            " الميزانية العامة للدولة هذا العام\nوانتهى المؤتمر.",
            {"سامي الكردي": "PER"},
            [],
        ),
    ],
)
def test_marks_that_are_no_quote_of_their_own(text: str, names: dict[str, str], want: list[Said]) -> None:
    article, quotes = run(text, names)
    assert [said(article, q) for q in quotes] == want


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "Thousands of workers went out to the streets, demanding higher wages.": the plural participle.
        (
            "وخرج آلاف العمال إلى الشوارع، مطالبين برفع الأجور.",
            {},
            [("indirect", "رفع الأجور", "آلاف العمال", "طالب", None)],
        ),
        # "MP Salma al-Haddad said that the government failed, demanding that it resign at once.": مطالبة
        # after a comma and right before بأن is the feminine participle; the speaker goes on.
        (
            "وقالت النائبة سلمى الحداد إن الحكومة أخفقت، مطالبة بأن تستقيل فورا.",
            {"سلمى الحداد": "PER"},
            [
                ("indirect", "الحكومة أخفقت", "سلمى الحداد", "قال", None),
                ("indirect", "تستقيل فورا", "سلمى الحداد", "طالب", None),
            ],
        ),
        # Guard: "The minister rejected the opposition's demand to hold early elections.": the verbal noun
        # with its genitive, who speaks.
        (
            "ورفض الوزير مطالبة المعارضة بإجراء انتخابات مبكرة.",
            {},
            [("indirect", "إجراء انتخابات مبكرة", "المعارضة", "طالب", None)],
        ),
    ],
)
def test_demanding_participles(text: str, names: dict[str, str], want: list[Said]) -> None:
    article, quotes = run(text, names)
    assert [said(article, q) for q in quotes] == want


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # "Hundreds of students demonstrated in front of the ministry of education's building, demanding the
        # fees be cancelled.": a plural participle's owner is the opening verb's plural subject, not the
        # ministry named in the clause.
        ("وتظاهر مئات الطلاب أمام مبنى وزارة التعليم، مطالبين بإلغاء الرسوم.", {"وزارة التعليم": "ORG"}),
        # The same after a place's dateline ("Amman - …"): the sentence opens after it.
        (
            "عمان - تظاهر مئات الطلاب أمام مبنى وزارة التعليم، مطالبين بإلغاء الرسوم.",
            {"وزارة التعليم": "ORG", "عمان": "LOC"},
        ),
    ],
)
def test_a_plural_participle_takes_the_opening_verbs_plural_subject(text: str, names: dict[str, str]) -> None:
    article, quotes = run(text, names)
    assert [said(article, q) for q in quotes] == [("indirect", "إلغاء الرسوم", "مئات الطلاب", "طالب", None)]


def test_our_correspondent_is_the_reporter_named_before() -> None:
    # "But Salma al-Haddad, the BBC's correspondent in Beirut, says that the situation is tense. The minister
    # added that the dialogue goes on. Our correspondent says that the markets are closed.": مراسلنا is the
    # outlet's reporter the article named before, with a correspondent's title after her name.
    text = (
        "لكن سلمى الحداد، مراسلة بي بي سي في بيروت، تقول إن الوضع متوتر. وأضاف الوزير أن الحوار مستمر."
        " ويقول مراسلنا إن الأسواق مغلقة."
    )
    article, quotes = run(text, {"سلمى الحداد": "PER", "بي بي سي": "ORG", "بيروت": "LOC"})
    assert [said(article, q)[:3] for q in quotes][-1] == ("indirect", "الأسواق مغلقة", "سلمى الحداد")
