"""Span conventions of ANERcorp that the taggers break, mended after the document pass (MODEL.md round 13).

Found by counting the dev split's errors by class (MODEL.md round 13) and checked against ANERcorp
train's own annotation before being scored on dev:
- **Split names.** The taggers often cut one person's name in two side by side (B-PER B-PER:
  محمود صبري | ابو تريكة), the ensemble more than the CRF, since its Viterbi over averaged marginals
  charges nothing for starting a name again. In ANERcorp train two person names touch only when the
  second opens with the conjunction و (133 times) and almost never otherwise (18, several of them
  annotation slips), so touching person names join into one unless the second opens with و.
- **Nationality adjectives.** A nationality nisba (الكاميروني, للبرازيلي) is O before a name: it opens
  a name once in 1,404 occurrences in train. A person, organisation or MISC span that starts with one
  loses it (a span of nothing else is dropped), so it neither pollutes a name nor joins two.
- **Titles** (added after the second dev split, MODEL.md round 13 step 4). A title or profession before a
  name (المهندس, المطرب, اللواء) is O in ANERcorp: one of `title_forms` opens a person's name once in 703
  occurrences in train's first 2,163 sentences (those no dev split holds). A person span that starts with
  one loses it, for the same two reasons.

`tidy(sentences, tags)` runs on one document's tags after `propagate`; it only moves span edges and
joins spans, never adds a name where the tags had none. **Not wired into the taggers**: it passed the dev
bar (CRF +0.66, ensemble +1.11) but gained +0.20 on a fresh split, under the +0.25 fixed for it (MODEL.md
round 13); `bench.ner_errors` and `train.ner --dev` print its figure.
"""

from __future__ import annotations

from functools import cache

from marsad.arabic import fold

# Labels whose spans never open with a nationality adjective (train: PER 1 of 1,404, ORG and MISC
# none); LOC keeps them, as السعودية is also the country.
NO_NATIONALITY_HEAD = ("PER", "ORG", "MISC")
# Labels whose touching spans are joined (MODEL.md round 13: PER only was scored; LOC and ORG names touch
# in coordinations written without و too often in train to join them).
JOINED = ("PER",)
CONJUNCTION = "و"
# Words of marsad.lexicons' titles that also open names (ابن بطوطة, أمير and نظير are first names).
NAME_TITLES = frozenset({"ابن", "ابنه", "الابن", "الابنه", "بنت", "البنت", "امير", "نظير"})
# Titles and professions before a person's name in news that marsad.lexicons' titles (written for roles)
# leave out, written for this rule (not from ANERcorp): doctor, Mr/Mrs, engineer, artist, singer, director,
# poet, writer, player, coach, striker, defender, goalkeeper, star, captain, runner, boxer, expert, analyst,
# Father, priest, bishop, cardinal, hajj, preacher, physician, photographer, champion.
EXTRA_TITLES = (
    "الدكتور الدكتورة السيد السيدة المهندس المهندسة الفنان الفنانة المطرب المطربة المغني المغنية المخرج "
    "المخرجة الشاعر الشاعرة الروائي الروائية الأديب الأديبة اللاعب اللاعبة المدرب المدربة المهاجم المدافع "
    "الحارس النجم النجمة الكابتن العداء العداءة الملاكم الخبير المحلل الأب القس الأسقف المطران الكاردينال "
    "الحاج الحاجة الداعية الطبيب الطبيبة المصور البطل البطلة"
)


@cache
def nationality_forms() -> frozenset[str]:
    """Folded one-word nationality adjectives with the article (الفرنسي, الفرنسية), from marsad.lexicons."""
    from marsad.lexicons import nationalities

    return frozenset(k for k in nationalities() if " " not in k and k.startswith("ال"))


@cache
def title_forms() -> frozenset[str]:
    """Folded one-word titles: marsad.lexicons' (less NAME_TITLES) and EXTRA_TITLES, with and without ال."""
    from marsad.lexicons import titles

    words = {k for k in titles() if " " not in k} | {fold(w) for w in EXTRA_TITLES.split()}
    return frozenset(words - NAME_TITLES)


def article_form(folded: str) -> str:
    """A folded word with the article as its only proclitic: للبرازيلي → البرازيلي, وبالفرنسي → الفرنسي."""
    if folded.startswith("لل"):
        return "ال" + folded[2:]
    if len(folded) > 3 and folded[0] in "وفبك" and folded[1:3] == "ال":
        return folded[1:]
    if len(folded) > 4 and folded[0] in "وف" and folded[1] in "بكل" and folded[2:4] == "ال":
        return folded[2:]
    return folded


def is_nationality(token: str) -> bool:
    """Whether a surface token is a nationality adjective with the article, clitics allowed."""
    return article_form(fold(token)) in nationality_forms()


def is_title(token: str) -> bool:
    """Whether a surface token is a title or profession (اللواء, والمهندس, للدكتور), clitics allowed."""
    folded = fold(token)
    forms = title_forms()
    return (
        folded in forms
        or article_form(folded) in forms
        or (len(folded) > 2 and folded[0] in "وف" and folded[1:] in forms)
    )


def spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) of each name; an I- without its B- opens one (the conlleval reading)."""
    out = []
    i = 0
    while i < len(tags):
        if tags[i] == "O":
            i += 1
            continue
        label = tags[i][2:]
        j = i + 1
        while j < len(tags) and tags[j] == "I-" + label:
            j += 1
        out.append((i, j, label))
        i = j
    return out


def tidy_sentence(tokens: list[str], tags: list[str]) -> list[str]:
    """One sentence's tags with the conventions above applied."""
    if all(t == "O" for t in tags):
        return tags
    kept: list[tuple[int, int, str]] = []
    for i, j, label in spans(tags):
        if label in NO_NATIONALITY_HEAD:
            while i < j and (is_nationality(tokens[i]) or (label == "PER" and is_title(tokens[i]))):
                i += 1
            if i == j:
                continue
        last = kept[-1] if kept else None
        if last and last[1:] == (i, label) and label in JOINED and not tokens[i].startswith(CONJUNCTION):
            kept[-1] = (last[0], j, label)
        else:
            kept.append((i, j, label))
    out = ["O"] * len(tags)
    for i, j, label in kept:
        out[i:j] = ["B-" + label] + ["I-" + label] * (j - i - 1)
    return out


def tidy(sentences: list[list[str]], tags: list[list[str]]) -> list[list[str]]:
    """`tidy_sentence` of each sentence of a document."""
    return [tidy_sentence(s, t) for s, t in zip(sentences, tags, strict=True)]
