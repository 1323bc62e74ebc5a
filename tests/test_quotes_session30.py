"""Session 30 (Q30) rules (bench/gold/QUOTES_SESSION30.md; issue #5), on own sentences."""

from __future__ import annotations

import pytest

from marsad import analyze
from tests.test_quotes_cases import Said, quotes_said, said

MINISTER = {"سامح شكري": "PER"}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "Sameh Shoukry stressed in a tweet on Twitter, 'our position on this issue is firm and will not
        # change whatever happens'": على names where the words were posted, not أكد's content (G1).
        (
            'وأكد سامح شكري في تغريدة على تويتر، "موقفنا من هذه القضية ثابت ولن يتغير مهما حدث".',
            [("direct", "موقفنا من هذه القضية ثابت ولن يتغير مهما حدث", "سامح شكري", "أكد", None)],
        ),
        # "... stressed in a tweet on Twitter that the position is firm": the content is after أن.
        (
            "وأكد سامح شكري في تغريدة على تويتر أن الموقف ثابت.",
            [("indirect", "الموقف ثابت", "سامح شكري", "أكد", None)],
        ),
        # "... insisted in a post on his page on Facebook on the need for dialogue": the second على is the
        # verb's, the first names the page.
        (
            "وشدد سامح شكري في منشور على صفحته في فيسبوك على ضرورة الحوار.",
            [("indirect", "ضرورة الحوار", "سامح شكري", "شدد", None)],
        ),
        # Not a platform: "stressed the need for dialogue" keeps its على complement.
        (
            "وأكد سامح شكري على ضرورة الحوار.",
            [("indirect", "ضرورة الحوار", "سامح شكري", "أكد", None)],
        ),
    ],
)
def test_a_platforms_ala_is_no_complement(text: str, want: list[Said]) -> None:
    assert quotes_said(text, MINISTER) == want


def test_kama_qala_before_long_marks_is_a_direct_quote() -> None:
    # "Sameh Shoukry said that dialogue is necessary. He also said: 'does anyone think this is fair? Yet
    # there is no mistake at all.'": كما قال "he also said" with long marks is speech, not a cited name (G2).
    text = 'وقال سامح شكري إن الحوار ضروري. كما قال "هل يظن أحد أن هذا منصف؟ ومع ذلك، لا يوجد أي خطأ".'
    assert quotes_said(text, MINISTER) == [
        ("indirect", "الحوار ضروري", "سامح شكري", "قال", None),
        ("direct", "هل يظن أحد أن هذا منصف؟ ومع ذلك، لا يوجد أي خطأ", "سامح شكري", "قال", None),
    ]


