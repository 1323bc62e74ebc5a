"""Arabic letter classes, cleaning and folding.

Two forms of text exist in marsad. The *clean* form is what an article's offsets point into:
`clean()` runs once, before any span exists. The *folded* form is for matching only
(`fold()`): it is computed per token and never replaces the visible text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Tashkeel (harakat, tanween, shadda, sukun), superscript alef and Quranic marks.
DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
TATWEEL = "\u0640"
# Zero-width characters and bidi controls: they carry no letters and break matching and offsets.
INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\u00ad\u061c]")
# Control characters that are not whitespace (NUL, escape, DEL, C1 controls): a JSON "\\u0000" or a
# binary fragment pasted into a field. They are no text, and NUL cuts strings short in C tools.
CONTROLS = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")
# Unpaired UTF-16 surrogates (a JSON "\\ud800" cut from its pair) cannot be written as UTF-8: the
# readers reject them by name; a caller of the Python API gets U+FFFD in their place.
SURROGATES = re.compile("[\ud800-\udfff]")
ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]")

_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        # Persian/Urdu letter shapes that turn up in Arabic web text.
        "ی": "ي",
        "ک": "ك",
        # Arabic-Indic and Extended Arabic-Indic digits to ASCII.
        **{chr(0x0660 + i): str(i) for i in range(10)},
        **{chr(0x06F0 + i): str(i) for i in range(10)},
    }
)


# _FOLD plus the deletion of tashkeel (DIACRITICS' ranges) and tatweel: one translate pass for a word.
_FOLD_AND_STRIP = {
    **_FOLD,
    **dict.fromkeys([*range(0x0610, 0x061B), *range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06EE)]),
    ord(TATWEEL): None,
}
_FOLD_PAIRS = tuple((chr(k), v) for k, v in _FOLD.items())
# Above this length (a whole text, not a word) one str.replace per folded letter is several times
# faster than translate, which looks every character up in a dict.
_LONG = 200


def fold(word: str) -> str:
    """Fold a word for matching: no tashkeel or tatweel, أإآٱ→ا, ى→ي, ة→ه, digits to ASCII."""
    if len(word) <= _LONG:
        return word.translate(_FOLD_AND_STRIP)
    text = DIACRITICS.sub("", word).replace(TATWEEL, "")
    for letter, folded in _FOLD_PAIRS:
        if letter in text:
            text = text.replace(letter, folded)
    return text


# Folding is a pure function of the word and news repeats its words: one cache per word type, shared by
# every stage that folds words one at a time (roles, merge, the entities stage's passes).
fold_word = lru_cache(maxsize=100_000)(fold)


def folded_words(words: str, article: bool = False) -> frozenset[str]:
    """The folded forms of a space-separated word list (how modules write their small Arabic lexicons);
    with `article`, each word's ال form too."""
    folded = [fold(w) for w in words.split()]
    return frozenset(folded + ["ال" + f for f in folded] if article else folded)


_SPACES = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\n\s*\n\s*")
_LINE_EDGES = re.compile(r" *\n *")


def clean(text: str) -> str:
    """The one cleaning pass before offsets exist: NFC, invisible controls, tatweel, whitespace.

    Control characters other than whitespace go; unpaired surrogates become U+FFFD.

    Paragraphs come out separated by exactly one blank line; single newlines inside a paragraph
    are kept as line breaks (verse, lists). Idempotent: clean(clean(t)) == clean(t).
    """
    text = SURROGATES.sub("\ufffd", text)
    text = unicodedata.normalize("NFC", text)
    text = CONTROLS.sub("", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = INVISIBLE.sub("", text).replace(TATWEEL, "")
    text = _SPACES.sub(" ", text)
    text = _LINE_EDGES.sub("\n", text)
    text = _BLANK_LINES.sub("\n\n", text)
    return unicodedata.normalize("NFC", text.strip())


def arabic_ratio(text: str) -> float:
    """Share of letters in `text` that are Arabic-script letters (0.0 when there are no letters)."""
    letters = sum(1 for ch in text if ch.isalpha())
    if not letters:
        return 0.0
    return len(ARABIC_LETTER.findall(text)) / letters
