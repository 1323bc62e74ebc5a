"""Names in quotation marks after an organisation's head noun (marsad.entity_quoted)."""

from __future__ import annotations

from marsad.article import Entity
from marsad.entity_quoted import quoted_orgs
from marsad.roles import RoleFinder
from tests.conftest import find_span
from tests.test_entities_stage import segmented


def _quoted(text: str, tagged: list[tuple[str, str, int]]) -> list[tuple[str, str, str]]:
    """(label, text, source) of the entities after the pass, from one model mention per (surface, label,
    occurrence)."""
    article = segmented(text)
    found = [
        Entity(f"e{i}", label, s, (find_span(article.text, s, n),), source="model")
        for i, (s, label, n) in enumerate(tagged)
    ]
    stems = [w.stem for w in RoleFinder(article).words]
    out = quoted_orgs(article.text, article.tokens, stems, found, "quoted")
    return [(e.label, article.text[e.mentions[0].start : e.mentions[0].end], e.source) for e in out]


def test_a_country_inside_a_sites_quoted_name_is_no_mention_of_the_country() -> None:
    # "…, as the site "Mada Masr" reported": مصر is a word of the site's name, not Egypt.
    text = 'أضرب العمال عن العمل، وفق ما أفاد موقع "مدى مصر".'
    assert _quoted(text, [("مصر", "LOC", 0)]) == [("ORG", "مدى مصر", "quoted")]


def test_a_quoted_name_the_model_missed_is_added_and_its_repeat_relabelled() -> None:
    # "… the channel "Al-Mayadeen" said; Al-Mayadeen added": the bare repeat the model called MISC is the
    # channel; a party's quoted name is left to the model (حزب: see HEADS).
    text = 'وقالت قناة "الميادين" إن القصف استمر. وأضافت الميادين أن حزب "الوطن" رفض.'
    assert _quoted(text, [("الميادين", "MISC", 1)]) == [
        ("ORG", "الميادين", "quoted"),
        ("ORG", "الميادين", "model"),
    ]


def test_no_name_after_a_possessed_head_a_long_quote_or_a_mention_running_out() -> None:
    # "his party "…"" (a pronoun on the head), a quoted phrase of six words, and a mention that reaches
    # outside the marks are all left as they are.
    text = (
        'وقال إن حزبه "الوطن" باق. ونشرت صحيفة "لن نترك أرضنا مهما طال الزمن" مقالا. '
        'وتابعت قناة "الجزيرة" مباشر.'
    )
    tagged = [("الوطن", "LOC", 0), ('الجزيرة" مباشر', "ORG", 0)]
    assert _quoted(text, tagged) == [("LOC", "الوطن", "model"), ("ORG", 'الجزيرة" مباشر', "model")]
