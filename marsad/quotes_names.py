"""Person names that speak but that the NER missed: spans for the entities stage to add as PER.

A quote's speaker is an entity id, so a speaker's name the NER never tagged leaves the quote with the
whole subject phrase as `speaker_text` (وبررت رئيسة المحكمة إستير حيوت القرار …) or with another entity of
the phrase. A pass that made a person of any words after a title was wrong on most candidates (session 6):
titles are followed by their genitive, adjectives and the verb's object as often as by a name. This one
takes only the slot Arabic grammar leaves for an apposed name in a reporting verb's subject:

- the subject phrase (`quotes_subjects.subject`) of a reporting verb is headed by a title (titles lexicon)
  and has no person in it (it reads as an unnamed phrase, an anaphor or a non-person entity);
- inside it, an indefinite word follows a definite one (رئيسة المحكمة | إستير) or a non-person mention
  (المتحدث باسم الكرملين | ديمتري). An adjective agrees with its noun in definiteness and a definite noun
  takes no genitive, so an indefinite word there opens an apposition: the name runs from it to the
  phrase's end;
- or the name is set off by commas right after that subject phrase (وقال قائد شرطة المقاطعة، X Y، إن),
  one to MAX_NAME words closed by a comma; there the phrase may also be headed by "one of" (وقال أحد
  وجهاء القرية، X Y، إن: session 22);
- every word of the run looks like a name: no clitic or pronoun suffix, not a title, source, relation,
  stop or reporting-verb word, not a number, and in the clitic model's corpus counts a word without ال
  seldom takes the article (`DEFINITE_SHARE`: تعهد الرئيس تعديل الاتفاقية has the object تعديل, common as
  التعديل; names such as ديمتري، إستير، دونالد almost never take it), a word with ال seldom goes without it
  (`BARE_SHARE`: الصفدي, not السلاح).

Read by eye on 1,500 ANT development articles (lines 20000 and up, middleEast and internationalNews), run
through the whole pipeline: 15 names, all right (one only the surname: رئيس هايتي جوفينيل مواز → مواز),
after three wrong ones were ruled out by `NOT_NAMES` and `ADVERB_RATIO` (كل ما جاء، مطلع هذا العام، مرار).
A wider slot with no title (the
whole subject a name: وأكد إنجه أن) found 7 more right names there but added PER mentions the entities gold
does not have (NER precision 0.851 -> 0.849) and changed no gold quote: not kept. See bench/gold/QUOTES.md
(session 7).
"""

from __future__ import annotations

from marsad.arabic import folded_words
from marsad.article import Article, Span
from marsad.clitics import bare
from marsad.quotes_claims import reporting_verb
from marsad.quotes_lexicon import load
from marsad.quotes_speakers import (
    ON_BEHALF,
    RELATIONS,
    STOPS,
    UNNAMED,
    is_complementizer,
    is_title,
)
from marsad.quotes_subjects import subject
from marsad.quotes_view import QUOTE_CHARS, View
from marsad.stages.segment import word_counts

SOURCE = "entities.speaker_name.v1"
_COMMAS = frozenset("،,")
MAX_NAME = 4  # words of an apposed name (ذبيح الله مجاهد، محمد بن عبد الرحمن آل ثاني)
# A word is no name when, in the clitic model's counts, more than this share of its uses carry ال
# (ديمتري 0/118, إستير 0/3, دونالد 0/4672; تعديل, كبير, اتفاقية far above). Set by eye on the 1,500
# development articles; rerun the candidates there (and `python -m bench.eval_quotes --half tune`) after
# a change.
DEFINITE_SHARE = 0.1
# The mirror test for a later word of the run that has ال: at most this share of its uses go without it
# (البيرق 0/37, الصفدي 0/58, الجبير 2/312; السلاح 557/1326 is a noun: نزع السلاح النووي, an object).
BARE_SHARE = 0.25
# Words that open the verb's object or an adverbial after its subject, not a name (read on the development
# articles: ووصف الرئيس كل ما جاء، وقال الرئيس مطلع هذا العام), and adverbs after an adjective of the title
# (وأضاف المرشح المقرب جدا من الرئيس: session 8).
NOT_NAMES = folded_words(
    "كل جميع بعض معظم ما من مطلع أوائل أواخر منتصف نهاية بداية طيلة طوال "
    "جدا حاليا كثيرا تماما دائما أحيانا فورا رسميا علنا شخصيا "
    # conjunctions of time that open a clause after the subject (ونوه المستشار حين سئل: session 10)
    "حين حينما عندما بينما فيما لما إذ إذا لدى"
)
# A run of two or more words with a sure name in it (a bare word seen at least STRONG_COUNT times, at most
# STRONG_SHARE of them with ال: يحيى 6/177, عريقات 0/60, مقتدى 0/211) may hold a word that is also a common
# adjective or noun, up to LOOSE_SHARE of its uses with ال (سريع 0.52, صائب 0.31, جميل 0.42; a noun such as
# اتفاقية is far above). Set by eye on 280 development articles (session 10, bench/gold/QUOTES.md); rerun
# the candidates there and the entities gold after a change.
STRONG_COUNT = 20
VERB_SHARE = 0.02  # a sure name's verb-like forms (ي+word, word+ت, word+وا) stay under this share of its uses
STRONG_SHARE = 0.05
LOOSE_SHARE = 0.6
# A word whose form with the accusative alif is this many times commoner is an adverb missing it (مرار for
# مرارا "repeatedly"); names are almost never written with that alif (بيسكوف، ديمتري: 0).
ADVERB_RATIO = 5
# "One of" at the head of a subject phrase (أحد وجهاء القرية، إحدى الناشطات): a name set off by commas
# after it is the person meant.
_ONE_OF = folded_words("أحد إحدى")
# Second halves of compound names (عبد الله، نور الدين): definite, but inside a name, not before one.
_NAME_HALVES = folded_words("الله الدين الرحمن الرحيم العزيز")


