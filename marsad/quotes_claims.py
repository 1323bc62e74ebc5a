"""A quote before its speaker is resolved (`Claim`), the reporting-verb lookups the finders share, and
`attach_trailing`, which hands an attribution-only sentence's outlet to the claims before it.

A token is a reporting verb when one of its folded keys is a lexicon form, unless it is a verbal noun
after a preposition (في نقل الوقائع), a relative clause on an interview noun (في تصريحات نقلتها الوكالة)
or negated (لم يكشف عن).
قائلا/يقول right after a finite verb of speaking with no content of its own (وتابع قائلا، وتابع يقول) gives
that finite verb (the gold's lemma rule in bench/gold/QUOTES.md).
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.arabic import fold
from marsad.article import Span
from marsad.attribution import OutletMatch, match_outlet
from marsad.attribution_relays import INTERVIEW
from marsad.quotes_lexicon import QuoteLexicon, VerbForm, load
from marsad.quotes_preverbal import preverbal
from marsad.quotes_senses import held_responsible, named_phrase_end, went_on
from marsad.quotes_speakers import Subject, is_complementizer
from marsad.quotes_view import QUOTE_CHARS, View

# A verb form right after one of these is its verbal noun (في نقل الوقائع "in relaying the facts").
_MASDAR_BEFORE = frozenset(fold(w) for w in ("في", "من", "عن", "على", "إلى", "حول", "عبر", "بعد", "قبل"))
# Negations before a verb (لم يوضح، لن يقول، لا يرى): a report that was not made.
_NEGATIONS = frozenset(fold(w) for w in ("لم", "ولم", "فلم", "لن", "ولن", "لا", "ولا"))
# Indefinite nouns of a statement: a verb right after one opens a relative clause on it (في بيان نقلته
# وكالة الأنباء، في تغريدة كتبها على متن الطائرة), not a report of its own.
_STATEMENTS = frozenset(
    fold(w) for w in ("بيان", "تغريدة", "تدوينة", "منشور", "رسالة", "خطاب", "كلمة", "مقال", "مقالة", "تقرير")
)
# Verbs read as impersonal passives when أن follows at once, with no subject before them (يُعتقد أن "it
# is believed that"; وتعتقد الحكومة أن and وكانت الحكومة تعتقد أن report).
_IMPERSONAL = frozenset({"اعتقد"})
SAYING_GAP = 12  # tokens back from قائلا to the finite verb it follows
FRAGMENT_WORDS = 6  # words of a quoted fragment after ب that the search for that verb steps over
# tokens back from قائلا to its finite verb past such a fragment (dev4: علق X، …، على مطالبات Y بـ"…"، قائلا)
SAYING_FAR = 36


@dataclass
class Claim:
    """A quote before its speaker is resolved: `mode` says how (subject, participle, prodrop, fixed).

    `anchor` orders claims in the text (the verb or the opening mark); `verb_tok` is the verb's token
    (-1 without one); `via` an outlet already found by the finder (a sentence's nominal attribution).
    """

    anchor: int
    kind: str
    span: Span
    verb: str | None
    mode: str
    subj: Subject | None = None
    verb_tok: int = -1
    via: OutletMatch | None = None
    shares_verb: bool = False  # the verb also has an indirect quote (قال إنه …، "…"): leave it free
    aside: bool = False  # a while-clause's quote in a cue's sentence: its speaker is no later verb's topic
    # a token a direct quote took besides its verb, which makes no claim of its own: the attribution cue
    # (…، وفق X، "…") or a participle the colon's verb was found past (قال X مشيرا إلى Y: "…")
    cue_tok: int = -1


def reporting_verb(lex: QuoteLexicon, view: View, i: int, masdar: bool = False) -> VerbForm | None:
    """The reporting verb form at token i, or None (see the module docstring for the exclusions).

    A verbal noun (مزاعم، دعوات) counts only with `masdar`: it reports an indirect quote with its
    complement (the indirect finder), but a quoted stretch after one in passing (ردا على اتهامات
    المعارضة، "…") is not its quote.
    """
    key = view.first_keys(lex.verbs)[i] if i < view.n else None  # view.has, from the article's table
    if not key:
        return (
            _bayyana(lex, view, i) if i < view.n and view.tokens[i].folded.endswith(_BAYYANA_ENDS) else None
        )
    form = lex.verbs[key]
    if form.masdar:
        participle = _feminine_participle(lex, view, i, key)
        if participle is not None:
            return participle  # …، مطالبة بالإفراج عنهم: "demanding", not the verbal noun "a demand"
        # A verbal noun takes a preposition before it (سخر من مزاعم، رحب بدعوة): only the checks below.
        return form if masdar and not (i > 0 and view.tokens[i - 1].folded in _NEGATIONS) else None
    if i > 0 and view.tokens[i - 1].folded in _MASDAR_BEFORE:
        return None
    # A name the segmenter splits like a verb (سيرينا → س + يري "he sees") is no verb; a verb the NER
    # tagged as a name (فيرى → PER يرى) stays one.
    named = view.covered.get(i)
    if named is not None and named.label != "MISC" and fold(named.name) not in lex.verbs:
        return None
    if named is not None and _in_outlet_name(view, i):
        return None  # لقناة (راي 1): the outlet راي, not رأى "he opined"
    if "ب" in view.tokens[i].prefixes:
        return None  # بنقل السفارة "by moving": a preposition makes the form a verbal noun
    if i > 0 and view.tokens[i - 1].folded in _NEGATIONS:
        return None  # لم يكشف عن، لا يرى أن: a negated report is no quote (bench/gold/QUOTES.md)
    if form.verb.lemma == "مضى" and not _saying_after(lex, view, i):
        return None  # مضى عامان على …: "passed"; ومضى قائلا "went on saying" reports
    if form.verb.lemma == "واصل" and not went_on(view, i):
        return None  # واصل الجيش قصفه "kept on"; وواصل الوزير: «…» "went on" reports (quotes_senses)
    if form.verb.lemma == "حمل" and not held_responsible(view, i):
        return None  # حمل المتظاهرون لافتات "carried"; حمّلت X حماس "المسؤولية …" reports (quotes_senses)
    if form.verb.lemma == "عبر" and not _expressed_about(lex, view, i):
        return None  # وصل عبر الحدود، قال عبر تويتر: the preposition "via"; وعبر الوزير عن "…" reports
    if form.verb.lemma in _IMPERSONAL and is_complementizer(view, i + 1) and preverbal(view, i, None) is None:
        return None  # ويعتقد أنه قام بـ …: "it is believed", no one's report
    if i > 0 and (view.has(i - 1, INTERVIEW) or _addressed_statement(view, i)):
        return None  # في تصريحات نقلتها الوكالة: a relative clause on the statement, not a report
    if i > 0 and view.tokens[i - 1].folded in _STATEMENTS and view.tokens[i].folded.endswith(("ه", "ها")):
        return None  # في بيان نقلته الوكالة، في تغريدة كتبها (not في تغريدة قال فيها, the speaker's own)
    if form.participle and _agrees_with_noun(view, i):
        return None  # حصارا مشددا بريا: an adjective on the indefinite noun before it, no report
    if form.verb.lemma == "نقل" and _moved_to(view, i):
        return None  # نقل الشرطي … إلى المستشفى: "was taken to", no report
    if form.verb.lemma == "ادعى" and _named_by(view, i):
        return None  # أحد السكان ويدعى X "one of the residents, called X": no claim
    return form


def _feminine_participle(lex: QuoteLexicon, view: View, i: int, key: str) -> VerbForm | None:
    """A verbal noun spelled like its verb's feminine participle (مطالبة) is the participle after a comma and
    right before its complement (…، مطالبة بالإفراج، …، مطالبة بأن): a verbal noun has its genitive there
    (مطالبة المعارضة بـ). The masculine participle (مطالبا) must be a listed participle form."""
    if not key.endswith("ه") or view.tokens[i].prefixes or i < 1 or i + 1 >= view.n:
        return None
    participle = lex.verbs.get(key[:-1] + "ا")
    if participle is None or not participle.participle or view.word(i - 1) not in ("،", ","):
        return None
    after = view.tokens[i + 1]
    return participle if "ب" in after.prefixes or is_complementizer(view, i + 1) else None


_GO_ON_REACH = 3  # tokens from مضى to the saying form after it (ومضى الوزير قائلا)


def _saying_after(lex: QuoteLexicon, view: View, i: int) -> bool:
    """A participle or imperfect of قال follows token i closely (ومضى قائلا، ومضت تقول)."""
    for k in range(i + 1, min(view.n, i + 1 + _GO_ON_REACH)):
        key = view.first_keys(lex.verbs)[k]
        form = lex.verbs.get(key) if key else None
        if form is not None and form.verb.lemma == "قال" and (form.participle or form.imperfect):
            return True
        if view.punct(k):
            return False
    return False


_ABOUT = frozenset({"عن"})
_ABOUT_REACH = 12  # tokens from عبّر to its عن, past the subject and an aside (وعبر X في تغريدة نشرها عن)


def _expressed_about(lex: QuoteLexicon, view: View, i: int) -> bool:
    """Token i is the verb عبّر "expressed": عن follows within the clause, and the bare past form has no
    reporting verb before it in its clause (قال X عبر تويتر عن، أعربت X عبر حسابها عن: "via")."""
    hi = min(view.n, i + 1 + _ABOUT_REACH)
    about = next((k for k in range(i + 1, hi) if view.punct(k) or view.tokens[k].folded in _ABOUT), -1)
    if about < 0 or view.punct(about):
        return False
    if view.tokens[i].folded.lstrip("وف") != "عبر":
        return True  # عبرت، عبروا: no preposition
    k = i - 1
    while k >= view.sentence(i)[0] and not view.punct(k):
        if reporting_verb(lex, view, k) is not None:
            return False
        k -= 1
    return True


def _addressed_statement(view: View, i: int) -> bool:
    """A statement noun and its addressee with ل right before token i (في تصريحات للصحفيين نقلتها وكالة X):
    the verb at i, with a pronoun of the statement, opens a relative clause on it."""
    if i < 2 or not view.tokens[i].folded.endswith(("ه", "ها")) or "ل" not in view.tokens[i - 1].prefixes:
        return False
    return view.has(i - 2, INTERVIEW) is not None or view.tokens[i - 2].folded in _STATEMENTS


def _named_by(view: View, i: int) -> bool:
    """Token i is the passive يُدعى "is called" (written with final ى; يدّعي "claims" with ي): before a
    person's name (وقال أحدهم ويدعى X إنه … is X's قال), or with no complementizer in the next three tokens
    (ويدعى الوزير أن "the minister claims that" stays a claim)."""
    if not view.word(i).endswith("دعى") or is_complementizer(view, i + 1):
        return False
    named = view.mention_at.get(i + 1)
    if named is not None and named[0].label == "PER":
        return True
    return not any(is_complementizer(view, k) for k in range(i + 2, min(view.n, i + 4)))


# Words that open a participle's complement (مشددا على، مؤكدا أن، مشيرا إلى).
_COMPLEMENT_WORDS = frozenset(fold(w) for w in ("أن", "إن", "أنه", "أنها", "بأن", "على", "إلى", "عن", "من"))


def _agrees_with_noun(view: View, i: int) -> bool:
    """The participle at token i follows an indefinite accusative noun with no comma between (حصارا مشددا)
    and no complement opens right after it: it agrees with the noun as its adjective (session 13, dev3)."""
    if i == 0 or i + 1 >= view.n or view.tokens[i - 1].is_punct or i - 1 in view.covered:
        return False  # (وتحدى ترامب روسيا قائلا: a name in -ا is no noun the participle agrees with)
    if view.punct(i + 1) or view.word(i + 1) in QUOTE_CHARS:
        return False  # قائلا: "…" introduces speech
    before = view.tokens[i - 1].folded
    if not before.endswith("ا") or before.startswith(("و", "ال")) or before in _ADVERBS:
        return False
    return view.tokens[i + 1].folded not in _COMPLEMENT_WORDS and not is_complementizer(view, i + 1)


# Adverbs in -ا that may stand before a reporting participle (وقال ذلك أيضا مؤكدا): no noun to agree with.
_ADVERBS = frozenset(
    fold(w) for w in ("أيضا", "جدا", "مجددا", "كذلك", "أمس", "مساء", "صباحا", "لاحقا", "سابقا")
)


def _moved_to(view: View, i: int) -> bool:
    """نقل at token i is "moved, taken" (نقل الجريح إلى المستشفى): إلى follows it in its sentence and no
    أن/إن does."""
    hi = view.sentence(i)[1]
    for k in range(i + 1, hi):
        word = view.word(k)
        if view.tokens[k].folded in _FROM or is_complementizer(view, k) or word == ":" or word in QUOTE_CHARS:
            return False  # نقلت الوكالة عن الوزير دعوته إلى …، ونقلت قوله: "…": a relay
        if view.tokens[k].folded == fold("إلى"):
            rest = range(k + 1, hi)
            return not any(is_complementizer(view, m) or view.word(m) in QUOTE_CHARS for m in rest)
    return False


_FROM = frozenset(fold(w) for w in ("عن", "عنه", "عنها", "عنهم", "لسان", "قوله", "قولها", "قولهم"))


# The past of بيّن "explain" is left out of the lexicon (بين/وبين is mostly "between"); right before أن it
# can only be the verb (وبيّن أنه …), as "between" takes a noun; so too before a name or title phrase and أن
# (وبين المتحدث أن), as "between" takes two nouns joined by و.
BAYYANA = frozenset({"بين", "بينت"})
_BAYYANA_ENDS = tuple(BAYYANA)


def _bayyana(lex: QuoteLexicon, view: View, i: int) -> VerbForm | None:
    """بين/بينت as a finite verb when a complementizer or a colon follows it at once or after its name or
    title subject (وبين المتحدث باسم الوزارة أن، حيث بيّن: "…"), else None."""
    if i + 1 >= view.n or view.tokens[i].folded.lstrip("وف") not in BAYYANA:
        return None
    participle = lex.verbs.get(fold("مبينا"))
    that = i + 1
    if not is_complementizer(view, that) and view.word(that) != ":":
        # "between" takes nouns joined by و, which named_phrase_end refuses (بين الحكومة والمعارضة)
        that = named_phrase_end(view, i + 1, view.sentence(i)[1])
    # a colon there introduces the speaker's words as a complementizer does (حيث بيّن: "…"; session 30)
    if participle is None or that < 0 or not (is_complementizer(view, that) or view.word(that) == ":"):
        return None
    token = view.tokens[i]
    opens = bool(set(token.prefixes) & set("وف")) or i == view.sentence(i)[0]
    if not opens and "\u0651" not in view.text[token.start : token.end]:
        return None  # قارن بين أن تكون … وأن …: "between"; the verb opens its clause or bears its shadda
    return VerbForm(participle.verb, participle=False)


def _in_outlet_name(view: View, i: int) -> bool:
    """Token i is inside an outlet's name that a type noun introduces (قناة "راي"، لقناة (راي 1))."""
    for k in range(max(0, i - 2), i):
        hit = match_outlet(view, k)
        if hit is not None and hit.lo <= i < hit.hi:
            return True
    return False


