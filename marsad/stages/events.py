"""The events stage: who did what to whom, where and when, coded in CAMEO and PLOVER.

A cascade per sentence:
  1. triggers (marsad.events_match): each token's folded keys (events_lexicon.token_keys) are looked up in
     the trigger index;
     the longest multi-word match wins (وقف إطلاق النار is a ceasefire, not the إطلاق النار inside it).
     A verb form read in a definite word is its masdar, a noun (القتل "the killing"); فجر before a day,
     فجرا and الفجر are the dawn, not فجّر "blew up" (اقتحمت القوات المخيم فجر اليوم is one raid).
     The word less its و is tried first (وبحث is بحث "discussed", not ب + حث "by urging"), and a word
     with ب whole (بحث); بحث عن "searched for" is none. A verb form after في، إثر، جراء، خلال is its masdar
     (في قصف مدفعي). A weapon noun in ب after an attack trigger of its clause is that attack's instrument
     (باستهداف مواقع … بقذائف الهاون: one event), and طالبا عدم الكشف عن اسمه a source's anonymity, no demand;
     طالب/طالبا counted, or inside its clause with no ب/أن after it, is a student (اعتقلت الشرطة طالبا:
     events_match.agent_noun). A protest noun of purpose after a protest verb (تظاهر الآلاف احتجاجا على)
     is that protest's, one event (events_purpose.protest_purposes). An attack word before حادث سير
     (killed in a road accident) or خطف … أنظار ("caught the eye") is none (events_match.no_violence); so
     is a threat to a state of things (تهدد وحدة الأراضي "endangers the unity": events_match.endangers),
     دعا إليها "called for it" after the event called for (events_match.called_for) and an accusation noun
     a denial verb governs (نفى المستشار … الاتهامات: events_modality.denied_charge).
  2. modality (marsad.events_modality; steps 1 and 2 are marsad.events_triggers.asserted): a negation
     (لم، لن، لا، ما، ليس، عدم) just before a trigger, or نفى "denied" a few words before, drops it; so
     does a hypothetical (إذا، لو، في حال، ربما، قد or س/سوف before an imperfect, حتى before one: an
     aim) and a fear (تخشى إسرائيل أن تهاجم إيران); so is what follows بهدف، بغية، سعيا ل، من أجل (an
     aim, and a masdar in ل after it: events_modality.aimed).
     Threats and demands are events of their own: هدد/توعد (13) and طالب/دعا إلى (10) absorb an event
     trigger that follows them and take the specific code it implies (هدد بشن هجوم → 138x, طالب بالإفراج
     → 1053) instead of coding the threatened or demanded action as done.
  3. gate: when marsad/models/events/gate.json exists, a sentence's ASSAULT (or PROTEST) triggers are
     kept only when the trained gate (marsad.events_gate) scores the sentence, with all of its triggers
     of that kind, at or above its threshold, or when it has the plainest attack frame (a past attack
     verb opening its clause next to an armed subject: marsad.events_features.ATTACKERS; or a past strike or
     protest verb with a counted crowd: احتج عشرات من السكان، نظم مئات العمال إضرابا). After the gate, an
     attack named as old (قبل شهرين "two months ago"), as an anniversary (ذكرى) or as the time of another
     act (بعد أن هاجم "after … had attacked") is dropped (marsad.events_background), with the other
     modality cues read after the gate (marsad.events_triggers.told_as_done).
  4. arguments: no actor of the article's dateline (القاهرة - ، أنقرة (الأناضول) -: where it was filed), no
     outlet told to (لوكالة فرانس برس), no name after عين (events_spans.not_arguments); then
     marsad.events_args (VSO, SVO, passive, nouns, prepositional targets; marsad.events_sides; a verb form
     after عن/على/إلى or with ب/ل read as its masdar, marsad.events_masdars) within the
     trigger's clause (marsad.events_clauses: it ends at a comma before a reporting verb, a contrast or
     حيث (في حين), or before و and a trigger verb or a verb of narration such as وتوجهت "and headed");
     أنه before a past verb stands for an acting subject before it (زعم الجيش أنه استهدف: events_pronouns);
     a side the syntax left empty takes marsad.events_fallback's (the sentence's crowd or armed group,
     the first actor after the trigger); then codes: an attack's nationality-only source is that state's
     military, a sector-only actor takes the country of the event's place.
  5. place (marsad.events_places): a LOC entity with a geo in the sentence, per event: of those after في
     or ب (else of all), the one nearest the trigger (in "A attacked X in Baghdad, and police said B
     struck Y in Mosul" each attack takes its own city); a relative place (المدينة، البلدة) means the last
     town named before; otherwise the article's main place (the geocoded LOC with the most mentions). An
     act of speech or stance (roots 01, 10-13) in a sentence that marks no place has none, unless its
     source is of its place's country (events_places.unplaced_speech: طالب X الولايات المتحدة is no act
     in the United States). A place inside a relative clause is no place of an act outside it but the
     one it describes (events_places.outside_relatives: اجتماع حول الهجوم الذي نفذته القوات في دوما, the
     meeting is not in Douma, the attack is); nor is a marked place more than six words after an act of
     speech or stance (its topic's: events_places.speech_topic_dropped), nor one inside quotation marks
     the trigger is not in (events_places.outside_quotes).
     date: marsad.events_dates over the sentence; None when the sentence names no date (the article's
     published date is then the best estimate, left to the reader), or when the date words are a report's
     and the event, told after its أن/إن, is told as older (events_when: قال البيان، الجمعة، إن الحوثيين
     كانوا قد هددوا). A visit's place is its destination after إلى, whose state hosts it
     (events_places.destination, events_links.hosted).
  6. links (marsad.events_links): a casualty takes the doer of the attack it fell in; a verb after و with
     no subject takes the source of the event before it (استقبل الملك وفدا … وبحث معهم: the king, and
     معهم the delegation); الجانبان "the two sides" are the sides of the event before (both_sides), and a
     verb after حيث following a visit is the visitor's (زار المدينة، حيث التقى X; في زيارة التقى خلالها X:
     where_visited). A trigger word inside a named agent (قوات الدعم السريع) does not fire.
Quoted speech is coded like narration: «قصفت الطائرات القرية» reported by a witness asserts an attack,
and a news coder counts what sources assert; modality rules still apply inside the quote.
$MARSAD_EVENTS_GATE=off runs the cascade without the gate (GATE_SETTINGS says why one would).

Reads: text, sentences, tokens, entities (with actor_code and country from the actors stage, geo from places)
Writes: events
"""

