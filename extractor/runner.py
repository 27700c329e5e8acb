"""Batch runs: inputs -> records, in input order, on one of three engines.

- ``--workers 1``: in this process, one model;
- ``--workers N``: N worker processes (``extractor.engines.local``), each loading the
  model once; a worker that dies or hangs is replaced and its input becomes an error record;
- ``--engine dask``: tasks on a Dask cluster (``extractor.engines.dask_engine``).

All three run the same ``process`` on the same chunks of ``batch_size`` inputs, so their
output is byte-identical. ``process`` enforces ``doc_timeout`` with ``SIGALRM`` when it
runs in a main thread: a batch that overruns is redone one document at a time, and a
document that overruns alone becomes an error record of kind ``timeout``.
"""

from __future__ import annotations

import signal
import threading
import warnings
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from extractor.build import error_record
from extractor.ingest import IngestError, read_file
from extractor.inputs import Input, Options
from extractor.pipeline import Extractor, Item, text_item, with_origin

Result = tuple[dict[str, Any], list[str]]
DEFAULT_DOC_TIMEOUT = 120.0


class DocTimeout(BaseException):  # noqa: N818 - a BaseException, like KeyboardInterrupt
    """Raised by the alarm; not an ``Exception``, so no ``except Exception`` in a component swallows it."""


class EngineError(RuntimeError):
    """The engine cannot run at all (workers cannot load the model, no scheduler at the address)."""


@dataclass(frozen=True)
class Config:
    """Everything a worker needs to build its Extractor and run documents (picklable)."""

    model: str | None = None
    batch_size: int = 16
    extracted_at: str | None = None
    doc_timeout: float | None = DEFAULT_DOC_TIMEOUT
    gazetteers: tuple[str, ...] = ()

    def extractor(self) -> Extractor:
        return Extractor(self.model, batch_size=self.batch_size, extracted_at=self.extracted_at,
                         gazetteers=self.gazetteers)


def to_item(inp: Input, opts: Options) -> Item:
    if inp.error:
        return with_origin(IngestError(*inp.error), inp.doc_id, inp.source_path)
    if inp.path is not None:
        try:
            return read_file(Path(inp.path), opts.published, opts.max_bytes, source_path=inp.source_path)
        except IngestError as exc:
            return with_origin(exc, inp.doc_id, inp.source_path)
    data = dict(inp.data or {})
    if opts.published:
        data["published"] = opts.published
    return text_item(data, source_path=inp.source_path)


@contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Raise DocTimeout in the body after ``seconds``; a no-op off the main thread (Dask
    runs tasks in threads) or without a timeout."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def fire(signum: int, frame: Any) -> None:
        raise DocTimeout

    previous = signal.signal(signal.SIGALRM, fire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def process(extractor: Extractor, inputs: Iterable[Input], opts: Options,
            doc_timeout: float | None = None) -> Iterator[Result]:
    """Records with the warnings raised while reading their input, in input order."""
    for chunk in chunks(inputs, extractor.batch_size):
        try:
            with deadline(doc_timeout):
                results = _batch(extractor, chunk, opts)
        except (DocTimeout, Exception):  # noqa: BLE001 - redo one by one to isolate the culprit
            results = [_single(extractor, inp, opts, doc_timeout) for inp in chunk]
        yield from results


def _batch(extractor: Extractor, chunk: list[Input], opts: Options) -> list[Result]:
    items, notes = [], []
    for inp in chunk:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            items.append(to_item(inp, opts))
        notes.append([str(w.message) for w in caught])
    return list(zip(extractor.extract_articles(items), notes, strict=True))


def _single(extractor: Extractor, inp: Input, opts: Options, doc_timeout: float | None) -> Result:
    try:
        with deadline(doc_timeout):
            return _batch(extractor, [inp], opts)[0]
    except DocTimeout:
        return failed(inp, "timeout", f"gave up after {doc_timeout:g} s (--doc-timeout)"), []
    except Exception as exc:  # noqa: BLE001 - never lose an input
        return failed(inp, "pipeline_error", f"pipeline failed: {type(exc).__name__}: {exc}"), []


def failed(inp: Input, kind: str, message: str) -> dict[str, Any]:
    """The error record standing in for an input."""
    return error_record(inp.doc_id, inp.source_path, kind, f"{inp.source_path or inp.doc_id}: {message}")


def chunks(inputs: Iterable[Input], size: int) -> Iterator[list[Input]]:
    it = iter(inputs)
    while chunk := list(islice(it, size)):
        yield chunk


def run(inputs: Iterable[Input], opts: Options, model: str | None = None, workers: int = 1,
        batch_size: int = 16, extracted_at: str | None = None,
        doc_timeout: float | None = DEFAULT_DOC_TIMEOUT, engine: str = "local",
        scheduler: str | None = None, extractor: Extractor | None = None,
        factory: Callable[[], Extractor] | None = None, gazetteers: tuple[str, ...] = ()) -> Iterator[Result]:
    """Records for ``inputs`` in input order, whatever the engine and number of workers.

    ``extractor``: reuse a loaded Extractor (``--workers 1``); ``factory``: how worker
    processes build theirs (default: load ``model``)."""
    config = Config(model=model, batch_size=batch_size, extracted_at=extracted_at, doc_timeout=doc_timeout or None,
                    gazetteers=tuple(str(Path(g).resolve()) for g in gazetteers))
    if engine == "dask":
        from extractor.engines.dask_engine import run_dask

        yield from run_dask(inputs, opts, config, workers=workers, scheduler=scheduler)
    elif workers <= 1:
        ex = extractor or config.extractor()
        yield from process(ex, inputs, opts, config.doc_timeout)
    else:
        from extractor.engines.local import ProcessEngine

        with ProcessEngine(config, opts, workers, factory=factory) as pool:
            yield from pool.run(inputs)
