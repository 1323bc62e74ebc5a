"""The quotes stage on cases the third development set (bench/gold/quotes_dev3.jsonl, ANT articles of the
gold's five sources, session 13) showed, in sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_quotes import quotes

SALEM = "أحمد سالم"

CASES = [
    # A participle agreeing with the indefinite noun before it is an adjective: "The army imposes a tight
    # siege by land and sea on the city." (مشددا "tight", not "stressing")
    ("ويفرض الجيش حصارا مشددا بريا وبحريا على المدينة منذ سنوات.", {"الجيش": "ORG"}, []),
    # A reporting participle after a comma still reports: "He said the talks were good, stressing that the
    # crisis is over."
    (
        "وقال أحمد سالم إن المحادثات جيدة، مشددا على أن الأزمة انتهت.",
        {SALEM: "PER"},
        [
            ("indirect", "المحادثات جيدة", "e0", SALEM, "قال", None, None),
            ("indirect", "الأزمة انتهت", "e0", SALEM, "شدد", None, None),
        ],
    ),
    # نقل … إلى is "was taken to": "The policeman Ahmad Salem was likewise taken to hospital for treatment."
    ("كما نقل الشرطي، أحمد سالم، إلى المستشفى لتلقي العلاج.", {SALEM: "PER"}, []),
    # ... while نقل عن … إلى relays: "The agency quoted Ahmad Salem as saying the delegation reached Cairo."
    (
        "ونقلت الوكالة عن أحمد سالم قوله إن الوفد وصل إلى القاهرة.",
        {SALEM: "PER"},
        [("indirect", "الوفد وصل إلى القاهرة", "e0", SALEM, "قال", None, "الوكالة")],
    ),
    # إن ending a name, before a conjoined noun, is no complementizer: "President Moon Jae-in and the
    # northern leader announced their commitment to disarmament." (أعلن + a noun is an act announced)
    ("أعلن الرئيس مون جيه إن والزعيم الشمالي التزامهما بنزع السلاح.", {}, []),
    # كرر "repeated" reports a that-clause: "The White House repeated that Tehran must give clear guarantees."
    (
        "وكرر البيت الأبيض أن طهران عليها أن تقدم ضمانات واضحة.",
        {"البيت الأبيض": "ORG"},
        [("indirect", "طهران عليها أن تقدم ضمانات واضحة", "e0", "البيت الأبيض", "كرر", None, None)],
    ),
    # القائم بالأعمال "chargé d'affaires" is a title with its ب object; the name after it speaks, and goes on:
    # "The French chargé d'affaires in Amman Ahmad Salem said: 'we are very worried'. He added: 'I have
    # seen the report'."
    (
        'وصرح القائم بالأعمال الفرنسي في عمان أحمد سالم "نحن قلقون جدا". وأضاف "لقد اطلعت على التقرير".',
        {SALEM: "PER"},
        [
            ("direct", "نحن قلقون جدا", "e0", SALEM, "صرح", None, None),
            ("direct", "لقد اطلعت على التقرير", "e0", SALEM, "أضاف", None, None),
        ],
    ),
    # Unnamed, the title stays the speaker's words: "The French chargé d'affaires said: 'we are very
    # worried'."
    (
        'وقال القائم بالأعمال الفرنسي "نحن قلقون جدا".',
        {},
        [("direct", "نحن قلقون جدا", None, "القائم بالأعمال الفرنسي", "قال", None, None)],
    ),
    # An occupation noun refers back to the one person named a few sentences before: "Amani faced much
    # criticism. The young woman received threats. The Yemeni singer explained that 'the police refused
    # to help me'."
    (
        'وواجهت أماني العديد من الانتقادات. وتلقت الشابة تهديدات عدة. وأوضحت المغنية اليمنية أن "الشرطة'
        ' رفضت مساعدتي".',
        {"أماني": "PER"},
        [("direct", "الشرطة رفضت مساعدتي", "e0", "أماني", "أوضح", None, None)],
    ),
    # ... not when two people were named there: "Amani met Huda. The singer said that the concert was
    # postponed."
    (
        "والتقت أماني بهدى. وقالت المغنية إن الحفل تأجل.",
        {"أماني": "PER", "هدى": "PER"},
        [("indirect", "الحفل تأجل", None, "المغنية", "قال", None, None)],
    ),
    # نفى with a noun-phrase object after a name (the subject phrase had read on into it), ended before a
    # و-joined reporting verb: "Ahmad Salem denied the accusations and described them as 'shameful'."
    (
        'ونفى أحمد سالم الاتهامات ووصفها بأنها "مخزية".',
        {SALEM: "PER"},
        [
            ("indirect", "الاتهامات", "e0", SALEM, "نفى", None, None),
            ("direct", "مخزية", "e0", SALEM, "وصف", None, None),
        ],
    ),
    # An adviser to a body speaks, unnamed, and his و-joined verb goes on with him: "In return, the media
    # adviser to the commander of the Rapid Support Forces denied the accusations, and said his forces
    # clashed with gunmen."
    (
        "في المقابل، نفى المستشار الإعلامي لقائد قوات الدعم السريع الاتهامات، وقال إن قواته اشتبكت"
        " مع مسلحين.",
        {"قوات الدعم السريع": "ORG"},
        [
            ("indirect", "الاتهامات", None, "المستشار الإعلامي لقائد قوات الدعم السريع", "نفى", None, None),
            (
                "indirect",
                "قواته اشتبكت مع مسلحين",
                None,
                "المستشار الإعلامي لقائد قوات الدعم السريع",
                "قال",
                None,
                None,
            ),
        ],
    ),
    # A one-word object that is no report stays out: "Ahmad Salem denied it yesterday."
    ("ونفى أحمد سالم ذلك أمس.", {SALEM: "PER"}, []),
    # An opening cue's source with an adjective after its quoted name: the content follows its comma and
    # فإن: "According to the local paper 'Al-Ufuq', the authorities arrested twenty activists."
    (
        'وبحسب صحيفة "الأفق" المحلية، فإن السلطات أوقفت عشرين ناشطا.',
        {"الأفق": "ORG"},
        [("indirect", "السلطات أوقفت عشرين ناشطا", "e0", "الأفق", None, "e0", "الأفق")],
    ),
    # A described agency with its listed short name in marks is that agency: "The ministry said in a
    # statement the Syrian news agency 'SANA' published that the attack caused no losses."
    (
        'وذكرت الوزارة في بيان نشرته وكالة الأنباء السورية "سانا" أن الهجوم لم يسفر عن خسائر.',
        {"سانا": "ORG"},
        [("indirect", "الهجوم لم يسفر عن خسائر", None, "الوزارة", "ذكر", "e0", "وكالة الأنباء السورية")],
    ),
    # A short quoted name inside the subject before إن "…": the marks cover the whole clause, a direct quote:
    # "Ahmad Salem, the expert at the 'Nour Securities' company, said that 'these attacks raise the risks'."
    (
        'وقال أحمد سالم الخبير في شركة "نور للأوراق المالية" إن "هذه الهجمات تزيد المخاطر في المنطقة".',
        {SALEM: "PER"},
        [("direct", "هذه الهجمات تزيد المخاطر في المنطقة", "e0", SALEM, "قال", None, None)],
    ),
    # Marks after a name set off by commas in the إن clause are its predicate, one indirect quote: "Ahmad
    # Salem said the minister, Khaled Omar, 'never received any recording'."
    (
        'وقال أحمد سالم إن الوزير، خالد عمر، "لم يتسلم أي تسجيل أبدا".',
        {SALEM: "PER", "خالد عمر": "PER"},
        [("indirect", 'الوزير، خالد عمر، "لم يتسلم أي تسجيل أبدا"', "e0", SALEM, "قال", None, None)],
    ),
    # A noun-phrase content takes no و + finite verb with its own subject: "President Ahmad Salem called for
    # reopening the crossing, and the Senate passed a bill banning wheat exports."
    (
        "ودعا الرئيس أحمد سالم إلى إعادة فتح المعبر وأقر مجلس الشيوخ مشروع قانون يمنع تصدير القمح.",
        {SALEM: "PER", "مجلس الشيوخ": "ORG"},
        [("indirect", "إعادة فتح المعبر", "e0", SALEM, "دعا", None, None)],
    ),
    # لكن + a name + a past reporting verb ends the content and starts that name's quote, with a preverbal
    # subject and a noun-phrase object: "The government says Russia was behind the attack, but Moscow denied
    # any role in it."
    (
        "وتقول الحكومة إن روسيا هي التي دبرت الهجوم، لكن موسكو نفت ضلوعها في الهجوم.",
        {"الحكومة": "ORG", "روسيا": "LOC", "موسكو": "LOC"},
        [
            ("indirect", "روسيا هي التي دبرت الهجوم", "e0", "الحكومة", "قال", None, None),
            ("indirect", "ضلوعها في الهجوم", "e2", "موسكو", "نفى", None, None),
        ],
    ),
    # A و-verb after a comma shares the sentence's titled subject that no one holds yet, not the last
    # speaker: "Ahmad Salem said the deal is good. For his part, the Iraqi prime minister welcomed the deal,
    # and said in a tweet that it is 'an important step'."
    (
        "وقال أحمد سالم إن الاتفاق جيد. من جانبه، رحب رئيس الوزراء العراقي بالاتفاق، وقال في تغريدة إنه"
        ' "خطوة مهمة نحو حل الخلافات".',
        {SALEM: "PER"},
        [
            ("indirect", "الاتفاق جيد", "e0", SALEM, "قال", None, None),
            ("direct", "خطوة مهمة نحو حل الخلافات", None, "رئيس الوزراء العراقي", "قال", None, None),
        ],
    ),
    # نقلت X "short name" عن Y قوله: Y speaks, X relays: "The broadcaster 'Kan' quoted an Israeli official
    # it did not name as saying Tel Aviv 'is studying the reply'."
    (
        'ونقلت هيئة البث الإسرائيلية "كان" عن مسؤول إسرائيلي لم تسمه قوله إن تل أبيب "تدرس الرد بعناية".',
        {"هيئة البث الإسرائيلية": "ORG", "تل أبيب": "LOC"},
        [
            (
                "indirect",
                'تل أبيب "تدرس الرد بعناية"',
                None,
                "مسؤول إسرائيلي",
                "قال",
                "e0",
                "هيئة البث الإسرائيلية",
            )
        ],
    ),
    # An outlet the speaker works at (a job noun, then في + the outlet) is his own organisation, no relay:
    # "Ahmad Salem, the military affairs analyst at CNN, said diplomacy is hard."
    (
        "قال أحمد سالم، محلل الشؤون العسكرية في شبكة CNN إن الدبلوماسية صعبة.",
        {SALEM: "PER", "CNN": "ORG"},
        [("indirect", "الدبلوماسية صعبة", "e0", SALEM, "قال", None, None)],
    ),
    # ... while an interview with it is: "Ahmad Salem said in an interview with CNN that diplomacy is hard."
    (
        "وقال أحمد سالم في مقابلة مع شبكة CNN إن الدبلوماسية صعبة.",
        {SALEM: "PER", "CNN": "ORG"},
        [("indirect", "الدبلوماسية صعبة", "e0", SALEM, "قال", "e1", "CNN")],
    ),
    # و + يقول after a comma is a clause of its own (not "saying" after the verb before), and shares the
    # subject after لكن: "Several tribes claim the valley, but Brazil claims most of it, and says it has
    # been its own for centuries."
    (
        "وتزعم عدة قبائل ملكيتها للوادي، لكن البرازيل تزعم أحقيتها في معظمه، وتقول إنه يعود إليها منذ قرون.",
        {"البرازيل": "LOC"},
        [("indirect", "يعود إليها منذ قرون", "e0", "البرازيل", "قال", None, None)],
    ),
    # أعلن + a noun under a bare outlet cue, past a dateline: an act the agency relayed, no quote: "Riyadh -
    # Crown prince Ahmad Salem announced the launch of a new project, according to the news agency 'Wass'."
    (
        'الرياض - أعلن ولي العهد الأمير أحمد سالم إطلاق مشروع سياحي جديد، بحسب وكالة الأنباء "واس".',
        {SALEM: "PER", "الرياض": "LOC"},
        [],
    ),
    # ... while أعلن + أن under the cue is a report the agency relayed: "Ahmad Salem announced that the
    # project will start next year, according to Wass."
    (
        'أعلن أحمد سالم أن المشروع سيبدأ العام المقبل، بحسب وكالة "واس".',
        {SALEM: "PER"},
        [("indirect", "المشروع سيبدأ العام المقبل", "e0", SALEM, "أعلن", None, "واس")],
    ),
    # A name in -ا before قائلا is no noun it agrees with: "Ahmad Salem challenged Russia, saying: 'get
    # ready'."
    (
        'وتحدى أحمد سالم روسيا قائلا: "فلتستعدي إذن يا روسيا".',
        {SALEM: "PER", "روسيا": "LOC"},
        [("direct", "فلتستعدي إذن يا روسيا", "e0", SALEM, "قال", None, None)],
    ),
    # A verbal noun after و is no new clause in a noun-phrase content: "He stressed the commitment to the
    # principles of the Cairo meeting and the Manama declaration."
    (
        "وأكد أحمد سالم على التمسك بمبادئ اجتماع القاهرة وإعلان المنامة.",
        {SALEM: "PER", "القاهرة": "LOC", "المنامة": "LOC"},
        [("indirect", "التمسك بمبادئ اجتماع القاهرة وإعلان المنامة", "e0", SALEM, "أكد", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "entities", "expected"), CASES)
def test_dev3_cases(text: str, entities: dict[str, str], expected: list[tuple[Any, ...]]) -> None:
    assert quotes(text, entities) == expected
