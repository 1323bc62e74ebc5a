"""Merge an article's entity mentions into one entity per real-world thing.

The NER stage gives one entity per mention. Within one article, mentions merge when:
1. the labels agree (PER with PER …; LOC/ORG confusion over a country is left as it is);
2. the names agree once clitics and a leading title are set aside: equal, or the shorter is the surname
   (جاويش أوغلو ⊂ مولود جاويش أوغلو), the first name alone (خافيير ⊂ خافيير كانغهام; كيم ⊂ كيم جونغ أون, a
   family name written first; not before بن: محمد of محمد بن سلمان), a multi-word start
   (محمد بن سلمان ⊂ محمد بن سلمان آل سعود), keeps the first and last names (رجب أردوغان ⊂
   رجب طيب أردوغان), or ولد and the family name (ولد الغزواني ⊂ محمد ولد الشيخ الغزواني); ORG names
   also merge over a generic head (حماس ⊂ حركة حماس). A shorter name
   that fits two different full names stays on its own.
3. the names are aliases of one country (بريطانيا, المملكة المتحدة: lexicons.countries) or one listed
   organisation (الإنتربول, منظمة الشرطة الجنائية الدولية: lexicons.organisation_aliases);
4. a later bare title phrase (وأشار وزير الخارجية) joins the one person an earlier TITLE NAME gave that
   title to (roles.py finds them), when exactly one entity holds a matching title.
Relational titles never tie: in مستشار أردوغان the adviser is someone else (see roles.py).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field

from marsad import lexicons
from marsad.arabic import fold_word
from marsad.article import Article, Entity, Span
from marsad.role_complements import a_person
from marsad.roles import Role, RoleFinder, Word
from marsad.stages.segment import word_counts

SOURCE = "merge.v1"
PROCLITICS = "وفبل"  # one-letter proclitics a segmenter may leave on a name (وأردوغان)
# Name links after which the next word is another person's name or part of a compound: a surname match
# must not start right after one (سلمان in محمد بن سلمان is the father; الله in عبد الله is no surname).
NAME_LINKS = frozenset({"بن", "ابن", "بنت", "عبد", "ابو", "ابي", "ام", "ال", "ولد"})
WALAD = "ولد"  # "son of" in Mauritanian names, kept with the family name when the given name is dropped
BIN = "بن"  # "son of": a name from it on (بن عبد الرحمن) is the person's father's name and family
# Generic heads of organisation names: حركة حماس is حماس, حزب العدالة والتنمية is العدالة والتنمية.
UNIFIED = frozenset({"PER", "ORG", "LOC"})  # labels _one_label_per_name reconciles
ORG_HEADS = frozenset(
    {
        "حزب",
        "حركه",
        "جماعه",
        "منظمه",
        "تنظيم",
        "شركه",
        "وكاله",
        "جبهه",
        "تحالف",
        "ائتلاف",
        "قوات",
        "ميليشيا",
        "ميليشيات",
    }
)


# Heads of bodies that news uses alone, with the article, for the body just named (وأكدت المنظمة after
# منظمة حظر الأسلحة الكيميائية): the generic heads and the heads of ministries, commissions and unions.
BODY_HEADS = ORG_HEADS | frozenset({"وزاره", "هيئه", "لجنه", "مؤسسه", "اتحاد", "جمعيه", "مفوضيه"})


@dataclass
class Mention:
    """One NER mention with its name words (title set aside) and the roles found for it."""

    span: Span
    label: str
    source: str
    core: tuple[Word, ...]  # the name's words, a title inside the mention set aside
    roles: list[Role] = field(default_factory=list)
    standalone: bool = False  # a relational title inside the mention: someone else (مستشار أردوغان)

    @property
    def name(self) -> tuple[str, ...]:
        return tuple(w.stem for w in self.core)


@dataclass
class Cluster:
    """Mentions found to name one thing."""

    label: str
    full: tuple[str, ...]
    mentions: list[Mention]
    extra: list[Span] = field(default_factory=list)  # title-tie mentions created here


def same_word(a: str, b: str) -> bool:
    """Folded words equal, allowing one stray proclitic on either side (وأردوغان = أردوغان)."""
    if a == b:
        return True
    if len(a) > 3 and a[0] in PROCLITICS and a[1:] == b:
        return True
    if len(b) > 3 and b[0] in PROCLITICS and b[1:] == a:
        return True
    # ل + ال written لل keeps the article's ل (لقرة داغي for القرة داغي, the UD convention).
    return (a[:1] == "ل" and "ا" + a == b) or (b[:1] == "ل" and "ا" + b == a)


def _same(a: Sequence[str], b: Sequence[str]) -> bool:
    return len(a) == len(b) and all(same_word(x, y) for x, y in zip(a, b, strict=True))


def _subsequence(short: Sequence[str], long: Sequence[str]) -> bool:
    it = iter(long)
    return all(any(same_word(s, w) for w in it) for s in short)


def person_contains(short: Sequence[str], long: Sequence[str]) -> bool:
    """Whether the person name `short` can be a shorter form of `long` (see the module docstring)."""
    if not short or len(short) > len(long):
        return False
    if len(short) == len(long):
        return _same(short, long)
    k = len(long) - len(short)
    if _same(short, long[k:]) and long[k - 1] not in NAME_LINKS:
        return True  # the surname: أردوغان, جاويش أوغلو
    if len(short) >= 2 and _same(short, long[: len(short)]):
        return True  # a multi-word start: محمد بن سلمان
    if len(short) == 1 and same_word(short[0], long[0]) and long[1] not in NAME_LINKS:
        return True  # a first name used alone (خافيير for خافيير كانغهام), or a family name first (كيم)
    if len(short) >= 2 and short[0] == BIN and _same(short, long[1 : 1 + len(short)]):
        return True  # the father's name after the given one: بن عبد الرحمن for محمد بن عبد الرحمن آل ثاني
    if len(short) >= 2 and short[0] == WALAD and short[0] in long[1:-1] and same_word(short[-1], long[-1]):
        return _subsequence(short, long[long.index(WALAD, 1) :])  # ولد الغزواني for محمد ولد الشيخ الغزواني
    return (
        len(short) >= 2
        and same_word(short[0], long[0])
        and same_word(short[-1], long[-1])
        and _subsequence(short, long)
    )


def org_contains(short: Sequence[str], long: Sequence[str]) -> bool:
    """Whether the organisation name `short` is `long` (equal, or `long` adds a generic head)."""
    if _same(short, long):
        return True
    return len(long) == len(short) + 1 and lexicons.strip_al(long[0]) in ORG_HEADS and _same(short, long[1:])


def _mention(finder: RoleFinder, span: Span, label: str, source: str) -> Mention:
    """A Mention with its core name: a title at the mention's start (NER often includes it) set aside."""
    first, last = finder.index_at(span.start), finder.index_at(span.end - 1)
    if first is None or last is None:
        return Mention(span, label, source, ())
    words = finder.words[first : last + 1]
    inner = finder.article.text[span.start : span.end]
    # A one-word person's mention that kept letters read as a pronoun (تيتيه, بيربوك: see
    # entity_bounds.whole_short_stem) is matched by its stem, as the same word is in a longer mention.
    # Also when it kept a letter read as a proclitic (بيربوك cut ب + يربو + ك).
    kept_suffix = label == "PER" and span.start <= words[0].span.start and inner[-1:].isalpha()
    if first == last and ((span != words[0].span and not kept_suffix) or "_" in inner):  # #خان_يونس
        words = _inner_words(finder.article.text, span, first)
    # a hashtag inside a name (جاستن #ترودو) is the same word as the name written without it
    words = tuple(w._replace(stem=w.stem[1:]) if w.stem[:1] == "#" else w for w in words)
    mention = Mention(span, label, source, tuple(w for w in words if not w.is_punct))
    if label != "PER" or not finder.title_len[first]:
        return mention
    end = min(finder.extend(first), last + 1)
    # The title as matched, from the article's words: a mention may stop inside it (الأمين of الأمين العام).
    head = finder.head(first)
    if head.relational and end == first + finder.title_len[first] and end <= last:
        mention.standalone = True  # مستشار أردوغان as one mention: the adviser, not Erdoğan
        return mention
    if end > last:  # all title words: a name written with ال (الرئيس السيسي) keeps its last word
        last_word = finder.words[last].stem
        titleish = (
            finder.title_len[last] or last_word in finder.nationalities or last_word in finder.countries
        )
        end = last + 1 if titleish or end - first == 1 else last
    mention.core = tuple(w for w in finder.words[end : last + 1] if not w.is_punct)
    if end >= first + finder.title_len[first]:  # a mention cut inside a two-word title (آية) has no role
        mention.roles.append(finder.role(first, end, "before"))
    return mention


