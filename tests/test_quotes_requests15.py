"""The lead's hand-written cases of session 15 (requests.md, "Quotes (Q14)" and round 1), on own sentences:
each rule's test fails before it; a guard (the same word as a verb's subject) passes before and after."""

from __future__ import annotations

from tests.test_quotes_cases import run, said


def test_committees_after_a_bare_attribution_speak() -> None:
    # "Nine civilians were killed in shelling of a market, according to what the local relief committees
    # announced on Monday." (the segmenter reads لجان as ل + جان, a glued preposition: no source was found)
    text = "قتل تسعة مدنيين في قصف استهدف سوقا شعبية، وفق ما أعلنت لجان الإغاثة المحلية الاثنين."
    article, quotes = run(text, {})
    assert [said(article, q) for q in quotes] == [
        ("indirect", "قتل تسعة مدنيين في قصف استهدف سوقا شعبية", "لجان الإغاثة المحلية", "أعلن", None)
    ]


def test_a_committee_after_its_verb_is_its_subject() -> None:
    # "The inquiry committee affirmed that the fire was accidental." (لجنة, with its root ل)
    text = "وأكدت لجنة التحقيق أن الحريق كان عرضيا."
    article, quotes = run(text, {})
    assert [said(article, q) for q in quotes] == [
        ("indirect", "الحريق كان عرضيا", "لجنة التحقيق", "أكد", None)
    ]


def test_a_bodys_bracketed_acronym_stays_inside_the_subject() -> None:
    # "The executive director of the International Food Organisation (IFO), Salma Youssef, called on both
    # sides to protect civilians, affirming that hunger is spreading." (the lead's n1: the subject stopped at
    # the bracket, so the unnamed title spoke)
    text = (
        "ودعت المديرة التنفيذية لمنظمة الأغذية الدولية (فاو) سلمى يوسف طرفي النزاع إلى حماية المدنيين، "
        "مؤكدة أن الجوع يتفاقم."
    )
    article, quotes = run(text, {"سلمى يوسف": "PER", "منظمة الأغذية الدولية": "ORG", "فاو": "ORG"})
    assert [said(article, q) for q in quotes] == [
        ("indirect", "حماية المدنيين", "سلمى يوسف", "دعا", None),
        ("indirect", "الجوع يتفاقم", "سلمى يوسف", "أكد", None),
    ]


def test_a_reporters_outlet_is_whole_in_the_speaker_text() -> None:
    # "Bulldozers demolished three houses, according to the correspondent of the Coast News and Information
    # Agency (CNIA)." (the lead's n2: the words were cut at the name's و)
    text = "وهدمت جرافات عسكرية ثلاثة منازل، بحسب مراسل وكالة أنباء ومعلومات الساحل (وامس)."
    _, quotes = run(text, {"وكالة أنباء ومعلومات الساحل": "ORG"})
    assert [(q.speaker, q.speaker_text) for q in quotes] == [
        (None, "مراسل وكالة أنباء ومعلومات الساحل (وامس)")
    ]


def test_slogans_are_no_source() -> None:
    # "The workers gathered chanting slogans demanding the director's dismissal." (the lead's m3: a quote
    # with no speaker at all)
    text = "وتجمع العمال أمام المصنع مرددين هتافات تطالب بإقالة المدير."
    _, quotes = run(text, {})
    assert quotes == []


def test_the_monarch_is_the_king_named_before() -> None:
    # "King Faisal Al-Nouri received the envoy. The Jordanian monarch said: 'peace is our choice'." (العاهل
    # is the king: session 15)
    text = 'واستقبل الملك فيصل النوري المبعوث الأممي. وقال العاهل الأردني: "السلام خيارنا".'
    article, quotes = run(text, {"فيصل النوري": "PER"})
    assert [said(article, q) for q in quotes] == [("direct", "السلام خيارنا", "فيصل النوري", "قال", None)]


def test_the_place_of_an_office_is_no_speaker() -> None:
    # 'The mayor of the municipality of Al-Waha, Kamal Rahim, told the channel "Al-Sahil": "the people live in
    # fear".' (the lead's q1: the NER missed the name and the place spoke)
    text = 'وقال عميد بلدية الواحة كمال رحيم لقناة "الساحل": "الأهالي يعيشون في خوف".'
    article, quotes = run(text, {"الواحة": "LOC", "الساحل": "ORG"})
    assert [said(article, q) for q in quotes] == [
        ("direct", "الأهالي يعيشون في خوف", "عميد بلدية الواحة كمال رحيم", "قال", "الساحل")
    ]


def test_a_name_that_folds_like_a_preposition_ends_no_subject() -> None:
    # "The commander of the Western operations, Major General Ali Nasser, said his forces advanced." (علي
    # folds like على "on", a stop word: the lead's q2)
    text = "وقال قائد عمليات الغربية اللواء الركن علي ناصر إن قواته تقدمت."
    article, quotes = run(text, {"علي ناصر": "PER"})
    assert [said(article, q) for q in quotes] == [("indirect", "قواته تقدمت", "علي ناصر", "قال", None)]
