"""The quotes stage: who said what, with which reporting verb, relayed by which outlet.

Direct quotes are quoted stretches (marsad.quotes_marks) that have a reporting cue; a quoted string
without one is a name or a term ("داعش"، برنامج "ذا فويس") and is skipped. The cues, tried in order:
  1. a colon right before the opening mark (وتابع: «…»، قوله: "…");
  2. أن/إن right before it, with a reporting verb earlier in the sentence (قال إن "…"), 2+ words, and the
     clause ending with the marks (قال إنه "…" إرسال فرق … is an indirect quote of the whole clause);
  3. a reporting verb earlier in the sentence with no أن/إن between (قال الوزير "…"، قائلا "…"), 3+ words,
     unless the mark follows a naming noun (صحيفة "…"، فيلم "…");
  4. after the closing mark, past a comma: a finite reporting verb ("…"، قال X) or an attribution phrase
     ("…"، بحسب توصيفه), 2+ words;
  5. a quote opening its paragraph with 6+ words continues the previous speaker.
Indirect quotes are a reporting verb, its subject, then its complement (أن/إن, or a preposition the
lexicon lists: دعا إلى، كشف عن): the content runs from the word after the complement to the sentence end,
cut before another quote or an attribution (see `_content_end`). Verbs inside quotation marks start no
indirect quote (a nested quote is the speaker's words). A sentence with only a nominal attribution (…،
بحسب وزارة الصحة) is an indirect quote of the rest of the sentence, unless the source is a document or a
result (حسب النتائج); an attribution-only sentence after a quote (وفقا لما نقلته وكالة X.) is its via.
Speakers: marsad.quotes_speakers; a verb with no subject (وأضاف أن) takes the previous quote's speaker, a
participle after a quote in its sentence (…، مضيفا أن) that quote's speaker.
`verb` is the lexicon lemma (قال for وقالت، يقول، قائلا، قوله), so scoring compares lemmas; قائلا/يقول
after a finite verb with no content of its own gives that verb (وتابع قائلا → تابع); a bare بحسب/وفقا ل
has none, a cue with a relay verb that verb's lemma (وفق ما ذكر → ذكر). An outlet as subject (ذكرت صحيفة X
أن) is both speaker and via; نقلت X عن Y: Y speaks, X is via; an interview named in the sentence, or in a
following جاء ذلك في مقابلة مع …, is the via (marsad.attribution.interview_outlet).

Reads: text, paragraphs, sentences, tokens, entities
Writes: quotes, outlets
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from marsad.arabic import fold
from marsad.article import Article, Quote, Span
from marsad.attribution import (
    INTERVIEW,
    TYPE_NOUNS,
    OutletMatch,
    cited_outlets,
    interview_outlet,
    interview_outlet_after,
    match_cue,
    match_outlet,
)
from marsad.quotes_lexicon import QuoteLexicon, VerbForm, load
from marsad.quotes_marks import quoted_stretches
from marsad.quotes_speakers import (
    Subject,
    before_verb,
    clause_subject,
    is_complementizer,
    preverbal,
    sentence_person,
    subject,
)
from marsad.quotes_view import QUOTE_CHARS, View

SOURCE = "quotes.rules.v1"
LOOKBACK = 25  # tokens searched back from a quote mark or أن for its reporting verb
MAX_COMPLEMENT_GAP = 25  # tokens between a verb and its أن/إن (long subjects, PPs, appositions)
# Nouns after which a quoted string is a name, not speech (folded, with and without ال).
_NAMING_WORDS = (
    "برنامج فيلم مسلسل كتاب رواية أغنية ألبوم مسرحية تنظيم حركة جماعة حزب عملية حملة مبادرة "
    "تطبيق شركة مجموعة مشروع منظمة جائزة مهرجان بطولة نادي فريق شعار وسم هاشتاغ لقب اسم مؤتمر قوات "
    "تحالف مجلس لجنة وزارة جبهة اتفاق اتفاقية قانون خطة صفقة قمة منتدى عنوان بعنوان وثيقة تقرير مركز "
    "معهد جامعة مدينة منطقة ميليشيا كتيبة لواء ألوية فصيل ائتلاف كتلة قائمة تيار سلسلة نظام"
)
_NAMING = frozenset(f for w in _NAMING_WORDS.split() for f in (fold(w), "ال" + fold(w)))
# A verb form right after one of these is its verbal noun (في نقل الوقائع "in relaying the facts").
_MASDAR_BEFORE = frozenset(fold(w) for w in ("في", "من", "عن", "على", "إلى", "حول", "عبر", "بعد", "قبل"))
# قائلا/بالقول after a finite verb of speaking (وتابع قائلا، وخاطبت … قائلة): the finite verb is the lemma.
_SAYING = frozenset({"بالقول", "وبالقول"})
SAYING_GAP = 12  # tokens back from قائلا to the finite verb it follows
# Words that open a new clause after a comma (…، بينما هاجم …): the reported content ends before them.
_CLAUSE_OPENERS = frozenset(fold(w) for w in ("بينما", "وبينما", "فيما", "حين"))
# A connector before a new reporting verb inside a sentence (… لذلك يرى أن …) ends the content before it.
_CONNECTORS = frozenset(fold(w) for w in ("لذلك", "ولذلك", "لهذا", "ولهذا", "كما", "ثم"))
_RELAYED_SAYING = frozenset({"قوله", "قولها", "قولهم", "قولهما"})  # نقل X عن Y قوله إن: Y said


@dataclass
class Claim:
    """A quote before its speaker is resolved: `mode` says how (subject, participle, prodrop, fixed)."""

    anchor: int
    kind: str
    span: Span
    verb: str | None
    mode: str
    subj: Subject | None = None
    verb_tok: int = -1
    via: OutletMatch | None = None


class Quotes:
    """The quotes stage, holding its lexicons."""

    def __init__(self, lexicon: QuoteLexicon) -> None:
        self.lex = lexicon

    @classmethod
    def load(cls) -> Quotes:
        """Load the reporting-verb, attribution and outlet lexicons."""
        return cls(load())

    def __call__(self, article: Article) -> Article:
        if not article.tokens:
            return dataclasses.replace(article, quotes=())
        view = View(article)
        claims, used, quoted = self._direct(view, article)
        # A reporting verb inside quotation marks is part of the quoted words (a nested quote is not
        # annotated), so indirect quotes skip every closed stretch, claimed or not.
        taken = [c.span for c in claims if c.kind == "direct"] + quoted
        indirect = self._indirect(view, used, taken)
        # A quoted stretch inside an indirect quote's content is the speaker's wording, not a second quote.
        inside = [(c.span.start, c.span.end) for c in indirect]
        claims = [c for c in claims if not any(a <= c.span.start and c.span.end <= b for a, b in inside)]
        claims += indirect
        claims.sort(key=lambda c: c.anchor)
        claims = self._attach_trailing(view, claims)
        with_quotes = dataclasses.replace(article, quotes=tuple(self._resolve(view, claims)))
        return dataclasses.replace(with_quotes, outlets=cited_outlets(with_quotes))

    def _verb(self, view: View, i: int) -> VerbForm | None:
        key = view.has(i, self.lex.verbs)
        if not key or (i > 0 and view.tokens[i - 1].folded in _MASDAR_BEFORE):
            return None
        if i > 0 and view.has(i - 1, INTERVIEW):
            return None  # في تصريحات نقلتها الوكالة: a relative clause on the statement, not a report
        return self.lex.verbs[key]

    # Direct quotes ----------------------------------------------------------------------------------
    def _direct(self, view: View, article: Article) -> tuple[list[Claim], set[int], list[Span]]:
        text, claims, used = view.text, [], set()
        quoted: list[Span] = []
        # Quotes are paired per line: news text often separates paragraphs by one line break, and a quote
        # left open never runs past one (segment's sentences never cross a line break either).
        lines = []
        for para in article.paragraphs or (Span(0, len(text)),):
            start = para.start
            while start < para.end:
                stop = text.find("\n", start, para.end)
                stop = para.end if stop < 0 else stop
                lines.append(Span(start, stop))
                start = stop + 1
        for para in lines:
            if not any(ch in text[para.start : para.end] for ch in '"«“”„″'):
                continue
            for open_pos, close_pos, closed in quoted_stretches(text, para.start, para.end):
                start, end = open_pos + 1, close_pos
                while start < end and text[start].isspace():
                    start += 1
                while end > start and text[end - 1].isspace():
                    end -= 1
                words = sum(1 for w in text[start:end].split() if any(ch.isalnum() for ch in w))
                if closed and words >= 3:
                    quoted.append(Span(start, end))
                if not words or " ".join(fold(w) for w in text[start:end].split()) in self.lex.outlet_names:
                    continue
                claim = self._direct_cue(view, open_pos, close_pos, closed, words, open_pos == para.start)
                if claim is not None:
                    claim.span = Span(start, end)
                    claims.append(claim)
                    if claim.verb_tok >= 0:
                        used.add(claim.verb_tok)
        return claims, used, quoted

    def _find_verb(self, view: View, k: int, lo: int, stop_at_comp: bool) -> int:
        """The nearest reporting verb at or before token k and not before lo, else -1."""
        for j in range(k, max(lo, k - LOOKBACK) - 1, -1):
            if view.word(j) in QUOTE_CHARS or (stop_at_comp and is_complementizer(view, j)):
                return -1
            if self._verb(view, j) is not None:
                return j
        return -1

    def _direct_cue(
        self, view: View, open_pos: int, close_pos: int, closed: bool, words: int, para_start: bool
    ) -> Claim | None:
        """A Claim when the quoted stretch has a reporting cue (see the module docstring), else None."""
        io = view.token_at(open_pos)
        lo = view.sentence(io)[0]
        prev = io - 1
        span = Span(open_pos, close_pos)
        if prev >= lo and view.word(prev) == ":":
            return self._claim_from_verb(view, self._find_verb(view, prev - 1, lo, False), span, prev)
        if prev >= lo and words >= 2 and is_complementizer(view, prev):
            nxt = view.token_at(close_pos) + 1 if closed else view.n
            if nxt < view.sentence(io)[1] and not view.punct(nxt):
                # قال إنه "…" إرسال فرق …: the marks cover part of the clause, an indirect quote of it all.
                return None
            verb = self._find_verb(view, prev - 1, lo, False)
            if verb >= 0:
                return self._claim_from_verb(view, verb, span, prev)
        # A name, not speech: after a naming noun (صحيفة "…") or a lone ل (لـ"سكاي نيوز"), or followed by
        # أن/إن, which shows the quoted words sit inside a subject phrase (مسؤول لم تسمه "…"، إن).
        naming = prev >= 0 and (
            view.has(prev, _NAMING) or view.has(prev, TYPE_NOUNS) or view.word(prev) == "ل"
        )
        after = view.token_at(close_pos) + 1 if closed else view.n
        while after < view.n and view.word(after) in ("،", ","):
            after += 1
        if naming or is_complementizer(view, after):
            return None
        if words >= 3 and prev >= lo:
            verb = self._find_verb(view, prev, lo, True)
            if verb >= 0:
                return self._claim_from_verb(view, verb, span, prev)
        k = view.token_at(close_pos) + 1 if closed else view.n
        while k < view.n and view.word(k) in ("،", ",", "-", "–"):
            k += 1
        if words >= 2 and k < view.n:
            form = self._verb(view, k)
            if form is not None and not form.participle:
                return Claim(open_pos, "direct", span, form.verb.lemma, "subject", verb_tok=k)
            cue = match_cue(view, k)
            if cue is not None:
                return self._cue_claim(view, cue[0].lemma, cue[0].kind, cue[1], open_pos, span, "direct")
        if para_start and words >= 6:
            return Claim(open_pos, "direct", span, None, "prodrop")
        return None

    def _claim_from_verb(self, view: View, verb: int, span: Span, limit: int) -> Claim:
        """A direct quote introduced by the verb at token `verb` (or by a bare colon when verb < 0)."""
        if verb < 0:  # الوزير: "…" with no verb: the mention just before the colon speaks, if any
            entity = before_verb(view, limit)
            subj = Subject("entity", limit, entity=entity) if entity else None
            return Claim(span.start, "direct", span, None, "subject" if subj else "prodrop", subj)
        verb = self._finite_before_saying(view, verb)
        form = self._verb(view, verb)
        assert form is not None
        claim = Claim(span.start, "direct", span, form.verb.lemma, "subject", verb_tok=verb)
        if form.participle:
            claim.mode = "participle"
        return claim

    def _finite_before_saying(self, view: View, verb: int) -> int:
        """For قائلا/يقول right after a finite verb with no content of its own (وتابع يقول), that verb."""
        form = self._verb(view, verb)
        if form is None or not (form.participle or form.imperfect) or form.verb.lemma != "قال":
            return verb
        lo = view.sentence(verb)[0]
        for j in range(verb - 1, max(lo, verb - SAYING_GAP) - 1, -1):
            word = view.word(j)
            if word in QUOTE_CHARS or word in (":", ".", "؛") or is_complementizer(view, j):
                return verb
            other = self._verb(view, j)
            if other is not None:
                return j if not other.participle else verb
        return verb

    def _cue_claim(
        self, view: View, lemma: str, kind: str, src: int, anchor: int, span: Span, quote_kind: str
    ) -> Claim:
        """A quote attributed by a cue phrase whose source starts at token src (بحسب X، على حد تعبيره)."""
        if kind == "manner":
            return Claim(anchor, quote_kind, span, lemma, "prodrop")
        subj = subject(view, src - 1, None)
        return Claim(anchor, quote_kind, span, lemma, "fixed" if subj.kind != "none" else "prodrop", subj)

    # Indirect quotes --------------------------------------------------------------------------------
    def _indirect(self, view: View, used: set[int], taken: list[Span]) -> list[Claim]:
        claims: list[Claim] = []
        quoted: set[int] = set()  # tokens inside taken or quoted stretches
        for span in taken:
            quoted.update(range(view.token_at(span.start), view.token_at(span.end)))
        sentences_with_claims: set[int] = set()
        for i in range(view.n):
            if view.tokens[i].is_punct or i in used or i in quoted:
                continue
            form = self._verb(view, i)
            if form is None:
                cue = match_cue(view, i)
                if cue is not None and cue[0].kind == "according":
                    claim = self._nominal(view, i, cue[0].lemma, cue[1])
                    if claim is not None:
                        claims.append(claim)
                continue
            claim = self._complement(view, i, form, used)
            if claim is not None:
                claims.append(claim)
                sentences_with_claims.add(view.sent_of[i])
        # A nominal attribution in a sentence that already has a verb quote only gives that quote its via.
        kept: list[Claim] = []
        for claim in claims:
            s_no = view.sent_of[view.token_at(claim.anchor)]
            if claim.mode == "nominal" and s_no in sentences_with_claims:
                outlet = claim.subj.outlet if claim.subj is not None else None
                for other in claims:
                    same = other.mode != "nominal" and view.sent_of[view.token_at(other.anchor)] == s_no
                    if same and other.via is None and outlet is not None:
                        other.via = outlet
                continue
            if claim.mode == "nominal":
                claim.mode = "fixed"
            kept.append(claim)
        return kept

    def _complement(self, view: View, i: int, form: VerbForm, used: set[int]) -> Claim | None:
        """An indirect quote of the verb at token i, when its complement follows in the sentence."""
        hi = min(view.sentence(i)[1], i + 1 + MAX_COMPLEMENT_GAP)
        subj = subject(view, i, None)
        if subj.kind == "nonsource":
            return None
        saying: list[int] = []
        j = i + 1
        while j < hi:
            if view.word(j) == ":":
                return None
            if j > i + 1 and (view.tokens[j].folded in _SAYING or self._verb(view, j) is not None):
                if self._finite_before_saying(view, j) == i or view.tokens[j].folded in _SAYING:
                    saying.append(j)  # وتابع قائلا إن: one quote, of the finite verb
                else:
                    return None
            start = self._marker(view, j, form)
            if start >= 0:
                end = self._content_end(view, start, view.sentence(i)[1])
                if end <= start:
                    return None
                used.update(saying)
                # The clitic ب of the complement is left out (بعقد مؤتمر → from عقد).
                first = view.tokens[start]
                begin = first.stem.start if "ب" in first.prefixes and start == j else first.start
                span = Span(begin, view.tokens[end - 1].end)
                mode = "participle" if form.participle else "subject"
                return Claim(view.tokens[i].start, "indirect", span, form.verb.lemma, mode, subj, i)
            j += 1
        return None

    def _marker(self, view: View, j: int, form: VerbForm) -> int:
        """The token where the content starts when token j is one of the verb's complements, else -1."""
        for chain in form.verb.complements:
            head = chain[0]
            if head == "ان":
                if is_complementizer(view, j):
                    return j + 1
            elif head == "ب":
                if "ب" in view.tokens[j].prefixes and len(chain) == 1:
                    return j
            elif head in view.keys(j) and view.tokens[j].folded.lstrip("وف") == head:
                # إليها، عنه: a preposition with a pronoun has its object already, no content follows.
                if len(chain) > 1:
                    if is_complementizer(view, j + 1):
                        return j + 2
                    continue
                return j + 2 if is_complementizer(view, j + 1) else j + 1
        return -1

    def _content_end(self, view: View, start: int, hi: int) -> int:
        """Token index ending the content: the sentence end, or where another quote or an attribution starts.

        Stops: a comma before a reporting verb (not a bare imperfect, which describes: رسائل …، تفيد بـ),
        before a cue with a real source (، بحسب الوزارة; not ، وفقا للتقويم) or a clause opener (، بينما);
        a wording cue anywhere (حسب تعبيره); a connector before a reporting verb (… لذلك يرى أن …).
        """
        end = hi
        for k in range(start + 1, hi - 1):
            if view.word(k) in ("،", ","):
                if self._starts_quote(view, k + 1) or view.has(k + 1, _CLAUSE_OPENERS):
                    end = k
                    break
            elif view.has(k, _CONNECTORS) and self._verb(view, k + 1) is not None and k > start + 1:
                end = k
                break
            else:
                cue = match_cue(view, k)
                if cue is not None and cue[0].kind == "manner":
                    end = k
                    break
        while end > start and not any(ch.isalnum() for ch in view.word(end - 1)):
            if view.word(end - 1) in QUOTE_CHARS | {"?", "؟", ")"}:
                break
            end -= 1
        return end

    def _starts_quote(self, view: View, k: int) -> bool:
        """Token k (after a comma) starts another quote or an attribution of the content before it."""
        form = self._verb(view, k)
        if form is not None:
            return not form.imperfect or bool(set(view.tokens[k].prefixes) & set("وف"))
        cue = match_cue(view, k)
        if cue is None:
            return False
        return cue[0].kind != "according" or subject(view, cue[1] - 1, None).kind not in ("none", "nonsource")

    def _nominal(self, view: View, i: int, lemma: str, src: int) -> Claim | None:
        """A sentence attributed only by a cue (…، بحسب وزارة الصحة / وحسب مصادر أمنية، …)."""
        lo, hi = view.sentence(i)
        subj = subject(view, src - 1, None)
        if subj.kind in ("none", "nonsource"):
            return None
        if i <= lo + 1:  # the cue opens the sentence: the content follows the source and its comma
            start = subj.end + 1 if subj.end < hi and view.word(subj.end) in "،," else subj.end
            end = self._content_end(view, start, hi)
            if end <= start and subj.outlet is not None:
                # وفقا لما نقلته وكالة الأنباء السعودية. alone after a quote: the previous quote's relay.
                anchor = view.tokens[i].start
                return Claim(anchor, "indirect", Span(anchor, anchor), lemma, "trailing", subj, i)
        else:
            start, end = lo, i
            while end > start and view.punct(end - 1):
                end -= 1
        if end <= start:
            return None
        span = Span(view.tokens[start].stem.start, view.tokens[end - 1].end)
        return Claim(
            view.tokens[i].start, "indirect", span, self._relay_lemma(view, i, src, lemma), "nominal", subj, i
        )

    def _relay_lemma(self, view: View, i: int, src: int, lemma: str) -> str | None:
        """The verb of a cue (وفق ما ذكر → ذكر, نقلا عن → نقل); a bare بحسب/وفقا ل has none."""
        for k in range(i + 1, src):
            form = self._verb(view, k)
            if form is not None:
                return form.verb.lemma
        return None if lemma in ("حسب", "وفق") else lemma

    def _attach_trailing(self, view: View, claims: list[Claim]) -> list[Claim]:
        """Give an attribution-only sentence's outlet to the quote just before it, and drop the sentence."""
        out: list[Claim] = []
        for claim in claims:
            if claim.mode != "trailing":
                out.append(claim)
                continue
            s_no = view.sent_of[view.token_at(claim.anchor)]
            if out and view.sent_of[view.token_at(out[-1].anchor)] >= s_no - 1 and out[-1].via is None:
                out[-1].via = claim.subj.outlet if claim.subj is not None else None
        return out

    # Speakers ---------------------------------------------------------------------------------------
    def _resolve(self, view: View, claims: list[Claim]) -> list[Quote]:
        """Speakers in document order: a verb without a subject takes the previous quote's speaker."""
        out: list[Quote] = []
        last: tuple[str | None, str | None] = (None, None)
        last_outlet: OutletMatch | None = None
        last_sentence = -1
        interviews: dict[int, OutletMatch | None] = {}
        for claim in claims:
            s_no = view.sent_of[view.token_at(claim.anchor)]
            if claim.mode == "participle" and s_no == last_sentence and (last[0] or last[1]):
                # …، مضيفا أن / موضحة أن after a quote in the same sentence: the same speaker goes on.
                speaker, text, via = (*last, None)
            else:
                speaker, text, via = self._speaker(view, claim, last, last_outlet)
            last_sentence = s_no
            via = claim.via or via
            if via is None and claim.verb_tok >= 0:
                via = self._via_near(view, claim, last_outlet)
            if via is None:
                via = interview_outlet(view, s_no, interviews) or interview_outlet_after(
                    view, s_no, interviews
                )
            if via is not None:
                last_outlet = via
            if speaker or text:
                last = (speaker, text)
            verb = claim.verb
            if verb == "نقل" and claim.verb_tok >= 0:
                between = range(claim.verb_tok + 1, view.token_at(claim.span.start))
                if any(view.tokens[k].folded in _RELAYED_SAYING for k in between):
                    verb = "قال"  # نقل X عن Y قوله إن: Y said it, X relayed it
            out.append(
                Quote(
                    kind=claim.kind,
                    span=claim.span,
                    speaker=speaker,
                    speaker_text=text,
                    verb=verb,
                    via=via.entity if via else None,
                    via_text=via.text if via else None,
                    source=SOURCE,
                )
            )
        return out

    def _speaker(
        self,
        view: View,
        claim: Claim,
        last: tuple[str | None, str | None],
        last_outlet: OutletMatch | None,
    ) -> tuple[str | None, str | None, OutletMatch | None]:
        """(entity id, speaker text, via) for one claim."""
        subj = claim.subj
        if claim.mode in ("subject", "participle") and claim.verb_tok >= 0:
            before = preverbal(view, claim.verb_tok, last_outlet) if claim.mode == "subject" else None
            keep = before is not None and before.kind in ("entity", "outlet", "unnamed")
            subj = before if keep and before is not None else subject(view, claim.verb_tok, last_outlet)
            if claim.verb == "نقل":
                return self._relay(view, subj, last, last_outlet)
            if claim.mode == "participle" or subj.kind == "none":
                entity = (
                    clause_subject(view, claim.verb_tok)
                    if claim.mode == "participle"
                    else before_verb(view, claim.verb_tok)
                )
                if entity is None and claim.mode != "participle" and not (last[0] or last[1]):
                    entity = sentence_person(view, claim.verb_tok)
                if entity is not None:
                    return entity.id, entity.name, None
                return (*last, None)
        if subj is None or subj.kind in ("none", "anaphor"):
            return (*last, None)
        if subj.kind == "outlet" and subj.outlet is not None:
            return subj.outlet.entity, subj.outlet.text, subj.outlet
        if subj.kind == "entity" and subj.entity is not None:
            return subj.entity.id, subj.entity.name, None
        return None, subj.text, None

    def _relay(
        self, view: View, subj: Subject, last: tuple[str | None, str | None], last_outlet: OutletMatch | None
    ) -> tuple[str | None, str | None, OutletMatch | None]:
        """نقلت X عن Y: Y is the speaker (parsed after عن), X the via."""
        via = subj.outlet
        if via is None and subj.entity is not None:
            tok = view.token_at(subj.entity.mentions[0].start)
            via = OutletMatch(tok, subj.end, subj.entity.name, None, subj.entity.id)
        elif via is None and subj.kind == "unnamed" and subj.text:  # ونقل أحد المواقع الإخبارية عن …
            via = OutletMatch(subj.end, subj.end, subj.text, None, None)
        j = subj.end
        if j < view.n and view.word(j) in "،,":
            j += 1
        if j < view.n and view.tokens[j].folded == "عن":
            source = subject(view, j, None)
            if source.kind == "entity" and source.entity is not None:
                return source.entity.id, source.entity.name, via
            if source.kind == "unnamed":
                return None, source.text, via
        return (*last, via)

    def _via_near(self, view: View, claim: Claim, last_outlet: OutletMatch | None) -> OutletMatch | None:
        """An outlet between the verb and the content (قال لرويترز إن), or cited after the content."""
        i = claim.verb_tok
        stop = view.token_at(claim.span.start)
        for j in range(i + 1, min(stop, view.n)):
            hit = match_outlet(view, j, last_outlet)
            if hit is not None:
                return hit
        hi = view.sentence(i)[1]
        for j in range(view.token_at(claim.span.end), hi):
            cue = match_cue(view, j)
            if cue is not None and cue[0].kind == "according":
                return match_outlet(view, cue[1], last_outlet)
        return None
