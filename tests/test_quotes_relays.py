"""The quotes stage on relays and outlets found in ANT development articles (session 5): one rule per test."""

from __future__ import annotations

from marsad.attribution import match_outlet
from marsad.quotes_speakers import is_complementizer
from marsad.quotes_view import View
from tests.test_quotes import build
from tests.test_quotes_cases import run, said


def test_an_agency_named_with_its_own_type_noun_is_known() -> None:
    # "The Yemeni News Agency reported that the minister arrived in Aden." (سبأ needs a type noun; its
    # long name carries one)
    article = build("وذكرت وكالة الأنباء اليمنية أن الوزير وصل إلى عدن.", {})
    hit = match_outlet(View(article), 1)
    assert hit is not None and hit.outlet is not None
    assert (hit.outlet.name, hit.text) == ("سبأ", "وكالة الأنباء اليمنية")


def test_an_outlet_relaying_without_a_source_reports_on_its_own_account() -> None:
    # "According to what Reuters relayed, prices rose."
    article, quotes = run("وبحسب ما نقلت وكالة رويترز فإن الأسعار ارتفعت.", {"رويترز": "ORG"})
    assert [said(article, q) for q in quotes] == [("indirect", "الأسعار ارتفعت", "رويترز", "نقل", "رويترز")]


def test_an_outlet_relaying_a_title_gives_the_title() -> None:
    # "The official agency relayed from the minister his saying that the talks go on." (no minister named)
    article, quotes = run("ونقلت الوكالة الرسمية عن الوزير قوله إن المحادثات مستمرة.", {})
    assert [said(article, q) for q in quotes] == [
        ("indirect", "المحادثات مستمرة", "الوزير", "قال", "الوكالة الرسمية")
    ]


def test_an_outlet_relaying_after_its_adjectives_gives_the_source() -> None:
    # 'The Russian news agency "Interfax" relayed from Ahmad Salem his saying: "I expect it".'
    text = 'ونقلت وكالة "إنترفاكس" الروسية للأنباء عن أحمد سالم قوله: "أتوقع ذلك".'
    article, quotes = run(text, {"إنترفاكس": "ORG", "أحمد سالم": "PER"})
    assert [said(article, q) for q in quotes] == [("direct", "أتوقع ذلك", "أحمد سالم", "قال", "إنترفاكس")]


def test_a_published_report_names_the_relay() -> None:
    # 'Ahmad Salem said: "the talks go on", according to what the newspaper "Hurriyet" published.'
    text = 'وقال أحمد سالم: "المحادثات مستمرة"، حسب ما نشرت صحيفة "حرييت".'
    article, quotes = run(text, {"أحمد سالم": "PER", "حرييت": "ORG"})
    assert [said(article, q) for q in quotes] == [("direct", "المحادثات مستمرة", "أحمد سالم", "قال", "حرييت")]


def test_the_outlet_spoken_to_after_a_verb_that_follows_its_quote() -> None:
    # '"The talks go on," Ahmad Salem told Reuters.' / 'Prices rose, as spokesman Ahmad Salem explained to
    # Agence France-Presse.'
    article, quotes = run('"المحادثات مستمرة"، قال أحمد سالم لوكالة رويترز.', {"أحمد سالم": "PER"})
    assert [said(article, q) for q in quotes] == [
        ("direct", "المحادثات مستمرة", "أحمد سالم", "قال", "رويترز")
    ]
    text = "وارتفعت الأسعار، بحسب ما أوضح المتحدث باسم الوزارة أحمد سالم لوكالة فرانس برس."
    article, quotes = run(text, {"أحمد سالم": "PER"})
    assert [said(article, q) for q in quotes] == [
        ("indirect", "ارتفعت الأسعار", "أحمد سالم", "أوضح", "فرانس برس")
    ]


def test_an_outlets_report_inside_a_sentence_ends_the_content_before_it() -> None:
    # "The traffic authority said that the driver was not speeding, and Interfax relayed from an official
    # his saying that no technical fault was found in the bus."
    text = (
        "وقالت هيئة إدارة المرور، إن السائقة لم تكن مسرعة ونقلت وكالة إنترفاكس عن مسؤول قوله، "
        "إنه لم يثبت وجود عطل فني في الحافلة."
    )
    article, quotes = run(text, {"هيئة إدارة المرور": "ORG", "إنترفاكس": "ORG"})
    assert [said(article, q) for q in quotes] == [
        ("indirect", "السائقة لم تكن مسرعة", "هيئة إدارة المرور", "قال", None),
        ("indirect", "لم يثبت وجود عطل فني في الحافلة", "مسؤول", "قال", "إنترفاكس"),
    ]


