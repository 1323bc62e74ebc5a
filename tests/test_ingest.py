"""Tests for marsad.ingest: every input format into raw Articles, and every bad input into one InputError."""

from __future__ import annotations

import io
import sys
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.article import Article, Source
from marsad.errors import InputError
from marsad.ingest import read
from marsad.ingest.dates import iso_date
from marsad.ingest.decode import decode
from marsad.ingest.paragraphs import recover

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
FORMATS = "give a .txt, .jsonl, .json, .csv, .html or feed (.xml, .rss, .atom) file"

# "The minister said: ... the disputes". The minister added ... / "of the two countries."
MINISTER = 'قال الوزير: "لا مكان للخلافات"'
ADDED = "وأضاف الوزير أن المحادثات كانت مثمرة."
# A cp1256-able Arabic text: "The minister said the talks were «fruitful», and added: no dispute between us."
SAYING = "قال الوزير إن المحادثات كانت «مثمرة»، وأضاف: لا خلاف بيننا.\nوتابع: سنلتقي مجددا؟"


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    """A file under tmp_path holding `content` (str as UTF-8)."""
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def read_all(path: str | Path, **kwargs: int) -> tuple[list[Article], list[str]]:
    """The articles of `path` and the messages of the errors passed to on_error."""
    errors: list[InputError] = []
    articles = list(read(path, on_error=errors.append, **kwargs))
    return articles, [str(error) for error in errors]


def read_error(path: str | Path, **kwargs: int) -> str:
    """The message of the InputError that reading `path` raises."""
    with pytest.raises(InputError) as caught:
        list(read(path, **kwargs))
    return str(caught.value)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a closing quote before the joint stays with its paragraph: "...the disputes". The minister added...
        (f"{MINISTER}., {ADDED}", f"{MINISTER}.\n\n{ADDED}"),
        # the plain joint ".," plus a space: "The talks ended. The minister added..."
        (f"انتهت المحادثات., {ADDED}", f"انتهت المحادثات.\n\n{ADDED}"),
        # ".," with no space after it: "in the world. The decision comes..."
        ("في العالم.,يأتي القرار", "في العالم.\n\nيأتي القرار"),
        # a number "2.,5" is not a joint: "the rate rose 2.,5 points"
        ("ارتفع المعدل 2.,5 نقطة", "ارتفع المعدل 2.,5 نقطة"),
        # an ellipsis before a comma is not a joint: "and others..., he said"
        ("وغيرها..., قال", "وغيرها..., قال"),
        # one paragraph a line, blank lines and edge spaces collapse: "First line" / "Second line"
        ("  السطر الأول\n\n\n السطر الثاني  \n", "السطر الأول\n\nالسطر الثاني"),
        # a joint left at the end of a line keeps only its full stop: "The end." / "Then"
        ("النهاية.,\nثم", "النهاية.\n\nثم"),
    ],
)
def test_recover_paragraphs(body: str, expected: str) -> None:
    assert recover(body) == expected


def test_scraped_example_splits_title_and_recovers_paragraphs() -> None:
    [article] = read(EXAMPLES / "scraped.txt")
    # "Turkish foreign minister discusses water and border security in Baghdad"
    assert article.title == "وزير الخارجية التركي يبحث في بغداد ملفي المياه وأمن الحدود"
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 5
    # "...: "We want water to be a bridge of cooperation between our countries, not a cause of disputes"."
    assert paragraphs[1] == (
        "وقال أرسلان في مؤتمر صحفي مشترك مع نظيره العراقي ماجد العبيدي: "
        '"نريد أن تكون المياه جسرا للتعاون بين بلدينا لا سببا للخلافات".'
    )
    assert paragraphs[2].startswith("وأضاف الوزير التركي") and ".," not in article.text
    assert article.source == Source(path=str(EXAMPLES / "scraped.txt"))
    assert article.published is None and article.id == ""


