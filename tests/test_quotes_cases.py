"""The quotes stage on patterns found in ANT development articles (session 4): one rule per test."""

from __future__ import annotations

import dataclasses
import re

from marsad.article import Article, Entity, Quote, Span
from tests.test_quotes import _stage, build

Said = tuple[str, str, str | None, str | None, str | None]  # kind, text, speaker, verb, via (see `said`)


def run(text: str, entities: dict[str, str]) -> tuple[Article, list[Quote]]:
    article = _stage()(build(text, entities))
    return article, list(article.quotes)


def said(article: Article, quote: Quote) -> Said:
    """(kind, text, speaker name, verb, via name) of one quote."""
    names = {e.id: e.name for e in article.entities}
    text = article.text[quote.span.start : quote.span.end]
    speaker = names.get(quote.speaker or "") if quote.speaker else quote.speaker_text
    via = names.get(quote.via or "") if quote.via else quote.via_text
    return quote.kind, text, speaker, quote.verb, via


def quotes_said(text: str, entities: dict[str, str]) -> list[Said]:
    """`said` of every quote the stage finds in `text`, the given mentions tagged (see `build`)."""
    article, quotes = run(text, entities)
    return [said(article, q) for q in quotes]


def test_a_quote_closing_a_paragraph_does_not_take_the_next_paragraphs_verb() -> None:
    # "The court pointed out that the police held the detainees 'on suspicion of being gunmen.'
    #  ¶ And the defence minister, Ahmad Salem, said that his ministry will appeal the ruling."
    text = (
        'وأشارت المحكمة إلى أن الشرطة احتجزت المعتقلين "للاشتباه في كونهم مسلحين."\n\n'
        "وقال وزير الدفاع، أحمد سالم، إن وزارته ستطعن في الحكم."
    )
    article, quotes = run(text, {"المحكمة": "ORG", "أحمد سالم": "PER"})
    assert [said(article, q) for q in quotes] == [
        ("indirect", 'الشرطة احتجزت المعتقلين "للاشتباه في كونهم مسلحين."', "المحكمة", "أشار", None),
        ("indirect", "وزارته ستطعن في الحكم", "أحمد سالم", "قال", None),
    ]


def test_relayed_saying_with_a_colon_after_a_quoted_outlet() -> None:
    # 'Reuters relayed from minister Ahmad Salem his saying: "we are working on a solution for all".'
    text = 'ونقلت "رويترز" عن الوزير أحمد سالم قوله: "نحن نعمل على حل يرضي الجميع".'
    article, quotes = run(text, {"رويترز": "ORG", "أحمد سالم": "PER"})
    assert [said(article, q) for q in quotes] == [
        ("direct", "نحن نعمل على حل يرضي الجميع", "أحمد سالم", "قال", "رويترز")
    ]


def test_a_colon_after_a_quoted_name_still_finds_the_verb() -> None:
    # 'Ahmad Salem, an analyst at the "Studies" centre, said: "the situation is very dangerous".'
    text = 'وقال أحمد سالم، المحلل في مركز "الدراسات": "الوضع خطير جدا في المنطقة".'
    article, quotes = run(text, {"أحمد سالم": "PER"})
    assert [said(article, q) for q in quotes] == [
        ("direct", "الوضع خطير جدا في المنطقة", "أحمد سالم", "قال", None)
    ]


def test_a_long_adverbial_between_the_verb_and_inna() -> None:
    # "President Ahmad Salem said on Wednesday, after returning to the capital from a long tour, following
    # a historic summit with the neighbour's leader and many ministers and officials of the whole region,
    # that the country no longer faces a threat."
    text = (
        "قال الرئيس أحمد سالم، الأربعاء، بعد عودته إلى العاصمة من جولة طويلة، في أعقاب قمة تاريخية مع "
        "زعيم البلد المجاور وعدد من الوزراء والمسؤولين في المنطقة كلها، إن البلاد لم تعد تواجه تهديدا."
    )
    article, quotes = run(text, {"أحمد سالم": "PER"})
    assert [said(article, q) for q in quotes] == [
        ("indirect", "البلاد لم تعد تواجه تهديدا", "أحمد سالم", "قال", None)
    ]


