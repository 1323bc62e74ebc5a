"""Events, session 30 (E30b; issue #6, docs/events_history.md "Session 30 (E30b)"), on sentences of our own: a
ب-word the segmenter splits with a suffix read whole (B1), the genitive of a ب/ل phrase past a VSO subject
(B2r), a condemner (B2b) or a speaker (B3) who is no doer of the event after the verb, and حشد as a crowd or
the name of a force (B4)."""

from __future__ import annotations

import pytest

from tests.test_events_masdar30 import Sides, sides


def test_a_discussion_with_a_suffix_is_no_appeal() -> None:
    # "We discussed with the minister the situation in the region": بحثنا is "we discussed" (040), not
    # ب + حث + نا "by urging us" (020, an appeal)
    assert sides("بحثنا مع الوزير الأوضاع في المنطقة.") == [("040", None, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The minister denounced the killing of the journalists": the journalists, after بقتل past the
        # subject (no actor of its own), are what is denounced, not the denouncers
        ("ندد الوزير بقتل الصحفيين.", ("111", None, "الصحفيين")),
        # "The government spokesman praised the army's role": باسم "in the name of" opens no such phrase,
        # so the government still praises
        ("وأشاد المتحدث باسم الحكومة بدور الجيش.", ("051", "الحكومة", "الجيش")),
    ],
)
def test_the_genitive_of_a_phrase_past_the_subject_is_no_source(text: str, expected: Sides) -> None:
    assert expected in sides(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The president denounced the killing of the journalists": he is not the killer
        ("ندد الرئيس بقتل الصحفيين.", ("190", None, "الصحفيين")),
        # "The army denounced the shelling of civilians": nor is the army the sheller (the attack's fallback
        # doer)
        ("ندد الجيش بقصف المدنيين.", ("195", None, "المدنيين")),
    ],
)
def test_a_condemner_is_no_doer_of_what_it_condemns(text: str, expected: Sides) -> None:
    assert expected in sides(text)


@pytest.mark.parametrize(
    "text",
    [
        # "The residents spoke of violent shelling"
        "تحدث الأهالي عن قصف عنيف.",
        # "The residents spoke of the aircraft shelling the quarter": the verb reading M1t restores keeps
        # no speaker as its doer
        "تحدث الأهالي عن قصف الطائرات للحي.",
    ],
)
def test_a_speaker_is_no_doer_of_the_event_spoken_of(text: str) -> None:
    assert [(code, source) for code, source, _ in sides(text)] == [("195", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The president spoke before a large crowd in the capital": a crowd, no mobilisation
        ("خطب الرئيس أمام حشد كبير في العاصمة.", []),
        # "A truck ran into a crowd in the market"
        ("صدمت شاحنة حشدا في السوق.", []),
        # "The commander of the Mobilisation said his forces are ready": الحشد names a force
        ("قال قائد الحشد إن قواته مستعدة.", []),
        # "The army mobilised its forces near the border": a mobilisation still
        ("وحشد الجيش قواته قرب الحدود.", [("154", "الجيش", "قواته")]),
    ],
)
def test_a_crowd_or_the_mobilisation_forces_is_no_mobilisation(text: str, expected: list[Sides]) -> None:
    assert sides(text) == expected


def test_the_crowd_named_again_is_no_mobilisation() -> None:
    # "A man ran over a crowd in the market. The police said the man hit the crowd on purpose": the later
    # الحشد is the crowd named before, no mobilisation (B4r)
    assert sides("دهس رجل حشدا في السوق. وقالت الشرطة إن الرجل صدم الحشد عمدا.") == []
