"""The quotes stage on cases the fourth development set (bench/gold/quotes_dev4.jsonl, ANT articles of the
gold's five sources with reported speech, session 14) showed, in sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_quotes import quotes

SALEM = "أحمد سالم"

CASES = [
    # يُدعى "called" (final ى) names the speaker; it is no يدّعي "claims": "One of the residents, called Ahmad
    # Salem (30), said he heard 'gunshots', stressing that 'everyone was running'."
    (
        'وقال أحد سكان الحي ويدعى أحمد سالم (30 عاما) إنه سمع "أصوات رصاص"، مؤكدا أن "الجميع كانوا يركضون".',
        {SALEM: "PER"},
        [
            ("indirect", 'سمع "أصوات رصاص"', "e0", SALEM, "قال", None, None),
            ("direct", "الجميع كانوا يركضون", "e0", SALEM, "أكد", None, None),
        ],
    ),
    # ... after a pronoun too: "One of them, called Ahmad Salem, said: 'it is like a dream'."
    (
        'وقال أحدهم ويدعى أحمد سالم "إنه يشبه الحلم".',
        {SALEM: "PER"},
        [("direct", "إنه يشبه الحلم", "e0", SALEM, "قال", None, None)],
    ),
    # يدعى أن with ى is still "claims that": "The minister claims that the plan failed."
    (
        "ويدعى الوزير أن الخطة فشلت.",
        {},
        [("indirect", "الخطة فشلت", None, "الوزير", "ادعى", None, None)],
    ),
    # A two-word title (المدعي العام "public prosecutor") before a place phrase and a name: the name speaks.
    # "The prosecutor in Lyon, Ahmad Salem, said a suspect was detained."
    (
        "من جهته قال المدعي العام في ليون أحمد سالم إنه تم توقيف مشتبه به.",
        {SALEM: "PER", "ليون": "LOC"},
        [("indirect", "تم توقيف مشتبه به", "e0", SALEM, "قال", None, None)],
    ),
    # Alone it stays the unnamed words, not an earlier speaker: "Ahmad Salem said the trial is near. The
    # prosecutor said the evidence is complete."
    (
        "وقال أحمد سالم إن المحاكمة قريبة. وقال المدعي العام إن الأدلة مكتملة.",
        {SALEM: "PER"},
        [
            ("indirect", "المحاكمة قريبة", "e0", SALEM, "قال", None, None),
            ("indirect", "الأدلة مكتملة", None, "المدعي العام", "قال", None, None),
        ],
    ),
    # A spokesperson of a body named in marks, the person set off by commas after it: "The spokesman of the
    # coalition 'Support of Legitimacy', Ahmad Salem, said the talks failed."
    (
        'قال المتحدث الرسمي باسم تحالف "دعم الشرعية"، أحمد سالم، إن المحادثات فشلت.',
        {SALEM: "PER"},
        [("indirect", "المحادثات فشلت", "e0", SALEM, "قال", None, None)],
    ),
    # مندوب and مبعوث are one office: "Ahmad Salem, Russia's envoy to the UN, said the situation is grave.
    # Khaled Omar said a solution is far. The Russian delegate warned Paris that it will 'pay the
    # price'." (باريس after the definite title is the object, not the speaker)
    (
        "وقال أحمد سالم، مبعوث روسيا في الأمم المتحدة، إن الوضع خطير. وقال خالد عمر إن الحل بعيد. "
        'وحذر المندوب الروسي باريس من أنها "ستدفع الثمن".',
        {SALEM: "PER", "خالد عمر": "PER", "روسيا": "LOC", "الأمم المتحدة": "ORG", "باريس": "LOC"},
        [
            ("indirect", "الوضع خطير", "e0", SALEM, "قال", None, None),
            ("indirect", "الحل بعيد", "e1", "خالد عمر", "قال", None, None),
            # marks around the whole complement: a direct quote (bench/gold/QUOTES.md; session 16)
            ("direct", "ستدفع الثمن", "e0", SALEM, "حذر", None, None),
        ],
    ),
    # A genitive with ل after the title is no object: "The director general of the Ministry of Planning in
    # Sudan, Ahmad Salem, said the ministry deployed teams."
    (
        "وقال المدير العام لوزارة التخطيط في السودان، أحمد سالم، إن وزارته نشرت فرقا.",
        {SALEM: "PER", "وزارة التخطيط": "ORG", "السودان": "LOC"},
        [("indirect", "وزارته نشرت فرقا", "e0", SALEM, "قال", None, None)],
    ),
    # حيث + a reporting verb inside a content starts a new quote: "Ahmad Salem said the step is 'an important
    # achievement', as he had said before that 'waiting is useless'."
    (
        'وقال أحمد سالم إن الخطوة تعد "إنجازا مهما" حيث قال من قبل إنه "لا فائدة من الانتظار".',
        {SALEM: "PER"},
        [
            ("indirect", 'الخطوة تعد "إنجازا مهما"', "e0", SALEM, "قال", None, None),
            ("direct", "لا فائدة من الانتظار", "e0", SALEM, "قال", None, None),
        ],
    ),
    # ، وهو ما "which is what" opens the writer's comment: "Ahmad Salem said the step is an important
    # achievement, which reflects a shift in his view."
    (
        "وقال أحمد سالم إن الخطوة تعد إنجازا مهما، وهو ما يعكس تحولا في رأيه.",
        {SALEM: "PER"},
        [("indirect", "الخطوة تعد إنجازا مهما", "e0", SALEM, "قال", None, None)],
    ),
    # A definite type noun with a nisba and no name is the outlet of that medium named last: "The Washington
    # Post quoted officials as saying the talks stopped. Reuters quoted a source that the talks go on. The
    # base trained the first battalion, according to the American newspaper."
    (
        "ونقلت صحيفة واشنطن بوست عن مسؤولين قولهم إن المحادثات توقفت. ونقلت وكالة رويترز عن مصدر أن "
        "المحادثات مستمرة. وشهدت هذه القاعدة تدريب أول كتيبة، وفقا للصحيفة الأمريكية.",
        {"واشنطن بوست": "ORG", "رويترز": "ORG"},
        [
            ("indirect", "المحادثات توقفت", None, "مسؤولين", "قال", "e0", "واشنطن بوست"),
            ("indirect", "المحادثات مستمرة", None, "مصدر", "نقل", "e1", "رويترز"),
            ("indirect", "شهدت هذه القاعدة تدريب أول كتيبة", "e0", "واشنطن بوست", None, "e0", "واشنطن بوست"),
        ],
    ),
    # A reporter's outlet relays her quote when she is named before the verb too: "But Sara Lynn, the BBC's
    # correspondent in Tokyo, says it is necessary to follow the matter."
    (
        "لكن سارة لين، مراسلة بي بي سي في طوكيو، تقول إنه من الضروري متابعة الأمر.",
        {"سارة لين": "PER", "بي بي سي": "ORG"},
        [("indirect", "من الضروري متابعة الأمر", "e0", "سارة لين", "قال", "e1", "بي بي سي")],
    ),
    # "Thus" between a quote and the verb after it: "'The situation is grave,' thus said Ahmad Salem."
    (
        '"الوضع خطير"، هكذا قال أحمد سالم.',
        {SALEM: "PER"},
        [("direct", "الوضع خطير", "e0", SALEM, "قال", None, None)],
    ),
    # ... or "with these words": "'The situation is grave,' with these words Ahmad Salem commented."
    (
        '"الوضع خطير"، بهذه الكلمات علق أحمد سالم على القرار.',
        {SALEM: "PER"},
        [("direct", "الوضع خطير", "e0", SALEM, "علق", None, None)],
    ),
    # A two-word title alone (الأمين العام) is the person the article titled so: "The UN Secretary-General
    # Ahmad Salem said the situation is grave. Khaled Omar said a solution is near. The Secretary-General
    # said: 'we will never go back on our decision'."
    (
        "قال الأمين العام للأمم المتحدة أحمد سالم إن الوضع خطير. وقال خالد عمر إن الحل قريب. "
        'وقال الأمين العام "لن نتراجع عن قرارنا أبدا".',
        {SALEM: "PER", "خالد عمر": "PER"},
        [
            ("indirect", "الوضع خطير", "e0", SALEM, "قال", None, None),
            ("indirect", "الحل قريب", "e1", "خالد عمر", "قال", None, None),
            ("direct", "لن نتراجع عن قرارنا أبدا", "e0", SALEM, "قال", None, None),
        ],
    ),
    # ... not a person named before it past a comma and other words: "The accused are charged with killing
    # Ahmad Salem, as the prosecutor presents evidence. Khaled Omar said a solution is near. The prosecutor
    # added that the solution is far." (the prosecutor stays unnamed)
    (
        "اتهم المتهمون بقتل أحمد سالم، إذ يقدم المدعي العام أدلة. وقال خالد عمر إن الحل قريب. "
        "وأضاف المدعي العام أن الحل بعيد.",
        {SALEM: "PER", "خالد عمر": "PER"},
        [
            ("indirect", "الحل قريب", "e1", "خالد عمر", "قال", None, None),
            ("indirect", "الحل بعيد", None, "المدعي العام", "أضاف", None, None),
        ],
    ),
    # A statement noun and its addressee before نقلتها: a relative clause on the statement, the agency its
    # relay, not the speaker. "Ahmad Salem said, in remarks to reporters that Reuters carried, that the
    # situation is grave."
    (
        "وقال أحمد سالم في تصريحات للصحفيين نقلتها وكالة رويترز إن الوضع خطير.",
        {SALEM: "PER", "رويترز": "ORG"},
        [("indirect", "الوضع خطير", "e0", SALEM, "قال", "e1", "رويترز")],
    ),
    # A title whose body is named and its holder not: the holder speaks, unnamed, not the body (QUOTES.md).
    # "The director of the World Health Organization said the epidemic is spreading."
    (
        "وقال مدير منظمة الصحة العالمية إن الوباء ينتشر.",
        {"منظمة الصحة العالمية": "ORG"},
        [("indirect", "الوباء ينتشر", None, "مدير منظمة الصحة العالمية", "قال", None, None)],
    ),
    # ... and a name after the title and its genitive speaks: "The UN special envoy to Syria Ahmad Salem said
    # the war is over."
    (
        "وقال مبعوث الأمم المتحدة الخاص إلى سوريا أحمد سالم إن الحرب انتهت.",
        {"الأمم المتحدة": "ORG", "سوريا": "LOC", SALEM: "PER"},
        [("indirect", "الحرب انتهت", "e2", SALEM, "قال", None, None)],
    ),
    # The next sentence may refer back with the speaker's words instead of ذلك: "Ahmad Salem said the
    # situation is grave. His remarks came in an interview with Al Jazeera." (QUOTES.md: جاء ذلك في مقابلة)
    (
        "وقال أحمد سالم إن الوضع خطير. وجاءت تصريحاته في مقابلة مع قناة الجزيرة.",
        {SALEM: "PER", "الجزيرة": "ORG"},
        [("indirect", "الوضع خطير", "e0", SALEM, "قال", "e1", "الجزيرة")],
    ),
    # تحدث "spoke" reports direct speech: "'The situation is grave,' with these words Ahmad Salem spoke to the
    # reporters." and "Ahmad Salem spoke, saying: 'we will not go back'."
    (
        '"الوضع خطير".. بهذه الكلمات تحدث أحمد سالم إلى الصحفيين.',
        {SALEM: "PER"},
        [("direct", "الوضع خطير", "e0", SALEM, "تحدث", None, None)],
    ),
    (
        'وتحدث أحمد سالم للصحفيين: "لن نتراجع".',
        {SALEM: "PER"},
        [("direct", "لن نتراجع", "e0", SALEM, "تحدث", None, None)],
    ),
    # ... and before قائلا it is the lemma, as تابع is in وتابع قائلا (QUOTES.md): "Ahmad Salem spoke to the
    # Al Jazeera channel, saying the situation is hard."
    (
        'وتحدث أحمد سالم لقناة "الجزيرة" قائلا إن الوضع صعب.',
        {SALEM: "PER"},
        [("indirect", "الوضع صعب", "e0", SALEM, "تحدث", None, "الجزيرة")],
    ),
    # ... but "spoke about" names a topic, not a content, and متحدث is a spokesman, no verb: "Ahmad Salem
    # spoke about the situation in the city. The spokesman Khaled Omar said the situation is grave."
    (
        "وتحدث أحمد سالم عن الوضع في المدينة. وقال المتحدث خالد عمر إن الوضع خطير.",
        {SALEM: "PER", "خالد عمر": "PER"},
        [("indirect", "الوضع خطير", "e1", "خالد عمر", "قال", None, None)],
    ),
    # مفوض "commissioner" is a title: its holder speaks, not the body, before the verb too (QUOTES.md: a
    # title with no name is an unnamed source). "The UN High Commissioner for Human Rights had said the
    # situation is grave."
    (
        "وكان مفوض الأمم المتحدة السامي لحقوق الإنسان قد قال إن الوضع خطير.",
        {"الأمم المتحدة": "ORG"},
        [("indirect", "الوضع خطير", None, "مفوض الأمم المتحدة السامي لحقوق الإنسان", "قال", None, None)],
    ),
    # A spokesperson of a titled principal, then an officer's rank and his name: the officer speaks, his name
    # whole past the subject's word limit. "The spokesman of the commander in chief of the armed forces, Major
    # General Ahmad Salem, said in a statement: 'the raid was based on precise information'."
    (
        'وقال المتحدث باسم القائد العام للقوات المسلحة اللواء أحمد سالم في بيان إن "الغارة جاءت بناء على '
        'معلومات دقيقة".',
        {SALEM: "PER"},
        [("direct", "الغارة جاءت بناء على معلومات دقيقة", "e0", SALEM, "قال", None, None)],
    ),
    # A report nested in the speaker's content is no quote of its own (QUOTES.md): "Ahmad Salem said that
    # President Donald Trump announced he would withdraw from the agreement."
    (
        "وقال أحمد سالم إن الرئيس دونالد ترامب أعلن أنه سينسحب من الاتفاق.",
        {SALEM: "PER", "دونالد ترامب": "PER"},
        [("indirect", "الرئيس دونالد ترامب أعلن أنه سينسحب من الاتفاق", "e0", SALEM, "قال", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "entities", "expected"), CASES)
def test_dev4_cases(text: str, entities: dict[str, str], expected: list[tuple[Any, ...]]) -> None:
    assert quotes(text, entities) == expected
