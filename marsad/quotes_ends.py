"""Where an indirect quote's content ends: the sentence end, or where another quote, an attribution or
a clause on the speaker starts (`ContentEnds.content_end`, read by marsad.quotes_indirect.IndirectFinder,
which holds the article's View and the lexicon)."""

from __future__ import annotations

from marsad.arabic import fold, folded_words
from marsad.attribution import match_cue, match_outlet
from marsad.quotes_came_in import came_in_at
from marsad.quotes_lexicon import QuoteLexicon, VerbForm
from marsad.quotes_sources import cue_source
from marsad.quotes_speakers import STOPS, is_complementizer
from marsad.quotes_tails import (
    declined_comment,
    heavy_but,
    stance_participle,
    that_after,
    which_led,
    writers_gloss,
)
from marsad.quotes_view import QUOTE_CHARS, View

# Words that open a new clause after a comma (أكد على دعم بلاده …، بينما هاجم …): a noun-phrase content
# ends before them. After أن/إن the clause they open is still the speaker's (أوضح أن النظام اعترض ست
# قذائف، بينما بلغ عدد القذائف 31): a new report verb after them ends it instead (_CONTRASTS).
_CLAUSE_OPENERS = frozenset(fold(w) for w in ("بينما", "وبينما", "فيما", "حين"))
# A connector before a new reporting verb inside a sentence (… لذلك يرى أن …) ends the content before it:
# the new verb starts its own quote (bench/gold/QUOTES.md).
# حيث "as, where" likewise (…، حيث قال من قبل إنه "…"); not إذ "since", which
# more often explains the act of a third person inside the content (… اعترف بذلك في تسريبات، إذ قال إن "…":
# a quote nested in the speaker's, not a new one of his; the 150-article sample, session 14).
_CONNECTORS = frozenset(fold(w) for w in ("لذلك", "ولذلك", "لهذا", "ولهذا", "كما", "ثم", "حيث"))
# وقد before a past reporting verb after a comma (…، وقد كشف عن …): a new clause and quote (session 21,
# dev5); a bare قد there is the content's own predicate (إن X، قد كشف …: the name's apposition closed).
_ALREADY = folded_words("وقد")
# وذلك "and that" before a trailing attribution (…، وذلك وفقا لـ"رويترز").
_THAT = folded_words("وذلك")
# The writer's tail after a comma (bench/gold/QUOTES.md: writers' tails end an indirect span): وذلك في + the
# occasion the words were said on (…، وذلك في تصريحات للصحفيين، وذلك في أعقاب الحادث) and the writer's gloss
# في إشارة إلى (…، في إشارة إلى الحكومة). A purpose or cause after وذلك (، وذلك لضمان …، وذلك بسبب …) stays
# the speaker's; so does وذلك + a word of time (، وذلك بعد …، وذلك خلال …): ending the content there lowered
# the gold's check half (session 22, QUOTES_SESSION22.md).
_OCCASIONS = folded_words(
    "بيان تصريح تصريحات حديث مقابلة مؤتمر كلمة رسالة تغريدة تغريدات لقاء اجتماع أعقاب ختام مستهل",
    article=True,
)
_HINT = folded_words("إشارة تلميح")
_SOURCED = folded_words("وفق وفقا حسب بحسب")  # وذلك وفق خطابه: the writer's attribution
_COMMENTING = folded_words("تعليقا")  # وذلك تعليقا على: what the words comment on
_DURING = folded_words("خلال أثناء")
_THEREBY = fold("بذلك")  # لترتفع بذلك "thereby raising"
_WHILE = folded_words("بينما وبينما")
_THEN_THAT = folded_words("فإن")
_IN_REPLY = folded_words("ردا وردا")
_WITHOUT = folded_words("دون")
_MORE = folded_words("مزيد")
_FOR_THE_TIME = folded_words("للمرة")  # وذلك للمرة الأولى (QUOTES.md's example of a writer's tail)
_TO_IT = folded_words("إلى منه منها")
# "but" and "while" do so only before a past verb outside quotation marks (…، لكنه قال إن …، بينما قالت
# إسبانيا إن): in the speaker's words or before a future (لكنها ستشدد على) the verb is reported content.
_BUT = folded_words("لكن ولكن")
_AND_WHAT = folded_words("وما")  # وما وصفته بأنه: "and what it described as" (session 28, D2)
_CONTRASTS = folded_words("لكن ولكن لكنه ولكنه لكنها ولكنها لكنهم ولكنهم بينما وبينما فيما")
# في حين "whereas" as one contrast word (كشف عن …، في حين أكد أن: the new verb starts its own quote).
_IN = folded_words("في وفي")
_TO_ON = folded_words("إلى على")  # مشيرا إلى أن، مؤكدا على أن
_WHEN = folded_words("حين")
# وهو/وهي + a definite noun + الذي/التي after a comma: the writer's comment (، وهو القرار الذي …).
_IT_IS = folded_words("وهو وهي")
_WHICH = folded_words("الذي التي")
# A trailing attribution with no source of its own still ends the content (bench/gold/QUOTES.md: the span
# stops before ، بحسب ما نقلته …): "what he said" (…، وفقا لما ذكرته أمام النواب) is the speaker's own words
# again, and a statement (…، بحسب تصريح أصدرته قيادة الشرطة) is where they were published (session 21, dev5).
_WHAT_HE_SAID = folded_words("قاله قالته ذكره ذكرته أعلنه أعلنته أكده أكدته أوضحه أوضحته")
_STATEMENTS = folded_words("بيان بلاغ تصريح تصريحات تغريدة", article=True)
_HIS_SAYING = folded_words("قوله قولها قولهم")
# إلا أن(ه) before a new report (S4); رغم / بالرغم من / على الرغم من before a reporting verbal noun (S5).
_EXCEPT = folded_words("إلا")
_DESPITE = folded_words("رغم ورغم بالرغم وبالرغم")
# Verbal nouns of reporting verbs with a pronoun after a concession (إشارته، تأكيدها); ة before the pronoun is
# written ت (إشارته: key اشارت).
_REPORT_NOUNS = folded_words("إشارة تأكيد قول إعلان اعتراف إقرار تحذير توضيح تشديد")
_REPORT_NOUNS |= frozenset(w[:-1] + "ت" for w in _REPORT_NOUNS if w.endswith("ه"))
# How far after a verb such as توصل its إلى أن may come (a subject, a date, an aside: توصلت منظمة حظر
# X الأربعاء إلى أن) for a comma before it to end the content before (session 28b).
CHAIN_REACH = 15
# How far past its sentence's end a quotation mark opened in the content may close (tokens).
MARK_REACH = 80


