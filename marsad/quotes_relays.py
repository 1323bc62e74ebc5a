"""Which outlet relayed a quote, read around its verb (split from marsad.stages.quotes, session 12): a
relay verb's source and outlet (نقلت X عن Y: Y speaks, X relays; `relayed_source`), a source quoted right
after an outlet subject (وذكرت وكالة X نقلا عن مصادر: `quoting_source`), and the outlet spoken to or cited
near a verb (قال لرويترز إن، "…"، قال X لوكالة Y، …، بحسب وكالة Y: `via_near`)."""

from __future__ import annotations

from marsad.arabic import folded_words
from marsad.attribution import OutletMatch, match_cue, match_outlet
from marsad.attribution_relays import REPORTERS, addressed_outlet, carried_outlet, spoken_to
from marsad.quotes_claims import Claim, reporting_verb
from marsad.quotes_lexicon import QuoteLexicon
from marsad.quotes_speakers import Subject, is_complementizer
from marsad.quotes_subjects import subject
from marsad.quotes_titles import title_referent
from marsad.quotes_view import QUOTE_CHARS, View

RELAYED_SAYING = frozenset({"قوله", "قولها", "قولهم", "قولهما"})  # نقل X عن Y قوله إن: Y said
FROM_HIM = frozenset({"عنه", "عنها", "عنهم", "عنهما"})  # نقلت عنه X: from him, the speaker before
# Tokens from a verb after its content to the outlet it was said to: a title, a four-part name (…، بحسب ما
# أوضح المتحدث باسم الوزارة فابيان ماينفيش لوكالة فرانس برس: 8), or a title with its genitive and a name set
# off by commas (وفقا لما ذكره قائد القوات في الساحل الغربي، العميد الركن X Y، لـ"سكاي نيوز عربية": 17;
# session 10, was 10).
ADDRESSEE_REACH = 18
RELAY_REACH = 4  # tokens from an outlet's name to the عن of its source (X الروسية للأنباء عن)
SAYING_REACH = 8  # tokens back from قائلا to an outlet spoken to (وتحدث X لقناة "الجزيرة" قائلا)


def _from(view: View, k: int) -> bool:
    """Token k introduces a relay's source: عن, or لسان of على لسان "on the tongue of" (ونقلت الوكالة على
    لسان الناطق باسم الخارجية قوله; session 10: CNN Arabic's wording)."""
    word = view.tokens[k].folded
    return word == "عن" or (word == "لسان" and k > 0 and view.tokens[k - 1].folded == "علي")


def quoting_source(view: View, j: int) -> Subject | None:
    """The source after نقلا عن right after an outlet subject (token j on, a comma or a quote mark
    skipped), as a named entity or an unnamed source; else None."""
    while j < view.n and (view.word(j) in QUOTE_CHARS or view.word(j) in ("،", ",")):
        j += 1
    cue = match_cue(view, j) if j < view.n else None
    if cue is None or cue[0].lemma != "نقل" or cue[0].kind != "according":
        return None
    source = subject(view, cue[1] - 1, None)
    return source if source.kind in ("entity", "unnamed") and (source.entity or source.text) else None


