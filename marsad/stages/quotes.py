"""The quotes stage: who said what, with which reporting verb, relayed by which outlet.

Direct quotes are quoted stretches (marsad.quotes_marks) that have a reporting cue; a quoted string
without one is a name or a term ("داعش"، برنامج "ذا فويس") and is skipped. The cues, tried in order:
  1. a colon right before the opening mark (وتابع: «…»، قوله: "…");
  2. أن/إن right before it, with a reporting verb earlier in the sentence (قال إن "…"), 2+ words;
  3. a reporting verb earlier in the sentence with no أن/إن between (قال الوزير "…"، قائلا "…"), 3+ words,
     unless the mark follows a naming noun (صحيفة "…"، فيلم "…");
  4. after the closing mark, past a comma: a finite reporting verb ("…"، قال X) or an attribution phrase
     ("…"، بحسب توصيفه), 2+ words;
  5. a quote opening its paragraph with 6+ words continues the previous speaker.
Indirect quotes are a reporting verb, its subject, then its complement (أن/إن, or a preposition the
lexicon lists: دعا إلى، كشف عن): the content runs from the word after the complement to the sentence end,
cut before a comma that starts another cue (، مضيفا أن، بحسب …). A sentence with only a nominal
attribution (…، بحسب وزارة الصحة) is an indirect quote of the rest of the sentence.
Speakers: marsad.quotes_speakers; a verb with no subject (وأضاف أن) takes the previous quote's speaker.
`verb` is the lexicon lemma (قال for وقالت، يقول، قائلا), so scoring compares lemmas; for a nominal
attribution it is the cue's lemma (حسب، وفق). An outlet as subject (ذكرت صحيفة X أن) is both speaker
and via; نقلت X عن Y: Y speaks, X is via.

Reads: text, paragraphs, sentences, tokens, entities
Writes: quotes, outlets
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from marsad.arabic import fold
from marsad.article import Article, Quote, Span
from marsad.attribution import TYPE_NOUNS, OutletMatch, cited_outlets, match_cue, match_outlet
from marsad.quotes_lexicon import QuoteLexicon, VerbForm, load
from marsad.quotes_marks import quoted_stretches
from marsad.quotes_speakers import Subject, before_verb, clause_subject, is_complementizer, subject
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
        claims, used = self._direct(view, article)
        taken = [c.span for c in claims if c.kind == "direct"]
        indirect = self._indirect(view, used, taken)
        # A quoted stretch inside an indirect quote's content is the speaker's wording, not a second quote.
        inside = [(c.span.start, c.span.end) for c in indirect]
        claims = [c for c in claims if not any(a <= c.span.start and c.span.end <= b for a, b in inside)]
        claims += indirect
        claims.sort(key=lambda c: c.anchor)
        with_quotes = dataclasses.replace(article, quotes=tuple(self._resolve(view, claims)))
        return dataclasses.replace(with_quotes, outlets=cited_outlets(with_quotes))

    def _verb(self, view: View, i: int) -> VerbForm | None:
        key = view.has(i, self.lex.verbs)
        return self.lex.verbs[key] if key else None

    # Direct quotes ----------------------------------------------------------------------------------
    def _direct(self, view: View, article: Article) -> tuple[list[Claim], set[int]]:
        text, claims, used = view.text, [], set()
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
                if not words or " ".join(fold(w) for w in text[start:end].split()) in self.lex.outlet_names:
                    continue
                claim = self._direct_cue(view, open_pos, close_pos, closed, words, open_pos == para.start)
                if claim is not None:
                    claim.span = Span(start, end)
                    claims.append(claim)
                    if claim.verb_tok >= 0:
                        used.add(claim.verb_tok)
        return claims, used

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
        form = self._verb(view, verb)
        assert form is not None
        claim = Claim(span.start, "direct", span, form.verb.lemma, "subject", verb_tok=verb)
        if form.participle:
            claim.mode = "participle"
        return claim

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
        inside = sorted((s.start, s.end) for s in taken)
        sentences_with_claims: set[int] = set()
        for i in range(view.n):
            t = view.tokens[i]
            if t.is_punct or i in used or any(a <= t.start < b for a, b in inside):
                continue
            form = self._verb(view, i)
            if form is None:
                cue = match_cue(view, i)
                if cue is not None and cue[0].kind == "according":
                    claim = self._nominal(view, i, cue[0].lemma, cue[1])
                    if claim is not None:
                        claims.append(claim)
                continue
            claim = self._complement(view, i, form)
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

    def _complement(self, view: View, i: int, form: VerbForm) -> Claim | None:
        """An indirect quote of the verb at token i, when its complement follows in the sentence."""
        hi = min(view.sentence(i)[1], i + 1 + MAX_COMPLEMENT_GAP)
        subj = subject(view, i, None)
        j = i + 1
        while j < hi:
            if view.word(j) == ":" or (j > i + 1 and self._verb(view, j) is not None):
                return None
            start = self._marker(view, j, form)
            if start >= 0:
                end = self._content_end(view, start, view.sentence(i)[1])
                if end <= start:
                    return None
                span = Span(view.tokens[start].start, view.tokens[end - 1].end)
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
            elif head in view.keys(j):
                if len(chain) > 1:
                    if is_complementizer(view, j + 1):
                        return j + 2
                    continue
                return j + 2 if is_complementizer(view, j + 1) else j + 1
        return -1

    def _content_end(self, view: View, start: int, hi: int) -> int:
        """Token index ending the content: the sentence end, or a comma before another cue."""
        end = hi
        for k in range(start + 1, hi - 1):
            if view.word(k) in ("،", ",") and (
                self._verb(view, k + 1) is not None or match_cue(view, k + 1) is not None
            ):
                end = k
                break
        while end > start and view.punct(end - 1) and view.word(end - 1) not in QUOTE_CHARS | {"?", "؟"}:
            end -= 1
        return end

    def _nominal(self, view: View, i: int, lemma: str, src: int) -> Claim | None:
        """A sentence attributed only by a cue (…، بحسب وزارة الصحة / وحسب مصادر أمنية، …)."""
        lo, hi = view.sentence(i)
        subj = subject(view, src - 1, None)
        if subj.kind == "none":
            return None
        if i <= lo + 1:  # the cue opens the sentence: the content follows the source and its comma
            start = subj.end + 1 if subj.end < hi and view.word(subj.end) in "،," else subj.end
            end = self._content_end(view, start, hi)
        else:
            start, end = lo, i
            while end > start and view.punct(end - 1):
                end -= 1
        if end <= start:
            return None
        span = Span(view.tokens[start].stem.start, view.tokens[end - 1].end)
        return Claim(view.tokens[i].start, "indirect", span, lemma, "nominal", subj, i)

    # Speakers ---------------------------------------------------------------------------------------
    def _resolve(self, view: View, claims: list[Claim]) -> list[Quote]:
        """Speakers in document order: a verb without a subject takes the previous quote's speaker."""
        out: list[Quote] = []
        last: tuple[str | None, str | None] = (None, None)
        last_outlet: OutletMatch | None = None
        for claim in claims:
            speaker, text, via = self._speaker(view, claim, last, last_outlet)
            via = claim.via or via
            if via is None and claim.verb_tok >= 0:
                via = self._via_near(view, claim, last_outlet)
            if via is not None:
                last_outlet = via
            if speaker or text:
                last = (speaker, text)
            out.append(
                Quote(
                    kind=claim.kind,
                    span=claim.span,
                    speaker=speaker,
                    speaker_text=text,
                    verb=claim.verb,
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
            subj = subject(view, claim.verb_tok, last_outlet)
            if claim.verb == "نقل":
                return self._relay(view, subj, last, last_outlet)
            if claim.mode == "participle" or subj.kind == "none":
                entity = (
                    clause_subject(view, claim.verb_tok)
                    if claim.mode == "participle"
                    else before_verb(view, claim.verb_tok)
                )
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
        j = subj.end
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
