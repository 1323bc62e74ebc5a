"""Names an article repeats: a part of a person's name the article gives in full, alone (`name_spans`:
خاشقجي after جمال خاشقجي), and an organisation's or place's name of two words or more again (`repeat_spans`).
Passes of `marsad.stages.entities` over the tokens no earlier mention holds."""

from __future__ import annotations

from collections.abc import Sequence

from marsad import lexicons
from marsad.arabic import fold_word
from marsad.article import Article, Entity, Span, Token
from marsad.entity_places import busy_flags, token_range
from marsad.merge import NAME_LINKS, ORG_HEADS

# Particles of European names (فون دير لاين، فان دام، دي ميستورا): the first word of a surname mention,
# never a first name of its own.
PARTICLES = frozenset(fold_word(w) for w in ["فون", "فان", "دي", "دو", "دا", "دير", "ديل", "دوس"])
# Prepositions, adverbs and particles the model sometimes runs into a name (أمام سامر "in front of Samer"):
# never a part of a name to find again, or each later "in front of" would be a person. Matched as written,
# not folded: أمام folds as إمام (Imam, a family name: حازم إمام), على as علي (Ali: written على in Egyptian
# news, but a given name alone names no one there either); خلف is a family name too; words of two letters are
# no parts anyway.
FUNCTION_WORDS = frozenset(
    [
        "أمام", "وراء", "بعد", "قبل", "خلال", "حول", "عند", "لدى", "منذ", "عبر", "نحو", "دون", "بين", "تحت",
        "فوق", "حيث", "حتى", "إلى", "الى", "لكن", "كما", "بعض", "غير", "سوى", "عدة", "هذا", "هذه", "ذلك",
        "تلك", "الذي", "التي", "على",
    ]
)  # fmt: skip


def name_spans(
    article: Article,
    found: Sequence[Entity],
    stems: Sequence[str],
    taken: Sequence[Span],
    busy: Sequence[bool] | None = None,
) -> list[Span]:
    """Untagged repetitions of a part of a person's name the article gives in full, as PER mentions.

    News names a person once in full and then by the surname (خاشقجي after جمال خاشقجي) or, for a child
    or a family name written first, the first name (خافيير، كيم): the model often misses the bare form.
    Only a word with at most و/ف before it counts (لصالح "for the benefit of" is no صالح).
    """
    tokens = article.tokens
    starts = [t.start for t in tokens]
    parts: set[str] = set()
    ends: dict[str, set[str]] = {}  # a part's last letters as written: علي is no على ("on") folded alike
    for e in found:
        if e.label != "PER":
            continue
        for m in e.mentions:
            first, last = token_range(starts, m)
            ks = [k for k in range(max(first, 0), last + 1) if not tokens[k].is_punct]
            words = [stems[k] for k in ks]
            if len(words) >= 2:
                picked = [ks[-1]] if words[1] in NAME_LINKS else [ks[-1], ks[0]]
                for k in picked:
                    if article.text[tokens[k].stem.start : tokens[k].stem.end] in FUNCTION_WORDS:
                        continue  # a preposition the model ran into the name (أمام سامر)
                    parts.add(stems[k])
                    ends.setdefault(stems[k], set()).add(article.text[tokens[k].stem.end - 1])
    titles, nationalities = lexicons.titles(), lexicons.nationalities()
    agents = lexicons.agents()  # الجيش in a name the model ran on (فلان الجيش) repeats no name
    parts = {
        p
        for p in parts
        if len(p) >= 3 and p not in titles and p not in PARTICLES and lexicons.word_key(p) not in agents
    }
    if not parts:
        return []
    busy = busy if busy is not None else busy_flags(tokens, taken)
    return [
        Span(tokens[k - 1 if _family(tokens, stems, busy, k) else k].stem.start, t.stem.end)
        for k in [k for k, stem in enumerate(stems) if stem in parts]
        if not busy[k]
        and not (t := tokens[k]).suffix
        and set(t.prefixes) <= {"و", "ف"}
        and article.text[t.stem.end - 1] in ends[stems[k]]
        and (stems[k] not in nationalities or _stands_alone(tokens, stems, busy, k))
    ]


FAMILY = fold_word("آل")  # آل ثاني "the house of Thani": the word is part of the family name


def _family(tokens: Sequence[Token], stems: Sequence[str], busy: Sequence[bool], k: int) -> bool:
    """Whether the surname at token k is a family's name after a bare آل (وأوضح آل ثاني), which the mention
    then opens with."""
    return k > 0 and stems[k - 1] == FAMILY and not busy[k - 1] and not tokens[k - 1].suffix


