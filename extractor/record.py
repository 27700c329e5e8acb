"""The extraction record (schema ``news-extractor/1``) as pydantic models.

One model serves predictions and gold alike, so the JSON Schema printed by
``extractor schema`` is generated from the same code that writes records.
Field order here is the key order in the JSON output.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_ID = "news-extractor/1"

EntityLabel = Literal[
    "PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT",
    "WORK_OF_ART", "LAW", "LANGUAGE",
]
ENTITY_LABELS: tuple[str, ...] = EntityLabel.__args__  # type: ignore[attr-defined]
Bound = Literal["eq", "gt", "gte", "lt", "lte", "approx"]
DateType = Literal["DATE", "TIME", "DURATION", "SET"]
AttributionType = Literal["direct", "indirect", "mixed"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Span(_Model):
    """A stretch of the raw decoded text: ``raw[start:end] == text``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Body(_Model):
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Metadata(_Model):
    title: Span | None = None
    source: str | None = None
    published: str | None = Field(None, description="ISO date YYYY-MM-DD")
    body: Body


class Entity(_Model):
    id: str
    label: EntityLabel
    canonical: str
    aliases: list[str] = Field(default_factory=list)
    mentions: list[Span] = Field(default_factory=list)


class Quantity(_Model):
    id: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    value: float | int
    bound: Bound = "eq"
    unit: str | None = None
    counted: str | None = None


class DateItem(_Model):
    id: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    type: DateType
    value: str


class Attribution(_Model):
    id: str
    type: AttributionType
    source: Span | None = None
    source_entity: str | None = None
    cue: Span
    content: Span


class Claim(_Model):
    id: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    attribution: str | None = None
    hedged: bool = False


class Provenance(BaseModel):
    """Where a record came from; open to extra keys (e.g. ``input_format``)."""

    model_config = ConfigDict(extra="allow")

    pipeline: str
    model: str | None = None
    source_path: str | None = None


class Record(_Model):
    schema_: Literal["news-extractor/1"] = Field(SCHEMA_ID, alias="schema")
    doc_id: str
    text_sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    metadata: Metadata
    entities: list[Entity] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    dates: list[DateItem] = Field(default_factory=list)
    attributions: list[Attribution] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    provenance: Provenance


class ErrorInfo(_Model):
    kind: str = Field(description="machine-readable class, e.g. binary, empty, too_large")
    message: str


class ErrorRecord(_Model):
    """Stands in for an input that could not be processed, so nothing is lost."""

    schema_: Literal["news-extractor/1"] = Field(SCHEMA_ID, alias="schema")
    doc_id: str
    source_path: str | None
    error: ErrorInfo


def record_json_schema() -> dict[str, Any]:
    """JSON Schema accepting a record or an error record (one output line)."""
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "news-extractor record",
        "oneOf": [{"$ref": "#/$defs/Record"}, {"$ref": "#/$defs/ErrorRecord"}],
        "$defs": {},
    }
    for model in (Record, ErrorRecord):
        sub = model.model_json_schema(by_alias=True, ref_template="#/$defs/{model}")
        schema["$defs"].update(sub.pop("$defs", {}))
        schema["$defs"][model.__name__] = sub
    return schema


def dumps(record: dict[str, Any]) -> str:
    """One output line: compact, key order kept, non-ASCII as is."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))
