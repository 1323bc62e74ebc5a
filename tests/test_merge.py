"""Merging NER mentions into one entity per real-world thing (marsad.merge) and the roles it reads."""

from __future__ import annotations

import re

import pytest

from marsad.arabic import fold
from marsad.article import Article, Entity, Span, Token
from marsad.merge import display_name, merge, person_contains
from marsad.roles import find_roles
from tests.conftest import find_span

_TOKEN = re.compile(r"\w+|[^\w\s]")


def tokenize(text: str) -> tuple[Token, ...]:
    """Whitespace/punctuation tokens with stem = whole token, like a segmenter that splits no clitics."""
    return tuple(
        Token(
            m.start(), m.end(), fold(m.group()), Span(m.start(), m.end()), is_punct=not m.group()[0].isalnum()
        )
        for m in _TOKEN.finditer(text)
    )


def build(text: str, mentions: list[tuple[str, str, int]]) -> Article:
    """An article with tokens and one entity per (surface, label, occurrence) mention, ids in order."""
    spans = sorted((find_span(text, s, n), label) for s, label, n in mentions)
    entities = tuple(
        Entity(id=f"e{i}", label=label, name=text[sp.start : sp.end], mentions=(sp,), source="test")
        for i, (sp, label) in enumerate(spans)
    )
    return Article(text=text, tokens=tokenize(text), entities=entities)


def view(article: Article) -> list[tuple[str, str, list[str], tuple[str, ...]]]:
    """(label, name, mention texts, roles) of each entity, in id order."""
    return [(e.label, e.name, [article.span_text(m) for m in e.mentions], e.roles) for e in article.entities]


