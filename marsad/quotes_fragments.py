"""Short quoted fragments and names in marks: which verb governs a fragment, and which marks hold a name.

Helpers of marsad.quotes_direct (split from it in session 16 when it reached 500 lines): a short fragment
after ب/أن is the quote of a reporting verb close before it (`governing_verb`), marks right after a verbal
noun's complement marker are that noun's quote (`governing_masdar`), and a "so-called" word before the
marks (`so_called`), a naming noun before them (NAMING) or opening a short stretch (`opened_name`) makes
them a name.
"""

from __future__ import annotations

from marsad.arabic import fold, folded_words
from marsad.quotes_claims import reporting_verb
from marsad.quotes_lexicon import QuoteLexicon, VerbForm
from marsad.quotes_named_units import NAMING
from marsad.quotes_platforms import platform_on
from marsad.quotes_senses import RESPONSIBILITY, RESPONSIBLE_REACH
from marsad.quotes_speakers import KANA, RELATIVES, is_complementizer
from marsad.quotes_subjects import subject
from marsad.quotes_view import QUOTE_CHARS, View

LOOKBACK = 25  # tokens searched back from a quote mark or أن for its reporting verb
SHORT_GAP = 8  # tokens from a short fragment's ب/أن back to its verb (ووصف تصريحات لها … بأنها "…")

# "so-called" words before a quoted name (ما يسمى بـ"…"، المعروف باسم "…"، تدعى "…"، الملقب بـ"…"): the marks
# hold a name.
_SO_CALLED = folded_words(
    "يسمى تسمى المسمى المسماة سمي سميت يعرف تعرف المعروف المعروفة عرف يدعى تدعى "
    "الملقب الملقبة الملقبين يلقب تلقب لقب"  # a nickname: الملقب بـ"…"
)
_AS_NAME = folded_words("ب باسم")
_PREPOSITIONS = frozenset(fold(w) for w in ("إلى", "على", "عن", "من", "في", "ب", "ل"))
# Verbs of threatening: the marked words after their ب are what is threatened (وهدده بـ"…"), an act, not
# speech (bench/gold/QUOTES.md: تعهد، هدد make no quote of a noun phrase; dev4's call; session 21).
_THREATS = frozenset({"هدد", "توعد"})
_RELATIVES = folded_words("الذي التي الذين")
# Verbs of expressing a feeling: عن + the feeling noun, then marks (وعبرت عن أسفها "البالغ لـ…"): the marks
# open on the noun's own adjective or complement, a scare quote of the writer's; marks right after عن are
# the speaker's words (عبّر عن "…"; bench/gold/QUOTES.md: أعرب/عبّر عن is a feeling, not a quote; session 21).
_EXPRESSING = frozenset({"أعرب", "عبر"})
_ACCUSING = frozenset({"اتهم"})
_ABOUT = folded_words("عن")


def opened_name(view: View, io: int, prev: int, lo: int) -> bool:
    """The closed stretch whose opening mark is token io starts with a naming noun and is a name (تشكيل "لجنة
    وطنية دائمة"، أقر X بفوز "الحزب …"), unless a preposition before the marks makes it a fragment of speech
    (دعا إلى "حملة وطنية شاملة"). A title or a person's name after the marks (قائد "اللواء …" العميد X، أن)
    no longer keeps them a quote (session 18's exception): the speaker search steps over them
    (quotes_subjects._unit_in_marks)."""
    return not (
        io + 1 >= view.n
        or not view.has(io + 1, NAMING)
        or prev < lo
        or view.tokens[prev].folded in _PREPOSITIONS
    )


def so_called(view: View, prev: int, lo: int) -> bool:
    """A so-called word right before the opening mark, or before ب/باسم there (ما يسمى بـ"…")."""
    k = prev - 1 if prev >= lo and view.tokens[prev].folded in _AS_NAME else prev
    return k >= lo and view.tokens[k].folded.lstrip("و") in _SO_CALLED


