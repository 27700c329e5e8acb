"""``--engine dask``: same records, same order as the local engine, on a small LocalCluster."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

distributed = pytest.importorskip("distributed")

from extractor.cli import main  # noqa: E402
from extractor.engines import dask_engine  # noqa: E402
from extractor.inputs import Input, Options, discover  # noqa: E402
from extractor.runner import Config, process  # noqa: E402
from tests.conftest import CORPUS  # noqa: E402

FILES = ["000_f906829c3a93a056.txt", "12_2ecbplus.txt", "41_2ecbplus.txt"]


@pytest.fixture(scope="module")
def cluster():  # type: ignore[no-untyped-def]
    """One in-process worker thread: tasks share the test's model (no second load)."""
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cl:
        yield cl


@pytest.fixture()
def seeded(extractor, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """The worker's per-process cache already holds the session's Extractor."""
    monkeypatch.setattr(dask_engine, "_CACHE", {})
    for batch_size in (1, 2, 16):
        dask_engine._CACHE[(None, batch_size, None)] = extractor
    monkeypatch.setattr(Config, "extractor", lambda self: extractor)
    return extractor


def _inputs(tmp_path: Path) -> list[Input]:
    (tmp_path / "empty.txt").write_bytes(b"")
    paths = [str(CORPUS / f) for f in FILES] + [str(tmp_path / "empty.txt")]
    text = Input(doc_id="inline", source_path="feed.jsonl:1",
                 data={"text": "Blast\n\nTwo people died in Kabul on Friday.", "id": "inline"})
    return [*discover(paths), text]


def test_run_dask_matches_local(tmp_path: Path, cluster, seeded) -> None:
    inputs = _inputs(tmp_path)
    local = list(process(seeded, inputs, Options()))
    with distributed.Client(cluster) as client:
        remote = list(dask_engine.run_dask(inputs, Options(), Config(batch_size=2), client=client))
    assert remote == local
    assert [r["doc_id"] for r, _ in remote] == ["000_f906829c3a93a056", "12_2ecbplus", "41_2ecbplus",
                                                "empty", "inline"]
    assert remote[3][0]["error"]["kind"] == "empty"


def test_cli_with_scheduler_address(tmp_path: Path, cluster, seeded) -> None:
    files = [str(CORPUS / f) for f in FILES]
    one, dask_out = tmp_path / "one.jsonl", tmp_path / "dask.jsonl"
    runner = CliRunner()
    assert runner.invoke(main, ["extract", *files, "-o", str(one), "-q", "--batch-size", "2"]).exit_code == 0
    result = runner.invoke(main, ["extract", *files, "-o", str(dask_out), "-q", "--batch-size", "2",
                                  "--engine", "dask", "--scheduler", cluster.scheduler_address])
    assert result.exit_code == 0, result.output
    assert dask_out.read_bytes() == one.read_bytes()


def _boom(chunk: list[Input], opts: Options, config: Config) -> list:
    """A task that fails whenever it holds one given input."""
    if any(i.doc_id == "12_2ecbplus" for i in chunk):
        raise RuntimeError("worker lost")
    return list(process(dask_engine.cached_extractor(config), chunk, opts))


def test_failed_task_becomes_error_records(tmp_path: Path, cluster, seeded, monkeypatch) -> None:
    """A task that keeps failing (as after KilledWorker) is retried one input at a time."""
    inputs = _inputs(tmp_path)[:2]
    monkeypatch.setattr(dask_engine, "extract_chunk", _boom)
    with distributed.Client(cluster) as client:
        results = [r for r, _ in dask_engine.run_dask(inputs, Options(), Config(batch_size=2), client=client)]
    assert [r["doc_id"] for r in results] == ["000_f906829c3a93a056", "12_2ecbplus"]
    assert "error" not in results[0]
    assert results[1]["error"]["kind"] == "pipeline_error" and "worker lost" in results[1]["error"]["message"]


def test_scheduler_needs_dask_engine() -> None:
    result = CliRunner().invoke(main, ["extract", str(CORPUS / FILES[0]), "--scheduler", "tcp://x:1"])
    assert result.exit_code == 2 and "--engine dask" in result.output
