"""The command line: a thin layer over marsad's Python API. Errors print one line and exit non-zero.

A bug (any exception that is no MarsadError) also prints one line, "marsad: internal error while
analyzing X: ...; please report it", and exits with status 70; `marsad --debug` or MARSAD_DEBUG=1
shows the traceback instead.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

import click

from marsad.article import Article
from marsad.errors import InputError, MarsadError
from marsad.models.ner import KINDS as NER_KINDS

if TYPE_CHECKING:
    from marsad.store import Analyzer, Store


INTERNAL_ERROR = 70  # EX_SOFTWARE (sysexits.h): a bug, not bad input


def _fail(message: str) -> None:
    click.echo(f"marsad: error: {message}", err=True)


class _Doing:
    """What the running command is busy with, for the one-line internal error message."""

    what = "running marsad"


def _busy(what: str) -> None:
    _Doing.what = what


# Commands defined in heavier modules, imported only when asked for: marsad.batch pulls in dask, duckdb and
# scipy (over a second of imports), which `marsad analyze` should not pay for.
LAZY_COMMANDS = {"batch": "marsad.batch:batch_command", "query": "marsad.batch:query_command"}


class _Guarded(click.Group):
    """The marsad group: a bug in a command prints one line (the traceback only with --debug)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *LAZY_COMMANDS])

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in LAZY_COMMANDS:
            import importlib

            module, attr = LAZY_COMMANDS[cmd_name].split(":")
            command: click.Command = getattr(importlib.import_module(module), attr)
            return command
        return super().get_command(ctx, cmd_name)

    def invoke(self, ctx: click.Context) -> Any:
        _busy("running marsad")
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except BrokenPipeError:  # `marsad analyze ... | head`: the reader left, nothing to say
            sys.stderr.close()
            ctx.exit(1)
        except Exception as exc:
            if (ctx.obj or {}).get("debug") if isinstance(ctx.obj, dict) else False:
                raise
            if _Doing.what == "running marsad" and ctx.invoked_subcommand:
                _busy(f"running marsad {ctx.invoked_subcommand}")
            _fail_internal(exc)
            ctx.exit(INTERNAL_ERROR)


def _fail_internal(exc: Exception) -> None:
    problem = f"{type(exc).__name__}: {exc}".replace("\n", " ")
    click.echo(
        f"marsad: internal error while {_Doing.what}: {problem}; please report it "
        "(rerun with --debug for the traceback)",
        err=True,
    )


def _read_all(
    paths: Sequence[str],
    on_error: Callable[[InputError], None],
    max_chars: int,
    published: str | None,
    doing: str,
) -> Iterator[Article]:
    """Raw articles from every path, dated `published` when they carry no date; names what it is doing."""
    from marsad.ingest import read

    for path in paths:
        _busy(f"reading {path}")
        for article in read(path, on_error=on_error, max_chars=max_chars):
            _busy(f"{doing} {_where(article, path)}")
            if article.published is None and published:
                article = dataclasses.replace(article, published=published)
            yield article


def _open_store(db: str) -> Store:
    """The store at `db`, or one line on standard error and exit 1."""
    from marsad.store import open_store

    try:
        return open_store(db)
    except MarsadError as exc:
        _fail(str(exc))
        sys.exit(1)


def _published(value: str | None) -> str | None:
    if value is None:
        return None
    from datetime import date

    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date: give it as YYYY-MM-DD") from None


@click.group(cls=_Guarded)
@click.version_option(package_name="marsad")
@click.option(
    "--debug",
    is_flag=True,
    envvar="MARSAD_DEBUG",
    help="Show the traceback of an internal error (or set MARSAD_DEBUG=1).",
)
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """marsad: an offline, Arabic-native news observatory."""
    if not isinstance(ctx.obj, dict):
        ctx.obj = {}
    ctx.obj["debug"] = debug


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
    from marsad.pipeline import default_pipeline

    default_date = _published(published)
    failures: list[MarsadError] = []

    def record(error: InputError) -> None:
        failures.append(error)
        _fail(str(error))

    def articles() -> Iterator[Article]:
        return _read_all(paths, record, max_chars, default_date, "analyzing")

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


def _where(article: Article, path: str) -> str:
    """An article's input as messages name it: the file, and its line or item when it has one."""
    source = article.source
    name = source.path if source and source.path else ("<stdin>" if path == "-" else path)
    return f"{name}:{source.line}" if source and source.line else name


@main.command()
@click.option("--format", "fmt", type=click.Choice(["conll"]), default="conll", show_default=True)
@click.option(
    "--model",
    type=click.Choice(NER_KINDS),
    default=None,
    help="crf (ner.crf.v1), lstm (ner.lstm.v1) or ens (ner.ens.v1, slower); default $MARSAD_NER, else crf",
)
def tag(fmt: str, model: str | None) -> None:
    """Tag pre-tokenized text on standard input with the NER model.

    Input: one token a line (further columns are ignored), a blank line between sentences.
    Output: token<TAB>tag lines (B-/I- PER, ORG, LOC, MISC, or O), the same tokens in the same order.
    The input is one document (the document pass reads all of it).
    """
    from marsad.models.ner import NerModel

    sentences: list[list[str]] = [[]]
    for line in sys.stdin:
        fields = line.split()
        if fields:
            sentences[-1].append(fields[0])
        elif sentences[-1]:
            sentences.append([])
    sentences = [s for s in sentences if s]
    tags = NerModel.load(kind=model).tag(sentences)
    out = sys.stdout
    for words, labels in zip(sentences, tags, strict=True):
        for word, label in zip(words, labels, strict=True):
            out.write(f"{word}\t{label}\n")
        out.write("\n")