@pytest.mark.parametrize(
    ("content", "title", "text"),
    [
        # title line, then a scraped body: "Title" / "First." "Second."
        (f"\n  عنوان الخبر  \n{MINISTER}., {ADDED}\n", "عنوان الخبر", f"{MINISTER}.\n\n{ADDED}"),
        # title, blank line, two paragraph lines
        (
            "عنوان الخبر\n\nالفقرة الأولى.\nالفقرة الثانية.",
            "عنوان الخبر",
            "الفقرة الأولى.\n\nالفقرة الثانية.",
        ),
        # Windows line ends
        ("عنوان الخبر\r\nالفقرة الأولى.\r\n", "عنوان الخبر", "الفقرة الأولى."),
        # a single line is all body, no title: "The minister added that the talks were fruitful."
        (ADDED, None, ADDED),
        # a first line ending with a full stop is the lede, not a headline: "Baghdad - the ministry
        # announced the talks." / "The minister added ..."
        (
            f"بغداد - أعلنت الوزارة انطلاق المحادثات.\n{ADDED}",
            None,
            f"بغداد - أعلنت الوزارة انطلاق المحادثات.\n\n{ADDED}",
        ),
        # a trailing ellipsis still reads as a headline: "The minister threatens..."
        (f"الوزير يهدد...\n{ADDED}", "الوزير يهدد...", ADDED),
        # a first line of 30 words is a paragraph however it ends
        (f"{'كلمة ' * 30}\n{ADDED}", None, f"{'كلمة ' * 29}كلمة\n\n{ADDED}"),
    ],
)
def test_text_title_and_body(tmp_path: Path, content: str, title: str | None, text: str) -> None:
    path = write(tmp_path, "a.txt", content)
    assert list(read(path)) == [Article(text=text, title=title, source=Source(path=str(path)))]


@pytest.mark.parametrize(
    "data",
    [
        b"\xef\xbb\xbf" + SAYING.encode("utf-8"),  # UTF-8 with a BOM
        SAYING.encode("utf-16"),  # UTF-16 with its BOM (little-endian here)
        b"\xfe\xff" + SAYING.encode("utf-16-be"),  # UTF-16 BE with a BOM
        SAYING.encode("utf-16-le"),  # UTF-16 LE without a BOM: the NULs of its ASCII tell
        SAYING.encode("cp1256"),  # legacy Arabic Windows-1256
        SAYING.encode("utf-8"),  # plain UTF-8
    ],
    ids=["utf8-bom", "utf16-bom", "utf16be-bom", "utf16le-no-bom", "cp1256", "utf8"],
)
def test_decode_round_trips(data: bytes) -> None:
    assert decode(data, "a.txt") == SAYING


def test_utf8_arabic_is_not_read_as_cp1256() -> None:
    data = SAYING.encode("utf-8")
    assert data.decode("cp1256") != SAYING  # the bytes do decode as cp1256, to mojibake
    assert decode(data, "a.txt") == SAYING


def test_latin_text_falls_through_to_charset_normalizer() -> None:
    french = "Le ministre a déclaré à la presse que la réunion était très positive."
    assert decode(french.encode("cp1252"), "a.txt") == french


def test_cp1256_file_reads_identical(tmp_path: Path) -> None:
    path = write(tmp_path, "old.txt", ("عنوان\n" + SAYING).encode("cp1256"))
    [article] = read(path)
    assert (article.title, article.text) == ("عنوان", SAYING.replace("\n", "\n\n"))


