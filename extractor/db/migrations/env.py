"""Alembic environment: run by ``extractor.db.migrate`` with an open connection.

From the command line (for writing a new revision) it builds an engine from
``-x url=...``: ``alembic -c /dev/null -x url=sqlite:///dev.db ...`` with
``script_location`` pointing here.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context

from extractor.db.schema import metadata

config = context.config


def _run(connection: sa.Connection) -> None:
    # batch mode lets later revisions ALTER tables on SQLite too
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True,
                      compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option("sqlalchemy.url")
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        _run(conn)
    engine.dispose()
