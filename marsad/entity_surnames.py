"""Bare surnames of named speakers the NER missed, and the full names they repeat: PER spans for the
entities stage.

News names a person in full once (مولود جاويش أوغلو, tagged PER) and then by the last word alone right
after a reporting verb (وأضاف أوغلو أن …، وقال لافروف: «…»). Where the model leaves that bare surname
untagged, the quote has no speaker or takes another entity of the sentence. `entity_repeats.name_spans`
finds most repeats, but by the segmenter's stems, only with و/ف before them and not for a word of the titles
lexicon: a surname whose letters read as clitics (كاليه → ك + اليه, باشليه → ب + اشلي + ه) or that is also a
title (المعلم) is never found there. This module compares whole words instead, in the one slot where a bare
name is surely a person: the subject right after a reporting verb (`quotes_claims.reporting_verb`; و/ف on
the verb allowed). Two passes, run after `name_spans`:

1. `full_name_spans`: a full name the model cut short or missed, when its last word W stands elsewhere
   untagged right after a reporting verb (`_spoken`):
   - a one-word PER mention right before an untagged W grows over it (ميشيل | باشليه … وقالت باشليه; محرم
     | إنجه … أكد إنجه), unless the mention is a word of a PER name of two words or more (الرئيس ترامب ربما:
     ترامب is the surname already), carries a clitic, or is a plural in construct (ممثلو المعارضة), and W
     with ال seldom goes without it (`quotes_names.BARE_SHARE`: not المستشفى);
   - two untagged words G W set off by a comma before a title (عبّر أكبر الباكر، الرئيس التنفيذي … وقال
     الباكر) are a name: G bare, no clitic, not a title, source, stop or reporting-verb word; a common word
     passes (أكبر "bigger"): the repeated surname is the evidence.
   The grown or new name replaces the one-word mention inside it (`drop_inside`).
2. `surname_spans`: a word right after a reporting verb becomes a PER mention when the article writes it as
   the last word of a PER mention of two words or more, of one full name only (two people of one family,
   محمد الحوثي and عبد الملك الحوثي, leave الحوثي alone), after no name link (عبد الله: الله is no surname).
In both, W is no earlier mention's word and looks like a name (`_name_like`): three letters or more, not a
title, source, relation, stop, complementizer or reporting-verb word, not a function word, not one of
`quotes_names.NOT_NAMES`, no verb forms in the corpus counts (`quotes_names.conjugated`), not a verb joined by
و (`quotes_names.joined`), a bare word seldom with ال (`quotes_names.LOOSE_SHARE`; a word with ال may be
common without it: الباكر "early", المعلم "teacher"), and no clitic the segmenter split off a common word
(لموقع، للصحفيين، تصريحاته).

The added mentions then merge with the full name (`marsad.merge`: the shorter is the surname), so the
quote's speaker is the person. Read on 6,158 ANT articles (lines 20000 and up, middleEast and
internationalNews): 27 mentions changed in 10 articles, all right; figures in
bench/gold/QUOTES_SESSION25_names.md (rerun `python -m bench.eval_quotes --half tune` and
`python -m bench.eval_entities` after a change).
"""

from __future__ import annotations

import dataclasses

from marsad.arabic import fold
from marsad.article import Article, Entity, Span
from marsad.clitics import bare
from marsad.entity_repeats import FUNCTION_WORDS
from marsad.merge import NAME_LINKS
from marsad.quotes_claims import reporting_verb
from marsad.quotes_lexicon import QuoteLexicon, load
from marsad.quotes_names import (
    BARE_SHARE,
    DEFINITE_SHARE,
    LOOSE_SHARE,
    NOT_NAMES,
    conjugated,
    definite_share,
    joined,
)
from marsad.quotes_speakers import ON_BEHALF, RELATIONS, STOPS, UNNAMED, is_complementizer, is_title
from marsad.quotes_view import View
from marsad.stages.segment import word_counts

SOURCE = "entities.surname.v1"
_COMMAS = frozenset("،,")
MIN_LETTERS = 3  # a surname of two letters (لي، وو) is too often a word of another sense


def full_name_ends(view: View) -> dict[str, str]:
    """Folded last word → folded full name, over the PER mentions of two words or more whose last word
    ends one full name only and follows no name link."""
    names: dict[str, set[str]] = {}
    for entity in view.entities:
        if entity.label != "PER":
            continue
        for m in entity.mentions:
            words = [fold(w) for w in view.text[m.start : m.end].replace("#", " ").split()]
            if len(words) < 2 or words[-2] in NAME_LINKS or len(words[-1]) < MIN_LETTERS:
                continue
            names.setdefault(words[-1], set()).add(" ".join(words))
    return {last: next(iter(full)) for last, full in names.items() if len(full) == 1}


def _counts(word: str) -> int:
    """How often the clitic model's corpus has the word, as written (tashkeel aside)."""
    return word_counts().get(bare(word), 0)


def _name_like(view: View, k: int, named: bool = False) -> bool:
    """Token k reads as a name, not as a word of the language (see the module docstring); `named`: the
    article tags it as the end of a full name, so letters read as clitics are no evidence against it
    (كاليه, read as ك + اليه "to him")."""
    word = bare(view.word(k))
    folded = view.tokens[k].folded
    if not word.isalpha() or len(folded) < MIN_LETTERS or word in FUNCTION_WORDS or folded in NOT_NAMES:
        return False
    t = view.tokens[k]
    stem = view.text[t.stem.start : t.stem.end]
    if not named and t.prefixes and (folded.startswith("لل") or _counts(stem) >= _counts(word)):
        return False  # لموقع، للصحفيين "to the site, to the reporters" (اشلي of باشليه is rarer than it)
    if not named and t.suffix and definite_share(bare(stem)) > DEFINITE_SHARE:
        return False  # تصريحاته "his statements": a noun with a pronoun (اشلي of باشليه is no noun)
    if (
        is_complementizer(view, k)
        or is_title(view, k)
        or view.has(k, UNNAMED)
        or view.has(k, RELATIONS)
        or view.has(k, STOPS)
    ):
        return False
    if folded in ON_BEHALF or view.has(k, load().verbs) or joined(word) or conjugated(word):
        return False
    # A bare word must seldom take ال (a name, not a noun); a word with ال may be common without it
    # (الباكر "early", المعلم "teacher", الأسد "lion"): the full name the article gives is the evidence.
    return folded.startswith("ال") or definite_share(word) <= LOOSE_SHARE