CASES = [
    pytest.param(
        # "Turkish FM Kemal Aydin Oglu said Ankara opposes the proposal. The foreign minister noted
        # that Aydin Oglu will visit Baghdad." The later bare title and two-word surname join the full name.
        "قال وزير الخارجية التركي كمال أيدين أوغلو إن أنقرة تعارض الاقتراح. "
        "وأشار وزير الخارجية إلى أن أيدين أوغلو سيزور بغداد.",
        [
            ("كمال أيدين أوغلو", "PER", 0),
            ("أنقرة", "LOC", 0),
            ("أيدين أوغلو", "PER", 1),
            ("بغداد", "LOC", 0),
        ],
        [
            (
                "PER",
                "كمال أيدين أوغلو",
                ["كمال أيدين أوغلو", "وزير الخارجية", "أيدين أوغلو"],
                ("وزير الخارجية التركي",),
            ),
            ("LOC", "أنقرة", ["أنقرة"], ()),
            ("LOC", "بغداد", ["بغداد"], ()),
        ],
        id="oglu-title-tie",
    ),
    pytest.param(
        # "Turkish President Recep Tayyip Erdoğan met his Russian counterpart, and Erdoğan said … and Erdoğan
        # added": a surname, and a surname glued to و that segmentation missed, join the full name.
        "التقى الرئيس التركي رجب طيب أردوغان نظيره الروسي، وقال أردوغان إن المحادثات مثمرة وأضاف وأردوغان.",
        [("رجب طيب أردوغان", "PER", 0), ("أردوغان", "PER", 1), ("وأردوغان", "PER", 0)],
        [("PER", "رجب طيب أردوغان", ["رجب طيب أردوغان", "أردوغان", "وأردوغان"], ("الرئيس التركي",))],
        id="erdogan-surname-and-clitic",
    ),
    pytest.param(
        # "Erdoğan, the Turkish president, said …": a title in apposition after a comma.
        "وقال أردوغان، الرئيس التركي، إن بلاده لن تتراجع.",
        [("أردوغان", "PER", 0)],
        [("PER", "أردوغان", ["أردوغان"], ("الرئيس التركي",))],
        id="apposition",
    ),
    pytest.param(
        # "… said Mevlüt Çavuşoğlu, the Turkish foreign minister." NAME TITLE where the clause ends.
        "جاء ذلك على لسان مولود جاويش أوغلو وزير الخارجية التركي.",
        [("مولود جاويش أوغلو", "PER", 0)],
        [("PER", "مولود جاويش أوغلو", ["مولود جاويش أوغلو"], ("وزير الخارجية التركي",))],
        id="name-then-title",
    ),
    pytest.param(
        # "Erdoğan met Iraqi PM Haider al-Abadi": the title after Erdoğan introduces al-Abadi, not Erdoğan.
        "التقى أردوغان رئيس الوزراء العراقي حيدر العبادي.",
        [("أردوغان", "PER", 0), ("حيدر العبادي", "PER", 0)],
        [
            ("PER", "أردوغان", ["أردوغان"], ()),
            ("PER", "حيدر العبادي", ["حيدر العبادي"], ("رئيس الوزراء العراقي",)),
        ],
        id="meeting-not-apposition",
    ),
    pytest.param(
        # "Erdoğan's adviser said President Recep Tayyip Erdoğan will visit Moscow. The adviser added …":
        # the adviser is someone else; Erdoğan keeps his mentions, and المستشار ties to nobody.
        "قال مستشار أردوغان إن الرئيس رجب طيب أردوغان سيزور موسكو. وأضاف المستشار أن الزيارة مهمة.",
        [("أردوغان", "PER", 0), ("رجب طيب أردوغان", "PER", 0), ("موسكو", "LOC", 0)],
        [
            ("PER", "رجب طيب أردوغان", ["أردوغان", "رجب طيب أردوغان"], ("الرئيس",)),
            ("LOC", "موسكو", ["موسكو"], ()),
        ],
        id="relational-adviser",
    ),
    pytest.param(
        # The same, with the NER tagging "Erdoğan's adviser" as one PER mention: it stays apart.
        "قال مستشار أردوغان إن أردوغان سيزور موسكو.",
        [("مستشار أردوغان", "PER", 0), ("أردوغان", "PER", 1)],
        [("PER", "مستشار أردوغان", ["مستشار أردوغان"], ()), ("PER", "أردوغان", ["أردوغان"], ())],
        id="relational-inside-mention",
    ),
    pytest.param(
        # "Bashar al-Assad and his brother Maher al-Assad met … and al-Assad said": the bare surname fits two
        # people, so nothing merges.
        "التقى بشار الأسد وشقيقه ماهر الأسد بالوفد، وقال الأسد إن اللقاء مثمر.",
        [("بشار الأسد", "PER", 0), ("ماهر الأسد", "PER", 0), ("الأسد", "PER", 2)],
        [
            ("PER", "بشار الأسد", ["بشار الأسد"], ()),
            ("PER", "ماهر الأسد", ["ماهر الأسد"], ()),
            ("PER", "الأسد", ["الأسد"], ()),
        ],
        id="ambiguous-surname",
    ),
    pytest.param(
        # Two foreign ministers named with titles, then a bare "the foreign minister": ambiguous, no tie.
        "استقبل وزير الخارجية التركي مولود جاويش أوغلو وزير الخارجية الإيراني محمد جواد ظريف. "
        "وقال وزير الخارجية إن العلاقات قوية.",
        [("مولود جاويش أوغلو", "PER", 0), ("محمد جواد ظريف", "PER", 0)],
        [
            ("PER", "مولود جاويش أوغلو", ["مولود جاويش أوغلو"], ("وزير الخارجية التركي",)),
            ("PER", "محمد جواد ظريف", ["محمد جواد ظريف"], ("وزير الخارجية الإيراني",)),
        ],
        id="ambiguous-title",
    ),
    pytest.param(
        # "Crown Prince Mohammed bin Salman … King Salman": the father's name inside بن سلمان is no surname.
        "التقى ولي العهد محمد بن سلمان الوفد، ثم استقبله الملك سلمان.",
        [("محمد بن سلمان", "PER", 0), ("سلمان", "PER", 1)],
        [
            ("PER", "محمد بن سلمان", ["محمد بن سلمان"], ("ولي العهد",)),
            ("PER", "سلمان", ["سلمان"], ("الملك",)),
        ],
        id="patronymic",
    ),
    pytest.param(
        # "The Hamas movement … Hamas said": a generic head (حركة) merges; the labels must agree, so Turkey as
        # LOC and as ORG stay two entities.
        "أعلنت حركة حماس أن تركيا ستستضيف الوفد، وقالت حماس إن تركيا وافقت.",
        [("حركة حماس", "ORG", 0), ("تركيا", "LOC", 0), ("حماس", "ORG", 1), ("تركيا", "ORG", 1)],
        [
            ("ORG", "حركة حماس", ["حركة حماس", "حماس"], ()),
            ("LOC", "تركيا", ["تركيا"], ()),
            ("ORG", "تركيا", ["تركيا"], ()),
        ],
        id="org-head-and-labels",
    ),
    pytest.param(
        # NER tagged the title with the name: "Turkish President Erdoğan … Erdoğan". The name is the name
        # without its title; the title becomes a role.
        "قال الرئيس التركي رجب طيب أردوغان إن أردوغان لن يستقيل.",
        [("الرئيس التركي رجب طيب أردوغان", "PER", 0), ("أردوغان", "PER", 1)],
        [("PER", "رجب طيب أردوغان", ["الرئيس التركي رجب طيب أردوغان", "أردوغان"], ("الرئيس التركي",))],
        id="title-inside-mention",
    ),
]


