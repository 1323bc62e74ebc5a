"""Roles and titles the text gives a person: وزير الخارجية التركي مولود جاويش أوغلو, أردوغان، الرئيس التركي.

A title phrase starts at a title from lexicons/titles.tsv and runs on over its complement: definite words
(الخارجية، التركي، للأمم), nationality adjectives, country names and a few construct-state nouns
(وزير خارجية تركيا, رئيس هيئة الأركان). Three placements are read as the role of a mention:
  before:  TITLE NAME            (الرئيس التركي رجب طيب أردوغان)
  after:   NAME، TITLE           (apposition after a comma: أردوغان، الرئيس التركي، …)
  after:   NAME TITLE <end>      (جاويش أوغلو وزير الخارجية التركي. — only when punctuation or the text's
                                  end follows: "التقى أردوغان رئيس الوزراء العراقي" is a meeting, not a role;
                                  and not when an office stands before the name: التقى المشير X السفير …)
An office written before an honorific or rank is the same person's role too (وزير الخارجية السعودي الأمير
فيصل بن فرحان), and an office may end in the place it is held (المتحدث باسم الدفاع المدني في غزة X).
Relational titles (titles.tsv `relational`) change who the phrase describes: مستشار أردوغان is Erdoğan's
adviser, so Erdoğan gets no role and is marked `governed`; in مستشار الرئيس التركي NAME the name is the
adviser (office: the whole phrase is its role); in نجل الرئيس التركي NAME the name is the parent
(kin: the role is الرئيس التركي).
"""

from __future__ import annotations

import bisect
from collections import OrderedDict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from marsad import lexicons
from marsad.arabic import fold
from marsad.article import Article, Span, Token
from marsad.role_bodies import antecedent, body_noun, stems_of
from marsad.role_complements import (
    ARMED,
    COMPLEMENT,
    COUNTERPARTS,
    DESTINATION,
    ENVOYS,
    HONORIFICS,
    IN,
    JUDGES,
    MAX_PHRASE,
    MILITARY_ADJECTIVES,
    MONARCH,
    NOT_COMPLEMENT,
    OF_COMPLEMENT,
    PLACE_HEADS,
    PREPOSITIONS,
    RANKS,
    SAID_THAT,
    a_person,
    complement_codes,
    is_outlet,
    state_head,
)
from marsad.role_words import (
    Overlaps,
    Word,
    definite,
    elided,
    first_words,
    title_word,
    words_of,
    written,
    written_key,
)


@dataclass(frozen=True, slots=True)
class Role:
    """A title phrase as it appears in the text, with what it tells about the person."""

    text: str
    span: Span
    words: tuple[str, ...]  # folded stems of the phrase's words
    title: lexicons.Title  # the head title
    country: str | None  # ISO alpha-3 from a nationality adjective or country name in the phrase
    sector: str | None  # CAMEO sector: the title's, or the complement's where the title lets it decide
    org_code: str | None  # a named organisation in the complement (الأمين العام للأمم المتحدة → IGOUNO)
    placement: str  # before, after, alone
    destination: str | None = None  # ISO alpha-3 of the country an envoy or ambassador is sent to


@dataclass(frozen=True, slots=True)
class MentionRoles:
    """The roles found for one mention, and whether a relational title makes it someone else's relation."""

    roles: tuple[Role, ...] = ()
    governed: bool = False  # مستشار أردوغان: Erdoğan is mentioned as the adviser's principal


# The entities stage (merge) and the actors stage each build a RoleFinder over the same article; its
# words and title matches depend only on the text and tokens, which dataclasses.replace passes on as
# the same objects. So the analysis is kept for the last ANALYSED articles, keyed by the identity of
# their tokens tuple (checked with `is` on the stored references, so a reused id cannot match). One
# Pipeline.pipe batch (64 articles, also batch.PIPE_BATCH) runs a stage over all of its articles before
# the next stage starts, so 64 entries give every article a hit; a bigger batch only costs misses.
# Kept small: the entries hold their articles' tokens alive, which full garbage collections scan.
ANALYSED = 64
_analysed: OrderedDict[int, tuple[tuple[Token, ...], str, tuple[Word, ...], tuple[int, ...]]] = OrderedDict()


