"""Turning command-line PATH arguments into an ordered stream of inputs.

Files are read lazily (in the worker that processes them), so a batch never
holds more than a few texts in memory. A ``.jsonl`` input gives one input per
line; ``-`` reads one article from standard input.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from extractor.ingest import DEFAULT_MAX_BYTES, IngestError, decode


@dataclass(frozen=True)
class Options:
    published: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    text_field: str = "text"
    id_field: str = "id"


@dataclass
class Input:
    """One future record: a file path, or an in-memory article dict."""

    doc_id: str
    source_path: str | None
    path: str | None = None
    data: dict[str, Any] | None = None
    error: tuple[str, str] | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def discover(paths: list[str], glob: str = "*.txt", opts: Options = Options()) -> Iterator[Input]:
    """Inputs in a stable order: each argument in turn, folders sorted recursively."""
    for arg in paths:
        if arg == "-":
            yield _stdin(opts)
            continue
        path = Path(arg)
        if path.is_dir():
            yield from _folder(path, glob, opts)
        elif path.suffix == ".jsonl":
            yield from _jsonl(path, opts)
        else:
            yield Input(doc_id=path.stem, source_path=str(path), path=str(path))


def _folder(folder: Path, glob: str, opts: Options) -> Iterator[Input]:
    seen: set[Path] = set()
    found: list[Path] = []
    unreadable: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=unreadable.append, followlinks=True):
        real = Path(root).resolve()
        if real in seen:  # a symlink loop
            dirs[:] = []
            continue
        seen.add(real)
        dirs.sort()
        found.extend(Path(root) / f for f in files if Path(f).match(glob) and not f.endswith(".meta.json"))
    for exc in unreadable:  # a sub-folder that cannot be listed: say so rather than skip it silently
        name = str(exc.filename or folder)
        yield Input(doc_id=Path(name).name, source_path=name,
                    error=("unreadable", f"{name}: cannot list folder: {exc.strerror or exc}"))
    for path in sorted(found, key=lambda p: str(p)):
        if path.suffix == ".jsonl" and glob.endswith(".jsonl"):
            yield from _jsonl(path, opts)
        else:
            yield Input(doc_id=path.stem, source_path=str(path), path=str(path))


def _jsonl(path: Path, opts: Options) -> Iterator[Input]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield Input(doc_id=path.stem, source_path=str(path),
                    error=("unreadable", f"{path}: {exc.strerror or exc}"))
        return
    with handle:
        for n, raw in enumerate(_lines(handle, opts.max_bytes), start=1):
            where = f"{path}:{n}"
            default_id = f"{path.stem}-{n}"
            if raw is None:
                yield Input(doc_id=default_id, source_path=where,
                            error=("too_large", f"{where}: line over the limit of {opts.max_bytes:,} bytes"))
                continue
            if not raw.strip():
                continue
            try:
                line, _ = decode(raw, where)
                data = json.loads(line)
            except (IngestError, ValueError) as exc:
                yield Input(doc_id=default_id, source_path=where,
                            error=("bad_json", f"{where}: not a JSON object ({exc})"))
                continue
            if not isinstance(data, dict) or not isinstance(data.get(opts.text_field), str):
                yield Input(doc_id=default_id, source_path=where,
                            error=("bad_json", f"{where}: no string field {opts.text_field!r}"))
                continue
            doc_id = str(data.get(opts.id_field) or default_id)
            article = {
                "text": data[opts.text_field],
                "id": doc_id,
                "published": data.get("published"),
                "title": data.get("title"),
                "source": data.get("source"),
                "layout": data.get("layout", True),
            }
            yield Input(doc_id=doc_id, source_path=where, data=article)


def _lines(handle: BinaryIO, max_bytes: int) -> Iterator[bytes | None]:
    """The lines of a binary file; None for a line over ``max_bytes`` (never held in memory whole)."""
    while raw := handle.readline(max_bytes + 1):
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield raw


def _stdin(opts: Options) -> Input:
    raw = sys.stdin.buffer.read(opts.max_bytes + 1)
    if len(raw) > opts.max_bytes:
        return Input(doc_id="stdin", source_path="-",
                     error=("too_large", f"<stdin>: over the limit of {opts.max_bytes:,} bytes"))
    try:
        text, _ = decode(raw, "<stdin>")
    except IngestError as exc:
        return Input(doc_id="stdin", source_path="-", error=(exc.kind, exc.message))
    return Input(doc_id="stdin", source_path="-", data={"text": text, "id": "stdin"})