def _spoken(view: View, lex: QuoteLexicon) -> dict[str, list[int]]:
    """Folded word → the tokens where it stands untagged and name-like right after a reporting verb."""
    keys = view.first_keys(lex.verbs)
    found: dict[str, list[int]] = {}
    for i in range(view.n - 1):
        k = i + 1
        if keys[i] is None or k in view.covered or view.punct(k) or not _name_like(view, k):
            continue
        if reporting_verb(lex, view, i) is not None:
            found.setdefault(fold(view.word(k)), []).append(k)
    return found


def _given_name(view: View, k: int) -> bool:
    """Token k can open a full name before a surname: an untagged word, no clitic, not a title, source,
    stop or reporting-verb word (أكبر، ميشيل; a common word passes: the surname is the evidence)."""
    t = view.tokens[k]
    if k in view.covered or t.prefixes or t.suffix or not view.word(k).isalpha() or len(t.folded) < 2:
        return False
    if is_title(view, k) or view.has(k, UNNAMED) or view.has(k, STOPS) or t.folded in NOT_NAMES:
        return False
    return view.has(k, load().verbs) is None and not t.folded.startswith("ال")


def _cut_short(view: View, first: int, last: int, names: set[str]) -> bool:
    """The mention [first, last] is one whole word the NER may have cut a full name short at: no clitic
    outside it, and no word of another PER name of two words or more (ترامب of دونالد ترامب in الرئيس
    ترامب ربما is the surname already: the next word is none)."""
    t = view.tokens[first]
    entity, _ = view.mention_at[first]
    whole = any(m.start == t.start and m.end == t.end for m in entity.mentions)
    if not (whole and last == first and entity.label == "PER" and t.folded not in names):
        return False
    # ممثلو المعارضة "the opposition's representatives": a plural in construct whose other forms
    # (ممثلون، ممثلي، ممثلين) are commoner than it, no name (أوغلو، ماركو have no such forms)
    word = bare(view.word(first))
    plural = _counts(word + "ن") + _counts(word[:-1] + "ي") + _counts(word[:-1] + "ين")
    return not (word.endswith("و") and plural > _counts(word))


def _surname_word(view: View, k: int) -> bool:
    """Token k is a likely surname after a given name: name-like, and a word with ال seldom goes without it
    (`quotes_names.BARE_SHARE`: الصفدي, not المستشفى)."""
    if not _name_like(view, k):
        return False
    folded = view.tokens[k].folded
    return not folded.startswith("ال") or 1 - definite_share(bare(view.word(k))[2:]) <= BARE_SHARE


def full_name_spans(article: Article) -> list[Span]:
    """Full names the NER cut short or missed, found by a bare surname the article repeats after a
    reporting verb (see the module docstring), in text order."""
    view = View(article)
    lex = load()
    spoken = _spoken(view, lex)
    if not spoken:
        return []
    names = {
        fold(w)
        for e in view.entities
        if e.label == "PER"
        for m in e.mentions
        if len(words := view.text[m.start : m.end].split()) >= 2
        for w in words
    }
    spans: dict[int, Span] = {}
    for first, (_entity, last) in view.mention_at.items():
        k = last + 1
        if k >= view.n or k in view.covered or not _cut_short(view, first, last, names):
            continue
        if any(j != k for j in spoken.get(fold(view.word(k)), ())) and _surname_word(view, k):
            spans[first] = Span(view.tokens[first].start, view.tokens[k].end)
    for g in range(view.n - 3):
        k = g + 1
        if view.word(k + 1) not in _COMMAS or not is_title(view, k + 2) or k in view.covered:
            continue
        if (
            any(j != k for j in spoken.get(fold(view.word(k)), ()))
            and _given_name(view, g)
            and _name_like(view, k)
        ):
            spans[g] = Span(view.tokens[g].start, view.tokens[k].end)
    return [spans[k] for k in sorted(spans)]


def surname_spans(article: Article) -> list[Span]:
    """Spans of untagged bare surnames standing right after a reporting verb, in text order."""
    view = View(article)
    ends = full_name_ends(view)
    if not ends:
        return []
    lex = load()
    keys = view.first_keys(lex.verbs)
    spans: list[Span] = []
    for i in range(view.n - 1):
        k = i + 1
        if keys[i] is None or k in view.covered or view.punct(k) or fold(view.word(k)) not in ends:
            continue
        if _name_like(view, k, named=True) and reporting_verb(lex, view, i) is not None:
            spans.append(Span(view.tokens[k].start, view.tokens[k].end))
    return spans


def drop_inside(found: list[Entity], spans: list[Span]) -> list[Entity]:
    """The mentions (one per entity, before merging) less those inside one of `spans`; ids renumbered."""
    kept = [
        e
        for e in found
        if not any(s.start <= e.mentions[0].start and e.mentions[0].end <= s.end for s in spans)
    ]
    return [dataclasses.replace(e, id=f"e{n}") for n, e in enumerate(kept)]
