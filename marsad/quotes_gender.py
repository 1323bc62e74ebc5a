"""Gender agreement of a pro-dropped reporting verb with the speaker it goes on with.

A verb with no subject of its own (وأضافت "…"، وتابع أن) takes the previous quote's speaker. Arabic marks
the verb for its subject's gender (قالت، تقول، مضيفة: feminine; قال، يقول، مضيفا: masculine), so when the
previous speaker was last reported with a verb of the other gender, the verb goes on with the latest earlier
speaker reported with its own gender (وقالت الوزارة … ونقل البيان عن الوزير X … ¶ وأضافت "…": the ministry,
not X). Plural forms (قالوا، يقولون) and verbal nouns say nothing here.
"""

from __future__ import annotations

from marsad.arabic import fold
from marsad.quotes_lexicon import QuoteLexicon, load
from marsad.quotes_view import View

Speaker = tuple[str | None, str | None]  # (entity id, speaker text)
REACH = 4  # earlier speakers (distinct, latest first) searched for one of the verb's gender


def verb_gender(lex: QuoteLexicon, view: View, i: int) -> str | None:
    """ "m" or "f" for the singular reporting verb form at token i, else None (plural, verbal noun, none)."""
    key = view.first_keys(lex.verbs)[i] if 0 <= i < view.n else None
    form = lex.verbs.get(key) if key else None
    if key is None or form is None or form.masdar:
        return None
    if form.participle:
        return "f" if key.endswith("ه") else "m" if key.endswith("ا") else None
    if form.imperfect:
        return "f" if key.startswith("ت") else "m" if key.startswith("ي") and not key.endswith("ون") else None
    if key == fold(form.verb.lemma):
        return "m"
    return "f" if key.endswith("ت") else None


def feminine_plural_object(view: View, i: int) -> bool:
    """The word after the masculine singular reporting verb at token i is a definite plural in ات that no
    entity's mention covers: a verb before its subject agrees with it in gender (قالت الممرضات), so after a
    masculine verb that plural is its object and the subject is dropped (فيما دعا الراغبات في البقاء إلى …;
    session 31, K4)."""
    k = i + 1
    if k >= view.n or k in view.covered or verb_gender(load(), view, i) != "m":
        return False
    lex = load()
    form = lex.verbs.get(view.first_keys(lex.verbs)[i] or "")
    word = view.tokens[k].folded
    return (
        form is not None
        and not form.participle
        and word.startswith("ال")
        and word.endswith("ات")
        and len(word) > 5
    )


def agreeing(history: list[tuple[Speaker, str]], last: Speaker, gender: str) -> Speaker | None:
    """The latest earlier speaker (not `last`) whose latest verb had `gender`, when `last`'s had the other
    one; `history` lists (speaker, gender) of earlier quotes in text order."""
    said = {s: g for s, g in history}
    if said.get(last) in (None, gender):
        return None
    seen: list[Speaker] = []
    for speaker, _ in reversed(history):
        if speaker == last or speaker in seen:
            continue
        seen.append(speaker)
        if len(seen) > REACH:
            return None
        if said[speaker] == gender:
            return speaker
    return None
