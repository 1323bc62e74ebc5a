"""Tests of the segment stage: paragraphs, sentences, tokens and clitic segmentation."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.arabic import clean, fold
from marsad.article import Article, Span, Token
from marsad.stages.segment import segment
from tests.conftest import REPO, SHARED_DATA


def texts(article: Article, spans: tuple[Span, ...] | tuple[Token, ...]) -> list[str]:
    """The visible text of each span or token."""
    return [article.text[s.start : s.end] for s in spans]


# "The minister said: «The situation is hard. We are working on a solution.» He added that the
# government is ready." / "Dr. Ahmad met the ambassador. Growth rose 3.5 percent."
TWO_PARAGRAPHS = (
    "قال الوزير: «الوضع صعب. نحن نعمل على الحل.» وأضاف أن الحكومة مستعدة.\n\n"
    "التقى د. أحمد بالسفير. ارتفع النمو 3.5 في المئة."
)


def test_paragraphs_and_sentences() -> None:
    """A multi-sentence quote stays one sentence; د. and 3.5 do not end one."""
    article = segment(Article(text=TWO_PARAGRAPHS))
    assert texts(article, article.paragraphs) == TWO_PARAGRAPHS.split("\n\n")
    assert texts(article, article.sentences) == [
        "قال الوزير: «الوضع صعب. نحن نعمل على الحل.»",
        "وأضاف أن الحكومة مستعدة.",
        "التقى د. أحمد بالسفير.",
        "ارتفع النمو 3.5 في المئة.",
    ]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # "He said "Finished." and added something." — the closing quote belongs to its sentence.
        ('قال "انتهى." وأضاف شيئا.', ['قال "انتهى."', "وأضاف شيئا."]),
        # Unbalanced «: no protection, ordinary splitting. "He said «this is not closed. It goes on."
        ("قال «هذا غير مغلق. وتستمر الجملة.", ["قال «هذا غير مغلق.", "وتستمر الجملة."]),
        # "Is this enough? Visit https://example.com/a.b. Then it ended…" — the URL keeps its dots.
        (
            "هل هذا كاف؟ زوروا https://example.com/a.b. ثم انتهى…",
            ["هل هذا كاف؟", "زوروا https://example.com/a.b.", "ثم انتهى…"],
        ),
        # ؛ does not end a sentence: "Talks failed; because the sides disagreed."
        ("فشلت المحادثات؛ لأن الطرفين اختلفا.", ["فشلت المحادثات؛ لأن الطرفين اختلفا."]),
        # A line break ends a sentence: "First line\nsecond line".
        ("سطر أول\nسطر ثان", ["سطر أول", "سطر ثان"]),
        # Initials: "John F. Kennedy arrived." / "Prof. Dr. Sami spoke."
        ("وصل جون ف. كينيدي.", ["وصل جون ف. كينيدي."]),
        ("تحدث أ.د. سامي.", ["تحدث أ.د. سامي."]),
        # "Did he win?! Yes." — a run of terminators ends one sentence.
        ("هل فاز؟! نعم.", ["هل فاز؟!", "نعم."]),
        # Acronyms spelled in Arabic letter names: "the TF1 channel said …", "a DNA test showed …".
        ("قالت قناة تي.إف 1 إن الطريق مغلق.", ["قالت قناة تي.إف 1 إن الطريق مغلق."]),
        ("أظهر فحص دي.إن.ايه أنه بريء.", ["أظهر فحص دي.إن.ايه أنه بريء."]),
        # A dotted acronym that ends in a dot, or is written with spaces: "Ahmad Salem told CNN. that the
        # talks go on.", "… in an interview with C. N. N that …", "… told the B.B.C. that …".
        (
            "وقال أحمد سالم لشبكة سي.إن.إن. إن المحادثات مستمرة.",
            ["وقال أحمد سالم لشبكة سي.إن.إن. إن المحادثات مستمرة."],
        ),
        (
            "وقال أحمد سالم في مقابلة مع سي. إن. إن إن المحادثات مستمرة.",
            ["وقال أحمد سالم في مقابلة مع سي. إن. إن إن المحادثات مستمرة."],
        ),
        ("قال سالم لقناة بي.بي.سي. إن المحادثات مستمرة.", ["قال سالم لقناة بي.بي.سي. إن المحادثات مستمرة."]),
        # A lone letter-name word before a dot still ends its sentence: "He was born in V. Then he left."
        ("ولد في. ثم غادر.", ["ولد في.", "ثم غادر."]),
        # A site named with an Arabic domain ending: "she told Al Arabiya.net that she was waiting."
        ("وقالت للعربية.نت إنها تنتظر.", ["وقالت للعربية.نت إنها تنتظر."]),
        # A glued dot after an ordinary word still ends the sentence: "The meeting ended.The minister said".
        ("انتهى الاجتماع.وقال الوزير.", ["انتهى الاجتماع.", "وقال الوزير."]),
    ],
)
def test_sentences(text: str, sentences: list[str]) -> None:
    """Sentence boundaries on quotes, URLs, ؛, line breaks, abbreviations and ?! runs."""
    article = segment(Article(text=text))
    assert texts(article, article.sentences) == sentences


def test_tokens_and_punctuation() -> None:
    """Numbers, URLs, e-mails and hashtags stay whole; punctuation tokens are flagged."""
    # "Production reached 1,000 tonnes, (write to info@marsad.org) #Syria 10:30?"
    text = "بلغ الإنتاج 1,000 طن، (راسلوا info@marsad.org) #سوريا 10:30؟"
    article = segment(Article(text=text))
    assert texts(article, article.tokens) == [
        "بلغ", "الإنتاج", "1,000", "طن", "،", "(", "راسلوا", "info@marsad.org", ")", "#سوريا", "10:30", "؟",
    ]  # fmt: skip
    assert [t.is_punct for t in article.tokens] == [
        False, False, False, False, True, True, False, False, True, False, False, True,
    ]  # fmt: skip
    assert [t.folded for t in article.tokens] == [fold(w) for w in texts(article, article.tokens)]


def test_token_whole_value() -> None:
    """The stage's fast-built Token equals one built the ordinary way."""
    article = segment(Article(text="زار بسوريا"))  # "visited in Syria"
    assert article.tokens == (
        Token(0, 3, "زار", Span(0, 3)),
        Token(4, 10, "بسوريا", Span(5, 10), ("ب",), ""),
    )


