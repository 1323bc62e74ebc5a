"""Names set off by commas after a verb's subject phrase (split from marsad.quotes_subjects, session 15): قال
أحد شيوخ القبائل، X Y، إن; past a short place phrase after a title, a description of the title's body set
off by commas, or the body's name in marks (المتحدث باسم تحالف "…"، X، إن)."""

from __future__ import annotations

from marsad.arabic import fold
from marsad.article import Entity
from marsad.quotes_lexicon import load
from marsad.quotes_speakers import RELATIVES, STOPS, Subject, is_complementizer, is_title, two_word_title
from marsad.quotes_view import QUOTE_CHARS, View

MAX_QUOTED_NAME = 4  # words of a quoted name as a subject (وذكرت "أس" المدريدية)
APPOSITION_GAP = 5  # tokens of a place phrase between a titled subject and its name (في مدينة صعدة)
APPOSED_REACH = 5  # tokens from the comma to an apposed name past rank and title words (، العقيد الركن X)
DESCRIPTION_REACH = 6  # tokens of a body's description set off by commas (، التابعة لرابطة العالم الإسلامي،)
BRACKETED = 4  # words of a bracketed gloss after a title's body, before its apposed name ((الكونغرس))
RELATIVE_REACH = 10  # tokens of a relative clause after a title, before the apposed name's comma
_RANKS = frozenset(fold(w) for w in ("الركن", "ركن", "الطيار", "طيار", "البحري", "المتقاعد"))


def _name_like(view: View, entity: Entity, k: int) -> bool:
    """A non-PER mention at token k that may be a mislabelled person's name set off after a title: not
    MISC, or a MISC without ال (الرئيس النمساوي، فون در بيلن، إنه; not الجمهوري or an event's name)."""
    return entity.label != "MISC" or not view.tokens[k].folded.startswith("ال")


def apposition(view: View, lo: int, j: int) -> Subject | None:
    """A name set off by a comma after the subject phrase: قال أحد شيوخ القبائل، فهد الأشرفي، إن; past a
    short place phrase when the subject has a title (وأفاد شيخ شمل بني زيد في مدينة مأرب، ناصر الضبي، عن), or
    past a description of the title's body set off by commas (أوضح أمين عام الهيئة X، التابعة لرابطة Y،
    عبدالحميد Z، أن; session 12; a two-word title such as أمين عام counts as a title there: session 26)."""
    if j < view.n and view.word(j) in QUOTE_CHARS and is_title(view, lo):
        return _past_quoted_name(view, lo, j)
    found = _apposed(view, lo, j)
    relative = j < view.n and view.tokens[j].folded in RELATIVES
    if found is not None or j >= view.n or (view.word(j) not in "،," and not relative):
        return found
    # a title, or an office of a body the NER tagged (أمين عام الهيئة X: أمين is also a given name)
    body = any(k in view.mention_at and view.mention_at[k][0].label == "ORG" for k in range(lo + 1, j))
    if not (is_title(view, lo) or two_word_title(view, lo) or body):
        return None
    # past a relative clause on the title's body (المتحدث باسم الائتلاف الذي تقوده دولة في الشمال، X، أن)
    reach = RELATIVE_REACH if relative else DESCRIPTION_REACH
    for c in range(j + 1, min(view.n, j + 1 + reach)):
        if view.word(c) in "،,":
            named = _apposed(view, lo, c) if c > j + 1 else None
            return named if named is not None and named.entity and named.entity.label == "PER" else None
        if view.punct(c) or is_complementizer(view, c) or view.has(c, load().verbs):
            return None
    return None


def _past_quoted_name(view: View, lo: int, j: int) -> Subject | None:
    """A person set off by commas after a title whose body's name is in marks at token j (المتحدث باسم
    تحالف "دعم الشرعية"، X، إن): X, as after an unquoted body."""
    close = next(
        (c for c in range(j + 1, min(view.n, j + 2 + MAX_QUOTED_NAME)) if view.word(c) in QUOTE_CHARS), None
    )
    if close is None or close + 1 >= view.n or view.word(close + 1) not in "،,":
        return None
    named = _apposed(view, lo, close + 1)
    return named if named is not None and named.entity is not None and named.entity.label == "PER" else None