def test_a_far_preposition_is_no_complement() -> None:
    # "Minister Ahmad Salem affirmed on Wednesday his country's readiness to send doctors and tents to the
    # towns sheltering the people displaced by the floods, in case of a wide storm from the west on the
    # coastal city." (على belongs to the adverbial, not to أكد)
    text = (
        "أكد الوزير أحمد سالم، الأربعاء، استعداد بلاده لإرسال أطباء وخيام إلى البلدات التي تؤوي "
        "النازحين بسبب الفيضانات الأخيرة، في حالة وقوع عاصفة واسعة من الغرب على المدينة الساحلية."
    )
    _, quotes = run(text, {"أحمد سالم": "PER"})
    assert quotes == []


def test_but_he_said_starts_a_new_quote() -> None:
    # "Expert Ahmad Salem mentioned that there are no signs of missiles, but he said that the parade
    # will be big."
    text = "وذكر الخبير أحمد سالم أن لا مؤشرات على وجود صواريخ، لكنه قال إن العرض سيكون كبيرا."
    article, quotes = run(text, {"أحمد سالم": "PER"})
    assert [said(article, q) for q in quotes] == [
        ("indirect", "لا مؤشرات على وجود صواريخ", "أحمد سالم", "ذكر", None),
        ("indirect", "العرض سيكون كبيرا", "أحمد سالم", "قال", None),
    ]


def test_but_before_a_future_verb_in_quotation_marks_is_content() -> None:
    # 'The spokesman said that the minister "will review the steps but she will stress the importance of
    # aid".'
    text = 'وقال المتحدث إن الوزيرة "ستطلع على الخطوات لكنها ستشدد على أهمية المساعدات".'
    article, quotes = run(text, {})
    assert [said(article, q) for q in quotes] == [
        ("indirect", 'الوزيرة "ستطلع على الخطوات لكنها ستشدد على أهمية المساعدات"', "المتحدث", "قال", None)
    ]


def test_new_reporting_verbs() -> None:
    # "Ahmad Salem insisted that the two men are civilians, and hinted that he will reply, explaining
    # (مبينا) that the charge is fabricated." / "Salem wrote on Twitter that the report is baseless."
    text = (
        "وأصر أحمد سالم على أن الرجلين مدنيان. وألمح إلى أنه سيقوم بالرد، مبينا أن التهمة مفبركة. "
        "وكتب سالم على تويتر أن التقرير لا يستند إلى أي أساس."
    )
    article, quotes = run(text, {"أحمد سالم": "PER"})
    assert [(said(article, q)[1], said(article, q)[3]) for q in quotes] == [
        ("الرجلين مدنيان", "أصر"),
        ("سيقوم بالرد", "ألمح"),
        ("التهمة مفبركة", "بين"),
        ("التقرير لا يستند إلى أي أساس", "كتب"),
    ]
    assert {said(article, q)[2] for q in quotes} == {"أحمد سالم"}


def test_an_indefinite_source_does_not_take_the_name_of_its_principal() -> None:
    # "An official of the circle of Brazilian president Joao Miranda wrote in an article that a number of
    # employees seek to obstruct his plan." The name is the principal's; the speaker is unnamed.
    text = (
        "كتب مسؤول من دائرة الرئيس البرازيلي جواو ميراندا، في مقال، أن عددا من الموظفين يسعون إلى عرقلة خطته."
    )
    article, quotes = run(text, {"جواو ميراندا": "PER"})
    assert [said(article, q) for q in quotes] == [
        ("indirect", "عددا من الموظفين يسعون إلى عرقلة خطته", "مسؤول", "كتب", None)
    ]