def _places(article: Article) -> Iterator[Span]:
    return (m for e in article.entities if e.label == "LOC" for m in e.mentions)


def _bodies(article: Article) -> Iterator[Span]:
    return (m for e in article.entities if e.label == "ORG" for m in e.mentions)


ACRONYM = 5  # words of a bracketed acronym after a title's body, brackets included: (يونيسف)
BARE_TITLES = HONORIFICS | RANKS  # titles that are no office: a name after them may still take one


class RoleFinder:
    """Title phrases over one article's words; built once per article."""

    def __init__(self, article: Article, mentions: Sequence[Span] = ()) -> None:
        self.article = article
        self.titles = lexicons.titles()
        self.nationalities = lexicons.nationalities()
        self.countries = lexicons.countries()
        self.words, self.title_len = self._analyse(article)
        self.token_starts = [t.start for t in article.tokens]
        self.starts = {self.index_at(m.start) for m in mentions} - {None}
        # Word index after each place's last word, by its first word's index (the article's LOC mentions).
        ends = [(self.index_at(m.start), self.index_at(m.end - 1)) for m in _places(article)]
        self.place_end = {a: b + 1 for a, b in ends if a is not None and b is not None}
        orgs = [(self.index_at(m.start), self.index_at(m.end - 1)) for m in _bodies(article)]
        self.org_end = {a: b + 1 for a, b in orgs if a is not None and b is not None}

    def _analyse(self, article: Article) -> tuple[tuple[Word, ...], tuple[int, ...]]:
        """The article's Words and title match lengths, shared with the last RoleFinder of the article."""
        tokens, text = article.tokens, article.text
        hit = _analysed.get(id(tokens))
        if hit is not None and hit[0] is tokens and hit[1] is text:
            _analysed.move_to_end(id(tokens))
            return hit[2], hit[3]
        firsts = first_words(self.titles)
        self.words = words = tuple(title_word(w, text, tokens, firsts) for w in words_of(text, tokens))
        # Only a word that starts some title can start a match: skip the rest without calling _match.
        title_len = tuple(self._match(i, self.titles) if w.stem in firsts else 0 for i, w in enumerate(words))
        _analysed[id(tokens)] = (tokens, text, self.words, title_len)
        if len(_analysed) > ANALYSED:
            _analysed.popitem(last=False)
        return self.words, title_len

    def index_at(self, offset: int) -> int | None:
        """The index of the token that covers character `offset`."""
        i = bisect.bisect_right(self.token_starts, offset) - 1
        return i if i >= 0 and offset < self.article.tokens[i].end else None

    def _match(self, i: int, table: Mapping[str, object]) -> int:
        """The length in words of the longest entry of `table` starting at word i (0 when none)."""
        longest = first_words(table).get(self.words[i].stem, 0)
        best = 0
        for n in range(1, min(longest, 4) + 1):
            ws = self.words[i : i + n]
            if len(ws) < n or any(w.is_punct for w in ws):
                break
            if " ".join(w.stem for w in ws) in table or (n > 1 and written_key(ws) in table):
                best = n
        return best

    def head(self, i: int) -> lexicons.Title:
        """The title entry matched at word i (title_len[i] > 0)."""
        ws = self.words[i : i + self.title_len[i]]
        key = " ".join(w.stem for w in ws)
        return self.titles[key] if key in self.titles else self.titles[written_key(ws)]

    def _lookup(self, i: int, table: dict[str, str]) -> tuple[int, str | None]:
        n = self._match(i, table)
        return n, table[" ".join(w.stem for w in self.words[i : i + n])] if n else None

    def extend(self, i: int) -> int:
        """The end (exclusive word index) of the title phrase starting at word i."""
        head = self.head(i)
        j = i + self.title_len[i]
        nested_allowed = bool(head.relational)
        national = False  # a nationality or country seen: the phrase is complete
        skipped = 0  # words of a bracketed acronym, not counted in the phrase's length
        while j < len(self.words) and j - i - skipped < MAX_PHRASE and j not in self.starts:
            w = self.words[j]
            if w.is_punct:
                if (close := self._acronym_end(j)) and j > i + self.title_len[i]:
                    skipped += close - j
                    j = close  # المديرة التنفيذية لمنظمة … للطفولة (يونيسف) X: the body's acronym
                    continue
                break
            if self.title_len[j]:
                if self._has_preposition(w):
                    break  # a title with a preposition is about someone else (… للرئيس التركي)
                if not nested_allowed and (national or head.relational):
                    break  # a second title after a complete one starts another person's phrase
                if fold(self.head(j).form) in COUNTERPARTS:
                    break  # التقى الوزير نظيره الروسي: the counterpart is another person
                if j > i + self.title_len[i] and self._part_of_name(i, j):
                    break  # مدير شرطة البصرة اللواء X: the rank opens the name's own part (_office_before)
                # Two titles of one person: القاضي المحافظ ("the conservative justice"), نائب رئيس مجلس
                # الوزراء وزير خارجية قطر; or a relational title's principal (مستشار الرئيس).
                nested_allowed = False
                j += self.title_len[j]
                continue
            n = max(self._match(j, self.nationalities), self._match(j, self.countries))
            if n:
                national = True
                j += n
                continue
            as_written = written(w)
            if as_written == IN and (step := self._body_after_in(j)) is not None:
                j, goes_on = step
                if goes_on:
                    continue
                break
            if j in self.place_end and self._construct(j - 1):
                j = self.place_end[j]  # محافظ كركوك, رئيس بلدية غزة: the place the office governs
                break
            if as_written in DESTINATION and j + 1 < len(self.words):
                # …لدى إسرائيل, …لدى الأمم المتحدة: the state or body the envoy is sent to
                n = self._match(j + 1, self.countries) or self._organisation_at(j + 1)
                if n:
                    j += 1 + n
                    continue
            if (
                (definite(w) and w.stem not in NOT_COMPLEMENT)
                or w.stem in COMPLEMENT
                or as_written in OF_COMPLEMENT
            ):
                j += 1
                continue
            before = self.words[j - 1]
            construct = before.stem in COMPLEMENT and not definite(before)
            if (written(before) in OF_COMPLEMENT or construct) and (n := self._organisation_at(j)):
                # الناطق العسكري باسم كتائب القسام, المتحدث باسم حكومة طالبان: a listed body without ال
                j += n
                continue
            break
        return j

    def _body_after_in(self, j: int) -> tuple[int, bool] | None:
        """Where an office phrase goes after في at word j: (the word index after the body or place it is in,
        whether the phrase may go on), or None when no body or place follows."""
        if n := self._organisation_at(j + 1):
            return j + 1 + n, True  # مسؤول السياسة الخارجية في الاتحاد الأوروبي: the body the office is in
        if j + 2 in self.org_end and self.words[j + 1].stem in COMPLEMENT:
            return self.org_end[j + 2], True  # وزير الداخلية في حكومة الوحدة الوطنية: the model's ORG
        if j + 1 in self.org_end:
            return self.org_end[j + 1], True  # القيادي في جبهة الخلاص: a body the NER found, listed or not
        if j + 1 in self.place_end:
            return self.place_end[j + 1], False  # المتحدث باسم الدفاع المدني في غزة: where the office is
        if j + 2 in self.place_end and self.words[j + 1].stem in PLACE_HEADS:
            return self.place_end[
                j + 2
            ], False  # قائد الأمن الداخلي في محافظة ريف دمشق: the place's head noun
        if n := self._agent_body_at(j + 1):
            return j + 1 + n, True  # النائب السابق في مجلس الأمة: a body the agents lexicon names
        return None

    def _acronym_end(self, j: int) -> int:
        """The word index after a bracket opening at word j that holds one to three words (an acronym: يونيسف،
        WHO), 0 when word j opens none."""
        if written(self.words[j]) != "(":
            return 0
        for k in range(j + 2, min(j + ACRONYM, len(self.words))):
            if written(self.words[k]) == ")":
                return k + 1
            if self.words[k].is_punct:
                return 0
        return 0

    def _agent_body_at(self, k: int) -> int:
        """The length in words (two or three) of a body of lexicons/agents.tsv starting at word k and ending
        in a definite word (مجلس الأمة، مجلس النواب), 0 when none."""
        agents = lexicons.agents()
        for n in range(min(3, len(self.words) - k), 1, -1):
            ws = self.words[k : k + n]
            if any(w.is_punct or (w.prefixes and i) for i, w in enumerate(ws)) or not definite(ws[-1]):
                continue
            if lexicons.phrase_key(w.stem for w in ws) in agents:
                return n
        return 0

    def _organisation_at(self, k: int) -> int:
        """The length in words of a listed organisation (lexicons.actors, not a bare state nor a person)
        starting at word k, 0 when none."""
        actors = lexicons.actors()
        for n in range(min(4, len(self.words) - k), 0, -1):
            key = " ".join(lexicons.word_key(w.stem) for w in self.words[k : k + n])
            actor = actors.get(key)
            if actor is not None and len(actor.code) > 3 and not (n == 1 and a_person(actor)):
                return n
        return 0

    def _armed(self, i: int, j: int) -> bool:
        """Whether the office phrase over words [i, j) is a military, police or intelligence one (a rank
        after a civil office stays in its phrase: رئيس المجلس الانتقالي الجنرال X)."""
        sector = self.role(i, j, "before").sector
        return sector is not None and sector[:3] in ARMED

    def _part_of_name(self, i: int, j: int) -> bool:
        """Whether the title at word j opens the name's own part after the office over words [i, j): an
        honorific (الأمير، اللواء), or a rank after an armed office (see _armed)."""
        form = fold(self.head(j).form)
        return self._honorific(j) or (form in RANKS and self._armed(i, j))

    def _honorific(self, j: int) -> bool:
        """Whether the title at word j is an honorific: الأمير، اللواء …, or a judge's المستشار right before
        a person's name (رئيس مجلس النواب المستشار X; not المستشار الألماني, the chancellor)."""
        form = fold(self.head(j).form)
        return form in HONORIFICS or (form in JUDGES and j + self.title_len[j] in self.starts)

    def _construct(self, k: int) -> bool:
        """Whether word k is a title word or complement noun in the construct state (محافظ، بلدية: no ال,
        no pronoun), so a place right after it is its complement."""
        w = self.words[k]
        if definite(w) or w.prefixes or self.article.tokens[k].suffix:
            return False
        return bool(self.title_len[k]) or w.stem in COMPLEMENT

    @staticmethod
    def _has_preposition(w: Word) -> bool:
        return any(p in PREPOSITIONS for p in w.prefixes) or w.stem.startswith("لل")

    def role(self, i: int, end: int, placement: str) -> Role:
        """The Role for the phrase over words [i, end)."""
        ws = self.words[i:end]
        head = self.head(i)
        country = None
        k = i
        while k < end and country is None and written(self.words[k]) not in DESTINATION:
            n_nat, iso = self._lookup(k, self.nationalities)
            n_cty, iso2 = self._lookup(k, self.countries)
            country = iso or iso2
            k += max(n_nat, n_cty, 1)
        destination = next(
            (
                self._lookup(k + 1, self.countries)[1]
                for k in range(i, end - 1)
                if written(self.words[k]) in DESTINATION
            ),
            None,
        )
        rest = ws[self.title_len[i] :]
        conjoined = [bool(i) and "و" in w.prefixes for i, w in enumerate(rest)]
        agent, org = complement_codes([w.stem for w in rest], conjoined, country)
        if org is None:  # للأمم المتحدة: the ل ate the article's alif (stem لامم); try it with the alif back
            restored = [f"ا{w.stem}" if elided(w) else w.stem for w in rest]
            if restored != [w.stem for w in rest]:
                agent_back, org = complement_codes(restored, conjoined, country)
                agent = agent or agent_back
        noun = body_noun(rest) if org is None else None
        if noun and (
            body := antecedent(self.article, self.words, self.index_at, noun, ws[0].span.start, is_outlet)
        ):
            org = complement_codes(body)[1]  # المتحدث العسكري باسم الجماعة: the group named before
            # the body noun is that organisation, no agent of its own (الوكالة is a government agency)
            others = [w for w in rest if stems_of([w])[0][2:] != noun]
            agent = complement_codes([w.stem for w in others], [], country)[0]
        sector: str | None = head.sector or None
        if sector == "GOV" and rest and rest[0].stem in MILITARY_ADJECTIVES:
            sector = "MIL"  # المتحدث العسكري المصري: a military spokesman (a named body may still override)
        if agent and len(agent) > 3:
            # a compound agent code is a title's (نائب وزير الدفاع: the agents lexicon's GOVMIL for وزير
            # الدفاع): the nested title's own sector goes in its place (GOV, as titles.tsv codes ministers)
            nested = (self.head(k).sector for k in range(i + self.title_len[i], end) if self.title_len[k])
            agent = next((n for n in nested if n), agent)
        if agent == "BUS" and state_head([w.stem for w in rest]):
            agent = "GOV"  # مستشار الرئيس الأمريكي: the President's adviser, not a company boss's
        if agent and (head.override or not sector):
            sector = agent
        if org and org[3:6] and not org.startswith(("IGO", "NGO", "IMG")) and (head.override or not sector):
            sector = org[3:6]  # رئيس حزب الشعب الجمهوري: the named party's sector (OPP), not any party's
        inside = any(written(w) == IN for w in rest)  # an office in a named body: the body decides
        # an envoy with a nationality after the title (المندوبة الأميركية في الأمم المتحدة) is a state's
        after = i + self.title_len[i]
        envoy = (
            fold(head.form).removeprefix("ال") in ENVOYS
            and after < end
            and bool(self._match(after, self.nationalities))
        )
        if org and org.startswith(("IGO", "NGO")) and ((head.override and not agent) or inside) and not envoy:
            sector = None  # المتحدثة باسم الصليب الأحمر speaks for the Red Cross (NGOHLHIRC), not a state
        span = Span(ws[0].span.start, ws[-1].span.end)
        text = self.article.text[span.start : span.end]
        if ws[0].stem.startswith("ال") and text.startswith("ل") and "ل" in ws[0].prefixes:
            text = "ا" + text  # للرئيس: the role reads الرئيس, its span stays the letters written
        return Role(text, span, tuple(w.stem for w in ws), head, country, sector, org, placement, destination)

    def roles_for(self, mention: Span) -> MentionRoles:
        """The roles the text gives one mention (before it, or in apposition after it)."""
        first, last = self.index_at(mention.start), self.index_at(mention.end - 1)
        if first is None or last is None:
            return MentionRoles()
        found: list[Role] = []
        governed = False
        # A comma may stand between title and name (الرئيس الأمريكي، دونالد ترامب): still the name's title.
        # Not before a name with و: "…، وعواد البندر" is the next item of a list.
        comma = (
            first > 0 and self.words[first - 1].stem in ("،", ",") and "و" not in self.words[first].prefixes
        )
        for i in range(max(0, first - MAX_PHRASE - ACRONYM), first):
            end = self.extend(i) if self.title_len[i] else -1
            if end in (first, first - 1 if comma else first):
                j = i + self.title_len[i]
                # an honorific is nobody's office (المستشار عقيلة صالح: a judge, not an adviser)
                relational = "" if self._honorific(i) else self.head(i).relational
                if relational and j == end and self.article.tokens[j - 1].suffix:
                    # المتحدث باسمها نيد برايس, مستشاره X: a pronoun is the principal, the name the holder
                    found.append(self.role(i, end, "before"))
                elif relational and j == end:
                    governed = True  # مستشار أردوغان: the title is the adviser's, not the name's
                elif relational == "kin":
                    if self.title_len[j]:
                        found.append(self.role(j, end, "before"))  # نجل الرئيس X: X is the president
                elif (k := self._adviser_before(i)) >= 0:
                    found.append(self.role(k, end, "before"))  # المستشار القانوني لقائد X: the adviser
                else:
                    found.extend(self._office_before(i))
                    found.append(self.role(i, end, "before"))
                break
        # an office before the name (not a bare rank or honorific: قال اللواء X قائد الشرطة …)
        titled = any(fold(r.title.form) not in BARE_TITLES for r in found)
        after = self._after(last, titled=titled)
        if after is not None:
            found.append(after)
        return MentionRoles(tuple(found), governed)

    def _office_before(self, i: int) -> list[Role]:
        """The office phrase that ends right at an honorific starting at word i (وزير الخارجية السعودي
        الأمير …), as a role of the same person; none when the title at i is no honorific."""
        form = fold(self.head(i).form)
        king = form == MONARCH[1]
        if not self._honorific(i) and form not in RANKS and not king:
            return []
        # a comma may stand between the office and the honorific (وزير الخارجية البحريني، الشيخ X)
        comma = i > 0 and self.words[i - 1].stem in ("،", ",")
        for k in range(max(0, i - MAX_PHRASE - (1 if comma else 0)), i):
            end = self.extend(k) if self.title_len[k] else -1
            if end in (i, i - 1 if comma else i) and self._own_office(k, end):
                if king and fold(self.head(k).form) != MONARCH[0]:
                    return []  # الملك after another office is another person, but العاهل الأردني الملك …
                if form in RANKS and not self._armed(k, end):
                    return []  # وزير الخارجية الأمريكي الجنرال X: mostly someone the minister met
                return [self.role(k, end, "before")]
        return []

    def _adviser_before(self, i: int) -> int:
        """The start of a relational office phrase that ends right at the title at word i when that title
        carries ل (المستشار القانوني لقائد الجيش X: X is the adviser, not the commander), else -1."""
        if "ل" not in self.words[i].prefixes:
            return -1
        for k in range(max(0, i - MAX_PHRASE), i):
            if self.title_len[k] and self.head(k).relational == "office" and self.extend(k) == i:
                return k
        return -1

    def _own_office(self, k: int, end: int) -> bool:
        """Whether the title at word k, whose phrase ends at word `end`, is its bearer's own office: not
        relational, or an office with a complement (المتحدث باسم المجاهدين: the spokesman is the name)."""
        head = self.head(k)
        return not head.relational or (head.relational == "office" and k + self.title_len[k] < end)

    def _after(self, last: int, titled: bool = False) -> Role | None:
        """An apposition title after the mention: NAME، TITLE or NAME TITLE at the end of a clause; the
        latter not after a name that has its title before it (التقى المشير X السفير الأمريكي: the one met)."""
        n = len(self.words)
        comma = last + 1 < n and self.words[last + 1].stem in ("،", ",")
        i = last + 2 if comma else last + 1
        if i >= n or not self.title_len[i] or self._has_preposition(self.words[i]):
            return None
        end = self.extend(i)
        if end < n and end in self.starts:
            return None  # the title introduces the next name, not this one
        if end < n and self.title_len[end] and self.extend(end) in self.starts:
            return None  # …، رئيس الإدارة المركزية العميد X: the office and rank are the next name's
        if not comma and end < n and not self.words[end].is_punct and self.words[end].stem not in SAID_THAT:
            return None  # NAME TITLE without a comma: only trusted when the clause ends there
        if not comma and titled:
            return None
        head = self.head(i)
        if head.relational and end == i + self.title_len[i]:
            return None  # "X، مستشار" with no complement: whose adviser is unsaid
        if fold(head.form) in COUNTERPARTS:
            return None  # التقى أردوغان نظيره الروسي: the counterpart is the one met, not the name before
        return self.role(i, end, "after")

    def bare_phrases(self, taken: Sequence[Span]) -> list[Role]:
        """Title phrases that are no mention's role and overlap no mention: candidates for title ties."""
        out: list[Role] = []
        overlaps = Overlaps(taken)
        i = 0
        while i < len(self.words):
            w = self.words[i]
            if not self.title_len[i] or overlaps(w.span) or self._has_preposition(w):
                i += 1
                continue
            end = self.extend(i)
            phrase = Span(w.span.start, self.words[end - 1].span.end)
            if not overlaps(phrase) and end not in self.starts:
                out.append(self.role(i, end, "alone"))
            i = end
        return out


def find_roles(article: Article, mentions: Sequence[Span]) -> dict[Span, MentionRoles]:
    """The roles of each mention span (see the module docstring for the patterns)."""
    finder = RoleFinder(article, mentions)
    return {m: finder.roles_for(m) for m in mentions}
