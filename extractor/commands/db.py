"""``extractor load``: records (JSON lines, JSON files, folders of them) into a database."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def _lines(handle: Any, name: str, origin: Path | None) -> Iterator[tuple[str, Path | None, Any]]:
    """(where, file, value) per non-blank line; a malformed line gives a JSONDecodeError as value."""
    for number, line in enumerate(handle, 1):
        if not line.strip():
            continue
        try:
            yield f"{name}:{number}", origin, json.loads(line)
        except json.JSONDecodeError as exc:
            yield f"{name}:{number}", origin, exc


def iter_records(paths: tuple[str, ...]) -> Iterator[tuple[str, Path | None, Any]]:
    """(where, file, value) for the records in '-' (stdin, JSON lines), .jsonl files (streamed),
    .json files and folders of both; unreadable input gives an exception as value."""
    from extractor.validate import read_entries

    for arg in paths:
        if arg == "-":
            yield from _lines(sys.stdin, "<stdin>", None)
            continue
        path = Path(arg)
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in (".json", ".jsonl")
                       and not p.name.endswith(".meta.json")) if path.is_dir() else [path]
        for file in files:
            if file.suffix == ".jsonl":
                try:
                    with file.open(encoding="utf-8") as handle:
                        yield from _lines(handle, str(file), file)
                except (OSError, UnicodeDecodeError) as exc:
                    yield str(file), file, ValueError(f"cannot read: {exc}")
                continue
            entries, problems = read_entries(file)
            for problem in problems:
                yield problem.file, file, ValueError(problem.problem)
            for entry in entries:
                yield entry.file + (entry.prefix or ""), file, entry.data


@click.command("load")
@click.argument("records", nargs=-1, required=True)
@click.option("--db", "url", default=None, metavar="URL",
              help="SQLAlchemy URL (default: sqlite:///news.db, or $NEWS_EXTRACTOR_DB): "
                   "sqlite:///FILE or postgresql://USER:PASSWORD@HOST/DB.")
@click.option("-q", "--quiet", is_flag=True, help="No summary and no warnings on stderr.")
def load_cmd(records: tuple[str, ...], url: str | None, quiet: bool) -> None:
    """Load RECORDS (extract output: .jsonl, .json, folders, or - for stdin) into a database.

    The schema is created or migrated on connect. Each article is written in
    its own transaction: loading the same records again changes nothing, a new
    extraction of a doc_id replaces its rows, and a record that fails leaves
    the database as it was. Error records go to the `errors` table.
    Exit codes: 0 all loaded; 1 some records failed; 2 usage or connection error.
    """
    import os

    import sqlalchemy as sa

    from extractor.db import DEFAULT_URL, DatabaseSink, LoadFailure, SchemaError

    url = url or os.environ.get("NEWS_EXTRACTOR_DB") or DEFAULT_URL
    for arg in records:
        if arg != "-" and not Path(arg).exists():
            raise click.BadParameter(f"{arg}: no such file or folder", param_hint="RECORDS")
    try:
        shown = sa.make_url(url).render_as_string(hide_password=True)
        sink = DatabaseSink(url)
    except (sa.exc.ArgumentError, sa.exc.NoSuchModuleError, ValueError) as exc:
        raise click.UsageError(f"--db {url!r}: {exc}") from None
    except (sa.exc.OperationalError, sa.exc.InterfaceError, SchemaError) as exc:
        click.echo(f"news-extractor: cannot use the database {shown}: {exc}".splitlines()[0], err=True)
        sys.exit(EXIT_USAGE)
    failed = 0
    with sink:
        for where, _, value in iter_records(records):
            try:
                if isinstance(value, Exception):
                    raise LoadFailure(str(value))
                sink.write(value)
            except LoadFailure as exc:
                failed += 1
                if not quiet:
                    click.echo(f"news-extractor: {where}: {exc}", err=True)
            except sa.exc.DBAPIError as exc:  # the server went away, the disk is full...
                click.echo(f"news-extractor: {where}: database error: {exc.orig}".splitlines()[0], err=True)
                sys.exit(EXIT_USAGE)
        counts = sink.counts
    if not quiet:
        total = sum(counts.values()) + failed
        click.echo(f"news-extractor: {total} records -> {shown}: {counts['new']} new, {counts['replaced']} "
                   f"replaced, {counts['unchanged']} unchanged, {counts['errors']} error records, "
                   f"{failed} failed", err=True)
    sys.exit(EXIT_SOME_FAILED if failed else EXIT_OK)
