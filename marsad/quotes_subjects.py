"""Who is speaking: the subject phrase of a reporting verb, resolved to an entity, an unnamed source or none.

Arabic news is mostly VSO: the subject follows the verb (قال وزير الخارجية التركي X Y إن).
The subject phrase runs from the verb to the first stop: punctuation, a complementizer (أن/إن), a
preposition (في، من، عن، على …), a ب-word other than باسم/بلسان (المتحدث باسم), a ل-word that is not a name
(لرويترز، للصحفيين: the outlet or the addressee), a weekday or time word (الثلاثاء، أمس), an adverbial
(ردا، تعليقا), a relative pronoun, or a quote mark; at most MAX_SUBJECT words.
In it, in this order: an outlet (the outlet speaks, and relays); a person named right after باسم or an
office title (المتحدث باسم بوتين، X، مستشار أردوغان) is whom the speaker works for: the apposed name speaks,
else the unnamed adviser; a spokesperson of a person (المتحدث باسم
رئيسة الوزراء تيريزا ماي: the name is the principal's, the speaker unnamed); the first PER mention (a title
phrase before a name: the name speaks); a mention at its head (وزارة الخارجية); a name in apposition after a
comma (أحد شيوخ القبائل، فهد الأشرفي); an unnamed source word at its head (مسؤول، مصادر مطلعة) → no
entity, its words as text; a definite title alone (الوزير، الزعيم المعارض) → an anaphor, resolved by
marsad.quotes_titles.title_referent; a bare surname the NER missed that ends the name of a person the
article named in full (الجبير → عادل الجبير); an untagged phrase naming an entity the NER found elsewhere
(الوزارة → وزارة الدفاع البريطانية). A plural verb (ودعوا، يقولون) has no subject after it (VSO verbs stay
singular), and a lone possessed noun after a verb is its object (ودعا أنصاره). A title cut at a preposition
takes the name after it (السفيرة الأميركية لدى الأمم المتحدة كارين ويلز). A definite title phrase the
article gave a person earlier is that person (marsad.quotes_holders: المتحدث الرسمي باسم التحالف، رئيس بلدية
أنقرة), and a spokesperson of a body never the body: its named spokesperson, else unnamed.
A subject before the verb (SVO) is read by marsad.quotes_preverbal; the words and tests the phrase is read
with (stops, titles, source heads, `Subject`) are in marsad.quotes_speakers.
"""

from __future__ import annotations

from marsad.arabic import folded_words
from marsad.article import Entity
from marsad.attribution import OutletMatch, match_outlet
from marsad.attribution_relays import INTERVIEW, reporter_outlet
from marsad.quotes_appositions import MAX_QUOTED_NAME, apposition
from marsad.quotes_called import called_at, called_later
from marsad.quotes_gender import feminine_plural_object
from marsad.quotes_holders import definite_phrase, spokesperson_holder, title_holder
from marsad.quotes_lexicon import load
from marsad.quotes_named_elsewhere import named_elsewhere
from marsad.quotes_named_units import closing_mark, marked_name_end
from marsad.quotes_speakers import (
    MAX_SUBJECT,
    NON_SOURCES,
    ON_BEHALF,
    RELATIONS,
    SPOKESPERSON,
    UNNAMED,
    Subject,
    ends_subject,
    eponym,
    is_complementizer,
    is_title,
    two_word_title,
)
from marsad.quotes_titles import role_noun, two_word_holder
from marsad.quotes_view import QUOTE_CHARS, View

