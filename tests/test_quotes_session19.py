"""Session 19 rules (bench/gold/QUOTES_SESSION19.md), on own sentences."""

from __future__ import annotations

import pytest

from tests.test_quotes_cases import Said, quotes_said, run, said


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "And the commander of "the fifth infantry brigade", Colonel Samer al-Khatib, stressed that his
        # forces repelled an attack on the eastern hills.": the marks hold the brigade's name, no quote; the
        # speaker search steps over them to the colonel.
        (
            'وأكد قائد "اللواء الخامس مشاة" العقيد سامر الخطيب، أن قواته صدت هجوما على التلال الشرقية.',
            {"سامر الخطيب": "PER"},
            [("indirect", "قواته صدت هجوما على التلال الشرقية", "سامر الخطيب", "أكد", None)],
        ),
        # "The forces took the village of the green valley, according to the chief of staff of "the third
        # protection brigade", Colonel Nasser al-Qadi.": a bare attribution's speaker, past the marks.
        (
            'وسيطرت القوات على قرية الوادي الأخضر، بحسب رئيس أركان "اللواء الثالث حماية" العقيد ناصر القاضي.',
            {"ناصر القاضي": "PER"},
            [("indirect", "سيطرت القوات على قرية الوادي الأخضر", "ناصر القاضي", None, None)],
        ),
        # "And the director of "the Hope centre for studies", Dr Walid al-Husseini, said that the report will
        # come out soon.": one definite word (an honorific) between the marks and the name.
        (
            'وقال مدير "مركز الأمل للدراسات" الدكتور وليد الحسيني إن التقرير سيصدر قريبا.',
            {"وليد الحسيني": "PER"},
            [("indirect", "التقرير سيصدر قريبا", "وليد الحسيني", "قال", None)],
        ),
        # Guard: "And the commander of "the fifth brigade" said that the attack failed.": no one is named
        # after the marks; the title speaks, unnamed.
        (
            'وقال قائد "اللواء الخامس" إن الهجوم فشل.',
            {},
            [("indirect", "الهجوم فشل", "قائد", "قال", None)],
        ),
    ],
)
def test_the_speaker_search_steps_over_a_units_name_in_marks(
    text: str, names: dict[str, str], want: list[Said]
) -> None:
    assert quotes_said(text, names) == want


_QATARI = "وقال وزير الخارجية القطري خالد المنصوري إن المحادثات كانت بناءة.\n"


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "... ¶ For his part, the American minister said that his country supports the political solution.":
        # the Qatari minister quoted before is not "the American minister"; no one holds that title, so its
        # words speak.
        (
            _QATARI + "بدوره، قال الوزير الأمريكي إن بلاده تدعم الحل السياسي.",
            {"خالد المنصوري": "PER"},
            ("indirect", "بلاده تدعم الحل السياسي", "الوزير الأمريكي", "قال", None),
        ),
        # "The American foreign minister John Parker said ... ¶ (the Qatari) ¶ For his part, the American
        # minister said ...": the holder with the title's nationality, not the last speaker.
        (
            "وقال وزير الخارجية الأمريكي جون باركر إن بلاده ستواصل الضغط.\n"
            + _QATARI
            + "بدوره، قال الوزير الأمريكي إن الحل السياسي ممكن.",
            {"جون باركر": "PER", "خالد المنصوري": "PER"},
            ("indirect", "الحل السياسي ممكن", "جون باركر", "قال", None),
        ),
        # Guard: "... ¶ And the Qatari minister added that ...": the same nationality is the same holder.
        (
            _QATARI + "وأضاف الوزير القطري أن الاجتماع المقبل سيعقد في الدوحة.",
            {"خالد المنصوري": "PER"},
            ("indirect", "الاجتماع المقبل سيعقد في الدوحة", "خالد المنصوري", "أضاف", None),
        ),
    ],
)
def test_a_title_with_another_nationality_is_not_the_last_speaker(
    text: str, names: dict[str, str], want: Said
) -> None:
    article, quotes = run(text, names)
    assert said(article, quotes[-1]) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "And the party handed out to its supporters leaflets calling for the general strike.": the leaflets
        # call; the possessed noun before them (its supporters) is no part of the described phrase.
        (
            "ووزع الحزب على أنصاره منشورات تدعو إلى الإضراب العام.",
            ("indirect", "الإضراب العام", "منشورات", "دعا", None),
        ),
        # "And the union sent to its members letters demanding of the government to raise wages."
        (
            "وأرسل الاتحاد إلى أعضائه رسائل تطالب الحكومة برفع الأجور.",
            ("indirect", "رفع الأجور", "رسائل", "طالب", None),
        ),
        # "And angry protesters raised their placards demanding of the government to resign.": the possessed
        # noun right before the verb is its subject (as session 18's signs), and no word before it joins.
        (
            "ورفع محتجون غاضبون لافتاتهم تطالب الحكومة بالاستقالة.",
            ("indirect", "الاستقالة", "لافتاتهم", "طالب", None),
        ),
    ],
)
def test_a_possessed_noun_does_not_join_the_described_phrase(text: str, want: Said) -> None:
    article, quotes = run(text, {})
    assert [said(article, q) for q in quotes] == [want]


