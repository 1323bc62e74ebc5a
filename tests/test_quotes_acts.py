"""A named subject's act relayed by an outlet, a body's office as a statement's issuer, and a body whose
stance verb a conjoined reporting verb shares (the lead's hand-written news, session 12). One rule per
test, each failing before its rule."""

from __future__ import annotations

import pytest

from marsad.quotes_institutions import institution_spans
from tests.test_quotes import build
from tests.test_quotes_cases import run, said


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        # "The Liberation Movement accused the police of firing on the protesters, according to what Reuters
        # relayed." (اتهم X بـ + a verbal noun: no that-clause; Reuters relayed the accusation, it did not
        # make it)
        (
            "اتهمت حركة التحرير الشرطة بإطلاق النار على المتظاهرين، بحسب ما نقلت وكالة رويترز.",
            {"حركة التحرير": "ORG", "رويترز": "ORG"},
        ),
        # "For his part, minister Sami Khalil expressed his hope that the talks succeed, according to what the
        # official news agency carried." (a feeling expressed: no quote, and none of the agency's)
        (
            "بدوره، أعرب الوزير سامي خليل عن أمله في أن تنجح المحادثات، وفق ما أوردت وكالة الأنباء الرسمية.",
            {"سامي خليل": "PER"},
        ),
    ],
)
def test_an_outlet_relaying_a_named_subjects_act_is_no_speaker(text: str, entities: dict[str, str]) -> None:
    article, quotes = run(text, entities)
    assert [said(article, q) for q in quotes] == []


def test_an_outlet_cue_on_a_plain_event_still_attributes_it() -> None:
    # "Planes struck sites in the south, according to what Reuters relayed." (no act of a named subject:
    # the outlet is the source, as bench/gold/QUOTES.md's bare attribution)
    article, quotes = run("قصفت الطائرات مواقع في الجنوب، بحسب ما نقلت وكالة رويترز.", {"رويترز": "ORG"})
    assert [said(article, q) for q in quotes] == [
        ("indirect", "قصفت الطائرات مواقع في الجنوب", "رويترز", "نقل", "رويترز")
    ]


def test_a_statement_of_a_bodys_office_is_that_bodys() -> None:
    # "The National Transitional Council welcomed the new agreement, according to a statement the council's
    # media office published." (للمجلس refers back to the council named before)
    text = "رحب المجلس الوطني الانتقالي بالاتفاق الجديد، وفق بيان نشره المكتب الإعلامي للمجلس."
    article, quotes = run(text, {"المجلس الوطني الانتقالي": "ORG"})
    assert [said(article, q) for q in quotes] == [
        ("indirect", "رحب المجلس الوطني الانتقالي بالاتفاق الجديد", "المجلس الوطني الانتقالي", None, None)
    ]


def test_a_body_whose_stance_a_conjoined_reporting_verb_shares_speaks() -> None:
    # "The French foreign ministry condemned the attack and described it as 'a cowardly act'." (the subject
    # of وأدانت is the pro-dropped subject of ووصفته)
    text = 'وأدانت الخارجية الفرنسية الهجوم، ووصفته بأنه "عمل جبان".'
    assert [build(text).span_text(s) for s in institution_spans(build(text))] == ["الخارجية الفرنسية"]
    article, quotes = run(text, {"الخارجية الفرنسية": "ORG"})
    assert [said(article, q) for q in quotes] == [("direct", "عمل جبان", "الخارجية الفرنسية", "وصف", None)]
    # No conjoined reporting verb: "The ministry condemned the attack." (no quote, no body to add)
    assert institution_spans(build("وأدانت الخارجية الفرنسية الهجوم بشدة.")) == []
