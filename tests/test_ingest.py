"""Ingest: decoding, layout (title, body, source, dateline) and bad input."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from extractor.ingest import IngestError, article_from_bytes, decode, is_dateline, read_file
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


def test_published_argument_wins_over_dateline() -> None:
    assert read_file(CORPUS / "12_2ecbplus.txt", published="2020-01-02").published == "2020-01-02"


@pytest.mark.parametrize(
    "line", ["Updated: November 11, 2011 18:50 IST", "POSTED: 1052 GMT (1852 HKT), April 10, 2007",
             "11 November 2011", "THURSDAY, JUNE 30, 2005", "First Posted: 10/25/11 06:44 PM ET"],
)
def test_dateline_lines(line: str) -> None:
    assert is_dateline(line)


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
