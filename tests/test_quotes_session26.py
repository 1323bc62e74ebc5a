"""Session 26 rules (bench/gold/QUOTES_SESSION26.md; issue #5), on own sentences."""

from __future__ import annotations

import pytest

from marsad.quotes_institutions import institution_spans
from tests.test_quotes import build
from tests.test_quotes_cases import Said, quotes_said


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "And Sami Nour said that the officials of the company are discussing the details with the ministry:
        # 'as though nothing had happened'.": the colon closes the reported clause, whose words the marks are.
        (
            'وقال سامي نور إن المسؤولين في الشركة يناقشون التفاصيل مع الوزارة: "وكأن الأمر لم يقع قط".',
            {"سامي نور": "PER"},
            [
                (
                    "indirect",
                    'المسؤولين في الشركة يناقشون التفاصيل مع الوزارة: "وكأن الأمر لم يقع قط"',
                    "سامي نور",
                    "قال",
                    None,
                )
            ],
        ),
        # "And the minister Sami Nour said that because of the rain: 'we could not reach the village'."
        (
            'وقال الوزير سامي نور إنه بسبب المطر: "لم نتمكن من الوصول إلى القرية".',
            {"سامي نور": "PER"},
            [("indirect", 'بسبب المطر: "لم نتمكن من الوصول إلى القرية"', "سامي نور", "قال", None)],
        ),
    ],
)
def test_marks_after_a_colon_inside_a_that_clause(text: str, names: dict[str, str], want: list[Said]) -> None:
    assert quotes_said(text, names) == want


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "And Sami Nour said that: 'the work is over'.": a colon right after إن is the direct quote's cue.
        (
            'وقال سامي نور إن: "العمل انتهى تماما".',
            {"سامي نور": "PER"},
            [("direct", "العمل انتهى تماما", "سامي نور", "قال", None)],
        ),
        # "And the station CNN quoted a Western diplomat as saying: 'we asked them to leave quickly'":
        # قوله "his saying" before the colon, though إن stands between (the letters of a channel's name).
        (
            'ونقلت محطة سي إن إن عن دبلوماسي غربي قوله: "طلبنا منهم الرحيل سريعا".',
            {"سي إن إن": "ORG"},
            [("direct", "طلبنا منهم الرحيل سريعا", "دبلوماسي غربي", "قال", "سي إن إن")],
        ),
        # "And Sami Nour, known as the closest of the ministers to the president, said: 'we will not resign'":
        # بأنه of "known as" is no complement of قال.
        (
            'وقال سامي نور المعروف بأنه أقرب الوزراء إلى الرئيس: "لن نستقيل من الحكومة".',
            {"سامي نور": "PER"},
            [("direct", "لن نستقيل من الحكومة", "سامي نور", "قال", None)],
        ),
    ],
)
def test_colon_after_that_or_saying_stays_direct(text: str, names: dict[str, str], want: list[Said]) -> None:
    assert quotes_said(text, names) == want


def test_two_word_title_before_a_set_off_description_and_name() -> None:
    # "And the secretary-general of the national development commission, which belongs to the ministry of
    # social affairs, Sami Nour, made clear that the project will be finished this year.": the name set
    # off after the body's description speaks, though no mention tags the body.
    text = (
        "وأوضح أمين عام الهيئة الوطنية للتنمية، التابعة لوزارة الشؤون الاجتماعية، سامي نور، "
        "أن المشروع سيكتمل هذا العام."
    )
    assert quotes_said(text, {"سامي نور": "PER"}) == [
        ("indirect", "المشروع سيكتمل هذا العام", "سامي نور", "أوضح", None)
    ]


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "And the president Sami Nour held the government 'the full responsibility' for what happened."
        (
            'وحمّل الرئيس سامي نور الحكومة "المسؤولية الكاملة" عما حدث.',
            {"سامي نور": "PER"},
            [("direct", "المسؤولية الكاملة", "سامي نور", "حمل", None)],
        ),
        # "But the presidency held, according to the official agency, the movement 'responsible for the
        # cowardly attack on the convoy'."
        (
            'لكن الرئاسة حملت، حسب الوكالة الرسمية، الحركة "المسؤولية عن الهجوم الجبان على الموكب".',
            {"الرئاسة": "ORG"},
            [("direct", "المسؤولية عن الهجوم الجبان على الموكب", "الرئاسة", "حمل", "الوكالة الرسمية")],
        ),
    ],
)
def test_held_responsible_in_marks(text: str, names: dict[str, str], want: list[Said]) -> None:
    assert quotes_said(text, names) == want


