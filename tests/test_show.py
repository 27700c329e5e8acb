"""The HTML page of ``extractor show``: nesting of overlapping marks, escaping, self-containment,
the command in both modes, and (when Chromium is installed) a real headless browser."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from extractor.cli import main
from extractor.show import collect_marks, render_page, render_text
from tests.conftest import ROOT, SEED

TEXT = 'Kabul blast\n\nOfficials said 12 people died in Kabul on Friday, police added. <b>"Fear" & calm</b>\n'


def span(text: str, start: int, end: int) -> dict[str, Any]:
    return {"start": start, "end": end, "text": text[start:end]}


def at(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def record_for(text: str) -> dict[str, Any]:
    """A hand-made record over TEXT with nested and crossing spans."""
    k1, k2 = at(text, "Kabul"), at(text, "Kabul", 1)
    q = at(text, "12 people")
    content = at(text, "12 people died in Kabul on Friday")
    claim = at(text, "said 12 people died in Kabul on Friday, police")  # crosses nothing: contains the content
    cross = at(text, "Friday, police added")  # a second claim that crosses the content's end
    return {
        "schema": "news-extractor/1", "doc_id": "x</title><script>alert(1)</script>",
        "text_sha256": hashlib.sha256(text.encode()).hexdigest(),
        "metadata": {"title": span(text, 0, 11), "source": "S & <b>", "published": "2024-09-20",
                     "body": {"start": 13, "end": len(text) - 1}},
        "entities": [{"id": "E1", "label": "GPE", "canonical": "Kabul</span><i>", "aliases": ['"K"'],
                      "mentions": [span(text, *k1), span(text, *k2)]}],
        "quantities": [{"id": "Q1", **span(text, q[0], q[0] + 2), "value": 12, "bound": "eq", "unit": None,
                        "counted": "person"}],
        "dates": [{"id": "T1", **span(text, *at(text, "Friday")), "type": "DATE", "value": "2024-09-20"}],
        "attributions": [{"id": "A1", "type": "indirect", "source": span(text, *at(text, "Officials")),
                          "source_entity": None, "cue": span(text, *at(text, "said")),
                          "content": span(text, *content)}],
        "claims": [{"id": "C1", **span(text, claim[0] + 5, claim[1] - 8), "attribution": "A1", "hedged": False},
                   {"id": "C2", **span(text, *cross), "attribution": None, "hedged": True}],
        "provenance": {"pipeline": "test", "model": None, "source_path": None},
    }


class Tree(HTMLParser):
    """Checks that tags balance and collects the text inside <article>, with its open marks."""

    VOID = {"meta", "input", "br", "img", "link", "hr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.article_text: list[str] = []
        self.chars: list[tuple[str, tuple[str, ...]]] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self.scripts += 1
        if tag not in self.VOID:
            self.stack.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1][0] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if any(t == "article" for t, _ in self.stack):
            self.article_text.append(data)
            marks = tuple(a.get("data-id") or a.get("data-a") or "" for t, a in self.stack if t == "span")
            self.chars.extend((ch, marks) for ch in data)


def parse(page: str) -> Tree:
    tree = Tree()
    tree.feed(page)
    tree.close()
    assert tree.stack == []
    return tree


def test_overlapping_marks_nest_and_keep_the_text() -> None:
    record = record_for(TEXT)
    marks, warnings = collect_marks(record, TEXT)
    assert warnings == []
    html = render_text(TEXT, marks)
    tree = parse(f"<article>{html}</article>")
    assert "".join(tree.article_text) == TEXT  # every character once, in order, nothing added
    covering = {i: marks for i, (_, marks) in enumerate(tree.chars)}
    friday = TEXT.index("Friday")
    assert {"T1", "A1", "C1", "C2"} <= set(covering[friday])  # four layers over one word
    # C2 crosses A1's content and C1: it is split into fragments that share its id
    fragments = re.findall(r'<span class="mk claim hedged ([a-z ]+)" data-id="C2"', html)
    assert fragments[0].startswith("first") and fragments[-1].endswith("last") and len(fragments) >= 2
    comma = TEXT.index(", police")
    assert "C2" in covering[comma] and "A1" not in covering[comma]
    assert covering[TEXT.index("Officials")] == ("A1",)
    # the title is its own layer; the trailing newline is outside the body (furniture)
    assert 'class="mk title first last"' in html
    assert html.endswith('<span class="mk furn first last" title="outside the article body: not annotated">\n'
                         "</span>")


def test_page_is_escaped_and_self_contained() -> None:
    record = record_for(TEXT)
    page = render_page([(record, TEXT, ["a <note>"])])
    tree = parse(page)
    assert tree.scripts == 1  # ours, and none from the record or the text
    assert "<script>alert" not in page and '<b>"Fear' not in page and "<i>" not in page
    assert "&lt;b&gt;&quot;Fear&quot; &amp; calm&lt;/b&gt;" in page
    assert "Kabul&lt;/span&gt;&lt;i&gt;" in page and "S &amp; &lt;b&gt;" in page and "a &lt;note&gt;" in page
    # nothing to fetch: no src/href to elsewhere, no link tags, no CSS imports or urls
    assert not [t for t, a in tree.tags if t in ("link", "img", "iframe", "object", "embed")]
    assert not [a for _, a in tree.tags if a.get("src")]
    assert all((a.get("href") or "#").startswith("#") for _, a in tree.tags)
    assert "@import" not in page and not re.search(r"url\((?!#)", page)
    assert not re.search(r"https?://(?!www\.w3\.org/2000/svg)", page)
    # the legend names every entity type and every layer
    for word in ("PERSON", "GPE", "LANGUAGE", "quantity", "date", "claim", "hedged claim", "source", "cue",
                 "content"):
        assert f">{word}<" in page
    assert 'data-badge="12 · person"' in page and 'data-badge="2024-09-20"' in page


def test_marks_that_do_not_hold_are_reported_not_drawn() -> None:
    record = record_for(TEXT)
    record["quantities"][0]["text"] = "13"
    record["dates"][0]["end"] = len(TEXT) + 5
    marks, warnings = collect_marks(record, TEXT)
    assert [w.split(":")[0] for w in warnings] == ["Q1", "T1"]
    assert not [m for m in marks if m.kind in ("qty", "date")]
    page = render_page([(record, TEXT, [])])
    assert "Q1: text &#x27;13&#x27; does not match the article" in page


def test_show_runs_the_pipeline(tmp_path: Path) -> None:
    out = tmp_path / "page.html"
    result = CliRunner().invoke(main, ["show", str(SEED), "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    tree = parse(page)
    text = SEED.read_text(encoding="utf-8")
    assert "".join(tree.article_text) == text
    assert "<h1>Jihadist Attacks in Bamako: A Turning Point for Malian Security</h1>" in page
    assert 'class="mk ent ent-GPE first last" data-id="' in page
    assert re.search(r'class="mk qty first last" data-id="Q\d+" data-badge="&gt;70 · death"', page)
    assert 'data-role="cue"' in page and 'class="mk claim' in page


def test_show_existing_records(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    gold = json.loads((ROOT / "gold" / "12_2ecbplus.json").read_text(encoding="utf-8"))
    seed = json.loads((ROOT / "gold" / "000_f906829c3a93a056.json").read_text(encoding="utf-8"))
    records = tmp_path / "records.jsonl"
    records.write_text(json.dumps(gold) + "\n" + json.dumps(seed) + "\n", encoding="utf-8")
    out = tmp_path / "page.html"
    runner = CliRunner()
    # the articles are found through provenance.source_path (relative to the working directory)
    work = tmp_path / "work"
    (work / "corpus").mkdir(parents=True)
    for name in ("12_2ecbplus.txt", "000_f906829c3a93a056.txt"):
        (work / "corpus" / name).write_bytes((ROOT / "corpus" / name).read_bytes())
    with monkeypatch.context() as patch:
        patch.chdir(work)
        result = runner.invoke(main, ["show", "--records", str(records), "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert page.count('<section class="doc"') == 2 and '<a href="#doc-12_2ecbplus">' in page
    assert "Warnings" not in page
    # --corpus, one record chosen by --doc-id; a moved article is still found
    gold["provenance"]["source_path"] = "gone/12_2ecbplus.txt"
    records.write_text(json.dumps(gold) + "\n" + json.dumps(seed) + "\n", encoding="utf-8")
    missing = runner.invoke(main, ["show", "--records", str(records), "--doc-id", "12_2ecbplus", "-o", str(out)])
    assert missing.exit_code == 2 and "not found" in missing.stderr
    found = runner.invoke(main, ["show", "--records", str(records), "--doc-id", "12_2ecbplus",
                                 "--corpus", str(ROOT / "corpus"), "-o", str(out)])
    assert found.exit_code == 0, found.output
    page = out.read_text(encoding="utf-8")
    assert page.count('<section class="doc"') == 1
    assert "".join(parse(page).article_text) == (ROOT / "corpus" / "12_2ecbplus.txt").read_text(encoding="utf-8")
    for e in gold["entities"]:
        assert f'data-pick-id="{e["id"]}"' in page
    # an article that is not the one the record was made from is flagged
    other = tmp_path / "other.txt"
    other.write_text("Something else entirely.\n", encoding="utf-8")
    flagged = runner.invoke(main, ["show", str(other), "--records", str(records), "--doc-id", "12_2ecbplus",
                                   "-o", str(out)])
    assert flagged.exit_code == 0
    assert "text_sha256 differs" in flagged.stderr and "text_sha256 differs" in out.read_text(encoding="utf-8")
    assert "outside the text" in out.read_text(encoding="utf-8")


def test_show_usage_errors(tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(main, ["show"]).exit_code == 2
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = runner.invoke(main, ["show", str(empty)])
    assert result.exit_code == 1 and "empty file" in result.stderr


def _bench() -> Any:
    spec = importlib.util.spec_from_file_location("screenshot_show", ROOT / "bench" / "screenshot_show.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def test_page_in_headless_chromium(tmp_path: Path) -> None:
    bench = _bench()
    if bench.find_chromium() is None:
        pytest.skip("chromium not installed (apt-get install -y chromium); see bench/screenshot_show.py")
    gold = json.loads((ROOT / "gold" / "000_f906829c3a93a056.json").read_text(encoding="utf-8"))
    page = tmp_path / "page.html"
    page.write_text(render_page([(gold, SEED.read_text(encoding="utf-8"), [])]), encoding="utf-8")
    dom = bench.dump_dom(page)
    assert 'data-ready="1"' in dom  # the script ran to its end without an error
    assert 'data-tip="E' in dom and not re.search(r'<span class="mk[^>]* title=', dom)
    png = bench.screenshot(page, tmp_path / "shot.png", 1200, 900, fragment="attr=A7")
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
    drawn = bench.dump_dom(page)  # the arrows are drawn by the script only on demand
    assert "<path d=" not in drawn.split('class="arrows"')[1][:200]
