"""The entities stage: named-entity mentions from the trained NER model, with offsets into the text.

The model tags the pipeline's own tokens, sentence by sentence. A mention runs from the stem of its first
token to the stem of its last, so clitics stay outside it: in بسوريا ("in Syria") the mention is سوريا,
one character in; in والعراق it is العراق (the article ال is part of the name, as in UD Arabic).
Then, in order, each pass skipping the tokens earlier mentions hold:
1. the model's mentions are fitted: a title, role noun or descriptor it ran into a person's mention from
   after the name is cut off (سلمى خوري المتحدثة → سلمى خوري، كريم الصافي زعيم [حزب الأمل] → كريم
   الصافي; `trim_title`), and descriptor or nationality adjectives before it (المخضرم، الإيطالي;
   `trim_leading_title`; both in `marsad.entity_edges`), a person's mention opening with a listed
   organisation is split into the two (الاتحاد الأوروبي فيديريكا موغيريني; `marsad.entity_bounds`), a
   word of ل + an outlet noun ends a person (رامي عبد الرحمن لوكالة → رامي عبد الرحمن, "told the agency";
   `trim_told`, also for an ORG), a mention ends at its last word that is no punctuation, before an open
   bracket (منظمة الصحة العالمية (WHO) or a direction adverb (سنار جنوبا), a person's mention is split at
   a word carrying و (لبايدن ولهاريس; `split_conjoined`) and keeps letters read as a pronoun (هانا تيتيه),
   a finite reporting verb is cut off an organisation or place (طالب المجلس الرئاسي), the first word of a
   compound place takes the next (عين الحلوة), a bare mention takes back letters read as clitics when the
   article writes the word whole (`regrow_clitic_letters`), a person's name of two words or more takes a
   nationality word right after it as its family name (محمد شياع السوداني; `grow_family_nisba`), a listed
   organisation it called MISC or PER (الموساد، الحرس الثوري) is an ORG, a country name it called PER/ORG
   a LOC, a hashtag's # stays outside, a LOC cut short of a gazetteer name is grown to it, a MISC/ORG
   around a listed organisation is cut or grown to it (`fit_places`: أولان → أولان باتور, ميليشيا الحوثي →
   الحوثي);
2. news outlets (lexicons/outlets.tsv) the model missed, as ORG (quotes are relayed through them), also
   a listed name alone in quotation marks with no type noun (علمت «الوطن»; `marsad.entity_press`);
3. organisations of lexicons/actors_hand.tsv (label ORG) and ministries by their title (وزارة الداخلية
   الفرنسية), as ORG (`org_spans`); then the full names of models/gazetteer/known_people.tsv (`python -m
   train.people`: names the NER itself tags PER across ANT news) the model missed here, as PER
   (`marsad.entity_people`);
4. places after a descriptor (مدينة الموصل، بمديرية كتاف; `descriptor_spans`), and names listed after a
   plural or dual one (محافظات إب وتعز، مديريتي زبيد والجراحي; `list_spans`), as LOC;
5. well-known places (`place_names`: countries, capitals, big cities and the regions of
   lexicons/regions.tsv, folded), as LOC;
6. names apposed to a titled subject of a reporting verb (وبررت رئيسة المحكمة إستير حيوت;
   `marsad.quotes_names`), as PER, so the quote has its speaker; then bare surnames and first names of
   the people the article names in full (`name_spans`), as PER; then, by a bare surname the article
   repeats right after a reporting verb, a full name the model cut short or missed (ميشيل → ميشيل
   باشليه) and the bare surname itself (وقالت باشليه; compared as whole words where the stems differ:
   `marsad.entity_surnames`), as PER; then untagged repeats of an organisation's
   or place's name of two words or more (`repeat_spans`), with its label;
7. smaller towns the NER itself mostly tags LOC (models/gazetteer/local_names.tsv) and the divisions
   lexicons/admin_divisions.tsv marks taggable, only in an article that names their country
   (`local_spans`), as LOC;
8. bodies named by a definite description where they speak: the subject of a reporting verb or the
   source of an attribution (قال الجيش الإسرائيلي إن، حسب الحكومة الإيطالية;
   `marsad.quotes_institutions`), as ORG with source DESCRIPTION_SOURCE, so a quote has a speaker and an
   event an actor. They are not names: bench/eval_entities.py leaves entities made only of them out of
   NER scoring, as the gold does not annotate descriptions;
(the passes live in `marsad.entity_places`, `marsad.entity_spans` and `marsad.entity_repeats`); then
`marsad.merge` groups the mentions into one entity per real-world thing, with roles. The gold conventions
these passes follow are in bench/gold/ENTITIES.md; measure with `python -m bench.eval_entities --half tune`
(and `--errors`) after a change.

Reads: text, sentences, tokens
Writes: entities
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Protocol

from marsad import lexicons
from marsad.arabic import fold_word
from marsad.article import Article, Entity, Span, Token
from marsad.attribution import outlet_spans
from marsad.entity_bounds import (
    cut_at_clause,
    cut_open_bracket,
    drop_contained,
    grow_family_nisba,
    grow_given_name,
    grow_toponym_head,
    orgs_over_places,
    split_conjoined,
    split_joined_people,
    split_leading_orgs,
    trim_direction,
    trim_joined_verb,
    trim_leading_verb,
    whole_short_stem,
)
from marsad.entity_clitics import regrow_clitic_letters, trim_leading_on
from marsad.entity_commons import drop_common_places
from marsad.entity_companies import company_names, people_as_companies
from marsad.entity_currencies import drop_sums
from marsad.entity_edges import trim_leading_title, trim_title
from marsad.entity_hashtags import hashtag_people
from marsad.entity_local_bodies import local_bodies
from marsad.entity_outlets import drop_places_in_outlets, grow_abbreviation, people_as_outlets, trim_told
from marsad.entity_people import known_people
from marsad.entity_places import (
    PlaceNames,
    busy_flags,
    descriptor_spans,
    list_spans,
    local_spans,
    mark_busy,
    place_spans,
)
from marsad.entity_press import quoted_press
from marsad.entity_quoted import quoted_orgs
from marsad.entity_repeats import FUNCTION_WORDS, REPEATED, name_spans, repeat_spans
from marsad.entity_spans import (
    COMPANY_SOURCE,
    DESCRIPTION_SOURCE,
    DESCRIPTOR_SOURCE,
    GAZETTEER_SOURCE,
    LEXICON_SOURCE,
    LOCAL_SOURCE,
    MAX_ORG_WORDS,
    NAME_SOURCE,
    PEOPLE_SOURCE,
    QUOTED_SOURCE,
    REPEAT_SOURCE,
    SOURCE,
    fit_places,
    named_countries,
    org_spans,
)
from marsad.entity_surnames import SOURCE as SURNAME_SOURCE
from marsad.entity_surnames import drop_inside, full_name_spans, surname_spans
from marsad.entity_tails import (
    drop_future_verbs,
    grow_family_head,
    grow_family_tail,
    grow_listed_person,
    grow_rare_surname,
    grow_theophoric,
    names_over_places,
    split_person_tails,
    trim_agent_tail,
    trim_leading_particle,
    trim_listed_body_tail,
    trim_rank_tail,
    trim_trailing_ala,
)
from marsad.entity_titled import titled_surnames
from marsad.merge import merge
from marsad.quotes_institutions import institution_spans
from marsad.quotes_names import SOURCE as SPEAKER_NAME_SOURCE
from marsad.quotes_names import speaker_name_spans
from marsad.roles import RoleFinder


class Tagger(Protocol):
    """What the stage needs of a NER model: BIO tags for tokenized sentences."""

    def tag(self, sentences: list[list[str]]) -> list[list[str]]: ...


def tag_documents(tagger: Tagger, documents: list[list[list[str]]]) -> list[list[list[str]]]:
    """The tagger's tags of each document: in one call when it tags several at once (the CRF), else one
    call per document (a call is one document to the model's consistency pass)."""
    many = getattr(tagger, "tag_documents", None)
    if many is not None:
        tagged: list[list[list[str]]] = many(documents)
        return tagged
    return [tagger.tag(d) for d in documents]


def sentence_tokens(article: Article) -> list[Sequence[Token]]:
    """The article's tokens grouped by sentence (tokens outside every sentence are dropped)."""
    starts = [t.start for t in article.tokens]
    groups: list[Sequence[Token]] = []
    for sentence in article.sentences:
        lo = bisect.bisect_left(starts, sentence.start)
        hi = bisect.bisect_left(starts, sentence.end)
        groups.append(article.tokens[lo:hi])
    return groups


def mentions(tokens: Sequence[Token], tags: Sequence[str]) -> Iterator[tuple[str, Span]]:
    """(label, span) for each maximal B/I run of one label, ending at its last word that is no punctuation;
    an I- without its B- starts a mention."""
    label: str | None = None
    first = last = 0
    for i, tag in enumerate((*tags, "O")):
        if tag == "O" and label is None:
            continue  # the common case, kept cheap: outside every mention
        kind, _, tag_label = tag.partition("-")
        continues = kind == "I" and tag_label == label
        if label is not None and not continues:
            yield label, Span(tokens[first].stem.start, tokens[last].stem.end)
            label = None
        if kind in ("B", "I") and not continues:
            label, first, last = tag_label, i, i
        elif label is not None and not tokens[i].is_punct:
            last = i  # a full stop the model ran a mention into (… للإعلام.) stays outside it


# Titles that alone name one person in news: البابا is the Pope, where الرئيس or ولي العهد is a title.
ONE_HOLDER = frozenset([fold_word("البابا")])


def _title_alone(name: str) -> bool:
    """A person's mention that is only a title of titles.tsv (ولي العهد، آية الله), not ONE_HOLDER, or one
    word that is the dual of one (الزعيمان، الوزيرين "the two leaders, ministers")."""
    key = " ".join(map(fold_word, name.split()))
    if key in lexicons.titles():
        return key not in ONE_HOLDER
    return " " not in key and key.endswith(("ان", "ين")) and key[:-2] in lexicons.titles()


def _nationality_alone(name: str) -> bool:
    """A person's mention that is one indefinite nationality adjective in the accusative (مقترحا سودانيا "a
    Sudanese proposal"), not a country's name."""
    key = fold_word(name)
    if " " in name or not key.endswith("يا") or key in lexicons.countries():
        return False
    return key[:-1] in lexicons.nationalities()


class Entities:
    """Callable stage holding the loaded NER model and the place names it may add."""

    def __init__(
        self,
        tagger: Tagger,
        place_names: Iterable[str] = (),
        descriptors: Mapping[str, str] | None = None,
        known_places: Iterable[str] = (),
        organisations: Iterable[str] = (),
        local_places: Mapping[str, frozenset[str]] | None = None,
        lists: Mapping[str, str] | None = None,
        generic: Iterable[str] = (),
        people: PlaceNames | None = None,
    ) -> None:
        self.tagger = tagger
        # Which model tagged the mentions: ner.crf.v1 -> entities.crf.v1, ner.lstm.v1 -> entities.lstm.v1.
        model = getattr(tagger, "source", "")
        self.source = f"entities.{model.split('.', 1)[1]}" if model.startswith("ner.") else SOURCE
        self.places = PlaceNames(place_names)
        self.descriptors = dict(descriptors or {})
        self.known = PlaceNames(known_places)
        self.orgs = PlaceNames(organisations, MAX_ORG_WORDS)
        self.local = dict(local_places or {})
        self.local_names = PlaceNames(self.local)
        self.lists = dict(lists or {})
        self.people = people if people is not None else PlaceNames()
        # Descriptor and direction words, bare or with ال, are no names in a list (مديريات المحافظة "the
        # governorate's districts", محافظات وسط وجنوب العراق "the governorates of central and south Iraq").
        words = {*self.descriptors, *self.lists, *generic}
        self.generic = frozenset(words | {"ال" + w for w in words})

    @classmethod
    def load(cls) -> Entities:
        """Load the shipped NER model and the gazetteer's place names (unambiguous ones, all, descriptors)."""
        from marsad.gazetteer import default
        from marsad.models.ner import NerModel

        gazetteer = default()
        return cls(
            NerModel.load(),
            gazetteer.unambiguous_names(),
            gazetteer.descriptors,
            gazetteer.known_names(),
            lexicons.organisations(),
            gazetteer.local_names(),
            gazetteer.list_words(),
            gazetteer.admin_words,
            known_people(),
        )

    def __call__(self, article: Article) -> Article:
        return next(iter(self.pipe([article])))

    def pipe(self, articles: Iterable[Article]) -> Iterator[Article]:
        """Tag each article's sentences in one call to the model."""
        articles = list(articles)
        groups = [sentence_tokens(article) for article in articles]
        # Each article is one document to the model's consistency pass, so a name tagged in one article
        # does not spread into the next one of the batch.
        documents = [
            [[article.text[t.start : t.end] for t in sent] for sent in group]
            for article, group in zip(articles, groups, strict=True)
        ]
        for article, group, doc_tags in zip(
            articles, groups, tag_documents(self.tagger, documents), strict=True
        ):
            tags = iter(doc_tags)
            found: list[Entity] = []
            for sent in group:
                for label, whole in mentions(sent, next(tags)):
                    if whole.end <= whole.start:
                        continue  # a mention that is all clitic: nothing to point at
                    whole = cut_at_clause(article.text, sent, cut_open_bracket(article.text, whole))
                    whole = grow_abbreviation(article.text, whole)
                    whole = whole_short_stem(sent, whole, label)
                    for span in split_conjoined(sent, whole) if label == "PER" else [whole]:
                        if label == "PER":
                            span = trim_leading_verb(article.text, sent, span, person=True)
                            span = trim_leading_particle(article.text, sent, span)
                            span = trim_title(article.text, sent, span)
                            span = trim_told(article.text, sent, span, person=True)
                            span = trim_leading_title(article.text, sent, span)
                            span = grow_family_nisba(
                                article.text, sent, grow_given_name(article.text, sent, span)
                            )
                            span = grow_family_head(article.text, sent, span)
                            span = grow_family_tail(article.text, sent, span)
                            span = grow_listed_person(article.text, sent, span)
                            span = grow_rare_surname(article.text, sent, span)
                            span = grow_theophoric(article.text, sent, span)
                        else:
                            span = trim_leading_verb(article.text, sent, span)
                        if label == "LOC":
                            span = grow_toponym_head(
                                article.text, sent, trim_direction(article.text, sent, span)
                            )
                        elif label == "ORG":
                            span = trim_listed_body_tail(
                                article.text, sent, trim_told(article.text, sent, span)
                            )
                            span = trim_rank_tail(article.text, sent, span)
                        name = article.text[span.start : span.end]
                        if label == "PER" and (_title_alone(name) or _nationality_alone(name)):
                            continue  # a title alone (ولي العهد "the crown prince") or an adjective: no one
                        if name in FUNCTION_WORDS:
                            continue  # إلى tagged once and spread by the model's document pass: no name
                        found.append(Entity(f"e{len(found)}", label, name, (span,), source=self.source))
            tokens = article.tokens
            found = regrow_clitic_letters(article.text, tokens, drop_contained(found))
            found = trim_joined_verb(article.text, tokens, found)  # وجادل لافروف, لافروف named elsewhere
            found = trim_leading_on(article.text, tokens, found)  # على كين, هاري كين named elsewhere
            # ذلك المشهد "that scene", spread by the model as a place: no place
            found = drop_common_places(article.text, tokens, found, self.known.names)
            starts = [t.start for t in tokens]
            # The role finder's folded words: merge builds the same finder next, from its per-article cache.
            stems = [w.stem for w in RoleFinder(article).words]
            if self.orgs:  # الاتحاد الأوروبي فيديريكا موغيريني tagged PER: the organisation, then the person
                found = split_leading_orgs(article.text, tokens, found, stems, self.orgs, starts, self.source)
                found = orgs_over_places(article.text, tokens, found, stems, self.orgs, starts, self.source)
            found = split_joined_people(article.text, tokens, found, stems, starts)
            found = trim_trailing_ala(article.text, tokens, found)  # وشدد عبد العاطي على
            found = split_person_tails(article.text, tokens, found, stems, starts, self.known, self.source)
            found = names_over_places(article.text, tokens, found, stems, starts, self.known)
            # رئيس شرطة … ألفريد دورهام: the model's place دورهام is the titled man's surname
            found = titled_surnames(article.text, tokens, found, stems, starts, self.places)
            found = drop_future_verbs(tokens, found, starts)  # "ستحتكر السلاح": no title
            found = quoted_orgs(article.text, tokens, stems, found, QUOTED_SOURCE)
            if self.orgs:  # a listed organisation the model called MISC (الحوثي، جيش الإسلام) or PER
                # (الموساد، الشاباك، الحرس الثوري) is an ORG
                found = [
                    dataclasses.replace(e, label="ORG")
                    if e.label in ("MISC", "PER")
                    and " ".join(fold_word(w) for w in e.name.split()) in self.orgs.names
                    else e
                    for e in found
                ]
            found = company_names(
                tokens, stems, found, COMPANY_SOURCE, starts
            )  # شركة مصر للغزل: no mention of Egypt
            found = drop_sums(
                article.text, tokens, found, starts
            )  # 250,000 ريال سعودي: a sum, no organisation
            found = people_as_companies(
                article.text, tokens, stems, found, starts
            )  # شركة دي لا رو: no person
            found = drop_places_in_outlets(article, found)  # وكالة الأنباء السعودية: not the country
            found = people_as_outlets(article, found)  # لشبكة رووداو الإعلامية: no person
            tagged = dataclasses.replace(article, entities=tuple(found))
            for span in outlet_spans(tagged):
                name = article.text[span.start : span.end]
                found.append(Entity(f"e{len(found)}", "ORG", name, (span,), source=LEXICON_SOURCE))
            found = quoted_press(article.text, tokens, found, LEXICON_SOURCE)  # علمت «الوطن»: the paper
            if self.known:
                found = fit_places(
                    article, found, stems, self.known, self.orgs, starts, self.source, self.generic
                )
            # Which tokens the mentions so far touch, kept up to date as each pass adds its own (a pass
            # sees the mentions of the passes before it, not its own).
            busy = busy_flags(tokens, [m for e in found for m in e.mentions], starts)
            if self.orgs:
                spans = org_spans(article, self.orgs, (), stems, busy)
                self._add(found, article, spans, "ORG", LEXICON_SOURCE, busy, starts)
            if self.people:
                spans = place_spans(article, self.people, (), stems, busy)
                self._add(found, article, spans, "PER", PEOPLE_SOURCE, busy, starts)
            if self.descriptors:
                spans = descriptor_spans(article, self.descriptors, self.known, (), stems, busy)
                self._add(found, article, spans, "LOC", DESCRIPTOR_SOURCE, busy, starts)
            if self.lists:
                spans = list_spans(article, self.lists, self.known, self.generic, stems, busy)
                self._add(found, article, spans, "LOC", DESCRIPTOR_SOURCE, busy, starts)
            if self.places:
                spans = place_spans(article, self.places, (), stems, busy)
                self._add(found, article, spans, "LOC", GAZETTEER_SOURCE, busy, starts)
            spans = speaker_name_spans(dataclasses.replace(article, entities=tuple(found)))
            # قدورة فارس لإذاعة …، فلان الجيش بقصف: the name ends before the outlet or the body
            spans = [trim_told(article.text, tokens, s, person=True) for s in spans]
            spans = [trim_agent_tail(article.text, tokens, s) for s in spans]
            self._add(found, article, spans, "PER", SPEAKER_NAME_SOURCE, busy, starts)
            spans = name_spans(article, found, stems, (), busy)
            self._add(found, article, spans, "PER", NAME_SOURCE, busy, starts)
            spans = hashtag_people(article, found, busy)  # الفريق #فلان_الفلاني … وأوضح الفلاني
            self._add(found, article, spans, "PER", NAME_SOURCE, busy, starts)
            spans = full_name_spans(dataclasses.replace(article, entities=tuple(found)))
            if spans:  # ميشيل tagged alone before باشليه: the grown name replaces it
                found = drop_inside(found, spans)
                self._add(found, article, spans, "PER", SURNAME_SOURCE, busy, starts)
            spans = surname_spans(dataclasses.replace(article, entities=tuple(found)))
            self._add(found, article, spans, "PER", SURNAME_SOURCE, busy, starts)
            repeats = repeat_spans(article, found, stems, busy)  # no two overlap: one call for both labels
            for label in REPEATED:
                spans = [span for span, lab in repeats if lab == label]
                self._add(found, article, spans, label, REPEAT_SOURCE, busy, starts)
            if self.local:
                countries = named_countries(found, stems)
                spans = local_spans(article, self.local, self.local_names, countries, (), stems, busy)
                self._add(found, article, spans, "LOC", LOCAL_SOURCE, busy, starts)
            spans = institution_spans(dataclasses.replace(article, entities=tuple(found)))
            self._add(found, article, spans, "ORG", DESCRIPTION_SOURCE, busy, starts)
            found = local_bodies(
                article.text, tokens, stems, found, starts
            )  # مركز الملك سلمان، أمانة جدة: one body
            yield merge(dataclasses.replace(article, entities=tuple(found)))

    @staticmethod
    def _add(
        found: list[Entity],
        article: Article,
        spans: Sequence[Span],
        label: str,
        source: str,
        busy: list[bool],
        starts: Sequence[int],
    ) -> None:
        """Append one entity per span to `found` and mark the spans' tokens busy."""
        for span in spans:
            found.append(
                Entity(f"e{len(found)}", label, article.text[span.start : span.end], (span,), source=source)
            )
        mark_busy(busy, article.tokens, spans, starts)
