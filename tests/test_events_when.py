"""Which day an event takes (marsad.events_when): a report's day is not given to an act it tells as older."""

from __future__ import annotations

import pytest

from marsad.article import Article
from marsad.events_when import reported_older
from marsad.stages.events import Events
from marsad.stages.normalize import normalize
from marsad.stages.segment import Segmenter

_SEGMENT = Segmenter.load()
_STAGE = Events()  # rules only


def dates(text: str) -> list[tuple[str, str | None]]:
    """(trigger, date) of each event of one text published on Sunday 2018-02-18."""
    article = _STAGE(_SEGMENT(normalize(Article(text=text, published="2018-02-18"))))
    return [(article.text[e.trigger.start : e.trigger.end], e.date) for e in article.events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the statement said on Friday that the gunmen had attacked the village: Friday is the statement's
        ("قال البيان، الجمعة، إن المسلحين كانوا قد هاجموا القرية.", [("هاجموا", None)]),
        # the army said on Friday that the police arrested the commander two weeks ago
        ("قال الجيش، الجمعة، إن الشرطة اعتقلت القائد قبل أسبوعين.", [("اعتقلت", None)]),
        # the report said on Thursday that police arrested hundreds after the attacks of 2001
        (
            "ذكر التقرير، الخميس، أن الشرطة اعتقلت مئات الأشخاص عقب هجمات عام 2001.",
            [("اعتقلت", None), ("هجمات", None)],
        ),
    ],
)
def test_a_reports_day_is_not_given_to_an_older_act_it_reports(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the army said on Friday that its planes struck the gunmen's positions: nothing older, Friday stays
        ("قال الجيش، الجمعة، إن طائراته قصفت مواقع المسلحين.", [("قصفت", "2018-02-16")]),
        # the police announced on Friday that the request was made by the government and won 26 states'
        # support: من قبل is "by", no "before"
        ("أعلنت الشرطة، الجمعة، أن الطلب قدم من قبل الحكومة وحظي بدعم 26 دولة.", [("بدعم", "2018-02-16")]),
        # the army said that the gunmen had attacked the village on Friday: the date is the attack's own
        ("قال الجيش إن المسلحين كانوا قد هاجموا القرية يوم الجمعة.", [("هاجموا", "2018-02-16")]),
    ],
)
def test_the_date_stays_when_the_report_tells_nothing_older(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert dates(text) == expected


def test_the_date_words_must_follow_a_reporting_verb() -> None:
    # اعتقلت الشرطة، الجمعة، القائد، وقالت إنه كان قد هدد: the date is no report's (folded stems)
    keys = ["اعتقلت", "الشرطه", "،", "الجمعه", "،", "القائد", "ان", "كان", "قد", "هدد"]
    assert not reported_older(keys, 9, ("2018-02-16", 3, 3), 2018)
    assert reported_older(["قال", *keys[1:]], 9, ("2018-02-16", 3, 3), 2018)
