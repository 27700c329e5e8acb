"""Ingest: decoding, layout (title, body, source, dateline) and bad input."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from extractor.ingest import (
    IngestError,
    article_from_bytes,
    dateline_date,
    decode,
    is_dateline,
    read_file,
    text_regions,
)
from tests.conftest import CORPUS, SEED

LATIN = "Caf\u00e9 attack\n\nA bomb hit the caf\u00e9 in S\u00e3o Paulo on Monday, police said.\n"


def test_seed_layout() -> None:
    art = read_file(SEED)
    text = art.text
    assert text[art.title[0] : art.title[1]] == "Jihadist Attacks in Bamako: A Turning Point for Malian Security"
    assert art.source == "actualnewsmagazine.com"
    assert art.published is None
    body = text[art.body[0] : art.body[1]]
    assert body.startswith("A series of jihadist attacks in Bamako resulted in over 70 deaths")
    assert body.endswith("amidst growing jihadist threats.")
    assert "Loading Now" not in body and "Post Comment" not in body and "Original Source" not in body


@pytest.mark.parametrize(
    ("name", "published", "title"),
    [
        ("12_2ecbplus", "2011-11-11", "Indian ship thwarts piracy attempt in Gulf of Aden, 26 pirates arrested"),
        ("18_1ecbplus", "2007-04-10", "Sheriff: Michigan office shooting kills 1, injures 2"),
        ("41_3ecbplus", "2011-11-11", "Sudan 'bombs refugees' in South Sudan's Unity state"),
    ],
)
def test_datelines_give_publication_date_and_stay_out_of_body(name: str, published: str, title: str) -> None:
    art = read_file(CORPUS / f"{name}.txt")
    assert art.published == published
    assert art.text[art.title[0] : art.title[1]] == title
    body = art.text[art.body[0] : art.body[1]]
    assert not is_dateline(body.splitlines()[0])


def test_sidecar_sets_date_and_source() -> None:
    art = read_file(CORPUS / "16_5ecbplus.txt")
    assert (art.published, art.source) == ("2005-06-25", "latimes.com")


def test_sidecar_source_wins_over_a_wire_credit(tmp_path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("Floods close river road\n\nOGDEN (AP) -- The river road closed on Monday after heavy rain.\n")
    (tmp_path / "story.meta.json").write_text('{"published": "2024-03-04", "source": "Associated Press"}')
    art = read_file(path)
    assert (art.published, art.source) == ("2024-03-04", "Associated Press")
    path.with_suffix(".meta.json").unlink()
    assert read_file(path).source == "AP"


def test_published_argument_wins_over_dateline() -> None:
    assert read_file(CORPUS / "12_2ecbplus.txt", published="2020-01-02").published == "2020-01-02"


@pytest.mark.parametrize(
    "line", ["Updated: November 11, 2011 18:50 IST", "POSTED: 1052 GMT (1852 HKT), April 10, 2007",
             "11 November 2011", "THURSDAY, JUNE 30, 2005", "First Posted: 10/25/11 06:44 PM ET",
             "Sat Nov 12 2011, 01:19 hrs", "Posted on November 15, 2011 6:07:15 PM GMT+01:0",
             "TNN Nov 12, 2011, 05.51AM IST MUMBAI:", "Sunday, November 27-2005 at 16:12",
             "8:56am Monday 10th June 2013", "AFP, Tuesday 2 Jul 2013", "Published time: March 12, 2013 02:03",
             "7:00pm UK, Wednesday 05 May 2010", "Updated Thu 6 May 2010, 9:03am AEST"],
)
def test_dateline_lines(line: str) -> None:
    assert is_dateline(line)


@pytest.mark.parametrize(("line", "iso"), [("Tuesday, July 2nd, 2013", "2013-07-02"),
                                           ("Sunday, November 27-2005 at 16:12", "2005-11-27"),
                                           ("Published: 09th June 2013", "2013-06-09"),
                                           ("First Posted: 10/25/11 06:44 PM ET", "2011-10-25"),
                                           ("31/12/2011 09:00", "2011-12-31"),
                                           ("Updated 2013-07-02 10:00", "2013-07-02")])
def test_dateline_dates(line: str, iso: str) -> None:
    assert dateline_date(line) == iso


def test_dateline_under_a_standfirst_is_skipped_and_dates_the_article() -> None:
    text = ("Deputy's killer gets death sentence\n\nA jury chose death for the gang member.\n"
            "April 4, 2007\nShare this\nThe jury deliberated for two days on Monday and Tuesday.\n")
    article = article_from_bytes(text.encode(), "x")
    assert article.published == "2007-04-04"
    body = text[article.body[0]:article.body[1]]
    assert body.startswith("A jury chose") and body.endswith("Tuesday.")
    assert [text[a:b] for a, b in article.skipped] == ["April 4, 2007", "Share this"]
    assert [text[a:b] for a, b in text_regions(article)] == [
        "Deputy's killer gets death sentence", "A jury chose death for the gang member.\n",
        "\nThe jury deliberated for two days on Monday and Tuesday."]


def test_skipped_dateline_is_not_annotated(extractor) -> None:
    text = "Quake kills 10\n\nA quake killed 10 people in Iran on Sunday.\nNovember 28, 2005\nIt hit the coast.\n"
    record = extractor.extract_text(text)
    assert record["metadata"]["published"] == "2005-11-28"
    assert [(d["text"], d["value"]) for d in record["dates"]] == [("Sunday", "2005-11-27")]


def test_a_dateline_closing_the_page_dates_the_article_and_is_skipped(extractor) -> None:
    text = ("Camp shelled\n\nShells hit the camp on Thursday, aid workers said.\n\nThe agency moved 300 families.\n\n"
            "Nobody was hurt.\n\nRoads stayed open.\n\nDate Published: Tuesday, March 6, 2012\n")
    record = extractor.extract_text(text)
    assert record["metadata"]["published"] == "2012-03-06"
    assert [(d["text"], d["value"]) for d in record["dates"]] == [("Thursday", "2012-03-01")]


def test_a_line_of_leftover_markup_is_not_annotated(extractor) -> None:
    text = ('Polls tighten\n\nThe senator leads by 4 points.\n\n<tweet tweet-id="123456789012345678"><tweet/>.\n\n'
            "It is close.\n")
    record = extractor.extract_text(text)
    assert [q["text"] for q in record["quantities"]] == ["4"]  # the embed's id is no figure


@pytest.mark.parametrize("line", ["Quake hits Aceh on July 2, 2013", "Three killed as rioters bomb Greek bank"])
def test_headlines_are_not_datelines(line: str) -> None:
    assert not is_dateline(line)


def test_bom_is_skipped() -> None:
    text, enc = decode(codecs.BOM_UTF8 + "Héllo".encode())
    assert (text, enc) == ("Héllo", "utf-8-sig")


def test_utf16_with_bom() -> None:
    text, enc = decode(LATIN.encode("utf-16"))
    assert (text, enc) == (LATIN, "utf-16")


def test_latin1_fallback_warns() -> None:
    with pytest.warns(UserWarning, match="not valid UTF-8"):
        text, _ = decode(LATIN.encode("cp1252"), "x.txt")
    assert text == LATIN


def test_crlf_kept_and_offsets_raw() -> None:
    art = article_from_bytes(LATIN.replace("\n", "\r\n").encode(), "crlf")
    assert "\r\n" in art.text
    assert art.text[art.title[0] : art.title[1]] == "Caf\u00e9 attack"
    assert art.text[art.body[0] : art.body[1]].endswith("police said.")


def test_untitled_article_keeps_its_lead_in_the_body() -> None:
    lead = ("Harbor Tools Inc. said it agreed to buy the valve business of Marsh Industries for $42 million "
            "in cash and stock.")
    art = article_from_bytes(f"{lead}\n\nThe deal needs the approval of regulators.\n".encode(), "untitled")
    assert art.title is None
    assert art.text[art.body[0] : art.body[1]].startswith("Harbor Tools Inc. said")
    short = article_from_bytes(b"Storm shuts schools.\n\nSchools in the county closed on Monday.\n", "short")
    assert short.text[short.title[0] : short.title[1]] == "Storm shuts schools."
    # a long headline with a full stop is still a headline when it is in title case
    head = "Governor Warns Budget Plan Would Close Rural Schools Across The State By Next Spring."
    long = article_from_bytes(f"{head}\n\nThe governor spoke on Monday.\n".encode(), "long")
    assert long.title is not None and long.text[long.title[0] : long.title[1]] == head


@pytest.mark.parametrize(
    ("text", "source"),
    [("Dam holds\n\nLIMA, Peru (Reuters) -- The dam held overnight, engineers said.\n", "Reuters"),
     ("Dam holds\n\nNAIROBI, August 21 (Xinhua) --\n\nThe dam held overnight.\n", "Xinhua"),
     ("Dam holds\n\nWASHINGTON (AP)_ The dam held overnight.\n", "AP"),
     ("Dam holds\n\nThe dam (pictured) held overnight.\n", None)],
)
def test_wire_dateline_credits_the_source(text: str, source: str | None) -> None:
    art = article_from_bytes(text.encode(), "wire")
    assert art.source == source
    assert art.text[art.body[0] : art.body[1]].startswith(text.split("\n\n")[1][:6])


@pytest.mark.parametrize(
    ("data", "kind"),
    [(b"", "empty"), (b"  \n\t\n", "empty"), (b"\x00\x01\x02\x03binary\x00\xff" * 5, "binary"),
     (b"x" * 101, "too_large")],
)
def test_bad_bytes(data: bytes, kind: str) -> None:
    with pytest.raises(IngestError) as info:
        article_from_bytes(data, "bad", source_path="bad.txt", max_bytes=100)
    assert info.value.kind == kind
    assert "bad.txt" in info.value.message


def test_html_page_is_reduced_to_article_text(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    para = "Police said three people were killed in the attack on Monday in Athens. " * 3
    page.write_text(
        "<!DOCTYPE html><html><head><title>Bank attack</title></head><body>"
        "<nav>Home | World | Subscribe</nav><article><h1>Bank attack</h1>"
        f"<p>{para}</p><p>{para}</p></article><footer>Copyright 2010</footer></body></html>",
        encoding="utf-8",
    )
    art = read_file(page)
    assert art.input_format == "html"
    assert "<p>" not in art.text and "Police said three people were killed" in art.text
    assert "Subscribe" not in art.text[art.body[0] : art.body[1]]
