"""Records into a relational database (SQLite by default, PostgreSQL alike).

``DatabaseSink(url)`` brings the schema to the newest Alembic revision on
connect, then writes one record per transaction: an article's rows are
replaced as a whole or not at all, and writing the same record twice leaves
one copy.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Mapping
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from pydantic import ValidationError

from extractor.db import schema as s
from extractor.record import ErrorRecord, Record

DEFAULT_URL = "sqlite:///news.db"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"

__all__ = ["DEFAULT_URL", "DatabaseSink", "LoadFailure", "SchemaError", "create_engine", "head_revision",
           "migrate", "normalise_url"]


class LoadFailure(ValueError):
    """A record that cannot be stored; the database is left as it was before it."""


class SchemaError(RuntimeError):
    """The database's schema is not one this version can migrate (e.g. it is newer)."""


def normalise_url(url: str) -> str:
    """``postgresql://`` and ``postgres://`` mean psycopg 3, the driver we ship (not psycopg2)."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def create_engine(url: str) -> sa.Engine:
    """An engine with foreign keys enforced on SQLite as well (cascading deletes rely on them)."""
    engine = sa.create_engine(normalise_url(url))
    if engine.dialect.name == "sqlite":
        @sa.event.listens_for(engine, "connect")
        def _fk_on(dbapi_conn: Any, _record: Any) -> None:
            cursor = dbapi_conn.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()
    return engine


def _alembic_config():  # type: ignore[no-untyped-def]
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: sa.Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def migrate(engine: sa.Engine) -> list[str]:
    """Bring the schema to head; returns the revisions applied (none when already at head)."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    cfg = _alembic_config()
    script = ScriptDirectory.from_config(cfg)
    head = script.get_current_head()
    with engine.begin() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
        if current == head:
            return []
        try:
            pending = [r.revision for r in script.iterate_revisions(head, current or "base")]
        except Exception as exc:  # noqa: BLE001 - alembic raises CommandError or ResolutionError here
            raise SchemaError(f"database schema is at revision {current!r}, unknown to this version "
                              f"(newest known: {head!r}); upgrade news-extractor") from exc
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return list(reversed(pending))


def record_fingerprint(record: Mapping[str, Any]) -> str:
    """Same fingerprint = same record (a timestamp alone does not make a new extraction)."""
    data = dict(record)
    provenance = {k: v for k, v in (data.get("provenance") or {}).items() if k != "extracted_at"}
    data["provenance"] = provenance
    blob = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _datetime(value: Any) -> datetime | None:
    if not value:
        return None
    stamp = datetime.fromisoformat(str(value))
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)


def _span(prefix: str, span: Mapping[str, Any] | None) -> dict[str, Any]:
    span = span or {}
    return {f"{prefix}_text": span.get("text"), f"{prefix}_start": span.get("start"),
            f"{prefix}_end": span.get("end")}


