"""Bare surnames of named speakers the NER missed: spans for the entities stage to add as PER.

News names a person in full once (مولود جاويش أوغلو, tagged PER) and then by the last word alone right
after a reporting verb (وأضاف أوغلو أن …، وقال لافروف: «…»). Where the model leaves that bare surname
untagged, the quote has no speaker or takes another entity of the sentence. `entity_repeats.name_spans`
finds most repeats, but by the segmenter's stems and only with و/ف before them: a surname whose first or
last letters read as clitics (لافروف → ل + افروف, باشليه → ب + اشلي + ه) is never found there. This pass
compares whole words instead, in the one slot where a bare name is surely a person: the subject right
after a reporting verb (`quotes_claims.reporting_verb`; و/ف on the verb allowed). A word there becomes a
PER mention when:

- the article writes it as the last word of a PER mention of two words or more, of one full name only
  (two people of one family, محمد الحوثي and عبد الملك الحوثي, leave الحوثي alone), and that mention's
  word before it is no name link (عبد الله: الله is no surname);
- no earlier mention holds it;
- it looks like a name (`_name_like`): three letters or more, not a title, source, relation, stop or
  reporting-verb word, not a function word, not one of `quotes_names.NOT_NAMES`, no verb forms in the
  corpus counts (`quotes_names.conjugated`), not a verb joined by و (`quotes_names.joined`), and it does
  not take (or drop) the article ال in most of its corpus uses (`quotes_names.LOOSE_SHARE`).

The added mention then merges with the full name (`marsad.merge`: the shorter is the surname), so the
quote's speaker is the person. Figures: bench/gold/QUOTES_SESSION25_names.md.
"""

from __future__ import annotations

from marsad.arabic import fold
from marsad.article import Article, Span
from marsad.clitics import bare
from marsad.entity_repeats import FUNCTION_WORDS
from marsad.merge import NAME_LINKS
from marsad.quotes_claims import reporting_verb
from marsad.quotes_lexicon import load
from marsad.quotes_names import LOOSE_SHARE, NOT_NAMES, conjugated, definite_share, joined
from marsad.quotes_speakers import ON_BEHALF, RELATIONS, STOPS, UNNAMED, is_title
from marsad.quotes_view import View

SOURCE = "entities.surname.v1"
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


def _name_like(view: View, k: int) -> bool:
    """Token k reads as a name, not as a word of the language (see the module docstring)."""
    word = bare(view.word(k))
    folded = view.tokens[k].folded
    if not word.isalpha() or len(folded) < MIN_LETTERS or word in FUNCTION_WORDS or folded in NOT_NAMES:
        return False
    if is_title(view, k) or view.has(k, UNNAMED) or view.has(k, RELATIONS) or view.has(k, STOPS):
        return False
    if folded in ON_BEHALF or view.has(k, load().verbs) or joined(word) or conjugated(word):
        return False
    if folded.startswith("ال"):
        return 1 - definite_share(word[2:]) <= LOOSE_SHARE  # الصفدي, not السلاح
    return definite_share(word) <= LOOSE_SHARE


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
        if _name_like(view, k) and reporting_verb(lex, view, i) is not None:
            spans.append(Span(view.tokens[k].start, view.tokens[k].end))
    return spans