from __future__ import annotations

import bisect
import dataclasses
import os
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

from marsad.article import Article, Event, Geo, Span
from marsad.events_args import Candidate, find_actors
from marsad.events_codes import ASSAULT_ROOTS
from marsad.events_dates import parse_published, resolve
from marsad.events_groups import led_by, resolve_groups
from marsad.events_lexicon import VERSION, Code, Trigger, codes, token_keys, triggers
from marsad.events_links import (
    Sited,
    addressee,
    both_sides,
    called_on,
    carry_subject,
    hosted,
    met_sides,
    others,
    protest_demand,
    retold,
    share_attackers,
    unblamed,
    where_visited,
)
from marsad.events_match import match
from marsad.events_modality import negated
from marsad.events_pending import ready_roots
from marsad.events_places import (
    RELATIVE_PLACES,
    VISITS,
    Enclosures,
    act_places,
    destination,
    located_places,
    main_place_of,
    meanwhile,
    nearest_place,
    unplaced_speech,
)
from marsad.events_purpose import protest_purposes, purposed
from marsad.events_senses import MATCH_LEMMAS, MOBILISE, crowd_named, match_meeting, sports_report
from marsad.events_sides import SLOGANS, WHERE_REACH, arrival_subject, sides
from marsad.events_spans import counted_persons, not_arguments
from marsad.events_triggers import Found, asserted, told_as_done
from marsad.events_when import reported_older
from marsad.stages.places import dateline_end


def plover_root(code: Code) -> str | None:
    """ASSAULT or PROTEST when the code is one (by PLOVER event or CAMEO root), else None."""
    if code.plover == "ASSAULT" or code.code[:2] in ASSAULT_ROOTS:
        return "ASSAULT"
    if code.plover == "PROTEST" or code.code[:2] == "14":
        return "PROTEST"
    return None


