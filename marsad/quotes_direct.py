"""Direct quotes: quoted stretches (marsad.quotes_marks) that have a reporting cue.

A quoted string without a cue is a name or a term ("داعش"، برنامج "ذا فويس") and is skipped. The cues,
tried in order:
  1. a colon right before the opening mark (وتابع: «…»، قوله: "…"), after a reporting verb or a mention
     (الوزير: "…"; a colon after neither, as before an oath or a legal text, is no cue; nor is one that
     closes the verb's that-clause: قال إن المسؤولين يناقشون التفاصيل: "…" is an indirect quote of it all);
  2. أن/إن right before it, with a reporting verb earlier in the sentence (قال إن "…"), 2+ words, and the
     clause ending with the marks (قال إنه "…" إرسال فرق … is an indirect quote of the whole clause);
  3. a reporting verb earlier in the sentence with no أن/إن between (قال الوزير "…"، قائلا "…"), or with
     one when a comma comes right before the mark (قال إنه كان غاضبا، "لكنني …"), 3+ words, unless the
     mark follows a naming noun (صحيفة "…"، فيلم "…");
  4. after the closing mark, past a comma: a finite reporting verb ("…"، قال X) or an attribution phrase
     ("…"، بحسب توصيفه), 2+ words;
  5. a quote opening its paragraph with 6+ words continues the previous speaker.
Before 3 and 4, a short quoted fragment (1-2 words) that ends its clause, or follows ب, is a direct
quote when a reporting verb governs it from close by (marsad.quotes_fragments: SHORT_GAP tokens, no
punctuation between): right before the marks (عما اعتبرته "حقائق ثابتة"), through ب (ونعت الاتفاق
بـ"الكارثي") or through أن/بأن for one word (ووصفها بأنها "صفيقة"، طالبها أن "تخرس"); bench/gold/QUOTES.md
counts such fragments as direct. Marks right after a verbal noun's complement marker are its quote
(مطالبات X بـ"…"), and marks after a "so-called" word hold a name (ما يسمى بـ"…"). The search back from a
mark to its reporting verb is marsad.quotes_verb_search.
"""

from __future__ import annotations

from marsad.arabic import fold
from marsad.article import Article, Span
from marsad.attribution import TYPE_NOUNS, match_cue
from marsad.quotes_anonymity import in_anonymity
from marsad.quotes_came_in import came_in, owner
from marsad.quotes_claims import Claim, finite_before_saying, reporting_verb
from marsad.quotes_context import sentence_subject
from marsad.quotes_ends import apposed_subject
from marsad.quotes_fragments import (
    SHORT_GAP,
    accused_mark,
    asserted_phrase,
    describing_verb,
    ends_clause,
    feeling_scare,
    governing_masdar,
    governing_verb,
    holding_verb,
    inside_noun_phrase,
    opened_name,
    outer_describer,
    so_called,
    spoke_about,
    threat_object,
)
from marsad.quotes_lexicon import QuoteLexicon
from marsad.quotes_marked_names import marked_source, marked_subject, marked_term
from marsad.quotes_marks import quoted_stretches
from marsad.quotes_named_units import NAME_OPENED, NAMING
from marsad.quotes_preverbal import before_verb
from marsad.quotes_signs import sign_claim
from marsad.quotes_sources import cue_source
from marsad.quotes_speakers import RELATIVES, Subject, is_complementizer
from marsad.quotes_split import continues, joined_end, joined_part
from marsad.quotes_trailing import has_complement, past_lead_in, trailing_cue
from marsad.quotes_verb_search import MAX_NAME_WORDS, find_verb, past_pointing
from marsad.quotes_view import QUOTE_CHARS, View

SPEECH_WORDS = 6  # a quoted stretch this long after a quoted name is speech, not another name


def _lines(article: Article) -> list[Span]:
    """The article's lines: paragraphs split at single line breaks.

    Quotes are paired per line: news text often separates paragraphs by one line break, and a quote
    left open never runs past one (segment's sentences never cross a line break either).
    """
    text = article.text
    lines = []
    for para in article.paragraphs or (Span(0, len(text)),):
        start = para.start
        while start < para.end:
            stop = text.find("\n", start, para.end)
            stop = para.end if stop < 0 else stop
            lines.append(Span(start, stop))
            start = stop + 1
    return lines