@pytest.mark.parametrize(("text", "mentions", "expected"), CASES)
def test_merge(text: str, mentions: list[tuple[str, str, int]], expected: list[object]) -> None:
    merged = merge(build(text, mentions))
    assert view(merged) == expected
    assert [e.id for e in merged.entities] == [f"e{i}" for i in range(len(expected))]


def test_merge_records_source() -> None:
    # "Erdoğan … Erdoğan": the merged entity says what produced it.
    merged = merge(build("قال أردوغان إن أردوغان سيسافر.", [("أردوغان", "PER", 0), ("أردوغان", "PER", 1)]))
    assert [e.source for e in merged.entities] == ["test+merge.v1"]


@pytest.mark.parametrize(
    ("short", "long", "expected"),
    [
        ("أردوغان", "رجب طيب أردوغان", True),  # surname
        ("جاويش أوغلو", "مولود جاويش أوغلو", True),  # two-word surname
        ("رجب أردوغان", "رجب طيب أردوغان", True),  # first and last name
        ("طيب", "رجب طيب أردوغان", False),  # a middle name alone
        ("سلمان", "محمد بن سلمان", False),  # the father's name
        ("الله", "عبد الله", False),  # half of a compound name
        ("محمد بن سلمان", "محمد بن سلمان آل سعود", True),  # a multi-word start
        (
            "بن عبد الرحمن",
            "محمد بن عبد الرحمن آل ثاني",
            True,
        ),  # the father's name and on, after the given name
        ("بن سلمان", "خالد بن محمد", False),  # another father
    ],
)
def test_person_contains(short: str, long: str, expected: bool) -> None:
    assert person_contains(fold(short).split(), fold(long).split()) is expected


def test_find_roles_marks_governed_mentions() -> None:
    # "Erdoğan's adviser said": Erdoğan gets no role and is marked governed by a relational title.
    text = "قال مستشار أردوغان إن الاجتماع انتهى."
    article = build(text, [("أردوغان", "PER", 0)])
    span = find_span(text, "أردوغان")
    found = find_roles(article, [span])[span]
    assert (found.roles, found.governed) == ((), True)


def test_kin_title_gives_the_parent_the_role() -> None:
    # "the son of the Turkish president Recep Tayyip Erdoğan": Erdoğan is the president, not the son.
    text = "حضر نجل الرئيس التركي رجب طيب أردوغان الحفل."
    article = build(text, [("رجب طيب أردوغان", "PER", 0)])
    span = find_span(text, "رجب طيب أردوغان")
    role = find_roles(article, [span])[span].roles[0]
    assert (role.text, role.country, role.sector, role.placement) == ("الرئيس التركي", "TUR", "GOV", "before")