def test_a_second_title_keeps_its_name() -> None:
    # "The media adviser in the office of former finance minister Peter Larsen mentioned that the plan
    # failed." The name after وزير المالية is his, not the adviser's.
    text = "وذكرت مستشارة الإعلام في مكتب وزير المالية السابق بيتر لارسن أن الخطة فشلت."
    article, quotes = run(text, {"بيتر لارسن": "PER"})
    assert [said(article, q)[2] for q in quotes] == ["مستشارة الإعلام"]


def test_no_complement_inside_a_direct_quote() -> None:
    # 'Layla wrote on "Twitter" "I think that the director will choose an able person".'
    text = 'وكتبت ليلى على "تويتر" "أظن أن المدير سيختار شخصا كفؤا ليشغل مكان الرئيسة".'
    article, quotes = run(text, {"ليلى": "PER"})
    assert [said(article, q) for q in quotes] == [
        ("direct", "أظن أن المدير سيختار شخصا كفؤا ليشغل مكان الرئيسة", "ليلى", "كتب", None)
    ]


def test_a_pro_dropped_verb_goes_on_with_the_person_of_the_sentence_before() -> None:
    # "Minister Ahmad Salem said that the talks go on. But David Hill, a member of the House of Lords,
    # accused Miller of "political bankruptcy" after this statement. And he added on Twitter "Miller's
    # conduct went past every acceptable limit"." (Hill's accusation made no quote, but he is who added.)
    text = (
        "وقال الوزير أحمد سالم إن المحادثات مستمرة. "
        'لكن ديفيد هيل، عضو مجلس اللوردات، اتهم ميلر "بالإفلاس السياسي" والانتهازية بعد هذا التصريح. '
        'وأضاف على تويتر "تصرفات ميلر تجاوزت كل الحدود المقبولة".'
    )
    article, quotes = run(text, {"أحمد سالم": "PER", "ديفيد هيل": "PER", "ميلر": "PER"})
    assert [said(article, q)[2] for q in quotes] == ["أحمد سالم", "ديفيد هيل"]


def test_a_trailing_attribution_after_wa_dhalika_ends_the_content() -> None:
    # 'An official said that the airport was closed on Wednesday, and that according to "Reuters".'
    text = 'وقال مسؤول إن المطار أغلق مؤقتا الأربعاء، وذلك وفقا لـ"رويترز".'
    article, quotes = run(text, {"رويترز": "ORG"})
    assert [said(article, q)[1] for q in quotes] == ["المطار أغلق مؤقتا الأربعاء"]


def test_a_semicolon_before_a_new_report_ends_the_content() -> None:
    # "Ahmad Salem said that the talks failed; and Omar Ali said that they will resume."
    text = "وقال أحمد سالم إن المحادثات فشلت؛ وقال عمر علي إنها ستستأنف قريبا."
    article, quotes = run(text, {"أحمد سالم": "PER", "عمر علي": "PER"})
    assert [(said(article, q)[1], said(article, q)[2]) for q in quotes] == [
        ("المحادثات فشلت", "أحمد سالم"),
        ("ستستأنف قريبا", "عمر علي"),
    ]


def test_a_title_with_a_place_genitive_takes_the_name_after_it() -> None:
    # "Jordan's ambassador in France Samer al-Omari wrote on his account that Jordan welcomes the
    # initiative." The place is the title's genitive; the holder, named after it, speaks.
    text = "من جهته، كتب سفير الأردن في فرنسا سامر العمري، على حسابه، أن الأردن يرحب بالمبادرة."
    article, quotes = run(text, {"الأردن": "LOC", "فرنسا": "LOC", "سامر العمري": "PER"})
    assert [said(article, q)[2] for q in quotes] == ["سامر العمري"]


