"""``extractor evaluate``: run the pipeline on the gold's articles and score, in one step."""

from __future__ import annotations

import json
from pathlib import Path

import click

from extractor.commands.evaluation import _fail, render_errors, render_report
from extractor.commands.options import gazetteer_option
from extractor.record import dumps
from extractor.scoring import error_list, score_records, trivial_claims_baseline
from extractor.validate import LoadError, check_articles, find_article, load_records


@click.command("evaluate")
@click.argument("gold_dir", default="gold", type=click.Path(exists=True, path_type=Path))
@click.option("--corpus", metavar="DIR", default=None, type=click.Path(file_okay=False, path_type=Path),
              help="Folder of the articles (DIR/<doc_id>.txt); default: each gold's provenance.source_path.")
@click.option("--model", default=None, help="spaCy pipeline to evaluate (default: en_core_web_sm).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the predictions as JSON lines.")
@gazetteer_option
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--errors", "show_errors", is_flag=True, help="List every false positive and false negative.")
def evaluate_cmd(gold_dir: Path, corpus: Path | None, model: str | None, output: Path | None,
                 gazetteers: tuple[str, ...], as_json: bool, show_errors: bool) -> None:
    """Extract the articles of the gold records in GOLD_DIR (default gold/) and score them.

    Ingest runs as for `extract` (sidecars and datelines give the publication
    date). The claims table also shows the trivial baseline that takes every
    sentence as a claim.
    """
    from extractor import Extractor

    try:
        gold = load_records(gold_dir, gold=True)
        texts, warnings = check_articles(gold, corpus)
        paths = {}
        for doc_id, record in gold.records.items():
            article = find_article(record, gold.origin.get(doc_id), corpus)
            if article is None:
                raise LoadError(gold.where[doc_id], "article not found (use --corpus DIR)")
            paths[doc_id] = article
    except LoadError as exc:
        _fail(str(exc))
    try:
        extractor = Extractor(model, gazetteers=gazetteers)
    except Exception as exc:  # noqa: BLE001 - a model that will not load is a usage error
        _fail(str(exc))
    predictions = {r["doc_id"]: r for r in extractor.extract_files(paths[d] for d in sorted(paths))}
    if output:
        output.write_text("".join(dumps(predictions[d]) + "\n" for d in sorted(predictions)), encoding="utf-8")
    report = score_records(gold.records, predictions)
    report["warnings"] = warnings + report["warnings"]
    baseline = trivial_claims_baseline(gold.records, texts)
    if as_json:
        report["baseline_claims"] = baseline
        if show_errors:
            report["errors"] = error_list(gold.records, predictions)
        click.echo(json.dumps(report, indent=2, ensure_ascii=False))
        return
    click.echo(render_report(report, baseline))
    if show_errors:
        click.echo("")
        click.echo(render_errors(error_list(gold.records, predictions)))