@pytest.mark.parametrize(
    ("text", "name", "roles"),
    [
        # "The Saudi foreign minister Prince Faisal bin Farhan called on both sides": the office before the
        # honorific is his role too (it gives his country).
        (
            "دعا وزير الخارجية السعودي الأمير فيصل بن فرحان الطرفين.",
            "فيصل بن فرحان",
            [("وزير الخارجية السعودي", "SAU"), ("الأمير", None)],
        ),
        # "Sisi received the Jordanian monarch King Abdullah II": العاهل الأردني and الملك are one king.
        (
            "استقبل السيسي العاهل الأردني الملك عبد الله الثاني أمس.",
            "عبد الله الثاني",
            [("العاهل الأردني", "JOR"), ("الملك", None)],
        ),
        # "The IAEA director general Rafael Grossi warned": his office is in the agency (IGO), whose first
        # word (الوكالة, a government agency) gives no sector of its own.
        (
            "حذر المدير العام للوكالة الدولية للطاقة الذرية رافائيل غروسي من التصعيد.",
            "رافائيل غروسي",
            [("المدير العام للوكالة الدولية للطاقة الذرية", None)],
        ),
        # "The minister met his Russian counterpart Sergei Lavrov": نظيره starts another person's title.
        ("التقى الوزير نظيره الروسي سيرغي لافروف أمس.", "سيرغي لافروف", [("نظيره الروسي", "RUS")]),
        # "… with his German counterpart (f.) Annalena Baerbock": نظيرته is kept whole by the segmenter.
        (
            "تحدث الوزير مع نظيرته الألمانية أنالينا بيربوك أمس.",
            "أنالينا بيربوك",
            [("نظيرته الألمانية", "DEU")],
        ),
        # "Abu Obeida, the military spokesman of the Qassam Brigades, said": a listed body without ال after
        # باسم continues the title, so it gives his code.
        (
            "وقال أبو عبيدة، الناطق العسكري باسم كتائب القسام، إن",
            "أبو عبيدة",
            [("الناطق العسكري باسم كتائب القسام", None)],
        ),
        # "The UN envoy Hanna Tetteh arrived in Tripoli": feminine titles are titles too.
        ("وصلت المبعوثة الأممية هانا تيتيه إلى طرابلس.", "هانا تيتيه", [("المبعوثة الأممية", None)]),
        # "The Egyptian president received King Abdullah": الملك is no honorific; the president is another
        # person.
        ("استقبل الرئيس المصري الملك عبد الله في القاهرة.", "عبد الله", [("الملك", None)]),
    ],
)
def test_office_before_an_honorific(text: str, name: str, roles: list[tuple[str, str | None]]) -> None:
    article = build(text, [(name, "PER", 0)])
    span = find_span(text, name)
    assert [(r.text, r.country) for r in find_roles(article, [span])[span].roles] == roles


def test_an_office_in_an_igo_takes_its_code() -> None:
    # "The IAEA director general Rafael Grossi": the agency's code, no sector from the word الوكالة.
    text = "حذر المدير العام للوكالة الدولية للطاقة الذرية رافائيل غروسي من التصعيد."
    span = find_span(text, "رافائيل غروسي")
    role = find_roles(build(text, [("رافائيل غروسي", "PER", 0)]), [span])[span].roles[0]
    assert (role.org_code, role.sector) == ("IGOUNOIAE", None)


def test_mention_cut_inside_a_title() -> None:
    # "The secretary-general Antonio Guterres said ...": NER tagged only "the secretary" (الأمين), the
    # first word of the two-word title الأمين العام. Found fuzzing a 1 MB article: it raised KeyError.
    text = "وقال الأمين العام أنطونيو غوتيريش إن الوضع خطير."
    article = merge(build(text, [("الأمين", "PER", 0), ("أنطونيو غوتيريش", "PER", 0)]))
    assert view(article) == [
        ("PER", "الأمين", ["الأمين"], ()),
        ("PER", "أنطونيو غوتيريش", ["أنطونيو غوتيريش"], ("الأمين العام",)),
    ]


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        # "Britain … the United Kingdom": two names of one country (lexicons.countries).
        (
            "قالت بريطانيا إن المملكة المتحدة سترد.",
            [("بريطانيا", "LOC", 0), ("المملكة المتحدة", "LOC", 0)],
            [("LOC", "المملكة المتحدة", ["بريطانيا", "المملكة المتحدة"], ())],
        ),
        # "Interpol … the International Criminal Police Organization": one listed organisation.
        (
            "طلب الإنتربول من منظمة الشرطة الجنائية الدولية أن",
            [("الإنتربول", "ORG", 0), ("منظمة الشرطة الجنائية الدولية", "ORG", 0)],
            [("ORG", "منظمة الشرطة الجنائية الدولية", ["الإنتربول", "منظمة الشرطة الجنائية الدولية"], ())],
        ),
        # "the UN yesterday called on the Security Council": one code (IGOUNO), two bodies.
        (
            "دعت الأمم المتحدة أمس مجلس الأمن إلى",
            [("الأمم المتحدة", "ORG", 0), ("مجلس الأمن", "ORG", 0)],
            [("ORG", "الأمم المتحدة", ["الأمم المتحدة"], ()), ("ORG", "مجلس الأمن", ["مجلس الأمن"], ())],
        ),
    ],
)
def test_aliases_join(
    text: str, mentions: list[tuple[str, str, int]], expected: list[tuple[object, ...]]
) -> None:
    assert view(merge(build(text, mentions))) == expected


