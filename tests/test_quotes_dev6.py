"""The quotes stage on rules found in ANT development articles (session 6): one rule per test, each failing
before its rule."""

from __future__ import annotations

from marsad.quotes_institutions import institution_spans
from tests.test_quotes import build
from tests.test_quotes_cases import run, said


def test_the_statement_speaks_for_whoever_issued_it() -> None:
    # "The Foreign Ministry said in a statement that the sanctions will fail. The statement added that
    # Washington is isolated." (a statement of a named body is that body's)
    text = "وقالت وزارة الخارجية في بيان إن العقوبات ستفشل. وأضاف البيان أن واشنطن معزولة."
    article, quotes = run(text, {"وزارة الخارجية": "ORG"})
    assert [said(article, q) for q in quotes] == [
        ("indirect", "العقوبات ستفشل", "وزارة الخارجية", "قال", None),
        ("indirect", "واشنطن معزولة", "وزارة الخارجية", "أضاف", None),
    ]


def test_the_statement_with_no_issuer_named_stays_unnamed() -> None:
    # "The statement added that Washington is isolated." (no statement named before: its words)
    article, quotes = run("وأضاف البيان أن واشنطن معزولة.", {})
    assert [said(article, q) for q in quotes] == [("indirect", "واشنطن معزولة", "البيان", "أضاف", None)]


def test_a_contrast_clause_after_a_that_clause_is_still_reported() -> None:
    # "The army explained that the system intercepted six shells, while the number of shells that hit
    # Israeli land reached 31." (the بينما clause is the army's; a noun-phrase content ends before it)
    text = "وأوضح الجيش أن النظام اعترض ست قذائف، بينما بلغ عدد القذائف التي سقطت 31."
    article, quotes = run(text, {"الجيش": "ORG"})
    assert [said(article, q) for q in quotes] == [
        ("indirect", "النظام اعترض ست قذائف، بينما بلغ عدد القذائف التي سقطت 31", "الجيش", "أوضح", None)
    ]


def test_a_contrast_clause_after_a_noun_phrase_content_is_not() -> None:
    # "The minister affirmed his country's support for Saudi Arabia, while he attacked the channel."
    text = "وأكد الوزير أحمد سالم على دعم بلاده للسعودية، بينما هاجم القناة."
    article, quotes = run(text, {"أحمد سالم": "PER"})
    assert [said(article, q) for q in quotes] == [
        ("indirect", "دعم بلاده للسعودية", "أحمد سالم", "أكد", None)
    ]


def test_a_body_issuing_a_statement_speaks() -> None:
    # 'The Foreign Ministry issued a statement in which it described the remarks as "unfounded".' (the
    # ministry, untagged by the NER, is an institution the entities stage adds; the quote is its own)
    text = 'وأصدرت الخارجية بيانا وصفت فيه التصريحات بأنها "لا أساس لها".'
    assert [build(text).span_text(s) for s in institution_spans(build(text))] == ["الخارجية"]
    article, quotes = run(text, {"الخارجية": "ORG"})
    assert [said(article, q) for q in quotes] == [("direct", "لا أساس لها", "الخارجية", "وصف", None)]
    # Not before another noun: "The ministry issued its decision." (no statement: no speaker)
    assert institution_spans(build("وأصدرت الوزارة قرارها بإغلاق المعبر.")) == []


def test_an_attribution_sentence_relays_every_quote_of_the_sentence_before() -> None:
    # "Ahmad Salem said he does not know the details, adding that he cannot confirm anything. According to
    # Reuters. The minister said the talks go on." (Reuters relays both quotes before it, not the one after)
    text = (
        "وقال أحمد سالم إنه لا يعرف التفاصيل، مضيفا أنه ليس بوسعه تأكيد أي شيء. حسب رويترز. "
        "وقال الوزير إن المحادثات مستمرة."
    )
    article, quotes = run(text, {"أحمد سالم": "PER"})
    assert [said(article, q) for q in quotes] == [
        ("indirect", "لا يعرف التفاصيل", "أحمد سالم", "قال", "رويترز"),
        ("indirect", "ليس بوسعه تأكيد أي شيء", "أحمد سالم", "أضاف", "رويترز"),
        ("indirect", "المحادثات مستمرة", "أحمد سالم", "قال", None),
    ]


def test_a_subject_before_a_relative_clause_between_commas_speaks() -> None:
    # "But the woman, who lives in Belgium, later affirmed that it was only a joke." (the subject before the
    # relative clause speaks; before, the verb had no speaker at all)
    article, quotes = run("لكن السيدة، التي تعيش في بلجيكا، أكدت لاحقا أن الأمر كان مجرد مزحة.", {})
    assert [said(article, q) for q in quotes] == [("indirect", "الأمر كان مجرد مزحة", "السيدة", "أكد", None)]


def test_a_place_phrase_set_off_by_commas_is_no_apposed_name() -> None:
    # "A spokesman for the health ministry, in Afghanistan, said the attack took place at the ministry."
    # (في أفغانستان is where, not who: the spokesman speaks, unnamed; before, Afghanistan did)
    text = "وقال متحدث باسم وزارة الصحة، في أفغانستان، إن الهجوم وقع أمام الوزارة."
    article, quotes = run(text, {"وزارة الصحة": "ORG", "أفغانستان": "LOC"})
    assert [said(article, q) for q in quotes] == [
        ("indirect", "الهجوم وقع أمام الوزارة", "متحدث باسم وزارة الصحة", "قال", None)
    ]
