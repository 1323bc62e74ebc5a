"""Speakers of reporting verbs with no subject of their own (a pro-dropped وأضاف, a verb joined by و after a
comma: …، ودعا), for the quotes stage (marsad.stages.quotes): whom such a verb goes on with when the
previous quote's speaker is not it, and whether a verbal noun states its sentence's main statement.
"""

from __future__ import annotations

from marsad.arabic import fold, folded_words
from marsad.article import Entity
from marsad.attribution import OutletMatch
from marsad.quotes_claims import Claim
from marsad.quotes_context import after_turn
from marsad.quotes_preverbal import preverbal
from marsad.quotes_speakers import KANA, RELATIONS, Subject, is_complementizer, is_title
from marsad.quotes_subjects import subject
from marsad.quotes_titles import title_referent
from marsad.quotes_view import QUOTE_CHARS, View


def coordinated(view: View, i: int) -> bool:
    """The verb at token i opens a clause joined by و after a comma inside its sentence (…، ودعا)."""
    token = view.tokens[i]
    return (
        i - 1 > view.sentence(i)[0]
        and view.word(i - 1) in ("،", ",")
        and (token.prefixes[:1] == ("و",) or token.folded.startswith("وو"))
    )


def object_before(view: View, i: int) -> bool:
    """The verb at i is joined by و after a comma (`coordinated`) and the mention ending before that comma
    is not set off by a comma of its own (…من ممارسات الحوثيين، وأضاف; …في وجه الحكم، وقالت): a genitive or
    an object of the clause before, not the verb's subject (SVO puts no و between them). An apposed name
    (…كما يذكر اللاعب، في الخمسينات، X، ويقول) is the first clause's subject and may go on (session 23)."""
    if not coordinated(view, i):
        return False
    k = i - 2
    entity = view.covered.get(k)
    if entity is None:
        return False
    first = k
    while first - 1 > view.sentence(i)[0] and view.covered.get(first - 1) is entity:
        first -= 1
    return view.word(first - 1) not in ("،", ",")


_BUT = frozenset({"لكن", "ولكن"})


def contrast_subject(view: View, i: int) -> Entity | None:
    """The named subject right after لكن in the clause before the verb at i (…، لكن اليونان تنفي مسؤوليتها …،
    وتقول إنها): a و-verb after the comma goes on with it (session 13, dev3)."""
    lo = view.sentence(i)[0]
    for k in range(i - 2, lo - 1, -1):
        if view.tokens[k].folded in _BUT and k + 1 in view.mention_at:
            return view.mention_at[k + 1][0]
    return None


# The opening "it came in" (وجاء في، وورد في) before a verbal noun that states what the sentence reports.
_CAME_IN = frozenset(fold(w) for w in ("جاء", "وجاء", "ورد", "وورد", "في"))


def main_statement(view: View, i: int) -> bool:
    """The words before the verbal noun at i, from its sentence's start, are only جاء/ورد and في (وجاء في
    تحذير السفارة أن …): the noun is the sentence's main statement, not a side remark (session 15)."""
    lo = view.sentence(i)[0]
    return lo + 1 < i and all(view.tokens[k].folded in _CAME_IN for k in range(lo, i))


def titled_person(view: View, i: int, last: tuple[str | None, str | None]) -> Entity | None:
    """`opening_title`'s person, if any."""
    found = opening_title(view, i, last)
    return found if isinstance(found, Entity) else None


def opening_title(
    view: View, i: int, last: tuple[str | None, str | None], text: bool = False
) -> Entity | str | None:
    """The person a definite title names as the subject of the verb opening the sentence of the verb at i
    (مشى الرئيس الفرنسي نحو ضيفه وقال له: "…"), or its first clause after a leading phrase: a pro-dropped
    verb shares it (session 9). With `text`, a title that names no one yet gives its words."""
    lo = view.sentence(i)[0]
    comma = next((c for c in range(lo, i) if view.word(c) in ("،", ",")), None)
    # the sentence's first word, or the first after a leading phrase and its comma (ففي ختام المؤتمر، التفت)
    for k in (lo, comma + 1 if comma is not None else i):
        if (
            k + 1 >= i
            or k in view.mention_at
            or view.punct(k)
            or is_title(view, k)
            or not is_title(view, k + 1)
        ):
            continue  # a word (the verb) and a title right after it open the clause
        subj = subject(view, k, None, limit=i)
        if subj.kind == "anaphor" and subj.text:
            holder = title_referent(view, subj.text, i, *last)
            return subj.text if holder is None and text else holder
        if text and subj.kind == "unnamed" and subj.text:  # رحب رئيس الوزراء العراقي (construct, no ال)
            return title_referent(view, subj.text, i, *last) or subj.text
        if subj.kind == "entity" and subj.entity is not None and subj.entity.label == "PER":
            return subj.entity  # the title merged with its holder by the entities stage
    return None


