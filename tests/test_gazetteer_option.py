"""User gazetteers (`--gazetteer FILE`, `Extractor(gazetteers=...)`) reach the entity stage."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from extractor import Extractor
from extractor.cli import main

TEXT = "Aid convoy attacked\n\nGunmen attacked an aid convoy near Damazine on Monday, officials said.\n"


def _labels(record: dict) -> dict[str, str]:
    return {e["canonical"]: e["label"] for e in record["entities"]}


def test_user_gazetteer_sets_the_label(tmp_path: Path) -> None:
    gaz = tmp_path / "places.tsv"
    gaz.write_text("# my places\nDamazine\tGPE\n", encoding="utf-8")
    article = tmp_path / "convoy.txt"
    article.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(article), "--gazetteer", str(gaz), "-q"])
    assert result.exit_code == 0, result.output
    assert _labels(json.loads(result.stdout))["Damazine"] == "GPE"
    assert _labels(Extractor(gazetteers=[gaz]).extract_text(TEXT))["Damazine"] == "GPE"


def test_bad_gazetteer_is_a_usage_error(tmp_path: Path) -> None:
    gaz = tmp_path / "bad.tsv"
    gaz.write_text("Damazine\tPLACE\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(tmp_path), "--gazetteer", str(gaz)])
    assert result.exit_code == 2
    assert "bad gazetteer line" in result.output and "Traceback" not in result.output