class DatabaseSink:
    """Writes records (and error records) into the database at ``url``.

    One transaction per article: a new extraction of a doc_id replaces all its
    rows, an identical one is skipped, a failing one changes nothing.
    ``counts`` tells what happened: new, replaced, unchanged, errors.
    """

    def __init__(self, url: str = DEFAULT_URL) -> None:
        self.url = normalise_url(url)
        self.engine = create_engine(self.url)
        try:
            self.migrated = migrate(self.engine)
        except BaseException:
            self.engine.dispose()
            raise
        self.counts: Counter[str] = Counter()

    def __enter__(self) -> DatabaseSink:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()

    def write(self, record: dict[str, Any]) -> None:
        """Store one record or error record; raises LoadFailure (nothing written) when it cannot."""
        if not isinstance(record, Mapping):
            raise LoadFailure("not a JSON object")
        doc_id = record.get("doc_id", "?")
        model = ErrorRecord if "error" in record else Record
        try:
            checked = model.model_validate(record).model_dump(by_alias=True)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise LoadFailure(f"{doc_id}: not a valid record: {where}: {first['msg']}") from None
        try:
            with self.engine.begin() as conn:
                if model is ErrorRecord:
                    outcome = self._write_error(conn, checked)
                else:
                    outcome = self._write_article(conn, checked)
        except LoadFailure:
            raise
        except sa.exc.IntegrityError as exc:
            raise LoadFailure(f"{doc_id}: rejected by the database: {exc.orig}") from None
        self.counts[outcome] += 1

    # -- internals -----------------------------------------------------------------
    def _write_error(self, conn: sa.Connection, rec: dict[str, Any]) -> str:
        conn.execute(sa.delete(s.errors).where(s.errors.c.doc_id == rec["doc_id"]))
        conn.execute(sa.insert(s.errors).values(
            doc_id=rec["doc_id"], source_path=rec["source_path"], kind=rec["error"]["kind"],
            message=rec["error"]["message"], loaded_at=datetime.now(UTC),
        ))
        return "errors"

    def _write_article(self, conn: sa.Connection, rec: dict[str, Any]) -> str:
        doc_id = rec["doc_id"]
        fingerprint = record_fingerprint(rec)
        old = conn.execute(sa.select(s.articles.c.id, s.articles.c.record_sha256)
                           .where(s.articles.c.doc_id == doc_id)).first()
        if old is not None and old.record_sha256 == fingerprint:
            return "unchanged"
        if old is not None:
            self._delete_article(conn, old.id)
        meta, prov = rec["metadata"], rec["provenance"]
        title = meta["title"] or {}
        try:
            published = _date(meta["published"])
            extracted_at = _datetime(prov.get("extracted_at"))
        except ValueError as exc:
            raise LoadFailure(f"{doc_id}: {exc}") from None
        article_id = conn.execute(sa.insert(s.articles).values(
            doc_id=doc_id, text_sha256=rec["text_sha256"], record_sha256=fingerprint,
            title=title.get("text"), title_start=title.get("start"), title_end=title.get("end"),
            source=meta["source"], published=published,
            body_start=meta["body"]["start"], body_end=meta["body"]["end"],
            path=prov.get("source_path"), pipeline=prov["pipeline"], model=prov.get("model"),
            extracted_at=extracted_at, provenance=prov, loaded_at=datetime.now(UTC),
        ).returning(s.articles.c.id)).scalar_one()

        entity_ids = self._insert_many(conn, s.entities, [
            {"article_id": article_id, "ref": e["id"], "label": e["label"], "canonical": e["canonical"]}
            for e in rec["entities"]
        ])
        self._insert_many(conn, s.aliases, [
            {"entity_id": entity_ids[e["id"]], "alias": alias}
            for e in rec["entities"] for alias in e["aliases"]
        ])
        self._insert_many(conn, s.mentions, [
            {"entity_id": entity_ids[e["id"]], "article_id": article_id, "char_start": m["start"],
             "char_end": m["end"], "text": m["text"]}
            for e in rec["entities"] for m in e["mentions"]
        ])
        self._insert_many(conn, s.quantities, [
            {"article_id": article_id, "ref": q["id"], "char_start": q["start"], "char_end": q["end"],
             "text": q["text"], "value": q["value"], "bound": q["bound"], "unit": q["unit"],
             "counted": q["counted"]}
            for q in rec["quantities"]
        ])
        self._insert_many(conn, s.dates, [
            {"article_id": article_id, "ref": d["id"], "char_start": d["start"], "char_end": d["end"],
             "text": d["text"], "type": d["type"], "value": d["value"]}
            for d in rec["dates"]
        ])
        attribution_rows = []
        for a in rec["attributions"]:
            ref = a["source_entity"]
            if ref is not None and ref not in entity_ids:
                raise LoadFailure(f"{doc_id}: attribution {a['id']}: unknown source_entity {ref!r}")
            attribution_rows.append({
                "article_id": article_id, "ref": a["id"], "type": a["type"],
                **_span("source", a["source"]), "source_entity_id": entity_ids.get(ref) if ref else None,
                **_span("cue", a["cue"]), **_span("content", a["content"]),
            })
        attribution_ids = self._insert_many(conn, s.attributions, attribution_rows)
        claim_rows = []
        for c in rec["claims"]:
            ref = c["attribution"]
            if ref is not None and ref not in attribution_ids:
                raise LoadFailure(f"{doc_id}: claim {c['id']}: unknown attribution {ref!r}")
            claim_rows.append({
                "article_id": article_id, "ref": c["id"], "char_start": c["start"], "char_end": c["end"],
                "text": c["text"], "attribution_id": attribution_ids.get(ref) if ref else None,
                "hedged": c["hedged"],
            })
        self._insert_many(conn, s.claims, claim_rows)
        conn.execute(sa.delete(s.errors).where(s.errors.c.doc_id == doc_id))
        return "replaced" if old is not None else "new"

    @staticmethod
    def _delete_article(conn: sa.Connection, article_id: int) -> None:
        # explicit, children first: does not depend on the backend honouring ON DELETE CASCADE
        entity_ids = sa.select(s.entities.c.id).where(s.entities.c.article_id == article_id)
        for table in s.CHILD_TABLES:
            if "article_id" in table.c:
                conn.execute(sa.delete(table).where(table.c.article_id == article_id))
            else:
                conn.execute(sa.delete(table).where(table.c.entity_id.in_(entity_ids)))
        conn.execute(sa.delete(s.articles).where(s.articles.c.id == article_id))

    @staticmethod
    def _insert_many(conn: sa.Connection, table: sa.Table, rows: list[dict[str, Any]]) -> dict[str, int]:
        """Insert rows; for tables with a ``ref`` column, map each ref to its new primary key."""
        if not rows:
            return {}
        if "ref" not in table.c:
            conn.execute(sa.insert(table), rows)
            return {}
        result = conn.execute(
            sa.insert(table).returning(table.c.id, table.c.ref, sort_by_parameter_order=True), rows
        )
        return {row.ref: row.id for row in result}