def direct_claims(
    lex: QuoteLexicon, view: View, article: Article
) -> tuple[list[Claim], set[int], list[Span]]:
    """(direct claims, tokens of the verbs they used, every closed quoted stretch of 3+ words)."""
    text, used = view.text, set()
    claims: list[Claim] = []
    quoted: list[Span] = []
    for para in _lines(article):
        if not any(ch in text[para.start : para.end] for ch in '"«“”„″'):
            continue
        last_open = last_close = -1  # the first opening and the last closing mark of the last direct claim
        for open_pos, close_pos, closed in quoted_stretches(text, para.start, para.end):
            start, end = open_pos + 1, close_pos
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            end = _writer_cut(lex, view, start, end)
            if (
                last_close >= 0
                and closed
                and end > start
                and (
                    continues(lex, view, last_close, open_pos, close_pos)
                    or joined_part(view, last_open, last_close, open_pos)
                )
            ):
                # وقال X "نحتاج إلى …" في المنطقة أيضا "لكبح …": the writer split one quote; قال إن "…" و"…":
                # marked parts joined by و (quotes_split)
                claims[-1].span = Span(claims[-1].span.start, end)
                last_close = close_pos
                continue
            last_close = -1
            words = sum(1 for w in text[start:end].split() if any(ch.isalnum() for ch in w))
            if closed and words >= 3:
                quoted.append(Span(start, end))
            if not words or " ".join(fold(w) for w in text[start:end].split()) in lex.outlet_names:
                continue
            claim = sign_claim(view, open_pos, Span(start, end)) or _direct_cue(
                lex, view, open_pos, close_pos, closed, words, open_pos == para.start
            )
            if claim is None and words >= 2 and claims:
                claim = _coordinated(view, open_pos, span_of=claims[-1])
            if claim is not None:
                # an asserted phrase (asserted_phrase) is an indirect quote with its marks in
                claim.span = Span(start, end) if claim.kind == "direct" else claim.span
                claims.append(claim)
                last_close = close_pos if closed and claim.kind == "direct" else -1
                last_open = open_pos
                if claim.verb_tok >= 0 and not claim.shares_verb:
                    used.add(claim.verb_tok)
                if claim.cue_tok >= 0:
                    used.add(claim.cue_tok)
    return claims, used, quoted


_CUE_REACH = 4  # tokens an attribution phrase spans before a name (وفق ما نقلت، وفقا لما ذكرته، بحسب)


def _cue_source_mark(view: View, io: int, lo: int) -> bool:
    """The opening mark at token io comes right after an attribution phrase (…، وفق ما نقلت "X"، بحسب ما
    نقل "X" عن Y، حسب "X"): the marks hold the name of the source the phrase cites (the bare attribution's
    outlet, bench/gold/QUOTES.md), not words said. ANT, session 23: such names in marks were read as the
    relay verb's direct quotes."""
    return any(
        (cue := match_cue(view, k)) is not None and cue[1] == io for k in range(max(lo, io - _CUE_REACH), io)
    )


def _bare_complementizer(view: View, verb: int, t: int) -> bool:
    """Token t is a complementizer outside marks (after verb) and outside a name ("إير فورس وان": no و+أن)."""
    marks = sum(1 for x in range(verb + 1, t) if view.word(x) in QUOTE_CHARS)
    return is_complementizer(view, t) and marks % 2 == 0 and t not in view.covered


def _writer_cut(lex: QuoteLexicon, view: View, start: int, end: int) -> int:
    """Where a closing mark set too late ends the speaker's words: at a comma before a reporting participle
    and its complement (وقال: «… في المسجد، مبينا أن … »: the participle is the writer's, each its own
    indirect quote; session 12), else `end`."""
    first, last = view.token_at(start), view.token_at(end - 1)
    for k in range(first + 2, last - 1):
        if view.word(k - 1) not in ("،", ","):
            continue
        form = reporting_verb(lex, view, k)
        nxt = k + 2 if view.tokens[k + 1].folded == "الي" else k + 1
        if form is not None and form.participle and nxt <= last and is_complementizer(view, nxt):
            cut = view.tokens[k - 1].start
            while cut > start and view.text[cut - 1].isspace():
                cut -= 1
            return cut
    return end


