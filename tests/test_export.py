"""`marsad export`: jsonl, csv, gdelt (GDELT 2.0 event columns) and parquet."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.cli import main
from marsad.export import GDELT_COLUMNS, export
from marsad.pipeline import Pipeline
from marsad.store import open_store
from tests.test_store import VISIT, analyzer, annotated

__all__ = ["analyzer"]  # the session fixture, shared with test_store


@pytest.fixture
def db(tmp_path: Path, analyzer: Pipeline) -> str:
    path = tmp_path / "export.db"
    with open_store(path) as store:
        store.add(annotated(analyzer, VISIT, "زيارة إلى إيران"))
    return str(path)


def test_gdelt_header_and_row(db: str) -> None:
    out = io.StringIO()
    with open_store(db) as store:
        assert export(store, "gdelt", out) == 1
    header, row = (line.split("\t") for line in out.getvalue().splitlines())
    assert len(GDELT_COLUMNS) == 61
    assert header == list(GDELT_COLUMNS)
    assert header[:8] == [
        "GlobalEventID",
        "Day",
        "MonthYear",
        "Year",
        "FractionDate",
        "Actor1Code",
        "Actor1Name",
        "Actor1CountryCode",
    ]
    assert header[-2:] == ["DATEADDED", "SOURCEURL"]
    fields = dict(zip(header, row, strict=True))
    assert {k: fields[k] for k in ("Day", "MonthYear", "Year", "FractionDate")} == {
        "Day": "20180217",
        "MonthYear": "201802",
        "Year": "2018",
        "FractionDate": "2018.1288",
    }
    assert {k: fields[k] for k in ("Actor1Code", "Actor1Name", "Actor1CountryCode")} == {
        "Actor1Code": "TURGOV",
        "Actor1Name": "مولود جاويش أوغلو",
        "Actor1CountryCode": "TUR",
    }
    assert (fields["Actor2Code"], fields["Actor2Name"], fields["Actor2CountryCode"]) == (
        "IRQ",
        "العراق",
        "IRQ",
    )
    assert {k: fields[k] for k in ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode")} == {
        "IsRootEvent": "0",  # told in the second paragraph
        "EventCode": "036",
        "EventBaseCode": "036",
        "EventRootCode": "03",
    }
    assert (fields["QuadClass"], fields["GoldsteinScale"], fields["NumArticles"], fields["AvgTone"]) == (
        "1",
        "4.0",
        "1",
        "",
    )
    geo = {
        k: fields[f"ActionGeo_{k}"] for k in ("Type", "FullName", "CountryCode", "Lat", "Long", "FeatureID")
    }
    assert geo == {
        "Type": "4",
        "FullName": "إسطنبول",
        "CountryCode": "TUR",
        "Lat": "41.01",
        "Long": "28.95",
        "FeatureID": "745044",
    }
    assert len(fields["DATEADDED"]) == 14 and fields["DATEADDED"].isdigit()


def test_jsonl_is_contract_json(db: str, contract: dict[str, object]) -> None:
    import jsonschema

    out = io.StringIO()
    with open_store(db) as store:
        export(store, "jsonl", out)
    [doc] = [json.loads(line) for line in out.getvalue().splitlines()]
    jsonschema.validate(doc, contract)
    assert doc["title"] == "زيارة إلى إيران"


@pytest.mark.parametrize(
    ("table", "first_columns", "rows"),
    [
        ("articles", ["id", "title", "published"], 1),
        ("entities", ["article_id", "entity_id", "label", "name"], 3),
        ("quotes", ["article_id", "idx", "kind", "text"], 1),
        ("events", ["article_id", "idx", "cameo", "root"], 1),
    ],
)
def test_csv_tables(tmp_path: Path, db: str, table: str, first_columns: list[str], rows: int) -> None:
    out = tmp_path / f"{table}.csv"
    result = CliRunner().invoke(
        main, ["export", "--db", db, "--format", "csv", "--table", table, "--out", str(out)]
    )
    assert (result.exit_code, result.stderr) == (0, f"exported {rows} row(s) to {out}\n")
    header, *body = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert (header[: len(first_columns)], len(body)) == (first_columns, rows)


def test_parquet(tmp_path: Path, db: str) -> None:
    import pyarrow.parquet as pq

    out = tmp_path / "events.parquet"
    result = CliRunner().invoke(
        main, ["export", "--db", db, "--format", "parquet", "--table", "events", "--out", str(out)]
    )
    assert result.exit_code == 0
    table = pq.read_table(out)
    assert (table.num_rows, table.column("cameo").to_pylist()) == (1, ["036"])


def test_missing_db_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["export", "--db", str(tmp_path / "no.db"), "--format", "jsonl", "--out", "-"]
    )
    assert result.exit_code == 2
    assert "does not exist" in result.stderr
