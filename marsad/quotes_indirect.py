"""Indirect quotes: a reporting verb, its subject, then its complement; and bare attributions.

A verbal noun the lexicon lists (مزاعم، دعوات، مطالبة) reports like its verb when its genitive names the
speaker (مزاعم بريطانيا بأنه، دعوات ناشطين إلى); it governs no direct quote (quotes_claims.reporting_verb).
The complement is أن/إن, or a preposition the lexicon lists (دعا إلى، كشف عن); the content runs from the
word after the complement to the sentence end, cut before another quote or an attribution (see
`marsad.quotes_ends`). Verbs inside quotation marks start no indirect quote (a nested quote is the speaker's
words). A sentence with only a nominal attribution (…، بحسب وزارة الصحة) is an indirect quote of the rest
of the sentence, unless the source is a document or a result (حسب النتائج); an attribution-only sentence
after a quote (وفقا لما نقلته وكالة X.) is its via (those rules: marsad.quotes_nominal).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from marsad.arabic import fold, folded_words
from marsad.article import Span
from marsad.attribution import match_cue, match_outlet
from marsad.quotes_anonymity import in_anonymity
from marsad.quotes_claims import BAYYANA, Claim, finite_before_saying, reporting_verb
from marsad.quotes_ends import predicate_of_content
from marsad.quotes_fragments import outer_describer
from marsad.quotes_fronted import fronted_subject
from marsad.quotes_lexicon import QuoteLexicon, VerbForm, load
from marsad.quotes_markers import RELATIVE_OBJECT_GAP, complement_start, object_pronoun
from marsad.quotes_nominal import NominalClaims, wholly_quoted
from marsad.quotes_np_objects import (
    NAMED_OBJECT_ONLY,
    REPORTED_WITH_B,
    bare_clitic_off,
    named_object,
    object_comma,
    own_pronoun,
)
from marsad.quotes_speakers import (
    MAX_SUBJECT,
    NON_SOURCES,
    RELATIVES,
    STOPS,
    Subject,
    fact_before,
    has_prefix,
    is_complementizer,
)
from marsad.quotes_subjects import subject
from marsad.quotes_view import QUOTE_CHARS, View

MAX_COMPLEMENT_GAP = 35  # tokens between a verb and its أن/إن (long subjects, PPs, appositions)
# A prepositional complement (أكد على، دعا إلى) lies closer: far from the verb, على/إلى belongs to an
# adverbial (… في حالة هجوم على محافظة إدلب). Raised from 25 to 35 for أن/إن only on ANT development
# articles (قال ترامب، الأربعاء، بعد عودته …، في أعقاب قمة … مع كيم جونغ أون، إن …); gold unchanged.
MAX_PREPOSITION_GAP = 25
ASIDE_CUE = 12  # tokens of an attribution aside between commas (، بحسب ما نقلت عنه وكالة الأنباء الرسمية،)
SECOND_CUE = (
    8  # tokens from an attribution phrase to a نقلا عن continuing it (وفقا لما ذكرته صحيفة "X" مساء أمس)
)
# قائلا/بالقول after a finite verb of speaking (وتابع قائلا، وخاطبت … قائلة): the finite verb is the lemma.
_SAYING = frozenset({"بالقول", "وبالقول"})
# The lexicon's marker for a noun-phrase complement (نفى علمه بـ…), and what may come between the subject
# and it: weekdays, time words, manner adverbs.
OBJECT = fold("مفعول")
_OBJECT_SKIP = folded_words(
    "الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد أمس اليوم مساء صباح بشدة قطعيا تماما مجددا أيضا "
    "كذلك كالعادة"
)
# One-word objects of نفى that are reports themselves (نفى الاتهامات "denied the accusations").
_DENIED = folded_words("الاتهامات الاتهام التهم التهمة المزاعم الادعاءات الأنباء التقارير الشائعات")
_DEMONSTRATIVES = frozenset(fold(w) for w in ("ذلك", "هذا", "هذه", "تلك", "هذين", "هؤلاء"))
# Words before an imperfect verb that make it no clause on a noun (وهو يقول، ما يقول، كما يقول).
_NOT_NOUNS = frozenset(fold(w) for w in ("هو", "هي", "وهو", "وهي", "ما", "كما", "لا", "قد", "وقد", "ثم"))
# Time prepositions that open an aside set off by commas (، قبيل إعلان …، أن): a verbal noun after one
# reports nothing across the closing comma.
_TIME_PREPOSITIONS = folded_words("قبيل قبل بعد عقب إثر غداة خلال أثناء")
ASIDE_REACH = 10  # tokens from an aside's opening comma to a verbal noun in it
# Where a token may be بين/بينت (with و/ف, with a shadda): found in the text, not token by token.
_BAYYANA_TEXT = re.compile("(?<![\\w\u0651])[وف]?بي\u0651?نت?(?![\\w\u0651])")


# Contrast openers of a new clause (، بينما تدعو، ، فيما يرى; ، في حين يقول: ContentEnds._whereas).
_WHILE = folded_words("بينما وبينما فيما")

# كما "as" opening a sentence is "likewise, also" (كما نقل …، كما أكد …): the verb after it is the sentence's.
_LIKEWISE = folded_words("كما وكما")


class IndirectFinder(NominalClaims):
    """Finds the indirect quotes of one article (a fresh finder per article: it holds the View)."""

    def __init__(self, lex: QuoteLexicon, view: View) -> None:
        self.lex = lex
        self.view = view
        self.direct: set[int] = set()  # tokens inside direct quotes: no complement is sought there
        self.verb_keys = view.first_keys(lex.verbs)
        # وبيّن أنه: a past of بيّن, which the lexicon leaves out (quotes_claims._bayyana decides)
        self.bayyana = {
            k
            for m in _BAYYANA_TEXT.finditer(view.text)
            if (k := view.token_at(m.start())) < view.n and view.tokens[k].folded.lstrip("وف") in BAYYANA
        }

    def _verb(self, i: int) -> VerbForm | None:
        if self.verb_keys[i] is None and i not in self.bayyana:  # most tokens: no lexicon form, no call
            return None
        if in_anonymity(self.view, i):
            return None  # a formula verb in a relative clause on the source (quotes_anonymity)
        return reporting_verb(self.lex, self.view, i, masdar=True)

    def claims(self, used: set[int], taken: list[Span], direct: Sequence[Claim] = ()) -> list[Claim]:
        """Indirect claims outside the `taken` spans, skipping verb tokens in `used` (direct quotes').

        A nominal attribution in a sentence that has a direct quote with a verb (وحسب صحيفة "ماركا"، خاطب
        النجم مدربه بالقول: "…") relays that quote instead of making one.
        """
        view = self.view
        claims: list[Claim] = []
        quoted: set[int] = set()  # tokens inside taken or quoted stretches
        for said in direct:
            self.direct.update(range(view.token_at(said.span.start), view.token_at(said.span.end)))
        for span in taken:
            quoted.update(range(view.token_at(span.start), view.token_at(span.end)))
        sentences_with_claims: set[int] = set()
        # Only a token with a verb or a cue key can start a claim (reporting_verb; match_cue reads load()).
        verb_keys, cue_keys = view.first_keys(self.lex.verbs), view.first_keys(load().cues)
        for i in range(view.n):
            if verb_keys[i] is None and cue_keys[i] is None and i not in self.bayyana:
                continue
            if view.tokens[i].is_punct or i in used or i in quoted:
                continue
            form = self._verb(i)
            if form is None:
                cue = match_cue(view, i)
                if cue is not None and view.has(i, _LIKEWISE) and i == view.sentence(i)[0]:
                    continue  # كما نقل الشرطي … إلى المستشفى: "likewise" opening a sentence, no "as X said"
                if cue is not None and cue[0].kind == "according" and self._second_cue(i):
                    continue  # …، وفقا لما ذكرته X نقلا عن Y: one attribution phrase, one quote (session 23)
                if cue is not None and cue[0].kind == "according":
                    claim = self._nominal(i, cue[0].lemma, cue[1])
                    if claim is not None:
                        claims.append(claim)
                continue
            if self._in_aside_cue(i):
                continue
            claim = self._complement(i, form, used)
            if claim is not None:
                claims.append(claim)
        claims = [c for c in claims if not self._nested(c, claims)]
        # Sentences with a verb quote, counted after nesting: an imperfect verb inside a nominal
        # attribution's clause (…، مما يشير إلى …، وفق ما ذكرت وكالة رويترز) is no quote of its own.
        sentences_with_claims.update(view.sent_of[c.verb_tok] for c in claims if c.mode != "nominal")
        spoken = [c for c in direct if c.verb_tok >= 0]
        sentences_with_claims.update(view.sent_of[c.verb_tok] for c in spoken)
        # A nominal attribution in a sentence that already has a verb quote only gives that quote its via.
        kept: list[Claim] = []
        for claim in claims:
            s_no = view.sent_of[view.token_at(claim.anchor)]
            if claim.mode == "nominal" and s_no in sentences_with_claims:
                outlet = claim.subj.outlet if claim.subj is not None else None
                for other in claims + spoken:
                    same = other.mode != "nominal" and view.sent_of[view.token_at(other.anchor)] == s_no
                    if same and other.via is None and outlet is not None:
                        other.via = outlet
                continue
            if claim.mode == "nominal":
                claim.mode = "fixed"
            kept.append(claim)
        return kept

    def _nested(self, claim: Claim, claims: list[Claim]) -> bool:
        """An imperfect verb inside another quote's content (قال إن الأدلة تشير إلى …) reports nothing of its
        own: the gold leaves quotes nested in a quote unannotated. A و/ف-prefixed verb starts a new one."""
        if claim.verb_tok < 0:
            return False
        form = self._verb(claim.verb_tok)
        token = self.view.tokens[claim.verb_tok]
        if form is None or set(token.prefixes) & set("وف"):
            return False
        if not (form.imperfect or form.masdar):
            return self._nested_past(claim, claims)
        # …، بينما تدعو حكومات عدة إلى …، وفق ما نقلت X: a while-clause's verb after a comma opens its own
        # quote inside a cue's sentence; the cue only gives it its relay.
        contrast = self._after_contrast(claim.verb_tok)
        inside = [o for o in claims if o is not claim and o.span.start <= token.start < o.span.end]
        if contrast and inside and all(o.mode == "nominal" for o in inside):
            claim.aside = True
            return False
        return bool(inside)

    def _nested_past(self, claim: Claim, claims: list[Claim]) -> bool:
        """A past verb and its own أن/إن in the middle of a verb quote's that-clause, its subject between
        the complementizer and it (قال إن الرئيس ترامب أعلن أنه …): a report nested in the speaker's,
        unannotated (QUOTES.md)."""
        view = self.view
        i = claim.verb_tok
        if i < 1 or view.word(i - 1) in ("،", ",", ":") or not is_complementizer(view, i + 1):
            return False
        for other in claims:
            if other is claim or other.mode not in ("subject", "participle", "prodrop") or other.verb_tok < 0:
                continue
            if not other.span.start <= view.tokens[i].start < other.span.end:
                continue
            if view.sent_of[other.verb_tok] != view.sent_of[i]:
                continue
            first = view.token_at(other.span.start)
            if 0 < i - first <= 4:
                return True
        return False

    def _after_contrast(self, i: int) -> bool:
        """The verb at i follows a comma and a contrast opener (، بينما / ، فيما / ، في حين)."""
        view = self.view
        k = i - 1
        if k >= 1 and self._whereas(k - 1):
            k -= 1
        elif not (k >= 0 and view.has(k, _WHILE)):
            return False
        return k >= 1 and view.word(k - 1) in ("،", ",")

    def _second_cue(self, i: int) -> bool:
        """The according cue at i continues another one that starts at most SECOND_CUE tokens before it in
        its sentence and whose source is named by then (وفقا لما ذكرته أكسيوس نقلا عن مصادر، حسبما أوردت
        رويترز نقلا عن مصدر): the first phrase's quote reads the second (quotes_relays.quoting_source); a
        quote of its own would repeat the same clause (ANT, session 23)."""
        view = self.view
        lo = view.sentence(i)[0]
        for k in range(max(lo, i - SECOND_CUE), i):
            cue = match_cue(view, k)
            if cue is not None and cue[0].kind == "according" and cue[1] < i:
                return not any(is_complementizer(view, m) for m in range(cue[1], i))
        return False

    def _aside_cue(self, j: int) -> int | None:
        """After a comma at j-1: an according cue (بحسب ما نقلت عنه X) closed by another comma before the
        sentence ends; the token after that comma, else None."""
        view = self.view
        cue = match_cue(view, j)
        if cue is None or cue[0].kind != "according":
            return None
        hi = min(view.sentence(j)[1], j + ASIDE_CUE)
        return next((k + 1 for k in range(cue[1], hi) if view.word(k) in ("،", ",")), None)

    def _in_aside_cue(self, i: int) -> bool:
        """The verb at i belongs to a comma-enclosed cue after another reporting verb (وقال X، بحسب ما نقلت
        عنه وكالة رويترز، إن): that verb's quote, not this one's."""
        view = self.view
        lo = view.sentence(i)[0]
        for c in range(i - 1, max(lo, i - 3) - 1, -1):
            if view.word(c) in ("،", ","):
                after = self._aside_cue(c + 1)
                if after is None or after <= i:
                    return False
                return any(self._verb(k) is not None for k in range(max(lo, c - MAX_SUBJECT), c))
        return False

    def _aside_head(self, i: int) -> bool:
        """The verbal noun at i lies in an aside that a comma opens with a time preposition or a relative
        pronoun (، قبيل إعلان الحكومة …، ، الذي ارتبط اسمها بمزاعم …،)."""
        view = self.view
        lo = view.sentence(i)[0]
        for c in range(i - 1, max(lo, i - ASIDE_REACH) - 1, -1):
            if view.word(c) in ("،", ","):
                return (
                    view.has(c + 1, _TIME_PREPOSITIONS) is not None or view.has(c + 1, RELATIVES) is not None
                )
            if view.punct(c) or is_complementizer(view, c):
                return False
        return False

    def _aside_masdar(self, i: int, j: int) -> bool:
        """Token j is a verbal noun after a comma that follows the verb at i (ذكرت صحيفة X، قبيل إعلان
        الحكومة قرارها، أن): part of an aside, which reports nothing; the complement after it is i's."""
        form = self._verb(j) if j > i + 1 else None
        return form is not None and form.masdar and self._aside_head(j)

    def _complement(self, i: int, form: VerbForm, used: set[int]) -> Claim | None:
        """An indirect quote of the verb at token i, when its complement follows in the sentence."""
        view = self.view
        hi = min(view.sentence(i)[1], i + 1 + MAX_COMPLEMENT_GAP)
        if outer_describer(self.lex, view, i, view.sentence(i)[0]) >= 0:
            marker = next((k for k in range(i + 1, hi) if is_complementizer(view, k)), -1)
            if marker >= 0 and view.tokens[marker].folded.startswith("ب"):
                return None  # القيود التي أعلنها الوزير، بأنها "…": وصفت's بأنها, not the relative's (D7)
        subj = subject(view, i, None)
        if subj.kind == "nonsource" or (form.masdar and subj.kind == "none"):
            return None  # a verbal noun reports only with its speaker after it (مزاعم بريطانيا بأن)
        if i > 0 and subj.kind == "none" and fact_before(view, i):
            return None  # …، مما يشير إلى; هتافات تطالب بـ: a fact or a slogan is no source
        if i > 0 and view.tokens[i - 1].folded in RELATIVES and subj.kind == "none":
            # The relative's antecedent is the subject (…، الذي تقول إيران إنه: إيران is, after the verb).
            lo = view.sentence(i)[0]
            if any(view.has(k, NON_SOURCES) for k in range(max(lo, i - 4), i - 1)):
                return None  # استطلاعات الرأي التي أشارت إلى …: a poll is no source
        if form.verb.chained and i + 1 < view.n and own_pronoun(view, i + 1, form):
            return None  # النتائج التي توصلت إليها الأجهزة: the relative's pronoun, no report (session 28b)
        if i > 0 and view.tokens[i - 1].folded in RELATIVES and object_pronoun(view, i):
            # الخطة التي اقترحتها الحكومة …، … أن: the verb's object is the relative's antecedent, so
            # a content follows only as a second object, right after the subject (الذي وصفه بأنه، الذي
            # اعتبرته السلطات أنه) and before any comma (session 30: an أن far on was taken for it)
            near = max(subj.end, i + 1) + RELATIVE_OBJECT_GAP
            comma = next((k for k in range(i + 1, hi) if view.word(k) in ("،", ",")), hi)
            hi = min(hi, near + 1, comma)
        if predicate_of_content(view, i, form):
            return None  # أعلن أن التحقيقات …، توصلت إلى أن: nested in the content before the comma
        saying: list[int] = []
        j = i + 1
        while j < hi:
            if (
                view.word(j) == ":"
                and j + 1 < hi
                and is_complementizer(view, j + 1)
                and j + 1 not in self.direct
            ):
                # وقال المصدر: إن …: a colon before إن (a Saudi house style, session 12's second development
                # set) marks the content as a colon before marks does; the complement follows it.
                j += 1
                continue
            if view.word(j) == ":" or j in self.direct:
                if view.word(j) != ":" and (OBJECT,) in form.verb.complements:
                    return self._object(i, form, subj)  # ونفى X الاتهامات ووصفها بأنها "…"
                return None  # وكتبت على "تويتر" "أعرف أن …": the أن inside a direct quote is its own
            if form.masdar and view.word(j) in ("،", ",") and self._aside_head(i):
                # A verbal noun in a time or relative aside closes at its comma (ذكرت صحيفة X، قبيل إعلان
                # الحكومة قرارها، أن: the أن is the main verb's; session 9).
                return None
            # (right after the verb only when no إن starts it: قالت إن بي سي إن is ambiguous)
            outlet = match_outlet(view, j) if j > i + 1 or not is_complementizer(view, j) else None
            if outlet is not None and outlet.lo >= j:
                j = max(j + 1, outlet.hi)  # لشبكة "سي إن إن" إن: the إن of the name is no complementizer
                while j < hi and view.word(j) in QUOTE_CHARS:
                    j += 1
                continue
            comma = view.word(j - 1) in ("،", ",")
            aside = self._aside_cue(j) if comma else None
            if aside is not None:
                # وقال X، بحسب ما نقلت عنه وكالة رويترز، إن: the attribution set off by commas is an aside
                # (its outlet is the via, quotes_relays.via_near); the content follows it.
                j = aside
                continue
            if comma and view.tokens[j].folded in RELATIVES:
                # وقال كريم، الذي حذر من قبل …، إنه: a verb in a relative clause set off by commas
                # is not the quote's; the content starts after the clause.
                k = j + 1
                while k < hi and view.word(k) not in ("،", ","):
                    k += 1
                if k < hi:
                    j = k + 1
                    continue
            if self._aside_masdar(i, j):
                pass  # ذكرت صحيفة X، قبيل إعلان الحكومة قرارها، أن: a verbal noun in an aside (session 9)
            elif j > i + 1 and (view.tokens[j].folded in _SAYING or self._verb(j) is not None):
                if finite_before_saying(self.lex, view, j) == i or view.tokens[j].folded in _SAYING:
                    saying.append(j)  # وتابع قائلا إن: one quote, of the finite verb
                elif (OBJECT,) in form.verb.complements:
                    return self._object(i, form, subj)  # ونفى X الاتهامات ووصفها بأنها: before the next verb
                else:
                    return None
            start = complement_start(self.lex, view, j, form, i)
            if start == j and form.verb.lemma in REPORTED_WITH_B and bare_clitic_off(view, j, form, subj):
                start = -1  # وأفاد المتحدث باسم الجيش بمقتل …: the ب of the subject's title, or of به
            if start >= 0 and j < subj.end and subj.kind == "entity" and not is_complementizer(view, j):
                start = -1  # ودعا المبعوث الأممي إلى اليمن مارتن غريفيث …: the إلى of the subject's title
            if start < 0 and saying and saying[-1] == j - 1 and is_complementizer(view, j):
                start = j + 1  # وردت X بالقول إن: the saying word's إن, whatever the verb's own complements
            if start >= 0 and j - i > MAX_PREPOSITION_GAP and not is_complementizer(view, j):
                start = -1
            if start >= 0:
                # A clause inside a noun phrase ends at its comma, unless a comma closed it before the
                # content (موقع X الذي نقلت عنه الصحيفة، فإن …).
                # A verbal noun's content is inside the noun phrase too (رفضت مطالب منظمات حقوقية بإجبار
                # الجيش على …، بعد أن قتل …).
                embedded = form.masdar or (
                    self._embedded(i, form, subj)
                    and not any(view.word(c) in ("،", ",") for c in range(i + 1, start))
                )
                clause = start > 0 and is_complementizer(view, start - 1)
                end = self.content_end(start, view.sentence(i)[1], self._feminine(i), embedded, clause)
                if end <= start:
                    return None
                after = fronted_subject(view, i, j, start, end) if form.verb.polarity == "demand" else None
                if after is not None:  # ودعت إلى المسيرة الجبهة …: the object alone, its subject after it
                    span = Span(view.tokens[start].stem.start, view.tokens[start].end)
                    return Claim(view.tokens[i].start, "indirect", span, form.verb.lemma, "fixed", after, i)
                used.update(saying)
                # The clitic ب/ل of the complement is left out (بعقد مؤتمر → from عقد).
                first = view.tokens[start]
                clitic = "ب" in first.prefixes or "ل" in first.prefixes
                begin = first.stem.start if clitic and start == j else first.start
                span = Span(begin, view.tokens[end - 1].end)
                mode = "participle" if form.participle else "subject"
                kind, span = wholly_quoted(view, start, end, span, clause)
                return Claim(view.tokens[i].start, kind, span, form.verb.lemma, mode, subj, i)
            j += 1
        if (OBJECT,) in form.verb.complements:
            return self._object(i, form, subj)
        return None

    def _named_end(self, i: int, subj: Subject) -> int:
        """Where the subject of the verb at i ends before a noun-phrase object: after the last name in the
        subject phrase (ونفى X الاتهامات، نفى المستشار الإعلامي لقائد قوات الدعم السريع الاتهامات: the phrase
        was read on to the object), else the phrase's end."""
        view = self.view
        if subj.kind == "none":
            return i + 1  # لكن موسكو نفت ضلوعها: the subject stands before the verb; the object follows it
        last = -1
        for k in range(i + 1, subj.end):
            if k in view.covered:
                last = k
        return last + 1 if 0 <= last < subj.end - 1 else subj.end

    def _object(self, i: int, form: VerbForm, subj: Subject) -> Claim | None:
        """A noun-phrase complement right after the subject (نفى الرئيس، الخميس، علمه بأي أموال), for the
        verbs the lexicon marks (bench/gold/QUOTES.md: نفى علمه بـ…). A bare demonstrative (نفى ذلك) or a
        one-word object is no reported content."""
        view = self.view
        lo, hi = view.sentence(i)
        if i - 2 >= lo and view.tokens[i - 1].folded in RELATIVES and view.word(i - 2) in ("،", ","):
            # موسكو، التي تنفي أي ضلوع لها، بطرد …: the relative clause ends at its closing comma
            hi = next((c for c in range(i + 1, hi) if view.word(c) in ("،", ",")), hi)
        k = max(i + 1, self._named_end(i, subj))
        while k < hi and (view.word(k) in ("،", ",") or view.has(k, _OBJECT_SKIP)):
            k += 1
        if k >= hi or view.punct(k) or view.word(k) in QUOTE_CHARS or view.has(k, STOPS):
            return None
        said = self._verb(k)
        if said is not None and said.masdar and form.verb.polarity == "deny":
            pass  # نفت ميانمار بشدة مزاعم الولايات المتحدة بأنها …: the denied claim is the object, the
            # claim's own quote is nested in it (session 28b, dev7)
        elif is_complementizer(view, k) or view.has(k, _DEMONSTRATIVES) or said is not None:
            return None
        if has_prefix(view, k, "ل"):
            return None  # تنكر لرفاقه "disowned them": تنكّر لـ, no denial (session 28b)
        if form.verb.lemma in NAMED_OBJECT_ONLY and not named_object(view, k, form, subj):
            return None
        end = self.content_end(k, hi)
        # A noun-phrase object ends at a comma before a new clause (نفت ضلوعها …، واتهمت …; تنكر
        # ضلوعها …، منافية بذلك …; …، التي أسفرت عن …): as every such object of the gold sets (session 28b).
        # After بينما/فيما the verb's clause is subordinate: the main clause starts after its comma
        # (وبينما أنكرت X ضلوعها في …، تكشف Y …).
        subordinate = i > 0 and view.has(i - 1, _WHILE) is not None
        end = next(
            (
                c
                for c in range(k + 1, end)
                if object_comma(view, c) or (subordinate and view.word(c) in ("،", ","))
            ),
            end,
        )
        # ونفى X الاتهامات ووصفها بأنها "…": a reporting verb joined by و starts the next quote
        end = next((t for t in range(k + 1, end) if has_prefix(view, t, "و") and self._verb(t)), end)
        if any(t in self.direct for t in range(k, end)):
            return None  # a direct quote's words are its own quote
        if end - k < 2 and view.tokens[k].folded.lstrip("وف") not in _DENIED:
            return None
        span = Span(view.tokens[k].start, view.tokens[end - 1].end)
        mode = "participle" if form.participle else "subject"
        return Claim(view.tokens[i].start, "indirect", span, form.verb.lemma, mode, subj, i)

    def _feminine(self, i: int) -> bool:
        """The finite verb at token i agrees with a feminine subject (قالت، أشارت، تقول)."""
        form = self._verb(i)
        if form is None or form.participle or form.masdar:
            return False
        word = self.view.tokens[i].folded.lstrip("وف")
        return (word.endswith("ت") and not form.imperfect) or (form.imperfect and word.startswith("ت"))

    def _embedded(self, i: int, form: VerbForm, subj: Subject) -> bool:
        """The verb at token i opens a clause inside a noun phrase, which a comma closes: after a relative
        pronoun (القانون، الذي تقول إيران إنه …، على أن) or, imperfect, without و/ف and with its subject
        after it, right after a noun (أفعال تقول منظمة العفو إنه …، مثل; not محللون يرون أن, where the
        noun before is the subject)."""
        view = self.view
        if i == 0 or i == view.sentence(i)[0]:
            return False
        before = view.tokens[i - 1].folded
        if before in RELATIVES:
            return True
        if not form.imperfect or set(view.tokens[i].prefixes) & set("وف"):
            return False
        if subj.kind in ("none", "nonsource") or before in _NOT_NOUNS or i - 1 in view.mention_at:
            return False
        return not (
            view.punct(i - 1)
            or view.word(i - 1) in QUOTE_CHARS
            or is_complementizer(view, i - 1)
            or view.has(i - 1, load().verbs)
        )