def _direct_cue(
    lex: QuoteLexicon, view: View, open_pos: int, close_pos: int, closed: bool, words: int, para_start: bool
) -> Claim | None:
    """A Claim when the quoted stretch has a reporting cue (see the module docstring), else None."""
    io = view.token_at(open_pos)
    lo = view.sentence(io)[0]
    prev = io - 1
    span = Span(open_pos, close_pos)
    if so_called(view, prev, lo):
        return None  # أقر ما يسمى بـ"قائد الشرطة": a name the writer distances, not speech
    if closed and marked_term(view, open_pos, close_pos):
        return None  # ب"تويتر"، ("في اي آر"): a platform's name, a term's short form (session 31, K9/K11)
    if _cue_source_mark(view, io, lo) and words <= MAX_NAME_WORDS:
        # …، وفق ما نقلت "X": the relay verb's subject, the source's name, not its words; a longer stretch
        # is speech (كما قال "…" "he also said": the cue's verb with its subject dropped; session 30)
        return None
    if threat_object(lex, view, prev, lo) or feeling_scare(lex, view, prev, lo):
        return None  # وهدده بـ"…"، وعبرت عن أسفها "البالغ …": a threat's object, a scare quote
    if accused_mark(lex, view, io, lo):
        return None  # واتهمه بمحاولة "…" ليكون …: the accusing verb's indirect quote holds the marks
    held = holding_verb(lex, view, io, lo)
    if held >= 0:  # وحمل X إسرائيل "المسؤولية …" عما حدث: held responsible, in marks
        return _claim_from_verb(lex, view, held, span, prev)
    whole = prev < lo or not is_complementizer(view, prev) or (closed and ends_clause(view, close_pos))
    came = came_in(lex, view, prev, lo) if words >= 2 and whole else -1
    if came >= 0:  # وجاء في بيان لوزارة X: "…"، وجاء فيها "…": the statement's owner speaks, with no verb
        subj = owner(view, came, prev)
        if subj is not None and subj.kind == "none":
            return None
        return Claim(open_pos, "direct", span, None, "fixed" if subj else "prodrop", subj)
    if prev >= lo and view.word(prev) == ":":
        found = find_verb(lex, view, prev - 1, lo, False, names=True)
        if found >= 0 and _colon_in_clause(lex, view, found, prev):
            return None  # قال إن المسؤولين يناقشون التفاصيل: "…": the reported clause's words
        verb = past_pointing(lex, view, found, prev, lo)
        if verb < 0 and _saying_noun(view, prev - 1):
            return _saying_claim(view, prev - 1, span)
        if verb < 0 and before_verb(view, prev) is None:
            return None  # اليمين الآتية: "أقسم …"، تنص المادة على أنه: "…": no one speaks
        claim = _claim_from_verb(lex, view, verb, span, prev)
        claim.cue_tok = found if found != verb else -1  # the participle stepped over makes no quote
        return claim
    if prev >= lo and words >= 2 and is_complementizer(view, prev):
        nxt = view.token_at(close_pos) + 1 if closed else view.n
        joined = closed and joined_end(view, nxt - 1) >= 0  # قال إنه "…" و"…": one quote (direct_claims)
        if nxt < view.sentence(io)[1] and not view.punct(nxt) and not joined:
            # قال إنه "…" إرسال فرق …: the marks cover part of the clause, an indirect quote of it all.
            return None
        # وقال X الخبير في شركة "ميزوهو" إن "…": a short quoted name in the subject is stepped over
        verb = find_verb(lex, view, prev - 1, lo, False, names=True)
        if verb >= 0 and view.tokens[prev].folded.startswith("ب"):
            # ووصفت روسيا القيود التي أعلنها الوزير، بأنها "…": the describer, not the relative's verb (D7)
            outer = outer_describer(lex, view, verb, lo)
            verb = outer if outer >= 0 else verb
        if verb >= 0 and any(_bare_complementizer(view, verb, t) for t in range(verb + 1, prev)):
            return None  # وتابع إن X وعد … وإنه "…": the marks end the verb's first complement's quote
        if verb >= 0:
            return _claim_from_verb(lex, view, verb, span, prev)
    masdar = governing_masdar(lex, view, prev, lo) if closed else None
    if masdar is not None:
        # مطالبات X الدائمة للوزارة بـ"خفض الأسعار": the marks right after the verbal noun's complement
        # marker are its quote (its genitive speaks), not the sentence verb's
        tok, noun = masdar
        return Claim(open_pos, "direct", span, noun.verb.lemma, "subject", verb_tok=tok)
    spoke = spoke_about(lex, view, prev, lo) if closed else -1
    if spoke >= 0:  # وتحدث شهود عن "…": the marked words are تحدث's quote (session 28, D6)
        return _claim_from_verb(lex, view, spoke, span, prev)
    inner_b = words < 3 and closed and prev >= lo and "ب" in view.tokens[io + 1].prefixes
    if inner_b and ends_clause(view, close_pos):
        # ووصف X الوضع "بالكارثة"، …: the ب written inside the marks, as ب"…" (session 30, dev8); the
        # fragment ends its clause (طالب "بالإفراج" عن … goes on: the demand's indirect quote)
        verb = _inner_b_verb(lex, view, io, lo)
        if verb >= 0:
            return _claim_from_verb(lex, view, verb, span, prev)
    if words < 3 and closed and prev >= lo and (view.word(prev) == "ب" or ends_clause(view, close_pos)):
        verb = governing_verb(lex, view, prev, lo, words)
        if verb >= 0:
            return _claim_from_verb(lex, view, verb, span, prev)
    # A name, not speech: after a naming noun (صحيفة "…") or a lone ل (لـ"سكاي نيوز"), or followed by
    # أن/إن, which shows the quoted words sit inside a subject phrase (مسؤول لم تسمه "…"، إن).
    naming = prev >= 0 and (view.has(prev, NAMING) or view.has(prev, TYPE_NOUNS) or view.word(prev) == "ل")
    if naming and words >= 3 and view.has(prev, TYPE_NOUNS) and view.tokens[prev].folded.startswith("ال"):
        naming = False  # وقالت عبر القناة "بدأ …": a definite outlet noun has its name already
    if naming and words >= SPEECH_WORDS and view.tokens[prev].folded.lstrip("و").startswith("لل"):
        naming = False  # وقالت الوزيرة للمجلس "…": told to the council, its addressee, no name (session 30)
    if naming and words > MAX_NAME_WORDS and _determined(view, prev) and not view.has(prev, TYPE_NOUNS):
        # A name follows a bare head (شركة "…"، مجموعة "…"); after a definite or possessed noun a long
        # quoted stretch is speech (وقالت متحدثة باسم الوزارة "…"، وذكرت الشرطة في تقريرها "…").
        naming = False
    if naming and in_anonymity(view, prev):
        naming = False  # مسؤول رفض الكشف عن اسمه "…": the name kept back, no naming noun (quotes_anonymity)
    after = view.token_at(close_pos) + 1 if closed else view.n
    naming = naming or (closed and words <= NAME_OPENED and opened_name(view, io, prev, lo))
    while after < view.n and view.word(after) in ("،", ","):
        after += 1
    if naming or is_complementizer(view, after):
        return None
    if closed and (marked_subject(lex, view, prev, after, words) or marked_source(view, prev, after, words)):
        return None  # ولفتت "X" كذلك إلى أن، نقلت عن "مسؤول رفيع"، قوله: who speaks (session 31, K1/K2)
    # ألمح إلى خط أنابيب "نورد ستريم 2" الذي سيضاعف: a short name after its noun, then a relative pronoun.
    name_then_which = closed and words <= 3 and after < view.n and view.tokens[after].folded in RELATIVES
    name_then_which = name_then_which and prev >= lo and not view.punct(prev)
    if name_then_which and view.word(prev) not in QUOTE_CHARS and reporting_verb(lex, view, prev) is None:
        return None
    comma = prev >= lo and view.word(prev) in ("،", ",")
    trailing = trailing_cue(view, close_pos, closed) if comma else None
    if words >= 3 and trailing is not None:
        # شدد X على …، «…»، حسبما أضاف Y: an attribution after the marks names who said them, not the verb of
        # the reported clause before the comma (session 12)
        said, src = trailing
        # حسبما أضاف X: the verb the cue stepped over (or right after it) is the lemma, أضاف
        form = next((f for t in (src - 1, src) if t < view.n and (f := reporting_verb(lex, view, t))), None)
        lemma = form.verb.lemma if form is not None else said.lemma
        return cue_claim(view, lemma, said.kind, src, open_pos, span, "direct")
    if words >= 3 and prev >= lo:
        # Right after a quoted name (وكتبت على "تويتر" "…") the verb search steps over the name.
        verb = find_verb(lex, view, prev, lo, True, names=view.word(prev) in QUOTE_CHARS)
        if verb < 0 and words >= SPEECH_WORDS:
            # A long quote after a quoted name (وقال X، العضو في "حزب أمة واحدة"، "…"، ونقلت وسائل إعلام
            # عن مدير مستشفى "…" أوليفا أليسون، "…"): the verb before the name, unless the quote lies in
            # that verb's complement (دعا المشروع إلى تشكيل لجنة باسم "…" … "…": an indirect quote's words).
            verb = find_verb(lex, view, prev, lo, True, names=True)
            if verb >= 0 and _in_complement(lex, view, verb, prev):
                verb = -1
        if verb >= 0 and inside_noun_phrase(lex, view, verb, io):
            return None  # وأشار إلى أهمية الحوار مع النقابات "التي …": the indirect quote's words
        if verb >= 0 and closed and asserted_phrase(lex, view, verb, io, close_pos):
            marked = Span(view.tokens[io].start, view.tokens[view.token_at(close_pos)].end)
            claim = _claim_from_verb(lex, view, verb, marked, prev)
            claim.kind = "indirect"
            return claim  # وأكد X "التزام الحكومة …": أكد's indirect quote, marks in (bench/gold/QUOTES.md)
        if verb >= 0:
            return _claim_from_verb(lex, view, verb, span, prev)
        aside = _cue_aside(lex, view, prev, lo, open_pos, span) if words >= SPEECH_WORDS else None
        if aside is not None:  # (a shorter stretch there is as often a name: …، وفق X، "تنظيم …")
            return aside
        if view.word(prev) in ("،", ",") and apposed_subject(view, prev, lo):
            return None  # قال إن الوزير، خالد عمر، "لم يتسلم …": the clause's predicate, in marks
        if view.word(prev) in ("،", ",") and not set(view.tokens[io + 1].prefixes) & set("لب"):
            # قال إنه كان متعبا، "لكنني كنت سعيدا": after a reported clause, the speaker's own words
            # (not a phrase of that clause in marks: إن ماكرون وجه وزيره لزيارة مصر، "للتباحث حول …").
            verb = find_verb(lex, view, prev, lo, False)
            if verb >= 0:
                claim = _claim_from_verb(lex, view, verb, span, prev)
                claim.shares_verb = True
                return claim
    k = view.token_at(close_pos) + 1 if closed else view.n
    while k < view.n and view.word(k) in ("،", ",", "-", "–"):
        k += 1
    k = past_lead_in(view, k)
    # The verb after a quote is in its line: a quote closing a paragraph is not the next paragraph's
    # (…متمردين." ¶ وقال وزير الدفاع … إن: that قال has its own complement).
    if k < view.n and "\n" in view.text[close_pos : view.tokens[k].start]:
        k = view.n
    if words >= 2 and k < view.n:
        form = reporting_verb(lex, view, k)
        if form is not None and not form.participle and not has_complement(view, k):
            return Claim(open_pos, "direct", span, form.verb.lemma, "subject", verb_tok=k)
        cue = match_cue(view, k)
        if cue is not None:
            return cue_claim(view, cue[0].lemma, cue[0].kind, cue[1], open_pos, span, "direct")
    if words >= 2 and prev >= lo:
        # وتوجه X إلى الحشود بالقول "…"، بقوله إنه "…": the saying noun after a verb of no speech
        saying = prev - 1 if is_complementizer(view, prev) else prev
        if _saying_noun(view, saying) and find_verb(lex, view, saying - 1, lo, True) < 0:
            return _saying_claim(view, saying, span)
    if para_start and words >= 6:
        return Claim(open_pos, "direct", span, None, "prodrop")
    return None


