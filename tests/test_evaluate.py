"""`extractor evaluate`: the pipeline on the gold's articles, scored in one step."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from extractor.cli import main
from tests.conftest import CORPUS, ROOT


def test_evaluate_gold(tmp_path: Path) -> None:
    out = tmp_path / "pred.jsonl"
    result = CliRunner().invoke(main, ["evaluate", str(ROOT / "gold"), "--corpus", str(CORPUS), "--json",
                                       "-o", str(out)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert set(report["categories"]) == {"entities", "mentions", "quantities", "dates", "claims", "attributions"}
    gold_ids = sorted(p.stem for p in (ROOT / "gold").glob("*.json"))
    assert sorted(report["documents"]) == gold_ids
    assert report["baseline_claims"]["gold"] == report["categories"]["claims"]["gold"]
    assert [json.loads(line)["doc_id"] for line in out.read_text().splitlines()] == gold_ids


def test_evaluate_refuses_gold_for_another_text(tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    record = json.loads((ROOT / "gold" / "12_2ecbplus.json").read_text())
    record["text_sha256"] = "0" * 64
    (gold / "12_2ecbplus.json").write_text(json.dumps(record))
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / "12_2ecbplus.txt", corpus)
    result = CliRunner().invoke(main, ["evaluate", str(gold), "--corpus", str(corpus)])
    assert result.exit_code == 2
    assert "text_sha256 does not match" in result.stderr
