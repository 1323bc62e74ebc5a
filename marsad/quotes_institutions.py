"""Institutions that speak but that the NER missed: spans for the entities stage to add as ORG.

The gold (bench/gold/QUOTES.md) names a body by a unique definite description as a named speaker
(الجيش الإسرائيلي، الحكومة البريطانية، الشرطة، قوات التحالف العربي), and a quote's speaker is an entity id:
when the NER finds no mention there, the quotes stage can only give the phrase as `speaker_text`.
`institution_spans` finds these phrases where they are the subject of a reporting verb (قال الجيش
الإسرائيلي إن، وكانت السلطات … قد دعت), of أصدر before a statement (وأصدرت الخارجية بيانا), of the
sentence's first verb when a reporting verb later in the sentence has its subject dropped (تصدت الدفاعات
الجوية السورية … لما وصفته بـ"…" قالت إنه; session 26), or the source of an attribution (حسب الحكومة
الإيطالية):
the phrase's head is an institution noun (INSTITUTIONS), the phrase is definite (ال on its head, or on its
last word: a construct such as قوات التحالف العربي), and no entity covers any of its words. Indefinite
collectives (منظمات حقوقية، مصادر أمنية) and titles (الوزير) stay unnamed. (Session 28c's S5, an outlet
described by its type noun and a nisba, and S7, the bound on the description rather than on the subject range,
were measured and taken out by the lead: each moved the events gate's cv5, QUOTES_SESSION28c.md.)
The entities stage adds them as ORG with source `entity_spans.DESCRIPTION_SOURCE`, before merging:
bench/gold/ENTITIES.md does not count these descriptions as mentions, so NER scoring leaves that source out.
"""

from __future__ import annotations

from marsad import lexicons
from marsad.arabic import fold, folded_words
from marsad.article import Article, Entity, Span
from marsad.attribution import match_cue
from marsad.clitics import bare
from marsad.quotes_claims import reporting_verb
from marsad.quotes_lexicon import QuoteLexicon, load
from marsad.quotes_named_elsewhere import named_before
from marsad.quotes_names import definite_share
from marsad.quotes_preverbal import preverbal
from marsad.quotes_sources import cue_source
from marsad.quotes_speakers import (
    KANA,
    MAX_SUBJECT,
    is_complementizer,
    is_title,
)
from marsad.quotes_subjects import subject
from marsad.quotes_view import QUOTE_CHARS, View

MAX_WORDS = 5  # an institution's description: head and up to four words (قوات التحالف العربي في اليمن: 3)

# Head nouns of bodies that issue statements (folded, without ال).
INSTITUTIONS = folded_words(
    "حكومة جيش شرطة سلطات قيادة خارجية داخلية رئاسة مفوضية نيابة ادعاء محكمة وزارة قوات تحالف "
    "منظمة هيئة لجنة مجلس مكتب حركة حزب جماعة سفارة قنصلية بلدية إدارة مشروع مركز بعثة برلمان "
    "كرملين بنتاغون بنتاجون أمانة رابطة نقابة اتحاد جمعية حرس شركة مؤسسة "
    "دفاعات"  # الدفاعات الجوية السورية "the Syrian air defences" (session 26)
    " خفر"  # خفر السواحل التركي "the Turkish coast guard" (session 28c, S1)
)
_WA_HEADS = folded_words("وزارة الوزارة")  # a head whose own first letter is و (session 28c, S6)


# "Issued" (أصدر) with a statement noun after its subject (وأصدرت الخارجية بيانا وصفت فيه …): the body speaks
# through the statement, whose verbs (وصفت فيه) have no subject of their own.
_ISSUED = folded_words("أصدر أصدرت")
_STATEMENTS = folded_words("بيان بيانا بلاغا تصريحا")

# Verbs of a stance a body takes (وأدانت الخارجية الأمريكية الهجوم) that make no quote themselves, but
# whose subject a conjoined pro-dropped reporting verb in the same sentence shares (، ووصفته بأنه "…"،
# وأكدت أن): that body speaks (the lead's request g1 s2, session 12).
_STANCES = folded_words("أدان أدانت ندد نددت استنكر استنكرت شجب شجبت رحب رحبت انتقد انتقدت")
CONJOINED = 12  # tokens from the stance verb to the conjoined reporting verb (، ووصفته after the object)

_LAKINNA = folded_words("لكن ولكن")  # "but": opens a clause whose subject precedes its verb (preverbal's)

_NISBA = ("ي", "يه", "يين", "يون")  # folded endings of a definite relative adjective (الإسرائيلي، البريطانية)

# A statement of a body after ل as a reporting verb's subject (وذكر بيان للرئاسة التونسية أن، وقال بيان
# للخارجية الكندية إن): the body speaks (bench/gold/QUOTES.md: a statement of a named body is that body's).
# Only these heads: a bare لـ + الحكومة/الشرطة … is as often a generic body the gold leaves unnamed
# (session 20 measured the open form: the check half's speaker accuracy fell); session 21, session 20's list.
_STATEMENT_HEADS = folded_words("بيان بلاغ")
_BODY_HEADS = frozenset("ال" + w for w in folded_words("جيش خارجية رئاسة"))


