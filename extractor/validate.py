"""Reading record files, and checking gold files against the contract (FORMAT.md).

A record set is a JSON file (one record, or a list of records), a JSONL file (one
record a line) or a folder of ``*.json`` files (``*.meta.json`` sidecars skipped).
Problems are reported as ``file: item: problem`` lines that an annotator can act on,
never as pydantic dumps or tracebacks.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from extractor.record import SCHEMA_ID, ErrorRecord, Record

# --------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a record file: where (file, item inside it) and what."""

    file: str
    item: str
    problem: str

    def __str__(self) -> str:
        return f"{self.file}: {self.item}: {self.problem}"


class LoadError(Exception):
    """Input that cannot be scored (unreadable, malformed, hash mismatch): one line."""

    def __init__(self, file: str, message: str) -> None:
        super().__init__(f"{file}: {message}")
        self.file = file
        self.message = message


@dataclass
class Entry:
    """One JSON value read from a file; ``file`` carries ``:line`` for JSONL and
    ``prefix`` the list index for a JSON array, so problems point at the right place."""

    path: Path
    file: str
    prefix: str
    data: Any
    single: bool = False  # the file holds exactly this one record


def record_files(path: Path) -> list[Path]:
    """The files a path stands for: itself, or the folder's ``*.json`` (not sidecars)."""
    if path.is_dir():
        return sorted(
            p for p in path.iterdir()
            if p.is_file() and p.suffix == ".json" and not p.name.endswith(".meta.json")
        )
    return [path]


def read_entries(path: str | Path) -> tuple[list[Entry], list[Problem]]:
    """Parse every JSON value under ``path``; malformed files become problems."""
    path = Path(path)
    if not path.exists():
        return [], [Problem(str(path), "-", "no such file or folder")]
    files = record_files(path)
    if path.is_dir() and not files:
        return [], [Problem(str(path), "-", "folder holds no *.json files")]
    entries: list[Entry] = []
    problems: list[Problem] = []
    for file in files:
        try:
            text = file.read_bytes().decode("utf-8")
        except OSError as exc:
            problems.append(Problem(str(file), "-", f"cannot read: {exc.strerror or exc}"))
            continue
        except UnicodeDecodeError as exc:
            problems.append(Problem(str(file), "-", f"not UTF-8 (byte {exc.start})"))
            continue
        found, bad = _parse(file, text)
        entries.extend(found)
        problems.extend(bad)
    return entries, problems


def _parse(file: Path, text: str) -> tuple[list[Entry], list[Problem]]:
    name = str(file)
    if file.suffix == ".jsonl":
        return _parse_lines(file, text)
    if not text.strip():
        return [], [Problem(name, "-", "empty file")]
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":  # several values: try it as JSONL
            entries, problems = _parse_lines(file, text)
            if not problems:
                return entries, []
        where = f"line {exc.lineno}, column {exc.colno}"
        return [], [Problem(name, "-", f"malformed JSON at {where}: {exc.msg}")]
    if isinstance(value, list):
        return [Entry(file, name, f"[{i}]", v) for i, v in enumerate(value)], []
    return [Entry(file, name, "", value, single=True)], []


def _parse_lines(file: Path, text: str) -> tuple[list[Entry], list[Problem]]:
    entries: list[Entry] = []
    problems: list[Problem] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            entries.append(Entry(file, f"{file}:{number}", "", json.loads(line)))
        except json.JSONDecodeError as exc:
            problems.append(Problem(
                str(file), "-", f"malformed JSON at line {number}, column {exc.colno}: {exc.msg}"
            ))
    return entries, problems


def _join(prefix: str, item: str) -> str:
    if not prefix:
        return item or "record"
    if not item:
        return prefix
    return f"{prefix}.{item}" if not item.startswith("[") else prefix + item


