"""The span conventions mended after the NER document pass (marsad/models/ner/tidy.py, MODEL.md round 13)."""

from __future__ import annotations

import pytest

from marsad.models.ner.tidy import article_form, is_nationality, is_title, tidy, tidy_sentence


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        # "I met Samir Haddad yesterday": one name cut in two is joined.
        ("قابلت سمير حداد أمس", "O B-PER B-PER O", "O B-PER I-PER O"),
        # "Karim and Salma visited the museum": the second name opens with و, two people.
        ("زار كريم وسلمى المتحف", "O B-PER B-PER O", "O B-PER B-PER O"),
        # Three pieces of one name ("Omar Abdel Latif Nasser") join into one.
        ("تحدث عمر عبد اللطيف ناصر", "O B-PER B-PER I-PER B-PER", "O B-PER I-PER I-PER I-PER"),
        # "The Brazilian player Marco Silva arrived": the nationality adjective is not part of the name.
        ("وصل اللاعب البرازيلي ماركو سيلفا", "O O B-PER I-PER I-PER", "O O O B-PER I-PER"),
        # "a goal for the Brazilian Marco": with clitics (للبرازيلي), and no longer joined to the name.
        ("هدف للبرازيلي ماركو", "O B-PER B-PER", "O O B-PER"),
        # "the Jordanian said": a span of only a nationality adjective is dropped.
        ("قال الأردني إن", "O B-PER O", "O O O"),
        # "the French company Nour": an organisation does not open with one either.
        ("شركة الفرنسية نور", "O B-ORG I-ORG", "O O B-ORG"),
        # "in Saudi Arabia": a place may (السعودية is also the country).
        ("في السعودية اليوم", "O B-LOC O", "O B-LOC O"),
        # Two organisations side by side stay two ("the Nour company and the Amal bank"): only persons join.
        ("بين نور أمل", "O B-ORG B-ORG", "O B-ORG B-ORG"),
        # A person after a place is not joined ("in Beirut Salim said").
        ("في بيروت سليم قال", "O B-LOC B-PER O", "O B-LOC B-PER O"),
        # A name read from an I- tag without its B- is written with its B-.
        ("قال سمير حداد", "O I-PER I-PER", "O B-PER I-PER"),
        # "Engineer Hani Saad opened the bridge": a title tagged as a person is not joined to the name.
        ("افتتح المهندس هاني سعد الجسر", "O B-PER B-PER I-PER O", "O O B-PER I-PER O"),
        # "and Major General Fadi Karam": with a clitic, inside the span.
        ("واللواء فادي كرم", "B-PER I-PER I-PER", "O B-PER I-PER"),
        # A title alone is no person ("the poet said").
        ("قال الشاعر إن", "O B-PER O", "O O O"),
        # Titles may open organisations ("the President's office" read as ORG stays as tagged).
        ("مكتب الرئيس للإعلام", "B-ORG I-ORG I-ORG", "B-ORG I-ORG I-ORG"),
        # A first name that is also a word of the titles list stays: Amir Nabil.
        ("قال أمير نبيل", "O B-PER I-PER", "O B-PER I-PER"),
        # Nothing tagged: unchanged.
        ("ذهب الولد إلى المدرسة", "O O O O", "O O O O"),
    ],
)
def test_tidy_sentence(sentence: str, tags: str, expected: str) -> None:
    assert tidy_sentence(sentence.split(), tags.split()) == expected.split()


def test_tidy_document_keeps_sentences_apart() -> None:
    # Two sentences: a name ending one and a name opening the next are not joined.
    sentences = [["وصل", "سمير"], ["حداد", "غادر"]]
    tags = [["O", "B-PER"], ["B-PER", "O"]]
    assert tidy(sentences, tags) == tags


@pytest.mark.parametrize(
    ("folded", "expected"),
    [
        ("للبرازيلي", "البرازيلي"),  # li + al: "for the Brazilian"
        ("والفرنسيه", "الفرنسيه"),  # wa + al: "and the French"
        ("وبالمصري", "المصري"),  # wa + bi + al
        ("البرازيلي", "البرازيلي"),
        ("لبنان", "لبنان"),  # no article: unchanged
    ],
)
def test_article_form(folded: str, expected: str) -> None:
    assert article_form(folded) == expected


@pytest.mark.parametrize(
    ("token", "expected"),
    [("الإيطالي", True), ("للإيطالية", True), ("إيطاليا", False), ("الدولي", False), ("حداد", False)],
)
def test_is_nationality(token: str, expected: bool) -> None:
    # Italian (m., f. with clitics) are; Italy, "international" and a family name are not.
    assert is_nationality(token) is expected


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("المهندس", True),
        ("للدكتور", True),
        ("واللواء", True),
        ("وزير", True),
        ("ابن", False),
        ("هاني", False),
    ],
)
def test_is_title(token: str, expected: bool) -> None:
    # engineer, "for the doctor", "and the major general", minister are; "son of" (ابن بطوطة), a name not.
    assert is_title(token) is expected