def no_subject(view: View, claim: Claim) -> bool:
    """The claim's verb has no subject of its own, before or after it (a pro-dropped وأضافت)."""
    if claim.verb_tok < 0 or claim.mode not in ("subject", "participle"):
        return False
    return (
        preverbal(view, claim.verb_tok, None) is None and subject(view, claim.verb_tok, None).kind == "none"
    )


# Words that open a sentence before its first verb (و، ف، قد), stepped over like the turn phrases.
_OPENING = frozenset({"و", "ف", "قد", "وقد"})
# Prepositions and particles that open a leading phrase, not a verb (ومنذ قمته …، بدا X …، وشدد).
_NOT_VERBS = folded_words(
    "منذ مع في من على عن إلى الى بعد قبل خلال عند حين لدى وسط رغم بين حتى أمام لكن كما إذا إن أن ثم"
)


# Detached pronouns that open a circumstantial clause (وهم يرددون "…"، وهو يقول): its subject is the opening
# clause's.
CIRCUMSTANTIAL = folded_words("وهم وهو وهي وهن وهما")


def circumstantial_owner(view: View, i: int) -> tuple[str | None, str | None] | None:
    """For an imperfect verb right after وهم/وهو/وهي (وخرج المزارعون إلى الطرق وهم يرددون "…"): the subject
    of the verb opening the sentence, (entity id, name) or (None, its words), else None."""
    if i < 1 or view.tokens[i - 1].folded not in CIRCUMSTANTIAL:
        return None
    return opening_clause_subject(view, i, None, agree=False, end=i - 1)


# Relative "what" before a verb of describing, with its clitics (ما وصفه، لما وصفته، بما اعتبره، مما سماه).
_WHAT = folded_words("ما وما لما بما مما")
# Tokens from the opening verb to the verb after ما: further on, a long object or relative clause may hold
# another subject (… الدعوى القضائية التي أقامتها … بشأن ما وصفتها: the plaintiff, not the lawsuit).
DESCRIBED_REACH = 20


def described_subject(view: View, i: int, last_outlet: OutletMatch | None) -> Subject | None:
    """For a reporting verb with no subject right after relative ما (وانتقد الوزير ما وصفه بـ"…"، وبثت القناة
    لقطات لما وصفته بأنه "…"): the subject of the verb opening its clause, with no mark between, as `subject`
    reads it (a name, an outlet, a title or an unnamed phrase), else None (session 28, D4)."""
    if i < 2 or view.tokens[i - 1].folded not in _WHAT:
        return None
    lo = view.sentence(i)[0]
    k = after_turn(view, lo, i)
    while k < i and view.tokens[k].folded in _OPENING:
        k += 1
    word = view.tokens[k].folded.removeprefix("و").removeprefix("ف") if k < i else ""
    if (
        k + 1 >= i - 1
        or i - k > DESCRIBED_REACH
        or word in _NOT_VERBS
        or word.startswith("ال")
        or k in view.mention_at
        or len(word) < 3
    ):
        return None
    if any(view.punct(c) and view.word(c) not in QUOTE_CHARS for c in range(k + 1, i - 1)):
        return None  # a comma or a colon between: another clause (a name in marks is no mark between)
    subj = subject(view, k, last_outlet, limit=i - 1)
    return subj if subj.kind in ("entity", "outlet", "unnamed", "anaphor") else None


_QAD = folded_words("قد")


def kana_subject(view: View, i: int) -> Subject | None:
    """For a participle at i after a comma in a sentence that opens with كان + subject + قد + verb (وكان
    الوزير الكندي قد ألغى زيارته، متهما …): that subject, as `preverbal` reads it before the verb; else None.
    The participle's owner is the opening clause's subject, not a name in that clause's object."""
    lo = view.sentence(i)[0]
    k = after_turn(view, lo, i)
    if k >= i or view.tokens[k].folded not in KANA:
        return None
    comma = next((c for c in range(k + 1, i) if view.word(c) in ("،", ",")), -1)
    qad = next((q for q in range(k + 2, comma) if view.tokens[q].folded in _QAD), -1)
    if qad < 0 or qad + 1 >= comma or any(view.punct(c) for c in range(k + 1, qad)):
        return None
    subj = preverbal(view, qad + 1, None)
    return subj if subj is not None and subj.kind in ("entity", "anaphor", "unnamed") else None


