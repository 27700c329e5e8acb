"""Scorer tests on a small hand-built record over one real two-sentence text."""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner

from extractor.commands.evaluation import render_report, score_cmd, validate_cmd
from extractor.record import SCHEMA_ID, Record
from extractor.scoring import (
    CATEGORIES,
    error_list,
    greedy_match,
    normalize_name,
    prf,
    score_records,
    sentence_spans,
    trivial_claims,
    trivial_claims_baseline,
)

TEXT = (
    "UN chief Antonio Guterres said on Tuesday that over 70 people died in Bamako.\n"
    "Guterres visited Mali."
)
SHA = hashlib.sha256(TEXT.encode("utf-8")).hexdigest()


def sp(sub: str, nth: int = 0) -> dict[str, Any]:
    """The nth occurrence of ``sub`` in TEXT as a span."""
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(sub, start + 1)
    return {"start": start, "end": start + len(sub), "text": sub}


def at(start: int, end: int) -> dict[str, Any]:
    return {"start": start, "end": end, "text": TEXT[start:end]}


def ent(id_: str, label: str, canonical: str, mentions: list[dict], aliases=()) -> dict:
    return {"id": id_, "label": label, "canonical": canonical, "aliases": list(aliases),
            "mentions": mentions}


def gold_record(doc_id: str = "doc") -> dict[str, Any]:
    record = {
        "schema": SCHEMA_ID,
        "doc_id": doc_id,
        "text_sha256": SHA,
        "metadata": {"title": None, "source": None, "published": "2024-09-17",
                     "body": {"start": 0, "end": len(TEXT)}},
        "entities": [
            ent("E1", "ORG", "UN", [sp("UN")]),
            ent("E2", "PERSON", "Antonio Guterres",
                [sp("Antonio Guterres"), sp("Guterres", 1)], aliases=["Guterres"]),
            ent("E3", "GPE", "Bamako", [sp("Bamako")]),
            ent("E4", "GPE", "Mali", [sp("Mali")]),
        ],
        "quantities": [{"id": "Q1", **sp("over 70"), "value": 70, "bound": "gt",
                        "unit": None, "counted": "person"}],
        "dates": [{"id": "T1", **sp("Tuesday"), "type": "DATE", "value": "2024-09-17"}],
        "attributions": [{
            "id": "A1", "type": "indirect", "source": sp("Antonio Guterres"),
            "source_entity": "E2", "cue": sp("said"),
            "content": sp("over 70 people died in Bamako"),
        }],
        "claims": [
            {"id": "C1",
             **sp("Antonio Guterres said on Tuesday that over 70 people died in Bamako"),
             "attribution": "A1", "hedged": False},
            {"id": "C2", **sp("Guterres visited Mali"), "attribution": None, "hedged": False},
        ],
        "provenance": {"pipeline": "gold", "model": None, "source_path": "corpus/doc.txt"},
    }
    Record.model_validate(record)  # the fixture itself honours the contract
    return record


def empty_record(doc_id: str = "doc") -> dict[str, Any]:
    record = gold_record(doc_id)
    for key in ("entities", "quantities", "dates", "attributions", "claims"):
        record[key] = []
    return record


def score_one(pred: dict[str, Any], gold: dict[str, Any] | None = None) -> dict[str, Any]:
    return score_records({"doc": gold or gold_record()}, {"doc": pred})


def test_spans_of_the_fixture_are_the_text() -> None:
    assert sp("Guterres", 1) == {"start": 78, "end": 86, "text": "Guterres"}
    assert sp("over 70") == {"start": 47, "end": 54, "text": "over 70"}


# --------------------------------------------------------------------------- basics

def test_normalize_name() -> None:
    assert normalize_name("The  U.S.") == "us"
    assert normalize_name("\uff35\uff2e") == "un"  # full-width, NFKC
    assert normalize_name("the Wagner  group") == "wagner group"
    assert normalize_name("Theresa May") == "theresa may"


def test_prf_conventions() -> None:
    assert prf(0, 0, 0) == (1.0, 1.0, 1.0)
    assert prf(0, 0, 3) == (0.0, 0.0, 0.0)
    assert prf(0, 2, 0) == (0.0, 0.0, 0.0)
    assert prf(1, 2, 1) == (0.5, 1.0, pytest.approx(2 / 3))