def _inner_words(text: str, span: Span, index: int) -> tuple[Word, ...]:
    """Words of a mention inside one token, a hashtag's underscores read as spaces (خان_يونس)."""
    out = []
    start = span.start
    for part in text[span.start : span.end].split("_"):
        if part:
            out.append(Word(index, fold_word(part), Span(start, start + len(part)), (), False))
        start += len(part) + 1
    return tuple(out)


def _cluster(mentions: list[Mention]) -> list[Cluster]:
    """Group name-bearing mentions of one label; longest names first so full names anchor clusters."""
    clusters: list[Cluster] = []
    names: dict[tuple[str, ...], list[Mention]] = {}
    for m in mentions:
        names.setdefault(m.name, []).append(m)
    # Every containment rule needs the first or the last words to agree (same_word), so only clusters
    # indexed under one of those are tried: a long text with thousands of names stays near linear.
    index: dict[str, list[int]] = {}
    for name in sorted(names, key=lambda n: (-len(n), names[n][0].span.start)):
        group = names[name]
        label = group[0].label
        contains = person_contains if label == "PER" else org_contains if label == "ORG" else _same
        keys = {key for word in (name[0], name[-1]) for key in _word_keys(word)}
        if name[0] == BIN and len(name) > 1:
            keys.add(BIN + " " + name[1])  # بن عبد الرحمن: tried against names holding it after a given name
        tried = sorted({i for key in keys for i in index.get(key, ())})
        fits = [clusters[i] for i in tried if contains(name, clusters[i].full)]
        if len(fits) == 1:
            fits[0].mentions.extend(group)
        else:  # no cluster, or an ambiguous surname (two different full names): its own entity
            inner = {BIN + " " + name[k + 1] for k in range(1, len(name) - 1) if name[k] == BIN}
            for key in {k for word in (name[0], name[-1]) for k in _word_keys(word)} | inner:
                index.setdefault(key, []).append(len(clusters))
            clusters.append(Cluster(label, name, list(group)))
    return clusters