def finite_before_saying(lex: QuoteLexicon, view: View, verb: int) -> int:
    """For قائلا/يقول right after a finite verb with no content of its own (وتابع يقول), that verb."""
    form = reporting_verb(lex, view, verb)
    if form is None or not (form.participle or form.imperfect) or form.verb.lemma != "قال":
        return verb
    if form.imperfect and (set(view.tokens[verb].prefixes) & set("وف") or view.word(verb - 1) in ("،", ",")):
        return verb  # تزعم الصين أحقيتها …، وتقول إنها: a clause of its own, not "saying" after the verb
    lo = view.sentence(verb)[0]
    j = verb - 1
    gap = SAYING_GAP
    while j >= max(lo, verb - gap):
        word = view.word(j)
        if word in QUOTE_CHARS:
            # وصرح X لموقع "عربي21" قائلا: the quoted name of an outlet spoken to is stepped over, and so is
            # a quoted fragment after ب in the verb's object (علق X على دعوات Y بـ"خفض الأسعار"، قائلا)
            name = _quoted_outlet_before(view, j, lo)
            if name < 0:
                name = _fragment_before(view, j, lo)
                if name < 0:
                    return verb
                gap = SAYING_FAR  # past an object's fragment, the verb and its long subject lie farther
            j = name
            continue
        if word in (":", ".", "؛") or is_complementizer(view, j):
            return verb
        other = reporting_verb(lex, view, j)
        if other is not None:
            return j if not other.participle else verb
        j -= 1
    return verb