def test_greedy_match_best_overlap_first() -> None:
    # pred 0 overlaps gold 0 by 3 and gold 1 by 5; pred 1 overlaps gold 0 by 4
    cands = [((-3,), 0, 0), ((-5,), 1, 0), ((-4,), 0, 1)]
    assert greedy_match(cands) == [(0, 1), (1, 0)]
    # ties go by the key's next fields, then gold index, then pred index
    assert greedy_match([((-2,), 1, 0), ((-2,), 0, 0)]) == [(0, 0)]


# --------------------------------------------------------------------------- scenarios

def test_perfect() -> None:
    report = score_one(gold_record())
    expected_gold = {"entities": 4, "mentions": 5, "quantities": 1, "dates": 1,
                     "claims": 2, "attributions": 1}
    for category in CATEGORIES:
        figures = report["categories"][category]
        n = expected_gold[category]
        assert (figures["p"], figures["r"], figures["f1"]) == (1.0, 1.0, 1.0), category
        assert (figures["tp"], figures["pred"], figures["gold"]) == (n, n, n), category
    cats = report["categories"]
    assert cats["entities"]["canonical_accuracy"] == 1.0
    assert cats["mentions"]["strict_f1"] == 1.0
    assert cats["quantities"]["bound_accuracy"] == 1.0
    assert cats["quantities"]["counted_accuracy"] == 1.0
    assert cats["dates"]["extent_f1"] == 1.0
    assert cats["attributions"]["content_f1"] == 1.0
    assert cats["attributions"]["cue_accuracy"] == 1.0
    assert cats["attributions"]["type_accuracy"] == 1.0
    assert report["macro_f1"] == 1.0
    assert report["documents"]["doc"]["macro_f1"] == 1.0
    assert report["warnings"] == []
    assert error_list({"doc": gold_record()}, {"doc": gold_record()}) == []


def test_report_shape() -> None:
    report = score_one(gold_record())
    assert set(report) == {"categories", "macro_f1", "documents", "warnings"}
    assert list(report["categories"]) == list(CATEGORIES)
    for figures in report["categories"].values():
        assert {"p", "r", "f1", "tp", "pred", "gold"} <= set(figures)
    assert set(report["documents"]["doc"]) == {*CATEGORIES, "macro_f1"}
    json.dumps(report)  # serialisable as is


def test_empty_prediction() -> None:
    report = score_one(empty_record())
    for category in CATEGORIES:
        figures = report["categories"][category]
        assert (figures["p"], figures["r"], figures["f1"], figures["tp"], figures["pred"]) == (
            0.0, 0.0, 0.0, 0, 0), category
    assert report["categories"]["entities"]["gold"] == 4
    assert report["categories"]["entities"]["canonical_accuracy"] is None
    assert report["macro_f1"] == 0.0


def test_both_empty_category_counts_as_perfect() -> None:
    gold = gold_record()
    gold["dates"] = []
    pred = empty_record()
    report = score_one(pred, gold)
    dates = report["documents"]["doc"]["dates"]
    assert (dates["p"], dates["r"], dates["f1"], dates["gold"]) == (1.0, 1.0, 1.0, 0)
    assert report["documents"]["doc"]["macro_f1"] == pytest.approx(1 / 6)
    assert report["categories"]["dates"]["f1"] == 1.0  # also in the micro sums
    assert report["macro_f1"] == pytest.approx(1 / 6)


def test_split_entity_gives_one_false_positive() -> None:
    pred = gold_record()
    pred["entities"][1] = ent("E2", "PERSON", "Antonio Guterres", [sp("Antonio Guterres")])
    pred["entities"].append(ent("E5", "PERSON", "Guterres", [sp("Guterres", 1)]))
    report = score_one(pred)
    entities = report["categories"]["entities"]
    assert (entities["tp"], entities["pred"], entities["gold"]) == (4, 5, 4)
    assert entities["p"] == 0.8
    assert entities["r"] == 1.0
    assert entities["f1"] == pytest.approx(8 / 9)
    assert entities["canonical_accuracy"] == 1.0  # the full name took the match
    mentions = report["categories"]["mentions"]
    assert (mentions["tp"], mentions["pred"], mentions["gold"]) == (5, 5, 5)
    errors = error_list({"doc": gold_record()}, {"doc": pred})
    assert errors == [{
        "doc_id": "doc", "category": "entities", "kind": "FP", "text": "Guterres",
        "start": 78, "end": 86, "detail": "PERSON, 1 mention(s)",
    }]


