"""Batch runs: inputs -> records, in input order, in one or more processes.

Each worker process loads the model once (pool initializer) and handles
chunks of inputs; ``imap`` keeps the output order, so ``--workers N`` writes
exactly what ``--workers 1`` writes.
"""

from __future__ import annotations

import multiprocessing as mp
import warnings
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from extractor.build import error_record
from extractor.ingest import IngestError
from extractor.inputs import Input, Options
from extractor.pipeline import Extractor, Item, file_item, text_item

Result = tuple[dict[str, Any], list[str]]
_WORKER: tuple[Extractor, Options] | None = None


def to_item(inp: Input, opts: Options) -> Item:
    if inp.error:
        exc = IngestError(*inp.error)
        exc.doc_id, exc.source_path = inp.doc_id, inp.source_path  # type: ignore[attr-defined]
        return exc
    if inp.path is not None:
        return file_item(Path(inp.path), opts.published, opts.max_bytes)
    data = dict(inp.data or {})
    if opts.published:
        data["published"] = opts.published
    return text_item(data, source_path=inp.source_path)


def process(extractor: Extractor, inputs: Iterable[Input], opts: Options) -> Iterator[Result]:
    """Records with the warnings raised while reading their input."""
    for chunk in _chunks(inputs, extractor.batch_size):
        items, notes = [], []
        for inp in chunk:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                items.append(to_item(inp, opts))
            notes.append([str(w.message) for w in caught])
        yield from zip(extractor.extract_articles(items), notes, strict=True)


def _chunks(inputs: Iterable[Input], size: int) -> Iterator[list[Input]]:
    it = iter(inputs)
    while chunk := list(islice(it, size)):
        yield chunk


def _init(model: str | None, batch_size: int, extracted_at: str | None, opts: Options) -> None:
    global _WORKER
    _WORKER = (Extractor(model, batch_size=batch_size, extracted_at=extracted_at), opts)


def _work(chunk: list[Input]) -> list[Result]:
    assert _WORKER is not None
    extractor, opts = _WORKER
    try:
        return list(process(extractor, chunk, opts))
    except Exception as exc:  # noqa: BLE001 - never lose an input
        return [(error_record(i.doc_id, i.source_path, "pipeline_error", f"{i.source_path}: {exc}"), [])
                for i in chunk]


def run(inputs: Iterable[Input], opts: Options, model: str | None = None, workers: int = 1,
        batch_size: int = 16, extracted_at: str | None = None) -> Iterator[Result]:
    if workers <= 1:
        yield from process(Extractor(model, batch_size=batch_size, extracted_at=extracted_at), inputs, opts)
        return
    ctx = mp.get_context("spawn")
    with ctx.Pool(workers, initializer=_init, initargs=(model, batch_size, extracted_at, opts)) as pool:
        for results in pool.imap(_work, _chunks(inputs, batch_size)):
            yield from results