def _loc_path(loc: Sequence[Any]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


_TYPE_TAGS = {"float", "int", "str", "bool", "none", "Span", "Body"}


def _short(value: Any, limit: int = 40) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def schema_problems(entry: Entry, data: Mapping[str, Any], model: Any = Record) -> list[Problem]:
    """Schema version and pydantic errors, as one readable line each."""
    problems: list[Problem] = []
    schema = data.get("schema")
    if schema != SCHEMA_ID:
        what = "missing schema version" if schema is None else (
            f"wrong schema version {_short(schema)}")
        problems.append(Problem(
            entry.file, _join(entry.prefix, "schema"), f"{what}, expected {SCHEMA_ID!r}"))
    try:
        model.model_validate(data)
    except ValidationError as exc:
        seen: set[tuple[Any, ...]] = set()
        for err in exc.errors(include_url=False):
            loc = tuple(err["loc"])
            while loc and isinstance(loc[-1], str) and loc[-1] in _TYPE_TAGS and len(loc) > 1:
                loc = loc[:-1]  # union member tags ("value", "float") say nothing useful
            if loc == ("schema",) or loc in seen:
                continue
            seen.add(loc)
            field_name = loc[-1] if loc and isinstance(loc[-1], str) else ""
            if err["type"] in ("missing", "extra_forbidden") and field_name:
                # name the object that lacks (or must not have) the field
                what = "missing" if err["type"] == "missing" else "unexpected"
                item, text = _loc_path(loc[:-1]), f"{what} field {field_name!r}"
            else:
                item, text = _loc_path(loc), f"{err['msg']} (got {_short(err.get('input'))})"
            problems.append(Problem(entry.file, _join(entry.prefix, item), text))
    return problems


# --------------------------------------------------------------------------- articles


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def find_article(
    record: Mapping[str, Any], origin: Path | None, corpus: str | Path | None = None
) -> Path | None:
    """The article a record was made from: ``CORPUS/<doc_id>.txt``, else
    ``provenance.source_path`` relative to the cwd or to the record file's
    grandparent (``gold/x.json`` -> the repository root)."""
    candidates: list[Path] = []
    doc_id = record.get("doc_id")
    if corpus is not None and isinstance(doc_id, str) and doc_id:
        candidates.append(Path(corpus) / f"{doc_id}.txt")
    source = (record.get("provenance") or {}).get("source_path")
    if isinstance(source, str) and source:
        candidates.append(Path(source))
        if origin is not None:
            candidates.append(origin.resolve().parent.parent / source)
    return next((c for c in candidates if c.is_file()), None)


def _article_text(path: Path) -> str | None:
    try:
        return path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None


# --------------------------------------------------------------------------- loading for scoring


@dataclass
class RecordSet:
    """Records keyed by doc_id, with the file each came from."""

    records: dict[str, dict[str, Any]] = field(default_factory=dict)
    origin: dict[str, Path] = field(default_factory=dict)
    where: dict[str, str] = field(default_factory=dict)


def load_records(path: str | Path, gold: bool) -> RecordSet:
    """Read and schema-check a gold or prediction set; the first problem raises
    ``LoadError``. Predictions may be error records (scored as empty later)."""
    entries, problems = read_entries(path)
    if problems:
        raise LoadError(problems[0].file, f"{problems[0].item}: {problems[0].problem}"
                        if problems[0].item != "-" else problems[0].problem)
    out = RecordSet()
    for entry in entries:
        data = entry.data
        if not isinstance(data, dict):
            raise LoadError(entry.file, f"{_join(entry.prefix, '')}: not a JSON object")
        is_error = "error" in data
        if is_error and gold:
            raise LoadError(entry.file, f"{_join(entry.prefix, '')}: gold is an error record")
        bad = schema_problems(entry, data, ErrorRecord if is_error else Record)
        if bad:
            raise LoadError(entry.file, f"{bad[0].item}: {bad[0].problem}")
        doc_id = data["doc_id"]
        if doc_id in out.records:
            also = out.where[doc_id]
            raise LoadError(entry.file, f"duplicate doc_id {doc_id!r} (also in {also})")
        if is_error:
            out.records[doc_id] = dict(data)
        else:
            out.records[doc_id] = Record.model_validate(data).model_dump(by_alias=True)
        out.origin[doc_id] = entry.path
        out.where[doc_id] = entry.file
    if gold and not out.records:
        raise LoadError(str(path), "no gold records")
    return out


def check_articles(
    gold: RecordSet, corpus: str | Path | None = None
) -> tuple[dict[str, str], list[str]]:
    """Check each gold record's text_sha256 against its article when at hand.

    Returns the article texts by doc_id and warnings for articles not found;
    raises ``LoadError`` on a hash mismatch (a gold bound to another text is an
    error, not a score)."""
    texts: dict[str, str] = {}
    warnings: list[str] = []
    for doc_id, record in gold.records.items():
        article = find_article(record, gold.origin.get(doc_id), corpus)
        if article is None:
            warnings.append(f"{doc_id}: article not found; text_sha256 not checked")
            continue
        if sha256_file(article) != record["text_sha256"]:
            raise LoadError(gold.where[doc_id], f"text_sha256 does not match article {article}")
        text = _article_text(article)
        if text is not None:
            texts[doc_id] = text
    return texts, warnings


# --------------------------------------------------------------------------- gold checks


def validate_gold(path: str | Path, corpus: str | Path | None = None) -> list[Problem]:
    """Every problem in a gold file or folder: malformed JSON, schema errors, wrong
    schema version, bad offsets (checked against the article when at hand), ids
    that are duplicated or point nowhere, and an article hash mismatch."""
    return validate_paths([path], corpus)


def validate_paths(paths: Iterable[str | Path], corpus: str | Path | None = None) -> list[Problem]:
    """``validate_gold`` over several files or folders (doc_ids unique across all)."""
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for path in paths:
        entries, bad = read_entries(path)
        problems.extend(bad)
        for entry in entries:
            problems.extend(_validate_entry(entry, corpus, seen))
    return problems


def _validate_entry(entry: Entry, corpus: str | Path | None, seen: dict[str, str]) -> list[Problem]:
    data = entry.data
    at = entry.prefix
    if not isinstance(data, dict):
        return [Problem(entry.file, _join(at, ""), "not a JSON object")]
    if "error" in data:
        return [Problem(entry.file, _join(at, "error"), "gold cannot be an error record")]
    problems = schema_problems(entry, data)
    if problems:
        return problems  # offsets and ids are checked once the shape is right

    def add(item: str, text: str) -> None:
        problems.append(Problem(entry.file, _join(at, item), text))

    doc_id = data["doc_id"]
    if doc_id in seen:
        add("doc_id", f"duplicate doc_id {doc_id!r} (also in {seen[doc_id]})")
    seen.setdefault(doc_id, entry.file)
    if entry.single and entry.path.suffix == ".json" and entry.path.stem != doc_id:
        add("doc_id", f"doc_id {doc_id!r} does not match the file name {entry.path.name!r}")

    text: str | None = None
    article = find_article(data, entry.path, corpus)
    if article is None:
        if corpus is not None:
            add("doc_id", f"article not found ({Path(corpus) / (doc_id + '.txt')})")
    elif sha256_file(article) != data["text_sha256"]:
        add("text_sha256", f"does not match the article {article}")
    else:
        text = _article_text(article)
        if text is None:
            add("doc_id", f"article {article} is not UTF-8")

    metadata = data["metadata"]
    if metadata.get("published") is not None:
        try:
            dt.date.fromisoformat(metadata["published"])
        except ValueError:
            add("metadata.published", f"not an ISO date: {_short(metadata['published'])}")

    body = metadata["body"]
    if body["start"] > body["end"]:
        add("metadata.body", f"start {body['start']} > end {body['end']}")
    elif text is not None and body["end"] > len(text):
        add("metadata.body", f"end {body['end']} is past the end of the text ({len(text)})")
    title = metadata.get("title")
    regions = [body] + ([title] if title else [])

    for item, span in _spans(data):
        for problem in _span_problems(span, text, None if item == "metadata.title" else regions):
            add(item, problem)

    for index, entity in enumerate(data.get("entities") or []):
        if not entity["canonical"].strip():
            add(f"entities[{index}]", "empty canonical")
        if not entity["mentions"]:
            add(f"entities[{index}]", "entity has no mentions")

    ids: dict[str, str] = {}
    for kind in ("entities", "quantities", "dates", "attributions", "claims"):
        for index, item in enumerate(data.get(kind) or []):
            if item["id"] in ids:
                add(item["id"], f"duplicate id (at {kind}[{index}] and {ids[item['id']]})")
            else:
                ids[item["id"]] = f"{kind}[{index}]"
    entity_ids = {e["id"] for e in data.get("entities") or []}
    attribution_ids = {a["id"] for a in data.get("attributions") or []}
    for attribution in data.get("attributions") or []:
        target = attribution.get("source_entity")
        if target is not None and target not in entity_ids:
            add(attribution["id"], f"source_entity {target!r} points to no entity")
    for claim in data.get("claims") or []:
        target = claim.get("attribution")
        if target is not None and target not in attribution_ids:
            add(claim["id"], f"attribution {target!r} points to no attribution")
    return problems


def _spans(data: Mapping[str, Any]) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """Every text span of a record with its item path."""
    title = data["metadata"].get("title")
    if title:
        yield "metadata.title", title
    for i, entity in enumerate(data.get("entities") or []):
        for j, mention in enumerate(entity["mentions"]):
            yield f"entities[{i}].mentions[{j}]", mention
    for kind in ("quantities", "dates", "claims"):
        for i, item in enumerate(data.get(kind) or []):
            yield f"{kind}[{i}]", item
    for i, attribution in enumerate(data.get("attributions") or []):
        for part in ("source", "cue", "content"):
            if attribution.get(part):
                yield f"attributions[{i}].{part}", attribution[part]


def _span_problems(
    span: Mapping[str, Any], text: str | None, regions: list[Mapping[str, Any]] | None
) -> list[str]:
    start, end, words = span["start"], span["end"], span["text"]
    if start > end:
        return [f"start {start} > end {end}"]
    if start == end:
        return ["empty span"]
    out: list[str] = []
    if text is not None:
        if end > len(text):
            return [f"end {end} is past the end of the text ({len(text)} characters)"]
        if text[start:end] != words:
            out.append(
                f"text {_short(words)} does not match the article at {start}:{end} "
                f"({_short(text[start:end])})")
    if words != words.strip():
        out.append(f"text {_short(words)} has leading or trailing white space")
    if regions is not None and not any(
        r["start"] <= start and end <= r["end"] for r in regions
    ):
        out.append(f"span {start}:{end} lies outside metadata.body and the title")
    return out