def test_a_name_before_ala_is_the_speaker_of_a_verb_that_takes_no_object() -> None:
    # "And the French foreign minister, Samer al-Haddad (no closing comma), stressed that the government will
    # resign." أكد takes على with no object before it: the name after the title's comma is in apposition, the
    # speaker (session 18's object rule holds for accusing and calling verbs only: quotes_appositions).
    article, quotes = run(
        "وأكد وزير الخارجية الفرنسي، سامر الحداد على أن الحكومة ستستقيل.", {"سامر الحداد": "PER"}
    )
    assert [said(article, q) for q in quotes] == [("indirect", "الحكومة ستستقيل", "سامر الحداد", "أكد", None)]


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "And an old man held a sit-in yesterday in the Cairo metro station, demanding his son's release.":
        # the place in the prepositional phrase (Cairo) is no speaker; the opening verb's subject is, unnamed.
        (
            "واعتصم رجل مسن أمس في محطة مترو القاهرة، مطالبا بالإفراج عن ابنه.",
            {"القاهرة": "LOC"},
            [("indirect", "الإفراج عن ابنه", "رجل مسن", "طالب", None)],
        ),
        # "Minister Kamal Nasser said ... ¶ And a worker demonstrated in front of the government's seat in
        # Baghdad, demanding higher wages.": not Baghdad, nor the minister quoted before (تظاهر, with ت-, is
        # masculine).
        (
            "وقال الوزير كمال ناصر إن المياه ستعود.\n\n"
            "وتظاهر عامل أمام مقر الحكومة في بغداد، مطالبا برفع الأجور.",
            {"كمال ناصر": "PER", "بغداد": "LOC"},
            [
                ("indirect", "المياه ستعود", "كمال ناصر", "قال", None),
                ("indirect", "رفع الأجور", "عامل", "طالب", None),
            ],
        ),
        # Guard: "And Jordan announced that it will close its embassy, demanding an official explanation.": a
        # place that is the clause's subject (no preposition) still speaks.
        (
            "وأعلن الأردن أنه سيغلق سفارته، مطالبا بتفسير رسمي من الحكومة.",
            {"الأردن": "LOC"},
            [
                ("indirect", "سيغلق سفارته", "الأردن", "أعلن", None),
                ("indirect", "تفسير رسمي من الحكومة", "الأردن", "طالب", None),
            ],
        ),
    ],
)
def test_a_place_in_a_prepositional_phrase_is_no_participles_speaker(
    text: str, names: dict[str, str], want: list[Said]
) -> None:
    assert quotes_said(text, names) == want


@pytest.mark.parametrize(
    ("opening", "want"),
    [
        # "... ¶ And the farmers went out to the roads, they chanting "the land to whom farms it".": the
        # circumstantial clause's pronoun refers to the opening verb's subject, not the president quoted
        # before.
        ("وخرج المزارعون إلى الطرق", "المزارعون"),
        # "... ¶ And angry farmers went out to the roads, they chanting ...": an indefinite subject: its
        # words.
        ("وخرج مزارعون غاضبون إلى الطرق", "مزارعون غاضبون"),
    ],
)
def test_a_circumstantial_pronoun_takes_the_opening_verbs_subject(opening: str, want: str) -> None:
    text = (
        "وقال الرئيس البرازيلي رامون سيلفا إن الإصلاحات ستستمر.\n\n"
        + opening
        + ' وهم يرددون "الأرض لمن يزرعها".'
    )
    article, quotes = run(text, {"رامون سيلفا": "PER"})
    assert [said(article, q) for q in quotes] == [
        ("indirect", "الإصلاحات ستستمر", "رامون سيلفا", "قال", None),
        ("direct", "الأرض لمن يزرعها", want, "ردد", None),
    ]


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "And the victim's family said that the man lured her son to his home, "so that he steals his money
        # and flees".": marks opened by حتى before an imperfect verb finish the clause, no new quote.
        (
            'وقالت عائلة الضحية إن الرجل استدرج ابنها إلى منزله، "حتى يسرق ماله ويهرب".',
            {},
            [
                (
                    "indirect",
                    'الرجل استدرج ابنها إلى منزله، "حتى يسرق ماله ويهرب"',
                    "عائلة الضحية",
                    "قال",
                    None,
                )
            ],
        ),
        # "Minister Kamal Nasser said that the government will cut taxes, "so that investors return".": كي.
        (
            'وقال الوزير كمال ناصر إن الحكومة ستخفض الضرائب، "كي يعود المستثمرون إلى البلاد".',
            {"كمال ناصر": "PER"},
            [
                (
                    "indirect",
                    'الحكومة ستخفض الضرائب، "كي يعود المستثمرون إلى البلاد"',
                    "كمال ناصر",
                    "قال",
                    None,
                )
            ],
        ),
        # Guard: '... will cut taxes, "until now we have received no request".': حتى "until" before a noun
        # opens a new quote.
        (
            'وقال الوزير كمال ناصر إن الحكومة ستخفض الضرائب، "حتى الآن لم نتلق أي طلب".',
            {"كمال ناصر": "PER"},
            [
                ("indirect", "الحكومة ستخفض الضرائب", "كمال ناصر", "قال", None),
                ("direct", "حتى الآن لم نتلق أي طلب", "كمال ناصر", "قال", None),
            ],
        ),
    ],
)
def test_marks_opened_by_a_conjunction_of_purpose_finish_the_indirect_quote(
    text: str, names: dict[str, str], want: list[Said]
) -> None:
    assert quotes_said(text, names) == want