def _analyzer() -> Analyzer:
    """The analyzer for ingest: a test passes its own as click's context object {"analyzer": ...}."""
    ctx = click.get_current_context()
    given = (ctx.obj or {}).get("analyzer") if isinstance(ctx.obj, dict) else None
    if given is not None:
        return given
    from marsad.store import default_analyzer

    return default_analyzer()


_DB = click.option(
    "--db",
    required=True,
    type=click.Path(dir_okay=False),
    help="The store: one SQLite file (created if missing).",
)
_DB_EXISTING = click.option(
    "--db", required=True, type=click.Path(dir_okay=False, exists=True), help="The store: one SQLite file."
)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@_DB
@click.option("--published", default=None, help="Publication date (YYYY-MM-DD) for articles that lack one.")
@click.option("--max-chars", default=1_000_000, show_default=True, help="Largest article text accepted.")
@click.option("--batch-size", default=64, show_default=True, help="Articles analyzed and committed together.")
def ingest(paths: tuple[str, ...], db: str, published: str | None, max_chars: int, batch_size: int) -> None:
    """Read, analyze and store articles; already stored ones are skipped, near-duplicates linked.

    Ends with one line: stored N (new rows, near-duplicates included), skipped N (already stored),
    duplicates N (of the stored, how many are near-copies of an earlier article), failed N.
    """

    default_date = _published(published)
    analyzer = _analyzer()

    def report(error: MarsadError) -> None:
        _fail(str(error))

    def articles() -> Iterator[Article]:
        return _read_all(paths, record_input, max_chars, default_date, "ingesting the batch ending at")

    input_failures: list[InputError] = []

    def record_input(error: InputError) -> None:
        input_failures.append(error)
        report(error)

    store = _open_store(db)
    with store:
        if sys.stderr.isatty():  # a live count of articles read; nothing when stderr is a file or pipe
            with click.progressbar(articles(), label="ingest", file=sys.stderr, show_pos=True) as bar:
                done = store.ingest(bar, analyzer, batch_size=batch_size, on_error=report)
        else:
            done = store.ingest(articles(), analyzer, batch_size=batch_size, on_error=report)
    done.failed += len(input_failures)
    click.echo(done.line(), err=True)
    if done.failed or done.stored + done.skipped == 0:
        sys.exit(1)


@main.command()
@click.argument("query")
@_DB_EXISTING
@click.option("--limit", default=20, show_default=True, help="Most results to print.")
@click.option("--offset", default=0, show_default=True, help="Results to skip (for paging).")
def search(query: str, db: str, limit: int, offset: int) -> None:
    """Search stored articles (letters folded, clitics stripped): id, date, title and a snippet each."""
    from marsad.store import open_store

    try:
        with open_store(db) as store:
            total, items = store.search(query, limit=limit, offset=offset)
    except MarsadError as exc:
        _fail(str(exc))
        sys.exit(1)
    for item in items:
        click.echo(f"{item['id']}\t{item['published'] or '-'}\t{item['title'] or ''}")
        click.echo(f"    {item['snippet']}")
    click.echo(f"{len(items)} of {total} result(s)", err=True)


@main.command()
@_DB_EXISTING
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "gdelt", "parquet"]), required=True)
@click.option("--out", required=True, type=click.Path(dir_okay=False), help="File to write (- for stdout).")
@click.option(
    "--table",
    type=click.Choice(["articles", "entities", "mentions", "quotes", "events", "places", "registry"]),
    default="articles",
    show_default=True,
    help="For csv and parquet: which table (jsonl is always articles, gdelt always events).",
)
def export(db: str, fmt: str, out: str, table: str) -> None:
    """Export the store: jsonl (contract JSON), csv or parquet (one table), gdelt (GDELT 2.0 event TSV)."""
    from marsad.export import export as write
    from marsad.store import open_store

    try:
        with open_store(db) as store:
            if out == "-" and fmt != "parquet":
                count = write(store, fmt, sys.stdout, table)
            else:
                count = write(store, fmt, out, table)
    except (MarsadError, OSError) as exc:
        _fail(str(exc))
        sys.exit(1)
    click.echo(f"exported {count} row(s) to {out}", err=True)


@main.command()
@_DB
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True)
@click.option(
    "--write-token",
    envvar="MARSAD_WRITE_TOKEN",
    default=None,
    help="Allow POST /api/articles with this bearer token (or set MARSAD_WRITE_TOKEN); read-only without.",
)
@click.option("--max-chars", default=1_000_000, show_default=True, help="Largest article text POST accepts.")
def serve(db: str, host: str, port: int, write_token: str | None, max_chars: int) -> None:
    """Serve the REST API and the Arabic web pages over a store."""
    import uvicorn

    from marsad.api import create_app

    store = _open_store(db)
    with store:
        uvicorn.run(
            create_app(store, write_token=write_token, max_chars=max_chars),
            host=host,
            port=port,
            log_level="info",
        )


if __name__ == "__main__":
    main()
