"""The quotes stage: who said what, with which reporting verb, relayed by which outlet.

Finding quotes: direct ones in marsad.quotes_direct (quoted stretches with a reporting cue), indirect ones
in marsad.quotes_indirect (a reporting verb and its complement, or a bare attribution). A quoted stretch
inside an indirect quote's content is the speaker's wording, not a second quote.
Speakers: marsad.quotes_subjects; a verb with no subject (وأضاف أن) takes the previous quote's speaker, a
participle after a quote in its sentence (…، مضيفا أن) that quote's speaker; a sentence-initial one after
a sentence that made no quote but has a person as subject takes that person (لكن X، …، اتهم جونسون
"بالخواء" … ¶ وأضاف "…"؛ وأشادت المحققة X باستجابة السكان ¶ وأضافت "…"); "the statement" as subject
(وأضاف البيان أن) is whoever spoke in the nearest earlier sentence that names a statement (في بيان،
بيانا). A verbal noun's quote (رفض مزاعم بريطانيا بأن) has its genitive as speaker and is a side remark: no
later verb takes its speaker (but after an opening وجاء في/وورد في it is the main statement), and the
sentence's outlet is not its via.
`verb` is the lexicon lemma (قال for وقالت، يقول، قائلا، قوله), so scoring compares lemmas; قائلا/يقول
after a finite verb with no content of its own gives that verb (وتابع قائلا → تابع); a bare بحسب/وفقا ل
has none, a cue with a relay verb that verb's lemma (وفق ما ذكر → ذكر). An outlet as subject (ذكرت صحيفة X
أن), or a report it published (وأفاد تقرير لشبكة X بأن), is both speaker and via; نقلت X عن Y: Y speaks, X
is via (marsad.quotes_relays; عن may follow X's adjectives; with no source after X, X reports on its own
account: بحسب ما نقلت رويترز); an interview named in the sentence, or in a following جاء ذلك في مقابلة
مع …, is the via (marsad.attribution.interview_outlet). An outlet entity named as the speaker is also the
via (marsad.attribution.speaker_outlet), a speaker carried over from an earlier sentence is not; an unnamed
source of an outlet (مراسل "سكاي نيوز عربية"، مصادر الوكالة) is relayed by it; a participle quote in the
same sentence (…، موضحة أن) keeps the via of the quote before it. A verb after its content takes the
outlet spoken to after it ("…"، قال X لوكالة Y؛ …، بحسب ما أوضح X لوكالة Y). No content includes a
paragraph's opening dateline (marsad.quotes_datelines: الخرطوم - (رويترز) - …، وفق ما أفاد شهود عيان).
The speakers and outlets taken from around the verb (a participle's opening subject, the person of the
sentence before, a كان clause's subject, an outlet opening the sentence) live in marsad.quotes_openings.

Reads: text, paragraphs, sentences, tokens, entities
Writes: quotes, outlets
"""

from __future__ import annotations

import dataclasses

from marsad.arabic import fold
from marsad.article import Article, Quote
from marsad.attribution import OutletMatch, cited_outlets, match_outlet
from marsad.attribution_relays import (
    interview_outlet,
    interview_outlet_after,
)
from marsad.quotes_antecedents import (
    described_person,
    latter_person,
    our_reporter,
    relative_antecedent,
    same_source,
)
from marsad.quotes_claims import Claim, attach_trailing, reporting_verb
from marsad.quotes_colon import colon_claims
from marsad.quotes_context import (
    clause_after_quote,
    clause_subject,
    name_at_colon,
    placed_only,
    sentence_person,
    sentence_subject,
)
from marsad.quotes_datelines import after_connective, after_dateline, dateline_spans
from marsad.quotes_direct import direct_claims
from marsad.quotes_documents import A_REPORT, THE_DOCUMENTS, THE_REPORT, issuer
from marsad.quotes_forward import (
    named_next,
    relayed_report,
    source_word_entity,
    titled_subject,
)
from marsad.quotes_gender import agreeing, verb_gender
from marsad.quotes_indirect import IndirectFinder
from marsad.quotes_institutions import head_referent
from marsad.quotes_lexicon import QuoteLexicon, load
from marsad.quotes_marked_names import described_inside
from marsad.quotes_marks import in_heading
from marsad.quotes_openings import (
    kana_speaker,
    opening_subject,
    opening_verb_outlet,
    own_outlet,
    spoke_between,
)
from marsad.quotes_preverbal import before_verb, described_noun, preverbal
from marsad.quotes_prodrop import (
    asyndetic_subject,
    circumstantial_owner,
    contrast_subject,
    coordinated,
    described_subject,
    kana_subject,
    main_statement,
    no_subject,
    object_before,
    opening_clause_subject,
    opening_title,
    relation_group,
    titled_person,
    while_subject,
)
from marsad.quotes_relays import FROM_HIM, RELAYED_SAYING, quoting_source, relayed_source, via_near
from marsad.quotes_resumptive import statement_owner
from marsad.quotes_sources import reporting_report
from marsad.quotes_speakers import Subject
from marsad.quotes_subjects import subject
from marsad.quotes_titles import foreign_title, tied_person, title_referent
from marsad.quotes_view import View

