"""The relational schema: one row per article, child tables for what a record lists.

The migrations in ``migrations/versions`` create exactly these tables (a test
compares them); this module is what the loader and readers import.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData(naming_convention={
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
})


def _article_fk() -> sa.Column:
    return sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"),
                     nullable=False, index=True)


articles = sa.Table(
    "articles", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("doc_id", sa.String(255), nullable=False, unique=True),
    sa.Column("text_sha256", sa.String(64), nullable=False, index=True),
    # fingerprint of the whole record (less extracted_at): equal means "already loaded"
    sa.Column("record_sha256", sa.String(64), nullable=False),
    sa.Column("title", sa.Text),
    sa.Column("title_start", sa.Integer),
    sa.Column("title_end", sa.Integer),
    sa.Column("source", sa.Text, index=True),
    sa.Column("published", sa.Date, index=True),
    sa.Column("body_start", sa.Integer, nullable=False),
    sa.Column("body_end", sa.Integer, nullable=False),
    sa.Column("path", sa.Text),
    sa.Column("pipeline", sa.String(64), nullable=False),
    sa.Column("model", sa.String(255)),
    sa.Column("extracted_at", sa.DateTime(timezone=True)),
    sa.Column("provenance", sa.JSON, nullable=False),
    sa.Column("loaded_at", sa.DateTime(timezone=True), nullable=False),
)

entities = sa.Table(
    "entities", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _article_fk(),
    sa.Column("ref", sa.String(32), nullable=False),
    sa.Column("label", sa.String(32), nullable=False, index=True),
    sa.Column("canonical", sa.Text, nullable=False, index=True),
    sa.UniqueConstraint("article_id", "ref"),
)

aliases = sa.Table(
    "aliases", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("entity_id", sa.Integer, sa.ForeignKey("entities.id", ondelete="CASCADE"),
              nullable=False, index=True),
    sa.Column("alias", sa.Text, nullable=False, index=True),
)

mentions = sa.Table(
    "mentions", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("entity_id", sa.Integer, sa.ForeignKey("entities.id", ondelete="CASCADE"),
              nullable=False, index=True),
    _article_fk(),
    sa.Column("char_start", sa.Integer, nullable=False),
    sa.Column("char_end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
)

quantities = sa.Table(
    "quantities", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _article_fk(),
    sa.Column("ref", sa.String(32), nullable=False),
    sa.Column("char_start", sa.Integer, nullable=False),
    sa.Column("char_end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("value", sa.Float, nullable=False),
    sa.Column("bound", sa.String(8), nullable=False),
    sa.Column("unit", sa.String(64), index=True),
    sa.Column("counted", sa.String(128), index=True),
    sa.UniqueConstraint("article_id", "ref"),
)

dates = sa.Table(
    "dates", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _article_fk(),
    sa.Column("ref", sa.String(32), nullable=False),
    sa.Column("char_start", sa.Integer, nullable=False),
    sa.Column("char_end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("type", sa.String(16), nullable=False),
    sa.Column("value", sa.String(64), nullable=False, index=True),
    sa.UniqueConstraint("article_id", "ref"),
)

attributions = sa.Table(
    "attributions", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _article_fk(),
    sa.Column("ref", sa.String(32), nullable=False),
    sa.Column("type", sa.String(16), nullable=False),
    sa.Column("source_text", sa.Text),
    sa.Column("source_start", sa.Integer),
    sa.Column("source_end", sa.Integer),
    sa.Column("source_entity_id", sa.Integer, sa.ForeignKey("entities.id", ondelete="SET NULL"), index=True),
    sa.Column("cue_text", sa.Text, nullable=False),
    sa.Column("cue_start", sa.Integer, nullable=False),
    sa.Column("cue_end", sa.Integer, nullable=False),
    sa.Column("content_text", sa.Text, nullable=False),
    sa.Column("content_start", sa.Integer, nullable=False),
    sa.Column("content_end", sa.Integer, nullable=False),
    sa.UniqueConstraint("article_id", "ref"),
)

claims = sa.Table(
    "claims", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _article_fk(),
    sa.Column("ref", sa.String(32), nullable=False),
    sa.Column("char_start", sa.Integer, nullable=False),
    sa.Column("char_end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("attribution_id", sa.Integer, sa.ForeignKey("attributions.id", ondelete="SET NULL"), index=True),
    sa.Column("hedged", sa.Boolean, nullable=False),
    sa.UniqueConstraint("article_id", "ref"),
)

errors = sa.Table(
    "errors", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("doc_id", sa.String(255), nullable=False, unique=True),
    sa.Column("source_path", sa.Text),
    sa.Column("kind", sa.String(64), nullable=False, index=True),
    sa.Column("message", sa.Text, nullable=False),
    sa.Column("loaded_at", sa.DateTime(timezone=True), nullable=False),
)

# children first: the order in which an article's rows are deleted
CHILD_TABLES = (claims, attributions, mentions, aliases, quantities, dates, entities)
