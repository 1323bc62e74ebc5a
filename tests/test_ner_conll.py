"""train.conll's reader: sentence boundaries and tag mapping."""

from __future__ import annotations

from pathlib import Path

import pytest

from train.conll import entities, read_conll


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "قال لي : احذر" (he told me: beware), a right-to-left mark alone on one line inside the
        # sentence (as in AQMAR train): the mark is dropped, the sentence goes on.
        (
            "قال O\nلي O\n: O\n\u200f O\nاحذر O\n\n",
            [(["قال", "لي", ":", "احذر"], ["O", "O", "O", "O"])],
        ),
        # The same with tabs and a left-to-right mark; a mark inside a token is removed.
        (
            "زار\tO\n\u200e\tO\nعمان\u200f\tB-LOC\n\n",
            [(["زار", "عمان"], ["O", "B-LOC"])],
        ),
        # A blank line still ends a sentence; PERS becomes PER. "محمد جاء" (Muhammad came) / "نعم" (yes).
        (
            "محمد B-PERS\nجاء O\n\nنعم O\n",
            [(["محمد", "جاء"], ["B-PER", "O"]), (["نعم"], ["O"])],
        ),
    ],
)
def test_read_conll_sentences(tmp_path: Path, text: str, expected: list) -> None:
    path = tmp_path / "x.txt"
    path.write_text(text, encoding="utf-8")
    assert read_conll(path) == expected


def test_entities_conlleval_convention() -> None:
    assert entities(["B-PER", "I-PER", "O", "I-LOC", "I-ORG", "B-ORG"]) == {
        (0, 2, "PER"),
        (3, 4, "LOC"),
        (4, 5, "ORG"),
        (5, 6, "ORG"),
    }
