"""A currency word in a sum is no organisation (marsad.entity_currencies): ريال after a number or before a
riyal's nationality adjective is the riyal, while ريال مدريد keeps its name. Sentences written for these
tests; the stage runs with a stand-in tagger that makes the model's error on them."""

from __future__ import annotations

import pytest

from marsad.stages.entities import Entities
from tests.test_entities_stage import segmented


class _Tagger:
    """Tags the given words wherever they occur (the model's reading of them), everything else O."""

    def __init__(self, tags: dict[str, str]) -> None:
        self.tags = tags

    def tag(self, sentences: list[list[str]]) -> list[list[str]]:
        return [[self.tags.get(w, "O") for w in words] for words in sentences]


def _mentions(text: str, tags: dict[str, str]) -> list[tuple[str, str]]:
    article = Entities(_Tagger(tags))(segmented(text))
    return sorted((e.label, article.text[m.start : m.end]) for e in article.entities for m in e.mentions)


@pytest.mark.parametrize(
    ("text", "tags", "expected"),
    [
        # "The company paid 250,000 Saudi riyals": digits before, the adjective inside the mention
        ("ودفعت الشركة 250,000 ريال سعودي للمقاول.", {"ريال": "B-ORG", "سعودي": "I-ORG"}, []),
        # "a fine of five thousand riyals": a number word before
        ("وغرامة قدرها خمسة آلاف ريال على المخالف.", {"ريال": "B-ORG"}, []),
        # "ten million riyals were spent": مليون before, tagged MISC
        ("وأنفقت عشرة ملايين ريال على المشروع.", {"ريال": "B-MISC"}, []),
        # "the price is a riyal, Qatari": the adjective right after the mention
        ("وبلغ السعر نحو ريال قطري للسهم.", {"ريال": "B-ORG"}, []),
        # "Real Madrid beat Valencia", "Real won": the club keeps its name
        (
            "وفاز ريال مدريد على فالنسيا أمس.",
            {"ريال": "B-ORG", "مدريد": "I-ORG", "فالنسيا": "B-ORG"},
            [("ORG", "ريال مدريد"), ("ORG", "فالنسيا")],
        ),
        ("وفاز ريال على ضيفه أمس.", {"ريال": "B-ORG"}, [("ORG", "ريال")]),
    ],
)
def test_a_currency_word_in_a_sum_is_no_entity(
    text: str, tags: dict[str, str], expected: list[tuple[str, str]]
) -> None:
    assert _mentions(text, tags) == expected
