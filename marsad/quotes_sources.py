"""Where an attribution cue's source comes from: the phrase after بحسب، وفقا ل، حسب ما نقلت, read as an
outlet (even in quotation marks or with a glued ل), a report an outlet published (حسب تقرير لمجلة X: the
outlet is the source and the relay), else the subject phrase as marsad.quotes_subjects reads it.
"""

from __future__ import annotations

from marsad.arabic import folded_words
from marsad.attribution import TYPE_NOUNS, match_outlet
from marsad.quotes_named_elsewhere import named_before
from marsad.quotes_speakers import Subject, has_prefix, is_complementizer
from marsad.quotes_subjects import subject
from marsad.quotes_view import QUOTE_CHARS, View

# Attribution cues whose last word is a ل glued to the source (attribution.tsv: وفقا ل، طبقا ل).
_L_CUES = folded_words("وفقا ووفقا طبقا وطبقا")
# A report an outlet published, cited as the source (حسب تقرير لمجلة X): the outlet is its relay.
_REPORTS = folded_words("تقرير تقارير مقال مقالة افتتاحية تحقيق", article=True)
_ON_OR_PUBLISHED = folded_words("على نشرته نشرتها نشره نشرها أوردته أوردها بثته بثها")
# A statement of a named body is that body's (bench/gold/QUOTES.md): بيان لحزب الله، بيان صادر عن الجيش،
# and بيان للحزب after the article named حزب الله (session 10, the lead's hand-written Lebanon report).
_STATEMENTS = folded_words("بيان بلاغ تصريح تغريدة منشور", article=True)
_ISSUED = folded_words("صادر الصادر صادرا")


def _nisba_end(word: str) -> bool:
    """A folded word ending like a relative adjective (الأميركية، البريطاني)."""
    return word.endswith(("يه", "ي"))


def cue_source(view: View, src: int) -> Subject:
    """The source of an attribution cue starting at token src (بحسب X، وفقا لوكالة "رويترز", حسب ما نقلت
    "فرانس برس"): an outlet, even in quotation marks or with a glued ل, else the phrase as `subject`
    reads it."""
    # وفقا لمصادر: the cue's ل glued to the source (not وفق ما قال للقاضي, where ل marks the addressee)
    glued = 0 < src < view.n and has_prefix(view, src, "ل") and view.tokens[src - 1].folded in _L_CUES
    phrase = subject(view, src - 1, None, glued=glued)
    phrase = issued_statement(view, src, phrase)
    phrase = _own_statement(view, src, phrase)
    outlet = match_outlet(view, src)
    if phrase.kind == "unnamed" and view.has(src, _REPORTS):
        return _published_by(view, src, phrase)
    if phrase.kind == "outlet" or outlet is None or outlet.lo > src + 3:
        return phrase
    end = max(outlet.hi, phrase.end)
    while end < view.n and view.word(end) in QUOTE_CHARS:
        end += 1  # the closing mark of a quoted name
    return Subject("outlet", end, text=outlet.text, outlet=outlet)


# A statement noun and an office "of his/hers" (بيان نشره مكتبه الإعلامي، بيان لمكتبها): the statement of
# the person opening the sentence.
_STATEMENT_NOUNS = folded_words("بيان بيانا", article=True)
_HIS_OFFICE = folded_words("مكتبه مكتبها لمكتبه لمكتبها")


def _own_statement(view: View, src: int, phrase: Subject) -> Subject:
    """A cue's unnamed source that is a statement of the speaker's own office (…، بحسب بيان نشره مكتبه
    الإعلامي: رحب المشير خليفة حفتر … is Haftar's): the first PER of the sentence before the cue, else the
    phrase as it was (the lead's request b3 s3, session 11)."""
    if phrase.kind != "unnamed" or src >= view.n or not view.has(src, _STATEMENT_NOUNS):
        return phrase
    if not any(view.tokens[k].folded in _HIS_OFFICE for k in range(src + 1, min(phrase.end, view.n))):
        return _office_of_body(view, src, phrase)
    for k in range(view.sentence(src)[0], src):
        hit = view.mention_at.get(k)
        if hit is not None and hit[0].label == "PER":
            return Subject("entity", phrase.end, entity=hit[0])
    return phrase


# The office a body's statement comes from (بيان نشره المكتب الإعلامي للمجلس).
_OFFICE = folded_words("مكتب", article=True)


def _office_of_body(view: View, src: int, phrase: Subject) -> Subject:
    """A statement published by the office of a body named by its head noun (…، وفق بيان نشره المكتب
    الإعلامي للمجلس: للمجلس is المجلس الرئاسي الليبي named before): that body, as for مكتبه and a person
    (the lead's request f2 s2, session 12). Else the phrase as it was."""
    hi = min(phrase.end, view.n)
    office = next((k for k in range(src + 1, hi) if view.has(k, _OFFICE)), None)
    if office is None:
        return phrase
    for j in range(office + 1, min(hi, office + 3)):
        noun = _of_the(view, j)
        if noun is not None:
            body = named_before(view, noun, view.tokens[src].start)
            return Subject("entity", phrase.end, entity=body) if body else phrase
    return phrase


def _of_the(view: View, k: int) -> str | None:
    """The noun of a bare definite ل-word at token k (للحزب → حزب, no suffix), for the body named before by
    it; else None."""
    word = view.tokens[k].folded if k < view.n else ""
    return word[2:] if word.startswith("لل") and not view.tokens[k].suffix else None


