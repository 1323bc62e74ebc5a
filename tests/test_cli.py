"""The command line, in-process through click's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from marsad.cli import main

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
