"""Property-based tests of ``Extractor.extract_text`` on arbitrary and news-like Unicode text.

Whatever the text: the call returns a record or an error record that validates against
the schema, every span holds on the text and lies inside it, and the same input gives
the same record twice.
"""

from __future__ import annotations

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.record import ErrorRecord, Record, record_json_schema
from tests.conftest import assert_offsets

SCHEMA = record_json_schema()
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow],
                    derandomize=True)

WORDS = st.sampled_from([
    "Kabul", "the", "police", "said", "12", "twelve", "over", "70", "deaths", "on", "Monday", "2024-09-17",
    "U.S.", "President", "Biden", "told", "reporters", "\u201c", "\u201d", '"', "'", "\u2018", "\u2019",
    "(", ")", ",", ".", ":", "-", "\u2014", "%", "$", "5m", "\u20ac3.5bn", "km", "Mr", "Dr.", "according",
    "to", "reportedly", "may", "hundreds", "of", "UN", "\u00e9t\u00e9", "S\u00e3o", "Paulo", "\u200b",
    "\u00ad", "\ufeff", "\u0301", "\U0001F600", "\u05e9\u05dc\u05d5\u05dd", "\u4e2d\u6587", "\r\n", "\n",
    "\n\n", "\t", "  ", "Original Source: x.com", "Loading Now", "Updated: November 11, 2011 18:50 IST",
])
NEWSY = st.lists(WORDS, min_size=0, max_size=60).map(" ".join)
ANY_TEXT = st.text(max_size=300)


def _check(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    record = extractor.extract_text(text, doc_id="prop")
    jsonschema.validate(record, SCHEMA)
    if "error" in record:
        ErrorRecord.model_validate(record)
    else:
        Record.model_validate(record)
        assert_offsets(record, text)
        body = record["metadata"]["body"]
        assert 0 <= body["start"] <= body["end"] <= len(text)
    assert extractor.extract_text(text, doc_id="prop") == record


@SETTINGS
@given(text=ANY_TEXT)
def test_any_text(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    _check(extractor, text)


@SETTINGS
@given(text=NEWSY)
def test_news_like_text(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    _check(extractor, text)


@SETTINGS
@given(title=NEWSY, body=st.lists(NEWSY, min_size=1, max_size=4))
def test_article_shaped_text(extractor, title: str, body: list[str]) -> None:  # type: ignore[no-untyped-def]
    _check(extractor, title + "\n\n" + "\n\n".join(body) + "\n")
