"""Session 31 helper Q31B rules (bench/gold/QUOTES_SESSION31B.md; issue #5): where the writer's words take
over after an indirect content, and two speakers misread from the writer's sentence, on own sentences."""

from __future__ import annotations

import pytest

from tests.test_quotes_cases import Said, quotes_said

SALEM = {"سالم عادل": "PER"}


@pytest.mark.parametrize(
    ("text", "entities", "want"),
    [
        # S1: "the ministry's statement said the charges were 'baseless talk', repeating an earlier denial".
        (
            'وذكر بيان للخارجية أن الاتهامات "كلام لا أساس له"، في تكرار لنفي سابق للحكومة.',
            {},
            [("indirect", 'الاتهامات "كلام لا أساس له"', "بيان للخارجية", "ذكر", None)],
        ),
        # S2: "officials told Reuters the deal will be signed next month, while the finance ministry declined
        # to comment".
        (
            "وقال مسؤولون لوكالة رويترز إن الصفقة ستوقع الشهر المقبل، "
            "فيما رفضت وزارة المالية التعليق على الأمر.",
            {"رويترز": "ORG", "وزارة المالية": "ORG"},
            [("indirect", "الصفقة ستوقع الشهر المقبل", "مسؤولون", "قال", "رويترز")],
        ),
        # S3: "the defendant's lawyer held that the witnesses offered too little, rejecting all the charges".
        (
            "واعتبر محامي المتهم أن الشهود لم يقدموا ما يكفي، رافضا كل التهم الموجهة إلى موكله.",
            {},
            [("indirect", "الشهود لم يقدموا ما يكفي", "محامي المتهم", "اعتبر", None)],
        ),
        # S3's bound: "the report said the migrants who arrived this year were (كانوا) mostly young": a plural
        # verb of the same letters goes on the content.
        (
            "وقال التقرير إن المهاجرين الذين وصلوا هذا العام، كانوا في معظمهم من الشباب.",
            {},
            [
                (
                    "indirect",
                    "المهاجرين الذين وصلوا هذا العام، كانوا في معظمهم من الشباب",
                    "التقرير",
                    "قال",
                    None,
                )
            ],
        ),
        # S4: "the minister held the plan may work next summer, but he said it needs funding".
        (
            "ورأى الوزير سالم عادل أن الخطة قد تنجح في الصيف المقبل، إلا أنه قال إنها تحتاج إلى تمويل.",
            SALEM,
            [
                ("indirect", "الخطة قد تنجح في الصيف المقبل", "سالم عادل", "رأى", None),
                ("indirect", "تحتاج إلى تمويل", "سالم عادل", "قال", None),
            ],
        ),
        # S5: "the minister said an agreement is possible within weeks, despite his stressing that the
        # differences are still large".
        (
            "وقال الوزير سالم عادل إن الاتفاق ممكن خلال أسابيع، رغم تأكيده أن الخلافات ما زالت كبيرة.",
            SALEM,
            [("indirect", "الاتفاق ممكن خلال أسابيع", "سالم عادل", "قال", None)],
        ),
        # S6: "the party leader said the government lost its legitimacy, which led the prime minister to
        # reply".
        (
            "وقال رئيس الحزب سالم عادل إن الحكومة فقدت شرعيتها، مما دفع رئيس الوزراء للرد في مؤتمر صحفي.",
            SALEM,
            [("indirect", "الحكومة فقدت شرعيتها", "سالم عادل", "قال", None)],
        ),
        # S7: "the minister said his country cut its oil exports, after an agreement with the producers" (no
        # comma before وذلك).
        (
            "وقال الوزير سالم عادل إن بلاده خفضت صادراتها من النفط وذلك بعد اتفاق مع الدول المنتجة.",
            SALEM,
            [("indirect", "بلاده خفضت صادراتها من النفط", "سالم عادل", "قال", None)],
        ),
        # S8: "the southern villages came under heavy shelling on Sunday, a day after the truce collapsed,
        # according to what Amnesty International reported".
        (
            "تعرضت قرى الجنوب لقصف مدفعي عنيف، الأحد، وذلك بعد يوم من انهيار الهدنة، "
            "وفقا لما ذكرته منظمة العفو الدولية.",
            {"منظمة العفو الدولية": "ORG"},
            [("indirect", "تعرضت قرى الجنوب لقصف مدفعي عنيف، الأحد", "منظمة العفو الدولية", "ذكر", None)],
        ),
        # S9: "the minister said his government seeks no clash, but the government's reply (رد, a noun after
        # لكنّ) to any attack will be strong".
        (
            "وقال الوزير سالم عادل إنّ حكومته لا تسعى إلى صدام، لكنّ رد الحكومة على أي هجوم سيكون قويا.",
            SALEM,
            [
                (
                    "indirect",
                    "حكومته لا تسعى إلى صدام، لكنّ رد الحكومة على أي هجوم سيكون قويا",
                    "سالم عادل",
                    "قال",
                    None,
                )
            ],
        ),
        # S10: "the minister announced the government will cut taxes on factories, as he put it".
        (
            "وأعلن الوزير سالم عادل أن الحكومة ستخفض الضرائب على المصانع، بحسب قوله.",
            SALEM,
            [("indirect", "الحكومة ستخفض الضرائب على المصانع", "سالم عادل", "أعلن", None)],
        ),
    ],
)
def test_the_writers_words_end_the_content(text: str, entities: dict[str, str], want: list[Said]) -> None:
    assert quotes_said(text, entities) == want