_PLURAL_ENDINGS = ("وا", "ون")  # folded 3rd person plural endings of past and imperfect verbs
# "In it" right after the verb (يوم قال فيه الوزير إن، خطاب أكد فيه الرئيس أن): the subject
# follows it (session 28c, S4). Not for verbs whose noun after them is as often their object (بيانا وصف فيه
# الرئيس بأنه، دعت فيه الحكومة إلى: the statement's issuer calls on the government).
_IN_IT = folded_words("فيه فيها")
_OBJECT_VERBS = frozenset(  # lemmas, as the lexicon writes them
    {"وصف", "اعتبر", "رأى", "اتهم", "انتقد", "دعا", "طالب", "حث", "ناشد", "حذر", "أدان"}
    | {"حمل", "هاجم", "رحب", "أشاد", "هنأ", "شكر", "نفى", "نعى", "أبلغ", "أخبر"}
)
TITLE_REACH = 6  # tokens past a title's stop to its name (لدى الأمم المتحدة كارين ويلز)
# Military ranks' second words, which the titles lexicon lacks alone (العقيد الركن، اللواء الطيار).
SHORT_MARKED = 3  # words of a body's own name in marks inside a title's phrase (بلدية "بوندي")
SPEAKER_TEXT_WORDS = 3  # an unnamed source keeps its head and up to two modifiers (مصادر أمنية أردنية)
_QUANTIFIERS = folded_words("أحد إحدى بعض عدد عشرات مئات آلاف")  # before a source word (أحد الشهود)
# "Latest", "last" before a non-source (وفقا لأحدث أرقام حكومية، بحسب آخر إحصاءات الحكومة).
_LATEST = folded_words("أحدث آخر")
# Type nouns that head a news outlet's name when they head a reporting verb's subject (موقع X، صحيفة X);
# not وكالة or شبكة, which as often head a government agency or a rights network (وكالة إدارة الكوارث).
_OUTLET_HEADS = folded_words("موقع صحيفة جريدة مجلة قناة إذاعة تلفزيون")
# Office titles (titles.tsv relational=office) that, with a person's name right after them, name whom the
# office serves (مستشار أردوغان: the adviser speaks, not Erdogan).
OFFICES = folded_words("مستشار مستشارة مساعد مساعدة", article=True)
_MANAGERS = folded_words("مدير مديرة", article=True)  # مديرة أعمال X "X's manager" speaks for herself
_RELATIVE = folded_words("الذي التي الذين")
_OBJECT = frozenset({"على", "مع", "حول", "عبر", "خلال"})  # a verb's object, not a title's; not folded: علي


def _in_it(view: View, i: int) -> bool:
    """Token i is a reporting verb of a clause (قال، أكد، أعلن …) followed by فيه/فيها and then a word that
    opens a subject."""
    k = i + 1
    if i < 0 or k + 1 >= view.n or view.tokens[k].folded not in _IN_IT or view.tokens[k].prefixes:
        return False
    key = view.first_keys(load().verbs)[i]
    if key is None or load().verbs[key].verb.lemma in _OBJECT_VERBS:
        return False
    # The word after it opens a subject: a mention, a title, a definite noun or a source noun (مسؤولون،
    # مصدر); not a verbal noun or an adverb that is the verb's object or cue (أكد فيه ضرورة …، ذكرت فيه نقلا
    # عن …، قال فيها وفقا لـ…).
    j = k + 1
    return (
        j in view.covered
        or is_title(view, j)
        or view.has(j, UNNAMED) is not None
        or (view.tokens[j].folded.startswith("ال") and not is_complementizer(view, j))
    )