def _stands_alone(tokens: Sequence[Token], stems: Sequence[str], busy: Sequence[bool], k: int) -> bool:
    """Whether a family name that is also a nationality word (السوداني of محمد شياع السوداني) stands as a
    noun at token k, not as an adjective: no definite word, no word with a pronoun and no name before it
    (أعرب السوداني، مع السوداني; not الرئيس السوداني، نظيره السوداني), and no mention right after it (in
    تركي المالكي the word is the given name of a name the model cut short)."""
    if k + 1 < len(tokens) and busy[k + 1]:
        return False
    if k == 0:
        return True
    before = tokens[k - 1]
    if before.is_punct:
        return True
    # a pronoun the segmenter leaves on the word (نظيره) makes it definite as well
    owned = before.suffix or stems[k - 1].endswith(("ه", "ها", "هم", "هما"))
    return not (stems[k - 1].startswith("ال") or owned or busy[k - 1])


REPEATED = ("ORG", "LOC")
REPEAT_PREFIXES = frozenset({"و", "ف", "ب", "ل"})


def repeat_spans(
    article: Article, found: Sequence[Entity], stems: Sequence[str], busy: Sequence[bool]
) -> list[tuple[Span, str]]:
    """Untagged repetitions of an organisation's or place's name of two or more words, with its label.

    The model tags a name in one sentence and misses it in the next (أعلنت حركة النهضة … وقال القيادي في
    حركة النهضة): each untouched run of tokens whose stems are a tagged name's, or the name without a
    nationality word at its end (حركة النهضة after حركة النهضة التونسية), or an organisation's name of
    three words or more without its generic head (الدعم السريع after قوات الدعم السريع), is a mention
    too. Only proclitics (و، ف، ب، ل) may stand on its first word and no pronoun on its last, and no bare
    definite word may follow (وكالة الأنباء الرسمية is another name than وكالة الأنباء السعودية).
    """
    tokens = article.tokens
    starts = [t.start for t in tokens]
    nationalities = lexicons.nationalities()
    names: dict[tuple[str, ...], str] = {}
    for e in found:
        if e.label not in REPEATED:
            continue
        for m in e.mentions:
            first, last = token_range(starts, m)
            if first < 0 or any(tokens[k].is_punct for k in range(first, last + 1)):
                continue
            words = tuple(stems[first : last + 1])
            if len(words) >= 2:
                names.setdefault(words, e.label)
                if len(words) >= 3 and words[-1] in nationalities:
                    names.setdefault(words[:-1], e.label)
                if e.label == "ORG" and len(words) >= 3 and _headed(words):
                    names.setdefault(words[1:], e.label)
    # name lengths by first word, longest first: a token is tried only against names it can open
    by_first: dict[str, list[int]] = {}
    for words in names:
        by_first.setdefault(words[0], []).append(len(words))
    lengths = {word: sorted(set(ns), reverse=True) for word, ns in by_first.items()}
    spans: list[tuple[Span, str]] = []
    k = 0
    while k < len(tokens):
        opening = _first_word(tokens[k], stems[k])
        if opening not in lengths:
            k += 1
            continue
        n = next(
            (
                n
                for n in lengths[opening]
                if (opening, *stems[k + 1 : k + n]) in names
                and not any(busy[k : k + n])
                and set(tokens[k].prefixes) <= REPEAT_PREFIXES
                and not tokens[k + n - 1].suffix
                and all(not tokens[j].prefixes for j in range(k + 1, k + n))
                and not _runs_on(tokens, stems, k + n)
            ),
            0,
        )
        if not n:
            k += 1
            continue
        spans.append(
            (Span(tokens[k].stem.start, tokens[k + n - 1].stem.end), names[(opening, *stems[k + 1 : k + n])])
        )
        k += n
    return spans


def _headed(words: Sequence[str]) -> bool:
    """Whether a name opens with a generic organisation head (`merge.ORG_HEADS`) before a definite word."""
    return lexicons.strip_al(words[0]) in ORG_HEADS and words[1].startswith("ال")


def _first_word(token: Token, stem: str) -> str:
    """The stem a name's first word is matched by: ل before the article drops its alif (للدعم السريع is ل +
    الدعم السريع, stem لدعم), so the article comes back."""
    if "ل" in token.prefixes and stem.startswith("ل") and not stem.startswith("ال"):
        return "ا" + stem
    return stem


def _runs_on(tokens: Sequence[Token], stems: Sequence[str], k: int) -> bool:
    """Whether a bare definite word at token k goes on with the name before it (وكالة الأنباء الرسمية)."""
    return k < len(tokens) and not tokens[k].prefixes and stems[k].startswith("ال")
