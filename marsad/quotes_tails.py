"""More of the writer's tails that end an indirect quote's content (bench/gold/QUOTES.md: writers' tails end
an indirect span), read by marsad.quotes_ends.ContentEnds.content_end and marsad.quotes_nominal. Each was seen
in dev9's span errors and checked against the readable gold (QUOTES_SESSION31B.md).
"""

from __future__ import annotations

from marsad.arabic import folded_words
from marsad.quotes_view import View

# في تكرار ل… "repeating …": the writer's gloss on the words, as في إشارة إلى (S1).
_REPEATING = folded_words("تكرار")
# "declined to comment" (S2): the writer's sentence on another party, never the speaker's words.
_WHILE = folded_words("فيما بينما وفيما وبينما")
_DECLINED = folded_words("رفض رفضت رفضوا رفضا رفضتا امتنع امتنعت امتنعوا امتنعا")
_COMMENT = folded_words("التعليق")
COMMENT_REACH = 4  # words from the verb to التعليق (رفضت الحكومة البريطانية التعليق)
# Adverbs and ordinals of the participle's shape فاعلا (S3): they go on the speaker's clause (، غالبا ما …،
# ثانيا …), they open no circumstantial clause on the speaker.
_ADVERBS = folded_words(
    "غالبا دائما حاليا سابقا لاحقا عاجلا كاملا نادرا سالفا باكرا ثانيا ثالثا رابعا خامسا سادسا سابعا "
    "ثامنا تاسعا عاشرا"
)
# مما دفع / مما حدا ب "which led (X) to": the writer's result of the words (S6).
_WHICH_LED = folded_words("دفع دفعت حدا")
# وذلك + a time word with no comma before it (S7), and ، وذلك + one before a trailing cue (S8).
_THAT = folded_words("وذلك")
_AFTER = folded_words("بعد إثر عقب")
_BACKGROUND = folded_words("خلفية")


def writers_gloss(view: View, k: int) -> bool:
    """Token k (after a comma) opens في تكرار ل… (S1)."""
    return (
        k + 2 < view.n
        and view.tokens[k].folded == "في"
        and view.tokens[k + 1].folded in _REPEATING
        and "ل" in view.tokens[k + 2].prefixes
    )


def declined_comment(view: View, k: int) -> bool:
    """Token k (after a comma) opens "X declined to comment" (، فيما رفضت الحكومة التعليق; S2)."""
    if k < view.n and view.tokens[k].folded in _WHILE:
        k += 1
    if k >= view.n or view.tokens[k].folded.removeprefix("و") not in _DECLINED:
        return False
    hi = min(view.sentence(k)[1], k + 2 + COMMENT_REACH)
    for j in range(k + 1, hi):
        if view.punct(j):
            return False
        if view.has(j, _COMMENT):
            return True
    return False


def stance_participle(view: View, k: int) -> bool:
    """Token k (after a comma) is an accusative active participle of the pattern فاعلا with a word after it
    (، رافضا كل الاتهامات; S3): a circumstantial clause on the speaker, as the م-participles
    (ContentEnds._circumstantial). In the readable gold such a word after a comma always ends the span."""
    if k + 1 >= view.n or k in view.mention_at or view.tokens[k].prefixes or view.punct(k + 1):
        return False
    word = view.tokens[k].folded
    if word.endswith("وا"):
        return False  # a plural past verb of the same letters (، كانوا في غالبيتهم، ، عادوا): the content's
    return len(word) == 5 and word[1] == "ا" and word[-1] == "ا" and word not in _ADVERBS


def which_led(view: View, k: int) -> bool:
    """Token k (after a comma) opens مما دفع / مما حدا ب (S6)."""
    return k + 1 < view.n and view.tokens[k].folded == "مما" and view.tokens[k + 1].folded in _WHICH_LED


def that_after(view: View, k: int) -> bool:
    """Token k is وذلك + بعد/إثر/عقب, or وذلك على خلفية (S7, S8)."""
    if k + 1 >= view.n or view.tokens[k].folded not in _THAT:
        return False
    nxt = view.tokens[k + 1].folded
    return nxt in _AFTER or (nxt == "علي" and view.has(k + 2, _BACKGROUND) is not None)


def heavy_but(view: View, k: int) -> bool:
    """Token k is لكنّ with its shadda written: a noun follows it, so no verb after it starts a report
    (…، لكنّ رد طهران … سيكون; S9)."""
    return "ّ" in view.word(k) and view.tokens[k].folded.removeprefix("و") == "لكن"