# Conjunctions of purpose after which quoted words finish the clause (…، "كي يعود"); حتى only before an
# imperfect verb (…، "حتى يسرق ماله"), not "until, even" (…، "حتى الآن لم …": a new quote).
_PURPOSE = folded_words("كي لكي كيلا لكيلا لئلا")
_UNTIL = folded_words("حتى")


def _prepositional(view: View, k: int) -> bool:
    """Token k (right after an opening mark) opens a phrase with the proclitic ل or ب (…، "للتباحث حول
    سبل تعزيز العلاقات") or a conjunction of purpose (…، "حتى ينفذ خطته"): the quoted words go on the
    clause, they start no new quote of the speaker's."""
    if k >= view.n:
        return False
    word = view.tokens[k].folded
    after = view.tokens[k + 1].folded if k + 1 < view.n else ""
    verb = after[:1] in ("ي", "ت") and len(after) >= 4 and not after.startswith("ال")
    return bool(set(view.tokens[k].prefixes) & set("لب")) or word in _PURPOSE or (word in _UNTIL and verb)


class ContentEnds:
    """The content-end rules of an indirect-quote finder: `view`, `lex`, `verb_keys` and `_verb` come from
    the finder (marsad.quotes_indirect.IndirectFinder)."""

    view: View
    lex: QuoteLexicon
    verb_keys: list[str | None]

    def _verb(self, i: int) -> VerbForm | None:
        raise NotImplementedError  # the finder's reporting-verb lookup

    def content_end(
        self, start: int, hi: int, feminine: bool = False, embedded: bool = False, clause: bool = False
    ) -> int:
        """Token index ending the content: the sentence end, or where another quote or an attribution starts.

        Stops: a comma before a reporting verb (not a bare imperfect, which describes: رسائل …، تفيد بـ),
        before a cue with a real source (، بحسب الوزارة; not ، وفقا للتقويم) or, unless the content is a
        `clause` after أن/إن, a clause opener (، بينما);
        a wording cue anywhere (حسب تعبيره); a connector before a reporting verb (… لذلك يرى أن …); a
        participle of saying that opens the next quote (… قائلا إن، … مضيفا: "…"). `embedded`: the verb's
        clause sits inside a noun phrase (see `_embedded`), so the first comma ends it; `feminine`: the
        verb agrees with a feminine subject, so a ة-participle with its object after a comma (، ممهلة
        روسيا) opens a circumstantial clause as an alif one does.
        """
        view = self.view
        end = hi
        for k in range(start + 1, hi - 1):
            if embedded and view.word(k) in ("،", ","):
                end = k  # the noun phrase's clause ends at its comma
                break
            if view.word(k) == "." and view.text[view.tokens[k].end : view.tokens[k].end + 1].isspace():
                end = k  # a full stop the segmenter kept inside the sentence (after a stray quote mark)
                break
            if view.word(k) in ("،", ",", "؛", ";"):  # a semicolon too: …؛ وقال X إن
                nxt = k + 1
                if nxt < view.n and view.tokens[nxt].folded in _THAT and match_cue(view, nxt + 1) is not None:
                    nxt += 1  # …، وذلك وفقا لـ"رويترز"، وذلك نقلا عن …: a trailing attribution all the same
                if nxt + 1 < view.n and view.has(nxt, _ALREADY) and self._new_report(start, nxt + 1):
                    end = k  # …، وقد كشف عن …: a past reporting verb after وقد starts the next quote
                    break
                if (
                    self._starts_quote(nxt)
                    or self._result_tail(nxt)
                    or (view.tokens[nxt].folded in _THEN_THAT and self._whereas_led(start))
                    or (not clause and view.has(nxt, _CLAUSE_OPENERS))
                    or self._circumstantial(nxt, feminine)
                    or self._writers_comment(start, nxt)
                    or self._writers_tail(k + 1)
                    or writers_gloss(view, nxt)  # S1-S6: marsad.quotes_tails (QUOTES_SESSION31B.md)
                    or declined_comment(view, nxt)
                    or stance_participle(view, nxt)
                    or which_led(view, nxt)
                    or self._but_that(start, nxt)
                    or self._conceded_report(nxt)
                    or (
                        self._opening_mark(nxt)
                        and not _prepositional(view, nxt + 1)
                        and not apposed_subject(view, k, view.sentence(k)[0])  # إن X، Y، "…"
                    )  # …، "لكنني …"
                ):
                    end = k
                    break
            elif k > start + 1 and not view.punct(k - 1) and that_after(view, k):
                end = k  # … خفضت صادراتها وذلك بعد اتفاق …: the writer's time tail, no comma (S7)
                break
            elif (
                not clause
                and k > start + 1
                and "و" in view.tokens[k].prefixes
                and self._finite(k)
                and (k + 1 in view.mention_at or is_complementizer(view, k + 1))
            ):
                # دعا إلى إعادة فتح المعبر وأقر مجلس الشيوخ …: a noun phrase takes no finite verb with a
                # subject of its own after و; the writer's next sentence
                end = k
                break
            elif k > start + 1 and self._report_after_marks(start, k):
                # وصفت X الواقعة بأنها "…" وقالت إنها …، قالت إنها "…" وما وصفته بأنه "…": the marks close
                # the clause, and a reporting verb joined by و right after them starts the next quote
                end = k
                break
            elif (
                self._opens_participle(k, start)
                or (view.has(k, _CONNECTORS) and self._verb(k + 1) is not None and k > start + 1)
                or (
                    view.tokens[k].folded in _CONTRASTS
                    and k > start + 1
                    and not heavy_but(view, k)
                    and self._new_report(start, k + 1)
                )
                or (
                    view.tokens[k].folded in _BUT
                    and k > start + 1
                    and not heavy_but(view, k)
                    and self._named_report(start, k + 1)
                )
                or (k > start + 1 and self._whereas(k) and self._new_report(start, k + 2))
                or (k > start + 1 and self.verb_keys[k] is not None and self._outlet_report(start, k))
            ):
                end = k
                break
            else:
                cue = match_cue(view, k)
                if cue is not None and cue[0].kind == "manner":
                    end = k
                    break
        if end >= hi or view.word(end) == ".":
            end = self._closing_mark(start, end)
        while end > start and not any(ch.isalnum() for ch in view.word(end - 1)):
            if view.word(end - 1) in QUOTE_CHARS | {"?", "؟", ")"}:
                break
            end -= 1
        return end

    def _whereas(self, k: int) -> bool:
        """Tokens k and k+1 are في حين "whereas", one contrast opener."""
        return self.view.tokens[k].folded in _IN and self.view.has(k + 1, _WHEN) is not None

    def _closing_mark(self, start: int, end: int) -> int:
        """The content ran to its sentence's end with a quotation mark of it still open (أضاف أن "الاجتماع
        نجح … أظن أن الجميع راض. قد يكون هذا أفضل ما حدث …"): the speaker's words go on to
        the closing mark, in the same paragraph and within MARK_REACH tokens, which then ends the content
        (bench/gold/QUOTES.md: a quotation mark belonging to the clause stays in)."""
        view = self.view
        marks = [j for j in range(start, end) if view.word(j) in QUOTE_CHARS]
        if len(marks) % 2 == 0 or not self._opening_mark(marks[-1]):
            return end
        for k in range(end, min(view.n, end + MARK_REACH)):
            if "\n" in view.text[view.tokens[k - 1].end : view.tokens[k].start]:
                break
            if view.word(k) in QUOTE_CHARS:
                return k + 1 if not self._opening_mark(k) else end
        return end

    def _new_report(self, start: int, k: int) -> bool:
        """Token k is a finite past reporting verb outside the quotation marks opened since `start`."""
        form = self._verb(k)
        if form is None or form.imperfect or form.participle or form.masdar:
            return False
        marks = sum(1 for j in range(start, k) if self.view.word(j) in QUOTE_CHARS)
        return marks % 2 == 0

    def _report_after_marks(self, start: int, k: int) -> bool:
        """Token k follows a closing quotation mark (the marks since `start` balanced) and is و + a finite
        past reporting verb (وقالت) or وما + a reporting verb (وما وصفته) (session 28, D2)."""
        view = self.view
        if (
            view.word(k - 1) not in QUOTE_CHARS
            or sum(view.word(j) in QUOTE_CHARS for j in range(start, k)) % 2
        ):
            return False
        if view.tokens[k].folded in _AND_WHAT:
            return self._verb(k + 1) is not None
        # not كتب: وكتبت عليها "…" writes on a banner or a wall, it reports no speech of the clause's speaker
        form = self._verb(k)
        joined = "و" in view.tokens[k].prefixes and form is not None and form.verb.lemma != "كتب"
        return joined and self._new_report(start, k)

    def _finite(self, k: int) -> bool:
        """Token k is a finite reporting verb: no participle, no verbal noun (وإعلان المنامة is a noun)."""
        form = self._verb(k)
        return form is not None and not form.participle and not form.masdar

    def _named_report(self, start: int, k: int) -> bool:
        """A name at token k, then a finite past reporting verb (…، لكن موسكو نفت ضلوعها): a new speaker's
        report after a contrast, not the speaker's words."""
        view = self.view
        if k not in view.mention_at:
            return False
        after = view.mention_at[k][1] + 1
        return after < view.n and self._new_report(start, after)

    def _outlet_report(self, start: int, k: int) -> bool:
        """Token k is و + a finite reporting verb with an outlet as its subject (… إن السائقة لم تكن مسرعة
        ونقلت وكالة إنترفاكس عن مسؤول قوله): the writer's next attribution, not the speaker's words."""
        view = self.view
        if "و" not in view.tokens[k].prefixes or not self._new_report(start, k):
            return False
        hit = match_outlet(view, k + 1)
        return hit is not None and hit.lo <= k + 2

    def _opening_mark(self, k: int) -> bool:
        """Token k is a quotation mark opening a quote (glued to the word after it, not the one before)."""
        view = self.view
        if k >= view.n or view.word(k) not in QUOTE_CHARS:
            return False
        start, end = view.tokens[k].start, view.tokens[k].end
        return view.text[start - 1 : start].isspace() and not view.text[end : end + 1].isspace()

    def _writers_comment(self, start: int, k: int) -> bool:
        """Token k (after a comma) opens the writer's comment on a noun of the content [start, k), "and it
        is the … which" with that noun again (سيطعن على قرار إحالته، وهو القرار الذي كانت "لوموند" أول من
        نشره): the reported content ended. Another noun is the content's (، وهي الثانية التي)."""
        view = self.view
        if k + 1 < view.n and view.tokens[k].folded in _IT_IS and view.tokens[k + 1].folded == "ما":
            return True  # ، وهو ما يعكس تحولا في رأيه "which is what …": the writer's comment
        if k + 2 >= view.n or view.tokens[k].folded not in _IT_IS or view.tokens[k + 2].folded not in _WHICH:
            return False
        noun = view.tokens[k + 1].folded
        if not noun.startswith("ال") or len(noun) < 5:
            return False
        return any(noun[2:] in view.keys(j) for j in range(start, k))

    def _writers_tail(self, k: int) -> bool:
        """Token k (after a comma) opens the writer's note on the occasion the words were said on (، وذلك في
        تصريحات للصحفيين) or the writer's gloss (، في إشارة إلى …): the content ended."""
        view = self.view
        if k + 2 >= view.n:
            return False
        if view.has(k, _IN_REPLY) and view.tokens[k + 1].folded == "علي":
            return True  # …، وردا على ذلك: the writer's link to the next statement
        if view.has(k, _WITHOUT) and view.has(k + 1, _MORE):
            return True  # …، من دون مزيد من الشرح: the writer's note
        if view.tokens[k].folded == "من" and view.has(k + 1, _WITHOUT) and view.has(k + 2, _MORE):
            return True
        if view.tokens[k].folded == "في" and view.has(k + 1, _HINT) and view.tokens[k + 2].folded in _TO_IT:
            return True
        if view.tokens[k].folded not in _THAT:
            return False
        if view.has(k + 1, _FOR_THE_TIME):
            return True  # …، وذلك للمرة الأولى منذ …: the writer's count
        if view.has(k + 1, _SOURCED) or view.has(k + 1, _IN_REPLY) or view.has(k + 1, _COMMENTING):
            # …، وذلك وفق خطابه المنشور، وذلك تعليقا على …، وذلك ردا على …: where the words come from or
            # what they answer, the writer's (session 30, dev8; QUOTES.md's dev7 call on وذلك ردا على)
            return True
        if view.tokens[k + 1].folded in _DURING and view.has(k + 2, _OCCASIONS) is not None:
            return True  # …، وذلك خلال كلمة ألقاها: the occasion, as وذلك في كلمة (not خلال + a time)
        return view.tokens[k + 1].folded == "في" and view.has(k + 2, _OCCASIONS) is not None

    def _but_that(self, start: int, k: int) -> bool:
        """Token k (after a comma) opens إلا أن/أنه and a finite past reporting verb follows (…، إلا أنه قال
        إنه …): the next quote starts, as after لكنه (S4)."""
        view = self.view
        if k + 2 >= view.n or view.tokens[k].folded not in _EXCEPT:
            return False
        return view.tokens[k + 1].folded[:2] == "ان" and self._new_report(start, k + 2)

    def _conceded_report(self, k: int) -> bool:
        """Token k (after a comma) opens a concession over a reporting verb's noun with its pronoun and its
        complement (…، رغم تأكيده أن …): the speaker's next statement, not this content (S5)."""
        view = self.view
        if (
            k + 2 < view.n
            and view.tokens[k].folded in ("علي", "وعلي")
            and view.tokens[k + 1].folded == "الرغم"
        ):
            k += 1
        elif not view.has(k, _DESPITE):
            return False
        j = k + 1
        if j < view.n and view.tokens[j].folded == "من":
            j += 1
        if j + 1 >= view.n or not view.has(j, _REPORT_NOUNS) or not view.tokens[j].suffix:
            return False
        if is_complementizer(view, j + 1):
            return True
        return j + 2 < view.n and view.tokens[j + 1].folded in _TO_ON and is_complementizer(view, j + 2)

    def _result_tail(self, k: int) -> bool:
        """Token k (after a comma) is ل + a verb right before بذلك (…، لترتفع بذلك حصيلة القتلى إلى …): the
        writer's sum of what was reported, not the speaker's words (session 30, dev8)."""
        view = self.view
        return k + 1 < view.n and "ل" in view.tokens[k].prefixes and view.tokens[k + 1].folded == _THEREBY

    def _whereas_led(self, start: int) -> bool:
        """The content's sentence opens with في حين or بينما ("whereas"): a comma and فإن in the content open
        the other half of the contrast (وفي حين أشار X إلى أن …، فإن Y قال; session 30, dev8)."""
        view = self.view
        lo = view.sentence(start)[0]
        return (lo + 1 < view.n and self._whereas(lo)) or view.tokens[lo].folded in _WHILE

    def _circumstantial(self, k: int, feminine: bool = False) -> bool:
        """Token k (after a comma) looks like an accusative active participle opening a circumstantial
        clause on the speaker (، محملا الحوثيين المسؤولية): the reported content ended. With a feminine
        speaker the participle ends in ة (وأشارت ماي إلى …، ممهلة روسيا), followed by its object."""
        view = self.view
        if k >= view.n or k in view.mention_at:
            return False
        word = view.tokens[k].folded
        if len(word) < 5 or word[0] != "م" or word.startswith("مما"):
            return False
        # The accusative alif marks the participle; a feminine ة alone is as often a predicate (، ملزمة
        # قانونا), so it counts only in agreement with a feminine verb and before a word, not punctuation.
        if word[-1] == "ا":
            return True
        # Not a verbal noun مفاعلة (، محاولة لتحويل), nor an adjective before its preposition (، مستعدة
        # لمناقشة): the participle takes an object (، ممهلة روسيا، منتقدة مغادرة الرئيس).
        nxt = k + 1
        if not feminine or word[-1] != "ه" or word[2] == "ا" or nxt >= view.n or view.punct(nxt):
            return False
        return not (
            view.tokens[nxt].prefixes and set(view.tokens[nxt].prefixes) & set("بل")
        ) and not view.has(nxt, STOPS)

    def _opens_participle(self, k: int, start: int) -> bool:
        """Token k is a participle of saying opening the next quote without a comma (… المتحدة قائلا إن; …
        حساسة مشيرا إلى أن: with إلى or على before أن outside quotation marks opened after `start`, session
        27; inside them, the speaker's own words go on)."""
        view = self.view
        form = self._verb(k)
        if form is None or not form.participle or k + 1 >= view.n:
            return False
        nxt = view.word(k + 1)
        if view.tokens[k + 1].folded in _TO_ON and is_complementizer(view, k + 2):
            return sum(view.word(m) in QUOTE_CHARS for m in range(start, k)) % 2 == 0
        return nxt == ":" or nxt in QUOTE_CHARS or is_complementizer(view, k + 1)

    def _starts_quote(self, k: int) -> bool:
        """Token k (after a comma) starts another quote or an attribution of the content before it."""
        view = self.view
        if came_in_at(view, k):
            return True  # …، وجاء فيها "…": the statement's own words follow (marsad.quotes_came_in)
        form = self._verb(k)
        if form is not None and predicate_of_content(view, k, form):
            return False
        if form is not None:
            return not form.imperfect or bool(set(view.tokens[k].prefixes) & set("وف"))
        cue = match_cue(view, k)
        if cue is None:
            return False
        if cue[0].kind != "according" or cue_source(view, cue[1]).kind not in ("none", "nonsource"):
            return True
        src = cue[1]
        return (
            view.has(src - 1, _WHAT_HE_SAID) is not None
            or view.has(src, _STATEMENTS) is not None
            or view.has(src, _HIS_SAYING) is not None  # …، بحسب قوله (S10)
        )