def _published_by(view: View, src: int, phrase: Subject) -> Subject:
    """A report cited as a source (token src), published by the outlet right after it (حسب تقرير لمجلة
    "تايم" الأميركية، وفق ما ذكر تقرير على موقع قناة X): an outlet's report is its own account, so the
    outlet is the source and the relay, as for ذكرت صحيفة X. The phrase runs past the outlet's name, its
    closing mark and a relative adjective. Else the phrase as it was."""
    for k in range(src + 1, min(view.n, src + 3)):
        glued = has_prefix(view, k, "ل")
        if not glued and not view.has(k, _ON_OR_PUBLISHED):
            continue
        at = k if glued else k + 1
        outlet = match_outlet(view, at)
        if outlet is None and at + 1 < view.n and view.has(at, TYPE_NOUNS):
            outlet = match_outlet(view, at + 1)  # موقع صحيفة X: the site of a newspaper
        if outlet is None or outlet.lo > at + 3:
            return phrase
        end = outlet.hi
        while end < view.n and view.word(end) in QUOTE_CHARS:
            end += 1
        if end < view.n and view.tokens[end].folded.startswith("ال") and _nisba_end(view.tokens[end].folded):
            end += 1  # الأميركية
        return Subject("outlet", max(end, phrase.end), text=outlet.text, outlet=outlet)
    return phrase


def reporting_report(view: View, verb: int, phrase: Subject) -> Subject:
    """A report as a reporting verb's subject (token verb + 1), published by an outlet (وأفاد تقرير لشبكة
    X بأن، ذكر تقرير نشرته صحيفة X أن): the outlet speaks and relays, as for a report cited as the source
    (bench/gold/QUOTES.md, session 8). Else the phrase as it was."""
    src = verb + 1
    phrase = issued_statement(view, src, phrase)
    if phrase.kind != "unnamed" or src >= view.n or not view.has(src, _REPORTS):
        return phrase
    return _published_by(view, src, phrase)


def issued_statement(view: View, src: int, phrase: Subject) -> Subject:
    """A statement noun at token src with its issuer after it (بيان لحزب الله، بيان صادر عن الجيش، بيان
    للحزب naming the body the article named before): the issuer speaks. Else the phrase as it was."""
    if phrase.kind != "unnamed" or src + 1 >= view.n or not view.has(src, _STATEMENTS):
        return phrase
    k = src + 1
    if view.has(k, _ISSUED) and k + 1 < view.n and view.tokens[k + 1].folded == "عن":
        k += 2
    elif not has_prefix(view, k, "ل"):
        return phrase
    if k < view.n and k in view.mention_at:
        entity, last = view.mention_at[k]
        if entity.label not in ("PER", "MISC"):
            return Subject("entity", max(phrase.end, last + 1), entity=entity)
        return phrase
    noun = _of_the(view, k)
    if noun is None:
        return phrase
    body = named_before(view, noun, view.tokens[src].start)  # للحزب: the body named before as حزب …
    return Subject("entity", max(phrase.end, k + 1), entity=body) if body else phrase


# Verbs of an act or a feeling a named subject performs (bench/gold/QUOTES.md: أعرب/عبر عن، أدان، انتقد،
# تعهد، هدد make no quote; اتهم X بـ + a verbal noun has no that-clause): with a bare outlet cue after the
# clause (اتهمت قوات X الجيش بقصف …، بحسب ما نقلت وكالة رويترز) the outlet relayed the subject's act, it
# did not say it (the lead's requests e1 s2 and e2 s2, session 12).
_ACTS = folded_words(
    "اتهم اتهمت أعرب أعربت عبر عبرت أدان أدانت ندد نددت استنكر استنكرت شجب شجبت انتقد انتقدت تعهد تعهدت"
    " هدد هددت رحب رحبت"
)
ACT_SUBJECT = 4  # tokens from the verb to its named subject (أعرب وزير الخارجية الإيراني عباس عراقجي)
# أعلن + a noun is an act announced (QUOTES.md: أعلن تأجيل التصويت), when no أن/إن follows it in the clause
# (أعلن ولي العهد الأمير X إطلاق مشروع …، بحسب وكالة "واس": the lead's request f1, session 13); its named
# subject may stand after a longer title.
_ANNOUNCED = folded_words("أعلن أعلنت")
ANNOUNCED_SUBJECT = 7


def relayed_act(view: View, start: int, end: int, source: Subject) -> bool:
    """The clause [start, end) before a bare cue opens with an act verb (_ACTS) whose subject is a named
    entity other than the cue's source: no quote of the source's."""
    dash = next((k for k in range(start + 1, min(end, start + 4)) if view.word(k) in ("-", "–")), None)
    if dash is not None and not any(view.punct(k) for k in range(start, dash)):
        start = dash + 1  # الرياض - أعلن …: past the paragraph's dateline
    announced = start < end and view.has(start, _ANNOUNCED) is not None
    if announced and any(is_complementizer(view, k) for k in range(start + 1, end)):
        return False  # أعلن X أن …: a report, relayed
    if start >= end or not (announced or view.has(start, _ACTS)):
        return False
    reach = ANNOUNCED_SUBJECT if announced else ACT_SUBJECT
    for k in range(start + 1, min(end, start + 1 + reach)):
        if view.punct(k):
            return False
        hit = view.mention_at.get(k)
        if hit is not None:
            return source.entity is None or hit[0] is not source.entity
    return False
