"""Marks that hold who speaks, not what is said (session 31; bench/gold/QUOTES_SESSION31.md K1, K2).

News writes a body's or a source's name in quotation marks, and where such marks stand right after a
reporting verb or a relay's عن the direct-quote finder read them as the words said:
- K1: ولفتت "X" كذلك إلى أن …: marks right after a reporting verb, then at most one adverb and then a
  complement marker of that verb, hold the verb's subject (the complement is its quote);
- K2: ونقلت الصحيفة عن "مسؤول رفيع"، قوله إن …: marks right after a relay's عن, then قوله, hold the cited
  source (what follows قوله is its quote);
- K9: في تغريدات على صفحته ب"تويتر"، أن …: marks around a platform's name alone hold that name;
- K11: بالفيديو ("في اي آر"): marks right inside round brackets hold a term's short form.
It also keeps one kind of marks that do hold words said inside an indirect quote (K13: ما وصفه ب"…").
"""

from __future__ import annotations

from marsad.arabic import folded_words
from marsad.quotes_antecedents import resumed
from marsad.quotes_claims import reporting_verb
from marsad.quotes_lexicon import QuoteLexicon
from marsad.quotes_platforms import PLATFORM_NAMES
from marsad.quotes_relays import RELAYED_SAYING
from marsad.quotes_speakers import is_complementizer
from marsad.quotes_verb_search import MAX_NAME_WORDS
from marsad.quotes_view import View

# Adverbs that stand between a verb's subject and its complement (ولفتت X كذلك إلى أن، وأشار X بدوره إلى).
_ADVERBS = folded_words("كذلك أيضا أيضاً بدوره بدورها بدورهم بدورهما")
_FROM = "عن"
# Complement markers written as clitics (a chain opening with one is glued to the next word).
_CLITIC_MARKERS = ("ب", "ل")


def _marker(view: View, k: int, folded: str) -> bool:
    """Token k is the complement marker `folded` (أن spelled any way: is_complementizer)."""
    if k >= view.n:
        return False
    return is_complementizer(view, k) if folded == "ان" else view.tokens[k].folded == folded


def marked_subject(lex: QuoteLexicon, view: View, prev: int, after: int, words: int) -> bool:
    """K1: the marks between token prev and token after (commas skipped) hold the subject of the reporting
    verb at prev: a name's length (MAX_NAME_WORDS), and after them at most one adverb and one of that verb's
    complement marker chains (ولفتت "سايف ذي تشيلدرن" كذلك إلى أن …، ودعت "جبهة X" إلى …)."""
    if words > MAX_NAME_WORDS or prev < 0:
        return False
    form = reporting_verb(lex, view, prev)
    if form is None or form.participle:
        return False
    k = after + 1 if after < view.n and view.tokens[after].folded in _ADVERBS else after
    return any(
        chain[0] not in _CLITIC_MARKERS and all(_marker(view, k + j, w) for j, w in enumerate(chain))
        for chain in form.verb.complements
    )


def marked_source(view: View, prev: int, after: int, words: int) -> bool:
    """K2: the marks between token prev (a relay's عن) and token after (commas skipped, قوله) hold the cited
    source: ونقلت X عن "دبلوماسي غربي بارز"، قوله إن …."""
    if words > MAX_NAME_WORDS or prev < 0 or after >= view.n:
        return False
    return view.tokens[prev].folded == _FROM and view.tokens[after].folded in RELAYED_SAYING


def marked_term(view: View, open_pos: int, close_pos: int) -> bool:
    """K9, K11: the marked stretch (its marks at open_pos and close_pos) is a platform's name alone
    (ب"تويتر") or stands right inside round brackets (("في اي آر")): a name, no words said."""
    inner = view.text[open_pos + 1 : close_pos].strip()
    if folded_words(inner) <= PLATFORM_NAMES and len(inner.split()) == 1:
        return True
    before = view.text[max(0, open_pos - 2) : open_pos].rstrip()
    after = view.text[close_pos + 1 : close_pos + 3].lstrip()
    return before.endswith("(") and after.startswith(")")


# "What" before a verb of describing (ما وصفه، بما وصفه، مما وصفته), folded; the other relatives are
# quotes_antecedents.resumed's (التي وصفها). After these adverbs ما is no relative (غالبا ما يصفهم: "often").
_WHAT = folded_words("ما بما لما مما")
_OFTEN = folded_words("غالبا كثيرا قليلا نادرا طالما قلما ربما")


def described_inside(view: View, verb: str | None, verb_tok: int) -> bool:
    """K13: a direct claim of وصف whose verb stands right after a relative and takes it up with its object
    pronoun (ما وصفه ب"…"، التي وصفها ب"…"): its own quote even inside another speaker's indirect complement
    (bench/gold/QUOTES.md, dev8's call)."""
    if verb != "وصف" or verb_tok < 1 or not view.tokens[verb_tok].suffix:
        return False
    k = verb_tok - 1
    if view.tokens[k].folded.lstrip("و") in _WHAT:
        return not (k > 0 and view.tokens[k - 1].folded in _OFTEN)
    return resumed(view, k, verb_tok)