class Site(NamedTuple):
    """An ASSAULT or PROTEST trigger that passed the rules, with its sentence, as the gate sees it."""

    article: Article
    lo: int  # article index of the sentence's first token
    keys: Sequence[str]  # each token's folded stem, for the sentence
    first: int  # the trigger's first and last word, sentence-relative
    last: int
    trig: Trigger
    kind: str  # ASSAULT or PROTEST
    entity_at: dict[int, int]  # article token index → entity index


# The ASSAULT and PROTEST gate is trained on the arabic_event_gsr dev sentences, whose "no" labels include
# many plain attack reports (split votes); on general news it also rejects real events. Measured in session
# 25 (docs/events_precision.md, "Recall"): recall over all roots on 50 annotated ANT sentences 0.357 with the
# gate, 0.548 without; of 40 events the gate rejected on 264 fresh ANT articles, 24 were right (0.60),
# against about 0.75 for what it keeps. "off" serves a user who wants recall (every rule-level event); "on"
# is the default.
GATE_SETTINGS = ("on", "off")


class Gate:
    """What the stage asks of a trained gate: keep this candidate trigger or not."""

    def keep(self, sites: Sequence[Site]) -> bool:
        """True when a sentence's triggers of one kind (`sites`, at least one) report an event of it."""
        return True