def relayed_source(
    view: View, subj: Subject, last: tuple[str | None, str | None], last_outlet: OutletMatch | None
) -> tuple[str | None, str | None, OutletMatch | None]:
    """نقلت X عن Y: Y is the speaker (parsed after عن), X the via."""
    via = subj.outlet
    if via is None and subj.entity is not None:
        tok = view.token_at(subj.entity.mentions[0].start)
        via = OutletMatch(tok, subj.end, subj.entity.name, None, subj.entity.id)
    elif via is None and subj.kind == "unnamed" and subj.text:  # ونقل أحد المواقع الإخبارية عن …
        via = OutletMatch(subj.end, subj.end, subj.text, None, None)
    j = max(subj.end, via.hi) if via is not None else subj.end  # past مراسل "سكاي نيوز عربية"
    named = match_outlet(view, j) if via is not None and via.outlet is None else None
    if named is not None and named.lo <= j + 1:  # ونقل مراسل "سكاي نيوز عربية" عن …: the outlet relays
        via, j = named, named.hi
    if j < view.n and view.word(j) in QUOTE_CHARS:
        # هيئة البث الإسرائيلية "كان" عن …: the outlet's own short name in marks after it (the lead's d2)
        close = next((k for k in range(j + 1, min(view.n, j + 5)) if view.word(k) in QUOTE_CHARS), -1)
        if close > j + 1 and close + 1 < view.n and _from(view, close + 1):
            j = close + 1
    while j < view.n and (view.word(j) in QUOTE_CHARS or view.word(j) in ("،", ",", ")")):
        j += 1  # past the closing mark of a quoted or bracketed name, and a comma
    # عن may follow the outlet's adjectives (وكالة "إنترفاكس" الروسية للأنباء عن، محطة X التلفزيونية عن).
    after = next((k for k in range(j, min(j + RELAY_REACH, view.n)) if _from(view, k)), None)
    if after is not None and not any(
        is_complementizer(view, k) or view.word(k) in QUOTE_CHARS or view.word(k) == ":"
        for k in range(j, after)
    ):
        j = after
    if j < view.n and _from(view, j):
        source = subject(view, j, None)
        if source.kind == "entity" and source.entity is not None:
            return source.entity.id, source.entity.name, via
        if source.kind == "unnamed":
            return None, source.text, via
        if source.kind == "anaphor" and source.text:  # نقلت الوكالة عن الوزير قوله: the minister
            entity = title_referent(view, source.text, j, *last)
            return (entity.id, entity.name, via) if entity is not None else (None, source.text, via)
    elif via is not None and j < view.n and view.tokens[j].folded not in RELAYED_SAYING:
        # بحسب ما نقلت رويترز، ونقلت الصحيفة أن: no source after it, the outlet reports on its own
        # account (ونقلت الوكالة قوله إن goes on with the speaker before).
        return via.entity, via.text, via
    return (*last, via)


# Job nouns whose holder works at the outlet named after في (محلل … في شبكة X): his own organisation.
_STAFF = folded_words(
    "محلل محللة خبير خبيرة معلق معلقة كاتب كاتبة صحفي صحفية مذيع مذيعة محرر محررة مقدم مقدمة", article=True
)


def _employer(view: View, lo: int, verb: int) -> bool:
    """The outlet starting at token lo follows في in the subject of the verb at `verb`, after a job noun
    (محلل الشؤون العسكرية في شبكة CNN): where the speaker works, not an outlet the words were given to."""
    at = next((k for k in (lo - 1, lo - 2) if k > verb and view.tokens[k].folded == "في"), None)
    if at is None:  # في شبكة CNN (the hit may start at the type noun or at the name after it)
        return False
    return any(view.has(k, _STAFF) is not None for k in range(max(verb + 1, at - 5), at))


# Verbs of obtaining a document (حصلت، اطلعت): the outlet after them, in a relative clause on the statement,
# found it; it is no relay of the quote (session 15).
_OBTAINED = folded_words("حصل حصلت اطلع اطلعت")


def _obtained(view: View, i: int, lo: int) -> bool:
    """A verb of obtaining (past quote marks) stands right before the outlet at lo, after the verb at i."""
    k = lo - 1
    while k > i and view.word(k) in QUOTE_CHARS:
        k -= 1
    return k > i and view.tokens[k].folded in _OBTAINED


# "Belonging to him" after an outlet's name (قناة X التابعة له): the speaker's own outlet, which bench/gold/
# QUOTES.md counts as no via (session 21, dev5).
_BELONGING = folded_words("التابعة التابع")
_TO_HIM = folded_words("له لها لهم لهما")


def _own_outlet_of_speaker(view: View, k: int) -> bool:
    """Tokens from k (after an outlet's name, past a closing mark) say it belongs to him (التابعة له)."""
    while k < view.n and view.word(k) in QUOTE_CHARS:
        k += 1
    return k + 1 < view.n and view.has(k, _BELONGING) is not None and view.has(k + 1, _TO_HIM) is not None