def _feminine_shape(word: str) -> bool:
    """A folded verb form agrees with a feminine singular subject: past -ت (أدانت), imperfect ت- (تطالب)."""
    return word.endswith("ت") or word.startswith("ت")


def opening_clause_subject(
    view: View, i: int, gender: str | None, agree: bool = True, end: int | None = None
) -> tuple[str | None, str | None] | None:
    """For a verb joined by و after a comma (…، ودعت إلى) in a sentence that another verb opens: that verb's
    subject phrase, (entity id, name) or (None, its words), when the two verbs agree in gender (وأدانت بعثة
    الأمم المتحدة الهجوم، ودعت إلى …; في المقابل، رفضت أحزاب المعارضة النتائج، …، ودعت أنصارها إلى …: the
    mission, the parties; a feminine verb does not go on with a man quoted in the sentence before). Not
    `agree`: a participle's (ḥāl's) owner is the opening verb's subject whatever the verb's shape (تظاهر،
    with ت-, is masculine), so `gender` is not checked. `end`: the token that closes the opening clause
    when no comma does (the pronoun of a circumstantial clause: وسار العمال … وهم يرددون). A place's dateline
    before the verb is stepped over."""
    lo = view.sentence(i)[0]
    k = lo
    dash = view.mention_at[k][1] + 1 if k in view.mention_at else -1
    if 0 < dash < i - 1 and view.word(dash) in ("-", "–"):
        k = dash + 1  # a dateline (تونس - تظاهر …): the sentence opens after it
    while k < i and view.tokens[k].folded in _OPENING:
        k += 1
    k = after_turn(view, k, i)
    comma = next((c for c in range(k + 1, i) if view.word(c) in ("،", ",")), end)
    if (agree and gender is None) or comma is None or k + 1 >= comma:
        return None
    word = view.tokens[k].folded.removeprefix("و").removeprefix("ف")
    if (
        word in _NOT_VERBS
        or k in view.mention_at
        or view.punct(k)
        or is_title(view, k)
        or is_title(view, k + 1)  # ونفى وزير الخارجية …، وقال: the title's holder (opening_title)
        or word.startswith("ال")
        or len(word) < 3
        or (agree and _feminine_shape(word) != (gender == "f"))
    ):
        return None  # the sentence opens with no verb of the same gender
    subj = subject(view, k, None, limit=comma)
    if subj.kind == "entity" and subj.entity is not None and subj.entity.label != "MISC":
        # right after the verb, or the genitive of an indefinite head (بعثة الأمم المتحدة); further in after
        # a definite head, the name is the first verb's object and the words before it the subject
        # (وصنفت الحكومة المحلية جماعة X منظمة محظورة، وحثت: the government, unnamed)
        head = view.tokens[k + 1].folded
        if k + 1 in view.mention_at or (k + 2 in view.mention_at and not head.startswith("ال")):
            return subj.entity.id, subj.entity.name
        m = next((m for m in range(k + 2, subj.end) if m in view.mention_at), subj.end)
        return (None, view.span_text(k + 1, m)) if head.startswith("ال") and m - k <= 4 else None
    if subj.kind != "unnamed" or not subj.text:
        return None
    # The phrase may run on to the first verb's object (أحزاب المعارضة النتائج): an indefinite head keeps
    # its genitive only (the first definite word after it).
    words = subj.text.split()
    if not fold(words[0]).startswith("ال"):
        cut = next((n for n in range(1, len(words)) if fold(words[n]).startswith("ال")), len(words) - 1)
        words = words[: cut + 1]
    return None, " ".join(words)


# Words that open a clause of reason or circumstance inside the sentence (…، إذ يعتبرون أن …).
_SINCE = folded_words("إذ اذ حيث")