def subject(
    view: View, i: int, last_outlet: OutletMatch | None, limit: int | None = None, glued: bool = False
) -> Subject:
    """The subject phrase after the verb at token i (VSO), classified as the module docstring says; it
    ends before token `limit` (the quote's content) when given; `glued`: see `ends_subject`."""
    lo = i + 1
    if i >= 0 and view.has(i, load().verbs) and view.tokens[i].folded.endswith(_PLURAL_ENDINGS):
        # A verb before its subject stays singular (قال المسؤولون); a plural verb (ودعوا، يقولون) has its
        # subject dropped, and the noun after it is its object (ودعوا الرئيس إلى …).
        return Subject("none", lo)
    if i >= 0 and feminine_plural_object(view, i):
        return Subject("none", lo)  # فيما دعا الراغبات … إلى: the object; the subject is dropped (K4)
    if _in_it(view, i):
        lo += 1
    hi = min(view.sentence(i)[1], lo + MAX_SUBJECT, view.n if limit is None else limit)
    while lo < hi < min(view.sentence(i)[1], view.n if limit is None else limit) and hi in view.covered:
        if view.covered[hi] is not view.covered.get(hi - 1):
            break
        hi += 1  # a name the word limit cut (المتحدث باسم القائد العام للقوات المسلحة اللواء يحيى رسول)
    top = min(view.sentence(i)[1], view.n if limit is None else limit)
    j = lo
    while True:
        while j < hi and not ends_subject(view, j, lo, glued):
            j += 1
            close = _bracketed_after_mention(view, j, lo)
            if close > j:  # لمنظمة X (يونيسف) Y: a body's bracketed acronym inside the phrase (the lead's n1)
                hi, j = min(top, hi + close - j), close
        close = _unit_in_marks(view, lo, j, top)
        if close < 0:
            break
        hi, j = min(top, hi + close + 1 - j), close + 1
    called = called_at(view, j) if lo < j < hi else None
    if called is not None:
        return called
    if j == lo and lo < hi and view.word(lo) in QUOTE_CHARS:
        return _quoted_subject(view, lo, hi, last_outlet)
    # (lo < hi: a relative clause's verb can end the text, الذي قال with nothing after it)
    relative = i > 0 and lo < hi and view.has(i - 1, _RELATIVE) is not None and view.tokens[lo].suffix != ""
    # التي قال منسقها X إن: in a relative clause a possessed title with a name after it is the verb's own
    # subject (its coordinator X), not the object of a verb whose subject is the antecedent
    apposed = view.mention_at.get(lo + 1) if relative and j <= lo + 1 and is_title(view, lo) else None
    if apposed is not None and apposed[0].label == "PER":
        return Subject("entity", apposed[1] + 1, entity=apposed[0])
    if j == lo or (j == lo + 1 and (_possessed(view, lo) or relative)):
        return Subject("none", j)  # …، الذي أكد حرصه على: the object; the subject is the antecedent
    found = classify(view, lo, j, last_outlet)
    if found.kind == "unnamed":
        # وقالت امرأة تجلس خلف المقود في سيارتها، وتدعى X، "…": the name "called" after the description
        called = called_later(view, j, top)
        if called is not None:
            return called
    # An indefinite source (مسؤول من دائرة الرئيس X) has no name after it: the name is the principal's.
    # A head in construct with a definite noun is definite (نائب السفير الأميركي في الأمم المتحدة X).
    indefinite = (
        view.has(lo, UNNAMED) is not None
        and not view.tokens[lo].folded.startswith("ال")
        and not (lo + 1 < j and view.tokens[lo + 1].folded.startswith("ال"))
    )
    # سفير إسرائيل في بريطانيا مارك ريغيف: a title with a place as its genitive, its holder named after it.
    genitive = found.kind == "entity" and found.entity is not None and found.entity.label == "LOC"
    # (a two-word title only here: alone, المدعي العام stays the unnamed words, no earlier speaker)
    titled = is_title(view, lo) or two_word_title(view, lo)
    if (found.kind in ("anaphor", "unnamed") or genitive) and titled and not indefinite:
        named = _name_after_title(view, j)
        if named is not None:
            return named
    # وأكد المتحدث الرسمي باسم التحالف، وصرح رئيس بلدية أنقرة: a title phrase the article gave a person
    # earlier is that person, not an unnamed source nor its genitive's body or place (quotes_holders).
    owned = found.kind == "unnamed" or (
        found.kind == "entity"
        and found.entity is not None
        and found.entity.label != "PER"
        and lo not in view.mention_at
    )
    if owned and is_title(view, lo) and definite_phrase(view, lo, j):
        holder = title_holder(view, lo, j, i, None)
        if holder is not None:
            return Subject("entity", found.end, entity=holder)
    # the spokesperson's باسم, after one adjective at most (المتحدث العسكري باسم جماعة X)
    behalf = next((k for k in (lo + 1, lo + 2) if k < j and view.tokens[k].folded in ON_BEHALF), None)
    if behalf == lo + 2 and not view.tokens[lo + 1].folded.startswith("ال"):
        behalf = None
    if owned and found.kind == "entity" and view.has(lo, SPOKESPERSON) and behalf is not None:
        # المتحدث باسم قوات التحالف العربي: the one spokesperson the article named for that body; with none,
        # the spokesperson speaks, unnamed, not the body or the country (المتحدث باسم وزارة خارجية كوريا
        # الشمالية; bench/gold/QUOTES.md: متحدث باسم الشرطة; session 9).
        definite = view.tokens[lo].folded.lstrip("وف").startswith("ال")  # متحدث باسم: "a spokesman"
        holder = spokesperson_holder(view, behalf - 1, j, i) if definite else None
        if holder is not None:
            return Subject("entity", found.end, entity=holder)
        return Subject("unnamed", found.end, text=view.span_text(lo, j))
    return found