def definite_share(word: str) -> float:
    """The share of a bare word's corpus uses that carry the article ال (0 for a word never seen)."""
    counts = word_counts()
    with_al, alone = counts.get("ال" + word, 0), counts.get(word, 0)
    return with_al / (with_al + alone + 1)


def _name_share(view: View, k: int) -> float:
    """How unlike a name token k's corpus use is: for a bare word the share of its uses with ال, for a word
    with ال the share without it (0 for a word never seen)."""
    word = bare(view.word(k))
    if view.tokens[k].folded.startswith("ال"):
        return 1 - definite_share(word[2:])
    return definite_share(word)


def joined(word: str) -> bool:
    """A word led by و that is commoner without it (وأمر "and ordered"), not a name (وليد، وائل)."""
    counts = word_counts()
    return word.startswith("و") and counts.get(word[1:], 0) > counts.get(word, 0)


def conjugated(word: str) -> bool:
    """The word has verb forms in the corpus (نزع: ينزع، نزعت; أشرف: يشرف): a masdar or verb, no sure name
    (مقتدى، يحيى، عريقات have none)."""
    counts = word_counts()
    stem = word[1:] if word[:1] in "أا" else word
    forms = counts.get("ي" + stem, 0) + counts.get(stem + "ت", 0) + counts.get(stem + "وا", 0)
    return forms > VERB_SHARE * counts.get(word, 0)


def _strong_name(view: View, k: int) -> bool:
    """Token k is a bare word seen often and almost never with ال (يحيى، عريقات، مقتدى): a name for sure."""
    word = bare(view.word(k))
    return (
        not joined(word)
        and not conjugated(word)
        and not view.tokens[k].folded.startswith("ال")
        and view.tokens[k].folded not in NOT_NAMES
        and word_counts().get(word, 0) >= STRONG_COUNT
        and definite_share(word) <= STRONG_SHARE
    )


def _name_word(view: View, k: int, first: bool, loose: bool = False) -> bool:
    """Token k can be a word of a name the NER missed; `first`: it opens the name (indefinite, no clitic);
    `loose`: another word of the run is a sure name, so a word that is also an adjective passes
    (يحيى سريع، صائب عريقات: السريع and الصائب are common)."""
    t = view.tokens[k]
    if k in view.covered or t.suffix or not view.word(k).isalpha() or len(t.folded) < 2:
        return False
    if is_title(view, k) or view.has(k, UNNAMED) or view.has(k, RELATIONS) or view.has(k, STOPS):
        return False
    if t.folded in ON_BEHALF or view.has(k, load().verbs):
        return False
    if first and (t.folded.startswith("ال") or t.prefixes):
        return False
    word = bare(view.word(k))
    if joined(word):
        return False  # حظر التجول وأمر: a verb joined by و ends the name
    if first and (
        t.folded in NOT_NAMES or word_counts().get(word + "ا", 0) > ADVERB_RATIO * word_counts().get(word, 0)
    ):
        return False  # كل ما جاء، مطلع هذا العام، مرار (for مرارا "repeatedly"): the object or an adverb
    if t.folded.startswith("ال"):
        # A surname with ال (الصفدي، البيرق) is seldom written without it; a common noun (السلاح) often is.
        return _name_share(view, k) <= (LOOSE_SHARE if loose else BARE_SHARE)
    return _name_share(view, k) <= (LOOSE_SHARE if loose else DEFINITE_SHARE)