def test_a_quoted_outlet_name_as_speaker_is_also_the_via() -> None:
    # 'The magazine "Le Point" published the investigation. And "Le Point" reported that the case is
    # still open.' (لوبوان is not in the outlet lexicon: its type noun in quotes before is what tells)
    text = 'ونشرت مجلة "لوبوان" التحقيق كاملا. وأوردت "لوبوان" أن القضية لا تزال مفتوحة أمام القضاء.'
    built = build(text, {})
    spans = [Span(m.start(), m.end()) for m in re.finditer("لوبوان", text)]
    entity = Entity("e0", "ORG", "لوبوان", tuple(spans), source="test")
    article = _stage()(dataclasses.replace(built, entities=(entity,)))
    quotes = list(article.quotes)
    assert [said(article, q) for q in quotes] == [
        ("indirect", "القضية لا تزال مفتوحة أمام القضاء", "لوبوان", "أورد", "لوبوان")
    ]


def test_an_unknown_site_as_speaker_relays_its_report() -> None:
    # "The site Zarangar, which follows the gold market, said that the ounce was sold at up to 95,000
    # dinars." Neither the lexicon nor the NER knows the site: unnamed speaker, and its words as via.
    text = "وقال موقع زرنقار المتخصص في أسعار الذهب إنه جرى بيع الأونصة بسعر يصل إلى 95 ألف دينار."
    article, quotes = run(text, {})
    assert [said(article, q)[2:] for q in quotes] == [("موقع زرنقار المتخصص", "قال", "موقع زرنقار المتخصص")]


def test_a_cue_with_its_lam_glued_to_an_unnamed_source() -> None:
    # "According to military sources, the forces continue to advance towards the district centre."
    text = "ووفقا لمصادر عسكرية، فإن القوات تواصل الزحف نحو مركز المديرية."
    article, quotes = run(text, {})
    assert [said(article, q) for q in quotes] == [
        ("indirect", "القوات تواصل الزحف نحو مركز المديرية", "مصادر عسكرية", None, None)
    ]


def test_figures_and_rules_are_no_source() -> None:
    # "The numbers rose in the camps, according to the latest government figures." / "The parties agreed
    # to share the revenues, according to an old classification." Neither is a quote.
    text = (
        "وزادت الأعداد في بعض المخيمات حتى باتت تؤوي ضعف طاقتها وفقا لأحدث أرقام حكومية. "
        "واتفقت الأطراف على تقاسم العائدات، وفقا لتصنيف قديم لا يعد البحيرة منطقة مشتركة."
    )
    _, quotes = run(text, {})
    assert quotes == []


def test_a_nominal_attribution_with_an_imperfect_verb_inside() -> None:
    # "Only Canada sent delegates to the forum, which points to a rift in the league, as Reuters reported."
    text = "وحضرت المنتدى وفود من كندا فقط، مما يشير إلى خلاف داخل الرابطة، وفق ما ذكرت وكالة رويترز."
    article, quotes = run(text, {"رويترز": "ORG"})
    assert [said(article, q)[1:] for q in quotes] == [
        ("حضرت المنتدى وفود من كندا فقط، مما يشير إلى خلاف داخل الرابطة", "رويترز", "ذكر", "رويترز")
    ]


def test_an_addressee_after_a_cue_verb_is_no_source() -> None:
    # 'He said that he worked in Tripoli. He was in charge of teaching "about 40 young men swimming and
    # rowing", as he told the judge.' (ل marks the addressee, not a source)
    text = (
        "وقال أحمد سالم إنه عمل في طرابلس. "
        'وكان مكلفا بتعليم "نحو 40 شابا على السباحة والتجديف"، وفق ما قال للقاضي.'
    )
    article, quotes = run(text, {"أحمد سالم": "PER"})
    assert [said(article, q)[2] for q in quotes] == ["أحمد سالم", "أحمد سالم"]


def test_a_persons_title_does_not_take_a_bodys_quote() -> None:
    # "The meeting takes place in Downing Street, according to the British government. And the spokesman
    # said that the prime minister will stress the importance of aid." The spokesman is not the
    # government: with no person holding the title in the article, his words are the speaker.
    text = (
        "ويعقد الاجتماع في مقر رئاسة الوزراء، حسب الحكومة البريطانية. "
        "وقال المتحدث إن رئيسة الوزراء ستشدد على أهمية المساعدات."
    )
    article, quotes = run(text, {"الحكومة البريطانية": "ORG"})
    assert [said(article, q)[2] for q in quotes] == ["الحكومة البريطانية", "المتحدث"]