def _unit_in_marks(view: View, lo: int, j: int, top: int) -> int:
    """The closing mark of a unit's name in marks at token j inside a title's phrase, which goes on past it
    with a title or a person's name (قائد "اللواء الخامس مشاة" العقيد X، أن; مدير "مركز …" الدكتور X: the
    person speaks, not the bare title), else -1."""
    if not lo < j < top or not any(is_title(view, k) for k in range(lo, j)):
        return -1
    close = marked_name_end(view, j)
    if close < 0 and j > lo and not view.punct(j - 1):
        # عمدة بلدية "بوندي" X، مدير مستشفى "الأمل" X: the body's own short name in marks after its noun
        # (session 30, dev8); the person must follow, as below
        close = closing_mark(view, j, SHORT_MARKED)
    after = close + 1
    if close < 0 or after >= top:
        return -1
    # a person named right after the marks, or after one definite word there (الدكتور، الشيخ)
    definite = view.tokens[after].folded.startswith("ال") and after + 1 < top
    person = any(
        k in view.mention_at and view.mention_at[k][0].label == "PER"
        for k in ((after, after + 1) if definite else (after,))
    )
    return close if person or is_title(view, after) else -1


def _hyphened(view: View, k: int) -> bool:
    """The mention at token k is joined by a hyphen to the next word: part of a compound name the NER cut
    (جان-كريستوف), no place."""
    last = view.mention_at[k][1]
    return last + 1 < view.n and view.word(last + 1) == "-"


def _bracketed_after_mention(view: View, j: int, lo: int) -> int:
    """Past lo, the token after a bracketed acronym of at most three tokens opening at j, when it or the
    word before it is a mention (منظمة الأمم المتحدة للطفولة (يونيسف)); else j."""
    if j + 1 >= view.n or j <= lo or view.word(j) != "(":
        return j
    if j - 1 not in view.covered and j + 1 not in view.covered:
        return j
    close = next((k for k in range(j + 2, min(view.n, j + 5)) if view.word(k) == ")"), -1)
    return close + 1 if close > 0 else j


def _quoted_subject(view: View, lo: int, hi: int, last_outlet: OutletMatch | None) -> Subject:
    """A subject that is a short quoted name (وذكرت "أس" المدريدية أن): classified like a phrase."""
    for close in range(lo + 1, min(hi, lo + 2 + MAX_QUOTED_NAME)):
        if view.word(close) in QUOTE_CHARS:
            if close == lo + 1:
                break
            outlet = match_outlet(view, lo, last_outlet)
            if outlet is not None and outlet.lo == lo + 1:
                return Subject("outlet", close + 1, text=outlet.text, outlet=outlet)
            found = classify(view, lo + 1, close, last_outlet)
            return Subject(found.kind, close + 1, found.entity, found.text, found.outlet)
    return Subject("none", lo)


def _name_after_title(view: View, j: int) -> Subject | None:
    """A PER named shortly after a title cut at a preposition (وقالت السفيرة الأميركية لدى الأمم المتحدة
    كارين ويلز في بيان): the title's own complement holds no verb, complementizer, quote or punctuation."""
    for k in range(j, min(view.n, j + TITLE_REACH)):
        if k > j and view.word(k) in ("،", ",") and _set_off_person(view, k + 1):
            # قال الأستاذ الأردني بالطب النفسي، X Y، إن: the name set off by commas after the cut title
            entity, last = view.mention_at[k + 1]
            return Subject("entity", last + 1, entity=entity)
        mark = view.word(k) in QUOTE_CHARS  # a mark right after the title opens its name: العميد الركن "X Y"
        stop = (view.punct(k) and not (mark and k == j)) or view.word(k) in _OBJECT  # على تغريدة X: object
        if stop or (mark and k > j) or is_complementizer(view, k):
            return None
        if k not in view.mention_at and is_title(view, k):
            return None  # a second title (مسؤول في مكتب الرئيس X): the name after it is that title's
        if view.has(k, load().verbs):
            return None
        if k in view.mention_at and view.mention_at[k][0].label == "PER" and not eponym(view, k):
            entity, last = view.mention_at[k]
            return Subject("entity", last + 1, entity=entity)
    return None


def _set_off_person(view: View, k: int) -> bool:
    """A PER mention opens at token k and a comma or a complementizer closes it (session 22)."""
    if k not in view.mention_at or view.mention_at[k][0].label != "PER" or eponym(view, k):
        return False
    after = view.mention_at[k][1] + 1
    return after < view.n and (view.word(after) in ("،", ",") or is_complementizer(view, after))