def _one_label_per_name(mentions: list[Mention]) -> None:
    """Mentions of one name tagged PER and ORG/LOC share its most frequent label (the first one's on a
    tie): the model may tag one of several سانا (SANA) PER. MISC stays as it is."""
    labels: dict[tuple[str, ...], list[str]] = {}
    for m in mentions:
        if m.label in UNIFIED:
            labels.setdefault(m.name, []).append(m.label)
    for m in mentions:
        found = labels.get(m.name, [])
        # Only a person against an organisation or place: an ORG and a LOC of one name can be two
        # things (the newspaper الشرق الأوسط and the region, ENTITIES.md).
        if m.label in UNIFIED and "PER" in found and len(set(found)) > 1:
            m.label = max(dict.fromkeys(found), key=found.count)


def _surnames_as_people(text: str, given: list[tuple[Span, str, str]]) -> list[tuple[Span, str, str]]:
    """A one-word ORG or MISC that is, as written, the last word of a person the article names in full is
    that person (وقالت بيربوك after أنالينا بيربوك: the model reads a foreign surname alone as an
    organisation; the segmenter may cut its letters as clitics, so the surface decides)."""

    def words(span: Span) -> list[str]:
        return [fold_word(w) for w in text[span.start : span.end].split()]

    # A surname with ال may name a group too (الحوثي after عبدالملك الحوثي), so only bare ones count.
    surnames = {
        w[-1] for g in given if g[1] == "PER" and len(w := words(g[0])) >= 2 and not w[-1].startswith("ال")
    }
    return [
        (
            span,
            "PER" if label in ("ORG", "MISC") and len(w := words(span)) == 1 and w[0] in surnames else label,
            src,
        )
        for span, label, src in given
    ]


