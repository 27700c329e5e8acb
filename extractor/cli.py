"""Command-line interface; a thin wrapper over ``extractor.runner`` and friends."""

from __future__ import annotations

import json
import signal
import sys
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import click

from extractor import __version__
from extractor.commands.options import gazetteer_option
from extractor.ingest import DEFAULT_MAX_BYTES, IngestError, normalise_published
from extractor.inputs import Input, Options, discover
from extractor.pipeline import ModelNotFound, check_model
from extractor.record import dumps, record_json_schema
from extractor.runner import DEFAULT_DOC_TIMEOUT, EngineError

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="news-extractor")
def main() -> None:
    """Turn news articles into structured, scored records (schema news-extractor/1).

    Exit codes: 0 success; 1 some inputs failed (each has an error record);
    2 usage error or unusable input to score/validate.
    """


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write JSON lines here (default: standard output, unless --db).")
@click.option("--glob", default="*.txt", show_default=True, help="File pattern inside folders.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Processes (or Dask workers of a local cluster); output is identical whatever the number.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: this machine; dask: a Dask distributed cluster (pip install 'news-extractor[dask]').")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Dask scheduler address (tcp://host:8786); default: a local cluster of --workers processes.")
@click.option("--model", default=None, help="Any installed spaCy pipeline (default: en_core_web_sm).")
@click.option("--published", default=None, metavar="YYYY-MM-DD",
              help="Publication date for every input (resolves relative dates).")
@click.option("--max-bytes", type=click.IntRange(1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Larger inputs become error records.")
@click.option("--text-field", default="text", show_default=True, help="Text field of .jsonl inputs.")
@click.option("--id-field", default="id", show_default=True, help="Id field of .jsonl inputs.")
@click.option("--batch-size", type=click.IntRange(1), default=16, show_default=True)
@click.option("--doc-timeout", type=click.FloatRange(0), default=DEFAULT_DOC_TIMEOUT, show_default=True,
              metavar="SECONDS", help="A document that takes longer becomes an error record (0: no limit).")
@click.option("--resume", is_flag=True,
              help="Continue an interrupted run into -o FILE: inputs already there are skipped.")
@click.option("--db", "db_url", default=None, metavar="URL",
              help="Also store records in this database (sqlite:///news.db, postgresql://...); "
                   "without -o, only there.")
@click.option("--timestamp/--no-timestamp", default=False,
              help="Add provenance.extracted_at (output then differs between runs).")
@gazetteer_option
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, no warnings.")
def extract(paths: tuple[str, ...], output: Path | None, glob: str, workers: int, engine: str,
            scheduler: str | None, model: str | None, published: str | None, max_bytes: int,
            text_field: str, id_field: str, batch_size: int, doc_timeout: float, resume: bool,
            db_url: str | None, timestamp: bool, gazetteers: tuple[str, ...], quiet: bool) -> None:
    """Extract records from article files, folders, .jsonl files or - (stdin).

    One JSON line per input, in sorted path order; unreadable inputs give an
    error record and a warning on stderr, and the run goes on. Exit codes: 0 all
    inputs gave records, 1 some failed, 2 usage error, 130/143 interrupted by
    SIGINT/SIGTERM (rerun with --resume).
    """
    from extractor.output import LineSink, partial_path
    from extractor.output import resume as resume_from
    from extractor.runner import run

    if published:
        try:
            published = normalise_published(published, "--published")
        except IngestError as exc:
            raise click.BadParameter(exc.message, param_hint="--published") from None
    for p in paths:
        if p != "-" and not Path(p).exists():
            raise click.BadParameter(f"{p}: no such file or folder", param_hint="PATHS")
    if resume and output is None:
        raise click.UsageError("--resume needs -o FILE (the output to continue)")
    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    if engine == "dask":
        try:
            import distributed  # noqa: F401
        except ImportError:
            raise click.UsageError("--engine dask needs Dask: pip install 'news-extractor[dask]'") from None
    try:
        check_model(model)
    except (ModelNotFound, OSError) as exc:
        raise click.UsageError(str(exc)) from None
    opts = Options(published=published, max_bytes=max_bytes, text_field=text_field, id_field=id_field)
    # inputs stream through the run (memory stays flat); only --resume and the progress bar count them first
    inputs: Iterable[Input] = discover(list(paths), glob, opts)
    total: int | None = None
    done = 0
    if resume:
        assert output is not None
        listed = list(inputs)
        total = len(listed)
        inputs, done = resume_from(output, listed, opts)
        if not quiet and done:
            click.echo(f"news-extractor: resuming: {done} of {total} inputs already done", err=True)
    else:
        if output is not None and partial_path(output).exists() and not quiet:
            click.echo(f"news-extractor: starting over; {partial_path(output)} held an interrupted run "
                       "(--resume continues one)", err=True)
        if _show_progress(quiet) and "-" not in paths:  # counting must not consume stdin
            total = sum(1 for _ in discover(list(paths), glob, opts))
    db = _open_db(db_url) if db_url else None
    sink = LineSink(output, fsync_every=batch_size) if (output is not None or db is None) else None
    stamp = datetime.now(UTC).isoformat(timespec="seconds") if timestamp else None
    failed = written = 0
    complete = False
    guard = _Signals()
    try:
        if sink is not None:
            sink.open(append=resume)
        with guard, _progress(None if total is None else total - done, quiet) as bar:
            for record, notes in run(inputs, opts, model=model, workers=workers, batch_size=batch_size,
                                     extracted_at=stamp, doc_timeout=doc_timeout or None, engine=engine,
                                     scheduler=scheduler, gazetteers=gazetteers):
                with guard.critical():
                    notes = _store(record, notes, db, sink)
                    written += 1
                if "error" in record:
                    notes = [*notes, f"error: {record['error']['message']}"]
                if "error" in record or any(n.startswith("database: ") for n in notes):
                    failed += 1
                if not quiet:
                    for note in notes:
                        bar.write(f"news-extractor: {note}")
                bar.update(1)
        complete = True
    except _Stopped as stop:
        where = f"; {partial_path(output)} holds {done + written} whole lines: rerun with --resume to finish" \
            if output is not None else ""
        click.echo(f"news-extractor: interrupted by {stop.name} after {written} records{where}", err=True)
        sys.exit(128 + stop.signum)
    except Exception as exc:  # noqa: BLE001 - a message, never a traceback
        where = f"; {partial_path(output)} holds the records so far (--resume continues)" if output else ""
        click.echo(f"news-extractor: error: {type(exc).__name__}: {exc}{where}", err=True)
        sys.exit(EXIT_USAGE if isinstance(exc, EngineError) else EXIT_SOME_FAILED)
    finally:
        if sink is not None:
            sink.close(complete)
        if db is not None:
            db.close()
    if not quiet and failed:
        click.echo(f"news-extractor: {failed} of {done + written} inputs failed", err=True)
    sys.exit(EXIT_SOME_FAILED if failed else EXIT_OK)


def _open_db(url: str):  # type: ignore[no-untyped-def]
    """``extractor.db.DatabaseSink`` (imported only when --db is given)."""
    try:
        from extractor.db import DatabaseSink
    except ImportError as exc:
        raise click.UsageError(f"--db needs the database support ({exc}); pip install 'news-extractor[db]'") \
            from None
    try:
        return DatabaseSink(url)
    except Exception as exc:  # noqa: BLE001 - bad URL, unreachable server, newer schema
        raise click.UsageError(f"--db {url}: {type(exc).__name__}: {exc}") from None


def _store(record: dict, notes: list[str], db, sink) -> list[str]:  # type: ignore[no-untyped-def]
    """Database first, then the line: a crash in between leaves the input to redo (the db write is idempotent)."""
    if db is not None:
        try:
            db.write(record)
        except Exception as exc:  # noqa: BLE001 - LoadFailure and driver errors: warn, go on
            notes = [*notes, f"database: {exc}"]
    if sink is not None:
        sink.write(dumps(record) + "\n")
    return notes


class _Stopped(BaseException):  # noqa: N818 - like KeyboardInterrupt, not an Exception
    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum
        self.name = signal.Signals(signum).name


class _Signals:
    """SIGINT/SIGTERM stop the run between two lines, never in the middle of one."""

    def __init__(self) -> None:
        self.writing = False
        self.pending: int | None = None
        self.previous: dict[int, object] = {}

    def __enter__(self) -> _Signals:
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGINT, signal.SIGTERM):
                self.previous[sig] = signal.signal(sig, self._handle)
        return self

    def __exit__(self, *exc: object) -> None:
        for sig, handler in self.previous.items():
            signal.signal(sig, handler)  # type: ignore[arg-type]
        self.previous = {}

    def _handle(self, signum: int, frame: object) -> None:
        if self.writing:
            self.pending = signum
        else:
            raise _Stopped(signum)

    @contextmanager
    def critical(self) -> Iterator[None]:
        self.writing = True
        try:
            yield
        finally:
            self.writing = False
        if self.pending is not None:
            raise _Stopped(self.pending)


@main.command()
@click.option("--indent", type=int, default=2, show_default=True)
def schema(indent: int) -> None:
    """Print the JSON Schema of one output line (record or error record)."""
    click.echo(json.dumps(record_json_schema(), indent=indent, ensure_ascii=False))


class _NoBar:
    def update(self, n: int) -> None:
        pass

    def write(self, line: str) -> None:
        click.echo(line, err=True)

    def __enter__(self) -> _NoBar:
        return self

    def __exit__(self, *exc: object) -> None:
        pass


def _show_progress(quiet: bool) -> bool:
    return not quiet and sys.stderr.isatty()


def _progress(total: int | None, quiet: bool):  # type: ignore[no-untyped-def]
    if not _show_progress(quiet) or total is None or total < 2:
        return _NoBar()
    from tqdm import tqdm

    class _Bar(tqdm):  # type: ignore[misc]
        def write(self, line: str) -> None:  # type: ignore[override]
            tqdm.write(line, file=sys.stderr)

    return _Bar(total=total, unit="doc", file=sys.stderr, dynamic_ncols=True)


def _register_optional() -> None:
    """Commands that live in their own modules."""
    try:
        from extractor.commands.evaluation import score_cmd, validate_cmd
    except ImportError:
        return
    main.add_command(score_cmd)
    main.add_command(validate_cmd)
    from extractor.commands.evaluate import evaluate_cmd

    main.add_command(evaluate_cmd)
    from extractor.commands.db import load_cmd
    from extractor.commands.show import show_cmd

    main.add_command(load_cmd)
    main.add_command(show_cmd)


_register_optional()