def test_alias_as_canonical_matches_but_lowers_canonical_accuracy() -> None:
    pred = gold_record()
    pred["entities"][1]["canonical"] = "Guterres"
    pred["entities"][1]["aliases"] = []
    pred["entities"][0]["canonical"] = "the U.N."  # normalises to "un"
    report = score_one(pred)
    entities = report["categories"]["entities"]
    assert (entities["tp"], entities["pred"], entities["gold"]) == (4, 4, 4)
    assert entities["f1"] == 1.0
    assert entities["canonical_accuracy"] == 0.75
    assert entities["canonical_correct"] == 3


def test_entity_needs_same_label_and_a_known_name() -> None:
    pred = gold_record()
    pred["entities"][2]["label"] = "LOC"  # Bamako
    pred["entities"][3]["canonical"] = "Republic of Mali"  # not a name the text uses
    entities = score_one(pred)["categories"]["entities"]
    assert (entities["tp"], entities["pred"], entities["gold"]) == (2, 4, 4)
    assert entities["f1"] == 0.5


def test_boundary_mismatch_relaxed_match_strict_miss() -> None:
    pred = gold_record()
    pred["entities"][1]["mentions"][0] = sp("chief Antonio Guterres")
    mentions = score_one(pred)["categories"]["mentions"]
    assert (mentions["tp"], mentions["pred"], mentions["gold"]) == (5, 5, 5)
    assert mentions["f1"] == 1.0
    assert mentions["strict_tp"] == 4
    assert mentions["strict_p"] == 0.8
    assert mentions["strict_r"] == 0.8
    assert mentions["strict_f1"] == pytest.approx(0.8)


def test_mention_label_must_agree() -> None:
    pred = gold_record()
    pred["entities"][3]["label"] = "LOC"
    mentions = score_one(pred)["categories"]["mentions"]
    assert (mentions["tp"], mentions["pred"], mentions["gold"]) == (4, 5, 5)


def test_quantity_wrong_value() -> None:
    pred = gold_record()
    pred["quantities"][0]["value"] = 71
    quantities = score_one(pred)["categories"]["quantities"]
    assert (quantities["tp"], quantities["pred"], quantities["gold"]) == (0, 1, 1)
    assert quantities["f1"] == 0.0
    assert quantities["bound_accuracy"] is None


@pytest.mark.parametrize(("value", "tp"), [(70.00001, 1), (70.001, 0), (70.0, 1)])
def test_quantity_value_tolerance(value: float, tp: int) -> None:
    pred = gold_record()
    pred["quantities"][0]["value"] = value
    assert score_one(pred)["categories"]["quantities"]["tp"] == tp


def test_quantity_wrong_bound_matches_with_bound_accuracy_zero() -> None:
    pred = gold_record()
    pred["quantities"][0].update({"start": sp("70")["start"], "text": "70", "bound": "eq"})
    quantities = score_one(pred)["categories"]["quantities"]
    assert (quantities["tp"], quantities["f1"]) == (1, 1.0)
    assert quantities["bound_accuracy"] == 0.0
    assert quantities["counted_accuracy"] == 1.0
    assert quantities["unit_accuracy"] == 1.0


def test_date_wrong_value_still_counts_for_extent() -> None:
    pred = gold_record()
    pred["dates"][0]["value"] = "XXXX-WXX-2"
    dates = score_one(pred)["categories"]["dates"]
    assert (dates["tp"], dates["f1"]) == (0, 0.0)
    assert (dates["extent_tp"], dates["extent_f1"]) == (1, 1.0)