def _word_keys(word: str) -> tuple[str, ...]:
    """The word, and the word without a stray proclitic: two words are same_word only if keys meet."""
    keys = (word, word[1:]) if len(word) > 3 and word[0] in PROCLITICS else (word,)
    return (*keys, "ا" + word) if word.startswith("ل") and not word.startswith("ال") else keys


def _alias(text: str, cluster: Cluster) -> str | None:
    """What a cluster's name is an alias of: a country's ISO code (LOC), a listed organisation (ORG)."""
    if cluster.label not in ("LOC", "ORG"):
        return None
    table = lexicons.countries() if cluster.label == "LOC" else lexicons.organisation_aliases()
    for m in cluster.mentions:
        words = [fold_word(w) for w in text[m.span.start : m.span.end].replace("_", " ").split()]
        if words and words[0].startswith("ل") and not words[0].startswith("ال"):
            words[0] = "ا" + words[0]  # للإنتربول written لإنتربول (the UD convention): الإنتربول
        if not words:
            continue
        rest = " ".join(words[1:])
        for first in (words[0], toggle_al(words[0])):  # ناتو is الناتو
            found = table.get(f"{first} {rest}".strip())
            if found:
                return f"{cluster.label}:{found}"
    return None


def toggle_al(word: str) -> str:
    """The word with its article ال removed, or added when it has none."""
    return word[2:] if word.startswith("ال") else "ال" + word


def _join_aliases(text: str, clusters: list[Cluster]) -> list[Cluster]:
    """Clusters whose names are aliases of one thing joined (بريطانيا and المملكة المتحدة; داعش and
    الدولة الإسلامية), into the first of them; so is an organisation's short name in brackets right after
    its name (وكالة الأنباء العراقية (واع))."""
    first: dict[str, Cluster] = {}
    out: list[Cluster] = []
    for c in clusters:
        key = _alias(text, c)
        if key is None or key not in first:
            out.append(c)
            if key is not None:
                first[key] = c
        else:
            first[key].mentions.extend(c.mentions)
    return _join_bracketed(text, out)


def _join_heads(clusters: list[Cluster]) -> list[Cluster]:
    """A one-word ORG cluster that is a body's head with the article (المنظمة، الوزارة) joined into the
    nearest earlier ORG cluster whose name opens with that head (منظمة حظر الأسلحة)
    (session 28)."""
    first = {id(c): min(m.span.start for m in c.mentions) for c in clusters}
    out: list[Cluster] = []
    for c in clusters:
        head = c.full[0][2:] if len(c.full) == 1 and c.full[0].startswith("ال") else ""
        owner = None
        if c.label == "ORG" and head in BODY_HEADS:
            named = [
                o
                for o in clusters
                if o is not c and o.label == "ORG" and len(o.full) > 1 and o.full[0] == head
                if first[id(o)] < first[id(c)]
            ]
            owner = max(named, key=lambda o: first[id(o)], default=None)
        if owner is None:
            out.append(c)
        else:
            owner.mentions.extend(c.mentions)
    return out