def _past_brackets(view: View, k: int) -> int:
    """The token after a short bracketed gloss opening at token k ((الكونغرس)، (مستقلة)), else k."""
    if k >= view.n or view.word(k) != "(":
        return k
    close = next((c for c in range(k + 1, min(view.n, k + 2 + BRACKETED)) if view.word(c) == ")"), None)
    return close + 1 if close is not None else k


def _apposed(view: View, lo: int, j: int) -> Subject | None:
    """_apposition without the description skipped."""
    j = _past_brackets(view, j)  # رئيس الهيئة العليا (مستقلة)، X، إن (session 29, A3)
    # a place phrase, or a ب-phrase naming the title's body (قائد اللواء الأول بقوات X، العميد Y، إن: A4)
    opens = j < view.n and (view.has(j, STOPS) or view.tokens[j].prefixes[-1:] == ("ب",))
    if j < view.n and view.word(j) not in "،," and is_title(view, lo) and opens:
        k, end = j + 1, j + APPOSITION_GAP
        while k < min(view.n, end) and not view.punct(k):
            k += 1
            if k < view.n and view.word(k) == "(" and (past := _past_brackets(view, k)) > k:
                end, k = end + past - k, past  # في مجلس النواب (البرلمان)، X: the gloss is no stop
        j = k
    if j >= view.n or view.word(j) not in "،,":
        return None
    untagged = 0
    for k in range(j + 1, min(view.n, j + 1 + APPOSED_REACH)):
        # the mention may follow an untagged first name, or rank and title words (المتحدث باسم الحرس
        # الوطني، العقيد الركن سامي فرج، أن)
        if view.punct(k) or is_complementizer(view, k):
            return None  # وطبقا للإعلام التركي، فإن لغولن …: a clause, no apposed name
        if k not in view.mention_at and (is_title(view, k) or view.tokens[k].folded in _RANKS):
            continue
        if k not in view.mention_at and view.has(k, STOPS):
            return None  # وقال متحدث باسم الوزارة، في أفغانستان، إن: a place phrase set off, no name
        if k not in view.mention_at:
            untagged += 1
            if untagged > 1:
                return None
            continue
        if k in view.mention_at:
            entity, last = view.mention_at[k]
            closed = last + 1 >= view.n or view.punct(last + 1) or is_complementizer(view, last + 1)
            # A PER is the speaker; another label only after a title (رئيسة الوزراء، تيريزا ماي،) when
            # the apposition closes, which a model's mislabelled person name satisfies.
            if entity.label == "PER" and _object_of(view, lo - 1, last + 1):
                return None  # اتهم وزير الخارجية، X بـ"…": X, with no closing comma, is whom he accuses
            if entity.label == "PER" or (is_title(view, lo) and closed and _name_like(view, entity, k)):
                return Subject("entity", last + 1, entity=entity)
            return None
    return None


# Verbs that take an object before their complement (اتهم X بـ، وصف X بـ، طالب X بـ، حث X على، دعا X إلى):
# a name after the subject's comma and right before the complement is that object, not an apposition.
_OBJECT_VERBS = frozenset({"اتهم", "وصف", "نعت", "طالب", "حث", "دعا", "ناشد", "هدد", "حذر"})
_COMPLEMENTS = frozenset(fold(w) for w in ("ب", "بأن", "إلى", "على", "من"))


def _object_of(view: View, verb: int, k: int) -> bool:
    """Token k, right after a name, opens the complement of an object-taking reporting verb at token verb."""
    key = view.first_keys(load().verbs)[verb] if verb >= 0 else None
    form = load().verbs.get(key) if key else None
    if form is None or form.verb.lemma not in _OBJECT_VERBS or k >= view.n:
        return False
    token = view.tokens[k]
    return token.folded in _COMPLEMENTS or (token.prefixes[:1] == ("ب",) and not is_complementizer(view, k))
