"""Session 28b (Q28b) rules (bench/gold/QUOTES_SESSION28b.md; issue #5), on own sentences."""

from __future__ import annotations

import pytest

from tests.test_quotes_cases import Said, quotes_said


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "The commission concluded on Wednesday that the gas was used in an attack on the town."
        (
            "وتوصلت اللجنة الأربعاء إلى أن الغاز استخدم في هجوم على البلدة.",
            {},
            [("indirect", "الغاز استخدم في هجوم على البلدة", "اللجنة", "توصل", None)],
        ),
        # "The Health Organisation concluded, after months of inquiry, that the water was polluted."
        (
            "وخلصت منظمة الصحة، بعد أشهر من التحقيق، إلى أن المياه كانت ملوثة.",
            {"منظمة الصحة": "ORG"},
            [("indirect", "المياه كانت ملوثة", "منظمة الصحة", "خلص", None)],
        ),
    ],
)
def test_concluded_that_is_a_report(text: str, names: dict[str, str], want: list[Said]) -> None:
    assert quotes_said(text, names) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "The two sides reached an agreement to stop the fire.": توصل without إلى أن reports nothing.
        ("وتوصل الطرفان إلى اتفاق لوقف إطلاق النار.", []),
        # "Results that the agencies reached showed that the plan failed.": the relative's إليها.
        ("وأظهرت نتائج توصلت إليها الأجهزة إلى أن الخطة فشلت.", []),
    ],
)
def test_reaching_something_is_no_report(text: str, want: list[Said]) -> None:
    assert quotes_said(text, {}) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "Local media reported that the group controlling the city, reached an agreement with the
        # government.": the verb after the comma is the content's predicate, the content goes on.
        (
            "وذكرت وسائل إعلام محلية أن الجماعة المسيطرة على المدينة، توصلت إلى اتفاق مع الحكومة.",
            [
                (
                    "indirect",
                    "الجماعة المسيطرة على المدينة، توصلت إلى اتفاق مع الحكومة",
                    "وسائل إعلام محلية",
                    "ذكر",
                    "وسائل إعلام محلية",
                )
            ],
        ),
        # "The prosecutor announced that the inquiries into the tourists' death, concluded that the cause
        # was heart failure.": a report nested in the prosecutor's, one quote.
        (
            "وأعلن النائب العام أن التحقيقات في وفاة السائحين، توصلت إلى أن سبب الوفاة هو توقف القلب.",
            [
                (
                    "indirect",
                    "التحقيقات في وفاة السائحين، توصلت إلى أن سبب الوفاة هو توقف القلب",
                    "النائب العام",
                    "أعلن",
                    None,
                )
            ],
        ),
    ],
)
def test_concluding_after_a_comma_goes_on_the_content(text: str, want: list[Said]) -> None:
    assert quotes_said(text, {}) == want


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "But Russia denies its involvement in any attack on the spy, contradicting the minister's words."
        (
            "لكن روسيا تنكر ضلوعها في أي هجوم على الجاسوس، منافية بذلك تصريحات الوزير.",
            {"روسيا": "LOC"},
            [("indirect", "ضلوعها في أي هجوم على الجاسوس", "روسيا", "أنكر", None)],
        ),
        # "While Tehran, as usual, denied its role in the plot, the documents reveal a long history."
        (
            "وبينما أنكرت طهران كالعادة ضلوعها في المخطط، تكشف الوثائق تاريخا طويلا.",
            {"طهران": "LOC"},
            [("indirect", "ضلوعها في المخطط", "طهران", "أنكر", None)],
        ),
        # "The governor denied the accusations of fraud, which the woman made before the committee."
        (
            "ونفى المحافظ سالم عمران الاتهامات بالاحتيال، التي قدمتها المرأة أمام اللجنة.",
            {"سالم عمران": "PER"},
            [("indirect", "الاتهامات بالاحتيال", "سالم عمران", "نفى", None)],
        ),
    ],
)
def test_denied_noun_phrase_ends_before_a_new_clause(
    text: str, names: dict[str, str], want: list[Said]
) -> None:
    assert quotes_said(text, names) == want


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "A man who turned his back on everyone who stood by him.": تنكّر لـ "disowned", no denial.
        ("وهذه نهاية متوقعة لرجل تنكر لكل من وقف معه.", {}, []),
        # "The minister denied handing any recording to any party, about the missing journalist.": the
        # object goes on past a comma before a mere phrase.
        (
            "ونفى الوزير سالم عمران تسليم أي تسجيل لأي طرف، بشأن الصحفي المفقود.",
            {"سالم عمران": "PER"},
            [("indirect", "تسليم أي تسجيل لأي طرف، بشأن الصحفي المفقود", "سالم عمران", "نفى", None)],
        ),
    ],
)
def test_denial_guards(text: str, names: dict[str, str], want: list[Said]) -> None:
    assert quotes_said(text, names) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "Military sources reported on Saturday the killing of dozens of soldiers in an ambush."
        (
            "وأفادت مصادر عسكرية السبت بمقتل عشرات الجنود في كمين قرب المدينة.",
            [("indirect", "مقتل عشرات الجنود في كمين قرب المدينة", "مصادر عسكرية", "أفاد", None)],
        ),
        # "The army spokesman reported a rocket falling near the border.": not the ب of باسم.
        (
            "وأفاد المتحدث باسم الجيش بسقوط صاروخ قرب الحدود.",
            [("indirect", "سقوط صاروخ قرب الحدود", "المتحدث باسم الجيش", "أفاد", None)],
        ),
    ],
)
def test_reported_with_b_and_a_noun_phrase(text: str, want: list[Said]) -> None:
    assert quotes_said(text, {}) == want


