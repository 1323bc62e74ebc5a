"""Person names that speak but that the NER missed: spans for the entities stage to add as PER.

A quote's speaker is an entity id, so a speaker's name the NER never tagged leaves the quote with the
whole subject phrase as `speaker_text` (وبررت رئيسة المحكمة إستير حيوت القرار …) or with another entity of
the phrase. A pass that made a person of any words after a title was wrong on most candidates (session 6):
titles are followed by their genitive, adjectives and the verb's object as often as by a name. This one
takes only the slot Arabic grammar leaves for an apposed name in a reporting verb's subject:

- the subject phrase (`quotes_speakers.subject`) of a reporting verb is headed by a title (titles lexicon)
  and has no person in it (it reads as an unnamed phrase, an anaphor or a non-person entity);
- inside it, an indefinite word follows a definite one (رئيسة المحكمة | إستير) or a non-person mention
  (المتحدث باسم الكرملين | ديمتري). An adjective agrees with its noun in definiteness and a definite noun
  takes no genitive, so an indefinite word there opens an apposition: the name runs from it to the
  phrase's end;
- or the name is set off by commas right after that subject phrase (وقال قائد شرطة المقاطعة، X Y، إن),
  one to MAX_NAME words closed by a comma;
- every word of the run looks like a name: no clitic or pronoun suffix, not a title, source, relation,
  stop or reporting-verb word, not a number, and in the clitic model's corpus counts a word without ال
  seldom takes the article (`DEFINITE_SHARE`: تعهد الرئيس تعديل الاتفاقية has the object تعديل, common as
  التعديل; names such as ديمتري، إستير، دونالد almost never take it), a word with ال seldom goes without it
  (`BARE_SHARE`: الصفدي, not السلاح).

Read by eye on 1,500 ANT development articles (lines 20000 and up, middleEast and internationalNews), run
through the whole pipeline: 15 names, all right (one only the surname: رئيس هايتي جوفينيل مواز → مواز),
after three wrong ones were ruled out by `_NOT_NAMES` and `ADVERB_RATIO` (كل ما جاء، مطلع هذا العام، مرار).
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
    subject,
)
from marsad.quotes_view import View
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
_NOT_NAMES = folded_words(
    "كل جميع بعض معظم ما من مطلع أوائل أواخر منتصف نهاية بداية طيلة طوال "
    "جدا حاليا كثيرا تماما دائما أحيانا فورا رسميا علنا شخصيا"
)
# A word whose form with the accusative alif is this many times commoner is an adverb missing it (مرار for
# مرارا "repeatedly"); names are almost never written with that alif (بيسكوف، ديمتري: 0).
ADVERB_RATIO = 5
# Second halves of compound names (عبد الله، نور الدين): definite, but inside a name, not before one.
_NAME_HALVES = folded_words("الله الدين الرحمن الرحيم العزيز")


def definite_share(word: str) -> float:
    """The share of a bare word's corpus uses that carry the article ال (0 for a word never seen)."""
    counts = word_counts()
    with_al, alone = counts.get("ال" + word, 0), counts.get(word, 0)
    return with_al / (with_al + alone + 1)


def _name_word(view: View, k: int, first: bool) -> bool:
    """Token k can be a word of a name the NER missed; `first`: it opens the name (indefinite, no clitic)."""
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
    if first and (
        t.folded in _NOT_NAMES or word_counts().get(word + "ا", 0) > ADVERB_RATIO * word_counts().get(word, 0)
    ):
        return False  # كل ما جاء، مطلع هذا العام، مرار (for مرارا "repeatedly"): the object or an adverb
    if t.folded.startswith("ال"):
        # A surname with ال (الصفدي، البيرق) is seldom written without it; a common noun (السلاح) often is.
        return 1 - definite_share(word[2:]) <= BARE_SHARE
    return definite_share(word) <= DEFINITE_SHARE


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
        if not _name_word(view, k, first=True):
            continue
        if hi - k > MAX_NAME or not all(_name_word(view, m, first=False) for m in range(k + 1, hi)):
            return None
        return k, hi
    return None


def set_off_name(view: View, lo: int, hi: int) -> tuple[int, int] | None:
    """A name set off by commas after the titled subject phrase [lo, hi) (وقال كبير المفاوضين، سامر الخطيب،
    إن): one to MAX_NAME name words from the comma to the next comma."""
    if not is_title(view, lo) or hi >= view.n or view.word(hi) not in _COMMAS:
        return None
    start = end = hi + 1
    while end < view.n and end - start <= MAX_NAME and not (view.punct(end) or is_complementizer(view, end)):
        end += 1
    if not 0 < end - start <= MAX_NAME or end >= view.n or view.word(end) not in _COMMAS:
        return None
    if all(_name_word(view, k, first=k == start) for k in range(start, end)):
        return start, end
    return None


def speaker_name_spans(article: Article) -> list[Span]:
    """Spans of untagged person names apposed to a titled subject of a reporting verb, in text order."""
    view = View(article)
    lex = load()
    found: dict[int, int] = {}
    keys = view.first_keys(lex.verbs)
    for i in range(view.n):
        # A title right after the verb first: it is cheap, and most reporting verbs fail it.
        if (
            keys[i] is None
            or i + 1 >= view.n
            or not is_title(view, i + 1)
            or reporting_verb(lex, view, i, masdar=True) is None
        ):
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