@pytest.mark.parametrize(
    "text",
    [
        # "And the president Sami Nour held the government the full responsibility for what happened.": no
        # marks, an act (as اتهم X بـ + a plain noun phrase).
        "وحمّل الرئيس سامي نور الحكومة المسؤولية الكاملة عما حدث.",
        # "And the protesters carried banners 'leave now' in the square.": حمل "carried".
        'وحمل المتظاهرون لافتات "ارحلوا الآن" في الساحة.',
    ],
)
def test_held_or_carried_without_responsibility_in_marks_is_no_quote(text: str) -> None:
    assert quotes_said(text, {"سامي نور": "PER"} if "سامي" in text else {}) == []


def test_a_body_with_its_adjective_after_but_is_a_named_speaker() -> None:
    # "But the German government stressed that the investigators have found no proof yet.": the definite body
    # before the verb, after لكن, is a named speaker (as after كان or أن).
    text = "لكن الحكومة الألمانية أكدت أن المحققين لم يجدوا برهانا بعد."
    article = build(text)
    assert [article.span_text(s) for s in institution_spans(article)] == ["الحكومة الألمانية"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "The Syrian air defences confronted at dawn on Sunday what they described as a 'strange object'
        # that they said had entered the airspace.": the body after the sentence's first verb speaks for
        # the pro-dropped وصفته and قالت.
        (
            'تصدت الدفاعات الجوية السورية، فجر الأحد، لما وصفته بـ"جسم غريب" قالت إنه دخل المجال.',
            ["الدفاعات الجوية السورية"],
        ),
        # "The Italian government held the company at fault and demanded resignations."
        ("وحملت الحكومة الإيطالية الشركة الخطأ، وطالبت باستقالات فورية.", ["الحكومة الإيطالية"]),
        # "The Turkish forces intervened to end the clashes, according to the observatory, which reported
        # that the police were sent.": the verb after الذي is the observatory's.
        ("وتدخلت القوات التركية لفض المواجهات، وفق المرصد الذي ذكر أن الشرطة أرسلت.", []),
        # "The British police arrested a man who claimed he carried explosives.": زعم after an indefinite
        # noun is that man's.
        ("اعتقلت الشرطة البريطانية رجلا زعم أن معه متفجرات.", []),
    ],
)
def test_body_opening_the_sentence_speaks_for_its_dropped_report(text: str, want: list[str]) -> None:
    article = build(text)
    assert [article.span_text(s) for s in institution_spans(article)] == want


def test_no_quoted_outlet_name_across_a_sentence() -> None:
    # "The minister Sami Nour said the campaign targets 'Riyadh and its standing', as he put it. ¶ He added:
    # 'we stand against politicisation.' ¶ Twitter suspended accounts, but the site made clear that it has
    # no proof of their backing.": «، حسب قوله. وأضاف:» after ومكانتها" is no site's quoted name, so
    # الموقع has no outlet to stand for.
    text = (
        'وقال الوزير سامي نور إن الحملة تستهدف "الرياض ومكانتها"، حسب قوله.\n\nوأضاف: "نقف ضد التسييس".'
        "\n\nوعلق تويتر عددا من الحسابات، لكن الموقع أوضح أنه لا يملك برهانا يثبت دعمها."
    )
    quotes = quotes_said(text, {"سامي نور": "PER", "تويتر": "ORG"})
    assert quotes[2] == ("indirect", "لا يملك برهانا يثبت دعمها", "الموقع", "أوضح", None)


def test_a_generic_body_after_but_stays_unnamed() -> None:
    # "But the local authorities said that the prisoners were released.": المحلية "local" names no one body
    # (only a nationality does, after لكن).
    article = build("لكن السلطات المحلية قالت إن السجناء أطلق سراحهم.")
    assert [article.span_text(s) for s in institution_spans(article)] == []