def ends_clause(view: View, close_pos: int) -> bool:
    """The closing mark at close_pos is followed by punctuation or the sentence end."""
    nxt = view.token_at(close_pos) + 1
    return nxt >= view.sentence(nxt - 1)[1] or bool(view.punct(nxt))


def governing_masdar(lex: QuoteLexicon, view: View, prev: int, lo: int) -> tuple[int, VerbForm] | None:
    """The verbal noun (token, form) whose complement marker is token prev (ب، بأن، إلى, right before the
    marks), when it is the nearest reporting form before it in the sentence (no mark between), else None."""
    if prev < lo or prev < 1:
        return None
    marker = view.tokens[prev].folded
    marker = "ب" if view.word(prev) == "ب" else "ان" if is_complementizer(view, prev) else marker
    for j in range(prev - 1, max(lo, prev - LOOKBACK) - 1, -1):
        if view.word(j) in QUOTE_CHARS or view.word(j) in (".", ":", "؛"):
            return None
        form = reporting_verb(lex, view, j, masdar=True)
        if form is None:
            continue
        heads = {chain[0] for chain in form.verb.complements}
        takes = marker in heads or (marker == "ان" and "ب" in heads)
        if not form.masdar or not takes or j in view.mention_at:
            return None
        # اتهامات بـ"الإهمال" with no one's name after the noun: no speaker, no quote
        return (j, form) if subject(view, j, None).kind not in ("none", "nonsource") else None
    return None


def governing_verb(lex: QuoteLexicon, view: View, prev: int, lo: int, words: int) -> int:
    """The verb governing a short fragment whose mark follows token prev (see the module docstring)."""
    if reporting_verb(lex, view, prev) is not None:
        return prev
    if not (view.word(prev) == "ب" or (words == 1 and is_complementizer(view, prev))):
        return -1
    for j in range(prev - 1, max(lo, prev - SHORT_GAP) - 1, -1):
        if view.punct(j) or view.word(j) in QUOTE_CHARS:
            return describing_verb(lex, view, prev, lo) if view.word(prev) == "ب" else -1
        if is_complementizer(view, j):
            # وأوضح X أن اللجنة ستكتفي بـ"…": the fragment lies in the reported clause, the verb's quote
            return -1
        if reporting_verb(lex, view, j) is not None:
            return j
    return -1


def outer_describer(lex: QuoteLexicon, view: View, verb: int, lo: int) -> int:
    """For a reporting verb right after a relative pronoun whose own complement is no ب (الإجراءات التي
    أعلنتها ماي): the verb before that relative clause in the same clause whose complement is ب (ووصفت روسيا
    …، بأنها "…": وصف، اتهم), which a following بأن(ه/ها) belongs to; else -1 (session 28, D7)."""
    if verb < 1 or view.has(verb - 1, RELATIVES) is None:
        return -1
    form = reporting_verb(lex, view, verb)
    if form is None or any(chain[0] == "ب" for chain in form.verb.complements):
        return -1
    for j in range(verb - 2, max(lo, verb - LOOKBACK) - 1, -1):
        if view.word(j) in QUOTE_CHARS or view.word(j) in (".", ":", "؛") or is_complementizer(view, j):
            return -1
        outer = reporting_verb(lex, view, j)
        if outer is not None and view.has(j - 1, RELATIVES) is None:
            # (a verb of another relative clause on the way, روسيا، التي نفت …، is stepped over)
            return j if any(chain[0] == "ب" for chain in outer.verb.complements) else -1
    return -1


_SPOKE = frozenset({"تحدث"})