NAV_ONLY = (
    "<html><body><nav><a href='/'>الرئيسية</a> <a href='/p'>سياسة</a></nav></body></html>"  # home, politics
)
EMPTY = "is empty: give a file with article text"
NO_TEXT = "has no article text: fill its text, content or body field"
UNDECODABLE = "cannot be decoded as UTF-8, UTF-16 or Windows-1256: re-save it as UTF-8"
NO_ITEMS = "has no feed items: give an RSS or Atom feed with <item> or <entry> elements"
BAD_JSON = "is not valid JSON: Expecting value (line 1, col 10); fix it, or name it .jsonl"
NO_TEXT_COLUMN = "has no text column: name one text, content or body in the header row"


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        (
            "png.txt",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00",
            f"is binary (NUL bytes), not text: {FORMATS}",
        ),
        (
            "ctl.txt",
            b"\x01\x02\x03abc\x04\x05\x06\x07",
            f"is binary (control characters), not text: {FORMATS}",
        ),
        ("empty.txt", b"", EMPTY),
        ("blank.jsonl", b" \n\t\n", EMPTY),
        ("bom.txt", b"\xef\xbb\xbf", EMPTY),
        ("bad.txt", "خبر".encode() + b"\xff\xfe\xfa" * 3, UNDECODABLE),  # "news", then bytes nothing explains
        ("s.json", b'"text"', "holds a string, not an object or a list of objects"),
        ("e.json", b"[]", "holds an empty list: give a list of article objects"),
        ("o.json", b'{"title": "t"}', NO_TEXT),
        ("b.json", b'{"text": ', BAD_JSON),
        ("n.csv", "title,date\nعنوان,2024-01-01\n".encode(), NO_TEXT_COLUMN),  # "headline", a date, no text
        ("h.html", NAV_ONLY.encode(), "has no article text (trafilatura found no main content)"),
        ("x.rss", b"<?xml version='1.0'?><root/>", NO_ITEMS),
        ("a.pdf", b"%PDF-1.4", f"has an unknown extension '.pdf': {FORMATS}"),
    ],
)
def test_whole_input_errors(tmp_path: Path, name: str, data: bytes, problem: str) -> None:
    path = write(tmp_path, name, data)
    assert read_error(path) == f"{path}: {problem}"
    assert read_all(path) == ([], [f"{path}: {problem}"])


def test_missing_path(tmp_path: Path) -> None:
    assert read_error(tmp_path / "nope.txt") == f"{tmp_path / 'nope.txt'}: does not exist: check the path"


def test_truncated_feed_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, "cut.rss", b"<rss><channel><title>x</title>")
    assert read_error(path).startswith(f"{path}: is not a valid RSS or Atom feed (")


OVER = "characters, over the {:,} limit (raise it with --max-chars)"


@pytest.mark.parametrize(
    ("content", "max_chars", "problem"),
    [
        ("عنوان\n" + "ن" * 11, 10, "text is 11 " + OVER.format(10)),
        ("عنوان\n" + "ن" * 1_234_567, 1_000_000, "text is 1,234,567 " + OVER.format(1_000_000)),
    ],
)
def test_size_cap(tmp_path: Path, content: str, max_chars: int, problem: str) -> None:
    path = write(tmp_path, "big.txt", content)
    assert read_error(path, max_chars=max_chars) == f"{path}: {problem}"
    body = content.split("\n")[1]
    assert [a.text for a in read(path, max_chars=len(body))] == [body]  # at the limit is fine


# Three JSONL lines: an article, a line cut short, an article with the ANT corpus's field names.
JSONL = (
    '{"id": "a1", "title": "عنوان أول", "text": "الفقرة الأولى.\\nالفقرة الثانية.", '
    '"published": "Sun, 18 Feb 2018 21:35:43 +0400", "url": "https://example.com/1", "source": "الأفق"}\n'
    "\n"
    '{"title": "مقطوع", "text": "نص" "published": "2018-02-18"}\n'
    '{"docno": "AL-1", "title": "عنوان ثالث", "content": "نص ثالث.", '
    '"time": "2018-02-18", "src": "alarabia"}\n'
)
FIRST = Article(
    text="الفقرة الأولى.\n\nالفقرة الثانية.",  # "The first paragraph." / "The second paragraph."
    title="عنوان أول",  # "First headline"
    published="2018-02-18T21:35:43+04:00",
    source=Source(url="https://example.com/1", outlet="الأفق", id="a1", line=1),
)
THIRD = Article("نص ثالث.", "عنوان ثالث", "2018-02-18", Source(outlet="alarabia", id="AL-1", line=4))


LINE_3 = "line 3 is not valid JSON: Expecting ',' delimiter (col 33)"


def at(article: Article, path: Path) -> Article:
    """The article with its Source.path set to `path`."""
    assert article.source is not None
    return replace(article, source=replace(article.source, path=str(path)))


def test_jsonl_bad_line_is_named_and_the_others_are_read(tmp_path: Path) -> None:
    path = write(tmp_path, "news.jsonl", JSONL)
    articles, errors = read_all(path)
    assert articles == [at(FIRST, path), at(THIRD, path)]
    assert errors == [f"{path}:3: {LINE_3}; the other lines were read"]