@pytest.mark.parametrize(
    ("word", "prefixes", "stem", "suffix"),
    [
        ("بسوريا", ("ب",), "سوريا", ""),  # in Syria
        ("والعراق", ("و",), "العراق", ""),  # and Iraq
        ("وقالت", ("و",), "قالت", ""),  # and she said
        # for the state: ل + ال assimilates to لل; the stem keeps the article's ل, as in UD PUD.
        ("للدولة", ("ل",), "لدولة", ""),
        ("وللدولة", ("و", "ل"), "لدولة", ""),  # and for the state
        ("وسيزور", ("و", "س"), "يزور", ""),  # and he will visit
        ("كتابها", (), "كتاب", "ها"),  # her book
        ("ابنتها", (), "ابنت", "ها"),  # her daughter: ة is written ت before a suffix
        ("كالعادة", ("ك",), "العادة", ""),  # as usual
        ("فإن", ("ف",), "إن", ""),  # so indeed
        ("عليه", (), "علي", "ه"),  # on him (على)
        ("له", (), "ل", "ه"),  # to him: the preposition is the stem
        ("فلسطين", (), "فلسطين", ""),  # Palestine, not ف + لسطين
        ("لبنان", (), "لبنان", ""),  # Lebanon
        ("وزير", (), "وزير", ""),  # minister, not و + زير
        ("بغداد", (), "بغداد", ""),  # Baghdad
        ("كابول", (), "كابول", ""),  # Kabul
        ("ولي", (), "ولي", ""),  # guardian (ولي العهد, crown prince)
        ("وطن", (), "وطن", ""),  # homeland, also a given name: not و + طن "and a ton"
        ("واس", (), "واس", ""),  # SPA, the Saudi Press Agency: not و + اس
        ("بدر", (), "بدر", ""),  # Badr, a given name (and "full moon"): not ب + در
        # Names from the ship-licensed NER train sets that look like clitic + word (models/clitics/names.txt):
        ("فيصل", (), "فيصل", ""),  # Faisal, not ف + يصل "and arrives"
        ("وليد", (), "وليد", ""),  # Walid, not و + ل + يد
        ("وفيصل", ("و",), "فيصل", ""),  # and Faisal: a clitic before a listed name is still cut off
        ("لبلير", ("ل",), "بلير", ""),  # to Blair, not ل + ب + لير
        ("وام", (), "وام", ""),  # WAM, the Emirates News Agency (outlets lexicon), not و + ام
        ("سونا", (), "سونا", ""),  # SUNA, Sudan's news agency, not سو + نا "our"
        ("سنار", (), "سنار", ""),  # Sennar (a gazetteer city of 100,000+), not س + نار "will ... fire"
        ("لاول", ("ل",), "اول", ""),  # for the first (لأول without hamza), not Laval: left out by hand
        ("لكن", (), "لكن", ""),  # but
        ("الله", (), "الله", ""),  # God: a definite word takes no pronoun suffix
        ("سيارة", (), "سيارة", ""),  # car: س is future only before ي ت ن أ of a known verb
    ],
)
def test_clitics(word: str, prefixes: tuple[str, ...], stem: str, suffix: str) -> None:
    """Proclitics, stem text and pronoun suffix of single words."""
    text = f"قال {word}"  # "he said ..."
    token = segment(Article(text=text)).tokens[1]
    assert (token.prefixes, text[token.stem.start : token.stem.end], token.suffix) == (prefixes, stem, suffix)
    assert "".join(token.prefixes) + text[token.stem.start : token.stem.end] + token.suffix == word


