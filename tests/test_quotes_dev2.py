"""The quotes stage on cases the second development set (bench/gold/quotes_dev2.jsonl, SaudiNewsNet, session
12) showed, in sentences of our own: Saudi house styles the ANT articles had not taught the rules."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_quotes import quotes

SALEM = "أحمد سالم"

CASES = [
    # A colon between the verb (and its subject) and إن: "The director Ahmad Salem said: the shipment will be
    # distributed to the hospitals."
    (
        "وقال المدير أحمد سالم: إن الشحنة سيتم توزيعها على المستشفيات.",
        {SALEM: "PER"},
        [("indirect", "الشحنة سيتم توزيعها على المستشفيات", "e0", SALEM, "قال", None, None)],
    ),
    # The same with an unnamed source and إنهم: "A local source said: they repelled violent attacks."
    (
        "وقال مصدر محلي: إنهم صدوا هجمات عنيفة.",
        {},
        [("indirect", "صدوا هجمات عنيفة", None, "مصدر محلي", "قال", None, None)],
    ),
    # An interview noun with إلى names the outlet given the words: "Ahmad Salem affirmed the situation is
    # stable. He said in statements to 'Al-Ufuq' yesterday: 'the city had to be secured after its
    # liberation from the gunmen'."
    (
        'أكد أحمد سالم أن الوضع مستقر. وقال في تصريحات إلى "الأفق" أمس "كان لا بد من تأمين المدينة بعد'
        ' تحريرها من المسلحين".',
        {SALEM: "PER"},
        [
            ("indirect", "الوضع مستقر", "e0", SALEM, "أكد", None, None),
            (
                "direct",
                "كان لا بد من تأمين المدينة بعد تحريرها من المسلحين",
                "e0",
                SALEM,
                "قال",
                None,
                "الأفق",
            ),
        ],
    ),
    # قناة السويس is the Suez Canal, no channel: "President Ahmad Salem, who went to Cairo for the opening of
    # the new Suez Canal, affirmed that his country will cooperate with Egypt."
    (
        "وأكد الرئيس أحمد سالم الذي توجه إلى القاهرة لحضور افتتاح قناة السويس الجديدة، أن بلاده"
        " ستتعاون مع مصر.",
        {SALEM: "PER", "السويس الجديدة": "ORG"},
        [("indirect", "بلاده ستتعاون مع مصر", "e0", SALEM, "أكد", None, None)],
    ),
    # Speech after a colon with no marks is a direct quote: "Coach Ahmad Salem affirmed the team is ready.
    # He added, saying: serving the club is an honour for me and I will spare no effort for it."
    (
        "وأكد المدرب أحمد سالم أن الفريق جاهز. وأضاف قائلا: خدمة النادي شرف لي ولن أدخر جهدا في سبيله.",
        {SALEM: "PER"},
        [
            ("indirect", "الفريق جاهز", "e0", SALEM, "أكد", None, None),
            ("direct", "خدمة النادي شرف لي ولن أدخر جهدا في سبيله", "e0", SALEM, "أضاف", None, None),
        ],
    ),
    # It ends at a comma before the next reporting verb: "Ahmad Salem said: since when was violence a way to
    # a solution, and went on: this is nothing but ruin for the country and its people."
    (
        "وقال أحمد سالم: متى كان العنف طريقا إلى الحل، وتابع: ما هذا إلا خراب للبلاد والعباد.",
        {SALEM: "PER"},
        [
            ("direct", "متى كان العنف طريقا إلى الحل", "e0", SALEM, "قال", None, None),
            ("direct", "ما هذا إلا خراب للبلاد والعباد", "e0", SALEM, "تابع", None, None),
        ],
    ),
    # A scripture citation after a colon is no speech: "The preacher Ahmad Salem said patience is the key to
    # relief. The Exalted said: (whoever fears God, He makes a way out for him)."
    (
        "وقال الخطيب أحمد سالم إن الصبر مفتاح الفرج. قال تعالى: (ومن يتق الله يجعل له مخرجا).",
        {SALEM: "PER"},
        [("indirect", "الصبر مفتاح الفرج", "e0", SALEM, "قال", None, None)],
    ),
    # Nor is a label with no reporting verb: "The results came as follows: the first team beat the second."
    ("وجاءت النتائج كالآتي: فاز الفريق الأول على الفريق الثاني بهدفين.", {}, []),
    # A person a body is named after is no speaker: "The supervisor of the King Fahd Centre for Research,
    # Dr Ahmad Salem, expressed his joy at the opening, affirming that the centre will go on with its work."
    (
        "عبر المشرف العام على مركز الملك فهد للبحوث، الدكتور أحمد سالم، عن سعادته بالافتتاح، مؤكدا أن المركز"
        " سيواصل عمله.",
        {"فهد": "PER", SALEM: "PER"},
        [("indirect", "المركز سيواصل عمله", "e1", SALEM, "أكد", None, None)],
    ),
    # The name after a description of the title's body set off by commas speaks: "The secretary general of
    # the National Relief Authority, attached to the Ministry of Social Affairs, Ahmad Salem, explained that
    # the campaign will go on."
    (
        "من جانبه، أوضح أمين عام الهيئة الوطنية للإغاثة، التابعة لوزارة الشؤون الاجتماعية، أحمد سالم، أن"
        " الحملة ستستمر.",
        {"الهيئة الوطنية للإغاثة": "ORG", SALEM: "PER"},
        [("indirect", "الحملة ستستمر", "e1", SALEM, "أوضح", None, None)],
    ),
    # A title whose genitive holds a preposition, its holder named after it, is the subject a later
    # pro-dropped verb goes on with: "The head of the Committee for the Defence of Human Rights, Dr Ahmad
    # Salem, condemned the terrorist attack. He said: 'this attack is a heinous crime no faith or reason
    # accepts'."
    (
        "ندد رئيس لجنة الدفاع عن حقوق الإنسان الدكتور أحمد سالم، بالهجوم الإرهابي. وقال: «هذا الهجوم جريمة"
        " نكراء لا يقبلها دين ولا عقل».",
        {SALEM: "PER"},
        [("direct", "هذا الهجوم جريمة نكراء لا يقبلها دين ولا عقل", "e0", SALEM, "قال", None, None)],
    ),
    # A closing mark set after the writer's participles: the speaker's words end at the comma before the
    # first, and each participle reports its own clause (the stray closing mark stays on the last one):
    # "Ahmad Salem said: 'this attack is a heinous crime against innocents, pointing out that security is
    # everyone's responsibility, affirming that the country will stay safe'."
    (
        "وقال أحمد سالم: «هذا الهجوم جريمة نكراء تستهدف الأبرياء، مشيرا إلى أن الأمن مسؤولية الجميع، مؤكدا"
        " أن البلاد ستبقى آمنة».",
        {SALEM: "PER"},
        [
            ("direct", "هذا الهجوم جريمة نكراء تستهدف الأبرياء", "e0", SALEM, "قال", None, None),
            ("indirect", "الأمن مسؤولية الجميع", "e0", SALEM, "أشار", None, None),
            ("indirect", "البلاد ستبقى آمنة»", "e0", SALEM, "أكد", None, None),
        ],
    ),
    # استرسل and أكمل "went on" introduce direct speech, أبان "made clear" a that-clause: "Ahmad Salem said
    # the team is ready. He went on, saying: 'we will accept nothing less than winning this decisive
    # match'."; "Ahmad Salem made clear that the plane arrived within an integrated relief programme."
    (
        'وقال أحمد سالم إن الفريق جاهز. واسترسل قائلا "لن نقبل بأقل من الفوز في هذه المباراة الحاسمة".',
        {SALEM: "PER"},
        [
            ("indirect", "الفريق جاهز", "e0", SALEM, "قال", None, None),
            ("direct", "لن نقبل بأقل من الفوز في هذه المباراة الحاسمة", "e0", SALEM, "استرسل", None, None),
        ],
    ),
    (
        "وأبان أحمد سالم أن الطائرة وصلت ضمن برنامج إغاثي متكامل.",
        {SALEM: "PER"},
        [("indirect", "الطائرة وصلت ضمن برنامج إغاثي متكامل", "e0", SALEM, "أبان", None, None)],
    ),
    # "Ahmad Salem said: since when was violence a way to a solution, and continued: this is nothing but
    # ruin for the country and its people."
    (
        "وقال أحمد سالم: متى كان العنف طريقا إلى الحل، وأكمل: ما هذا إلا خراب للبلاد والعباد.",
        {SALEM: "PER"},
        [
            ("direct", "متى كان العنف طريقا إلى الحل", "e0", SALEM, "قال", None, None),
            ("direct", "ما هذا إلا خراب للبلاد والعباد", "e0", SALEM, "أكمل", None, None),
        ],
    ),
    # A clause opening right after a closing mark with another verb and a person: a pro-dropped verb in it is
    # that person's, not the quote's speaker's: "Ahmad Salem wrote on his account 'the homeland is a trust
    # in everyone's hands without exception', as Khaled al-Ali took part in the hashtag and wrote 'terrorism
    # will only make us more united'." With no new subject (وأضاف), the speaker goes on.
    (
        'وكتب أحمد سالم على حسابه "الوطن أمانة في أعناق الجميع بلا استثناء" كما تفاعل خالد العلي مع الوسم'
        ' وكتب "لن يزيدنا الإرهاب إلا وحدة وتماسكا".',
        {SALEM: "PER", "خالد العلي": "PER"},
        [
            ("direct", "الوطن أمانة في أعناق الجميع بلا استثناء", "e0", SALEM, "كتب", None, None),
            ("direct", "لن يزيدنا الإرهاب إلا وحدة وتماسكا", "e1", "خالد العلي", "كتب", None, None),
        ],
    ),
    (
        'وقال أحمد سالم "الوطن أمانة في أعناق الجميع بلا استثناء" وأضاف "لن يزيدنا الإرهاب إلا وحدة'
        ' وتماسكا".',
        {SALEM: "PER"},
        [
            ("direct", "الوطن أمانة في أعناق الجميع بلا استثناء", "e0", SALEM, "قال", None, None),
            ("direct", "لن يزيدنا الإرهاب إلا وحدة وتماسكا", "e0", SALEM, "أضاف", None, None),
        ],
    ),
    # Words in marks after a reported clause and a comma, with an attribution after them: its source said
    # them, with the verb the attribution holds: "President Khaled al-Ali stressed the need for a political
    # solution to the crisis, 'and the two sides fully agreed on that', as Ahmad Salem added."
    (
        "وشدد الرئيس خالد العلي على ضرورة الحل السياسي للأزمة، «وقد اتفق الجانبان على ذلك تماما»، حسبما أضاف"
        " أحمد سالم.",
        {SALEM: "PER", "خالد العلي": "PER"},
        [
            ("indirect", "ضرورة الحل السياسي للأزمة", "e1", "خالد العلي", "شدد", None, None),
            ("direct", "وقد اتفق الجانبان على ذلك تماما", "e0", SALEM, "أضاف", None, None),
        ],
    ),
    # A discourse connective opening a bare attribution's clause is no part of it (the lead's request):
    # "Meanwhile, warplanes shelled a town in the south, killing civilians, according to the National
    # News Agency."
    (
        "في غضون ذلك، قصفت طائرات حربية بلدة في الجنوب ما أدى إلى مقتل مدنيين، بحسب الوكالة الوطنية للإعلام.",
        {"الوكالة الوطنية للإعلام": "ORG"},
        [
            (
                "indirect",
                "قصفت طائرات حربية بلدة في الجنوب ما أدى إلى مقتل مدنيين",
                "e0",
                "الوكالة الوطنية للإعلام",
                None,
                "e0",
                "الوكالة الوطنية للإعلام",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "entities", "expected"), CASES)
def test_dev2_cases(text: str, entities: dict[str, str], expected: list[tuple[Any, ...]]) -> None:
    assert quotes(text, entities) == expected