# Stems of kin and a lawyer with a possessive pronoun (وقالت زوجته، وقال محاميه، وذكرت عائلتها): they speak
# for themselves, the subject, not the verb's object (session 21, dev5's وفقا لما قالته زوجته).
_KIN = folded_words("زوج زوجت شقيق شقيقت والد والدت عائلت أسرت أقارب نجل نجلت أرملت محامي محامو")


def _possessed(view: View, i: int) -> bool:
    """Token i is a plain noun with a possessive pronoun (ودعا أنصاره لـ…): the verb's object, its subject
    dropped. Names, source words, titles and kin (_KIN) are not."""
    word = view.word(i)
    if i in view.covered or view.has(i, UNNAMED) or is_title(view, i) or word.endswith("ة"):
        return False
    if view.tokens[i].suffix and view.has(i, _KIN) is not None:
        return False
    folded = view.tokens[i].folded
    return len(folded) >= 5 and folded.endswith(("ه", "ها", "هم", "هما")) and len(view.keys(i)) > 1


def classify(view: View, lo: int, j: int, last_outlet: OutletMatch | None) -> Subject:
    """The subject phrase in tokens [lo, j) as an outlet, an entity, an unnamed source or an anaphor."""
    if view.has(lo, NON_SOURCES) or (lo + 1 < j and view.has(lo, _LATEST) and view.has(lo + 1, NON_SOURCES)):
        return Subject("nonsource", j)
    if view.has(lo, INTERVIEW):
        # ووصف تصريحات لها … بأنها: a statement noun after the verb is its object, the subject dropped.
        return Subject("none", j)
    outlet = match_outlet(view, lo, last_outlet)
    if outlet is not None and outlet.lo <= lo + 3:  # the name may follow a type noun, أنباء and a mark
        return Subject("outlet", max(j, outlet.hi), text=outlet.text, outlet=outlet)
    # أحد سكان حلب، بعض المسؤولين، عدد من الناشطين: a quantifier before a source word is an unnamed source,
    # whoever its genitive names.
    head = lo + 1 if view.tokens[lo].folded in _QUANTIFIERS else lo
    if head < j and head > lo and view.tokens[head].folded == "من":
        head += 1
    sourced = head < j and (view.has(head, UNNAMED) or view.has(head, RELATIONS))
    if head > lo and sourced and lo not in view.mention_at:
        return Subject("unnamed", j, text=view.span_text(lo, min(j, head + SPEAKER_TEXT_WORDS)))
    # A lone title word tagged PER (شيخ) is no name: the name may follow in apposition.
    mentions = [
        (k, view.mention_at[k][0])
        for k in range(lo, j)
        if k in view.mention_at
        and not all(is_title(view, m) for m in range(k, view.mention_at[k][1] + 1))
        and not eponym(view, k)
    ]
    principal = _principal(view, lo, j)
    if principal is not None:
        # المتحدث باسم بوتين، X، / مستشار أردوغان، X،: the person named first is whom the speaker works for;
        # the speaker is the name in apposition, else (مستشار أردوغان alone) the unnamed adviser.
        apposed = apposition(view, lo, j)
        if apposed is not None:
            return apposed
        if not view.has(lo, SPOKESPERSON) and principal == j:
            return Subject("unnamed", j, text=view.span_text(lo, j))
    if _speaks_for_person(view, lo, j):
        ranked = next((e for k, e in mentions if e.label == "PER" and _ranked(view, k)), None)
        if ranked is not None:
            return Subject("entity", j, entity=ranked)
        return apposition(view, lo, j) or Subject("unnamed", j, text=view.span_text(lo, j))
    if view.has(lo, OFFICES) and mentions and all(e.label != "PER" for _, e in mentions):
        # المستشار الإعلامي لقائد قوات الدعم السريع: the body named is whom the adviser serves (the lead's
        # request a3, session 13), no speaker; the adviser speaks, unnamed unless a name is apposed.
        return apposition(view, lo, j) or Subject("unnamed", j, text=view.span_text(lo, j))
    manager = view.has(lo, _MANAGERS) and lo + 1 < j and view.tokens[lo + 1].folded == "اعمال"
    # The model may tag the relation with the name as one PER mention (محامو ساركوزي): the same relation.
    glued = lo in view.mention_at and view.mention_at[lo][1] > lo and view.mention_at[lo][0].label == "PER"
    if (view.has(lo, RELATIONS) or manager) and (
        glued or (lo not in view.mention_at and any(k > lo for k, _ in mentions))
    ):
        named = _apposed_to_relation(view, lo, mentions)
        if named is not None:
            return Subject("entity", j, entity=named)  # وقال المحامي X: a definite head takes no genitive
        # محامي عائلة خاشقجي، شقيق الضحية: the person named in the genitive is not the one speaking.
        text = view.span_text(lo, min(j, lo + SPEAKER_TEXT_WORDS))
        return apposition(view, lo, j) or Subject("unnamed", j, text=text)
    for _, entity in mentions:
        if entity.label == "PER":
            return Subject("entity", j, entity=entity)
    if mentions and _object_after_title(view, lo, mentions[0][0]):
        # وحذر المندوب الروسي واشنطن من: a bare name after a definite title and its adjectives is no
        # genitive (that needs an indefinite head: مندوب روسيا) but the verb's object
        return Subject("anaphor", mentions[0][0], text=view.span_text(lo, mentions[0][0]))
    if mentions and mentions[0][0] == lo and mentions[0][1].label != "MISC":
        return Subject("entity", j, entity=mentions[0][1])
    apposed = apposition(view, lo, j)
    if apposed is not None:
        return apposed
    named = named_elsewhere(view, lo, j)
    if named is not None:
        return Subject("entity", j, entity=named)
    if (
        j == lo + 1
        and view.tokens[lo].folded.lstrip("وف") in SPOKESPERSON
        and view.tokens[lo].folded.startswith("ال")
    ):
        return Subject("anaphor", j, text=view.span_text(lo, j))  # وتابعت المتحدثة: the one named before
    if view.has(lo, UNNAMED):
        outlet = _source_outlet(view, lo + 1, j)
        if outlet is not None and outlet.lo < j and lo + SPEAKER_TEXT_WORDS < outlet.hi:
            # مراسل وكالة الأنباء والمعلومات الفلسطينية (وفا): the source's outlet whole, its acronym too, not
            # cut at SPEAKER_TEXT_WORDS (the lead's n2, session 15)
            end = max(outlet.hi, _bracketed_after_mention(view, outlet.hi, lo))
            return Subject("unnamed", max(j, end), text=view.span_text(lo, end), outlet=outlet)
        text = view.span_text(lo, min(j, lo + SPEAKER_TEXT_WORDS))
        return Subject("unnamed", j, text=text, outlet=outlet)
    if j == lo + 2 and two_word_title(view, lo) and view.tokens[lo].folded.lstrip("وف").startswith("ال"):
        # وقال الأمين العام: the holder the article titled so before; with none, the unnamed words (not
        # the previous speaker, as a one-word title's anaphor: المدعي العام after الحريري's quote)
        holder = two_word_holder(view, lo)
        if holder is not None:
            return Subject("entity", j, entity=holder)
    if is_title(view, lo) and all(view.tokens[k].folded.startswith("ال") for k in range(lo, j)):
        return Subject("anaphor", j, text=view.span_text(lo, j))  # وأضاف الوزير: see title_referent
    if role_noun(view, lo, j):
        return Subject("anaphor", j, text=view.span_text(lo, j))  # وقال المدرب after المدرب خالد العلي
    spokesperson = view.has(lo, SPOKESPERSON) is not None  # its body's one spokesperson: see subject()
    if (
        mentions
        and (
            mentions[0][1].label == "ORG"
            or (mentions[0][1].label == "LOC" and not _hyphened(view, mentions[0][0]))
        )
        and mentions[0][0] > lo
        and is_title(view, lo)
        and not spokesperson
    ):
        # مدير منظمة الصحة العالمية، مفوض الأمم المتحدة السامي: a title whose body is named, its holder not
        # (a named holder was sought above): the holder speaks, unnamed, not the body (bench/gold/QUOTES.md);
        # nor the place of its office (عميد بلدية الزاوية X Y: the lead's q1, session 15)
        return Subject("unnamed", j, text=view.span_text(lo, j))
    if mentions and mentions[0][1].label != "MISC":
        return Subject("entity", j, entity=mentions[0][1])
    for k in range(lo, j):
        person = view.surname(k)
        if person is not None:
            return Subject("entity", j, entity=person)
    text = view.span_text(lo, j)
    if j - lo > 1 and view.has(lo, _OUTLET_HEADS) and not view.tokens[lo].folded.startswith("ال"):
        # وقال موقع بونباست.كوم إن: an outlet the lexicon and the NER do not know reports, and relays (a
        # construct with its name; الموقع ذاته "the same site" names none).
        return Subject("unnamed", j, text=text, outlet=OutletMatch(lo, j, text, None, None))
    # Not a known source word: keep the whole phrase, which holds a name the NER missed (وزير … أيمن الصفدي).
    return Subject("unnamed", j, text=text)