def _inner_b_verb(lex: QuoteLexicon, view: View, io: int, lo: int) -> int:
    """For a fragment whose ب is inside the marks opening at token io: the verb before it whose complement
    is ب (describing_verb), when it stands within SHORT_GAP tokens with no punctuation between and is no
    definite noun spelled like a verb (شعور الطالب "بالذل": "the student", not طالب "demanded"), else -1."""
    verb = describing_verb(lex, view, io, lo)
    if verb < 0 or io - verb > SHORT_GAP or any(view.punct(k) for k in range(verb + 1, io)):
        return -1
    return -1 if view.tokens[verb].folded.lstrip("وف").startswith("ال") else verb


def _cue_aside(lex: QuoteLexicon, view: View, prev: int, lo: int, open_pos: int, span: Span) -> Claim | None:
    """Marks right after an attribution aside set off by commas, with no reporting verb before them (وبدأ
    التنظيم هجومه، وفق X، "…"): X's direct quote, verb none for a bare وفق/بحسب (bench/gold/QUOTES.md),
    else the cue's relay verb; the cue then makes no nominal quote of the clause before it."""
    if view.word(prev) not in ("،", ","):
        return None
    comma = next((c for c in range(prev - 1, max(lo, prev - ASIDE_REACH) - 1, -1) if view.punct(c)), -1)
    if comma < lo or view.word(comma) not in ("،", ","):
        return None
    cue = match_cue(view, comma + 1)
    if cue is None or cue[0].kind != "according" or cue[1] >= prev:
        return None
    subj = cue_source(view, cue[1])
    if subj.kind in ("none", "nonsource") or subj.end != prev:
        return None
    relay = next((f for k in range(comma + 1, cue[1]) if (f := reporting_verb(lex, view, k))), None)
    bare = None if cue[0].lemma in ("حسب", "وفق") else cue[0].lemma
    lemma = relay.verb.lemma if relay is not None else bare
    claim = cue_claim(view, lemma or "", "according", cue[1], open_pos, span, "direct")
    claim.verb, claim.cue_tok = lemma, comma + 1
    return claim