_NAME_MARKS = 6  # tokens from a closing mark back to the opening one of an outlet's quoted name


def _fragment_before(view: View, close: int, lo: int) -> int:
    """For the closing mark of a short quoted fragment right after ب (بـ"خفض الأسعار"), the token before
    the ب, else -1."""
    for o in range(close - 1, max(lo, close - FRAGMENT_WORDS - 1) - 1, -1):
        if view.word(o) in QUOTE_CHARS:
            return o - 2 if o - 1 >= lo and view.word(o - 1) == "ب" and o < close - 1 else -1
    return -1


def _spoken_to(view: View, k: int) -> bool:
    """Token k opens a phrase with ل (لموقع، لـ"الجزيرة"): the outlet is spoken to, not the speaker's
    employer (وكتبت مذيعة "دويتشه فيله"، X، تقول: she wrote, the verb stays تقول's)."""
    return view.word(k) == "ل" or "ل" in view.tokens[k].prefixes


def _quoted_outlet_before(view: View, close: int, lo: int) -> int:
    """For a closing mark at token `close`, the token before the outlet phrase spoken to whose quoted name
    it ends (لموقع "عربي21"، لقناة "الجزيرة"), else -1."""
    for o in range(close - 1, max(lo, close - _NAME_MARKS) - 1, -1):
        if view.word(o) in QUOTE_CHARS:
            for start in (o - 1, o):
                hit = match_outlet(view, start) if start >= lo else None
                if hit is not None and hit.hi >= close and _spoken_to(view, start):
                    return start - 1
            return -1
    return -1


