"""Lexicons and gazetteers ship as data files inside the package.

Each component keeps its own data in a ``data/`` folder beside its code; the
shared ones live in ``extractor/data``. Files are read once per process.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def load_lines(name: str, package: str = "extractor") -> tuple[str, ...]:
    """Non-empty, non-comment lines of ``<package>/data/<name>``."""
    text = resources.files(package).joinpath("data").joinpath(name).read_text(encoding="utf-8")
    return tuple(
        line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")
    )


@cache
def load_json(name: str, package: str = "extractor") -> Any:
    """Parsed ``<package>/data/<name>``."""
    return json.loads(resources.files(package).joinpath("data").joinpath(name).read_text(encoding="utf-8"))