def _phrase(view: View, lo: int, hi: int) -> tuple[int, int] | None:
    """The institution phrase in tokens [lo, hi) (quote marks and punctuation trimmed), or None."""
    while lo < hi and view.word(lo) in QUOTE_CHARS:
        lo += 1
    while hi > lo and (view.punct(hi - 1) or view.word(hi - 1) in QUOTE_CHARS):
        hi -= 1
    if not 0 < hi - lo <= MAX_WORDS:
        return None
    folded = view.tokens[lo].folded
    head = folded.lstrip("وف")
    for whole in (folded, folded[1:] if folded[:1] in ("و", "ف") else ""):
        if whole in _WA_HEADS:
            head = whole  # وزارة، ووزارة: the head's own و is no clitic (lstrip took it)
            break
    bare = head[2:] if head.startswith("ال") else head
    if bare not in INSTITUTIONS:
        return None
    # The description: a definite head with relative adjectives (الحكومة البريطانية), or an indefinite
    # head in a construct up to its first definite word, then adjectives (قوات التحالف العربي); the
    # words after it are the verb's object (ودعا الجيش المواطنين).
    k = lo + 1
    definite = head.startswith("ال")
    while not definite and k < hi:
        definite = view.tokens[k].folded.startswith("ال")
        k += 1
    if not definite:
        return None  # منظمات حقوقية، مصادر أمنية: an indefinite body is an unnamed source
    while k < hi and view.tokens[k].folded.startswith("ال") and view.tokens[k].folded.endswith(_NISBA):
        k += 1
    hi = k
    if any(k in view.covered or view.word(k)[:1].isdigit() for k in range(lo, hi)):
        return None
    return lo, hi


def _statement_body(view: View, i: int, hi: int) -> tuple[int, int] | None:
    """For a reporting verb at i whose subject (to token hi) is a statement and a ل-body (بيان للرئاسة
    التونسية): the body's tokens (للرئاسة التونسية), a listed head with its relative adjectives, when no
    entity covers them; else None."""
    k = i + 2
    if k >= min(hi, view.n) or not view.has(i + 1, _STATEMENT_HEADS) or view.tokens[k].prefixes != ("ل",):
        return None
    if not set(view.keys(k)) & _BODY_HEADS:
        return None
    end = k + 1
    while end < hi and view.tokens[end].folded.startswith("ال") and view.tokens[end].folded.endswith(_NISBA):
        end += 1
    if end == k + 1 or any(t in view.covered for t in range(k, end)):
        return None  # a bare للجيش names no one body
    return k, end


def _before(view: View, i: int) -> tuple[int, int] | None:
    """The tokens of a subject before the verb at i, as `quotes_preverbal.preverbal` delimits them."""
    lo = view.sentence(i)[0]
    end = i
    if end - 1 >= lo and view.tokens[end - 1].folded in ("قد", "وقد", "فقد"):
        end -= 1
    k = end - 1
    while k >= lo and end - k <= MAX_SUBJECT:
        if view.tokens[k].folded in _LAKINNA:
            # لكن الرئاسة الفلسطينية حملت: لكن opens it, as in preverbal; a head with its nationality only
            # (a bare لكن الشرطة قالت, or لكن السلطات المحلية, is as often a generic body, left unnamed)
            nation = view.tokens[end - 1].folded in lexicons.nationalities()
            return (k + 1, end) if end - k == 3 and nation else None
        if view.tokens[k].folded in KANA or is_complementizer(view, k):
            return (k + 1, end) if k + 1 < end else None
        if view.punct(k) or view.has(k, load().verbs):
            return None
        k -= 1
    return None


def _conjoined_report(view: View, i: int) -> bool:
    """A reporting verb joined by و right after a comma follows the verb at i in its sentence (وأدانت X
    الهجوم، ووصفته بأنه)."""
    hi = min(view.sentence(i)[1], i + CONJOINED)
    for j in range(i + 2, hi):
        if view.word(j - 1) in ("،", ",") and view.tokens[j].folded.startswith("و"):
            return reporting_verb(load(), view, j) is not None
    return False


# Words that open a sentence but are no verb with a subject after them (في الحكومة …، بعد الهجوم …).
_NOT_VERBS = folded_words(
    "في من عن على إلى حول عبر بعد قبل خلال منذ عقب إثر وسط أمام لدى مع رغم ضد بين تحت فوق عند حتى كما "
    "لكن أما إذا لو ثم أيضا كذلك هذا هذه ذلك تلك"
)
_WHAT = folded_words("ما مما")
OPENING_DEFINITE = 0.02  # a sentence's first word read as a verb: at most this share of its uses carry ال
REPORT_REACH = 30  # tokens from the sentence's first verb to the pro-dropped reporting verb