def spoke_about(lex: QuoteLexicon, view: View, prev: int, lo: int) -> int:
    """The token of تحدث "spoke" whose عن is token prev, right before the marks (وتحدث شهود عيان عن "…"):
    bench/gold/QUOTES.md counts the marked words as its direct quote (dev5's call; without marks عن names a
    topic, no quote); else -1. The verb lies within SHORT_GAP tokens, no mark, punctuation, complementizer or
    other reporting verb between (session 28)."""
    if prev <= lo or view.tokens[prev].folded != "عن":
        return -1
    found = _verb_before(lex, view, prev - 1, max(lo, prev - SHORT_GAP))
    if found is None or is_complementizer(view, found[0] + 1):
        return -1
    tok, form = found
    if any(is_complementizer(view, t) for t in range(tok + 1, prev)):
        return -1
    return tok if form.verb.lemma in _SPOKE else -1


def _verb_before(lex: QuoteLexicon, view: View, start: int, stop: int) -> tuple[int, VerbForm] | None:
    """The nearest reporting verb from token start back to token stop, with no punctuation or quotation mark
    between (its token and form), or None."""
    for j in range(start, stop - 1, -1):
        if view.punct(j) or view.word(j) in QUOTE_CHARS:
            return None
        form = reporting_verb(lex, view, j)
        if form is not None:
            return j, form
    return None


def threat_object(lex: QuoteLexicon, view: View, prev: int, lo: int) -> bool:
    """Token prev, right before the marks, is the ب of a threatening verb (هدد، توعد) close before it in the
    clause (وهدده بـ"…"، وتوعدت الجماعة بـ"انتقام سريع"): the marked words are what is threatened, no
    quote. Not a verb in a relative clause (الإصابة التي هددت مشاركته، بـ"…": another verb's fragment)."""
    if prev < lo or view.tokens[prev].folded != "ب":
        return False
    found = _verb_before(lex, view, prev - 1, max(lo, prev - SHORT_GAP))
    if found is None:
        return False
    j, form = found
    relative = j > lo and view.tokens[j - 1].folded in _RELATIVES
    return form.verb.lemma in _THREATS and not relative


def feeling_scare(lex: QuoteLexicon, view: View, prev: int, lo: int) -> bool:
    """Token prev, right before the marks, is the feeling noun right after عن of an expressing verb close
    before it (وعبرت X في كلمتها عن أسفها "البالغ …"): the marks are no quote (see _EXPRESSING). Marks after a
    preposition, a complementizer or a saying word (عن أمله في "…"، عن ثقتها في أن "…"، بالقول "…") are
    the speaker's words and stay quotes."""
    if prev - 1 < lo or not view.has(prev - 1, _ABOUT) or view.punct(prev) or view.word(prev) in QUOTE_CHARS:
        return False
    found = _verb_before(lex, view, prev - 2, max(lo, prev - SHORT_GAP))
    return found is not None and found[1].verb.lemma in _EXPRESSING


def accused_phrase(lex: QuoteLexicon, view: View, head: int) -> bool:
    """Token head is a ب-noun (بمحاولة) of an accusing verb close before it, and marks open right after it
    with the clause going on after their closing mark (واتهم X الولايات المتحدة
    بمحاولة "تمرير القرار" ليكون "ذريعة" لـ…): the marks are the phrase's wording and the phrase one indirect
    quote of the verb (dev4's call). Marks that end the clause (بنشر "…".) stay a direct quote."""
    if head >= view.n or "ب" not in view.tokens[head].prefixes or head in view.mention_at:
        return False
    lo, hi = view.sentence(head)
    found = _verb_before(lex, view, head - 1, max(lo, head - SHORT_GAP))
    if found is None or found[1].verb.lemma not in _ACCUSING:
        return False
    if head + 1 >= hi or view.word(head + 1) not in QUOTE_CHARS:
        return False  # بقصف مطار "…" وسط …: marks further on hold a name, not the noun's complement
    close = next((c for c in range(head + 2, hi) if view.word(c) in QUOTE_CHARS), hi)
    return close + 1 < hi and not view.punct(close + 1)


