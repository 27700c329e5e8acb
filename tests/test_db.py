"""Loading records into SQLite and PostgreSQL: schema, migrations, idempotence, failures, README queries.

The PostgreSQL cases need a server: set NEWS_EXTRACTOR_TEST_PG_URL (``.ci/postgres.sh``
starts one and prints the URL); each test gets a fresh database of its own.
"""

from __future__ import annotations

import copy
import json
import os
import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from extractor.cli import main
from extractor.db import (
    DatabaseSink,
    LoadFailure,
    SchemaError,
    create_engine,
    current_revision,
    head_revision,
    migrate,
    normalise_url,
)
from extractor.db import schema as s
from extractor.record import dumps
from tests.conftest import ROOT

GOLD = sorted((ROOT / "gold").glob("*.json"))
SEED_ID = "000_f906829c3a93a056"
PG_ENV = "NEWS_EXTRACTOR_TEST_PG_URL"
TABLES = ["articles", "entities", "aliases", "mentions", "quantities", "dates", "attributions", "claims", "errors"]


def gold_records() -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in GOLD]


def seed() -> dict[str, Any]:
    return next(r for r in gold_records() if r["doc_id"] == SEED_ID)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'news.db'}"
        return
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"PostgreSQL tests need a server: set {PG_ENV} (bash .ci/postgres.sh prints one)")
    name = f"news_test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(normalise_url(base), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield sa.make_url(normalise_url(base)).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def snapshot(url: str) -> dict[str, list[tuple]]:
    """Every row of every table, in id order: two equal snapshots mean an untouched database."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return {t: [tuple(r) for r in conn.execute(sa.select(s.metadata.tables[t]).order_by(sa.text("id")))]
                    for t in TABLES}
    finally:
        engine.dispose()


def counts(url: str) -> dict[str, int]:
    return {t: len(rows) for t, rows in snapshot(url).items()}


def expected_counts(records: list[dict[str, Any]]) -> dict[str, int]:
    return {
        "articles": len(records),
        "entities": sum(len(r["entities"]) for r in records),
        "aliases": sum(len(e["aliases"]) for r in records for e in r["entities"]),
        "mentions": sum(len(e["mentions"]) for r in records for e in r["entities"]),
        "quantities": sum(len(r["quantities"]) for r in records),
        "dates": sum(len(r["dates"]) for r in records),
        "attributions": sum(len(r["attributions"]) for r in records),
        "claims": sum(len(r["claims"]) for r in records),
        "errors": 0,
    }


# --------------------------------------------------------------------------- schema and migrations


def test_empty_database_is_migrated_to_head(db_url: str) -> None:
    with DatabaseSink(db_url) as sink:
        assert sink.migrated == ["0001"]
    engine = create_engine(db_url)
    try:
        assert current_revision(engine) == head_revision() == "0001"
        inspector = sa.inspect(engine)
        assert set(TABLES) | {"alembic_version"} <= set(inspector.get_table_names())
        indexed = {tuple(ix["column_names"]) for ix in inspector.get_indexes("entities")}
        assert {("label",), ("canonical",)} <= indexed
        assert ("source_entity_id",) in {tuple(ix["column_names"]) for ix in inspector.get_indexes("attributions")}
        assert ("counted",) in {tuple(ix["column_names"]) for ix in inspector.get_indexes("quantities")}
        fks = {(fk["referred_table"], tuple(fk["constrained_columns"])) for fk in inspector.get_foreign_keys("claims")}
        assert fks == {("articles", ("article_id",)), ("attributions", ("attribution_id",))}
    finally:
        engine.dispose()


def test_database_at_head_is_left_alone(db_url: str) -> None:
    with DatabaseSink(db_url) as sink:
        sink.write(seed())
    before = snapshot(db_url)
    engine = create_engine(db_url)
    statements: list[str] = []
    sa.event.listen(engine, "before_cursor_execute",
                    lambda conn, cursor, statement, *args: statements.append(statement))
    try:
        assert migrate(engine) == []
    finally:
        engine.dispose()
    assert not [x for x in statements if re.match(r"\s*(CREATE|ALTER|DROP|INSERT|UPDATE|DELETE)", x, re.I)]
    with DatabaseSink(db_url) as sink:
        assert sink.migrated == []
    assert snapshot(db_url) == before


def test_migrations_build_the_schema_the_code_uses(db_url: str) -> None:
    """The shipped revisions and extractor/db/schema.py describe the same tables (nothing to autogenerate)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    engine = create_engine(db_url)
    try:
        migrate(engine)
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), s.metadata)
    finally:
        engine.dispose()
    assert diff == []


