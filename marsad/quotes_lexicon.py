"""The quotes stage's lexicons: reporting verbs with their generated forms, attribution cues, news outlets.

Data lives in marsad/lexicons/{reporting_verbs,attribution,outlets}.tsv, each row with an English gloss.
Everything is keyed by folded form (arabic.fold), the form the stage looks tokens up by.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from marsad.arabic import fold
from marsad.lexicons import read_tsv

COMPLEMENTIZER = "ان"  # أن and إن fold alike: أكد أن, قال إن


@dataclass(frozen=True, slots=True)
class Verb:
    """A reporting verb: its lemma (what Quote.verb holds), what introduces its content, its polarity."""

    lemma: str
    complements: tuple[tuple[str, ...], ...]  # folded marker chains: ("ان",), ("الي", "ان"), ("عن",)
    polarity: str
    gloss: str

    @property
    def chained(self) -> bool:
        """Every complement is a separate preposition before أن (توصل إلى أن، أصر على أن; not the clitic of
        وصفه بأنه): the verb reports only with that chain after it (توصلوا لاتفاق، توصلت إليها are no
        reports)."""
        return bool(self.complements) and all(
            len(chain) > 1 and chain[0] not in ("ب", "ل") for chain in self.complements
        )


@dataclass(frozen=True, slots=True)
class VerbForm:
    """One surface form of a reporting verb; `participle` forms (مضيفا) take the clause's subject.

    `imperfect` marks يقول/تفيد forms: after a comma without و they often start a relative description
    (رسائل …، تفيد بالحضور), not a new quote.
    """

    verb: Verb
    participle: bool
    imperfect: bool = False
    masdar: bool = False  # a verbal noun (مزاعم، دعوات): its genitive is the speaker, and it needs one


@dataclass(frozen=True, slots=True)
class Cue:
    """An attribution phrase: بحسب، وفقا ل، على حد تعبير …"""

    words: tuple[str, ...]  # folded; a final "ل" may be glued to the next word
    lemma: str
    kind: str  # according, manner, relay
    gloss: str


@dataclass(frozen=True, slots=True)
class Outlet:
    """A news outlet: its canonical name and whether it needs a type noun (وكالة، صحيفة) before it."""

    name: str
    needs_type: bool
    kind: str
    country: str
    gloss: str


@dataclass(frozen=True, slots=True)
class QuoteLexicon:
    """All the quotes stage's word lists, loaded once."""

    verbs: dict[str, VerbForm]
    cues: dict[str, tuple[Cue, ...]]  # by first folded word, longest phrase first
    outlets: dict[str, tuple[tuple[tuple[str, ...], Outlet], ...]]  # by first folded word, longest first
    outlet_names: dict[str, Outlet]  # folded full name or variant → outlet


def _defective(word: str) -> bool:
    """A stem ending in a weak letter (نفى، دعا، ينفي، يدعو), which drops before an ending."""
    return word[-1] in "ىايو"


def verb_forms(past: str, imperfect: str, participle: str) -> tuple[list[str], list[str]]:
    """(finite forms, participle forms), folded, from past 3sg m, imperfect 3sg m and participle m.

    Past: 3sg m and f, 3pl m (قال قالت قالوا; نفى نفت نفوا). Imperfect: 3sg m and f,
    3pl m (يقول تقول يقولون; ينفي تنفي ينفون). Participle: m and f singular as adverbial accusative,
    plural (قائلا قائلة قائلين; نافيا نافية نافين). و/ف are left to token segmentation.
    """
    finite: list[str] = []
    if past:
        p = fold(past)
        base = p[:-1] if _defective(p) else p
        finite += [p, base + "ت", base + "وا"]  # no duals: ردا، قالا are mostly other words (ردا على)
    if imperfect:
        i = fold(imperfect)
        stem = i[1:]
        finite += [i, "ت" + stem, (i[:-1] if _defective(i) else i) + "ون"]
    participles: list[str] = []
    if participle:
        a = fold(participle)
        participles += [a + "ا", a + "ه", (a[:-1] if a.endswith("ي") else a) + "ين"]
    return finite, participles


def _markers(column: str) -> tuple[tuple[str, ...], ...]:
    """Folded complement marker chains from the TSV column ("أن إلى+أن" → (("ان",), ("الي", "ان")))."""
    return tuple(tuple(fold(part) for part in item.split("+")) for item in column.split())


@cache
def load() -> QuoteLexicon:
    """Read the three TSV files once."""
    verbs: dict[str, VerbForm] = {}
    for row in read_tsv("reporting_verbs.tsv"):
        verb = Verb(row["lemma"], _markers(row["complements"]), row["polarity"], row["gloss"])
        finite, participles = verb_forms(row["past"], row["imperfect"], row["participle"])
        extra = row["extra"].split()
        finite += [fold(w) for w in extra if w[0] not in "-~+"]
        dropped = {fold(w[1:]) for w in extra if w.startswith("-")}
        participles += [fold(w[1:]) for w in extra if w.startswith("+")]
        for noun in (fold(w[1:]) for w in extra if w.startswith("~")):
            verbs.setdefault(noun, VerbForm(verb, participle=False, masdar=True))
        participles = [f for f in participles if f not in dropped]
        for form in participles:
            verbs.setdefault(form, VerbForm(verb, participle=True))
        imperfect = set(verb_forms("", row["imperfect"], "")[0]) - set(verb_forms(row["past"], "", "")[0])
        for form in finite:  # a finite reading wins over a participle one with the same letters
            verbs[form] = VerbForm(verb, participle=False, imperfect=form in imperfect)
    cue_lists: dict[str, list[Cue]] = {}
    for row in read_tsv("attribution.tsv"):
        words = tuple(fold(w) for w in row["phrase"].split())
        cue_lists.setdefault(words[0], []).append(Cue(words, row["lemma"], row["kind"], row["gloss"]))
    outlet_lists: dict[str, list[tuple[tuple[str, ...], Outlet]]] = {}
    names: dict[str, Outlet] = {}
    for row in read_tsv("outlets.tsv"):
        outlet = Outlet(row["name"], row["needs_type"] == "yes", row["kind"], row["country"], row["gloss"])
        for surface in [row["name"], *filter(None, row["variants"].split("|"))]:
            # The segmenter makes a dot its own token (بي.بي.سي → بي . بي . سي): match it as one.
            words = tuple(fold(w) for w in surface.replace(".", " . ").split())
            outlet_lists.setdefault(words[0], []).append((words, outlet))
            names[" ".join(words)] = outlet
            names[" ".join(fold(w) for w in surface.split())] = outlet
    return QuoteLexicon(
        verbs=verbs,
        cues={k: tuple(sorted(v, key=lambda c: -len(c.words))) for k, v in cue_lists.items()},
        outlets={k: tuple(sorted(v, key=lambda o: -len(o[0]))) for k, v in outlet_lists.items()},
        outlet_names=names,
    )


def polarity(lemma: str) -> str | None:
    """The polarity of a reporting verb lemma (نفى → deny), None when it is not in the lexicon."""
    for form in load().verbs.values():
        if form.verb.lemma == lemma:
            return form.verb.polarity
    return None