def _join_bracketed(text: str, clusters: list[Cluster]) -> list[Cluster]:
    """ORG clusters with a mention alone in brackets right after another ORG's mention, joined into it; and
    a one-word name in brackets right after a person's mention, that no listed body is, joined into the
    person as a nickname (محمد حمدان دقلو (حميدتي); not the party of النائب X (حماس))."""
    ends = {m.span.end: k for k, c in enumerate(clusters) if c.label in ("ORG", "PER") for m in c.mentions}
    owner = list(range(len(clusters)))
    for k, c in enumerate(clusters):
        if c.label not in ("ORG", "PER", "MISC"):
            continue
        for m in c.mentions:
            if text[m.span.end : m.span.end + 1] != ")":
                continue
            before = text[max(0, m.span.start - 2) : m.span.start]
            gap = " (" if before == " (" else "(" if before.endswith("(") else ""
            j = ends.get(m.span.start - len(gap)) if gap else None
            if j is None or j == k:
                continue
            if (clusters[j].label, c.label) == ("ORG", "ORG") or (
                clusters[j].label == "PER" and _nickname(c)
            ):
                owner[k] = j
                break
    out: list[Cluster] = []
    for k, c in enumerate(clusters):
        root, seen = k, {k}
        while owner[root] != root:  # a chain of short names (a loop cannot be: each is after the other)
            root = owner[root]
            if root in seen:
                root = k
                break
            seen.add(root)
        if root == k or owner[root] != root:
            out.append(c)
        else:
            clusters[root].mentions.extend(c.mentions)
    return out


MAX_NICKNAME = 3


def _nickname(cluster: Cluster) -> bool:
    """Whether a cluster is a person's name of up to MAX_NICKNAME words, or one word of any label that names
    no listed body or country (the model tags a nickname ORG or MISC too)."""
    if cluster.label == "PER" and len(cluster.full) <= MAX_NICKNAME:
        return True  # محمود عباس (أبو مازن)
    if len(cluster.full) != 1 or cluster.full[0] in lexicons.countries():
        return False
    actor = lexicons.actors().get(lexicons.word_key(cluster.full[0]))
    return actor is None or a_person(actor)


def _title_matches(phrase: Role, role: Role) -> bool:
    """A bare title phrase names the same title as a role: the same words, or its first words."""
    if len(phrase.words) > len(role.words) or phrase.title != role.title:
        return False
    return all(
        lexicons.word_key(a) == lexicons.word_key(b) for a, b in zip(phrase.words, role.words, strict=False)
    )


def _tie(clusters: list[Cluster], phrase: Role) -> Cluster | None:
    """The one PER cluster an earlier TITLE NAME gave this title to (None when none or several)."""
    if phrase.title.relational == "kin":
        return None
    fits = [
        c
        for c in clusters
        if c.label == "PER"
        and any(
            r.span.start < phrase.span.start and _title_matches(phrase, r)
            for m in c.mentions
            for r in m.roles
        )
    ]
    return fits[0] if len(fits) == 1 else None


def merge(article: Article) -> Article:
    """The article with its mention entities merged into one entity per real-world thing."""
    given = [(span, e.label, e.source) for e in article.entities for span in e.mentions]
    given.sort(key=lambda g: (g[0].start, g[0].end))
    given = _surnames_as_people(article.text, given)
    spans = [g[0] for g in given]
    # A title phrase stops at a person's name; it runs over an organisation or a place in its complement
    # (مدير المرصد الوطني لحقوق الإنسان كريم ناصر, وزير خارجية قطر محمد بن عبدالرحمن).
    finder = RoleFinder(article, [g[0] for g in given if g[1] == "PER"])
    mentions = [_mention(finder, *g) for g in given]
    for m in mentions:
        if m.label == "PER" and not m.standalone:
            found = finder.roles_for(m.span)
            m.roles.extend(found.roles)
    named = [m for m in mentions if m.core and not m.standalone]
    _one_label_per_name(named)
    clusters: list[Cluster] = []
    for label in dict.fromkeys(m.label for m in named):
        clusters.extend(_cluster([m for m in named if m.label == label]))
    # Title-only mentions (NER tagged وزير الخارجية التركي as PER) and bare title phrases tie or stand.
    for m in mentions:
        if m.core and not m.standalone:
            continue
        owner = _tie(clusters, m.roles[0]) if m.roles and not m.standalone else None
        if owner is not None:
            owner.mentions.append(m)
        else:
            clusters.append(Cluster(m.label, m.name, [m]))
    clusters = _join_aliases(article.text, clusters)
    clusters = _join_heads(clusters)
    taken = spans + [r.span for m in mentions for r in m.roles]
    for phrase in finder.bare_phrases(taken):
        owner = _tie(clusters, phrase)
        if owner is not None:
            owner.extra.append(phrase.span)
    return dataclasses.replace(article, entities=_entities(article, clusters))


