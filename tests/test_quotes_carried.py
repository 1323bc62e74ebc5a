"""Relays found in session 15 by probing relay phrasings on own sentences: an outlet that carried a statement
or recording (بثته قناة X، نشرته وكالة Y), the subject of a publishing verb whose object the speaker spoke in
(قال فيها), an interview by phone (اتصال). Each case fails before its rule; the guards pass before and after
(QUOTES.md: a via only where the quote's sentence names it)."""

from __future__ import annotations

import pytest

from tests.test_quotes_cases import run, said

CASES = [
    # "In a video recording broadcast by Al-Rafidain channel, minister Kamal Nasser said the truce holds."
    (
        "وفي تسجيل مصور بثته قناة الرافدين، قال الوزير كمال ناصر إن الهدنة صامدة.",
        {"كمال ناصر": "PER", "الرافدين": "ORG"},
        [("indirect", "الهدنة صامدة", "كمال ناصر", "قال", "الرافدين")],
    ),
    # "In a statement published by the Sahel news agency, the army said it took the hill." (a statement)
    (
        "وفي بيان نشرته وكالة أنباء الساحل، قال الجيش إنه سيطر على التلة.",
        {"الجيش": "ORG", "وكالة أنباء الساحل": "ORG"},
        [("indirect", "سيطر على التلة", "الجيش", "قال", "وكالة أنباء الساحل")],
    ),
    # "The government said it closed the crossings, according to a statement carried by the Sahel agency."
    (
        "وقالت الحكومة إنها أغلقت المعابر، وفق بيان أوردته وكالة أنباء الساحل.",
        {"الحكومة": "ORG", "وكالة أنباء الساحل": "ORG"},
        [("indirect", "أغلقت المعابر", "الحكومة", "قال", "وكالة أنباء الساحل")],
    ),
    # "The paper Al-Manara published an interview with Kamal Nasser in which he said talks will resume."
    (
        'ونشرت صحيفة "المنارة" مقابلة مع كمال ناصر قال فيها إن المحادثات ستستأنف.',
        {"كمال ناصر": "PER", "المنارة": "ORG"},
        [("indirect", "المحادثات ستستأنف", "كمال ناصر", "قال", "المنارة")],
    ),
    # "In a phone call with Al-Rafidain channel, Kamal Nasser said the road is open."
    (
        "وفي اتصال هاتفي مع قناة الرافدين، قال كمال ناصر إن الطريق مفتوح.",
        {"كمال ناصر": "PER", "الرافدين": "ORG"},
        [("indirect", "الطريق مفتوح", "كمال ناصر", "قال", "الرافدين")],
    ),
]


GUARDS = [
    # A pro-dropped relay verb names no relay in its sentence: "The Relief Committee said the camps are full.
    # It quoted one of the displaced as saying water is scarce."
    (
        "وقالت لجنة الإغاثة إن المخيمات ممتلئة. ونقلت عن أحد النازحين قوله إن المياه شحيحة.",
        {"لجنة الإغاثة": "ORG"},
        [
            ("indirect", "المخيمات ممتلئة", "لجنة الإغاثة", "قال", None),
            ("indirect", "المياه شحيحة", "أحد النازحين", "قال", None),
        ],
    ),
    # A person's pro-dropped relay verb makes no via: "Kamal Nasser said the truce holds. He quoted the
    # president as saying the army is ready."
    (
        "وقال كمال ناصر إن الهدنة صامدة. ونقل عن الرئيس قوله إن الجيش مستعد.",
        {"كمال ناصر": "PER"},
        [
            ("indirect", "الهدنة صامدة", "كمال ناصر", "قال", None),
            ("indirect", "الجيش مستعد", "الرئيس", "قال", None),
        ],
    ),
    # A carried outlet inside another quote's content is no relay of the next verb: "Kamal Nasser said the
    # video Al-Rafidain broadcast is fake, and Samer Aoun affirmed that it is real."
    (
        "وقال كمال ناصر إن الفيديو الذي بثته قناة الرافدين مزيف، وأكد سامر عون أنه حقيقي.",
        {"كمال ناصر": "PER", "سامر عون": "PER", "الرافدين": "ORG"},
        [
            ("indirect", "الفيديو الذي بثته قناة الرافدين مزيف", "كمال ناصر", "قال", None),
            ("indirect", "حقيقي", "سامر عون", "أكد", None),
        ],
    ),
]


# A bare definite type noun with no quote's relay before it is the latest listed outlet of its medium named
# before (session 15; with a relay, that one, since session 9).
BARE_TYPE = [
    # "Al Jazeera interviewed minister Kamal Nasser. The minister told the channel the truce holds."
    (
        "أجرت قناة الجزيرة مقابلة مع الوزير كمال ناصر. وقال الوزير للقناة إن الهدنة صامدة.",
        {"كمال ناصر": "PER", "الجزيرة": "ORG"},
        [("indirect", "الهدنة صامدة", "كمال ناصر", "قال", "الجزيرة")],
    ),
    # "Reuters published photos of the port. According to the agency, minister Kamal Nasser said the port
    # reopened." (an opening cue is read before any speaker is)
    (
        "ونشرت وكالة رويترز صورا للميناء. وبحسب الوكالة، قال الوزير كمال ناصر إن الميناء فتح.",
        {"كمال ناصر": "PER", "رويترز": "ORG"},
        [("indirect", "الميناء فتح", "كمال ناصر", "قال", "رويترز")],
    ),
]


@pytest.mark.parametrize(("text", "entities", "want"), CASES + GUARDS + BARE_TYPE)
def test_carried_and_named_before_relays(
    text: str, entities: dict[str, str], want: list[tuple[str, str, str | None, str | None, str | None]]
) -> None:
    article, quotes = run(text, entities)
    assert [said(article, q) for q in quotes] == want
