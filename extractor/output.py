"""Where records go: a JSON-lines file that survives crashes, stdout, and ``--resume``.

``-o out.jsonl`` appends to ``.out.jsonl.partial`` beside it, one whole line per
``os.write``, with an fsync after every batch; when the run completes the partial file is
fsynced and renamed to ``out.jsonl`` (atomic). So ``out.jsonl`` only ever holds a complete
run, and after a crash or an interruption the partial file holds whole lines (at worst, after
a power cut or SIGKILL, a last half line, which ``--resume`` cuts off).

``--resume`` continues from the partial file (else from a finished ``out.jsonl``): inputs
whose record (same ``doc_id`` and ``text_sha256``) is already there are skipped; error
records and records of inputs that changed are dropped and redone. Completed inputs stay
in input order at the front, so an interrupted run finished with ``--resume`` gives the
same bytes as an uninterrupted one (unless an error record was redone: it then comes last).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections import defaultdict
from pathlib import Path
from typing import IO, Any

from extractor.ingest import IngestError, read_bytes
from extractor.inputs import Input, Options


def partial_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.partial")


class LineSink:
    """Whole JSON lines to a file (see the module docstring) or to stdout."""

    def __init__(self, path: Path | None, fsync_every: int = 16) -> None:
        self.path = path
        self.partial = partial_path(path) if path else None
        self.fsync_every = max(1, fsync_every)
        self.fd: int | None = None
        self.stream: IO[str] | None = None
        self.unsynced = 0
        self.written = 0

    def open(self, append: bool = False) -> LineSink:
        if self.partial is None:
            self.stream = sys.stdout
            return self
        flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC)
        self.fd = os.open(self.partial, flags, 0o644)
        return self

    def write(self, line: str) -> None:
        """One line; ``line`` ends with a newline."""
        if self.stream is not None:
            self.stream.write(line)
            self.stream.flush()
            self.written += 1
            return
        assert self.fd is not None
        data = memoryview(line.encode("utf-8"))
        while data:
            data = data[os.write(self.fd, data):]
        self.written += 1
        self.unsynced += 1
        if self.unsynced >= self.fsync_every:
            self.sync()

    def sync(self) -> None:
        if self.fd is not None and self.unsynced:
            os.fsync(self.fd)
            self.unsynced = 0

    def close(self, complete: bool) -> None:
        """Leave the partial file in place unless the run is ``complete``: then move it to the output."""
        if self.fd is None:
            return
        os.fsync(self.fd)
        os.close(self.fd)
        self.fd = None
        if complete and self.partial is not None and self.path is not None:
            os.replace(self.partial, self.path)
            _sync_dir(self.path.parent)


def _sync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder or Path("."), os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# -- resume -------------------------------------------------------------------------------------

def input_sha256(inp: Input, opts: Options) -> str | None:
    """The ``text_sha256`` this input's record would have (None when it cannot be read)."""
    if inp.error:
        return None
    if inp.path is not None:
        try:
            return hashlib.sha256(read_bytes(Path(inp.path), opts.max_bytes)).hexdigest()
        except IngestError:
            return None
    text = (inp.data or {}).get("text")
    try:
        return hashlib.sha256(text.encode("utf-8")).hexdigest() if isinstance(text, str) else None
    except UnicodeEncodeError:
        return None


def finished_lines(path: Path) -> list[tuple[str, dict[str, Any]]]:
    """The whole, parseable lines of a previous output, with their records."""
    data = path.read_bytes()
    cut = data.rfind(b"\n") + 1  # a half line after the last newline is dropped
    out = []
    for raw in data[:cut].splitlines():
        try:
            line = raw.decode("utf-8")
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict):
            out.append((line + "\n", record))
    return out


def resume(path: Path, inputs: list[Input], opts: Options) -> tuple[list[Input], int]:
    """Prepare the partial file for ``--resume``; returns the inputs still to do and how many are done.

    The partial file is rewritten (atomically) only when some of its lines must go."""
    partial = partial_path(path)
    previous = partial if partial.exists() else path if path.exists() else None
    if previous is None:
        return inputs, 0
    lines = finished_lines(previous)
    by_key: dict[tuple[str, str], list[int]] = defaultdict(list)
    for n, (_, record) in enumerate(lines):
        if "error" not in record and isinstance(record.get("text_sha256"), str):
            by_key[(str(record.get("doc_id")), record["text_sha256"])].append(n)
    ids = {doc_id for doc_id, _ in by_key}
    keep: set[int] = set()
    todo: list[Input] = []
    for inp in inputs:
        sha = input_sha256(inp, opts) if inp.doc_id in ids else None
        slots = by_key.get((inp.doc_id, sha)) if sha else None
        if slots:
            keep.add(slots.pop(0))
        else:
            todo.append(inp)
    kept = [line for n, (line, _) in enumerate(lines) if n in keep]
    if previous != partial or sum(len(line.encode("utf-8")) for line in kept) != previous.stat().st_size:
        tmp = partial.with_name(partial.name + ".tmp")
        with tmp.open("w", encoding="utf-8", newline="\n") as handle:
            handle.writelines(kept)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, partial)
    return todo, len(kept)