def test_a_quote_split_by_the_writers_words_and_a_colon_is_one_quote() -> None:
    # S11: 'the minister said: "we are working hard on this file," during his meeting with opposition MPs:
    # "we will see what happens soon."'
    text = (
        'وقال الوزير سالم عادل: "نحن نعمل بجد على هذا الملف،" خلال لقائه مع نواب المعارضة: '
        '"سنرى ما يحدث قريبا."'
    )
    assert quotes_said(text, SALEM) == [
        (
            "direct",
            'نحن نعمل بجد على هذا الملف،" خلال لقائه مع نواب المعارضة: "سنرى ما يحدث قريبا.',
            "سالم عادل",
            "قال",
            None,
        )
    ]


def test_words_before_a_time_conjunction_are_no_speaker_and_a_reply_tweet_is_the_repliers() -> None:
    # P1 and P2: "the last row between the two countries was when the Indian prime minister said his country
    # has a stronger army, which led Salem Adel to reply in a post on his page, in which he said his
    # country's army is much bigger".
    text = (
        "وكان آخر خلاف بين البلدين عندما قال رئيس الوزراء الهندي إن لدى بلاده جيشا أقوى، مما دفع سالم عادل "
        "للرد في تدوينة على صفحته، قال فيها إن جيش بلاده أكبر بكثير."
    )
    assert quotes_said(text, SALEM) == [
        ("indirect", "لدى بلاده جيشا أقوى", "رئيس الوزراء الهندي", "قال", None),
        ("indirect", "جيش بلاده أكبر بكثير", "سالم عادل", "قال", None),
    ]


def test_a_reply_tweets_owner_named_by_a_hashtag_surname() -> None:
    # P2 with a hashtag name: "Salem #Adel said the talks go on. The last row was when the Indian prime
    # minister said his country has a stronger army, which led Adel to reply in a post on his page, in which
    # he said his country's army is much bigger": the bare عادل is untagged, the name keeps its #.
    text = (
        "وقال سالم #عادل إن المحادثات مستمرة. وكان أول خلاف بين الجارين عندما قال رئيس الوزراء الهندي إن "
        "لدى بلاده جيشا أقوى، مما دفع عادل للرد في تدوينة على صفحته، قال فيها إن جيش بلاده أكبر بكثير."
    )
    assert quotes_said(text, {"سالم #عادل": "PER"}) == [
        ("indirect", "المحادثات مستمرة", "سالم #عادل", "قال", None),
        ("indirect", "لدى بلاده جيشا أقوى", "رئيس الوزراء الهندي", "قال", None),
        ("indirect", "جيش بلاده أكبر بكثير", "سالم #عادل", "قال", None),
    ]


def test_wa_alladhi_after_an_apposition_refers_back_to_the_name() -> None:
    # P3: "President Omar Hassan said the army is strong. The remark drew criticism from Salem Adel, formerly
    # foreign minister, who said this talk harms relations": والذي after the comma is Salem's clause.
    text = (
        "وقال الرئيس عمر حسن إن الجيش قوي. ولقي هذا التصريح انتقادات من سالم عادل، وزير الخارجية سابقا، "
        "والذي قال إن تصريحا كهذا يضر بالعلاقات."
    )
    assert quotes_said(text, {"عمر حسن": "PER", **SALEM}) == [
        ("indirect", "الجيش قوي", "عمر حسن", "قال", None),
        ("indirect", "تصريحا كهذا يضر بالعلاقات", "سالم عادل", "قال", None),
    ]


def test_a_bare_title_of_another_nationality_is_not_the_previous_speaker() -> None:
    # P4: "The American president, Omar Hassan, announced his country is ready for talks. The first row
    # between the neighbours was when the North Korean leader declared his army stronger": the leader is no
    # one the article names, and not the American president (a two-word nationality, الكوري الشمالي).
    text = (
        "أعلن الرئيس الأميركي، عمر حسن، أن بلاده مستعدة للحوار. وكان أول خلاف بين الجارين حين صرح الزعيم "
        "الكوري الشمالي بأن جيشه أقوى."
    )
    assert quotes_said(text, {"عمر حسن": "PER"}) == [
        ("indirect", "بلاده مستعدة للحوار", "عمر حسن", "أعلن", None),
        ("indirect", "جيشه أقوى", "الزعيم الكوري الشمالي", "صرح", None),
    ]