def test_a_newer_schema_is_refused(db_url: str) -> None:
    engine = create_engine(db_url)
    try:
        migrate(engine)
        with engine.begin() as conn:
            conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
    finally:
        engine.dispose()
    with pytest.raises(SchemaError, match="'9999'"):
        DatabaseSink(db_url)
    result = CliRunner().invoke(main, ["load", str(GOLD[0]), "--db", db_url])
    assert result.exit_code == 2
    assert "unknown to this version" in result.stderr


# --------------------------------------------------------------------------- loading


def test_gold_records_load_into_linked_rows(db_url: str) -> None:
    records = gold_records()
    with DatabaseSink(db_url) as sink:
        for record in records:
            sink.write(record)
        assert sink.counts == {"new": len(records)}
    assert counts(db_url) == expected_counts(records)
    record = seed()
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            article = conn.execute(sa.select(s.articles).where(s.articles.c.doc_id == SEED_ID)).one()
            assert article.text_sha256 == record["text_sha256"]
            assert article.title == record["metadata"]["title"]["text"]
            assert article.source == record["metadata"]["source"] == "actualnewsmagazine.com"
            assert article.pipeline == "gold" and article.model is None
            assert article.path == "corpus/000_f906829c3a93a056.txt"
            assert article.provenance == record["provenance"]
            # every claim keeps the attribution it was linked to, by ref
            a = s.attributions.alias("a")
            linked = conn.execute(
                sa.select(s.claims.c.ref, a.c.ref).join(a, a.c.id == s.claims.c.attribution_id)
                .where(s.claims.c.article_id == article.id)).all()
            assert sorted(linked) == sorted((c["id"], c["attribution"]) for c in record["claims"] if c["attribution"])
            # and every attribution its source entity
            by_entity = conn.execute(
                sa.select(s.attributions.c.ref, s.entities.c.ref, s.entities.c.canonical)
                .join(s.entities, s.entities.c.id == s.attributions.c.source_entity_id)
                .where(s.attributions.c.article_id == article.id)).all()
            assert sorted((x[0], x[1]) for x in by_entity) == sorted(
                (x["id"], x["source_entity"]) for x in record["attributions"] if x["source_entity"])
            q5 = conn.execute(sa.select(s.quantities).where(s.quantities.c.article_id == article.id,
                                                             s.quantities.c.ref == "Q7")).one()
            assert (q5.text, q5.value, q5.bound, q5.counted) == ("up to 100", 100, "lte", "deceased")
    finally:
        engine.dispose()


def test_loading_twice_keeps_one_copy(db_url: str) -> None:
    records = gold_records()
    with DatabaseSink(db_url) as sink:
        for record in records:
            sink.write(record)
    before = snapshot(db_url)
    stamped = copy.deepcopy(records)
    for record in stamped:  # a rerun that only differs by its timestamp is the same extraction
        record["provenance"]["extracted_at"] = "2030-01-01T00:00:00+00:00"
    with DatabaseSink(db_url) as sink:
        for record in records + stamped:
            sink.write(record)
        assert sink.counts == {"unchanged": 2 * len(records)}
    assert snapshot(db_url) == before


