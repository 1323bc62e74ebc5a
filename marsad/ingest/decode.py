"""Bytes to text for every reader: a numbered cascade that never returns mojibake.

1. empty input is an error;
2. a byte-order mark decides (UTF-8, UTF-16 LE/BE);
3. NUL bytes: UTF-16 without a BOM when they sit on one parity and the result is plausible, else binary;
4. many control bytes: binary;
5. strict UTF-8;
6. Windows-1256 (legacy Arabic) when the result is plausibly Arabic;
7. charset-normalizer's best guess when the result is plausible;
8. otherwise an error that says how to fix the file.
"""

from __future__ import annotations

import codecs
import unicodedata
from collections import Counter

from charset_normalizer import from_bytes

from marsad.errors import InputError

FORMATS_HINT = "give a .txt, .jsonl, .json, .csv, .html or feed (.xml, .rss, .atom) file"

# Tunables. Control bytes (other than tab, line and page breaks) above this share of the
# first SAMPLE bytes mark a file as binary; text files have none, binaries have plenty.
SAMPLE = 8192
MAX_CONTROL_SHARE = 0.05
# UTF-16 without a BOM: at least this share of the NUL bytes must sit on one parity (odd for LE).
UTF16_PARITY = 0.9
# A decoding is plausible when at least this share of its non-ASCII characters are letters, marks,
# spaces or common news punctuation: mojibake is rich in symbols such as § ¨ © ‰ „.
MIN_PLAUSIBLE_SHARE = 0.9
# Windows-1256 must also give mostly core Arabic letters among its non-ASCII letters: UTF-8 or
# Latin-1 bytes read as cp1256 give ط/ظ pairs with Persian letters (پ ٹ ھ) and Latin ones (ƒ µ).
MIN_ARABIC_SHARE = 0.9
# Non-ASCII letters of real text come from one script (Arabic, Cyrillic...), or, in Latin-script
# languages, are a minority of the letters (French about 4%). Mojibake mixes scripts, or is all
# accented Latin ("ØŪØĻØą" is خبر, "news", in UTF-8 read as ISO-8859-10).
MIN_SCRIPT_SHARE = 0.9
MAX_ACCENTED_LATIN = 0.5
# Plausibility is judged on the first PLAUSIBLE_SAMPLE characters: mojibake shows everywhere.
PLAUSIBLE_SAMPLE = 20_000

_CONTROL_BYTES = bytes(sorted(frozenset(range(32)) - {9, 10, 11, 12, 13}))
_PUNCTUATION = frozenset("«»،؛؟٪٫٬“”‘’„–—…•·\u00a0\u200c\u200d\u200e\u200f")


def decode(data: bytes, name: str) -> str:
    """Decode a file's bytes to text, or raise InputError naming `name` and what to do."""
    if not data.strip():
        raise InputError(name, "is empty: give a file with article text")
    text = _decode(data, name)
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise InputError(name, "is empty: give a file with article text")
    return text


def _decode(data: bytes, name: str) -> str:
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(
                    name,
                    f"starts with a {encoding.upper()} byte-order mark but is not valid {encoding.upper()} "
                    f"(byte {exc.start}): re-save it as UTF-8",
                ) from None
    if b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is None:
            raise InputError(name, f"is binary (NUL bytes), not text: {FORMATS_HINT}")
        return text
    sample = data[:SAMPLE]
    # Counted by deleting them (C speed): a byte-by-byte generator cost 2.5 ms an article.
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > MAX_CONTROL_SHARE * len(sample):
        raise InputError(name, f"is binary (control characters), not text: {FORMATS_HINT}")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1256", errors="replace")
    if "\ufffd" not in text and plausible(text) and arabic_share(text) >= MIN_ARABIC_SHARE:
        return text
    best = from_bytes(data).best()
    if best is not None:
        text = str(best)
        if plausible(text):
            return text
    raise InputError(name, "cannot be decoded as UTF-8, UTF-16 or Windows-1256: re-save it as UTF-8")


def _utf16_without_bom(data: bytes) -> str | None:
    """The text of BOM-less UTF-16 whose ASCII characters leave NULs on one byte parity, else None."""
    if len(data) % 2:
        return None
    odd = sum(1 for i in range(1, len(data), 2) if data[i] == 0)
    even = data.count(0) - odd
    if odd >= UTF16_PARITY * (odd + even):
        encoding = "utf-16-le"
    elif even >= UTF16_PARITY * (odd + even):
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return text if plausible(text) else None


def plausible(text: str) -> bool:
    """Whether decoded text looks like writing: no stray controls, few symbols, one script's letters."""
    sample = text[:PLAUSIBLE_SAMPLE]
    controls = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\t\n\x0b\f\r")
    if controls > MAX_CONTROL_SHARE * len(sample) or "\ufffd" in sample:
        return False
    wide = [ch for ch in sample if ord(ch) > 127]
    good = sum(1 for ch in wide if unicodedata.category(ch)[0] in "LMZ" or ch in _PUNCTUATION)
    if good < MIN_PLAUSIBLE_SHARE * len(wide):
        return False
    scripts = Counter(unicodedata.name(ch, "?").split()[0] for ch in wide if ch.isalpha())
    if not scripts:
        return True
    script, count = scripts.most_common(1)[0]
    if count < MIN_SCRIPT_SHARE * scripts.total():
        return False
    if script == "LATIN":
        ascii_letters = sum(1 for ch in sample if ch.isascii() and ch.isalpha())
        return count <= MAX_ACCENTED_LATIN * (count + ascii_letters)
    return True


def arabic_share(text: str) -> float:
    """Share of non-ASCII letters that are core Arabic letters (hamza to yeh); 0.0 when there are none."""
    letters = [ch for ch in text if ord(ch) > 127 and ch.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for ch in letters if "\u0621" <= ch <= "\u064a") / len(letters)
