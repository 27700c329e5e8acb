"""End to end through the real model: records validate and offsets hold."""

from __future__ import annotations

import jsonschema

from extractor.record import Record, record_json_schema
from tests.conftest import SEED, assert_offsets


def test_seed_record(extractor) -> None:
    record = next(extractor.extract_files([SEED]))
    text = SEED.read_text(encoding="utf-8")
    Record.model_validate(record)
    jsonschema.validate(record, record_json_schema())
    assert_offsets(record, text)
    assert record["doc_id"] == "000_f906829c3a93a056"
    assert record["text_sha256"] == "9c53c26220d1118a38ca0d0557e45043628ae97d9d7964545fb4ab949fe22755"
    assert record["metadata"]["source"] == "actualnewsmagazine.com"
    assert record["metadata"]["title"]["text"] == "Jihadist Attacks in Bamako: A Turning Point for Malian Security"
    for key in ("entities", "quantities", "dates", "attributions", "claims"):
        assert record[key], key
    assert "extracted_at" not in record["provenance"]
    assert record["provenance"]["model"].startswith("en_core_web_sm")


def test_all_five_stages_are_real(extractor) -> None:
    record = extractor.extract_text(
        "Rebels kill 12 in attack\n\nOn Tuesday, more than 12 soldiers were killed in Mali, "
        "the army said.",
        published="2024-09-19",
    )
    assert [(q["text"], q["value"], q["bound"], q["counted"]) for q in record["quantities"]][-1] == (
        "more than 12", 12, "gt", "soldier")
    assert [(d["text"], d["value"]) for d in record["dates"]] == [("Tuesday", "2024-09-17")]
    assert any(e["canonical"] == "Mali" and e["label"] == "GPE" for e in record["entities"])
    att = record["attributions"][0]
    assert (att["source"]["text"], att["cue"]["text"]) == ("the army", "said")
    assert record["claims"]


def test_published_changes_relative_dates(extractor) -> None:
    text = "Attack\n\nThe attack happened on Tuesday."
    without = extractor.extract_text(text)["dates"][0]["value"]
    with_date = extractor.extract_text(text, published="2024-09-19")["dates"][0]["value"]
    assert (without, with_date) == ("XXXX-WXX-2", "2024-09-17")


def test_same_input_same_record(extractor) -> None:
    text = SEED.read_text(encoding="utf-8")
    assert extractor.extract_text(text, doc_id="a") == extractor.extract_text(text, doc_id="a")


def test_extract_texts_batches_and_keeps_order(extractor) -> None:
    texts = [f"Headline {i}\n\nPolice said {i + 2} people died in Paris." for i in range(5)]
    records = list(extractor.extract_texts(texts))
    assert [r["quantities"][-1]["value"] for r in records] == [2, 3, 4, 5, 6]


def test_bad_text_gives_error_record(extractor) -> None:
    record = extractor.extract_text("   \n ", doc_id="blank")
    assert record["error"]["kind"] == "empty"
    assert record["doc_id"] == "blank"
