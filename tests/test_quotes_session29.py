"""Session 29 (Q29) rules (bench/gold/QUOTES_SESSION29.md; issue #5), on own sentences."""

from __future__ import annotations

import pytest

from marsad import analyze
from tests.test_quotes_cases import Said, quotes_said, said


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "The spokesman of the regional alliance which the Jordanian kingdom leads in the north, Samer
        # al-Halabi, stressed that the forces targeted two boats.": the name set off by commas after a
        # relative clause on the title's body is the speaker, not the unnamed spokesman (a place named in the
        # clause stopped it).
        (
            "أكد الناطق باسم الائتلاف الإقليمي الذي تقوده المملكة الأردنية في الشمال، سامر الحلبي، أن القوات"
            " استهدفت زورقين.",
            {"الحلبي": "PER", "الائتلاف الإقليمي": "ORG", "المملكة الأردنية": "LOC"},
            [("indirect", "القوات استهدفت زورقين", "الحلبي", "أكد", None)],
        ),
        # The same with a second place in the clause (... in Syria, ...).
        (
            "أكد الناطق باسم الائتلاف الإقليمي الذي تقوده المملكة الأردنية في سوريا، سامر الحلبي، أن القوات"
            " استهدفت زورقين.",
            {"الحلبي": "PER", "الائتلاف الإقليمي": "ORG", "المملكة الأردنية": "LOC", "سوريا": "LOC"},
            [("indirect", "القوات استهدفت زورقين", "الحلبي", "أكد", None)],
        ),
    ],
)
def test_name_apposed_after_a_relative_clause_on_the_title(
    text: str, names: dict[str, str], want: list[Said]
) -> None:
    assert quotes_said(text, names) == want


def test_a_title_the_merge_tied_to_a_person_named_since_is_that_person() -> None:
    # "A man was released by a judge's decision. The judge considered that the steps suffice. During the
    # hearing, judge Samer al-Kurdi raised questions. The judge asked: 'Where is justice here?'": the first
    # judge is unnamed (no name yet); once the article names the judge, the title tied to him is his, not
    # the earlier unnamed speaker's words.
    text = (
        "أفرج مساء الثلاثاء عن رجل بقرار قاض. واعتبر القاضي أن الخطوات كافية لتسوية أوضاعه. وخلال الجلسة،"
        ' طرح القاضي سامر الكردي أسئلة عن القضية. وتساءل القاضي: "أين العدالة هنا؟"'
    )
    article = analyze(text)  # the whole pipeline: the merge stage ties the second القاضي to the name
    assert [said(article, q) for q in article.quotes] == [
        ("indirect", "الخطوات كافية لتسوية أوضاعه", "القاضي", "اعتبر", None),
        ("direct", "أين العدالة هنا؟", "سامر الكردي", "تساءل", None),
    ]


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "The head of the Greens' bloc inside the Australian House of Representatives (parliament), John
        # Smith, stated that the government erred.": a bracketed gloss inside the title's place phrase.
        (
            "وصرح رئيس كتلة الخضر داخل مجلس النواب الأسترالي (البرلمان)، جون سميث، إن الحكومة أخطأت.",
            {"جون سميث": "PER"},
            [("indirect", "الحكومة أخطأت", "جون سميث", "صرح", None)],
        ),
        # "The head of the higher electoral commission (independent), John Smith, said …": a gloss right
        # after the title's body.
        (
            "وقال رئيس الهيئة العليا للانتخابات (مستقلة)، جون سميث، إن الحكومة أخطأت.",
            {"جون سميث": "PER"},
            [("indirect", "الحكومة أخطأت", "جون سميث", "قال", None)],
        ),
    ],
)
def test_a_name_apposed_after_a_bracketed_gloss(text: str, names: dict[str, str], want: list[Said]) -> None:
    assert quotes_said(text, names) == want


def test_a_name_apposed_after_a_b_phrase_naming_the_titles_body() -> None:
    # "In turn, the commander of the third battalion of the Republican Guard, Brigadier Samer Haddad, stated
    # that the forces advanced": the ب-phrase names the commander's body; the name set off after it speaks.
    text = "بدوره، صرح قائد الكتيبة الثالثة بقوات الحرس الجمهوري، العميد سامر حداد، إن القوات تقدمت."
    assert quotes_said(text, {"سامر حداد": "PER"}) == [("indirect", "القوات تقدمت", "سامر حداد", "صرح", None)]