@pytest.mark.parametrize(
    "text",
    [
        # "This is information indicating an explosion.": تفيد "indicates", a document's.
        "وهذه معلومات تفيد بوقوع انفجار في الميناء.",
        # "This is what the witnesses reported.": the ب with a pronoun.
        "وهذا ما أفاد به الشهود.",
        # "The doctors announced the strike, as a spokesman on their behalf said on Monday."
        "وأعلن الأطباء الإضراب، كما أفاد متحدث باسمهم، الاثنين.",
    ],
)
def test_reported_with_b_guards(text: str) -> None:
    assert [q for q in quotes_said(text, {}) if q[3] == "أفاد"] == []


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "The Interior Minister, Prince Fahd Salem, affirmed the kingdom's rejection of the false
        # accusations.": أكد + a noun phrase after a named subject.
        (
            "أكد وزير الداخلية، الأمير فهد سالم رفض المملكة للاتهامات الزائفة.",
            {"فهد سالم": "PER"},
            [("indirect", "رفض المملكة للاتهامات الزائفة", "فهد سالم", "أكد", None)],
        ),
    ],
)
def test_affirmed_noun_phrase_after_a_name(text: str, names: dict[str, str], want: list[Said]) -> None:
    assert quotes_said(text, names) == want


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # "Officials affirmed their country's commitment to the studies.": an unnamed subject phrase.
        ("وأكد المسؤولون التزام بلادهم بالدراسات الفنية.", {}),
        # "The minister Fahd Salem affirmed, stressing the importance of the talks.": a participle's object.
        ("وصل الوزير فهد سالم إلى العاصمة مؤكدا أهمية المحادثات.", {"فهد سالم": "PER"}),
        # "Fahd Salem affirmed firmly the recapture of the airport.": بشكل قاطع is how, not what.
        ("وأكد فهد سالم بشكل قاطع استعادة المطار.", {"فهد سالم": "PER"}),
    ],
)
def test_affirmed_noun_phrase_guards(text: str, names: dict[str, str]) -> None:
    assert [q for q in quotes_said(text, names) if q[3] == "أكد"] == []


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "But Myanmar strongly denied the claims of the United States that it is carrying out a cleansing."
        (
            "لكن ميانمار نفت بشدة مزاعم الولايات المتحدة بأنها تقوم بعملية تطهير.",
            {"ميانمار": "LOC", "الولايات المتحدة": "LOC"},
            [("indirect", "مزاعم الولايات المتحدة بأنها تقوم بعملية تطهير", "ميانمار", "نفى", None)],
        ),
        # "The army denied the accusations of ethnic cleansing."
        (
            "ونفى الجيش البورمي اتهامات التطهير العرقي.",
            {"الجيش البورمي": "ORG"},
            [("indirect", "اتهامات التطهير العرقي", "الجيش البورمي", "نفى", None)],
        ),
    ],
)
def test_denied_claims_are_the_denial(text: str, names: dict[str, str], want: list[Said]) -> None:
    assert quotes_said(text, names) == want


def test_a_preposition_inside_a_name_is_no_complement() -> None:
    # "Brigadier Hassan Amiri, the former minister of the interior of the country and adviser to the
    # leader Ali Khamenei for military affairs, affirmed on Thursday that the army is ready.": علي of the
    # name is no على.
    text = (
        "أكد العميد حسن أميري وزير الداخلية الإيراني السابق مستشار المرشد علي خامنئي للشؤون العسكرية، "
        "الخميس، أن الجيش مستعد."
    )
    names = {"حسن أميري": "PER", "علي خامنئي": "PER"}
    assert quotes_said(text, names) == [("indirect", "الجيش مستعد", "حسن أميري", "أكد", None)]