def test_attribution_with_wrong_source() -> None:
    pred = gold_record()
    pred["attributions"][0]["source"] = sp("UN")
    pred["attributions"][0]["source_entity"] = "E1"
    attributions = score_one(pred)["categories"]["attributions"]
    assert (attributions["tp"], attributions["pred"], attributions["gold"]) == (0, 1, 1)
    assert attributions["f1"] == 0.0
    assert (attributions["content_tp"], attributions["content_f1"]) == (1, 1.0)
    assert attributions["cue_accuracy"] is None


def test_attribution_source_agrees_through_the_entity_matching() -> None:
    pred = gold_record()
    # Predicted ids differ from gold's; the source is another mention of the same person.
    for entity in pred["entities"]:
        entity["id"] = "P" + entity["id"]
    pred["attributions"][0].update(
        {"source": sp("Guterres", 1), "source_entity": "PE2", "type": "direct",
         "cue": sp("Tuesday")})
    attributions = score_one(pred)["categories"]["attributions"]
    assert attributions["tp"] == 1
    assert attributions["cue_accuracy"] == 0.0
    assert attributions["type_accuracy"] == 0.0
    # the same entity id, but the predicted PE2 is not the gold E2's match
    pred["attributions"][0]["source_entity"] = "PE1"
    assert score_one(pred)["categories"]["attributions"]["tp"] == 0


def test_attribution_both_sources_null_agree() -> None:
    gold = gold_record()
    gold["attributions"][0].update({"source": None, "source_entity": None})
    pred = copy.deepcopy(gold)
    assert score_one(pred, gold)["categories"]["attributions"]["tp"] == 1
    pred["attributions"][0]["source"] = sp("UN")
    assert score_one(pred, gold)["categories"]["attributions"]["tp"] == 0


def test_duplicate_predictions_are_false_positives() -> None:
    pred = gold_record()
    pred["quantities"].append(dict(pred["quantities"][0], id="Q2"))
    pred["claims"].append(dict(pred["claims"][1], id="C3"))
    report = score_one(pred)
    quantities = report["categories"]["quantities"]
    assert (quantities["tp"], quantities["pred"], quantities["gold"]) == (1, 2, 1)
    assert quantities["p"] == 0.5
    assert quantities["f1"] == pytest.approx(2 / 3)
    claims = report["categories"]["claims"]
    assert (claims["tp"], claims["pred"], claims["gold"]) == (2, 3, 2)
    assert claims["f1"] == pytest.approx(0.8)


@pytest.mark.parametrize(("start", "end", "tp"), [
    (68, 88, 1),   # 10 of a 20-char prediction overlap: exactly half of the shorter
    (69, 89, 1),   # 11 of 20
    (67, 87, 0),   # 9 of 20: less than half
    (67, 88, 0),   # 10 of 21 (both 21 chars): less than half
    (80, 84, 1),   # wholly inside
    (60, 78, 0),   # touches only
    (70, 100, 1),  # 21 of 30: the whole of the shorter (gold)
])
def test_claim_half_overlap_threshold(start: int, end: int, tp: int) -> None:
    gold = gold_record()
    gold["claims"] = [gold["claims"][1]]  # "Guterres visited Mali" = 78:99
    assert (gold["claims"][0]["start"], gold["claims"][0]["end"]) == (78, 99)
    pred = copy.deepcopy(gold)
    pred["claims"] = [{"id": "C1", **at(start, end), "attribution": None, "hedged": False}]
    assert score_one(pred, gold)["categories"]["claims"]["tp"] == tp


def test_missing_and_error_predictions_are_reported() -> None:
    gold = {"a": gold_record("a"), "b": gold_record("b"), "c": gold_record("c")}
    error = {"schema": SCHEMA_ID, "doc_id": "c", "source_path": "corpus/c.txt",
             "error": {"kind": "empty", "message": "no text"}}
    extra = gold_record("z")
    report = score_records(gold, {"a": gold_record("a"), "c": error, "z": extra})
    assert report["warnings"] == [
        "b: no prediction; scored as empty",
        "c: prediction is an error record (empty: no text); scored as empty",
        "z: prediction has no gold record; ignored",
    ]
    assert list(report["documents"]) == ["a", "b", "c"]
    assert report["documents"]["a"]["macro_f1"] == 1.0
    assert report["documents"]["b"]["macro_f1"] == 0.0
    entities = report["categories"]["entities"]
    assert (entities["tp"], entities["pred"], entities["gold"]) == (4, 4, 12)
    assert entities["r"] == pytest.approx(1 / 3)
    assert report["macro_f1"] == pytest.approx(0.5)  # every F1 is 2 * (1/3) / (4/3)