def test_a_quoted_plane_name_is_no_quote_and_no_complement() -> None:
    # 'Ahmad Salem said in a tweet he wrote aboard the plane "Air Force One", "we will not attend the
    # official dinner in Mexico".' (وان in the plane's name is
    # no أن; كتبها qualifies the tweet, قال reports)
    text = (
        'وقال أحمد سالم في تغريدة كتبها من على متن طائرة "إير فورس وان"، "لن نحضر العشاء الرسمي في المكسيك".'
    )
    article, quotes = run(text, {"أحمد سالم": "PER"})
    assert [said(article, q) for q in quotes] == [
        ("direct", "لن نحضر العشاء الرسمي في المكسيك", "أحمد سالم", "قال", None)
    ]


def test_speech_after_a_definite_outlet_noun() -> None:
    # 'She said on Tuesday through the channel "the file was closed without a hearing".'
    text = 'وقالت الصحافية سلمى أحمد الثلاثاء عبر القناة "أغلق الملف دون جلسة استماع".'
    article, quotes = run(text, {"سلمى أحمد": "PER"})
    assert [said(article, q) for q in quotes] == [
        ("direct", "أغلق الملف دون جلسة استماع", "سلمى أحمد", "قال", None)
    ]


def test_a_title_in_construct_takes_the_name_after_its_place() -> None:
    # 'The deputy Canadian ambassador to the UN, John Cohen, said that "we must review the whole plan".'
    text = 'وقال نائب السفير الكندي في الأمم المتحدة جون كوهين إنه "علينا أن نراجع الخطة بأكملها".'
    article, quotes = run(text, {"الأمم المتحدة": "ORG", "جون كوهين": "PER"})
    assert [said(article, q) for q in quotes] == [
        ("direct", "علينا أن نراجع الخطة بأكملها", "جون كوهين", "قال", None)
    ]


def test_a_letter_of_an_abbreviation_is_no_complementizer() -> None:
    # "Pompeo told C.N.N." (سي.إن.إن): its إن is a letter, not "that"
    article = build("وقال بومبيو لسي.إن.إن أمس.", {})
    view = View(article)
    letters = [k for k in range(view.n) if view.word(k) == "إن"]
    assert len(letters) == 2 and not any(is_complementizer(view, k) for k in letters)


def test_bayyana_before_anna_is_the_verb_between_is_not() -> None:
    # 'Ahmad Salem said: "the talks go on". And he explained that the deal will be signed tomorrow.' /
    # "He compared between being free and being a prisoner." (بين "between": no quote)
    text = 'وقال أحمد سالم: "المحادثات مستمرة". وبيّن أن الاتفاق سيوقع غدا.'
    article, quotes = run(text, {"أحمد سالم": "PER"})
    assert [said(article, q) for q in quotes] == [
        ("direct", "المحادثات مستمرة", "أحمد سالم", "قال", None),
        ("indirect", "الاتفاق سيوقع غدا", "أحمد سالم", "بين", None),
    ]
    assert run("وقارن بين أن تكون حرا وأن تكون سجينا.", {})[1] == []


def test_min_qablu_before_inna_is_an_adverb() -> None:
    # "Cyprus said previously that it is not the concerned party." / "The minister stressed, before he
    # left, that the talks go on." (من قبل أن "before": the complement is the later أن)
    article, quotes = run("وقالت قبرص من قبل إنها ليست الجهة المعنية.", {"قبرص": "LOC"})
    assert [said(article, q) for q in quotes] == [("indirect", "ليست الجهة المعنية", "قبرص", "قال", None)]
    article, quotes = run("وأكد أحمد سالم من قبل أن يغادر أن المحادثات مستمرة.", {"أحمد سالم": "PER"})
    assert [said(article, q) for q in quotes] == [("indirect", "المحادثات مستمرة", "أحمد سالم", "أكد", None)]


def test_a_saying_noun_after_a_verb_of_no_speech() -> None:
    # 'Ahmad Salem turned to the crowds saying "the president is a tired, lonely and arrogant man".'
    text = 'وتوجه أحمد سالم إلى الحشود بالقول "الرئيس رجل متعب ووحيد ومتغطرس".'
    article, quotes = run(text, {"أحمد سالم": "PER"})
    assert [said(article, q) for q in quotes] == [
        ("direct", "الرئيس رجل متعب ووحيد ومتغطرس", "أحمد سالم", "قال", None)
    ]