def attach_trailing(view: View, claims: list[Claim]) -> list[Claim]:
    """Give an attribution-only sentence's outlet to the quotes of the sentence just before it (…، مضيفا أنه
    … . حسب رويترز.: both the قال and the مضيفا quote), and drop the sentence. A verbal noun's quote is a
    side remark the outlet did not relay (see marsad.stages.quotes)."""
    out: list[Claim] = []
    lex = load()
    for claim in claims:
        if claim.mode != "trailing":
            out.append(claim)
            continue
        s_no = view.sent_of[view.token_at(claim.anchor)]
        if not out or view.sent_of[view.token_at(out[-1].anchor)] < s_no - 1:
            fixed = _trailing_content(view, claim, out)
            if fixed is not None:
                out.append(fixed)
            continue
        before = view.sent_of[view.token_at(out[-1].anchor)]
        for other in reversed(out):
            if view.sent_of[view.token_at(other.anchor)] != before:
                break
            form = reporting_verb(lex, view, other.verb_tok, masdar=True) if other.verb_tok >= 0 else None
            if other.via is None and not (form is not None and form.masdar):
                other.via = claim.subj.outlet if claim.subj is not None else None
    return out


def _trailing_content(view: View, claim: Claim, out: list[Claim]) -> Claim | None:
    """A cue after a full stop in the same paragraph (… على الشعب اليمني. وفقا لـ"واس") attributes the
    sentence before it when that sentence has no quote of its own: it is the cue's quote."""
    s_no = view.sent_of[view.token_at(claim.anchor)]
    if s_no == 0 or claim.subj is None:
        return None
    lo, hi = view.sent_range[s_no - 1]
    while hi > lo and view.punct(hi - 1) and view.word(hi - 1) not in QUOTE_CHARS:
        hi -= 1  # a closing mark stays (… "تطوير الخطاب الديني". بحسب ما أوردت وكالة سانا)
    if hi - lo < 3 or view.word(lo) in QUOTE_CHARS:
        return None
    start, end = view.clause_start(lo), view.tokens[hi - 1].end
    if "\n" in view.text[end : claim.anchor] or any(c.span.end > start for c in out):
        return None
    fixed = Claim(claim.anchor, "indirect", Span(start, end), claim.verb, "fixed", claim.subj, claim.verb_tok)
    fixed.aside = True  # the cue's source is no topic for a later pro-dropped verb (… . بحسب رويترز. وقال)
    return fixed