def test_a_new_extraction_replaces_the_article(db_url: str) -> None:
    old = seed()
    with DatabaseSink(db_url) as sink:
        for record in gold_records():
            sink.write(record)
    others_before = snapshot(db_url)
    new = copy.deepcopy(old)
    new["provenance"] = {"pipeline": "0.2.0", "model": "en_core_web_sm-3.8.0",
                         "source_path": "corpus/000_f906829c3a93a056.txt",
                         "extracted_at": "2025-01-02T03:04:05+00:00"}
    new["entities"] = new["entities"][:3]
    new["attributions"] = [a for a in new["attributions"] if a["source_entity"] in (None, "E1", "E2", "E3")]
    kept = {a["id"] for a in new["attributions"]}
    new["claims"] = [c for c in new["claims"] if c["attribution"] in kept or c["attribution"] is None]
    with DatabaseSink(db_url) as sink:
        sink.write(new)
        assert sink.counts == {"replaced": 1}
    records = [new if r["doc_id"] == SEED_ID else r for r in gold_records()]
    assert counts(db_url) == expected_counts(records)
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(sa.select(s.articles).where(s.articles.c.doc_id == SEED_ID)).all()
            assert len(rows) == 1
            assert rows[0].pipeline == "0.2.0" and rows[0].model == "en_core_web_sm-3.8.0"
            assert rows[0].extracted_at.year == 2025
            names = conn.execute(sa.select(s.entities.c.canonical).where(s.entities.c.article_id == rows[0].id)
                                 .order_by(s.entities.c.ref)).scalars().all()
            assert names == sorted((e["canonical"] for e in new["entities"][:3]),
                                   key=lambda n: [e["canonical"] for e in new["entities"]].index(n))
    finally:
        engine.dispose()
    # the other articles' rows are untouched
    after = snapshot(db_url)
    others = {r[0] for r in others_before["articles"] if r[1] != SEED_ID}
    assert others and {r[0] for r in after["articles"] if r[1] != SEED_ID} == others
    for table in ("entities", "quantities", "dates", "attributions", "claims"):
        assert [r for r in after[table] if r[1] in others] == [r for r in others_before[table] if r[1] in others]


@pytest.mark.parametrize("breakage", ["unknown attribution", "unknown source entity", "duplicate id",
                                      "bad date", "not a record"])
def test_a_failing_record_leaves_the_database_as_it_was(db_url: str, breakage: str) -> None:
    with DatabaseSink(db_url) as sink:
        for record in gold_records():
            sink.write(record)
    before = snapshot(db_url)
    bad = copy.deepcopy(seed())
    bad["provenance"]["pipeline"] = "0.3.0"  # a new extraction: the old rows would be replaced
    if breakage == "unknown attribution":
        bad["claims"][-1]["attribution"] = "A99"
    elif breakage == "unknown source entity":
        bad["attributions"][-1]["source_entity"] = "E999"
    elif breakage == "duplicate id":  # caught by the database's unique constraint, mid-transaction
        bad["quantities"][-1]["id"] = bad["quantities"][0]["id"]
    elif breakage == "bad date":
        bad["metadata"]["published"] = "2024-02-31"
    else:
        del bad["metadata"]
    with DatabaseSink(db_url) as sink, pytest.raises(LoadFailure, match=SEED_ID):
        sink.write(bad)
    assert snapshot(db_url) == before


def test_error_records_have_their_own_table(db_url: str) -> None:
    error = {"schema": "news-extractor/1", "doc_id": SEED_ID, "source_path": "in/x.txt",
             "error": {"kind": "empty", "message": "in/x.txt: empty file"}}
    with DatabaseSink(db_url) as sink:
        sink.write(error)
        sink.write(error)
        assert sink.counts == {"errors": 2}
    rows = snapshot(db_url)["errors"]
    assert [(r[1], r[2], r[3], r[4]) for r in rows] == [(SEED_ID, "in/x.txt", "empty", "in/x.txt: empty file")]
    with DatabaseSink(db_url) as sink:  # the article now loads: its old error goes
        sink.write(seed())
    assert counts(db_url)["errors"] == 0 and counts(db_url)["articles"] == 1