def test_an_attribution_aside_between_commas_is_the_via() -> None:
    # "Ahmad Salem said, according to what Reuters relayed from him, that the talks go on."
    text = "وقال أحمد سالم، بحسب ما نقلت عنه وكالة رويترز، إن المحادثات مستمرة."
    article, quotes = run(text, {"أحمد سالم": "PER", "رويترز": "ORG"})
    assert [said(article, q) for q in quotes] == [
        ("indirect", "المحادثات مستمرة", "أحمد سالم", "قال", "رويترز")
    ]


def test_a_verb_relative_to_a_statement_noun_is_not_the_report() -> None:
    # "Ahmad Salem said in a statement the official agency relayed that the talks go on."
    text = "وقال أحمد سالم في بيان نقلته وكالة الأنباء الرسمية إن المحادثات مستمرة."
    article, quotes = run(text, {"أحمد سالم": "PER"})
    assert [said(article, q) for q in quotes] == [
        ("indirect", "المحادثات مستمرة", "أحمد سالم", "قال", "وكالة الأنباء الرسمية")
    ]


def test_relayed_from_him_after_the_quote() -> None:
    # 'Ahmad Salem said the situation is stable. He added "the talks go on", Reuters relayed from him.'
    text = 'وقال أحمد سالم إن الوضع مستقر. وأضاف "المحادثات مستمرة"، نقلت عنه وكالة رويترز.'
    article, quotes = run(text, {"أحمد سالم": "PER", "رويترز": "ORG"})
    assert [said(article, q) for q in quotes] == [
        ("indirect", "الوضع مستقر", "أحمد سالم", "قال", None),
        ("direct", "المحادثات مستمرة", "أحمد سالم", "أضاف", "رويترز"),
    ]


def test_a_title_before_the_verb_is_its_subject() -> None:
    # 'US President Ahmad Salem said the summit succeeded. The US president had described the talks as
    # "frank and very useful".' (المحادثات is the object)
    text = (
        "وقال الرئيس الأميركي أحمد سالم إن القمة ناجحة. "
        'وكان الرئيس الأميركي وصف المحادثات بأنها "صريحة ومفيدة جدا".'
    )
    article, quotes = run(text, {"أحمد سالم": "PER"})
    assert [said(article, q)[2] for q in quotes] == ["أحمد سالم", "أحمد سالم"]


def test_the_spokeswoman_alone_is_the_one_named_before() -> None:
    # "Agency spokeswoman Salma Ahmad said the situation is hard. The spokeswoman went on that the rains
    # will be a challenge."
    text = "وقالت المتحدثة باسم المفوضية سلمى أحمد إن الوضع صعب. وتابعت المتحدثة إن فصل الأمطار سيشكل تحديا."
    article, quotes = run(text, {"سلمى أحمد": "PER"})
    assert [said(article, q)[2] for q in quotes] == ["سلمى أحمد", "سلمى أحمد"]


def test_a_title_with_its_adjective_prefers_the_holder_of_both() -> None:
    # "The US president Ahmad Salem met his Korean counterpart. The Korean president Kim Salem said that the
    # meeting was historic. The US president added that he wants better relations." (both are رئيس)
    text = (
        "والتقى الرئيس الأميركي أحمد سالم نظيره الكوري. وقال الرئيس الكوري كيم سالم إن اللقاء تاريخي. "
        "وأضاف الرئيس الأميركي أنه يريد علاقات أفضل."
    )
    article, quotes = run(text, {"أحمد سالم": "PER", "كيم سالم": "PER"})
    assert [said(article, q)[2] for q in quotes] == ["كيم سالم", "أحمد سالم"]


def test_believe_reports_with_a_subject_not_as_an_impersonal() -> None:
    # "Some opponents believe that the president made too many concessions." / "He is one of the group's
    # cadres, and it is believed that he tortured prisoners." (يُعتقد أنه: no one's report)
    article, quotes = run("ويعتقد بعض المعارضين أن الرئيس قدم تنازلات أكثر من اللازم.", {})
    assert [said(article, q) for q in quotes] == [
        ("indirect", "الرئيس قدم تنازلات أكثر من اللازم", "بعض المعارضين", "اعتقد", None)
    ]
    assert run("وأحمد سالم أحد كوادر التنظيم ويعتقد أنه قام بتعذيب أسرى.", {"أحمد سالم": "PER"})[1] == []