def test_different_text_is_a_warning() -> None:
    pred = gold_record()
    pred["text_sha256"] = "0" * 64
    assert score_one(pred)["warnings"] == [
        "doc: prediction was made on a different text (text_sha256)"]


# --------------------------------------------------------------------------- baseline

def test_sentence_spans() -> None:
    text = 'He said "Yes." Then left!  Really? 3.5 km\nNext line'
    pieces = [text[s:e] for s, e in sentence_spans(text)]
    assert pieces == ['He said "Yes."', "Then left!", "Really?", "3.5 km", "Next line"]
    assert [TEXT[s:e] for s, e in sentence_spans(TEXT, 0, len(TEXT))] == [
        "UN chief Antonio Guterres said on Tuesday that over 70 people died in Bamako.",
        "Guterres visited Mali.",
    ]


def test_trivial_claims_baseline() -> None:
    claims = trivial_claims(TEXT, gold_record())
    assert [(c["start"], c["end"]) for c in claims] == [(0, 77), (78, 100)]
    figures = trivial_claims_baseline({"doc": gold_record()}, {"doc": TEXT})
    # C1 (9:76) lies in sentence 1; C2 (78:99) is 21 of the 22-char sentence 2
    assert (figures["tp"], figures["pred"], figures["gold"], figures["f1"]) == (2, 2, 2, 1.0)
    assert trivial_claims_baseline({"doc": gold_record()}, {})["pred"] == 0


def test_trivial_claims_include_the_title() -> None:
    text = "Pirates seized\nA ship was taken. Crew safe."
    record = {"metadata": {"title": {"start": 0, "end": 14, "text": "Pirates seized"},
                           "body": {"start": 15, "end": len(text)}}}
    spans = [c["text"] for c in trivial_claims(text, record)]
    assert spans == ["Pirates seized", "A ship was taken.", "Crew safe."]
    assert len(trivial_claims(text, record, include_title=False)) == 2


# --------------------------------------------------------------------------- rendering and CLI

@click.group()
def cli() -> None:
    """A stand-in for the main CLI group."""


cli.add_command(score_cmd)
cli.add_command(validate_cmd)


def write_case(tmp_path: Path, pred: dict | None = None, text: str = TEXT) -> tuple[Path, Path]:
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "doc.txt").write_bytes(text.encode("utf-8"))
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "doc.json").write_text(json.dumps(gold_record(), indent=2))
    pred_file = tmp_path / "pred.jsonl"
    pred_file.write_text(json.dumps(pred or gold_record()) + "\n")
    return tmp_path / "gold", pred_file


def test_render_report_table() -> None:
    pred = gold_record()
    pred["quantities"][0]["bound"] = "eq"
    table = render_report(score_one(pred))
    lines = table.splitlines()
    assert lines[0] == "micro over 1 document(s)"
    assert lines[2].startswith("entities      1.000  1.000  1.000     4     4     4")
    assert "bound acc 0.000 (0/1)" in table
    assert "macro F1 (mean of the six F1s): 1.000" in table
    baseline = trivial_claims_baseline({"doc": gold_record()}, {"doc": TEXT})
    assert "  baseline" in render_report(score_one(pred), baseline)


