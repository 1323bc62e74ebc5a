"""Quotation marks: pairing «» “” „“ "" ″ '' into quoted stretches, tolerant of real-world misuse.

Per paragraph, marks are read left to right with a stack. «» pair as brackets. Curly marks pair with any
curly mark (Arabic text writes “…”, ”…“ and „…“ alike). A straight " (also ″ and '') opens when it is
glued to the following word and not the previous one, closes in the mirror case, and otherwise toggles;
so "…"داعش"…" nests when spaced normally. A closing-looking mark with no quote open, glued to the word
before it (وأضاف" قتل …"، ووصفها بـ" المخيف"), opens when the next straight mark of the paragraph closes
or toggles: the writer glued the opening mark to the wrong side. A mark left open at the paragraph's end
runs to that end (news writes a quote of several paragraphs with one close at the very end). Only
outermost stretches are returned: marks nested inside are part of the quoted words. An opening straight
mark inside an open one, right after the writer's next saying cue (…، واسترسل قائلا "…"، …، وأضاف: "…")
with one straight mark left in the paragraph, shows a closing mark the writer forgot: the open quote ends
at the punctuation before the cue and a new one opens (a nested quote would leave two marks to close).
"""

from __future__ import annotations

import re

from marsad.arabic import fold

MARKS = re.compile("''|[«»“”„‟\"″]")
_CURLY = frozenset("“”„‟")
_STRAIGHT = frozenset({'"', "″", "''"})
# The writer's saying cue before an opening mark: punctuation, a word with و/ف (the next verb: واسترسل،
# وأضاف) and up to three more words (its subject) before a saying participle, or that word alone before a
# colon (، وأضاف: "…"; not ، ولكن السؤال هو: "…", the speaker's own words).
_WORD = r"[^\s،,.؛:\"«»“”]+"
_SAYING_CUE = re.compile(
    rf"([،,.؛])\s*[وف]{_WORD}(?:\s+{_WORD}){{0,3}}?\s+(?:قائلا|قائلاً|قائلة|قائلةً|قائلين|بالقول)\s*:?\s*$"
    rf"|([،,.؛])\s*[وف]{_WORD}\s*:\s*$"
)


def _orientation(text: str, start: int, end: int) -> str:
    """open, close or toggle for a straight mark at text[start:end], from the spaces around it."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    glued_before = not before.isspace() and before not in ":(["
    glued_after = not after.isspace() and after not in ".،,؛;:)]!?؟"
    if glued_after and not glued_before:
        return "open"
    if glued_before and not glued_after:
        return "close"
    return "toggle"


def quoted_stretches(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """Outermost quoted stretches in text[start:end] as (open mark start, close mark start, closed)."""
    stack: list[tuple[str, int]] = []  # (family, position): family is «, curly or straight
    out: list[tuple[int, int, bool]] = []

    def close(depth: int, pos: int) -> None:
        if depth == 0:
            out.append((stack[0][1], pos, True))
        del stack[depth:]

    def find(family: str) -> int:
        for depth in range(len(stack) - 1, -1, -1):
            if stack[depth][0] == family:
                return depth
        return -1

    marks = list(MARKS.finditer(text, start, end))
    for n, m in enumerate(marks):
        mark, pos = m.group(), m.start()
        if mark == "«":
            stack.append(("«", pos))
        elif mark == "»":
            depth = find("«")
            if depth >= 0:
                close(depth, pos)
        elif mark in _CURLY:
            depth = find("curly")
            if depth >= 0 and (mark != "“" or _orientation(text, pos, m.end()) != "open"):
                close(depth, pos)
            else:
                stack.append(("curly", pos))
        else:
            depth = find("straight")
            way = _orientation(text, pos, m.end())
            cut = _forgotten_close(text, marks, n, stack) if depth == 0 and way == "open" else -1
            if cut >= 0:
                close(0, cut)  # …، واسترسل قائلا "…": the open quote ends before the cue, a new one opens
                stack.append(("straight", pos))
            elif depth >= 0 and way != "open":
                close(depth, pos)
            elif depth < 0 and way == "close" and not _glued_open(text, marks, n, stack):
                continue  # a stray closing mark (inside another quote, or after a clause with no opening)
            else:
                stack.append(("straight", pos))
    if stack:
        out.append((stack[0][1], end, False))
    return out


def _glued_open(text: str, marks: list[re.Match[str]], n: int, stack: list[tuple[str, int]]) -> bool:
    """The stray closing-looking straight mark marks[n] opens a quote: no mark is open, and the next mark
    is a straight one that closes or toggles (وأضاف" قتل ثلاثة …". : the opening mark glued to the verb)."""
    if stack or n + 1 >= len(marks):
        return False
    nxt = marks[n + 1]
    return nxt.group() in _STRAIGHT and _orientation(text, nxt.start(), nxt.end()) != "open"


def _forgotten_close(text: str, marks: list[re.Match[str]], n: int, stack: list[tuple[str, int]]) -> int:
    """Where the one open straight quote ends when marks[n] opens right after a saying cue of the writer's
    and a single straight mark is left in the paragraph (see the module docstring), else -1."""
    if len(stack) != 1:
        return -1
    if sum(1 for m in marks[n + 1 :] if m.group() in _STRAIGHT) != 1:
        return -1
    cue = _SAYING_CUE.search(text, stack[0][1] + 1, marks[n].start())
    if cue is None:
        return -1
    return cue.start(1) if cue.group(1) else cue.start(2)


HEADING_WORDS = 12  # words of a line that can be a subheading or a related-article link
_LINE_END = frozenset(".!?؟…:؛")


# Openers of a related-article link line (قد يهمك "you may like", اقرأ أيضا "read also"), folded.
_RELATED = (fold("قد يهمك"), fold("اقرأ أيضا"), fold("إقرأ أيضا"), fold("اقرأ المزيد"))


def heading(line: str) -> bool:
    """A subheading or a related-article link inside the body (الوزير يدعو السكان إلى "الصبر"، قد يهمك/
    …): a short line that ends with no sentence punctuation (closing marks aside) and whose first word has no
    و/ف, or a line opened by a related-article phrase up to twice as long. bench/gold/QUOTES.md: such lines
    hold no quote."""
    words = line.split()
    if fold(line.strip()).startswith(_RELATED) and len(words) <= 2 * HEADING_WORDS:
        return True
    if not words or len(words) > HEADING_WORDS or words[0][0] in "وف":
        return False
    end = line.rstrip().rstrip("\"«»“”„‟″' ")
    return bool(end) and end[-1] not in _LINE_END


def in_heading(text: str, pos: int) -> bool:
    """The line holding position pos is a heading (see `heading`)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return heading(text[start : end if end >= 0 else len(text)])