ASIDE_REACH = 10  # tokens of an attribution aside between its commas (، وفق مدير المرصد X،)


def _coordinated(view: View, open_pos: int, span_of: Claim) -> Claim | None:
    """A quote joined by و (وأنه "…"، و"…") to the direct quote just before it, after its closing mark and a
    comma: said with that quote's verb (مضيفا أنها "…"، وأنه "…"؛ يهتفون: "…"، و"…")."""
    k = view.token_at(open_pos) - 1
    if k < 1:
        return None
    token = view.tokens[k]
    joined = view.word(k) == "و" or (
        "و" in token.prefixes and token.folded.startswith("و") and is_complementizer(view, k)
    )
    if not joined:
        return None
    k -= 1
    if view.word(k) in ("،", ","):
        k -= 1
    before = span_of.span
    if k < 0 or view.word(k) not in QUOTE_CHARS or view.tokens[k].start < before.end:
        return None
    if view.text[before.end : view.tokens[k].start].strip():
        return None  # something stands between the quote's last word and its closing mark
    if view.sent_of[view.token_at(before.start)] != view.sent_of[k]:
        return None
    span = Span(open_pos, open_pos)
    claim = Claim(span.start, "direct", span, span_of.verb, span_of.mode, span_of.subj, span_of.verb_tok)
    claim.shares_verb = True
    return claim


