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
        # "The two sides reached a settlement to stop the fighting.": توصل without إلى أن reports nothing.
        ("وتوصل الجانبان إلى تسوية لوقف القتال.", []),
        # "Results that the agencies reached showed that the plan failed.": the relative's إليها.
        ("وأظهرت نتائج توصلت إليها الأجهزة إلى أن الخطة فشلت.", []),
    ],
)
def test_reaching_something_is_no_report(text: str, want: list[Said]) -> None:
    assert quotes_said(text, {}) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "Local papers reported that the factions stationed in the town, reached an understanding with the
        # government.": the verb after the comma is the content's predicate, the content goes on.
        (
            "وذكرت صحف محلية أن الفصائل المتمركزة في البلدة، توصلت إلى تفاهم مع الحكومة.",
            [
                (
                    "indirect",
                    "الفصائل المتمركزة في البلدة، توصلت إلى تفاهم مع الحكومة",
                    "صحف محلية",
                    "ذكر",
                    "صحف محلية",
                )
            ],
        ),
        # "The prosecutor announced that the committees of inquiry into the ferry's sinking, concluded that
        # the technical fault was the cause.": a report nested in the prosecutor's, one quote.
        (
            "وأعلن المدعي العام أن لجان التحقيق في غرق العبارة، توصلت إلى أن العطل الفني هو السبب.",
            [
                (
                    "indirect",
                    "لجان التحقيق في غرق العبارة، توصلت إلى أن العطل الفني هو السبب",
                    "المدعي العام",
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
        # "But Russia denies its part in poisoning the defector, contradicting the government's account."
        (
            "لكن روسيا تنكر مشاركتها في تسميم المنشق، مخالفة بذلك رواية الحكومة.",
            {"روسيا": "LOC"},
            [("indirect", "مشاركتها في تسميم المنشق", "روسيا", "أنكر", None)],
        ),
        # "While Damascus, as usual, denied any link to the bombing, the leaked letters show the opposite."
        (
            "وبينما أنكرت دمشق كالعادة أي صلة بالتفجير، تظهر الرسائل المسربة عكس ذلك.",
            {"دمشق": "LOC"},
            [("indirect", "أي صلة بالتفجير", "دمشق", "أنكر", None)],
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
        # "He is a politician who turned his back on his old comrades after his win.": تنكّر لـ, no denial.
        ("وهو سياسي تنكر لرفاقه القدامى بعد فوزه.", {}, []),
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
        # "Security sources reported on Sunday people wounded in a bomb blast near the market."
        (
            "وأفادت مصادر أمنية الأحد بسقوط جرحى في انفجار عبوة قرب السوق.",
            [("indirect", "سقوط جرحى في انفجار عبوة قرب السوق", "مصادر أمنية", "أفاد", None)],
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
        # "The nurses began a strike, as a spokesman on their behalf said on Thursday."
        "وبدأ الممرضون إضرابا، كما أفاد ناطق باسمهم، الخميس.",
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
        # "But Colombia strongly denied the claims of Venezuela that it backs armed groups."
        (
            "لكن كولومبيا نفت بشدة مزاعم فنزويلا بأنها تدعم جماعات مسلحة.",
            {"كولومبيا": "LOC", "فنزويلا": "LOC"},
            [("indirect", "مزاعم فنزويلا بأنها تدعم جماعات مسلحة", "كولومبيا", "نفى", None)],
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
    # "Major General Hassan Amiri, the former Iraqi police chief and adviser to the president Ali Karimi for
    # security affairs, affirmed on Thursday that the forces are ready.": علي of the name is no على.
    text = (
        "أكد اللواء حسن أميري قائد الشرطة العراقي الأسبق مستشار الرئيس علي كريمي للشؤون الأمنية، "
        "الخميس، أن القوات مستعدة."
    )
    names = {"حسن أميري": "PER", "علي كريمي": "PER"}
    assert quotes_said(text, names) == [("indirect", "القوات مستعدة", "حسن أميري", "أكد", None)]
