"""Session 16 rules (bench/gold/QUOTES_SESSION16.md), on own sentences: an opening quotation mark glued to
the word before it, a "so-called" name in marks, بأن after a verb with the clitic ب, and a complement all
in quotation marks (a direct quote, also after a verbal noun)."""

from __future__ import annotations

import pytest

from tests.test_quotes_cases import run, said


def _entities(text: str) -> dict[str, str]:
    """The test names that occur in text, as persons."""
    return {name: "PER" for name in ("رامي حداد", "سامر حداد", "ليلى منصور") if name in text}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "Colonel Rami Haddad said the fighting goes on. ¶ He added" three gunmen were killed in the village
        # by the army's fire "." (the opening mark glued to the verb, a space inside both marks)
        (
            "وقال العقيد رامي حداد إن المعارك مستمرة.\n\n"
            'وأضاف" قتل ثلاثة من المسلحين في القرية بنيران الجيش ".',
            ("direct", "قتل ثلاثة من المسلحين في القرية بنيران الجيش", "رامي حداد", "أضاف", None),
        ),
        # "Rami Haddad said at a press conference," this proves I am right", adding that …" (the mark glued
        # to the comma before it)
        (
            'وقال رامي حداد في مؤتمر صحفي،" هذا يثبت أنني على حق"، مضيفا أن الحكومة أخطأت.',
            ("direct", "هذا يثبت أنني على حق", "رامي حداد", "قال", None),
        ),
    ],
)
def test_an_opening_mark_glued_to_the_word_before_opens_the_quote(text: str, want: tuple) -> None:
    article, quotes = run(text, _entities(text))
    assert want in [said(article, q) for q in quotes]


def test_a_so_called_name_in_marks_is_no_quote() -> None:
    # "The so-called "chief of the religious police" of the group, Rami Haddad, admitted the tie between the
    # two groups." (a name the writer distances, not speech)
    text = 'وأقر ما يسمى بـ"قائد الشرطة الدينية" لدى التنظيم، رامي حداد، بالعلاقة بين الجماعتين.'
    _article, quotes = run(text, _entities(text))
    assert [q for q in quotes if q.kind == "direct"] == []


def test_a_complement_all_in_marks_after_a_verbal_noun_is_a_direct_quote() -> None:
    # "Minister Laila Mansour said, replying to the demand of the opposition leader, Samer Haddad, of her,
    # last week, that she "resign", ..." (the verbal noun's complement is all in marks: a direct quote)
    text = (
        "وقالت الوزيرة ليلى منصور ردا على مطالبة زعيم المعارضة، سامر حداد، لها، الأسبوع الماضي، "
        'بأن "تستقيل"، إنها لن تفعل ذلك.'
    )
    article, quotes = run(text, _entities(text))
    assert ("direct", "تستقيل", "سامر حداد", "طالب", None) in [said(article, q) for q in quotes]


def test_the_content_after_bi_anna_starts_after_it() -> None:
    # "Rami Haddad demanded that the forces withdraw from the city at once." (content from تنسحب, not أن)
    article, quotes = run("وطالب رامي حداد بأن تنسحب القوات من المدينة فورا.", {"رامي حداد": "PER"})
    assert [said(article, q) for q in quotes] == [
        ("indirect", "تنسحب القوات من المدينة فورا", "رامي حداد", "طالب", None)
    ]
