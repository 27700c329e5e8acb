"""``--engine dask``: the same extraction as tasks on a Dask distributed cluster.

A task is one chunk of ``batch_size`` inputs; it runs ``runner.process`` with an Extractor
cached per worker process (loaded on the first task, then reused). The client keeps a
bounded number of tasks in flight and yields their results in input order, so the output is
byte-identical to the local engine's. Files are read by the workers, through absolute paths
(they must see the same file system: a shared mount); records come back to the client, which
writes them.
"""

from __future__ import annotations

import logging
import os
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from extractor.inputs import Input, Options
from extractor.pipeline import Extractor
from extractor.runner import Config, EngineError, Result, chunks, failed, process

_CACHE: dict[tuple[str | None, int, str | None], Extractor] = {}
_LOCK = threading.Lock()  # spaCy pipelines are not thread-safe: one batch at a time per process


def cached_extractor(config: Config) -> Extractor:
    """This worker process's Extractor for ``config`` (the model is loaded once)."""
    key = (config.model, config.batch_size, config.extracted_at)
    if key not in _CACHE:
        _CACHE[key] = config.extractor()
    return _CACHE[key]


def extract_chunk(inputs: list[Input], opts: Options, config: Config) -> list[Result]:
    """The Dask task. Dask runs tasks in threads, so ``--doc-timeout`` cannot use an alarm here."""
    with _LOCK:
        return list(process(cached_extractor(config), inputs, opts, config.doc_timeout))


def _readable(inp: Input) -> Input:
    """Read through an absolute path (workers have their own working directory); the record
    keeps the path as the user gave it."""
    return replace(inp, path=os.path.abspath(inp.path)) if inp.path is not None else inp


def run_dask(inputs: Iterable[Input], opts: Options, config: Config, workers: int = 1,
             scheduler: str | None = None, client: Any = None) -> Iterator[Result]:
    """Results in input order from a cluster at ``scheduler`` (else a LocalCluster of
    ``workers`` processes), or from a given ``client``."""
    from distributed import Client, LocalCluster

    cluster = None
    own = client is None
    if client is None:
        if scheduler:
            try:
                client = Client(scheduler, timeout=30)
            except (OSError, TimeoutError, ValueError) as exc:
                raise EngineError(f"no Dask scheduler at {scheduler}: {exc}") from None
        else:
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=logging.ERROR)
            client = Client(cluster)
    futures: deque[tuple[list[Input], Any]] = deque()
    try:
        n = len(client.scheduler_info().get("workers", {})) or workers
        in_flight = max(2, 2 * n)
        for chunk in chunks((_readable(i) for i in inputs), config.batch_size):
            futures.append((chunk, client.submit(extract_chunk, chunk, opts, config, pure=False)))
            while len(futures) >= in_flight:
                yield from _collect(client, opts, config, *futures.popleft())
        while futures:
            yield from _collect(client, opts, config, *futures.popleft())
    finally:
        for _, future in futures:
            future.cancel()
        if own:
            client.close()
            if cluster is not None:
                cluster.close()


def _collect(client: Any, opts: Options, config: Config, chunk: list[Input], future: Any) -> list[Result]:
    """A task's results; a failed task (its worker died too often: KilledWorker) is retried one
    input at a time, and an input that fails alone becomes an error record."""
    try:
        return future.result()
    except Exception as exc:  # noqa: BLE001 - KilledWorker, CommClosedError, ...
        if len(chunk) == 1:
            kind = "worker_died" if type(exc).__name__ == "KilledWorker" else "pipeline_error"
            return [(failed(chunk[0], kind, f"Dask task failed: {type(exc).__name__}: {exc}"), [])]
    singles = [([inp], client.submit(extract_chunk, [inp], opts, config, pure=False)) for inp in chunk]
    return [result for one, fut in singles for result in _collect(client, opts, config, one, fut)]