def test_name_inside_a_hashtag_merges_with_the_plain_name() -> None:
    # "east of #Khan_Yunis … in Khan Yunis": the hashtag's words read as the name's words.
    text = "شرق #خان_يونس أمس، وفي خان يونس اليوم"
    start = text.index("خان_يونس")
    article = build(text, [("خان يونس", "LOC", 0)])
    tag = Entity("e9", "LOC", "خان_يونس", (Span(start, start + len("خان_يونس")),), source="test")
    article = Article(text=text, tokens=article.tokens, entities=(tag, *article.entities))
    assert [[article.span_text(m) for m in e.mentions] for e in merge(article).entities] == [
        ["خان_يونس", "خان يونس"]
    ]


@pytest.mark.parametrize(
    ("text", "mentions", "merged"),
    [
        # "Kim Jong Un … Kim": a family name written first.
        ("وصل كيم جونغ أون وقال كيم إن", [("كيم جونغ أون", "PER", 0), ("كيم", "PER", 1)], True),
        # "Javier Cunningham … Javier": a child called by his first name.
        ("سقط خافيير كانغهام وتعافى خافيير", [("خافيير كانغهام", "PER", 0), ("خافيير", "PER", 1)], True),
        # "Muhammad bin Salman … Muhammad": no first name alone before بن (a nasab name).
        ("قال محمد بن سلمان إن محمد", [("محمد بن سلمان", "PER", 0), ("محمد", "PER", 1)], False),
    ],
)
def test_first_name_alone(text: str, mentions: list[tuple[str, str, int]], merged: bool) -> None:
    assert (len(merge(build(text, mentions)).entities) == 1) is merged


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        # "NATO … the North Atlantic Treaty Organization": ناتو without ال is الناتو's alias.
        (
            "قال حلف شمال الأطلسي إن ناتو مستعد.",
            [("حلف شمال الأطلسي", "ORG", 0), ("ناتو", "ORG", 0)],
            [["حلف شمال الأطلسي", "ناتو"]],
        ),
        # "SANA reported … SANA added": the model tagged the second PER; one name, one label.
        (
            "أفادت سانا بأن القصف توقف، وأضافت سانا أن",
            [("سانا", "ORG", 0), ("سانا", "PER", 1)],
            [["سانا", "سانا"]],
        ),
        # "Ali al-Qaradaghi … for al-Qaradaghi (لقرة داغي, ل + ال written لل)"
        (
            "قال علي القرة داغي إن الرسالة وصلت لقرة داغي",
            [("علي القرة داغي", "PER", 0), ("لقرة داغي", "PER", 0)],
            [["علي القرة داغي", "لقرة داغي"]],
        ),
        # "the newspaper Asharq Al-Awsat … the Middle East": an ORG and a LOC of one name stay two things.
        (
            "نقلت الشرق الأوسط عن مصدر في الشرق الأوسط",
            [("الشرق الأوسط", "ORG", 0), ("الشرق الأوسط", "LOC", 1)],
            [["الشرق الأوسط"], ["الشرق الأوسط"]],
        ),
    ],
)  # fmt: skip
def test_names_across_labels_and_forms(
    text: str, mentions: list[tuple[str, str, int]], expected: list[list[str]]
) -> None:
    article = merge(build(text, mentions))
    assert [[article.span_text(m) for m in e.mentions] for e in article.entities] == expected


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        # "Support for the Revolutionary Guard grew": لل + حرس, the mention cut after the ل.
        ("تزايد الدعم للحرس الثوري في البلاد", "لحرس الثوري", "الحرس الثوري"),
        # "Aid to Lebanon arrived": للبنان is ل + لبنان, whose own ل stays.
        ("وصلت المساعدات للبنان أمس", "لبنان", "لبنان"),
        # "The IAEA's director": للوكالة is ل + الوكالة; لوكالة is as often "to an agency" as الوكالة is
        # written, but the word without its ل (وكالة) is commoner still.
        ("قال مدير للوكالة الدولية للطاقة الذرية", "لوكالة الدولية", "الوكالة الدولية"),
        # "He travelled to Riyadh": no proclitic before the name, nothing to restore.
        ("سافر إلى الرياض صباحا", "الرياض", "الرياض"),
    ],
)
def test_display_name_restores_the_article_a_proclitic_ate(text: str, mention: str, name: str) -> None:
    start = text.index(mention)
    assert display_name(text, start, start + len(mention)) == name


