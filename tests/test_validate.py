"""Gold validation tests: every kind of problem gives one readable, exact line."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner

from extractor.commands.evaluation import score_cmd, validate_cmd
from extractor.record import SCHEMA_ID
from extractor.validate import (
    LoadError,
    Problem,
    check_articles,
    find_article,
    load_records,
    validate_gold,
)

TEXT = "Malian officials said 77 people died in Bamako on Tuesday.\nThe army denied it."
SHA = hashlib.sha256(TEXT.encode("utf-8")).hexdigest()


def sp(sub: str) -> dict[str, Any]:
    start = TEXT.index(sub)
    return {"start": start, "end": start + len(sub), "text": sub}


def gold_record(doc_id: str = "doc") -> dict[str, Any]:
    return {
        "schema": SCHEMA_ID,
        "doc_id": doc_id,
        "text_sha256": SHA,
        "metadata": {"title": None, "source": None, "published": None,
                     "body": {"start": 0, "end": len(TEXT)}},
        "entities": [
            {"id": "E1", "label": "NORP", "canonical": "Malian", "aliases": [],
             "mentions": [sp("Malian")]},
            {"id": "E2", "label": "GPE", "canonical": "Bamako", "aliases": [],
             "mentions": [sp("Bamako")]},
        ],
        "quantities": [{"id": "Q1", **sp("77"), "value": 77, "bound": "eq", "unit": None,
                        "counted": "person"}],
        "dates": [{"id": "T1", **sp("Tuesday"), "type": "DATE", "value": "XXXX-WXX-2"}],
        "attributions": [{"id": "A1", "type": "indirect", "source": sp("Malian officials"),
                          "source_entity": None, "cue": sp("said"),
                          "content": sp("77 people died in Bamako on Tuesday")}],
        "claims": [{"id": "C1", **sp("Malian officials said 77 people died in Bamako on Tuesday"),
                    "attribution": "A1", "hedged": False}],
        "provenance": {"pipeline": "gold", "model": None, "source_path": "corpus/doc.txt"},
    }


def write(tmp_path: Path, record: Any, name: str = "doc.json", text: str = TEXT) -> Path:
    """Lay out tmp/corpus/doc.txt and tmp/gold/<name>; return the gold file."""
    (tmp_path / "corpus").mkdir(exist_ok=True)
    (tmp_path / "corpus" / "doc.txt").write_bytes(text.encode("utf-8"))
    (tmp_path / "gold").mkdir(exist_ok=True)
    path = tmp_path / "gold" / name
    path.write_text(record if isinstance(record, str) else json.dumps(record, indent=2))
    return path


def problems_of(tmp_path: Path, record: Any, **kwargs: Any) -> list[tuple[str, str]]:
    path = write(tmp_path, record, **kwargs)
    problems = validate_gold(path)
    assert all(p.file == str(path) for p in problems)
    return [(p.item, p.problem) for p in problems]


def test_clean_gold_has_no_problems(tmp_path: Path) -> None:
    path = write(tmp_path, gold_record())
    assert validate_gold(path) == []
    assert validate_gold(path.parent) == []
    assert validate_gold(path, corpus=tmp_path / "corpus") == []


def test_problem_str() -> None:
    assert str(Problem("gold/a.json", "E3", "oops")) == "gold/a.json: E3: oops"


def test_malformed_json_names_line_and_column(tmp_path: Path) -> None:
    assert problems_of(tmp_path, '{\n  "doc_id": ,\n}') == [
        ("-", "malformed JSON at line 2, column 13: Expecting value")]
    assert problems_of(tmp_path, "", name="empty.json") == [("-", "empty file")]


def test_wrong_schema_version(tmp_path: Path) -> None:
    record = gold_record()
    record["schema"] = "news-extractor/0"
    assert problems_of(tmp_path, record) == [
        ("schema", "wrong schema version 'news-extractor/0', expected 'news-extractor/1'")]
    del record["schema"]
    assert problems_of(tmp_path, record) == [
        ("schema", "missing schema version, expected 'news-extractor/1'")]


def test_schema_errors_are_readable(tmp_path: Path) -> None:
    record = gold_record()
    record["entities"][1]["label"] = "CITY"
    del record["entities"][0]["mentions"][0]["text"]
    record["quantities"][0]["value"] = "seventy-seven"
    record["quantities"][0]["colour"] = "red"
    record["text_sha256"] = "abc"
    assert problems_of(tmp_path, record) == [
        ("text_sha256", "String should match pattern '^[0-9a-f]{64}$' (got 'abc')"),
        ("entities[0].mentions[0]", "missing field 'text'"),
        ("entities[1].label",
         ("Input should be 'PERSON', 'NORP', 'FAC', 'ORG', 'GPE', 'LOC', "
          "'PRODUCT', 'EVENT', 'WORK_OF_ART', 'LAW' or 'LANGUAGE' (got 'CITY')")),
        ("quantities[0].value",
         ("Input should be a valid number, unable to parse string as a "
          "number (got 'seventy-seven')")),
        ("quantities[0]", "unexpected field 'colour'"),
    ]
    record = gold_record()
    del record["metadata"]
    record["entities"] = {"E1": {}}
    assert problems_of(tmp_path, record) == [
        ("record", "missing field 'metadata'"),
        ("entities", "Input should be a valid list (got {'E1': {}})"),
    ]


def test_offsets(tmp_path: Path) -> None:
    record = gold_record()
    record["entities"][0]["mentions"][0]["end"] = 5  # "Malia" vs "Malian"
    record["quantities"][0].update({"start": 30, "end": 20})
    record["dates"][0].update({"start": 80, "end": 200})
    record["entities"][1]["mentions"][0]["text"] = " Bamako"
    record["entities"][1]["mentions"][0]["start"] -= 1
    record["metadata"]["body"]["start"] = 5
    record["claims"][0].update({"start": 0, "end": 57, "text": TEXT[:57]})
    assert problems_of(tmp_path, record) == [
        ("entities[0].mentions[0]",
         "text 'Malian' does not match the article at 0:5 ('Malia')"),
        ("entities[0].mentions[0]", "span 0:5 lies outside metadata.body and the title"),
        ("entities[1].mentions[0]", "text ' Bamako' has leading or trailing white space"),
        ("quantities[0]", "start 30 > end 20"),
        ("dates[0]", "end 200 is past the end of the text (78 characters)"),
        ("claims[0]", "span 0:57 lies outside metadata.body and the title"),
        ("attributions[0].source", "span 0:16 lies outside metadata.body and the title"),
    ]


def test_offsets_without_the_article_check_what_they_can(tmp_path: Path) -> None:
    record = gold_record()
    record["provenance"]["source_path"] = "corpus/elsewhere.txt"
    record["quantities"][0].update({"start": 30, "end": 20})
    record["dates"][0].update({"start": 80, "end": 200})
    assert problems_of(tmp_path, record) == [
        ("quantities[0]", "start 30 > end 20"),
        ("dates[0]", "span 80:200 lies outside metadata.body and the title"),
    ]


def test_ids_that_point_nowhere_and_duplicates(tmp_path: Path) -> None:
    record = gold_record()
    record["attributions"][0]["source_entity"] = "E9"
    record["claims"][0]["attribution"] = "A7"
    record["dates"][0]["id"] = "Q1"
    assert problems_of(tmp_path, record) == [
        ("Q1", "duplicate id (at dates[0] and quantities[0])"),
        ("A1", "source_entity 'E9' points to no entity"),
        ("C1", "attribution 'A7' points to no attribution"),
    ]


def test_hash_mismatch(tmp_path: Path) -> None:
    path = write(tmp_path, gold_record(), text=TEXT + "\n")
    article = tmp_path / "gold" / ".." / "corpus" / "doc.txt"
    assert [(p.item, p.problem) for p in validate_gold(path)] == [
        ("text_sha256", f"does not match the article {article.resolve()}")]


def test_doc_id_must_match_file_name_and_be_unique(tmp_path: Path) -> None:
    write(tmp_path, gold_record(), name="doc.json")
    other = write(tmp_path, gold_record(), name="other.json")
    problems = validate_gold(tmp_path / "gold")
    assert [(p.file, p.item, p.problem) for p in problems] == [
        (str(other), "doc_id",
         f"duplicate doc_id 'doc' (also in {tmp_path / 'gold' / 'doc.json'})"),
        (str(other), "doc_id", "doc_id 'doc' does not match the file name 'other.json'"),
    ]


def test_gold_may_not_be_an_error_record(tmp_path: Path) -> None:
    record = {"schema": SCHEMA_ID, "doc_id": "doc", "source_path": None,
              "error": {"kind": "empty", "message": "no text"}}
    assert problems_of(tmp_path, record) == [("error", "gold cannot be an error record")]


def test_jsonl_gold_points_at_lines(tmp_path: Path) -> None:
    bad = gold_record("b")
    bad["claims"][0]["attribution"] = "A2"
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold_record("a")) + "\n\n" + json.dumps(bad) + "\n{\n")
    problems = validate_gold(path)
    assert [str(p) for p in problems] == [
        (f"{path}: -: malformed JSON at line 4, column 2: "
         "Expecting property name enclosed in double quotes"),
        f"{path}:3: C1: attribution 'A2' points to no attribution",
    ]


def test_corpus_option(tmp_path: Path) -> None:
    path = write(tmp_path, gold_record())
    assert validate_gold(path, corpus=tmp_path / "corpus") == []
    record = gold_record("ghost")
    record["provenance"]["source_path"] = None
    ghost = write(tmp_path, record, name="ghost.json")
    assert [(p.item, p.problem) for p in validate_gold(ghost, corpus=tmp_path / "corpus")] == [
        ("doc_id", f"article not found ({tmp_path / 'corpus' / 'ghost.txt'})")]
    assert validate_gold(ghost) == []  # no article at hand: nothing to hold it against


# --------------------------------------------------------------------------- loading


def test_find_article_and_check_articles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, gold_record())
    record = gold_record()
    expected = (tmp_path / "corpus" / "doc.txt").resolve()
    assert find_article(record, path) == expected  # via the gold file's grandparent
    assert find_article(record, None, tmp_path / "corpus") == tmp_path / "corpus" / "doc.txt"
    monkeypatch.chdir(tmp_path)
    assert find_article(record, None) == Path("corpus/doc.txt")  # via the cwd
    gold = load_records(path, gold=True)
    texts, warnings = check_articles(gold)
    assert texts == {"doc": TEXT}
    assert warnings == []


def test_load_records_errors(tmp_path: Path) -> None:
    path = write(tmp_path, [gold_record("a"), gold_record("a")], name="all.json")
    with pytest.raises(LoadError) as info:
        load_records(path, gold=True)
    assert str(info.value) == f"{path}: duplicate doc_id 'a' (also in {path})"
    error = {"schema": SCHEMA_ID, "doc_id": "a", "source_path": None,
             "error": {"kind": "binary", "message": "not text"}}
    path.write_text(json.dumps(error))
    assert load_records(path, gold=False).records == {"a": error}
    with pytest.raises(LoadError, match="gold is an error record"):
        load_records(path, gold=True)


# --------------------------------------------------------------------------- CLI


@click.group()
def cli() -> None:
    """A stand-in for the main CLI group."""


cli.add_command(score_cmd)
cli.add_command(validate_cmd)


def test_cli_validate_clean(tmp_path: Path) -> None:
    path = write(tmp_path, gold_record())
    result = CliRunner().invoke(
        cli, ["validate", str(path.parent), "--corpus", str(tmp_path / "corpus")])
    assert result.exit_code == 0, result.output
    assert result.output == "no problems\n"  # stderr; stdout holds problems only


def test_cli_validate_problems_exit_2(tmp_path: Path) -> None:
    record = gold_record()
    record["attributions"][0]["source_entity"] = "E9"
    bad = write(tmp_path, record)
    good = write(tmp_path, gold_record("b"), name="b.json")
    malformed = tmp_path / "broken.json"
    malformed.write_text("[1,\n2,,]")
    result = CliRunner().invoke(cli, ["validate", str(bad), str(malformed), str(good)])
    assert result.exit_code == 2
    assert result.output.splitlines() == [
        f"{bad}: A1: source_entity 'E9' points to no entity",
        f"{malformed}: -: malformed JSON at line 2, column 3: Expecting value",
        "2 problem(s)",  # stderr
    ]


def test_cli_score_hash_mismatch_exits_2(tmp_path: Path) -> None:
    path = write(tmp_path, gold_record(), text="Another text.")
    result = CliRunner().invoke(cli, ["score", str(path), str(path)])
    assert result.exit_code == 2
    article = (tmp_path / "corpus" / "doc.txt").resolve()
    assert result.output == f"error: {path}: text_sha256 does not match article {article}\n"