# بالقول/بقوله "by saying" after a verb that is no reporting verb (توجه إلى الحشود، انبرى إلى تفنيد …):
# the quote is said, verb قال (bench/gold/QUOTES.md: قائلا alone → قال), by the sentence's subject.
_SAYING_NOUNS = frozenset(fold(w) for w in ("بالقول", "وبالقول", "بقول", "بقوله", "بقولها", "بقولهم"))
# "His saying" before a colon (نقلت X عن مسؤول قوله: "…"): the marks are that person's words.
_HIS_WORDS = frozenset(fold(w) for w in ("قوله", "قولها", "قولهم", "قولهما"))


def _colon_in_clause(lex: QuoteLexicon, view: View, verb: int, colon: int) -> bool:
    """The colon at token `colon` closes the that-clause of the reporting verb at token `verb` (وقال إن
    المسؤولين يناقشون التفاصيل: "كما لو … شيئا لم يحدث"): the marks after it are that clause's words, an
    indirect quote of the whole (bench/gold/QUOTES.md: marks covering part of the clause). The verb's own
    complementizer (أن/إن; بأن only for a verb taking ب) comes first after it, with words between it and the
    colon. Not after إن right before the colon (قال إن: "…", or a name: قناة إن … في إن: "…"), a saying
    noun (ونقلت سي … إن عن X قوله: "…"، خاتما بالقول: "…"), a participle (session 20's مشيرا إلى أن …: "…")
    or a verb in a clause of its own (بعد أن اعترفت إسرائيل أنها …: "…")."""
    if (
        is_complementizer(view, colon - 1)
        or _saying_noun(view, colon - 1)
        or view.tokens[colon - 1].folded in _HIS_WORDS
    ):
        return False
    if verb > 0 and view.tokens[verb - 1].folded.lstrip("و") in ("ان", "بعد", "قبل"):
        return False
    form = reporting_verb(lex, view, verb)
    if form is None or form.participle:
        return False  # مشيرا إلى أن الأسعار سترتفع: "لا خيار أمامنا": the writer's clause, then her words
    takes_b = any(chain[0] == "ب" for chain in form.verb.complements)
    for t in range(verb + 1, colon - 1):
        if _bare_complementizer(view, verb, t):
            return takes_b or "ب" not in view.tokens[t].prefixes
    return False


