"""The evaluation commands: ``score`` (predictions against gold) and ``validate`` (gold).

Both print one-line messages and exit 2 on bad input, never a traceback, so they
can sit in scripts and CI. ``render_report`` and ``score_records`` are shared with
the ``evaluate`` command.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, NoReturn

import click

from extractor.scoring import CATEGORIES, error_list, score_records
from extractor.validate import LoadError, check_articles, load_records, validate_paths

__all__ = ["render_errors", "render_report", "score_cmd", "score_records", "validate_cmd"]

_SHORT = {
    "entities": "ent", "mentions": "men", "quantities": "qty",
    "dates": "dat", "claims": "clm", "attributions": "att",
}


def _num(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _secondary(figures: Mapping[str, Any]) -> str:
    """The secondary figures of one category, read off its keys."""
    parts: list[str] = []
    for key, value in figures.items():
        if key.endswith("_accuracy"):
            name = key[: -len("_accuracy")]
            correct = figures.get(f"{name}_correct", 0)
            parts.append(f"{name} acc {_num(value)} ({correct}/{figures['tp']})")
        elif key.endswith("_f1") and key != "f1":
            name = key[: -len("_f1")]
            parts.append(
                f"{name} P/R/F1 {_num(figures[f'{name}_p'])}/{_num(figures[f'{name}_r'])}/"
                f"{_num(value)} (tp {figures[f'{name}_tp']})")
    return "; ".join(parts)


def _row(name: str, f: Mapping[str, Any]) -> str:
    return (f"{name:<13}{f['p']:>6.3f} {f['r']:>6.3f} {f['f1']:>6.3f} "
            f"{f['tp']:>5} {f['pred']:>5} {f['gold']:>5}")


def render_report(report: Mapping[str, Any], baseline: Mapping[str, Any] | None = None) -> str:
    """The ``score_records`` report as a text table: micro figures per category with
    their secondary figures, the macro F1, per-document F1s and the warnings.
    ``baseline``: claims figures of the trivial baseline, shown under claims."""
    documents = report.get("documents") or {}
    lines = [
        f"micro over {len(documents)} document(s)",
        f"{'category':<13}{'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'pred':>5} {'gold':>5}  also",
    ]
    for category in CATEGORIES:
        figures = report["categories"][category]
        extra = _secondary(figures)
        lines.append(_row(category, figures) + (f"  {extra}" if extra else ""))
        if category == "claims" and baseline is not None:
            lines.append(_row("  baseline", baseline) + "  trivial: every sentence a claim")
    lines.append(f"macro F1 (mean of the six F1s): {report['macro_f1']:.3f}")
    if documents:
        width = max(12, *(len(d) for d in documents))
        header = " ".join(f"{_SHORT[c]:>5}" for c in CATEGORIES)
        lines += ["", f"{'document':<{width}} {header} {'macro':>6}"]
        for doc_id, doc in documents.items():
            cells = " ".join(f"{doc[c]['f1']:>5.2f}" for c in CATEGORIES)
            lines.append(f"{doc_id:<{width}} {cells} {doc['macro_f1']:>6.3f}")
    warnings = report.get("warnings") or []
    if warnings:
        lines += ["", f"warnings ({len(warnings)}):"]
        lines += [f"  {w}" for w in warnings]
    return "\n".join(lines)


def render_errors(errors: Sequence[Mapping[str, Any]]) -> str:
    """One line per false positive / false negative."""
    lines = [f"errors ({len(errors)}): kind category doc_id start:end text [detail]"]
    for e in errors:
        where = "-" if e["start"] is None else f"{e['start']}:{e['end']}"
        detail = f"  [{e['detail']}]" if e.get("detail") else ""
        lines.append(
            f"{e['kind']} {e['category']:<12} {e['doc_id']} {where} {e['text']!r}{detail}")
    return "\n".join(lines)


def _fail(message: str) -> NoReturn:
    click.echo(f"error: {message}", err=True)
    sys.exit(2)


@click.command("score")
@click.argument("gold")
@click.argument("pred")
@click.option("--corpus", metavar="DIR", default=None,
              help="Folder of the articles (DIR/<doc_id>.txt) for the text_sha256 check.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--errors", "show_errors", is_flag=True,
              help="List every false positive and false negative.")
def score_cmd(gold: str, pred: str, corpus: str | None, as_json: bool, show_errors: bool) -> None:
    """Score predictions PRED against gold records GOLD (each a JSON file, a folder
    of JSON files or a JSONL file; records pair by doc_id)."""
    try:
        if corpus is not None and not Path(corpus).is_dir():
            raise LoadError(corpus, "no such folder (--corpus)")
        gold_set = load_records(gold, gold=True)
        pred_set = load_records(pred, gold=False)
        _texts, warnings = check_articles(gold_set, corpus)
        report = score_records(gold_set.records, pred_set.records)
        report["warnings"] = warnings + report["warnings"]
        errors = error_list(gold_set.records, pred_set.records) if show_errors else None
    except LoadError as exc:
        _fail(str(exc))
    except Exception as exc:  # noqa: BLE001 - a one-line message, never a traceback
        _fail(f"{type(exc).__name__}: {exc}")
    if as_json:
        if errors is not None:
            report["errors"] = errors
        click.echo(json.dumps(report, indent=2, ensure_ascii=False))
        return
    click.echo(render_report(report))
    if errors is not None:
        click.echo("")
        click.echo(render_errors(errors))


@click.command("validate")
@click.argument("gold", nargs=-1, required=True)
@click.option("--corpus", metavar="DIR", default=None,
              help="Folder of the articles (DIR/<doc_id>.txt) to check offsets and hashes.")
def validate_cmd(gold: tuple[str, ...], corpus: str | None) -> None:
    """Check gold files or folders GOLD... against the record contract: schema,
    offsets, ids and the article hash. Prints "file: item: problem" lines."""
    if corpus is not None and not Path(corpus).is_dir():
        _fail(f"{corpus}: no such folder (--corpus)")
    try:
        problems = validate_paths(gold, corpus)
    except Exception as exc:  # noqa: BLE001 - a one-line message, never a traceback
        _fail(f"{type(exc).__name__}: {exc}")
    for problem in problems:
        click.echo(str(problem))
    if problems:
        click.echo(f"{len(problems)} problem(s)", err=True)
        sys.exit(2)
    click.echo("no problems", err=True)