def test_jsonl_bad_line_raises_without_on_error(tmp_path: Path) -> None:
    path = write(tmp_path, "news.jsonl", JSONL)
    seen: list[Article] = []
    with pytest.raises(InputError) as caught:
        seen.extend(read(path))
    assert seen == [at(FIRST, path)]
    assert str(caught.value) == f"{path}:3: {LINE_3}; fix or remove that line"
    assert caught.value.input_name == f"{path}:3"


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ('["a list"]', "line 1 is a list, not a JSON object"),
        ('{"title": "عنوان", "text": "  "}', f"line 1 {NO_TEXT}"),  # "headline", blank text
        ('{"text": "نص طويل"}', "line 1 text is 7 " + OVER.format(5)),  # "long text"
    ],
)
def test_jsonl_record_errors(tmp_path: Path, line: str, problem: str) -> None:
    path = write(tmp_path, "r.jsonl", line + "\n")
    assert read_all(path, max_chars=5) == ([], [f"{path}:1: {problem}; the other lines were read"])


def test_json_object_and_list(tmp_path: Path) -> None:
    # "Headline", body as a list of paragraphs: "First paragraph." "Second paragraph."
    one = write(
        tmp_path,
        "one.json",
        '{"title": "عنوان", "body": ["فقرة أولى.", "فقرة ثانية."], "date": "2024-03-14"}',
    )
    expected = Article("فقرة أولى.\n\nفقرة ثانية.", "عنوان", "2024-03-14", Source(path=str(one)))
    assert list(read(one)) == [expected]
    # "First item." / "not an object" / "Second item."
    many = write(
        tmp_path, "many.json", '[{"text": "خبر أول.", "id": 7}, "ليس كائنا", {"content": "خبر ثان."}]'
    )
    articles, errors = read_all(many)
    assert articles == [
        Article(text="خبر أول.", source=Source(path=str(many), id="7", line=1)),
        Article(text="خبر ثان.", source=Source(path=str(many), line=3)),
    ]
    assert errors == [f"{many}: item 2 is a string, not an object; the other items were read"]


def test_json_file_holding_json_lines(tmp_path: Path) -> None:
    path = write(tmp_path, "lines.json", '{"text": "خبر أول."}\n{"text": "خبر ثان."}\n')
    assert [a.source.line for a in read(path) if a.source] == [1, 2]


def test_csv_rows_and_row_errors(tmp_path: Path) -> None:
    content = (
        "Title;Text;Date;URL;Source;ID\n"
        'عنوان أول;"الفقرة الأولى.\nالفقرة الثانية.";2024-03-14;https://example.com/1;الأفق;c1\n'
        "عنوان بلا نص;;2024-03-15;;;c2\n"  # "headline without text"
        ";;;;;\n"
        "عنوان ثالث;خبر ثالث.;غدا;;;c3\n"  # "tomorrow" is not a date: published stays None
    )
    path = write(tmp_path, "news.csv", content)
    articles, errors = read_all(path)
    assert articles == [
        Article(
            text="الفقرة الأولى.\n\nالفقرة الثانية.",
            title="عنوان أول",
            published="2024-03-14",
            source=Source(path=str(path), url="https://example.com/1", outlet="الأفق", id="c1", line=2),
        ),
        Article(text="خبر ثالث.", title="عنوان ثالث", source=Source(path=str(path), id="c3", line=6)),
    ]
    assert errors == [f"{path}:4: row 4 {NO_TEXT}; the other rows were read"]


def test_html_example_page() -> None:
    path = EXAMPLES / "page.html"
    [article] = read(path)
    # "Morocco announces a plan to support grain farmers after a dry season"
    assert article.title == "المغرب يعلن خطة لدعم مزارعي الحبوب بعد موسم جاف"
    assert article.published == "2024-04-02T10:15:00+01:00"
    url = "https://example.com/ar/maghreb/grain-farmers-plan"
    assert article.source == Source(path=str(path), url=url, outlet="صحيفة الأفق")
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 4
    # "The Moroccan government announced on Tuesday a plan worth three billion dirhams ..."
    assert paragraphs[0].startswith("أعلنت الحكومة المغربية يوم الثلاثاء عن خطة بقيمة ثلاثة مليارات درهم")
    assert paragraphs[3].endswith("للمطالبة بدعم عاجل.")  # "... to demand urgent support."
    # menu, "most read" box, footer: "politics", "subscribe to the newsletter", "most read", "rights reserved"
    for boilerplate in ("سياسة", "اشترك في النشرة البريدية", "الأكثر قراءة", "جميع الحقوق محفوظة"):
        assert boilerplate not in article.text