def test_an_outlet_named_like_a_verb_is_no_verb() -> None:
    # 'Minister Marco Ferrati announced to the channel (RAI 2): "the factory could not deliver the orders".'
    # راي (RAI) folds like رأى "he opined"; inside the outlet's name it is no reporting verb.
    text = 'وأعلن الوزير ماركو فيراتي لقناة (راي 2) التلفزيونية العامة: "لم يتمكن المصنع من تسليم الطلبيات".'
    article, quotes = run(text, {"ماركو فيراتي": "PER", "راي": "ORG"})
    assert [said(article, q) for q in quotes] == [
        ("direct", "لم يتمكن المصنع من تسليم الطلبيات", "ماركو فيراتي", "أعلن", "راي")
    ]


def test_a_long_quote_after_a_definite_naming_noun_is_speech() -> None:
    # 'A spokeswoman for the ministry said "developments in the province can stir the residents' anger".'
    text = 'وقالت متحدثة باسم الوزارة "التطورات في الإقليم يمكن أن تثير غضب السكان الذين يقيمون قرب الحدود".'
    article, quotes = run(text, {})
    assert [said(article, q)[:2] for q in quotes] == [
        ("direct", "التطورات في الإقليم يمكن أن تثير غضب السكان الذين يقيمون قرب الحدود")
    ]


def test_a_long_quote_after_a_quoted_name_takes_the_verb_before_it() -> None:
    # 'Ahmad Salem, who was a member of the populist "Nation Party", said "we have the right as a
    # nation to insist on our history".' / 'The draft called for forming a committee named "the joint
    # mechanism" to "identify those responsible for the chemical attacks in the country".' (inside the
    # complement: no direct quote)
    text = (
        'وقال أحمد سالم الذي كان عضوا في "حزب الأمة" الشعبوي "من حقنا كأمة أن نصر على تاريخنا الأوروبي '
        'المسيحي". '
        'ودعا مشروع القرار إلى تشكيل لجنة باسم "آلية التحقيق المشتركة" من أجل "تحديد المسؤولين عن شن '
        'الهجمات الكيماوية في البلاد".'
    )
    article, quotes = run(text, {"أحمد سالم": "PER"})
    assert [said(article, q)[:4] for q in quotes] == [
        ("direct", "من حقنا كأمة أن نصر على تاريخنا الأوروبي المسيحي", "أحمد سالم", "قال"),
        (
            "indirect",
            'تشكيل لجنة باسم "آلية التحقيق المشتركة" من أجل "تحديد المسؤولين عن شن الهجمات الكيماوية في '
            'البلاد"',
            "مشروع القرار",
            "دعا",
        ),
    ]


def test_rawa_recounts() -> None:
    # 'Ahmad Salem recounted in an interview "they took me to the crisis room and closed the doors".'
    text = 'وروى أحمد سالم في مقابلة "اقتادوني إلى قاعة الأزمات وأوصدوا الأبواب خلفي".'
    article, quotes = run(text, {"أحمد سالم": "PER"})
    assert [said(article, q)[:4] for q in quotes] == [
        ("direct", "اقتادوني إلى قاعة الأزمات وأوصدوا الأبواب خلفي", "أحمد سالم", "روى")
    ]


def test_an_outlet_quoting_a_source_relays_it() -> None:
    # "Reuters reported, quoting security sources, that the attack killed ten people." The sources
    # speak; Reuters relays (as نقلت X عن Y does).
    text = "وذكرت وكالة رويترز نقلا عن مصادر أمنية أن الهجوم أسفر عن مقتل عشرة أشخاص."
    article, quotes = run(text, {"رويترز": "ORG"})
    assert [said(article, q)[2:] for q in quotes] == [("مصادر أمنية", "ذكر", "رويترز")]