def _opening_verb(view: View, i: int) -> bool:
    """Token i, a sentence's first word, reads as a verb (تصدت، شن): no ال, no mention, no title, no
    preposition or adverb, and in the clitic model's counts almost never with ال (nouns and adjectives
    often take it)."""
    t = view.tokens[i]
    if i in view.covered or t.folded.startswith("ال") or t.folded.lstrip("وف") in _NOT_VERBS:
        return False
    if is_title(view, i) or len(t.folded.lstrip("وف")) < 3 or not view.word(i).isalpha():
        return False
    return definite_share(bare(view.word(i))) <= OPENING_DEFINITE


def _dropped_report(lex: QuoteLexicon, view: View, i: int) -> bool:
    """The first reporting verb after token i in its sentence has its subject dropped (تصدت الدفاعات
    الجوية، صباح السبت، … وصفته بـ"…" قالت إنه …): the sentence's opening subject says it."""
    hi = min(view.sentence(i)[1], i + REPORT_REACH)
    for j in range(i + 2, hi):
        form = reporting_verb(lex, view, j)
        if form is None:
            continue
        if subject(view, j, None).kind != "none" or preverbal(view, j, None) is not None:
            return False
        # The verb goes on the sentence's own clause: joined by و/ف (وقالت إن، ووصفته), a participle (قائلة،
        # مشيرة إلى), after a comma, or after ما "what" (لما وصفته بـ"…"، ما قالت إنها). After a relative
        # pronoun (المرصد الذي أشار) or an indefinite noun (رجلا زعم أن) its subject is that noun.
        prev = view.tokens[j - 1].folded.lstrip("وفبل")
        return bool(
            form.participle
            or set(view.tokens[j].prefixes) & {"و", "ف"}
            or view.word(j - 1) in ("،", ",")
            or prev in _WHAT
        )
    return False


def institution_spans(article: Article) -> list[Span]:
    """Spans of definite institutions that speak (subject of a reporting verb or source of a cue) and
    that no entity covers, in text order, each once."""
    view = View(article)
    lex = load()
    found: dict[int, int] = {}
    verb_keys, cue_keys = view.first_keys(lex.verbs), view.first_keys(lex.cues)
    for i in range(view.n):
        ranges: list[tuple[int, int] | None] = []
        if verb_keys[i] is not None and reporting_verb(lex, view, i) is not None:
            after = subject(view, i, None)
            if after.kind in ("unnamed", "anaphor"):
                ranges.append((i + 1, after.end))
                body = _statement_body(view, i, after.end) if after.kind == "unnamed" else None
                if body is not None:
                    found.setdefault(*body)
            before = preverbal(view, i, None)
            if before is not None and before.kind in ("unnamed", "anaphor"):
                ranges.append(_before(view, i))
        elif view.tokens[i].folded.lstrip("وف") in _STANCES and _conjoined_report(view, i):
            after = subject(view, i, None)
            if after.kind in ("unnamed", "anaphor"):
                ranges.append((i + 1, after.end))
        elif view.tokens[i].folded.lstrip("وف") in _ISSUED:
            after = subject(view, i, None)
            if after.kind in ("unnamed", "anaphor"):
                span = _phrase(view, i + 1, after.end)
                if span is not None and view.has(span[1], _STATEMENTS):
                    ranges.append(span)
        elif i == view.sentence(i)[0] and _opening_verb(view, i) and _dropped_report(lex, view, i):
            after = subject(view, i, None)
            # the whole subject within MAX_WORDS here: a longer one runs on into the opening verb's object
            # (وطاردت شرطة X متظاهرين …، ويقولون إن: the chanting crowd's words, not the police's)
            if after.kind in ("unnamed", "anaphor") and after.end - (i + 1) <= MAX_WORDS:
                ranges.append((i + 1, after.end))
        elif cue_keys[i] is not None:
            cue = match_cue(view, i)
            if cue is not None and cue[0].kind == "according":
                source = cue_source(view, cue[1])
                if source.kind in ("unnamed", "anaphor"):
                    ranges.append((cue[1], source.end))
        for where in ranges:
            span = _phrase(view, *where) if where is not None else None
            if span is not None:
                found.setdefault(span[0], span[1])
    return [Span(view.tokens[lo].stem.start, view.tokens[hi - 1].end) for lo, hi in sorted(found.items())]


def head_referent(view: View, entity: Entity, at: int) -> Entity:
    """A body named by its head noun alone (وقال المركز، وتابع المكتب، في بيان), which the NER made an ORG
    of its own, is the body the article named before with that head (المركز الأميركي للأعاصير، مكتب
    الرئاسة في مصر): the ORG of two or more words starting with the head, with or without ال, mentioned
    last before token `at`; else `entity` itself."""
    words = entity.name.split()
    head = fold(words[0]) if len(words) == 1 else ""
    if entity.label != "ORG" or not head.startswith("ال") or head[2:] not in INSTITUTIONS:
        return entity
    before = view.tokens[at].start if at < view.n else len(view.text)
    return named_before(view, head[2:], before, "ORG") or entity
