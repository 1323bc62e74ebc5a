"""Events, session 21 (issue #6), each case on sentences of our own: protests the gate keeps whatever its
score (events_crowds.crowd_frame: a crowd going out past time words or after a particle, protests
breaking out, a protest noun with a verb of its happening, the periphrastic قام ب, protesters opening a
protest), and a protest purpose of an urged act (events_modality.urged)."""

from __future__ import annotations

import pytest

from marsad.events_gate import LogisticGate
from marsad.stages.events import Events
from tests.test_events import actors, build, codes

# A gate that drops every sentence it is asked about: only the frames it keeps whatever its score pass.
_SHUT = LogisticGate(
    {kind: {"members": [{"weights": {}, "bias": -30.0}], "threshold": 0.5} for kind in ("ASSAULT", "PROTEST")}
)


def protests(text: str) -> list[str]:
    """The protest codes (root 14) the stage keeps behind the shut gate."""
    return [e.cameo for e in Events(_SHUT)(build(text)).events if e.cameo[:2] == "14"]


@pytest.mark.parametrize(
    "text",
    [
        # "Hundreds of residents gathered on Friday evening in front of the town hall in protest at the water
        # cuts": three time words between the verb and its counted crowd
        "وتجمع مساء يوم الجمعة مئات السكان أمام مقر البلدية احتجاجا على انقطاع المياه.",
        # "Then dozens of protesters massed yesterday evening near the station": the clause opens after ثم
        "ثم احتشد عشرات المحتجين مساء أمس قرب المحطة.",
        # "In the coastal city, protests broke out yesterday evening over rising prices": an indefinite
        # protest noun after a verb of its happening, past the time words
        "وفي المدينة الساحلية، اندلعت مساء أمس احتجاجات على ارتفاع الأسعار.",
        # "The sit-in strikers demonstrated in front of the governorate building, rejecting the closure
        # decision": قام + a crowd + ب + a protest masdar
        "وقام المعتصمون بالتظاهر أمام مبنى المحافظة رفضا لقرار الإغلاق.",
        # "Residents reported that a large demonstration set out from the university square towards the
        # government's seat": an indefinite protest noun, an adjective, then a verb of its happening
        "وأفاد سكان بأن مظاهرة حاشدة انطلقت من ساحة الجامعة نحو مقر الحكومة.",
        # "Security forces broke up a demonstration organised by the university's students near the ministry"
        "وفرقت قوات الأمن مظاهرة نظمها طلاب الجامعة قرب الوزارة.",
        # "The protesters staged a sit-in in front of the town hall, rejecting the new taxes": the protesters
        # as the subject of the protest's onset, no day needed (P6)
        "ونفذ المحتجون اعتصاما أمام مبنى البلدية رفضا للضرائب الجديدة.",
        # "The demonstrators gathered near the main bridge raising flags"
        "وتجمع المتظاهرون قرب الجسر الرئيسي رافعين الأعلام.",
    ],
)
def test_a_plain_protest_report_passes_a_shut_gate(text: str) -> None:
    assert protests(text) == ["141"]


@pytest.mark.parametrize(
    "text",
    [
        # "The protests broke out yesterday over rising prices": definite, looked back at; the gate decides
        "واندلعت المظاهرات أمس بسبب ارتفاع الأسعار.",
        # "The protesters threw stones at the police": قام ب with another masdar, no protest told by it
        "وقام المتظاهرون بإلقاء الحجارة على الشرطة.",
        # "Witnesses told how dozens of protesters massed yesterday evening": the verb opens no clause
        "وروى شهود كيف احتشد مساء أمس عشرات المحتجين قرب المحطة.",
        # "If the demonstrators gather near the bridge, the police will step in": a condition
        "وإذا تجمع المتظاهرون قرب الجسر فستتدخل الشرطة.",
        # "The leader recalled the small numbers during a demonstration the union organised ten years ago": in
        # a prepositional phrase, looked back at
        "وتذكر القيادي قلة العدد خلال مظاهرة نظمتها النقابة قبل عشر سنوات.",
        # "The capital has not seen a demonstration of this size take place for years": denied
        "ولم تشهد العاصمة مظاهرة جرت بهذا الحجم منذ سنوات.",
        # "The minister said that every demonstration that took place in the country was peaceful": generic
        "وقال الوزير إن كل مظاهرة جرت في البلاد كانت سلمية.",
        # "The last demonstration the city saw was two years ago": looked back at
        "وكانت آخر مظاهرة شهدتها المدينة قبل عامين.",
        # "Witnesses said that the riots broke out near the port on Saturday evening": a construct with a
        # definite genitive is definite, no protest told as new; the gate decides
        "وقال الشهود إن أعمال الشغب اندلعت قرب الميناء مساء السبت.",
        # "A demonstration, held last summer, was the largest": a comma, not an adjective, between
        "وكانت مظاهرة، جرت في الصيف الماضي، هي الأكبر.",
        # "During the year the city saw several demonstrations, all of which went calmly": a quantifier
        "وشهدت المدينة خلال العام عدة مظاهرات جرت كلها بهدوء.",
    ],
)
def test_other_protest_sentences_are_left_to_the_gate(text: str) -> None:
    assert protests(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The president urged the deputies to boycott the session in protest at the postponed elections":
        # an urged act; no protest told
        ("وحث الرئيس النواب على مقاطعة الجلسة احتجاجا على تأجيل الانتخابات.", []),
        # "The deputies boycotted the session in protest at the postponed elections": done
        ("وقاطع النواب الجلسة احتجاجا على تأجيل الانتخابات.", ["143"]),
    ],
)
def test_a_protest_purpose_of_an_urged_act_is_not_done(text: str, expected: list[str]) -> None:
    assert [c for c in codes(text) if c[:2] == "14"] == expected