def test_readme_example_queries(db_url: str) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Loading into a database"):]
    section = section[: section.index("\n## ", 3)]
    queries = re.findall(r"```sql\n(.*?)```", section, re.S)
    assert len(queries) == 4
    with DatabaseSink(db_url) as sink:
        for record in gold_records():
            sink.write(record)
    engine = create_engine(db_url)
    params = {"doc_id": SEED_ID, "name": "GSIM"}
    try:
        with engine.connect() as conn:
            results = [[tuple(r) for r in conn.execute(sa.text(q), params)] for q in queries]
    finally:
        engine.dispose()
    casualties, quoted, named, claims = results
    gsim = "The Group for the Support of Islam and Muslims (GSIM)"
    assert casualties == [
        ("over 70", 70, "gt", "death", "(the article)", None),
        ("200", 200, "eq", "injury", "(the article)", None),
        ("over 70", 70, "gt", "fatality", "(the article)", None),
        ("200", 200, "eq", "injury", "(the article)", None),
        ("77", 77, "eq", "death", "Official reports", "indicate"),
        ("255", 255, "eq", "injury", "Official reports", "indicate"),
        ("up to 100", 100, "lte", "deceased", "confidential documents", "estimating"),
        ("81", 81, "eq", "victim", "confidential documents", "estimating"),
        ("hundreds", 100, "gt", "death", gsim, "stating"),
    ]
    assert ("Group for the Support of Islam and Muslims", "ORG", 4, 1) in quoted
    assert quoted == sorted(quoted, key=lambda r: (-r[2], r[0]))
    assert named == [(SEED_ID, "Jihadist Attacks in Bamako: A Turning Point for Malian Security", "ORG", 4)]
    assert claims[0][:2] == ("C3", f"{gsim} claimed responsibility")
    assert ("C11", "Official reports indicate 77 confirmed deaths and 255 injuries", False, "Official reports",
            "indicate") in claims
    assert {c[2] for c in claims} == {True, False}


# --------------------------------------------------------------------------- the command


def test_load_command(db_url: str, tmp_path: Path) -> None:
    records = gold_records()
    lines = [dumps(r) for r in records]
    lines.insert(2, "{not json")
    lines.append(json.dumps({"schema": "news-extractor/1", "doc_id": "broken", "source_path": "b.txt",
                             "error": {"kind": "binary", "message": "b.txt: binary data"}}))
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["load", str(path), "--db", db_url])
    assert result.exit_code == 1, result.output
    assert f"{path}:3: " in result.stderr  # the malformed line, by number
    assert f"{len(records) + 2} records" in result.stderr
    assert f"{len(records)} new, 0 replaced, 0 unchanged, 1 error records, 1 failed" in result.stderr
    if "@" in db_url:
        assert f":{sa.make_url(db_url).password}@" not in result.stderr and ":***@" in result.stderr
    again = CliRunner().invoke(main, ["load", *map(str, GOLD), "--db", db_url])
    assert again.exit_code == 0, again.output
    assert f"0 new, 0 replaced, {len(records)} unchanged" in again.stderr
    assert counts(db_url) == {**expected_counts(records), "errors": 1}


def test_load_command_usage_errors(tmp_path: Path) -> None:
    runner = CliRunner()
    bad = runner.invoke(main, ["load", str(GOLD[0]), "--db", "nosuchdialect://x"])
    assert bad.exit_code == 2 and "--db" in bad.stderr
    missing = runner.invoke(main, ["load", str(tmp_path / "nope.jsonl"), "--db", f"sqlite:///{tmp_path}/a.db"])
    assert missing.exit_code == 2 and "no such file" in missing.stderr
    unreachable = runner.invoke(main, ["load", str(GOLD[0]), "--db", f"sqlite:///{tmp_path}/no/such/dir/a.db"])
    assert unreachable.exit_code == 2 and "cannot use the database" in unreachable.stderr


def test_postgresql_urls_use_psycopg3() -> None:
    assert normalise_url("postgresql://u:p@h/db") == "postgresql+psycopg://u:p@h/db"
    assert normalise_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_url("sqlite:///news.db") == "sqlite:///news.db"