@pytest.mark.parametrize(
    "page",
    ["<html><body><p>نص <b>غير <i>مغلق</p></div></span>", "<<<>>>", "<html><p>\x00</p>", "<?xml?><html>"],
)
def test_malformed_html_gives_an_input_error_or_an_article(tmp_path: Path, page: str) -> None:
    path = write(tmp_path, "bad.html", page)
    articles, errors = read_all(path)
    assert len(articles) + len(errors) == 1


OUTLET = "صحيفة الأفق - آخر الأخبار"  # "al-Ufuq newspaper - latest news"


def test_feed_items() -> None:
    path = str(EXAMPLES / "feed.rss")
    first, second = read(path)
    assert first == Article(
        # "A 5.1 earthquake hit Malatya in eastern Turkey at dawn on Sunday ..." / "According to Anadolu ..."
        text=(
            "ضرب زلزال بقوة 5.1 درجات على مقياس ريختر ولاية ملاطية شرقي تركيا فجر الأحد، وشعر به سكان"
            ' الولايات المجاورة.\n\nوبحسب وكالة "الأناضول"، قالت إدارة الكوارث والطوارئ التركية إنه لم ترد'
            " حتى الآن أي تقارير عن إصابات أو أضرار كبيرة.\n\nوقال والي ملاطية للصحفيين إن فرق الإنقاذ"
            " «تتفقد المباني القديمة في القرى القريبة من مركز الزلزال»."
        ),
        title="زلزال بقوة 5.1 درجات يضرب شرق تركيا دون إصابات",  # "A 5.1 earthquake hits eastern Turkey ..."
        published="2024-04-07T06:42:00+03:00",
        source=Source(path, "https://example.com/ar/turkey/quake-malatya", OUTLET, "ufuq-2024-0407-quake", 1),
    )
    # "Kuwait and Iraq agree to form a committee to demarcate the maritime border"
    assert second.title == "الكويت والعراق يتفقان على تشكيل لجنة لترسيم الحدود البحرية"
    assert second.source == Source(
        path, "https://example.com/ar/gulf/kuwait-iraq-border", OUTLET, "ufuq-2024-0406-kuwait", 2
    )
    assert second.text.count("\n\n") == 2


def test_atom_feed_with_an_empty_entry(tmp_path: Path) -> None:
    atom = (
        '<?xml version="1.0" encoding="windows-1256"?><feed xmlns="http://www.w3.org/2005/Atom"><title>الأفق</title>'
        "<entry><id>tag:e1</id><title>عنوان</title><updated>2024-04-07T06:42:00Z</updated>"
        '<content type="html">&lt;p&gt;فقرة أولى.&lt;/p&gt;&lt;p&gt;فقرة ثانية.&lt;/p&gt;</content></entry>'
        "<entry><id>tag:e2</id><title>فارغ</title></entry></feed>"
    )
    # Encoded as its declaration says; "Headline", "First paragraph." "Second paragraph.", "empty"
    path = write(tmp_path, "a.atom", atom.encode("cp1256"))
    articles, errors = read_all(path)
    source = Source(path=str(path), outlet="الأفق", id="tag:e1", line=1)
    assert articles == [Article("فقرة أولى.\n\nفقرة ثانية.", "عنوان", "2024-04-07T06:42:00+00:00", source)]
    assert errors == [f"{path}: item 2 has no article text; the other items were read"]