def test_a_cited_name_in_marks_after_a_cue_stays_a_name() -> None:
    # "Three people were killed, according to what the 'official news agency' relayed": short marks after
    # the cue hold its source's name, no direct quote (G2's bound).
    text = 'وقتل ثلاثة أشخاص، وفق ما نقلت "وكالة الأنباء الرسمية".'
    assert [q[0] for q in quotes_said(text, {})] == ["indirect"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "A senior official at the foreign ministry, who asked that his name not be published, said 'in the
        # coming days the ministry will cancel the licences'": the anonymity formula is stepped over (G3).
        (
            'وقال مسؤول كبير في وزارة الخارجية طلب عدم نشر اسمه "خلال الأيام المقبلة، ستعمل الوزارة على إلغاء'
            ' التراخيص".',
            [
                (
                    "direct",
                    "خلال الأيام المقبلة، ستعمل الوزارة على إلغاء التراخيص",
                    "مسؤول كبير",
                    "قال",
                    None,
                )
            ],
        ),
        # "... an official who refused to reveal his identity said '...'": the subject ends at the formula.
        (
            'وقال مسؤول رفض الكشف عن هويته "ستعمل الوزارة على إلغاء التراخيص خلال أيام".',
            [("direct", "ستعمل الوزارة على إلغاء التراخيص خلال أيام", "مسؤول", "قال", None)],
        ),
        # With a colon: the quote is قال's, not ذكر's with "his name" as the speaker.
        (
            'وقال مسؤول طلب عدم ذكر اسمه: "ستعمل الوزارة على إلغاء التراخيص خلال أيام".',
            [("direct", "ستعمل الوزارة على إلغاء التراخيص خلال أيام", "مسؤول", "قال", None)],
        ),
        # "The source, whose name was not mentioned, explained that the guards were taken to hospital": the
        # formula inside a relative clause makes no quote of its own.
        (
            "وأوضح المصدر، الذي لم يجر ذكر اسمه، أن الحراس نقلوا إلى المستشفى.",
            [("indirect", "الحراس نقلوا إلى المستشفى", "المصدر", "أوضح", None)],
        ),
    ],
)
def test_the_anonymity_formula_is_no_report(text: str, want: list[Said]) -> None:
    assert quotes_said(text, {}) == want


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "For her part, the mayor of the 'Karma' municipality Salma al-Haddad stressed that the government
        # does not know the truth in the countryside. She added: 'we demand justice.'": the body's name in
        # marks inside the title's phrase is stepped over to the person (G4), and the next quote is hers.
        (
            'من جهتها، أكدت عمدة بلدية "كرمة" سلمى الحداد أن الحكومة لا تعرف حقيقة الوضع في الأرياف.'
            ' وأضافت: "نحن نطالب بالعدالة فقط".',
            {"سلمى الحداد": "PER"},
            [
                ("indirect", "الحكومة لا تعرف حقيقة الوضع في الأرياف", "سلمى الحداد", "أكد", None),
                ("direct", "نحن نطالب بالعدالة فقط", "سلمى الحداد", "أضاف", None),
            ],
        ),
        # "The director of the 'Hope' hospital, doctor Samer al-Haddad, said ...": a definite word first.
        (
            'وقال مدير مستشفى "الأمل" الدكتور سامر الحداد إن الأسرة ممتلئة.',
            {"سامر الحداد": "PER"},
            [("indirect", "الأسرة ممتلئة", "سامر الحداد", "قال", None)],
        ),
        # No person after the marks: the unnamed director speaks.
        (
            'وقال مدير مستشفى "الأمل" إن الأسرة ممتلئة.',
            {},
            [("indirect", "الأسرة ممتلئة", "مدير مستشفى", "قال", None)],
        ),
    ],
)
def test_a_bodys_short_name_in_marks_inside_a_title(
    text: str, names: dict[str, str], want: list[Said]
) -> None:
    assert quotes_said(text, names) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "Samer al-Haddad described the situation in the city 'as a catastrophe', stressing that he will
        # bring the workers back": the ب inside the marks, as ب"…" (G5).
        (
            'ووصف سامر الحداد الوضع في المدينة "بالكارثة"، مؤكدا أنه سيعيد العمال.',
            [
                ("direct", "بالكارثة", "سامر الحداد", "وصف", None),
                ("indirect", "سيعيد العمال", "سامر الحداد", "أكد", None),
            ],
        ),
        # "... resulted from the student's feeling 'of humiliation', as Samer al-Haddad mentioned": the
        # definite noun الطالب "the student" is no verb طالب "demanded" (G5's guard).
        (
            'والتي نجمت عن شعور الطالب "بالذل"، حسبما ذكر سامر الحداد.',
            [("indirect", 'التي نجمت عن شعور الطالب "بالذل', "سامر الحداد", "ذكر", None)],
        ),
        # "Samer al-Haddad criticised the speech and proposed to him 'that he come and visit the suburbs to
        # meet the officials'": اقترح reports (G6).
        (
            'وانتقد سامر الحداد الخطاب، واقترح عليه "أن يأتي ويزور الضواحي للقاء المسؤولين ليكتشف الواقع".',
            [
                (
                    "direct",
                    "أن يأتي ويزور الضواحي للقاء المسؤولين ليكتشف الواقع",
                    "سامر الحداد",
                    "اقترح",
                    None,
                )
            ],
        ),
        # "Samer al-Haddad proposed the draft law and sent it to parliament, provided that the deputies study
        # it soon": على أن far from the verb is "provided that", no content (G6's guard); "proposed a new
        # plan" is no quote.
        ("واقترح سامر الحداد مشروع القانون ورفعه إلى البرلمان على أن يدرسه النواب قريبا.", []),
        ("واقترح سامر الحداد خطة جديدة للضواحي.", []),
        # "Samer al-Haddad announced that the initiative which Libya proposed regarding the refugees' return
        # works, voicing his hope that the step gets support": the relative clause's verb has its object, the
        # initiative; the later أن is the hope's (G6's guard).
        (
            "أعلن سامر الحداد أن المبادرة التي اقترحتها ليبيا بشأن عودة اللاجئين ناجحة، معربا عن أمله أن"
            " تلقى الخطوة دعما.",
            [
                (
                    "indirect",
                    "المبادرة التي اقترحتها ليبيا بشأن عودة اللاجئين ناجحة",
                    "سامر الحداد",
                    "أعلن",
                    None,
                )
            ],
        ),
    ],
)
def test_fragments_and_proposals(text: str, want: list[Said]) -> None:
    names = {"سامر الحداد": "PER", "ليبيا": "LOC"}
    assert quotes_said(text, {k: v for k, v in names.items() if k in text}) == want