# Session 20's leftovers and an ASSAULT count, on sentences of our own.


def test_an_attack_the_media_criticise_is_not_theirs() -> None:
    # "The Egyptian media criticised the attack on the church in Alexandria": the critics are no attackers
    # (events_links.CONDEMN_LEMMAS holds انتقد)
    assert actors("وانتقدت وسائل الإعلام المصرية الهجوم على الكنيسة في الإسكندرية.") == [
        ("111", "EGYMED", "REL"),
        ("190", None, "REL"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The government announced its categorical rejection of the accusations": القاطع is an adjective
        ("وأعلنت الحكومة رفضها القاطع للاتهامات.", ["120", "112"]),
        # "The government rejected the accusations categorically": قاطعا after an accusative masdar
        ("ورفضت الحكومة الاتهامات رفضا قاطعا.", ["120", "112", "120"]),
        # "The opposition boycotted the elections": the verb stays a boycott
        ("وقاطعت المعارضة الانتخابات.", ["143"]),
    ],
)
def test_categorical_is_no_boycott(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "That was the fifth bombing to strike the market since the summer": a count of attacks
        ("وكان هذا خامس تفجير يضرب السوق منذ الصيف.", []),
        # "It is the seventh raid on the town since the start of the month": هي between
        ("وهذه هي سابع غارة على البلدة منذ مطلع الشهر.", []),
        # "Gunmen carried out a second attack on the checkpoint within a week": no demonstrative, told
        ("ونفذ مسلحون ثاني هجوم على الحاجز خلال أسبوع.", ["190"]),
        # "That was the fifth bombing with an explosive device near the bridge since the summer": the device
        # is the counted attack's (A1b)
        ("وكان هذا خامس تفجير بعبوة ناسفة قرب الجسر منذ الصيف.", []),
        # "This is the third attack on the checkpoint; a car bomb's explosion yesterday killed two soldiers":
        # after the comma, a new report
        ("وهذا ثالث هجوم على الحاجز، وأدى انفجار سيارة مفخخة أمس إلى مقتل جنديين.", ["183", "1832", "190"]),
    ],
)
def test_this_is_the_nth_attack_counts_it(text: str, expected: list[str]) -> None:
    assert [c for c in codes(text) if c[:2] in ("18", "19", "20")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The report spoke of rising labour protests in the industrial cities": a trend, no protest told
        ("وتحدث التقرير عن تزايد الاحتجاجات العمالية في المدن الصناعية.", []),
        # "Experts warned of escalating strikes in the transport sector"
        ("وحذر الخبراء من تصاعد الإضرابات في قطاع النقل.", []),
        # "… rising protests and strikes in the industrial cities": the trend governs both nouns
        ("وتحدث التقرير عن تزايد الاحتجاجات والإضرابات في المدن الصناعية.", []),
        # "As the protests went on in the capital, the government declared a state of emergency": going on
        # is no trend word; the protest stays
        ("ومع استمرار الاحتجاجات في العاصمة، أعلنت الحكومة حالة الطوارئ.", ["141", "1724"]),
    ],
)
def test_protests_named_as_a_trend_are_not_told(text: str, expected: list[str]) -> None:
    assert codes(text) == expected
