"""The command line, in-process through click's CliRunner."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.article import Article
from marsad.cli import INTERNAL_ERROR, main
from marsad.pipeline import Pipeline
from tests.test_store import analyzer

__all__ = ["analyzer"]  # the session fixture, shared with test_store

# "The Iraqi foreign minister arrived in Ankara." / "He said the talks were positive."
ARTICLE = "وصول الوزير\nوصل وزير الخارجية العراقي إلى أنقرة.\nوقال إن المحادثات كانت إيجابية.\n"


def run(*args: str, input: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


def test_one_article_prints_one_object(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    code, out, err = run("analyze", str(path), "--published", "2018-02-18")
    doc = json.loads(out)
    assert (code, err) == (0, "")
    assert (doc["title"], doc["published"], doc["language"]) == ("وصول الوزير", "2018-02-18", "ar")
    assert doc["text"] == "وصل وزير الخارجية العراقي إلى أنقرة.\n\nوقال إن المحادثات كانت إيجابية."
    assert [p["text"] for p in doc["paragraphs"]] == [
        "وصل وزير الخارجية العراقي إلى أنقرة.",
        "وقال إن المحادثات كانت إيجابية.",
    ]


def test_several_inputs_print_lines(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(ARTICLE.replace("أنقرة", name[0]), encoding="utf-8")
    code, out, _ = run("analyze", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    lines = out.splitlines()
    assert code == 0
    assert len(lines) == 2
    assert [json.loads(line)["title"] for line in lines] == ["وصول الوزير", "وصول الوزير"]


def test_bad_inputs_named_good_ones_kept(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\xff\xfe\x00PK\x03\x04" * 20)
    (tmp_path / "empty.txt").write_bytes(b"")
    code, out, err = run(
        "analyze", "--format", "jsonl", *(str(tmp_path / n) for n in ("binary.txt", "good.txt", "empty.txt"))
    )
    assert code == 1
    assert [json.loads(line)["title"] for line in out.splitlines()] == ["وصول الوزير"]
    errors = err.splitlines()
    assert "Traceback" not in err
    assert errors[0].startswith(f"marsad: error: {tmp_path / 'binary.txt'}: ")
    assert "binary" in errors[0]
    assert errors[1].startswith(f"marsad: error: {tmp_path / 'empty.txt'}: ")
    assert "empty" in errors[1]
    assert errors[2] == "marsad: error: 2 input(s) failed, 1 article(s) analyzed"


def test_windows_1256_file(tmp_path: Path) -> None:
    path = tmp_path / "cp1256.txt"
    path.write_bytes(ARTICLE.encode("cp1256"))
    code, out, _ = run("analyze", str(path))
    assert code == 0
    assert json.loads(out)["title"] == "وصول الوزير"


def test_stdin() -> None:
    code, out, _ = run("analyze", "-", input=ARTICLE.encode("utf-8"))
    assert code == 0
    assert json.loads(out)["title"] == "وصول الوزير"


def test_bad_published_date(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    code, _, err = run("analyze", str(path), "--published", "18/02/2018")
    assert code == 2
    assert "is not a date: give it as YYYY-MM-DD" in err


# -- bad input and internal errors (issue 9) -------------------------------------------------------


@pytest.fixture
def light(monkeypatch: pytest.MonkeyPatch, analyzer: Pipeline) -> Pipeline:
    """`marsad analyze` with the stages that need no trained model (normalize, language, segment)."""
    monkeypatch.setattr("marsad.pipeline.default_pipeline", lambda: analyzer)
    return analyzer


def test_internal_error_is_one_line(tmp_path: Path, light: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self: Article) -> dict[str, object]:
        raise RuntimeError("a bug in to_json")

    monkeypatch.setattr(Article, "to_json", broken)
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    code, out, err = run("analyze", str(path))
    assert (code, out) == (INTERNAL_ERROR, "")
    assert err == (
        f"marsad: internal error while analyzing {path}: RuntimeError: a bug in to_json; please report it"
        " (rerun with --debug for the traceback)\n"
    )


@pytest.mark.parametrize(("args", "env"), [(["--debug"], {}), ([], {"MARSAD_DEBUG": "1"})])
def test_debug_shows_the_traceback(
    tmp_path: Path, light: Pipeline, monkeypatch: pytest.MonkeyPatch, args: list[str], env: dict[str, str]
) -> None:
    def broken(self: Article) -> dict[str, object]:
        raise RuntimeError("a bug in to_json")

    monkeypatch.setattr(Article, "to_json", broken)
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(main, [*args, "analyze", str(path)], env=env)
    assert isinstance(result.exception, RuntimeError)  # raised, so Python prints its traceback


def test_bad_jsonl_lines_named_others_kept(tmp_path: Path, light: Pipeline) -> None:
    good = json.dumps({"text": ARTICLE, "title": "خبر"}, ensure_ascii=False)  # "news"
    lines = [
        good,
        '{"text": "نص", ',  # cut off
        '{"text": "قال\\ud800 الوزير"}',  # "the minister said", with half a surrogate pair
        "[1, 2]",
        good.replace("أنقرة", "بغداد"),  # Ankara -> Baghdad
        '{"title": "بلا نص"}',  # "without text"
    ]
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = run("analyze", "--format", "jsonl", str(path))
    assert code == 1
    assert [json.loads(line)["source"]["line"] for line in out.splitlines()] == [1, 5]
    assert "Traceback" not in err
    assert err.splitlines() == [
        f"marsad: error: {path}:2: line 2 is not valid JSON: Expecting property name enclosed in double"
        " quotes (col 16); the other lines were read",
        f"marsad: error: {path}:3: line 3 has an unpaired surrogate \\ud800 in its text field (a character"
        " cut in half): re-export the record as UTF-8; the other lines were read",
        f"marsad: error: {path}:4: line 4 is a list, not a JSON object; the other lines were read",
        f"marsad: error: {path}:6: line 6 has no article text: fill its text, content or body field;"
        " the other lines were read",
        "marsad: error: 4 input(s) failed, 2 article(s) analyzed",
    ]


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        # NUL and escape characters inside a JSON string go.
        ('{"text": "وصل\\u0000 الوفد\\u001b"}', "وصل الوفد"),
        # Right-to-left override, isolates and marks around "the minister said X": the controls go.
        ('{"text": "\\u202eقال الوزير\\u202c \\u2066X\\u2069\\u200f"}', "قال الوزير X"),
        # A storm of 5,000 shaddas on one letter stays one (long) token.
        ('{"text": "قال ب' + "\u0651" * 5000 + '"}', "قال ب" + "\u0651" * 5000),
    ],
)
def test_odd_unicode_is_cleaned(tmp_path: Path, light: Pipeline, raw: str, text: str) -> None:
    path = tmp_path / "odd.jsonl"
    path.write_text(raw + "\n", encoding="utf-8")
    code, out, err = run("analyze", str(path))
    assert (code, err) == (0, "")
    assert json.loads(out)["text"] == text


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        (
            "page.html",
            "<html><body><nav><a href='/'>الرئيسية</a></nav></body></html>".encode(),
            "has no article",
        ),
        ("mixed.txt", "خبر\n".encode() + "عاجل".encode("cp1256") + b"\xff\xfe\x81", "cannot be decoded"),
        ("data.bin.txt", bytes(range(256)) * 4, "is binary"),
        ("empty.jsonl", b"\n  \n", "is empty"),
    ],
)
def test_unusable_files_named(tmp_path: Path, light: Pipeline, name: str, data: bytes, problem: str) -> None:
    (tmp_path / name).write_bytes(data)
    code, out, err = run("analyze", str(tmp_path / name))
    assert (code, out) == (1, "")
    first = err.splitlines()[0]
    assert first.startswith(f"marsad: error: {tmp_path / name}: ")
    assert problem in first


def test_max_chars(tmp_path: Path, light: Pipeline) -> None:
    path = tmp_path / "long.txt"
    path.write_text("عنوان\n" + "كلمة " * 30, encoding="utf-8")  # "title", then "word" x 30
    code, out, err = run("analyze", "--max-chars", "100", str(path))
    assert (code, out) == (1, "")
    assert err.splitlines()[0] == (
        f"marsad: error: {path}: text is 149 characters, over the 100 limit (raise it with --max-chars)"
    )
    assert run("analyze", "--max-chars", "149", str(path))[0] == 0


def test_lazy_commands_reachable_from_main() -> None:
    code, out, _ = run("query", "--help")
    assert code == 0
    assert "DuckDB" in out
    code, out, _ = run("--help")
    assert [line.split()[0] for line in out.split("Commands:")[1].strip().splitlines()] == [
        "analyze",
        "batch",
        "export",
        "ingest",
        "query",
        "search",
        "serve",
        "tag",
    ]


def test_tag_conll_keeps_tokens_and_order() -> None:
    # "The Iraqi prime minister arrived in Cairo ." / "He met the president ." — one token a line, a blank
    # line between sentences, a second column (a gold tag) ignored.
    tokens = [["وصل", "رئيس", "الوزراء", "العراقي", "إلى", "القاهرة", "."], ["والتقى", "الرئيس", "."]]
    stdin = "\n\n".join("\n".join(f"{t}\tO" for t in sent) for sent in tokens) + "\n"
    code, out, err = run("tag", "--format", "conll", input=stdin.encode("utf-8"))
    assert (code, err) == (0, "")
    blocks = [block.splitlines() for block in out.strip("\n").split("\n\n")]
    assert [[line.split("\t")[0] for line in block] for block in blocks] == tokens
    tags = {line.split("\t")[0]: line.split("\t")[1] for block in blocks for line in block}
    assert tags["القاهرة"] == "B-LOC"  # Cairo
    assert set(tags.values()) <= {
        "O",
        *(f"{p}-{label}" for p in "BI" for label in ("PER", "ORG", "LOC", "MISC")),
    }


def test_python_dash_m_runs_the_cli() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "marsad", "--help"], capture_output=True, text=True, check=False
    )
    assert out.returncode == 0, out.stderr
    assert "Usage: marsad" in out.stdout
    assert "ingest" in out.stdout