def test_tashkeel_offsets() -> None:
    """Tashkeel stays with the letter before it: وَالعِراقُ = وَ + العِراقُ (and Iraq)."""
    token = segment(Article(text="وَالعِراقُ")).tokens[0]
    assert (token.prefixes, token.stem, token.suffix, token.folded) == (("وَ",), Span(2, 10), "", "والعراق")


# Arabic letters, quotes, terminators, separators and newlines, mixed with arbitrary Unicode.
NEWSY = st.text(alphabet=st.sampled_from(list("بسوريالعقة «»“”\"'.!?؟…؛،,:3.5\n ab#@/")), max_size=80)


@settings(max_examples=150, deadline=None)
@given(NEWSY | st.text())
def test_spans_nest(raw: str) -> None:
    """Any input: no exception; spans nest, stay in the text and cover every visible character."""
    text = clean(raw)
    article = segment(Article(text=text))
    n = len(text)
    for outer, inner in ((article.paragraphs, article.sentences), (article.sentences, article.tokens)):
        for span in inner:
            assert 0 <= span.start < span.end <= n
            assert any(o.start <= span.start and span.end <= o.end for o in outer)
    for token in article.tokens:
        assert token.start <= token.stem.start <= token.stem.end <= token.end
        assert text[token.start : token.stem.start] == "".join(token.prefixes)
        assert text[token.stem.end : token.end] == token.suffix
    covered = {i for t in article.tokens for i in range(t.start, t.end)}
    assert covered == {i for i, ch in enumerate(text) if not ch.isspace()}


def test_pud_eval_gate() -> None:
    """Held-out UD Arabic-PUD scores stay at or above tests/eval/segment_floors.json."""
    from bench.eval_segment import PUD, load_pud, score, split
    from marsad.stages.segment import Segmenter

    path = SHARED_DATA / PUD
    if not path.exists():
        pytest.skip(f"no shared data at {path}")
    _, held = split(load_pud(path))
    scores = score(Segmenter.load(), held)
    floors = json.loads((REPO / "tests" / "eval" / "segment_floors.json").read_text(encoding="utf-8"))
    assert {k: scores[k] >= v for k, v in floors.items()} == dict.fromkeys(floors, True), scores