def _entities(article: Article, clusters: list[Cluster]) -> tuple[Entity, ...]:
    """Entities from clusters, ordered by first mention, ids e0, e1, …"""
    spans = [_spans(c) for c in clusters]  # each cluster's spans, worked out once
    ordered = sorted(range(len(clusters)), key=lambda k: min(s.start for s in spans[k]))
    out = []
    for i, k in enumerate(ordered):
        c = clusters[k]
        longest = max(c.mentions, key=lambda m: (len(m.core), -m.span.start))
        first, last = (longest.core[0], longest.core[-1]) if longest.core else (longest, longest)
        end = last.span.end  # the last core word's stem; the mention's own end when it ends in that word
        if article.text[end : longest.span.end].isalpha():
            end = longest.span.end  # هانا تيتيه: the mention kept the ه a pronoun reading cut off the stem
        start = first.span.start
        if longest.span.start < start and article.text[longest.span.start : start].isalpha():
            start = longest.span.start  # سنية الدهماني: the mention kept the س a future reading cut off
        name = display_name(article.text, start, end)
        roles = [r for m in sorted(c.mentions, key=lambda m: m.span.start) for r in m.roles]
        roles.sort(key=lambda r: r.span.start)
        sources = "+".join(dict.fromkeys(m.source for m in c.mentions if m.source))
        out.append(
            Entity(
                id=f"e{i}",
                label=c.label,
                name=name,
                mentions=tuple(sorted(spans[k], key=lambda s: (s.start, s.end))),
                roles=tuple(dict.fromkeys(r.text for r in roles)),
                source=f"{sources}+{SOURCE}" if sources else SOURCE,
            )
        )
    return tuple(out)


def _spans(c: Cluster) -> list[Span]:
    return list(dict.fromkeys([*(m.span for m in c.mentions), *c.extra]))


# A ل proclitic before ال drops the article's alif (لل + حرس: "to the Guard"), so a name cut after the ل
# reads لحرس الثوري. Its alif comes back when the news corpus writes the word with ال far more often than
# as cut (الحرس against لحرس); لبنان after ل (للبنان) keeps its own ل.
LOST_ALIF_RATIO = 20


def display_name(text: str, start: int, end: int) -> str:
    """An entity's name from the text in [start, end), its article restored after a ل proclitic."""
    name = text[start:end]
    if start > 0 and text[start - 1] == "ل" and name.startswith("ل") and not name.startswith("لل"):
        word = name.split(maxsplit=1)[0]
        counts = word_counts()
        cut = counts.get(word, 0)
        if counts.get("ا" + word, 0) > LOST_ALIF_RATIO * (cut + 1) or (
            # لوكالة is as often "to an agency" (ل + وكالة) as الوكالة is written: the word without its ل
            # being the commoner one says the ل is no letter of the name (لبنان: بنان is rare).
            counts.get("ا" + word, 0) > cut // LOST_ALIF_RATIO and counts.get(word[1:], 0) > cut
        ):
            return "ا" + name
    return name