def relation_group(view: View, i: int) -> str | None:
    """For a plural verb with no subject at token i (يعتبرون، قالوا) after a comma and إذ/حيث in a sentence
    whose opening verb's subject is a group of someone (وانتقد معارضو X اللقاء، إذ يعتبرون أن …): the group's
    words (معارضو X), unnamed, not X in its genitive (quotes_speakers.RELATIONS; dev's call, session 21)."""
    word = view.tokens[i].folded.removeprefix("و").removeprefix("ف")
    plural = (word.endswith("ون") and word[:1] in ("ي", "ت")) or word.endswith("وا")
    lo = view.sentence(i)[0]
    if not plural or i - 2 <= lo or not view.has(i - 1, _SINCE) or view.word(i - 2) not in ("،", ","):
        return None
    k = lo
    while k < i and view.tokens[k].folded in _OPENING:
        k += 1
    if k + 2 >= i - 2 or k in view.mention_at or not view.has(k + 1, RELATIONS):
        return None
    end = view.mention_at[k + 2][1] + 1 if k + 2 in view.mention_at else k + 3
    return view.span_text(k + 1, end)


# "While, whereas" opening a clause of its own after a comma (…، بينما نفت الشرطة …، فيما أعلنت النقابة …).
_WHILE = folded_words("بينما وبينما فيما وفيما")


def while_subject(view: View, i: int) -> Entity | None:
    """For a participle at i (قائلة، مضيفا) in a clause opened by بينما/فيما after a comma, that clause's
    named subject, before its verb or after it (…، بينما نفت الشرطة احتجازه قائلة إنه؛ …، فيما أعلنت النقابة
    إضرابا، مضيفة أنه): the clause's verb speaks, not the sentence's subject nor the last speaker."""
    lo = view.sentence(i)[0]
    for k in range(i - 2, lo, -1):
        if view.punct(k) and view.word(k) not in ("،", ",", *QUOTE_CHARS):
            return None  # a colon or a bracket between: another clause
        if view.tokens[k].folded not in _WHILE:
            continue
        if view.word(k - 1) not in ("،", ",") or k + 2 >= i:
            return None
        if sum(view.word(m) in QUOTE_CHARS for m in range(k + 1, i)) % 2:
            return None  # وتابع أن "…، فيما أوروبا غافلة"، مشيرا: the while-clause is in the quote's words
        if k + 1 in view.mention_at:
            entity: Entity | None = view.mention_at[k + 1][0]  # …، بينما الشرطة تنفي
        else:
            subj = subject(view, k + 1, None, limit=i)
            entity = subj.entity if subj.kind == "entity" else None
        return entity if entity is not None and entity.label != "MISC" else None
    return None


# Words stepped over before a clause's verb: the sentence's و/ف/قد and "but" (لكن في وقت لاحق، أطلق …).
_CLAUSE_START = folded_words("و ف قد وقد لكن ولكن")


def asyndetic_subject(view: View, i: int) -> Entity | None:
    """For a finite verb at i right after a comma, with no و/ف of its own (…، أطلقت البلدية حملة نظافة، قالت
    إنها …; رفضت الحكومة الخطة وأعادتها إلى اللجنة، قالت إن …): the named subject right after the verb that
    opens the clause before that comma (from the comma before it, or the sentence's start), when the two verbs
    agree in gender and that clause holds no report or quotation of its own. The caller checks that the verb
    has no subject after it; the mention before the comma is then that clause's object, not a subject set off
    by the comma (session 27, dev6)."""
    lo = view.sentence(i)[0]
    if i - 3 <= lo or view.word(i - 1) not in ("،", ",") or view.tokens[i].prefixes[:1] in (("و",), ("ف",)):
        return None
    comma = i - 1
    k = next((m + 1 for m in range(comma - 1, lo - 1, -1) if view.word(m) in ("،", ",")), lo)
    while k < comma and view.tokens[k].folded in _CLAUSE_START:
        k += 1
    if k + 2 >= comma or k in view.mention_at or view.punct(k) or k + 1 not in view.mention_at:
        return None
    word = view.tokens[k].folded.removeprefix("و").removeprefix("ف")
    if word in _NOT_VERBS or word.startswith("ال") or len(word) < 3 or is_title(view, k):
        return None
    if _feminine_shape(word) != _feminine_shape(view.tokens[i].folded):
        return None
    entity, last = view.mention_at[k + 1]
    if last + 1 >= comma or entity.label == "MISC":
        return None  # the name runs to the comma: a subject set off by it (X، قال إن)
    if any(is_complementizer(view, m) or view.word(m) in QUOTE_CHARS for m in range(k, comma)):
        return None  # a report or a quotation of its own in the clause before (…، بأن X يمكنها …، قال)
    return entity
