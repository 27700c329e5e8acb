"""``extractor show``: a self-contained HTML page of a record over its article."""

from __future__ import annotations

import os
import sys
import warnings
from pathlib import Path
from typing import Any

import click

from extractor.commands.options import gazetteer_option

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def _fail(message: str, code: int = EXIT_USAGE) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def _read_text(path: Path, published: str | None = None) -> Any:
    """The article as ingest reads it (decoding, HTML reduction): the text offsets refer to."""
    from extractor.ingest import read_file

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return read_file(path, published=published)


def _find(record: dict[str, Any], origin: Path | None, corpus: Path | None) -> Path | None:
    from extractor.validate import find_article

    found = find_article(record, origin, corpus)
    source = (record.get("provenance") or {}).get("source_path")
    if found is None and origin is not None and isinstance(source, str) and source:
        near = origin.resolve().parent / source  # a path relative to the records file
        found = near if near.is_file() else None
    return found


@click.command("show")
@click.argument("article", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--records", "records_path", metavar="FILE", type=click.Path(exists=True, path_type=Path),
              help="Show existing records (.jsonl, .json or a folder) instead of running the pipeline.")
@click.option("--corpus", metavar="DIR", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder of the articles (DIR/<doc_id>.txt); default: provenance.source_path.")
@click.option("--doc-id", "doc_ids", multiple=True, metavar="ID", help="Only these records (repeatable).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the page here (default: standard output).")
@click.option("--model", default=None, help="spaCy pipeline for the extraction (default: en_core_web_sm).")
@click.option("--published", default=None, metavar="YYYY-MM-DD", help="Publication date of ARTICLE.")
@gazetteer_option
def show_cmd(article: Path | None, records_path: Path | None, corpus: Path | None, doc_ids: tuple[str, ...],
             output: Path | None, model: str | None, published: str | None, gazetteers: tuple[str, ...]) -> None:
    """An HTML page of ARTICLE with what was extracted, highlighted over the text.

    Without --records the pipeline runs on ARTICLE. With --records FILE the
    records are shown over their articles (ARTICLE, or each record's
    provenance.source_path, or --corpus DIR/<doc_id>.txt); several records make
    one page. The page is self-contained: open it in any browser, offline.
    """
    from extractor.ingest import IngestError
    from extractor.show import render_page

    items: list[tuple[dict[str, Any], str, list[str]]] = []
    if records_path is None:
        if article is None:
            _fail("give an ARTICLE to extract, or --records FILE")
        from extractor import Extractor

        try:
            text = _read_text(article, published).text
            extractor = Extractor(model, gazetteers=gazetteers)
        except IngestError as exc:
            _fail(exc.message, EXIT_SOME_FAILED)
        except Exception as exc:  # noqa: BLE001 - a model that will not load is a usage error
            _fail(str(exc))
        record = next(extractor.extract_files([article], published=published))
        if "error" in record:
            _fail(record["error"]["message"], EXIT_SOME_FAILED)
        items.append((record, text, []))
    else:
        from extractor.commands.db import iter_records

        wanted = set(doc_ids) | ({article.stem} if article and not doc_ids else set())
        for where, origin, value in iter_records((str(records_path),)):
            if isinstance(value, Exception):
                _fail(f"{where}: {value}")
            if not isinstance(value, dict) or "error" in value or "doc_id" not in value:
                continue
            if wanted and value["doc_id"] not in wanted:
                continue
            path = article or _find(value, origin, corpus)
            if path is None:
                _fail(f"{where}: article of {value['doc_id']!r} not found (give ARTICLE or --corpus DIR)")
            try:
                read = _read_text(path)
            except IngestError as exc:
                _fail(exc.message)
            notes = []
            if read.sha256 != value.get("text_sha256"):
                notes.append(f"{path}: text_sha256 differs from the record's: the record was made from "
                              "another version of this article")
            items.append((value, read.text, notes))
        if not items:
            _fail(f"{records_path}: no record" + (f" for {', '.join(sorted(wanted))}" if wanted else ""))
    for _record, _, notes in items:
        for note in notes:
            click.echo(f"news-extractor: warning: {note}", err=True)
    page = render_page(items)
    if output is None:
        click.echo(page, nl=False)
        return
    tmp = output.with_name(f".{output.name}.partial")
    tmp.write_text(page, encoding="utf-8")
    os.replace(tmp, output)
    click.echo(f"news-extractor: wrote {output} ({len(items)} article{'s' if len(items) != 1 else ''})",
               err=True)