def test_folder_is_read_recursively_in_order(tmp_path: Path) -> None:
    write(tmp_path, "b/z.txt", "عنوان ز\nنص ز.")  # "headline z" / "text z."
    write(tmp_path, "a.jsonl", '{"text": "نص أ."}\n')
    write(tmp_path, "b/a/y.TXT", "عنوان ي\nنص ي.")
    write(tmp_path, "notes.md", "# ليس خبرا")  # "not news": unknown extensions in a folder are skipped
    write(tmp_path, ".hidden/x.txt", "عنوان\nنص مخفي.")  # hidden folders are skipped
    articles, errors = read_all(tmp_path)
    assert [(a.source.path if a.source else None, a.text) for a in articles] == [
        (str(tmp_path / "a.jsonl"), "نص أ."),
        (str(tmp_path / "b/a/y.TXT"), "نص ي."),
        (str(tmp_path / "b/z.txt"), "نص ز."),
    ]
    assert errors == []


def test_folder_without_inputs(tmp_path: Path) -> None:
    write(tmp_path, "notes.md", "# ملاحظات")
    assert read_error(tmp_path) == f"{tmp_path}: is a folder with no readable files: {FORMATS}"


def test_examples_folder_reads_six_articles() -> None:
    articles, errors = read_all(EXAMPLES)
    assert (len(articles), errors) == (6, [])


SNIFFED = ["feed.rss", "page.html", "scraped.txt"]


@pytest.mark.parametrize(
    ("data", "texts"),
    [
        (
            '{"text": "خبر أول."}\n{"text": "خبر ثان."}\n',
            ["خبر أول.", "خبر ثان."],
        ),  # JSONL: "first/second item."
        ('[{"text": "خبر أول."}]', ["خبر أول."]),  # a JSON list
        ('{"text": "خبر أول."}', ["خبر أول."]),  # one JSON object
        ("عنوان\n[عاجل] خبر أول.", ["[عاجل] خبر أول."]),  # a text whose body opens "[Breaking]"
        *(
            ((EXAMPLES / name).read_text("utf-8"), [a.text for a in read(EXAMPLES / name)])
            for name in SNIFFED
        ),
    ],
    ids=["jsonl", "json-list", "json-object", "text", *SNIFFED],
)
def test_stdin_is_sniffed(monkeypatch: pytest.MonkeyPatch, data: str, texts: list[str]) -> None:
    # Arabic in Windows-1256, as a legacy tool might pipe it.
    monkeypatch.setattr(sys, "stdin", SimpleNamespace(buffer=io.BytesIO(data.encode("cp1256"))))
    articles = list(read("-"))
    assert [a.text for a in articles] == texts
    assert all(a.source is not None and a.source.path is None for a in articles)


def test_stdin_errors_name_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", SimpleNamespace(buffer=io.BytesIO(b'{"text": "x"}\n{"text": }\n')))
    assert read_all("-") == (
        [Article(text="x", source=Source(line=1))],
        ["<stdin>:2: line 2 is not valid JSON: Expecting value (col 10); the other lines were read"],
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Sun, 18 Feb 2018 21:35:43 +0400", "2018-02-18T21:35:43+04:00"),  # RFC 822, offset kept
        ("2018-02-18", "2018-02-18"),
        ("2017-01-20T21:43:00+01:00", "2017-01-20T21:43:00+01:00"),
        ("2015-07-27 18:39:22", "2015-07-27T18:39:22"),  # SaudiNewsNet's date_extracted style
        ("2024-04-07T06:42:00Z", "2024-04-07T06:42:00+00:00"),
        ("2024-04-02T10:15:00+0100", "2024-04-02T10:15:00+01:00"),  # htmldate's %z
        ("الأحد الماضي", None),  # "last Sunday"
        ("", None),
        (None, None),
        (20180218, None),
    ],
)
def test_iso_date(value: object, expected: str | None) -> None:
    assert iso_date(value) == expected


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.binary(max_size=300), st.text(max_size=300).map(str.encode)))
@pytest.mark.parametrize("extension", [".txt", ".jsonl", ".json", ".csv", ".html", ".rss"])
def test_any_bytes_give_articles_or_input_errors(tmp_path: Path, extension: str, data: bytes) -> None:
    path = write(tmp_path, "fuzz" + extension, data)
    articles, errors = read_all(path)  # anything but an InputError would fail the test
    assert all(isinstance(a, Article) and a.text.strip() for a in articles)
    assert all(error.startswith(str(path)) for error in errors)