def test_a_quote_joined_by_wa_to_the_one_before_shares_its_verb() -> None:
    # 'Ahmad Salem said: "we started the work", adding that it "will end very soon", and that "there
    # will be a full review".' / 'The protesters chanted: "not my embassy", and "we need protection".'
    text = (
        'وقال أحمد سالم: "لقد بدأنا التنفيذ"، مضيفا أنها "ستنتهي قريبا جدا"، وأنه "ستكون هناك مراجعة شاملة".'
    )
    article, quotes = run(text, {"أحمد سالم": "PER"})
    assert [said(article, q)[1:4] for q in quotes] == [
        ("لقد بدأنا التنفيذ", "أحمد سالم", "قال"),
        ("ستنتهي قريبا جدا", "أحمد سالم", "أضاف"),
        ("ستكون هناك مراجعة شاملة", "أحمد سالم", "أضاف"),
    ]
    article, quotes = run('وبدأ العمال يهتفون: "المصنع ليس للبيع" ، و "نريد أجورنا كاملة".', {})
    assert [said(article, q)[1] for q in quotes] == ["المصنع ليس للبيع", "نريد أجورنا كاملة"]


def test_bi_qawl_after_a_verb_of_no_speech() -> None:
    # 'He merely said "we still plan to attend".'
    article, quotes = run(
        'وقال أحمد سالم إن الوضع مستقر. واكتفى بقول "ما زلنا ننوي الحضور".', {"أحمد سالم": "PER"}
    )
    assert [said(article, q) for q in quotes][-1] == (
        "direct",
        "ما زلنا ننوي الحضور",
        "أحمد سالم",
        "قال",
        None,
    )


def test_a_relation_of_a_named_person_speaks_for_itself() -> None:
    # "The lawyer of Ahmad Salem's family said that the talks go on." (not Ahmad Salem) / with the lawyer
    # named in apposition, the lawyer
    text = "وقال محامي عائلة أحمد سالم إن المحادثات مستمرة."
    article, quotes = run(text, {"أحمد سالم": "PER"})
    assert [said(article, q)[2] for q in quotes] == ["محامي عائلة أحمد"]
    text = "وقال محامي عائلة أحمد سالم، كريم يوسف، إن المحادثات مستمرة."
    article, quotes = run(text, {"أحمد سالم": "PER", "كريم يوسف": "PER"})
    assert [said(article, q)[2] for q in quotes] == ["كريم يوسف"]


def test_shouting_and_chanting_introduce_direct_speech() -> None:
    # 'While the protesters shout "they beat us with sticks outside the university!".' / 'The crowds
    # chanted "the people want the fall of the regime".'
    article, quotes = run('بينما يصرخ المحتجون "لقد ضربونا بالعصي أمام الجامعة!".', {})
    assert [said(article, q) for q in quotes] == [
        ("direct", "لقد ضربونا بالعصي أمام الجامعة!", "المحتجون", "صرخ", None)
    ]
    article, quotes = run('ورددت الجماهير "الشعب يريد إسقاط النظام" في الساحة.', {})
    assert [said(article, q)[1:4] for q in quotes] == [("الشعب يريد إسقاط النظام", "الجماهير", "ردد")]


def test_outlets_written_in_latin_letters() -> None:
    # "Minister Ahmad Salem told CNN that the talks go on." (CNN Arabic writes its own name in Latin)
    article = build("وقال الوزير أحمد سالم لـCNN إن المحادثات مستمرة.", {})
    view = View(article)
    hits = [match_outlet(view, k) for k in range(view.n)]
    names = {h.outlet.name for h in hits if h is not None and h.outlet is not None}
    assert names == {"سي إن إن"}
    article, quotes = run("وقال الوزير أحمد سالم في مقابلة مع BBC إن المحادثات مستمرة.", {"أحمد سالم": "PER"})
    assert [said(article, q) for q in quotes] == [("indirect", "المحادثات مستمرة", "أحمد سالم", "قال", "BBC")]


def test_one_of_a_source_word_is_unnamed_whoever_its_genitive_names() -> None:
    # "One of the residents of Aleppo said the shelling goes on." / "One of Ahmad Salem's aides said …"
    article, quotes = run("وقال أحد سكان مدينة حلب إن القصف مستمر.", {"حلب": "LOC"})
    assert [said(article, q)[2] for q in quotes] == ["أحد سكان مدينة حلب"]
    article, quotes = run("وقال أحد مساعدي الرئيس أحمد سالم إن المحادثات مستمرة.", {"أحمد سالم": "PER"})
    assert [q.speaker for q in quotes] == [None]