def test_the_fathers_name_alone_joins_the_full_name() -> None:
    # "Qatar's prime minister Mohammed bin Abdulrahman Al Thani … Bin Abdulrahman met a delegation".
    text = "أكد رئيس الوزراء محمد بن عبد الرحمن آل ثاني أن الوساطة مستمرة. والتقى بن عبد الرحمن وفدا."
    article = merge(build(text, [("محمد بن عبد الرحمن آل ثاني", "PER", 0), ("بن عبد الرحمن", "PER", 1)]))
    assert [[article.span_text(m) for m in e.mentions] for e in article.entities] == [
        ["محمد بن عبد الرحمن آل ثاني", "بن عبد الرحمن"]
    ]


def test_short_name_in_brackets_joins_the_name_before() -> None:
    # "The Iraqi News Agency (INA) quoted the minister": واع is the agency's short name.
    text = "ونقلت وكالة الأنباء العراقية (واع) عن الوزير قوله."
    article = merge(build(text, [("وكالة الأنباء العراقية", "ORG", 0), ("واع", "ORG", 0)]))
    assert view(article) == [("ORG", "وكالة الأنباء العراقية", ["وكالة الأنباء العراقية", "واع"], ())]


def test_bracketed_place_after_an_organisation_stays_apart() -> None:
    # "The ministry (in Baghdad) said": a place in brackets is no short name of the ministry.
    text = "وقالت وزارة الصحة (بغداد) إن الوضع مستقر."
    article = merge(build(text, [("وزارة الصحة", "ORG", 0), ("بغداد", "LOC", 0)]))
    assert [e.name for e in article.entities] == ["وزارة الصحة", "بغداد"]


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        # "The Organisation for the Prohibition of Chemical Weapons published its report. The organisation
        # stressed that …": the bare head with the article is the body just named (session 28, D5).
        (
            "نشرت منظمة حظر الأسلحة الكيميائية تقريرها. وأكدت المنظمة أن",
            [("منظمة حظر الأسلحة الكيميائية", "ORG", 0), ("المنظمة", "ORG", 0)],
            [("ORG", "منظمة حظر الأسلحة الكيميائية", ["منظمة حظر الأسلحة الكيميائية", "المنظمة"], ())],
        ),
        # "The Health Ministry and the Workers' Union … the union said": the nearest body with that head.
        (
            "اجتمعت وزارة الصحة مع اتحاد العمال. وقال الاتحاد إن",
            [("وزارة الصحة", "ORG", 0), ("اتحاد العمال", "ORG", 0), ("الاتحاد", "ORG", 0)],
            [
                ("ORG", "وزارة الصحة", ["وزارة الصحة"], ()),
                ("ORG", "اتحاد العمال", ["اتحاد العمال", "الاتحاد"], ()),
            ],
        ),
        # "The organisation said … the Red Crescent Organisation": no body named before, so it stays alone.
        (
            "قالت المنظمة إن منظمة الهلال الأحمر",
            [("المنظمة", "ORG", 0), ("منظمة الهلال الأحمر", "ORG", 0)],
            [
                ("ORG", "المنظمة", ["المنظمة"], ()),
                ("ORG", "منظمة الهلال الأحمر", ["منظمة الهلال الأحمر"], ()),
            ],
        ),
    ],
)
def test_a_bodys_bare_head_joins_the_body_named_before(
    text: str, mentions: list[tuple[str, str, int]], expected: list[tuple[object, ...]]
) -> None:
    assert view(merge(build(text, mentions))) == expected
