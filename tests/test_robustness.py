"""Hostile inputs, hung documents, dying workers, and malformed files for score/validate.

Every readable input gives a record whose offsets hold on its decoded text, every
unreadable one an error record; inputs in = lines out; no traceback reaches the user.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import pathlib
import signal
import time
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

import extractor.runner as runner_mod
from extractor.cli import main
from extractor.engines import local
from extractor.inputs import Input, Options
from extractor.record import record_json_schema
from extractor.runner import Config, process, run
from tests.conftest import CORPUS, assert_offsets

ARTICLE = ("Bomb attack in Kabul\n\nA bomb killed 12 people in Kabul on Monday, police said. "
           "\"We will find them,\" the minister told reporters.\n")
LIMIT = 300_000


@pytest.fixture()
def fast(monkeypatch: pytest.MonkeyPatch, extractor):  # type: ignore[no-untyped-def]
    """In-process CLI runs reuse the session's model instead of loading another."""
    monkeypatch.setattr(Config, "extractor", lambda self: extractor)
    return extractor


def _lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def _hostile(folder: Path) -> dict[str, str | None]:
    """Writes the hostile files; returns doc_id -> decoded text (None: must be an error record)."""
    folder.mkdir()
    texts: dict[str, str | None] = {}

    def put(name: str, data: bytes, text: str | None) -> None:
        (folder / f"{name}.txt").write_bytes(data)
        texts[name] = text

    put("a_binary", bytes(range(256)) * 8, None)
    put("b_empty", b"", None)
    put("c_blank", b"  \n\t\r\n \n", None)
    put("d_nul", ARTICLE.encode()[:40] + b"\x00\x00" + ARTICLE.encode()[40:], None)
    put("e_bom", b"\xef\xbb\xbf" + ARTICLE.encode(), ARTICLE)
    put("f_utf16", ARTICLE.encode("utf-16"), ARTICLE)
    put("f_utf16le_nobom", ARTICLE.encode("utf-16-le"), ARTICLE)
    latin = ARTICLE.replace("minister", "ministre d\u00e9l\u00e9gu\u00e9") + "Caf\u00e9 \u2013 \u20ac5.\n"
    put("g_cp1252", latin.encode("cp1252"), latin)
    put("h_crlf", ARTICLE.replace("\n", "\r\n").encode(), ARTICLE.replace("\n", "\r\n"))
    # one line of 200,000 characters (mostly long runs: a line of prose that long takes minutes to parse)
    long_line = ("The army said 12 people died in Kabul on Monday. " + ("x" * 9_999 + " ") * 20)[:200_000]
    put("i_long_line", long_line.encode(), long_line)
    zero = "Bomb\u200b attack in Ka\u200dbul\n\n\ufeffA bomb\u200b killed 12 peo\u00adple in Kabul\u2060 on Monday.\n"
    put("j_zero_width", zero.encode(), zero)
    quotes = ("Row over \u201cquotes\n\n\u201cHe said \u2018we \"will\u201d go\u2019 and \u201c\u201c\u201c left,\" "
              "the mayor said. \"Unbalanced \u00ab nested \u201c deep \u2018 inner\u2019 \u201d \u00bb text.\n\"\n")
    put("k_quotes", quotes.encode(), quotes)
    put("l_too_big", b"word " * (LIMIT // 5 + 10), None)
    put("m_vanishes", ARTICLE.encode(), None)
    put("n_becomes_dir", ARTICLE.encode(), None)
    put("o_locked", ARTICLE.encode(), None)
    para = "Police said three people were killed in the attack on Monday in Athens. " * 3
    html = ("<!DOCTYPE html><html><head><title>Bank attack</title></head><body><nav>Home | World | Subscribe</nav>"
            f"<article><h1>Bank attack</h1><p>{para}</p><p>{para}</p></article>"
            "<footer>Copyright 2010</footer></body></html>")
    put("p_html", html.encode(), "html")
    os.symlink(folder / "q_loop_b.txt", folder / "q_loop_a.txt")
    os.symlink(folder / "q_loop_a.txt", folder / "q_loop_b.txt")
    texts["q_loop_a"] = texts["q_loop_b"] = None
    os.symlink(folder / "nowhere.txt", folder / "r_dangling.txt")
    texts["r_dangling"] = None
    (folder / "sub").mkdir()
    os.symlink(folder, folder / "sub" / "loop")  # a folder symlink loop
    return texts


def test_hostile_folder(tmp_path: Path, fast, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "hostile"
    texts = _hostile(folder)
    real_to_item = runner_mod.to_item

    def meddle(inp: Input, opts: Options):  # type: ignore[no-untyped-def]
        """Files that change between discovery and reading."""
        if inp.doc_id == "m_vanishes":
            Path(inp.path).unlink()
        elif inp.doc_id == "n_becomes_dir":
            Path(inp.path).unlink()
            Path(inp.path).mkdir()
        return real_to_item(inp, opts)

    real_open = pathlib.Path.open

    def locked_open(self: Path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if self.name == "o_locked.txt":  # root ignores chmod 000: simulate it
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(runner_mod, "to_item", meddle)
    monkeypatch.setattr(pathlib.Path, "open", locked_open)
    result = CliRunner().invoke(main, ["extract", str(folder), "/dev/zero", "--max-bytes", str(LIMIT)])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.stderr
    records = _lines(result.stdout)
    assert [r["doc_id"] for r in records] == [*sorted(texts), "zero"]  # inputs in = lines out, in order
    schema = record_json_schema()
    by_id = {r["doc_id"]: r for r in records}
    for r in records:
        jsonschema.validate(r, schema)
    for doc_id, text in texts.items():
        record = by_id[doc_id]
        if text is None:
            assert "error" in record, doc_id
            assert record["error"]["message"], doc_id
        elif text == "html":
            assert record["provenance"]["input_format"] == "html"
        else:
            assert "error" not in record, (doc_id, record.get("error"))
            assert_offsets(record, text)
    kinds = {doc_id: r["error"]["kind"] for doc_id, r in by_id.items() if "error" in r}
    assert kinds == {
        "a_binary": "binary", "b_empty": "empty", "c_blank": "empty", "d_nul": "binary",
        "l_too_big": "too_large", "m_vanishes": "unreadable", "n_becomes_dir": "unreadable",
        "o_locked": "unreadable", "q_loop_a": "unreadable", "q_loop_b": "unreadable",
        "r_dangling": "unreadable", "zero": "unreadable",
    }
    assert "permission denied" in by_id["o_locked"]["error"]["message"]
    assert "not a regular file" in by_id["zero"]["error"]["message"]
    assert by_id["g_cp1252"]["provenance"]["encoding"] == "cp1252"
    assert by_id["i_long_line"]["metadata"]["title"] is None  # 200,000 characters are no headline
    assert "12 of 21 inputs failed" in result.stderr


def test_jsonl_hostile_lines(tmp_path: Path, fast) -> None:
    src = tmp_path / "feed.jsonl"
    src.write_text("\n".join([
        json.dumps({"id": "ok", "text": ARTICLE}),
        json.dumps({"id": "surrogate", "text": "Bad \ud800 text"}),
        json.dumps({"id": "nul", "text": "A\u0000B"}),
        json.dumps({"id": "notext", "text": 5}),
        json.dumps(["a list"]),
        "{broken",
        json.dumps({"id": "blank", "text": " \n "}),
        json.dumps({"id": "huge", "text": "word " * 2000}),
        json.dumps({"id": "last", "text": ARTICLE}),
    ]) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(src), "--max-bytes", "1000"])
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    records = _lines(result.stdout)
    assert [r["doc_id"] for r in records] == ["ok", "surrogate", "nul", "feed-4", "feed-5", "feed-6", "blank",
                                              "feed-8", "last"]
    assert [r.get("error", {}).get("kind") for r in records] == [
        None, "undecodable", "binary", "bad_json", "bad_json", "bad_json", "empty", "too_large", None]
    assert_offsets(records[0], ARTICLE)


# -- timeouts -------------------------------------------------------------------------------

def _inputs(tmp_path: Path, names: list[str]) -> list[Input]:
    out = []
    for name in names:
        path = tmp_path / f"{name}.txt"
        path.write_text(ARTICLE.replace("Kabul", name.capitalize()), encoding="utf-8")
        out.append(Input(doc_id=name, source_path=str(path), path=str(path)))
    return out


def test_doc_timeout_in_process(tmp_path: Path, extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    """--workers 1: SIGALRM stops the hung document; the others in its batch still come out."""
    inputs = _inputs(tmp_path, ["herat", "hang", "kandahar"])
    real_doc = type(extractor)._doc

    def stuck(self, article):  # type: ignore[no-untyped-def]
        while "Hang" in article.text:
            pass
        return real_doc(self, article)

    monkeypatch.setattr(type(extractor), "_doc", stuck)
    results = list(run(inputs, Options(), extractor=extractor, doc_timeout=10))
    records = [r for r, _ in results]
    assert [r["doc_id"] for r in records] == ["herat", "hang", "kandahar"]
    assert records[1]["error"]["kind"] == "timeout"
    assert "--doc-timeout" in records[1]["error"]["message"]
    monkeypatch.undo()
    expected = [r for r, _ in process(extractor, [inputs[0], inputs[2]], Options())]
    assert [records[0], records[2]] == expected


# -- worker processes -----------------------------------------------------------------------

def _die_on(doc_id: str, how: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Patched before the fork, so the forked workers inherit it."""
    real = runner_mod.to_item

    def to_item(inp: Input, opts: Options):  # type: ignore[no-untyped-def]
        if inp.doc_id == doc_id:
            if how == "kill":
                os.kill(os.getpid(), signal.SIGKILL)
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})  # deaf to its own alarm
            time.sleep(3600)
        return real(inp, opts)

    monkeypatch.setattr(runner_mod, "to_item", to_item)


@pytest.mark.parametrize(("how", "kind"), [("kill", "worker_died"), ("hang", "timeout")])
def test_worker_dies_or_hangs(tmp_path: Path, extractor, monkeypatch: pytest.MonkeyPatch, how: str,
                              kind: str) -> None:
    """A worker killed (or stuck in C code) mid-batch: its document becomes an error record,
    the rest of the batch is redone, the order holds and nothing hangs."""
    inputs = _inputs(tmp_path, ["herat", "victim", "kandahar", "ghazni", "kunduz"])
    expected = [r for r, _ in process(extractor, inputs, Options())]
    _die_on("victim", how, monkeypatch)
    monkeypatch.setattr(local, "GRACE", 0.5)
    config = Config(batch_size=2, doc_timeout=5 if how == "hang" else None)
    with local.ProcessEngine(config, Options(), 2, factory=lambda: extractor,
                             context=mp.get_context("fork")) as pool:
        records = [r for r, _ in pool.run(inputs)]
        assert len(pool.pids()) == 2
    assert [r["doc_id"] for r in records] == [i.doc_id for i in inputs]
    assert records[1]["error"]["kind"] == kind
    assert records[:1] + records[2:] == expected[:1] + expected[2:]


def test_worker_start_failure_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken():  # type: ignore[no-untyped-def]
        raise OSError("no model here")

    one = [Input(doc_id="x", source_path=None, data={"text": "x"})]
    with pytest.raises(local.WorkerStartError, match="no model here"), \
            local.ProcessEngine(Config(), Options(), 1, factory=broken, context=mp.get_context("fork")) as pool:
        list(pool.run(one))


@pytest.mark.skipif(local.default_start_method() != "fork", reason="workers fork from a loaded model on Linux only")
def test_workers_fork_from_a_model_loaded_once_in_the_parent(tmp_path: Path, extractor,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    loads: list[int] = []

    def load(self):  # type: ignore[no-untyped-def]
        loads.append(os.getpid())
        return extractor

    monkeypatch.setattr(Config, "extractor", load)
    inputs = _inputs(tmp_path, ["herat", "victim", "kandahar"])
    expected = [r for r, _ in process(extractor, inputs, Options())]
    with local.ProcessEngine(Config(batch_size=1), Options(), 2) as pool:
        records = [r for r, _ in pool.run(inputs)]
        assert all(pid != os.getpid() for pid in pool.pids())
    assert loads == [os.getpid()]  # once, here; the workers inherit it
    assert records == expected


def test_model_that_cannot_load_stops_a_forking_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self):  # type: ignore[no-untyped-def]
        raise OSError("no model here")

    monkeypatch.setattr(Config, "extractor", broken)
    with pytest.raises(local.WorkerStartError, match="cannot load the model: OSError: no model here"), \
            local.ProcessEngine(Config(), Options(), 2, start_method="fork"):
        pass


# -- score / validate on bad files ------------------------------------------------------------

GOLD = Path(__file__).resolve().parent.parent / "gold"


def _gold() -> dict:
    return json.loads(sorted(GOLD.glob("*.json"))[0].read_text(encoding="utf-8"))


def _bad_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    """name -> (file, text the message must hold besides the file name)."""
    out: dict[str, tuple[Path, str]] = {}

    def put(name: str, content: str, expect: str) -> None:
        path = tmp_path / name / f"{_gold()['doc_id']}.json"
        path.parent.mkdir()
        path.write_text(content, encoding="utf-8")
        out[name] = (path, expect)

    put("malformed", '{"schema": "news-extractor/1", "doc_id": ', "malformed JSON")
    wrong = _gold() | {"schema": "news-extractor/0"}
    put("version", json.dumps(wrong), "schema")
    missing = _gold()
    del missing["metadata"]
    put("missing", json.dumps(missing), "metadata")
    off = _gold()
    off["quantities"][0]["end"] = 10**7
    put("offtext", json.dumps(off), "quantities[0]")
    dangling = _gold()
    dangling["claims"][0]["attribution"] = "A999"
    put("dangling", json.dumps(dangling), "A999")
    return out


def test_validate_bad_files(tmp_path: Path) -> None:
    for name, (path, expect) in _bad_files(tmp_path).items():
        result = CliRunner().invoke(main, ["validate", str(path), "--corpus", str(CORPUS)])
        assert result.exit_code == 2, name
        assert str(path) in result.output and expect in result.output, (name, result.output)
        assert "Traceback" not in result.output


def test_score_bad_files(tmp_path: Path) -> None:
    good = sorted(GOLD.glob("*.json"))[0]
    for name, (path, expect) in _bad_files(tmp_path).items():
        if name in ("offtext", "dangling"):  # shape is right: scoring copes (validate reports them)
            continue
        for args in ([str(path), str(good)], [str(good), str(path)]):
            result = CliRunner().invoke(main, ["score", *args])
            assert result.exit_code == 2, (name, args)
            assert str(path) in result.stderr and expect in result.stderr, (name, result.stderr)
            assert "Traceback" not in result.output
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["score", str(empty), str(good)])
    assert result.exit_code == 2 and str(empty) in result.stderr
