"""Shared fixtures: the real model, loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import Extractor

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SEED = CORPUS / "000_f906829c3a93a056.txt"


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


def assert_offsets(record: dict, text: str) -> None:
    """Every span in a record holds on the decoded text."""

    def check(span: dict) -> None:
        assert 0 <= span["start"] <= span["end"] <= len(text)
        assert text[span["start"] : span["end"]] == span["text"]

    if record["metadata"]["title"]:
        check(record["metadata"]["title"])
    for e in record["entities"]:
        for m in e["mentions"]:
            check(m)
    for item in record["quantities"] + record["dates"] + record["claims"]:
        check(item)
    for a in record["attributions"]:
        check(a["cue"])
        check(a["content"])
        if a["source"]:
            check(a["source"])
