"""A person's name the model ran into the organisation before it (marsad.entity_tails), and an
organisation whose ل ate its article's alif keeping its agent code (marsad.stages.actors)."""

from __future__ import annotations

import dataclasses

from marsad.article import Entity
from marsad.entity_places import PlaceNames
from marsad.entity_tails import split_person_tails
from marsad.roles import RoleFinder
from marsad.stages.actors import Actors
from tests.conftest import find_span
from tests.test_entities_stage import segmented

PLACES = PlaceNames(["بنغازي", "طرابلس"])


def _split(text: str, tagged: str, label: str = "ORG") -> list[tuple[str, str]]:
    """(label, text) of the entities after the pass, from one model mention `tagged`."""
    article = segmented(text)
    found = [Entity("e0", label, tagged, (find_span(text, tagged),), source="model")]
    stems = [w.stem for w in RoleFinder(article).words]
    starts = [t.start for t in article.tokens]
    out = split_person_tails(text, article.tokens, found, stems, starts, PLACES, "model")
    return [(e.label, text[e.mentions[0].start : e.mentions[0].end]) for e in out]


def test_a_name_after_a_bodys_definite_words_is_a_person() -> None:
    # "The interior minister in the national unity government Imad Trabelsi said"
    text = "وقال وزير الداخلية في حكومة الوحدة الوطنية عماد الطرابلسي إن الوضع هادئ."
    assert _split(text, "الوحدة الوطنية عماد الطرابلسي") == [
        ("ORG", "الوحدة الوطنية"),
        ("PER", "عماد الطرابلسي"),
    ]


def test_no_split_of_a_place_a_construct_noun_or_a_person() -> None:
    # "Al-Ahli Benghazi club" (a place in the name), "the general federation of Egypt's workers' unions"
    # (ل-phrases), "the national council of the revolution" (a construct noun), and a PER mention.
    assert _split("فاز النادي الأهلي بنغازي أمس.", "النادي الأهلي بنغازي") == [
        ("ORG", "النادي الأهلي بنغازي")
    ]
    text = "رفض الاتحاد العام لنقابات عمال مصر الإضراب."
    assert _split(text, "الاتحاد العام لنقابات عمال مصر") == [("ORG", "الاتحاد العام لنقابات عمال مصر")]
    text = "أعلن الحزب الحاكم مجلس قيادة الثورة."
    assert _split(text, "الحزب الحاكم مجلس قيادة") == [("ORG", "الحزب الحاكم مجلس قيادة")]
    text = "وقال الوحدة الوطنية عماد الطرابلسي."
    assert _split(text, "الوحدة الوطنية عماد الطرابلسي", "PER") == [("PER", "الوحدة الوطنية عماد الطرابلسي")]


def _coded(text: str, mention: str, name: str) -> tuple[str | None, str | None]:
    """(country, actor code) the actors stage gives one ORG entity of mention text `mention` named `name`."""
    span = find_span(text, mention)
    entity = Entity("e0", "ORG", name, (span,), source="test")
    article = dataclasses.replace(segmented(text), entities=(entity,))
    coded = Actors(None).code(article, RoleFinder(article), entity)
    return coded.country, coded.actor_code


def test_an_organisation_whose_lam_ate_the_alif_keeps_its_agent() -> None:
    # "… the general commander of the Libyan National Army": للجيش is ل + لجيش; the army is MIL.
    text = "استقبل القائد العام للجيش الوطني الليبي الوفد."
    assert _coded(text, "لجيش الوطني الليبي", "الجيش الوطني الليبي") == ("LBY", "LBYMIL")


def test_an_unlisted_outlet_named_after_its_type_noun_is_media() -> None:
    # "…, as the site "Mada Masr" reported": no lexicon lists it; the type noun says it is an outlet.
    text = 'أضرب العمال عن العمل، وفق ما أفاد موقع "مدى مصر".'
    assert _coded(text, "مدى مصر", "مدى مصر") == ("EGY", "EGYMED")
