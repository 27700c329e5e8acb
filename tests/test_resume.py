"""Crash-safe output, --resume, interruptions by SIGINT/SIGTERM, and --db wiring."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.cli import main
from extractor.output import LineSink, partial_path
from extractor.runner import Config
from tests.conftest import CORPUS

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = "Bomb attack in {place}\n\nA bomb killed {n} people in {place} on Monday, police said.\n"
PLACES = ["Kabul", "Herat", "Kandahar", "Ghazni", "Kunduz", "Mosul"]


@pytest.fixture()
def fast(monkeypatch: pytest.MonkeyPatch, extractor):  # type: ignore[no-untyped-def]
    """In-process CLI runs reuse the session's model instead of loading another."""
    monkeypatch.setattr(Config, "extractor", lambda self: extractor)
    return extractor


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    for n, place in enumerate(PLACES, start=2):
        (src / f"{place.lower()}.txt").write_text(ARTICLE.format(place=place, n=n), encoding="utf-8")
    (src / "zz_empty.txt").write_bytes(b"")
    return src


def _extract(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["extract", *args])
    assert "Traceback" not in result.output
    return result.exit_code, result.stderr


def test_sink_writes_whole_lines_and_renames_at_the_end(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    sink = LineSink(out, fsync_every=2).open()
    sink.write('{"a":1}\n')
    assert partial_path(out).read_bytes() == b'{"a":1}\n' and not out.exists()
    sink.close(complete=False)  # interrupted: the partial file stays
    assert partial_path(out).exists() and not out.exists()
    sink = LineSink(out).open(append=True)
    sink.write('{"b":"\u00e9"}\n')
    sink.close(complete=True)
    assert out.read_text(encoding="utf-8") == '{"a":1}\n{"b":"\u00e9"}\n'
    assert not partial_path(out).exists()


def test_resume_after_crash_is_byte_identical(tmp_path: Path, folder: Path, fast) -> None:
    full = tmp_path / "full.jsonl"
    code, _ = _extract(str(folder), "-o", str(full), "-q")
    assert code == 1  # the empty file
    lines = full.read_bytes().splitlines(keepends=True)
    assert len(lines) == len(PLACES) + 1
    out = tmp_path / "out.jsonl"
    # a crash (power cut, SIGKILL) after three lines, in the middle of the fourth
    partial_path(out).write_bytes(b"".join(lines[:3]) + lines[3][:25])
    code, err = _extract(str(folder), "-o", str(out), "--resume")
    assert code == 1
    assert "resuming: 3 of 7 inputs already done" in err
    assert out.read_bytes() == full.read_bytes()
    assert not partial_path(out).exists()
    # a finished output: --resume has nothing left to do but keeps it as it was
    code, err = _extract(str(folder), "-o", str(out), "--resume")
    assert "resuming: 6 of 7 inputs already done" in err  # the error record is redone
    assert out.read_bytes() == full.read_bytes()


def test_resume_redoes_changed_inputs_and_errors(tmp_path: Path, folder: Path, fast) -> None:
    out = tmp_path / "out.jsonl"
    _extract(str(folder), "-o", str(out), "-q")
    (folder / "herat.txt").write_text(ARTICLE.format(place="Herat", n=40), encoding="utf-8")  # changed
    (folder / "zz_empty.txt").write_text(ARTICLE.format(place="Basra", n=9), encoding="utf-8")  # fixed
    (folder / "aa_new.txt").write_text(ARTICLE.format(place="Aleppo", n=3), encoding="utf-8")  # added
    code, err = _extract(str(folder), "-o", str(out), "--resume")
    assert code == 0, err
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["doc_id"] for r in records) == sorted(p.stem for p in folder.glob("*.txt"))
    assert all("error" not in r for r in records)
    herat = next(r for r in records if r["doc_id"] == "herat")
    assert herat["quantities"][0]["value"] == 40
    assert [r["doc_id"] for r in records][-3:] == ["aa_new", "herat", "zz_empty"]  # redone ones last, in order


def test_resume_needs_output(folder: Path) -> None:
    result = CliRunner().invoke(main, ["extract", str(folder), "--resume"])
    assert result.exit_code == 2 and "--resume needs -o" in result.output


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_interrupted_run_leaves_whole_lines_and_resumes(tmp_path: Path, fast, sig: signal.Signals) -> None:
    """A real process, stopped by a signal mid-run; --resume then finishes without duplicates."""
    src = tmp_path / "in"
    src.mkdir()
    for copy in range(3):
        for path in sorted(CORPUS.glob("*.txt")):
            shutil.copy(path, src / f"{copy}_{path.name}")
    out = tmp_path / "out.jsonl"
    partial = partial_path(out)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "extractor", "extract", str(src), "-o", str(out), "-q",
                             "--batch-size", "1"], cwd=tmp_path, env=env, stderr=subprocess.PIPE, text=True)
    try:
        for _ in range(6000):  # until the first line is out (a guard against a hang, not a timing test)
            if partial.exists() and b"\n" in partial.read_bytes() or proc.poll() is not None:
                break
            time.sleep(0.1)
        proc.send_signal(sig)
        _, err = proc.communicate(timeout=600)
    finally:
        proc.kill()
    inputs = len(list(src.glob("*.txt")))
    if proc.returncode == 0:  # it finished before the signal came: nothing to resume
        pytest.skip("the run ended before the signal")
    assert proc.returncode == 128 + sig, err
    assert "Traceback" not in err and "rerun with --resume" in err
    data = partial.read_bytes()
    assert data.endswith(b"\n")
    done = [json.loads(line) for line in data.splitlines()]  # whole lines only
    assert 1 <= len(done) < inputs
    code, err = _extract(str(src), "-o", str(out), "--resume", "-q")
    assert code in (0, 1), err
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    ids = [r["provenance"]["source_path"] if "provenance" in r else r["source_path"] for r in records]
    assert len(ids) == len(set(ids)) == inputs


def test_db_only_when_no_output(tmp_path: Path, folder: Path, fast) -> None:
    pytest.importorskip("extractor.db")
    import sqlalchemy as sa

    url = f"sqlite:///{tmp_path / 'news.db'}"
    result = CliRunner().invoke(main, ["extract", str(folder), "--db", url, "-q"])
    assert result.exit_code == 1, result.output  # the empty file
    assert result.stdout == ""
    out = tmp_path / "both.jsonl"
    again = CliRunner().invoke(main, ["extract", str(folder), "--db", url, "-o", str(out), "-q"])
    assert again.exit_code == 1
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(PLACES) + 1
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        tables = sa.inspect(conn).get_table_names()
        assert "articles" in tables
        assert conn.execute(sa.text("select count(*) from articles")).scalar() == len(PLACES)
    engine.dispose()


def test_db_bad_url_is_a_usage_error(folder: Path) -> None:
    pytest.importorskip("extractor.db")
    result = CliRunner().invoke(main, ["extract", str(folder), "--db", "nosuchdialect://x"])
    assert result.exit_code == 2 and "--db" in result.output and "Traceback" not in result.output