def via_near(
    lex: QuoteLexicon, view: View, claim: Claim, last_outlet: OutletMatch | None
) -> OutletMatch | None:
    """An outlet between the verb and the content (قال لرويترز إن), or cited after the content."""
    i = claim.verb_tok
    stop = view.token_at(claim.span.start)
    for j in range(i + 1, min(stop, view.n)):
        hit = match_outlet(view, j, last_outlet) or addressed_outlet(view, j)
        if hit is not None and _employer(view, hit.lo, i):
            continue  # قال X، محلل الشؤون العسكرية في شبكة CNN، إن: his own outlet, no relay (QUOTES.md)
        if hit is not None and _obtained(view, i, min(j, hit.lo)):
            continue  # في رسالته التي حصلت صحيفة X على نسخة منها إن: X found the letter, it relays no one
        if hit is not None and _own_outlet_of_speaker(view, hit.hi):
            continue  # في كلمة نقلتها قناة X التابعة له: the speaker's own channel, no relay (QUOTES.md)
        if hit is not None:
            return hit
    reporter = _reporter_before(view, i, last_outlet) or _carried_before(view, i, last_outlet)
    if reporter is not None:
        return reporter
    form = reporting_verb(lex, view, i)
    if form is not None and form.participle and form.verb.lemma == "قال" and i + 1 < stop:
        # وتحدث X لقناة "الجزيرة" قائلا إن: the outlet spoken to before قائلا, in its clause
        lo = view.sentence(i)[0]
        for j in range(i - 1, max(lo, i - SAYING_REACH) - 1, -1):
            if view.word(j) in ("،", ",", ".", ":") or reporting_verb(lex, view, j) is not None:
                break
            hit = spoken_to(view, j, last_outlet)
            if hit is not None and hit.hi <= i:
                return hit
    hi = view.sentence(i)[1]
    if claim.span.end <= view.tokens[i].start:
        # The content came first ("…"، قال X لوكالة Y / …، بحسب ما أوضح X لوكالة Y): the outlet spoken
        # to after the verb and its speaker, before any other quote.
        for j in range(i + 1, min(hi, i + 1 + ADDRESSEE_REACH)):
            if view.word(j) in QUOTE_CHARS or is_complementizer(view, j):
                break
            hit = spoken_to(view, j, last_outlet)
            if hit is not None:
                return hit
    for j in range(view.token_at(claim.span.end), hi):
        cue = match_cue(view, j)
        if cue is not None and cue[0].kind == "according":
            # …، وفق بلاغ نشرته وكالة X: the outlet that carried the statement cited
            return match_outlet(view, cue[1], last_outlet) or carried_outlet(
                view, cue[1], min(hi, cue[1] + 3), last_outlet, hi
            )
        if j + 2 < hi and view.tokens[j + 1].folded in FROM_HIM and view.word(j - 1) in ("،", ","):
            form = reporting_verb(lex, view, j)
            if form is not None and form.verb.lemma == "نقل":  # …"، نقلت عنه وكالة رويترز
                return match_outlet(view, j + 2, last_outlet)
    return None


def _reporter_before(view: View, i: int, last_outlet: OutletMatch | None) -> OutletMatch | None:
    """The outlet of a reporter described in the subject before the verb at token i (لكن X، مراسلة بي بي سي
    في سيول، تقول إن): a reporter's outlet relays, as after the verb (session 10)."""
    lo = view.sentence(i)[0]
    for j in range(i - 1, max(lo, i - SAYING_REACH) - 1, -1):
        if view.word(j) in (".", ":") or is_complementizer(view, j) or view.word(j) in QUOTE_CHARS:
            return None
        if view.has(j, REPORTERS):
            hit = match_outlet(view, j + 1, last_outlet)
            return hit if hit is not None and hit.hi <= i else None
    return None


# Verbs of publishing or broadcasting, whose outlet subject carried the statement a verb with فيها/فيه after
# it reports (ونشرت صحيفة X مقابلة مع Y قال فيها إن؛ وبثت قناة X كلمة لـY أكد فيها أن). Session 15.
_PUBLISH = folded_words("نشر نشرت بث بثت نقل نقلت أورد أوردت أذاع أذاعت عرض عرضت")
_IN_IT = folded_words("فيها فيه خلالها خلاله")


def _carried_before(view: View, i: int, last_outlet: OutletMatch | None) -> OutletMatch | None:
    """The outlet that carried the statement of the verb at token i, named before it in its sentence: after
    a publishing verb with an object pronoun in a leading phrase (وفي تسجيل مصور بثته قناة X، قال), or as
    the subject of the sentence's publishing verb when the verb opens a relative clause (قال فيها)."""
    lo = view.sentence(i)[0]
    if any(is_complementizer(view, k) or view.word(k) == ":" for k in range(lo, i)):
        return None  # the outlet is inside an earlier content: another quote's words
    hit = carried_outlet(view, lo, i, last_outlet)
    if hit is not None or i + 1 >= view.n or view.tokens[i + 1].folded not in _IN_IT:
        return hit
    for k in range(lo, i - 1):
        if view.has(k, _PUBLISH) is not None:
            hit = match_outlet(view, k + 1, last_outlet)
            return hit if hit is not None and hit.lo <= k + 3 and hit.hi <= i else None
    return None
