"""The command line: a thin layer over marsad's Python API. Errors print one line and exit non-zero."""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Iterator

import click

from marsad.article import Article
from marsad.errors import InputError, MarsadError


def _fail(message: str) -> None:
    click.echo(f"marsad: error: {message}", err=True)


def _published(value: str | None) -> str | None:
    if value is None:
        return None
    from datetime import date

    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date: give it as YYYY-MM-DD") from None


@click.group()
@click.version_option(package_name="marsad")
def main() -> None:
    """marsad: an offline, Arabic-native news observatory."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "jsonl"]),
    default=None,
    help="json: one object (default for one article); jsonl: one line per article.",
)
@click.option("--published", default=None, help="Publication date (YYYY-MM-DD) for articles that lack one.")
@click.option("--max-chars", default=1_000_000, show_default=True, help="Largest article text accepted.")
def analyze(paths: tuple[str, ...], fmt: str | None, published: str | None, max_chars: int) -> None:
    """Analyze articles from files, folders or - (standard input) and print contract JSON."""
    from marsad.ingest import read
    from marsad.pipeline import default_pipeline

    default_date = _published(published)
    failures: list[MarsadError] = []

    def record(error: InputError) -> None:
        failures.append(error)
        _fail(str(error))

    def articles() -> Iterator[Article]:
        for path in paths:
            for article in read(path, on_error=record, max_chars=max_chars):
                if article.published is None and default_date:
                    article = dataclasses.replace(article, published=default_date)
                yield article

    pipeline = default_pipeline()
    analyzed = 0
    held: list[dict[str, object]] = []
    # With one path and no --format, one article prints as one object and more as lines; --format json
    # prints one object, or a list when there are several.
    stream = fmt == "jsonl" or (fmt is None and len(paths) > 1)
    for article in articles():
        try:
            result = pipeline(article).to_json()
        except MarsadError as exc:
            failures.append(exc)
            _fail(str(exc))
            continue
        analyzed += 1
        if stream:
            click.echo(json.dumps(result, ensure_ascii=False))
        elif fmt is None and held:
            stream = True
            for item in (*held, result):
                click.echo(json.dumps(item, ensure_ascii=False))
            held = []
        else:
            held.append(result)
    if held:
        click.echo(json.dumps(held[0] if len(held) == 1 else held, ensure_ascii=False, indent=2))
    if failures:
        _fail(f"{len(failures)} input(s) failed, {analyzed} article(s) analyzed")
        sys.exit(1)
    if analyzed == 0:
        _fail("no articles found in " + ", ".join(paths))
        sys.exit(1)