def test_cli_score_json(tmp_path: Path) -> None:
    pred = gold_record()
    pred["entities"].append(ent("E5", "PERSON", "Guterres", [sp("Guterres", 1)]))
    gold_dir, pred_file = write_case(tmp_path, pred)
    result = CliRunner().invoke(cli, ["score", str(gold_dir), str(pred_file), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert set(report) == {"categories", "macro_f1", "documents", "warnings"}
    assert report["categories"]["entities"]["pred"] == 5
    assert report["warnings"] == []


def test_cli_score_table_and_errors(tmp_path: Path) -> None:
    pred = gold_record()
    pred["dates"] = []
    gold_dir, pred_file = write_case(tmp_path, pred)
    result = CliRunner().invoke(
        cli, ["score", str(gold_dir), str(pred_file), "--corpus", str(tmp_path / "corpus"),
              "--errors"])
    assert result.exit_code == 0, result.output
    assert "dates         0.000  0.000  0.000     0     0     1" in result.output
    assert "FN dates        doc 34:41 'Tuesday'  [DATE 2024-09-17]" in result.output


def test_cli_score_missing_prediction_warns(tmp_path: Path) -> None:
    gold_dir, pred_file = write_case(tmp_path)
    pred_file.write_text("")
    result = CliRunner().invoke(cli, ["score", str(gold_dir), str(pred_file), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["warnings"] == ["doc: no prediction; scored as empty"]


def test_cli_score_hash_mismatch_exits_2(tmp_path: Path) -> None:
    gold_dir, pred_file = write_case(tmp_path, text=TEXT + " Changed.")
    result = CliRunner().invoke(cli, ["score", str(gold_dir), str(pred_file)])
    assert result.exit_code == 2
    message = result.output.strip()
    assert "\n" not in message
    assert str(gold_dir / "doc.json") in message
    assert "text_sha256 does not match article" in message


def test_cli_score_malformed_json_exits_2(tmp_path: Path) -> None:
    gold_dir, _ = write_case(tmp_path)
    pred_file = tmp_path / "pred.json"
    pred_file.write_text('{"schema": "news-extractor/1",\n "doc_id": }\n')
    result = CliRunner().invoke(cli, ["score", str(gold_dir), str(pred_file)])
    assert result.exit_code == 2
    assert isinstance(result.exception, SystemExit)
    assert result.output == (
        f"error: {pred_file}: malformed JSON at line 2, column 12: Expecting value\n")


def test_cli_score_malformed_jsonl_line_exits_2(tmp_path: Path) -> None:
    gold_dir, pred_file = write_case(tmp_path)
    pred_file.write_text(json.dumps(gold_record("x")) + "\n{oops\n")
    result = CliRunner().invoke(cli, ["score", str(gold_dir), str(pred_file)])
    assert result.exit_code == 2
    assert result.output == (
        f"error: {pred_file}: malformed JSON at line 2, column 2: "
        "Expecting property name enclosed in double quotes\n")


def test_cli_score_bad_input_never_tracebacks(tmp_path: Path) -> None:
    gold_dir, pred_file = write_case(tmp_path)
    bad = gold_record()
    bad["entities"][0]["label"] = "THING"
    pred_file.write_text(json.dumps(bad))
    result = CliRunner().invoke(cli, ["score", str(gold_dir), str(pred_file)])
    assert result.exit_code == 2
    assert result.output.startswith(
        f"error: {pred_file}:1: entities[0].label: Input should be 'PERSON', ")
    assert result.output.endswith(" (got 'THING')\n")
    result = CliRunner().invoke(cli, ["score", str(tmp_path / "nope"), str(pred_file)])
    assert result.exit_code == 2
    assert result.output == f"error: {tmp_path / 'nope'}: no such file or folder\n"


def test_cli_score_json_with_errors(tmp_path: Path) -> None:
    pred = gold_record()
    pred["quantities"][0]["value"] = 7
    gold_dir, pred_file = write_case(tmp_path, pred)
    result = CliRunner().invoke(
        cli, ["score", str(gold_dir / "doc.json"), str(pred_file), "--json", "--errors"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["errors"] == [
        {"doc_id": "doc", "category": "quantities", "kind": "FN", "text": "over 70",
         "start": 47, "end": 54, "detail": "value 70 gt"},
        {"doc_id": "doc", "category": "quantities", "kind": "FP", "text": "over 70",
         "start": 47, "end": 54, "detail": "value 7 gt"},
    ]
    assert report["documents"]["doc"]["quantities"]["f1"] == 0.0
    assert report["documents"]["doc"]["macro_f1"] == pytest.approx(5 / 6)
