"""Session 20 rules (bench/gold/QUOTES_SESSION20.md), on own sentences."""

from __future__ import annotations

import pytest

from marsad.quotes_speakers import Subject
from marsad.quotes_subjects import subject
from marsad.quotes_view import View
from tests.test_quotes_cases import Said, build, quotes_said, run, said


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "And tens of students raised banners on which is written "we want a library".": the sign's words,
        # said by its carriers (unnamed), verb كتب.
        (
            'ورفع عشرات الطلاب يافطات مكتوب عليها "نريد مكتبة".',
            {},
            [("direct", "نريد مكتبة", "عشرات الطلاب", "كتب", None)],
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
    assert quotes_said(text, names) == want


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
    assert quotes_said(text, names) == want


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
        # "Sami al-Kurdi said before the journalists at the airport, pointing to the new factory: "production
        # starts soon".": the participle's noun-phrase complement runs to the colon; the marks are قال's.
        (
            'وقال سامي الكردي أمام الصحفيين في المطار مشيرا إلى المصنع الجديد: "الإنتاج يبدأ قريبا".',
            [("direct", "الإنتاج يبدأ قريبا", "سامي الكردي", "قال", None)],
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
    assert quotes_said(text, names) == want


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "Sami al-Kurdi mocked the "environment-friendly" transport plan and added: "we have seen nothing of
        # it to this day".": أضاف has its own colon and marks, so it does not report the scare quote before
        # it.
        (
            'وسخر سامي الكردي من خطة النقل "الصديقة للبيئة" وأضاف: "لم نر منها شيئا حتى اليوم".',
            {"سامي الكردي": "PER"},
            [("direct", "لم نر منها شيئا حتى اليوم", "سامي الكردي", "أضاف", None)],
        ),
        # "Sami al-Kurdi explained that the committee will be content with "watching" the elections from
        # afar.": the fragment lies inside the reported clause; one indirect quote of أوضح.
        (
            'وأوضح سامي الكردي أن اللجنة ستكتفي بـ"مراقبة" الانتخابات عن بعد.',
            {"سامي الكردي": "PER"},
            [("indirect", 'اللجنة ستكتفي ب"مراقبة" الانتخابات عن بعد', "سامي الكردي", "أوضح", None)],
        ),
        # Guard: "Sami al-Kurdi described the decision as "dangerous".": the complementizer right before the
        # marks is the describing verb's own; a direct quote.
        (
            'ووصف سامي الكردي القرار بأنه "خطير".',
            {"سامي الكردي": "PER"},
            [("direct", "خطير", "سامي الكردي", "وصف", None)],
        ),
        # "Read also: Sami al-Kurdi: "the new schools" are ready before the start of the next school year in
        # all the southern provinces": a related-article line, longer than a subheading, holds no quote.
        (
            'وافتتح المعرض أمس.\nاقرأ أيضا: سامي الكردي: "المدارس الجديدة" جاهزة قبل بداية العام الدراسي'
            " المقبل في كل المحافظات الجنوبية\nوتستمر الفعاليات أسبوعا.",
            {"سامي الكردي": "PER"},
            [],
        ),
    ],
)
def test_marks_that_are_no_quote_of_their_own(text: str, names: dict[str, str], want: list[Said]) -> None:
    assert quotes_said(text, names) == want


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
    assert quotes_said(text, names) == want


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
    # "Salma al-Haddad, the channel's correspondent in the capital, reported that the roads are closed. The
    # minister added that the dialogue goes on. Our correspondent adds that the shops closed their doors.":
    # مراسلتنا is the outlet's reporter the article named before, with a correspondent's title after her name.
    text = (
        "وأفادت سلمى الحداد، مراسلة القناة في العاصمة، بأن الطرق مغلقة. وأضاف الوزير أن الحوار مستمر."
        " وتضيف مراسلتنا أن المحال أغلقت أبوابها."
    )
    article, quotes = run(text, {"سلمى الحداد": "PER"})
    assert [said(article, q)[:3] for q in quotes][-1] == ("indirect", "المحال أغلقت أبوابها", "سلمى الحداد")


def test_a_relative_clauses_verb_ending_the_text_has_no_subject() -> None:
    # "The delegation visited the president who said" (a cut line): the verb ends the text, and the subject
    # search reads no token past it (it raised IndexError inside the entities stage).
    article = build("وزار الوفد الرئيس الذي قال", {})
    view = View(article)
    assert subject(view, view.n - 1, None) == Subject("none", view.n)