def accused_mark(lex: QuoteLexicon, view: View, io: int, lo: int) -> bool:
    """The opening mark at token io is the first in the phrase of an accusing verb's ب-noun before it (see
    `accused_phrase`): no direct quote of its own."""
    for head in range(io - 1, max(lo, io - SHORT_GAP) - 1, -1):
        if view.punct(head) or view.word(head) in QUOTE_CHARS:
            return False
        if "ب" in view.tokens[head].prefixes:
            return accused_phrase(lex, view, head)
    return False


# Words of saying right before marks (على القول "…"، مضيفا القول "…"): what follows is speech, a direct quote.
_SAYING_WORDS = folded_words("القول قول قوله قولها")


def inside_noun_phrase(lex: QuoteLexicon, view: View, verb: int, io: int) -> bool:
    """The marks opening at token io lie inside the noun-phrase complement of the verb at token `verb`: its
    preposition (إلى، على، عن، من, or a clitic ب) and two or more words stand before them, with no
    punctuation or complementizer (وأشار الرئيس إلى أهمية الحوار مع النقابات "التي …"، وأكد على ضرورة
    مقاضاة X على "جرائمها"): the marks are wording of that indirect quote, no direct quote of their own (as a
    fragment inside a reported clause; bench/gold/QUOTES.md: a quotation mark belonging to the clause stays
    in). Marks right after the preposition or its one noun (دعا إلى "…"، شدد على التزامه "…"), after a word
    of saying (شددت على القول "…"), or of a verb inside another verb's clause (أوضح أنه طالب …) keep their
    reading (session 21, dev5)."""
    form = reporting_verb(lex, view, verb)
    if form is None or view.has(io - 1, _SAYING_WORDS) is not None:
        return False
    if any(is_complementizer(view, k) for k in range(max(view.sentence(verb)[0], verb - 3), verb)):
        return False
    heads = {chain[0] for chain in form.verb.complements if len(chain) == 1 and chain[0] != "ان"}
    for j in range(verb + 1, io - 1):
        if view.word(j) in QUOTE_CHARS or view.punct(j) or is_complementizer(view, j):
            return False
        word = view.tokens[j].folded.lstrip("وف")
        if word in heads and not platform_on(view, j):  # في تغريدة على تويتر: where, not the content
            return io - j > 2  # two words or more between the preposition and the marks
        if "ب" in heads and "ب" in view.tokens[j].prefixes and j > verb + 1:
            return io - j > 1  # the ب-noun and one word or more
    return False


def describing_verb(lex: QuoteLexicon, view: View, prev: int, lo: int) -> int:
    """For a fragment after ب past commas (ووصف الرئيس، X، خصمه، وهو نائب سابق، بـ"الكاذب"): the nearest
    reporting verb before it in the sentence whose own complement is ب (وصف، نعت، اتهم), when only commas
    and words lie between (no other mark, colon, complementizer or verb), else -1."""
    for j in range(prev - 1, max(lo, prev - LOOKBACK) - 1, -1):
        if view.word(j) in QUOTE_CHARS or view.word(j) in (".", ":", "؛") or is_complementizer(view, j):
            return -1
        form = reporting_verb(lex, view, j)
        if form is not None:
            takes = any(chain[0] == "ب" for chain in form.verb.complements)
            return j if takes and not form.participle else -1
    return -1


def holding_verb(lex: QuoteLexicon, view: View, io: int, lo: int) -> int:
    """The token of حمّل "held responsible" whose responsibility the marks opening at token io hold (وحمل
    الرئيس X إسرائيل "المسؤولية …" عما حدث; `quotes_senses.held_responsible`): a direct quote of حمل
    of any length (bench/gold/QUOTES.md's dev3 call), else -1."""
    if io + 1 >= view.n or view.tokens[io + 1].folded not in RESPONSIBILITY:
        return -1
    for j in range(io - 1, max(lo, io - RESPONSIBLE_REACH) - 1, -1):
        if view.word(j) in QUOTE_CHARS or view.word(j) in (".", ":", "؛"):
            return -1
        form = reporting_verb(lex, view, j)
        if form is not None:
            return j if form.verb.lemma == "حمل" else -1
    return -1