def _source_outlet(view: View, lo: int, j: int) -> OutletMatch | None:
    """An outlet an unnamed source belongs to, in its phrase [lo, j) or right after it (مراسل وكالة
    الأناضول، مصادر "سكاي نيوز عربية"): the source's relay."""
    for k in range(lo, min(j + 1, view.n)):
        hit = match_outlet(view, k)
        if hit is not None and hit.lo <= k + 1:
            return hit
    return reporter_outlet(view, lo - 1, j)  # مراسل "العربية": the reporter's outlet in marks


def _principal(view: View, lo: int, j: int) -> int | None:
    """The token after a person named right after an office title or a spokesperson's باسم in [lo, j)
    (مستشار أردوغان، المتحدث باسم بوتين): the person the speaker works for; else None."""
    at = (
        lo + 2
        if view.has(lo, SPOKESPERSON) and lo + 1 < j and view.tokens[lo + 1].folded in ON_BEHALF
        else lo + 1
    )
    serves = at > lo + 1 or view.has(lo, OFFICES) is not None
    if serves and at < j and at in view.mention_at and view.mention_at[at][0].label == "PER":
        return view.mention_at[at][1] + 1
    return None


# An officer's rank right before a name after a spokesperson's titled principal (المتحدث باسم القائد العام
# للقوات المسلحة اللواء X): the officer is the spokesperson, not the principal (a commander in chief has no
# rank of لواء; the lead's request g1 s1, session 14).
_OFFICER_RANKS = folded_words("اللواء العميد العقيد المقدم الرائد النقيب")


