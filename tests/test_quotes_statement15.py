"""A verbal noun that opens its sentence after "it came in" (وجاء في تحذير X أن) is the sentence's main
statement: a pro-dropped verb in the next sentence goes on with its speaker (session 15, second wave). A
verbal noun inside a sentence with a verb of its own stays a side remark (guard)."""

from __future__ import annotations

from tests.test_quotes_cases import run, said

_ENTITIES = {"هشام البزاز": "PER", "قنصلية النرويج": "ORG"}


def test_a_pro_dropped_verb_goes_on_with_the_statement_that_opened_the_sentence_before() -> None:
    # "Minister Hisham al-Bazzaz said the roads are safe. ¶ And it came in the warning of the Norwegian
    # consulate that travellers should avoid the border. ¶ And it said: "do not travel at night"."
    text = (
        "وقال الوزير هشام البزاز إن الطرق آمنة.\n\n"
        "وجاء في تحذير قنصلية النرويج أن على المسافرين تجنب الحدود.\n\n"
        'وقالت "لا تسافروا ليلا".'
    )
    article, quotes = run(text, _ENTITIES)
    assert [said(article, q) for q in quotes] == [
        ("indirect", "الطرق آمنة", "هشام البزاز", "قال", None),
        ("indirect", "على المسافرين تجنب الحدود", "قنصلية النرويج", "حذر", None),
        ("direct", "لا تسافروا ليلا", "قنصلية النرويج", "قال", None),
    ]


def test_a_verbal_noun_inside_a_clause_stays_a_side_remark() -> None:
    # "Minister Hisham al-Bazzaz rejected the Norwegian consulate's warning that the roads are unsafe. ¶ And
    # he added: "our roads are open"." (the minister goes on, not the consulate)
    text = 'ورفض الوزير هشام البزاز تحذير قنصلية النرويج من أن الطرق غير آمنة.\n\nوأضاف "طرقنا مفتوحة".'
    article, quotes = run(text, _ENTITIES)
    assert [said(article, q)[2] for q in quotes if q.kind == "direct"] == ["هشام البزاز"]


def test_a_name_closing_a_long_title_before_the_colon_speaks() -> None:
    # "The deputy defence minister for planning, overseeing the land crossings, head of the emergency
    # committee, Lieutenant General Fares bin Khalid al-Otaibi said: "the forces are ready"." (the title
    # outran the subject's word limit, so the unnamed title spoke)
    text = (
        "وقال مساعد وزير الدفاع لشؤون التخطيط المشرف على المعابر البرية رئيس لجنة الطوارئ الفريق "
        'فارس بن خالد العتيبي: "القوات جاهزة".'
    )
    article, quotes = run(text, {"فارس بن خالد العتيبي": "PER"})
    assert [said(article, q) for q in quotes] == [
        ("direct", "القوات جاهزة", "فارس بن خالد العتيبي", "قال", None)
    ]


def test_a_name_after_on_behalf_of_before_the_colon_does_not_speak() -> None:
    # "The official spokesman of the committee overseeing the municipal elections in the northern province on
    # behalf of its head Fares al-Otaibi said: "..."" (the name is whom the spokesman speaks for)
    text = (
        "وقال المتحدث الرسمي للجنة المشرفة على الانتخابات البلدية في المحافظة الشمالية باسم رئيسها "
        'فارس العتيبي: "الفرز مستمر".'
    )
    article, quotes = run(text, {"فارس العتيبي": "PER"})
    assert [said(article, q)[2] for q in quotes] != ["فارس العتيبي"]


def test_a_complement_after_from_it_is_found_and_the_finder_of_the_letter_is_no_relay() -> None:
    # "Minister Samer al-Hilou said in his resignation letter, a copy of which "Al-Akhbar.net" obtained, that
    # "the dream is over"." (منها إن read as من + أن "than that": no quote)
    text = 'وقال الوزير سامر الحلو في رسالة استقالته التي حصلت "الأخبار.نت" على نسخة منها إن "الحلم انتهى".'
    article, quotes = run(text, {"سامر الحلو": "PER", "الأخبار.نت": "ORG"})
    assert [said(article, q) for q in quotes] == [("direct", "الحلم انتهى", "سامر الحلو", "قال", None)]


def test_an_outlet_spoken_to_stays_the_relay() -> None:
    # "Minister Samer al-Hilou told the Al-Akhbar newspaper that the dream is over." (guard)
    text = "وقال الوزير سامر الحلو لصحيفة الأخبار إن الحلم انتهى."
    article, quotes = run(text, {"سامر الحلو": "PER", "صحيفة الأخبار": "ORG"})
    assert [said(article, q) for q in quotes] == [
        ("indirect", "الحلم انتهى", "سامر الحلو", "قال", "صحيفة الأخبار")
    ]