def test_a_relative_clauses_second_object_is_still_a_content() -> None:
    # "... the pope, who described him as embodying tolerance": the content right after the relative
    # clause's subject stays a quote (G6's guard keeps it).
    text = "والتقى سامر الحداد البابا فرنسيس الذي وصفه بأنه يجسد التسامح والاعتدال."
    assert quotes_said(text, {"سامر الحداد": "PER", "فرنسيس": "PER"}) == [
        ("indirect", "يجسد التسامح والاعتدال", "فرنسيس", "وصف", None)
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "... stressed that there is no war with the neighbours in the future, according to his speech
        # published on his site": وذلك + an attribution word is the writer's tail (T1).
        (
            "أكد سامر الحداد أنه لا وجود لحرب مع الجيران في المستقبل، وذلك وفق خطابه الذي نشر على موقعه.",
            [("indirect", "لا وجود لحرب مع الجيران في المستقبل", "سامر الحداد", "أكد", None)],
        ),
        # "... said the world lost a great friend, commenting on the death of the secretary-general" (T1).
        (
            "قال سامر الحداد إن العالم فقد صديقا كبيرا، وذلك تعليقا على وفاة الأمين العام.",
            [("indirect", "العالم فقد صديقا كبيرا", "سامر الحداد", "قال", None)],
        ),
        # "... pointed out that the shelling killed eight civilians, thereby raising the toll to a thousand":
        # ل + verb + بذلك is the writer's sum (T2).
        (
            "وأشار سامر الحداد إلى أن القصف أسفر عن مقتل ثمانية مدنيين، لترتفع بذلك حصيلة القتلى إلى ألف.",
            [("indirect", "القصف أسفر عن مقتل ثمانية مدنيين", "سامر الحداد", "أشار", None)],
        ),
        # "The police revealed on its page injuries among passers-by and stressed that it arrested the
        # driver": و + a reporting verb + أن ends a noun-phrase content (T3).
        (
            "كشفت الشرطة عبر صفحتها الرسمية عن إصابة عدد من المارة في الحادث وأكدت أنها ألقت القبض على"
            " السائق.",
            [
                ("indirect", "إصابة عدد من المارة في الحادث", "الشرطة", "كشف", None),
                ("indirect", "ألقت القبض على السائق", "الشرطة", "أكد", None),
            ],
        ),
        # "Whereas Samer al-Haddad pointed out that the government is fixing the deal, Layla Hassan said the
        # evidence is false": فإن opens the contrast's other half (T4) ...
        (
            "وفي حين أشار سامر الحداد إلى أن الحكومة تعمل على إصلاح الاتفاق، فإن ليلى حسن قالت إن الأدلة"
            " كاذبة.",
            [
                ("indirect", "الحكومة تعمل على إصلاح الاتفاق", "سامر الحداد", "أشار", None),
                ("indirect", "الأدلة كاذبة", "ليلى حسن", "قال", None),
            ],
        ),
        # ... but a conditional's فإن stays in the content: "if the talks fail, war will break out".
        (
            "وقال سامر الحداد إنه إذا فشلت المفاوضات، فإن الحرب ستندلع.",
            [("indirect", "إذا فشلت المفاوضات، فإن الحرب ستندلع", "سامر الحداد", "قال", None)],
        ),
    ],
)
def test_where_the_writer_takes_over(text: str, want: list[Said]) -> None:
    names = {"سامر الحداد": "PER", "ليلى حسن": "PER", "الشرطة": "ORG"}
    assert quotes_said(text, {k: v for k, v in names.items() if k in text}) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "Human rights minister Layla Hassan told the council 'what happened in the city is simply beyond
        # description'": للمجلس is the addressee, not a naming noun before a name (G8).
        (
            'وقالت وزيرة حقوق الإنسان ليلى حسن للمجلس "ما حدث في المدينة ببساطة يتعذر وصفه".',
            [("direct", "ما حدث في المدينة ببساطة يتعذر وصفه", "ليلى حسن", "قال", None)],
        ),
        # "Layla Hassan did not say what the frigate's role is, as she explained: 'I did not discuss these
        # aspects in depth'": بيّن before a colon is the verb (G9).
        (
            'ولم تشر ليلى حسن إلى دور الفرقاطة، حيث بيّن: "لم أناقش هذه الجوانب بعمق، هذه مسألة عملياتية".',
            [("direct", "لم أناقش هذه الجوانب بعمق، هذه مسألة عملياتية", "ليلى حسن", "بين", None)],
        ),
        # A short name in marks after a لل-word stays a name: "the council's session on the 'plan'".
        ('وتحدثت ليلى حسن في جلسة للمجلس "الأعلى".', []),
    ],
)
def test_an_addressee_and_bayyana_before_a_colon(text: str, want: list[Said]) -> None:
    assert quotes_said(text, {"ليلى حسن": "PER"}) == want


def test_a_title_with_a_country_names_that_countrys_holder() -> None:
    # "The Bahraini monarch, King Hamad, spoke about Qatar's role. The king of Bahrain said: 'the stability of
    # the region is safety for all of us'": ملك البحرين is the king the article titled العاهل البحريني (G10).
    text = (
        "وتحدث العاهل البحريني، الملك حمد بن عيسى آل خليفة، عن دور قطر. وقال ملك البحرين"
        ' "إن استقرار المنطقة أمان لنا جميعا ولا شك في ذلك".'
    )
    article = analyze(text)  # the whole pipeline: the holder's country comes from the entities stage
    assert [said(article, q) for q in article.quotes] == [
        ("direct", "إن استقرار المنطقة أمان لنا جميعا ولا شك في ذلك", "حمد بن عيسى آل خليفة", "قال", None)
    ]