def _name_run(view: View, lo: int, hi: int) -> bool:
    """Tokens [lo, hi) read as a name: every word passes the name test, or, in a run of two or more with a
    sure name in it, the loose one."""
    if all(_name_word(view, k, first=k == lo) for k in range(lo, hi)):
        return True
    return (
        hi - lo >= 2
        and any(_strong_name(view, k) for k in range(lo, hi))
        and all(_name_word(view, k, first=k == lo, loose=True) for k in range(lo, hi))
    )


def apposed_name(view: View, lo: int, hi: int) -> tuple[int, int] | None:
    """The tokens [k, hi) of a name in apposition inside the titled subject phrase [lo, hi), or None."""
    if not is_title(view, lo):
        return None
    for k in range(lo + 1, hi):
        prev = view.tokens[k - 1].folded
        mention = view.covered.get(k - 1)
        definite = prev.startswith("ال") and prev not in _NAME_HALVES and (k - 1) not in view.covered
        if not (definite or (mention is not None and mention.label != "PER")):
            continue
        if not _name_word(view, k, first=True, loose=True):
            continue
        if hi - k > MAX_NAME or not _name_run(view, k, hi):
            return None
        return k, hi
    return None


def _one_of(view: View, lo: int) -> bool:
    """Token lo is "one of" (أحد، إحدى) before another word: a subject that a set-off name can follow
    (وقال أحد وجهاء القرية، X Y، إن), though its head is no title."""
    return view.tokens[lo].folded in _ONE_OF and lo + 1 < view.n and view.word(lo + 1).isalpha()


def set_off_name(view: View, lo: int, hi: int) -> tuple[int, int] | None:
    """A name set off by commas after the titled subject phrase [lo, hi) (وقال كبير المفاوضين، سامر الخطيب،
    إن), or after one headed by "one of" (وقال أحد وجهاء القرية، X Y، إن): one to MAX_NAME name words from
    the comma to the next comma."""
    if not (is_title(view, lo) or _one_of(view, lo)) or hi >= view.n or view.word(hi) not in _COMMAS:
        return None
    start = end = hi + 1
    while end < view.n and end - start <= MAX_NAME and not (view.punct(end) or is_complementizer(view, end)):
        end += 1
    if not 0 < end - start <= MAX_NAME or end >= view.n or view.word(end) not in _COMMAS:
        return None
    return (start, end) if _name_run(view, start, end) else None


def name_before_title(view: View, i: int) -> tuple[int, int] | None:
    """A name right after the reporting verb at i, set off by a comma before its title (أكد مقتدى الصدر،
    زعيم التيار الصدري، أن): one to MAX_NAME name words, a comma, then a title word."""
    for c in range(i + 2, min(view.n - 1, i + 2 + MAX_NAME)):
        if view.punct(c) or view.word(c) in QUOTE_CHARS or is_complementizer(view, c):
            if view.word(c) not in _COMMAS or not is_title(view, c + 1):
                return None
            return (i + 1, c) if _name_run(view, i + 1, c) else None
    return None


def _comma_title_ahead(view: View, i: int) -> bool:
    """A comma then a title within MAX_NAME + 1 tokens after token i (cheap test before the verb's)."""
    return any(
        view.word(c) in _COMMAS and is_title(view, c + 1)
        for c in range(i + 2, min(view.n - 1, i + 2 + MAX_NAME))
    )


def speaker_name_spans(article: Article) -> list[Span]:
    """Spans of untagged person names apposed to a titled subject of a reporting verb, in text order."""
    view = View(article)
    lex = load()
    found: dict[int, int] = {}
    keys = view.first_keys(lex.verbs)
    for i in range(view.n):
        # A title right after the verb first: it is cheap, and most reporting verbs fail it.
        if keys[i] is None or i + 1 >= view.n:
            continue
        titled = is_title(view, i + 1) or _one_of(view, i + 1)
        if not (titled or _comma_title_ahead(view, i)) or reporting_verb(lex, view, i, masdar=True) is None:
            continue
        if not titled:
            run = name_before_title(view, i)
            if run is not None and not any(k in view.covered for k in range(*run)):
                found.setdefault(run[0], run[1])
            continue
        said = subject(view, i, None)
        if said.kind == "entity" and (said.entity is None or said.entity.label == "PER"):
            continue
        if said.kind not in ("entity", "unnamed", "anaphor"):
            continue
        run = apposed_name(view, i + 1, said.end) or set_off_name(view, i + 1, said.end)
        if run is not None:
            found.setdefault(run[0], run[1])
    return [Span(view.tokens[lo].stem.start, view.tokens[hi - 1].end) for lo, hi in sorted(found.items())]