def _chain_at(view: View, j: int, form: VerbForm) -> bool:
    """Token j heads one of the verb's preposition+أن chains (إلى أن)."""
    head = view.tokens[j].folded.lstrip("وف") if j < view.n else ""
    return any(head == chain[0] and is_complementizer(view, j + 1) for chain in form.verb.complements)


def predicate_of_content(view: View, k: int, form: VerbForm) -> bool:
    """The finite verb at k, after a comma and without و/ف, is a verb such as توصل (`Verb.chained`) that
    goes on the content before the comma, no new report: without its إلى أن in CHAIN_REACH tokens (…،
    توصلوا لاتفاق) or with it right after the verb, its subject being the content's noun phrase before the
    comma (أعلن أن التحقيقات …، توصلت إلى أن: a report nested in the speaker's; session 28b). With و a new
    clause starts all the same (…، وألمح X إلى خط أنابيب)."""
    if not form.verb.chained or form.participle or set(view.tokens[k].prefixes) & set("وف"):
        return False
    if k < 1 or view.word(k - 1) not in ("،", ","):
        return False
    if _chain_at(view, k + 1, form):
        return True
    hi = min(view.sentence(k)[1], k + 1 + CHAIN_REACH)
    for j in range(k + 1, hi):
        if view.punct(j) and view.word(j) not in ("،", ","):
            return True
        if _chain_at(view, j, form):
            return False
    return True


def apposed_subject(view: View, comma: int, lo: int) -> bool:
    """The comma at token `comma` closes a name set off by commas right after a complementizer's noun phrase
    (إن وزير خارجية البلاد، خالد عمر،): what follows is that subject's predicate, not new speech."""
    k = comma - 1
    if k < lo or k not in view.covered:
        return False
    first = k
    while first - 1 >= lo and view.covered.get(first - 1) is view.covered[k]:
        first -= 1
    if first - 1 < lo or view.word(first - 1) not in ("،", ","):
        return False
    for j in range(first - 2, max(lo, first - 8) - 1, -1):
        if view.punct(j) or view.word(j) in QUOTE_CHARS:
            return False
        if is_complementizer(view, j):
            return True
    return False
