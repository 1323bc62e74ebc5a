"""Where a reporting verb's content starts: which token is one of its complement markers (split from
marsad.quotes_indirect in session 30, when it passed 540 lines).

`complement_start` reads the verb's complement chains (lexicons/reporting_verbs.tsv): أن/إن, ب/ل + أن, a
clitic ب/ل on a verbal noun, or a preposition (على، إلى، عن، من) with or without أن after it. Two readings
are no marker (session 30): على naming where words were posted (quotes_platforms.platform_on), and على أن
"provided that" far after a verb that takes no على. A verb right after a relative pronoun that carries an
object pronoun has the antecedent as its object (`object_pronoun`): its content, a second object, comes at
most RELATIVE_OBJECT_GAP tokens after its subject (الذي وصفه X بأنه).
"""

from __future__ import annotations

from marsad.arabic import fold
from marsad.quotes_fragments import accused_phrase
from marsad.quotes_lexicon import QuoteLexicon, VerbForm
from marsad.quotes_platforms import platform_on
from marsad.quotes_speakers import is_complementizer, that_after_from
from marsad.quotes_view import View

_ON = fold("على")
# Object pronouns a verb carries (اقترحتها، أعلنه، وصفهم), folded.
_OBJECT_SUFFIXES = ("ه", "ها", "هم", "هما", "هن")
RELATIVE_OBJECT_GAP = 1  # tokens from a relative clause's subject to its content's marker (الذي وصفه X بأنه)


def object_pronoun(view: View, i: int) -> bool:
    """The verb at token i carries an object pronoun (its segmented suffix)."""
    return view.tokens[i].suffix in _OBJECT_SUFFIXES


def complement_start(lex: QuoteLexicon, view: View, j: int, form: VerbForm, i: int = -1) -> int:
    """The token where the content starts when token j is one of the complements of the verb at i, else -1."""
    for chain in form.verb.complements:
        head = chain[0]
        if head == "ان":
            if is_complementizer(view, j) and not _on_condition(view, j, form, i):
                return j + 1
        elif head in ("ب", "ل") and len(chain) > 1:  # بأن only (وصفه بأنه، اتهمه بأن)
            if is_complementizer(view, j) and view.tokens[j].folded.lstrip("وف").startswith(head):
                return j + 1
            if head == "ب" and accused_phrase(lex, view, j):
                return j  # اتهمه بمحاولة "…" ليكون …: the phrase with its marks (quotes_fragments)
        elif head in ("ب", "ل"):  # a clitic preposition: بعقد مؤتمر، لتأييد المرشح
            # ل only before an indefinite verbal noun: a definite لل-word belongs to a title or a
            # name (الأمين العام للأمم المتحدة), not the complement.
            definite = head == "ل" and view.tokens[j].folded.lstrip("وف").startswith("لل")
            clitic = head in view.tokens[j].prefixes and len(chain) == 1
            if clitic and not definite and j not in view.mention_at:
                return j + 1 if is_complementizer(view, j) else j  # طالب بأن: after بأن
        elif (
            head in view.keys(j)
            and view.tokens[j].folded.lstrip("وف") == head
            and j not in view.covered
            and not platform_on(view, j)  # أكد … على تويتر أن: where it was posted (session 30)
        ):
            # (not inside a tagged name: علي خامنئي is no على; session 28b, dev7)
            # إليها، عنه: a preposition with a pronoun has its object already, no content follows.
            if len(chain) > 1:
                if is_complementizer(view, j + 1):
                    return j + 2
                continue
            # حذر من أن العواصف …: the content starts after أن, the من being the verb's
            return j + 2 if is_complementizer(view, j + 1) or that_after_from(view, j + 1) else j + 1
    return -1


def _on_condition(view: View, j: int, form: VerbForm, i: int) -> bool:
    """Token j is أن right after على, past the verb at i and more than one word after it, for a verb whose
    content على does not introduce (واقترح X المشروع ورفعه … على أن يدرسه النواب: "provided that", no content
    of اقترح). Right after the verb, على أن stands for its own marker (لافتا على أنه: a writer's slip for إلى
    أن)."""
    if j < 1 or view.tokens[j - 1].folded != _ON or j - 1 <= i + 2:
        return False
    return not any(chain[0] == _ON for chain in form.verb.complements)
