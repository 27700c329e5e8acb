"""Command-line interface; a thin wrapper over ``extractor.runner`` and friends."""

from __future__ import annotations

import json
import os
import sys
from datetime import UTC, datetime
from pathlib import Path

import click

from extractor import __version__
from extractor.ingest import DEFAULT_MAX_BYTES, IngestError, normalise_published
from extractor.inputs import Options, discover
from extractor.pipeline import ModelNotFound, check_model
from extractor.record import dumps, record_json_schema

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
              help="Write JSON lines here (default: standard output).")
@click.option("--glob", default="*.txt", show_default=True, help="File pattern inside folders.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Processes; output is identical whatever the number.")
@click.option("--model", default=None, help="Any installed spaCy pipeline (default: en_core_web_sm).")
@click.option("--published", default=None, metavar="YYYY-MM-DD",
              help="Publication date for every input (resolves relative dates).")
@click.option("--max-bytes", type=click.IntRange(1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Larger inputs become error records.")
@click.option("--text-field", default="text", show_default=True, help="Text field of .jsonl inputs.")
@click.option("--id-field", default="id", show_default=True, help="Id field of .jsonl inputs.")
@click.option("--batch-size", type=click.IntRange(1), default=16, show_default=True)
@click.option("--timestamp/--no-timestamp", default=False,
              help="Add provenance.extracted_at (output then differs between runs).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, no warnings.")
def extract(paths: tuple[str, ...], output: Path | None, glob: str, workers: int, model: str | None,
            published: str | None, max_bytes: int, text_field: str, id_field: str, batch_size: int,
            timestamp: bool, quiet: bool) -> None:
    """Extract records from article files, folders, .jsonl files or - (stdin).

    One JSON line per input, in sorted path order; unreadable inputs give an
    error record and a warning on stderr, and the run goes on.
    """
    from extractor.runner import run

    if published:
        try:
            published = normalise_published(published, "--published")
        except IngestError as exc:
            raise click.BadParameter(exc.message, param_hint="--published") from None
    for p in paths:
        if p != "-" and not Path(p).exists():
            raise click.BadParameter(f"{p}: no such file or folder", param_hint="PATHS")
    try:
        check_model(model)
    except (ModelNotFound, OSError) as exc:
        raise click.UsageError(str(exc)) from None
    opts = Options(published=published, max_bytes=max_bytes, text_field=text_field, id_field=id_field)
    inputs = list(discover(list(paths), glob, opts))
    stamp = datetime.now(UTC).isoformat(timespec="seconds") if timestamp else None
    failed = 0
    with _Sink(output) as sink, _progress(len(inputs), quiet) as bar:
        for record, notes in run(inputs, opts, model=model, workers=workers, batch_size=batch_size,
                                 extracted_at=stamp):
            sink.write(dumps(record) + "\n")
            if "error" in record:
                failed += 1
                notes = [*notes, f"error: {record['error']['message']}"]
            if not quiet:
                for note in notes:
                    bar.write(f"news-extractor: {note}")
            bar.update(1)
    if not quiet and failed:
        click.echo(f"news-extractor: {failed} of {len(inputs)} inputs failed", err=True)
    sys.exit(EXIT_SOME_FAILED if failed else EXIT_OK)


@main.command()
@click.option("--indent", type=int, default=2, show_default=True)
def schema(indent: int) -> None:
    """Print the JSON Schema of one output line (record or error record)."""
    click.echo(json.dumps(record_json_schema(), indent=indent, ensure_ascii=False))


class _Sink:
    """Whole lines only: output goes to a temporary file renamed into place at the end."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.tmp = path.with_name(f".{path.name}.partial") if path else None

    def __enter__(self) -> _Sink:
        self.handle = self.tmp.open("w", encoding="utf-8", newline="\n") if self.tmp else sys.stdout
        return self

    def write(self, line: str) -> None:
        self.handle.write(line)
        self.handle.flush()

    def __exit__(self, *exc: object) -> None:
        if self.tmp and self.path:
            self.handle.close()
            os.replace(self.tmp, self.path)


class _NoBar:
    def update(self, n: int) -> None:
        pass

    def write(self, line: str) -> None:
        click.echo(line, err=True)

    def __enter__(self) -> _NoBar:
        return self

    def __exit__(self, *exc: object) -> None:
        pass


def _progress(total: int, quiet: bool):  # type: ignore[no-untyped-def]
    if quiet or not sys.stderr.isatty() or total < 2:
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


_register_optional()
