"""The command line: outputs, error records, exit codes, workers."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from extractor.cli import main
from extractor.record import record_json_schema
from tests.conftest import CORPUS, SEED, assert_offsets

LATIN = "Caf\u00e9 attack\n\nA bomb hit the caf\u00e9 in S\u00e3o Paulo on Monday, police said.\n"


def _lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


@pytest.fixture()
def messy(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a_crlf.txt").write_bytes(LATIN.replace("\n", "\r\n").encode())
    (folder / "b_bom.txt").write_bytes(b"\xef\xbb\xbf" + LATIN.encode())
    (folder / "c_utf16.txt").write_bytes(LATIN.encode("utf-16"))
    (folder / "d_latin1.txt").write_bytes(LATIN.encode("latin-1"))
    (folder / "e_empty.txt").write_bytes(b"")
    (folder / "f_binary.txt").write_bytes(bytes(range(256)) * 2)
    (folder / "sub" / "g_big.txt").write_bytes(b"word " * 300)
    (folder / "ignored.md").write_text("not matched by the glob")
    return folder


def test_folder_with_bad_inputs(messy: Path) -> None:
    result = CliRunner().invoke(main, ["extract", str(messy), "--max-bytes", "1000"])
    assert result.exit_code == 1
    records = _lines(result.stdout)
    assert [r["doc_id"] for r in records] == ["a_crlf", "b_bom", "c_utf16", "d_latin1", "e_empty",
                                              "f_binary", "g_big"]
    schema = record_json_schema()
    for r in records:
        jsonschema.validate(r, schema)
    errors = {r["doc_id"]: r["error"]["kind"] for r in records if "error" in r}
    assert errors == {"e_empty": "empty", "f_binary": "binary", "g_big": "too_large"}
    decoded = {
        "a_crlf": LATIN.replace("\n", "\r\n"), "b_bom": LATIN, "c_utf16": LATIN, "d_latin1": LATIN,
    }
    for r in records:
        if r["doc_id"] in decoded:
            assert_offsets(r, decoded[r["doc_id"]])
            assert r["metadata"]["title"]["text"] == "Caf\u00e9 attack"
            assert any(e["canonical"] == "S\u00e3o Paulo" for e in r["entities"])
    assert "e_empty.txt: empty file" in result.stderr
    assert "read as" in result.stderr  # the latin-1 fallback warning
    assert "Traceback" not in result.stderr


def test_output_file_and_stable_order(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["extract", str(CORPUS), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    records = _lines(out.read_text())
    assert len(records) == len(list(CORPUS.glob("*.txt")))
    assert [r["provenance"]["source_path"] for r in records] == sorted(str(p) for p in CORPUS.glob("*.txt"))
    assert not list(tmp_path.glob(".*partial"))


def test_workers_output_identical(tmp_path: Path) -> None:
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    files = [str(CORPUS / n) for n in ("000_f906829c3a93a056.txt", "12_2ecbplus.txt", "41_2ecbplus.txt")]
    runner = CliRunner()
    assert runner.invoke(main, ["extract", *files, "-o", str(one), "-q", "--batch-size", "1"]).exit_code == 0
    assert runner.invoke(main, ["extract", *files, "-o", str(two), "-q", "--workers", "2",
                                "--batch-size", "1"]).exit_code == 0
    assert one.read_bytes() == two.read_bytes()


def test_jsonl_input(tmp_path: Path) -> None:
    src = tmp_path / "articles.jsonl"
    src.write_text(
        json.dumps({"id": "x1", "body": "Blast\n\nTwo people died in Kabul on Friday.", "published": "2021-08-27"})
        + "\nnot json\n"
        + json.dumps({"body": "Quake\n\nThe quake killed 5 people in Aceh."}) + "\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["extract", str(src), "--text-field", "body"])
    assert result.exit_code == 1
    records = _lines(result.stdout)
    assert [r["doc_id"] for r in records] == ["x1", "articles-2", "articles-3"]
    assert records[0]["metadata"]["published"] == "2021-08-27"
    assert records[0]["dates"][0]["value"] == "2021-08-27"
    assert records[1]["error"]["kind"] == "bad_json"
    assert records[2]["quantities"][0]["value"] == 5


def test_stdin_and_published() -> None:
    result = CliRunner().invoke(main, ["extract", "-", "--published", "2024-09-19"],
                                input="Attack\n\nGunmen attacked a school on Tuesday.")
    assert result.exit_code == 0
    record = _lines(result.stdout)[0]
    assert record["doc_id"] == "stdin"
    assert record["dates"][0]["value"] == "2024-09-17"


@pytest.mark.parametrize(
    "args",
    [["extract"], ["extract", "/no/such/path"], ["extract", str(SEED), "--published", "19/09/2024"],
     ["extract", str(SEED), "--model", "no_such_model_xyz"], ["extract", str(SEED), "--workers", "0"]],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_schema_command() -> None:
    result = CliRunner().invoke(main, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["$id"] == "news-extractor/1"
    assert {"Record", "ErrorRecord", "Entity", "Quantity"} <= set(schema["$defs"])


def test_help_lists_commands() -> None:
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    for name in ("extract", "schema", "score", "validate"):
        assert name in result.output


def test_console_script_runs() -> None:
    result = subprocess.run([sys.executable, "-m", "extractor", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and "news-extractor" in result.stdout