class Events:
    """Callable stage: CAMEO-coded events with arguments, place and date for every sentence."""

    def __init__(self, gate: Gate | None = None) -> None:
        self.index = triggers()
        self.codes = codes()
        self.gate = gate or Gate()

    @classmethod
    def load(cls) -> Events:
        """The stage with its lexicons and, when trained, the gate; $MARSAD_EVENTS_GATE=off runs the rules
        without it (see GATE_SETTINGS)."""
        from marsad.events_gate import load_gate

        setting = os.environ.get("MARSAD_EVENTS_GATE", "on").strip().lower()
        if setting not in GATE_SETTINGS:
            raise ValueError(f"MARSAD_EVENTS_GATE={setting!r}: use 'on' (the default) or 'off'")
        return cls(load_gate() if setting == "on" else Gate())

    def pipe(self, articles: Iterable[Article]) -> Iterator[Article]:
        """Articles one after another (no batching gain: the work is per sentence)."""
        return (self(a) for a in articles)

    def __call__(self, article: Article) -> Article:
        tokens = article.tokens
        if not tokens or not article.sentences:
            return article
        starts = [t.start for t in tokens]
        entity_at = self._entity_tokens(article, starts)
        published = parse_published(article.published)
        year = published.year if published else None
        events: list[Event] = []
        previous_town: Geo | None = None
        main_place = main_place_of(article)
        opening = dateline_end(article.text)
        sport: bool | None = None  # whether the article is a sports report, read when first needed
        readied: frozenset[str] = frozenset()  # roots of acts earlier sentences named as readied for (F1b)
        crowds: frozenset[str] = frozenset()  # MOBILISE once a sentence named a crowd by a حشد-word (B4r)
        for s_index, sent in enumerate(article.sentences):
            lo = bisect.bisect_left(starts, sent.start)
            hi = bisect.bisect_left(starts, sent.end)
            if lo >= hi:
                continue
            all_keys = [token_keys(article.text, tokens[i]) for i in range(lo, hi)]
            keys = [k[0] for k in all_keys]
            earlier_crowds = crowds  # a crowd named before this sentence (B4r)
            crowds = frozenset({MOBILISE}) if crowds or crowd_named(all_keys) else crowds
            found = asserted(self.index, all_keys, keys, lo, entity_at, tokens, self._negated)
            if any(f[2].lemma in MATCH_LEMMAS for f in found):  # لقاء in a sports report: the match (V4)
                if sport is None:
                    sport = sports_report(token_keys(article.text, t)[0] for t in tokens)
                found = [f for f in found if not match_meeting(f[2].lemma, sport, keys)]
            # the gate reads the whole sentence; of what it keeps, what is told as done (events_triggers)
            found = self._gated(article, lo, keys, entity_at, found)
            earlier_ready, readied = readied, readied | ready_roots(found, keys, tokens, lo)
            found = told_as_done(found, keys, lo, tokens, article.text)
            located = located_places(article, lo, hi, keys, entity_at)
            towns = [g for _, _, g in located if g.feature not in ("PCLI", "PCLD")]
            if found:
                # roots of the earlier sentences' events, and of the acts they named as readied for
                told = frozenset(e.cameo[:2] for e in events) | earlier_ready | earlier_crowds
                cands = resolve_groups(
                    article, tokens, lo, keys, entity_at, find_actors(article, tokens, lo, keys, entity_at)
                )
                cands = led_by(article.text, tokens, lo, keys, cands)  # طائرات التحالف بقيادة السعودية
                cands = not_arguments(tokens, lo, keys, cands, opening)  # القاهرة - ، لوكالة فرانس برس
                cands = counted_persons(article.text, tokens, lo, keys, cands)  # 18 شخصا قتلوا: victims
                date = resolve(keys, published)
                date_iso = date_text = None
                if date:
                    date_iso = date[0]
                    date_text = article.text[tokens[lo + date[1]].start : tokens[lo + date[2]].end]
                fallback = previous_town if RELATIVE_PLACES.intersection(keys) else None
                coded: list[Event] = []
                enclosures = Enclosures.of(keys) if located else Enclosures([], [])
                for first, last, trig, cameo in found:
                    # a relative clause's, a quotation's and a speech act's topic's places are not the act's
                    # (الهجوم الذي نفذته القوات في دوما، هتفوا "إيران بره"، طالب … عن أتراك يعملون في تركيا)
                    mine = act_places(located, keys, enclosures, first - lo, last - lo, cameo)
                    goal = destination(mine, keys, last - lo) if cameo in VISITS else None
                    near = goal[2] if goal else nearest_place(mine, first - lo)
                    if meanwhile(keys, first - lo):  # …، فيما فرقت الشرطة: its own places, else the scene's
                        own = [x for x in mine if x[0] >= first - lo]
                        near = nearest_place(own, first - lo) or (coded[-1].place if coded else near)
                    where = near or fallback or main_place
                    # قال البيان، الجمعة، إن الحوثيين كانوا قد هددوا: Friday is the statement's (events_when)
                    when = (
                        (None, None)
                        if date and reported_older(keys, first - lo, date, year)
                        else (date_iso, date_text)
                    )
                    event = self._event(article, s_index, first, last, trig, cameo, all_keys, keys, lo, cands,
                                        where, *when)  # fmt: skip
                    if where and unplaced_speech(mine, cameo, event.source_actor, where):
                        event = dataclasses.replace(event, place=None)  # طالب X الولايات المتحدة: not there
                    coded.append(hosted(article, event, goal, lo, entity_at) if goal else event)
                coded, found = protest_purposes(coded, found, keys, lo)  # تظاهر … احتجاجا على: one protest
                sites: list[Sited] = []  # this sentence's events so far
                for event, (first, last, trig, _) in zip(
                    share_attackers(coded, found, keys, lo, tokens), found, strict=True
                ):
                    if retold(trig, keys[first - lo], event.cameo, told):
                        continue  # وقال المتحدث إن "الغارة …": the raid already told
                    event = unblamed(event, trig, first, sites, tokens, keys, lo, article.text)
                    event = addressee(event, trig, first, last, tokens, keys, lo, article.text, sites)
                    after = last + 1 - lo
                    nxt, nxt_key = (tokens[last + 1], keys[after]) if after < len(keys) else (None, "")
                    # the event before in this sentence (across sentences the subject may be a name the
                    # actors missed: وأعرب الأمين العام عن قلقه after an attack is not the attacker's), its
                    # last verb rather than a noun (أدان الوزير الهجوم، ودعا: the minister called)
                    previous = next((s[0] for s in reversed(sites) if s[3].aspect != "noun"), None)
                    previous = previous or (sites[-1][0] if sites else None)
                    before = keys[first - lo - 1] if first > lo else ""
                    event = both_sides(
                        event, trig, nxt_key, previous or (events[-1] if events else None), before
                    )
                    # حيث after an arrival (وصل X إلى المدينة، حيث التقى Y): X met Y; not التقاه "met him"
                    came = before == "حيث" and not tokens[first].suffix
                    arrival = (
                        arrival_subject(tokens, all_keys, keys, lo, cands, first - lo - 1, WHERE_REACH)
                        if came
                        else None
                    )
                    event = where_visited(event, before, previous, nxt_key, arrival)
                    event = met_sides(event, trig, tokens[first], nxt, nxt_key, previous)  # وبحثا، وبحث معه
                    # تجمعوا … للمطالبة، خرجوا … مرددين شعارات تطالب: the protesters demand
                    event = protest_demand(event, trig, tokens[first], previous, before in SLOGANS)
                    event = called_on(event, first, tokens, keys, lo, cands)  # إن الحكومة مطالبة بـ
                    event = others(event, keys, after, previous)  # وأصيب خمسة آخرون: the same victims
                    events.append(carry_subject(event, trig, tokens[first], nxt, nxt_key, previous))
                    sites.append((events[-1], first, last, trig))
            previous_town = towns[-1] if towns else previous_town
        return dataclasses.replace(article, events=tuple(events))

    def _gated(
        self,
        article: Article,
        lo: int,
        keys: Sequence[str],
        entity_at: dict[int, int],
        found: list[Found],
    ) -> list[Found]:
        """The found triggers less the ASSAULT/PROTEST ones the gate rejects: it is asked once per kind
        and sentence, after the rules, with all of the sentence's triggers of that kind; a protest act
        with its purpose phrase is not asked about (events_purpose.purposed)."""
        protest, found = purposed(found, keys, lo)  # a road blocked احتجاجا على: a protest (events_purpose)
        kinds = [plover_root(self.codes[c]) if c in self.codes else None for _, _, _, c in found]
        if not any(kinds):
            return found
        rejected = set()
        for kind in {k for k in kinds if k and not (protest and k == "PROTEST")}:
            sites = [
                Site(article, lo, keys, first - lo, last - lo, trig, kind, entity_at)
                for (first, last, trig, _), k in zip(found, kinds, strict=True)
                if k == kind
            ]
            if not self.gate.keep(sites):
                rejected.add(kind)
        return [f for f, k in zip(found, kinds, strict=True) if k not in rejected]

    def _match(self, all_keys: Sequence[tuple[str, ...]], i: int) -> tuple[Trigger, int, int] | None:
        """The longest trigger starting at word i (events_match.match)."""
        return match(self.index, all_keys, i)

    @staticmethod
    def _negated(keys: Sequence[str], i: int, aspect: str, prefixes: Sequence[str]) -> bool:
        """Whether the trigger at word i is negated, denied, feared or hypothetical (events_modality)."""
        return negated(keys, i, aspect, prefixes)

    def _event(
        self,
        article: Article,
        s_index: int,
        first: int,
        last: int,
        trig: Trigger,
        cameo: str,
        all_keys: Sequence[tuple[str, ...]],
        keys: Sequence[str],
        lo: int,
        cands: Sequence[Candidate],
        place: Geo | None,
        date: str | None,
        date_text: str | None,
    ) -> Event:
        tokens = article.tokens
        info = self.codes.get(cameo) or Code(cameo, 0, None, None, None)
        source, target = sides(
            trig, cameo, plover_root(info), first, last, tokens, all_keys, keys, lo, cands,
            place.country if place else None, self._aspect_at,
        )  # fmt: skip
        return Event(
            cameo=cameo,
            quad_class=info.quad_class,
            sentence=s_index,
            trigger=Span(tokens[first].start, tokens[last].end),
            source_actor=source,
            target_actor=target,
            plover=info.plover,
            goldstein=info.goldstein,
            place=place,
            date=date,
            date_text=date_text,
            source=f"{VERSION}:{trig.entry}",
        )

    def _aspect_at(self, window: Sequence[tuple[str, ...]], i: int) -> str | None:
        """The aspect of the trigger starting at word i of a window of token keys, or None."""
        match = self._match(window, i)
        return match[0].aspect if match else None

    @staticmethod
    def _entity_tokens(article: Article, starts: Sequence[int]) -> dict[int, int]:
        """Token index → index of the entity one of whose mentions covers it."""
        out: dict[int, int] = {}
        for e_index, entity in enumerate(article.entities):
            for m in entity.mentions:
                k = bisect.bisect_right(starts, m.start) - 1
                k = max(k, 0)
                while k < len(starts) and starts[k] < m.end:
                    if article.tokens[k].end > m.start:
                        out.setdefault(k, e_index)
                    k += 1
        return out
