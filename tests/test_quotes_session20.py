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