SOURCE = "quotes.rules.v1"
# Verbs of telling, whose object is the one told (أخبر وكالة X أن، أبلغ صحيفة X بأن): an outlet right after
# them is the addressee and the via, not the speaker.
_TELL = frozenset({"أخبر", "أبلغ"})


class Quotes:
    """The quotes stage, holding its lexicons."""

    def __init__(self, lexicon: QuoteLexicon) -> None:
        self.lex = lexicon

    @classmethod
    def load(cls) -> Quotes:
        """Load the reporting-verb, attribution and outlet lexicons."""
        return cls(load())

    def __call__(self, article: Article) -> Article:
        if not article.tokens:
            return dataclasses.replace(article, quotes=())
        view = View(article)
        claims, used, quoted = direct_claims(self.lex, view, article)
        # وأضاف قائلا: خدمة النادي شرف لي …: speech after a colon with no marks (marsad.quotes_colon)
        unmarked = colon_claims(self.lex, view, [c.span for c in claims] + quoted)
        claims += unmarked
        used.update(c.verb_tok for c in unmarked)
        # A reporting verb inside quotation marks is part of the quoted words (a nested quote is not
        # annotated), so indirect quotes skip every closed stretch, claimed or not.
        taken = [c.span for c in claims if c.kind == "direct"] + quoted
        indirect = IndirectFinder(self.lex, view).claims(used, taken, claims)
        # A quoted stretch inside an indirect quote's content is the speaker's wording, not a second quote.
        inside = [(c.span.start, c.span.end) for c in indirect]
        # (ما وصفه ب"…" is the describer's own direct quote there too: QUOTES.md, session 31's K13)
        claims = [
            c
            for c in claims
            if described_inside(view, c.verb, c.verb_tok)
            or not any(a <= c.span.start and c.span.end <= b for a, b in inside)
        ]
        claims += indirect
        # الوزير يدعو السكان إلى "الصبر" as a subheading line: no quote (bench/gold/QUOTES.md)
        claims = [c for c in claims if not in_heading(view.text, c.span.start)]
        claims.sort(key=lambda c: c.anchor)
        claims = attach_trailing(view, claims)
        quotes = self._resolve(view, claims)
        # "الخرطوم - (رويترز) - اندلعت …، وفق ما أفاد شهود" and "في غضون ذلك، قصفت …، بحسب الوكالة": the
        # content starts at the verb, past the dateline and the connective
        datelines = dateline_spans(article)
        quotes = [
            dataclasses.replace(q, span=after_connective(view.text, after_dateline(q.span, datelines)))
            for q in quotes
        ]
        with_quotes = dataclasses.replace(article, quotes=tuple(quotes))
        return dataclasses.replace(with_quotes, outlets=cited_outlets(with_quotes))

    # Speakers ---------------------------------------------------------------------------------------
    def _resolve(self, view: View, claims: list[Claim]) -> list[Quote]:
        """Speakers in document order: a verb without a subject takes the previous quote's speaker."""
        out: list[Quote] = []
        last: tuple[str | None, str | None] = (None, None)
        last_outlet: OutletMatch | None = None
        last_sentence = -1
        last_end = -1
        last_via: OutletMatch | None = None
        interviews: dict[int, OutletMatch | None] = {}
        said: dict[int, tuple[str | None, str | None]] = {}  # sentence -> its first quote's speaker
        genders: list[tuple[tuple[str | None, str | None], str]] = []  # (speaker, its verb's gender)
        for claim in claims:
            s_no = view.sent_of[view.token_at(claim.anchor)]
            form = (
                reporting_verb(self.lex, view, claim.verb_tok, masdar=True) if claim.verb_tok >= 0 else None
            )
            # A verbal noun's quote (رد الوزير على مزاعم المعارضة بأن …) is the sentence's side remark: its
            # speaker is no topic a later pro-dropped verb (وأضاف، مضيفا) goes on with, and an outlet the
            # sentence names relayed the main statement, not it.
            masdar = form is not None and form.masdar
            # ... unless the verbal noun opens its sentence after "it came in" (وجاء في تحذير السفارة أن):
            # then it is the sentence's main statement, whose speaker a later pro-dropped verb goes on with.
            topic = not masdar or main_statement(view, claim.verb_tok)
            gender = verb_gender(self.lex, view, claim.verb_tok)  # قالت، مضيفة: feminine; قال: masculine
            if (
                claim.mode == "participle"
                and s_no == last_sentence
                and not while_subject(view, claim.verb_tok)
            ):
                # …، مضيفا أن / موضحة أن after a quote in the same sentence: the same speaker goes on,
                # through the same relay (ونقلت الوكالة عن مصادر قولها إن …، موضحة أن).
                speaker, text, via = (*last, last_via)
            else:
                # the gender of the verb the last speaker was last reported with (None: no speaker yet)
                last_gender = next((g for s, g in reversed(genders) if s == last), None)
                speaker, text, via = self._speaker(
                    view, claim, last, last_outlet, last_sentence, last_end, last_gender
                )
                if speaker is None and text is not None and fold(text) in THE_DOCUMENTS:
                    # وأضاف البيان أن، وقالت الرسالة إن: whoever issued the statement or letter named before
                    nouns = THE_DOCUMENTS[fold(text)]
                    speaker, text = issuer(view, s_no, said, nouns) or (speaker, text)
                if speaker is None and text is not None and fold(text) in THE_REPORT:
                    found = issuer(view, s_no, said, A_REPORT, opening=False)
                    if (
                        found is None
                        and last_via is not None
                        and via is None
                        and relayed_report(view, last, last_via)
                    ):
                        # no report named before: the relay of the last quote's source (quotes_forward)
                        found, via = (last_via.entity, last_via.text), last_via
                    speaker, text = found or (speaker, text)
                if speaker is not None and source_word_entity(view, speaker):
                    # an NER mention of a bare source word (المصادر، ناشطو): an unnamed source, its words
                    speaker, text = None, next(e.name for e in view.entities if e.id == speaker)
                if (
                    speaker is None
                    and text
                    and claim.mode == "subject"
                    and titled_subject(view, claim.verb_tok)
                ):
                    # وأكد متحدث باسم الرئاسة أن … ¶ وقال X في مؤتمر صحفي: the title's holder, named next
                    named = named_next(self.lex, view, claim.verb_tok)
                    speaker, text = (named.id, named.name) if named is not None else (speaker, text)
                carried = (speaker, text) == last and via is None and claim.via is None
                if gender and carried and no_subject(view, claim):
                    # وأضافت "…" after a man's quote: the latest earlier speaker of its gender
                    speaker, text = agreeing(genders, last, gender) or (speaker, text)
            if (speaker or text) and claim.verb != "نقل" and gender:
                genders.append(((speaker, text), gender))  # (not نقلت X عن Y: the outlet's verb, not Y's)
            via = claim.via or via
            if via is None and claim.verb_tok >= 0 and not masdar:
                via = via_near(self.lex, view, claim, last_outlet)
            if via is None and not masdar:
                via = interview_outlet(view, s_no, interviews) or interview_outlet_after(
                    view, s_no, interviews
                )
            if via is not None:
                last_outlet = via
            if topic and not claim.aside:
                last_sentence, last_via = s_no, via
                last_end = view.token_at(claim.span.end - 1) + 1
                if speaker or text:
                    last = (speaker, text)
                    said.setdefault(s_no, last)
            verb = claim.verb
            if verb == "نقل" and claim.verb_tok >= 0:
                between = range(claim.verb_tok + 1, view.token_at(claim.span.start))
                if any(view.tokens[k].folded in RELAYED_SAYING for k in between):
                    verb = "قال"  # نقل X عن Y قوله إن: Y said it, X relayed it
            out.append(
                Quote(
                    kind=claim.kind,
                    span=claim.span,
                    speaker=speaker,
                    speaker_text=text,
                    verb=verb,
                    via=via.entity if via else None,
                    via_text=via.text if via else None,
                    source=SOURCE,
                )
            )
        return out

    def _speaker(
        self,
        view: View,
        claim: Claim,
        last: tuple[str | None, str | None],
        last_outlet: OutletMatch | None,
        last_sentence: int,
        last_end: int,
        last_gender: str | None = None,
    ) -> tuple[str | None, str | None, OutletMatch | None]:
        """(entity id, speaker text, via) for one claim; `last_sentence`: the last quote's sentence,
        `last_end`: the token after the last quote's content."""
        fresh = view.sent_of[view.token_at(claim.anchor)] != last_sentence
        subj = claim.subj
        form = reporting_verb(self.lex, view, claim.verb_tok, masdar=True) if claim.verb_tok >= 0 else None
        masdar = form is not None and form.masdar
        if masdar:
            # مزاعم بريطانيا بأنه، دعوات ناشطين إلى: the genitive after the verbal noun is the speaker, not
            # a subject before it; without one (وجه دعوة إلى "…") the clause's subject speaks, as for a verb.
            subj = subject(view, claim.verb_tok, last_outlet)
            masdar = subj.kind not in ("none", "nonsource")
        owner = statement_owner(view, claim.verb_tok) if claim.mode == "subject" and not masdar else None
        if owner is not None:  # تعليق لسالم دعاها فيه: the verb's subject is the statement's owner
            return owner.id, owner.name, own_outlet(view, owner, claim)
        if claim.mode in ("subject", "participle") and claim.verb_tok >= 0 and not masdar:
            noun = described_noun(view, claim.verb_tok) if claim.mode == "subject" else None
            if noun is not None:  # يافطات تطالب المجلس بـ: the placards, not the council
                return None, noun, None
            opener = asyndetic_subject(view, claim.verb_tok) if claim.mode == "subject" and fresh else None
            if opener is not None and subject(view, claim.verb_tok, last_outlet).kind == "none":
                # …، أطلقت البلدية حملة، قالت إنها …: a verb after a comma with no و and no subject goes on
                # with the clause before it, whose object ends at the comma (session 27)
                return opener.id, opener.name, own_outlet(view, opener, claim)
            before = preverbal(view, claim.verb_tok, last_outlet) if claim.mode == "subject" else None
            # وكان الرئيس الأميركي وصف الاجتماع بأنه: a title before the verb is its subject too (the
            # anaphor path below names it), not the object after the verb.
            keep = before is not None and before.kind in ("entity", "outlet", "unnamed", "anaphor")
            limit = (
                view.token_at(claim.span.start)
                if claim.span.start > view.tokens[claim.verb_tok].start
                else None
            )
            subj = (
                before
                if keep and before is not None
                else reporting_report(view, claim.verb_tok, subject(view, claim.verb_tok, last_outlet, limit))
            )
            calls = form is not None and form.verb.polarity == "demand" and subj.kind != "none"
            if subj is not before and (calls or subj.kind == "none") and coordinated(view, claim.verb_tok):
                # أعرب X عن قلقه، ودعا الطرفين إلى …: a verb joined by و after a comma goes on with its
                # sentence's subject (or the quote's before it there), and a noun after a verb of calling
                # (دعا، طالب، حث، ناشد) is whom it calls on, not the speaker.
                entity = (
                    sentence_subject(view, claim.verb_tok) or contrast_subject(view, claim.verb_tok)
                    if fresh
                    else None
                )
                if entity is not None:
                    return entity.id, entity.name, own_outlet(view, entity, claim)
                titled = opening_title(view, claim.verb_tok, last, text=True) if fresh else None
                if isinstance(titled, str):
                    # من جانبه، رحب رئيس الوزراء العراقي بالاتفاق، وقال: the sentence's titled subject that no
                    # one holds yet speaks, unnamed, not the last speaker (the lead's request c2, session 13)
                    return None, titled, None
                # وأدانت بعثة X الهجوم، ودعت إلى after a man's quote: the mission, not the last speaker (a
                # verb of the last speaker's gender goes on with them: named before, as the gold has it)
                gender = verb_gender(self.lex, view, claim.verb_tok)
                other = not (last[0] or last[1]) or (gender is not None and gender != last_gender)
                opened = opening_clause_subject(view, claim.verb_tok, gender) if fresh and other else None
                if opened is not None:
                    return (*opened, None)
                if calls and not fresh:
                    return (*last, None)
            if (
                claim.verb in _TELL
                and subj is not before
                and subj.kind == "outlet"
                and subj.outlet is not None
            ):
                # وأخبر وكالة رويترز أن: the outlet after "told" is whom it was told, the via; the teller is
                # the verb's dropped subject (session 9).
                claim.via, subj = subj.outlet, Subject("none", subj.end)
            if claim.verb == "نقل":
                k = claim.verb_tok + 1
                if k < view.n and view.tokens[k].folded in FROM_HIM:
                    # "…"، نقلت عنه وكالة رويترز: relayed from the speaker before, through the outlet after
                    return (*last, match_outlet(view, k + 1, last_outlet))
                return relayed_source(view, subj, last, last_outlet)
            if claim.mode == "subject" and subj.kind == "none":
                # وانتقد الوزير ما وصفه بـ"…": the opening verb's subject describes (session 28, D4)
                subj = described_subject(view, claim.verb_tok, last_outlet) or subj
            if claim.mode == "participle" or subj.kind == "none":
                clause = circumstantial_owner(view, claim.verb_tok) if claim.mode != "participle" else None
                if clause is not None:
                    return (*clause, None)  # وخرج المزارعون … وهم يرددون "…": the farmers
                kana = kana_subject(view, claim.verb_tok) if claim.mode == "participle" else None
                if kana is not None:  # وكان الوزير الكندي قد ألغى …، متهما: the minister, not a name after
                    return kana_speaker(view, kana, claim, last)
                if claim.mode == "participle" and view.tokens[claim.verb_tok].folded.endswith("ين"):
                    # تظاهر مئات العمال أمام مبنى الوزارة، مطالبين: a plural participle's owner is the opening
                    # verb's plural subject, unnamed, not a body or place named in the clause
                    end = claim.verb_tok
                    group = opening_clause_subject(view, claim.verb_tok, None, agree=False, end=end)
                    if group is not None and group[0] is None:
                        return (*group, None)
                relation = relation_group(view, claim.verb_tok) if claim.mode != "participle" else None
                if relation is not None:  # وانتقد معارضو X اللقاء، إذ يعتبرون أن: the opponents, not X
                    return None, relation, None
                entity = (
                    (while_subject(view, claim.verb_tok) or opening_subject(self.lex, view, claim.verb_tok))
                    or clause_subject(view, claim.verb_tok)
                    if claim.mode == "participle"
                    # …من ممارسات الحوثيين، وأضاف: a name before the comma of a verb joined by و is the
                    # clause's object, not the verb's subject (quotes_prodrop.object_before; session 23)
                    else (None if object_before(view, claim.verb_tok) else before_verb(view, claim.verb_tok))
                    or relative_antecedent(view, claim.verb_tok)
                )
                if entity is None and claim.mode == "participle" and placed_only(view, claim.verb_tok):
                    # no subject named before it in its sentence (a place in a prepositional phrase is none):
                    # the unnamed subject of the verb opening it (وتظاهر عامل أمام المقر، مطالبا: the worker)
                    opened = opening_clause_subject(view, claim.verb_tok, None, agree=False)
                    if opened is not None:
                        return (*opened, None)
                if entity is None and claim.mode != "participle" and not (last[0] or last[1]):
                    entity = sentence_person(view, claim.verb_tok)
                if entity is None and claim.mode != "participle" and not fresh and last_end >= 0:
                    entity = clause_after_quote(view, claim.verb_tok, last_end)
                if entity is None and claim.mode != "participle" and fresh:
                    outlet = opening_verb_outlet(view, claim.verb_tok, last_outlet)
                    if outlet is not None:  # ونشرت وسائل إعلام محلية صورا …، قالت إنه
                        return outlet.entity, outlet.text, outlet
                    entity = (
                        sentence_subject(view, claim.verb_tok)
                        or spoke_between(view, claim.verb_tok, last_sentence, last_end)
                        or titled_person(view, claim.verb_tok, last)
                    )
                if entity is not None:
                    return entity.id, entity.name, own_outlet(view, entity, claim)
                return (*last, None)
        if subj is not None and subj.kind == "anaphor" and subj.text and claim.verb_tok >= 0:
            entity = title_referent(view, subj.text, claim.verb_tok, *last)
            if (
                entity is not None
                and entity.id == last[0]
                and foreign_title(view, subj.text, entity, claim.verb_tok)
            ):
                # بدوره، قال الوزير الأمريكي after وزير الخارجية القطري X: not the speaker before, whom the
                # article titled with another nationality only; a holder of the title's nationality, else
                # the title's words
                entity = title_referent(view, subj.text, claim.verb_tok, None, None, native=True)
                return (entity.id, entity.name, None) if entity is not None else (None, subj.text, None)
            if entity is None:
                entity = tied_person(view, subj.text, claim.verb_tok)
            if entity is not None:
                return entity.id, entity.name, None
            if any(
                e.id == last[0] and foreign_title(view, subj.text, e, claim.verb_tok) for e in view.entities
            ):
                # a bare title of one nation's leader that no one holds, after a speaker titled with another
                # nationality only: the title's words, not that speaker (P4 in QUOTES_SESSION31B.md)
                return None, subj.text, None
            if not (last[0] or last[1]):
                return None, subj.text, None  # a title no one in the article holds yet: its words
            if last[0] is not None and any(e.id == last[0] and e.label != "PER" for e in view.entities):
                # وقال المتحدث after a quote of the government: a person's title is not the body
                return None, subj.text, None
        if subj is None or subj.kind in ("none", "anaphor"):
            return (*last, None)
        if subj.kind == "unnamed" and subj.text and same_source(subj.text) and (last[0] or last[1]):
            return (*last, None)  # وأوضح المصدر ذاته أن: the source of the quote before (session 28c, S2)
        if subj.kind == "outlet" and subj.outlet is not None:
            relayed = quoting_source(view, subj.outlet.hi)
            if relayed is not None:  # وذكرت وكالة X نقلا عن مصادر أمنية أن: the sources speak, X relays
                return relayed.entity.id if relayed.entity else None, relayed.text, subj.outlet
            return subj.outlet.entity, subj.outlet.text, subj.outlet
        if subj.kind == "entity" and subj.entity is not None:
            # An outlet named as the speaker (وقالت صحيفة "لوموند" إن) reports on its own account: also
            # the relay. A speaker carried over from an earlier quote is not (وأضافت: the outlet's source).
            # وتابع المكتب: the body named before by that head (مكتب الرئاسة), when the NER split it off.
            at = claim.verb_tok if claim.verb_tok >= 0 else view.token_at(claim.anchor)
            entity = head_referent(view, subj.entity, at)
            return entity.id, entity.name, own_outlet(view, entity, claim)
        # وقال الشاب البالغ من العمر 34 عاما: the one person the sentence before named
        person = (
            described_person(view, subj.text, claim.verb_tok)
            or latter_person(view, subj.text, claim.verb_tok)
            or our_reporter(view, subj.text, claim.verb_tok)
            if subj.text and subj.outlet is None
            else None
        )
        if person is not None:
            return person.id, person.name, None
        if subj.kind == "unnamed" and subj.outlet is None and claim.verb_tok >= 0:
            # قال مساعد الوزير لشؤون … رئيس اللجنة الفريق X: "…" (or X أن …): the name ends the long title
            named = name_at_colon(view, subj.end, view.token_at(claim.span.start))
            if named is not None:
                return named.id, named.name, None
        # مصادر "سكاي نيوز عربية"، مراسل وكالة X: an unnamed source of an outlet, relayed by it.
        return None, subj.text, subj.outlet