# Verbs whose fully marked noun-phrase object is an indirect quote with the marks in (bench/gold/QUOTES.md:
# أكد + a fully marked NP, dev5's call; شدد على "…"; session 26, dev6).
_ASSERTING = frozenset({"أكد", "شدد"})
_ON = fold("على")
# First words of a clause or of speech, not of a noun phrase (particles, pronouns, complementizers,
# prepositions, demonstratives): marks opening on one hold a direct quote.
_NOT_PHRASE = folded_words(
    "لقد قد ما لا لم لن ليس أن إن أنه أنها أننا أنهم إنه إنها إننا إنهم حتى هناك هنا علينا لدينا لنا نحن "
    "أنا أنت هو هي هم هذا هذه ذلك تلك هؤلاء إذا لو كل من في على عن إلى الى مع حول بين منذ بعد قبل عندما "
    "كما لكن لكننا إننا يجب سوف"
)
_ASSERTED_WORDS = (
    3  # words in the marks at least: a shorter stretch is as often a name (وأكدت الوكالة "سانا")
)


def asserted_phrase(lex: QuoteLexicon, view: View, verb: int, io: int, close_pos: int) -> bool:
    """The marks opening at token io are the whole object of the finite asserting verb at `verb` (وأكد X "…"،
    شدد على "…"), so the verb's indirect quote holds them: nothing between but its subject ending on a name
    (and على), 3+ words in the marks opening on no particle or pronoun, the marks closing the clause, and no
    second marked part joined after them (وأكد بيان … "…"، و"…": two direct quotes). Not after a saying word
    (على القول "…") or inside another verb's أن-clause (أنه أكد "…")."""
    form = reporting_verb(lex, view, verb)
    if form is None or form.participle or form.verb.lemma not in _ASSERTING:
        return False
    if verb > 0 and is_complementizer(view, verb - 1):
        return False  # وأورد مكتب X أنه أكد "…": a verb inside another's clause, whose quote holds it
    if io > 0 and view.tokens[io - 1].folded in _SAYING_WORDS:
        return False  # وشددت على القول "…": a saying word before the marks, speech (a direct quote)
    between = range(verb + 1, io)
    if any(view.punct(t) or view.word(t) in QUOTE_CHARS or is_complementizer(view, t) for t in between):
        return False
    k = io - 1 if view.tokens[io - 1].folded == _ON else io
    if k - 1 > verb and view.covered.get(k - 1) is None and view.surname(k - 1) is None:
        return False  # وأكد ماكرون على أهمية "…"، وأكدت الوزارة وجود "…": marks on part of the object
    if k - 1 > verb and subject(view, verb, None).end != k:
        return False  # أكد سامي وجود خلاف مع X "…": the mention before the marks is no subject
    first = view.tokens[io + 1] if io + 1 < view.n else None
    if first is None or first.prefixes or first.folded in _NOT_PHRASE:
        return False  # وأكد "لقد اتخذنا …"، "أننا نريد …"، "لزيادة …": a clause or speech, a direct quote
    if any(view.tokens[t].folded in KANA for t in range(io + 1, min(io + 4, view.n))):
        return False  # "الميليشيات كانت …": a nominal sentence, speech
    close = view.token_at(close_pos)
    if sum(not view.punct(t) for t in range(io + 1, close)) < _ASSERTED_WORDS or not ends_clause(
        view, close_pos
    ):
        return False
    k = close + 1
    while k < view.n and view.word(k) in ("،", ","):
        k += 1
    return not (k + 1 < view.n and view.word(k) == "و" and view.word(k + 1) in QUOTE_CHARS)