def _ranked(view: View, k: int) -> bool:
    """The mention at k follows an officer's rank (اللواء، العميد، العقيد ...)."""
    return k >= 1 and view.tokens[k - 1].folded in _OFFICER_RANKS


def _speaks_for_person(view: View, lo: int, j: int) -> bool:
    """المتحدث باسم رئيسة الوزراء تيريزا ماي: a spokesperson of a titled or named person, the name theirs."""
    if j - lo < 3 or not view.has(lo, SPOKESPERSON) or view.tokens[lo + 1].folded not in ON_BEHALF:
        return False
    principal = lo + 2
    if principal in view.mention_at:
        # A non-person principal (باسم ماي tagged LOC, باسم الخارجية) ends the phrase's names; a PER
        # mention here is kept as the speaker, since a model often glues the body to the spokesperson's
        # name (باسم حماس فوزي برهوم).
        entity, last = view.mention_at[principal]
        return entity.label != "PER" and not any(
            k in view.mention_at and view.mention_at[k][0].label == "PER" for k in range(last + 1, j)
        )
    return is_title(view, principal)


def _object_after_title(view: View, lo: int, k: int) -> bool:
    """Tokens [lo, k) are a definite title and definite words, and the mention at k a place's bare name
    (no ال, no clitic: المدير العام لوزارة X is a genitive)."""
    token = view.tokens[k]
    if k <= lo or not is_title(view, lo) or token.folded.startswith("ال") or token.prefixes:
        return False
    if view.mention_at[k][0].label != "LOC":
        return False
    return all(view.tokens[m].folded.lstrip("وف").startswith("ال") for m in range(lo, k))


def _apposed_to_relation(view: View, lo: int, mentions: list[tuple[int, Entity]]) -> Entity | None:
    """The person named right after a definite relation noun and its definite adjectives (المحامي الحقوقي
    X): in apposition, since a definite noun takes no genitive (محامي عائلة X is the relation's)."""
    token = view.tokens[lo]
    word = token.folded[1:] if token.prefixes[:1] in ("و", "ف") else token.folded  # not والد's root و
    if not word.startswith("ال") or lo in view.mention_at:
        return None
    k, entity = next(((k, e) for k, e in mentions if k > lo), (-1, None))
    if entity is None or entity.label != "PER":
        return None
    between = range(lo + 1, k)
    return entity if all(view.tokens[b].folded.startswith("ال") for b in between) else None