def _saying_noun(view: View, k: int) -> bool:
    """Token k is بالقول/بقوله."""
    return 0 <= k < view.n and view.tokens[k].folded in _SAYING_NOUNS


def _saying_claim(view: View, k: int, span: Span) -> Claim:
    """A direct quote said through the saying noun at token k, its speaker the sentence's subject."""
    entity = sentence_subject(view, k)
    if entity is None:
        return Claim(span.start, "direct", span, "قال", "prodrop")
    return Claim(span.start, "direct", span, "قال", "subject", Subject("entity", k, entity=entity))


def _in_complement(lex: QuoteLexicon, view: View, verb: int, k: int) -> bool:
    """A complement marker of the verb at token `verb` (أن، إلى، على …) lies between it and token k."""
    form = reporting_verb(lex, view, verb)
    heads = {chain[0] for chain in form.verb.complements} if form is not None else set()
    inside = False  # words of a quoted name are no marker (طائرة "إير فورس وان": وان is no أن)
    for j in range(verb + 1, k + 1):
        if view.word(j) in QUOTE_CHARS:
            inside = not inside
        elif not inside and (
            is_complementizer(view, j) or any(view.tokens[j].folded.lstrip("وف") == h for h in heads)
        ):
            return True
    return False


def _determined(view: View, i: int) -> bool:
    """Token i is a definite (الوزارة) or possessed (تقريرها، اسمه) noun: no name follows it in apposition."""
    word = view.tokens[i].folded.lstrip("وف")
    return word.startswith("ال") or (len(word) > 4 and word.endswith(("ه", "ها", "هم")))


def _claim_from_verb(lex: QuoteLexicon, view: View, verb: int, span: Span, limit: int) -> Claim:
    """A direct quote introduced by the verb at token `verb` (or by a bare colon when verb < 0)."""
    if verb < 0:  # الوزير: "…" with no verb: the mention just before the colon speaks, if any
        entity = before_verb(view, limit)
        subj = Subject("entity", limit, entity=entity) if entity else None
        return Claim(span.start, "direct", span, None, "subject" if subj else "prodrop", subj)
    verb = finite_before_saying(lex, view, verb)
    form = reporting_verb(lex, view, verb)
    assert form is not None
    claim = Claim(span.start, "direct", span, form.verb.lemma, "subject", verb_tok=verb)
    if form.participle:
        claim.mode = "participle"
    return claim


def cue_claim(view: View, lemma: str, kind: str, src: int, anchor: int, span: Span, quote_kind: str) -> Claim:
    """A quote attributed by a cue phrase whose source starts at token src (بحسب X، على حد تعبيره)."""
    if kind == "manner":
        return Claim(anchor, quote_kind, span, lemma, "prodrop")
    subj = cue_source(view, src)
    return Claim(anchor, quote_kind, span, lemma, "fixed" if subj.kind != "none" else "prodrop", subj)
