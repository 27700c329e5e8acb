"""Ingest: bytes in, a decoded article with its layout out.

Offsets in every record are over the text this module returns, so nothing
here rewrites the text: CRLF stays, a BOM is skipped (offsets count after it),
and page furniture is only *located* (kept out of ``body``), never removed.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import re
import stat
import warnings
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from extractor.casing import is_title_case
from extractor.resources import load_lines

DEFAULT_MAX_BYTES = 5_000_000


class IngestError(Exception):
    """An input that cannot become a record; ``kind`` is machine-readable."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


class DecodeWarning(UserWarning):
    """The input was not UTF-8 and was read with a legacy encoding."""


@dataclass
class Article:
    """One input, decoded, with what ingest found about its layout."""

    text: str
    doc_id: str
    sha256: str
    source_path: str | None = None
    title: tuple[int, int] | None = None
    body: tuple[int, int] = (0, 0)
    # lines inside ``body`` that are not article text (a dateline under a standfirst, furniture)
    skipped: list[tuple[int, int]] = field(default_factory=list)
    source: str | None = None
    published: str | None = None
    input_format: str = "text"
    encoding: str = "utf-8"
    extra: dict[str, str] = field(default_factory=dict)


# -- decoding -----------------------------------------------------------------

def decode(data: bytes, name: str = "<input>") -> tuple[str, str]:
    """Decode bytes to text; returns (text, encoding name)."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", name), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", name), "utf-16"
    if b"\x00" in data[:4096]:
        encoding = _utf16_without_bom(data)
        if encoding is None:
            raise IngestError("binary", f"{name}: binary data (NUL bytes), not a text article")
        return _strict(data, encoding, name), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _looks_binary(data):
        raise IngestError("binary", f"{name}: binary data, not a text article")
    # English news in a legacy encoding is nearly always Windows-1252; latin-1 decodes anything else
    try:
        text, encoding = data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        text, encoding = data.decode("latin-1"), "latin-1"
    warnings.warn(f"{name}: not valid UTF-8, read as {encoding}", DecodeWarning, stacklevel=2)
    return text, encoding


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise IngestError("undecodable", f"{name}: invalid {encoding} at byte {exc.start}") from exc


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when every other byte is mostly NUL (ASCII-range UTF-16), else None."""
    sample = data[:4096]
    if len(sample) <= 16 or len(data) % 2:
        return None
    half = len(sample) / 2
    if sample[1::2].count(0) > 0.4 * half and sample[0::2].count(0) < 0.05 * half:
        return "utf-16-le"
    if sample[0::2].count(0) > 0.4 * half and sample[1::2].count(0) < 0.05 * half:
        return "utf-16-be"
    return None


_TEXT_BYTES = bytes(range(32, 127)) + b"\t\n\r\f\b"


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    control = sum(1 for b in sample if b < 32 and b not in b"\t\n\r\f\b\x1b")
    return control > 0.05 * max(len(sample), 1)


# -- layout ---------------------------------------------------------------------

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\n|\r|$)")
_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE_IN_LINE = re.compile(
    rf"(?:\b{_DAY}\s+{_MONTHS},?\s+\d{{4}}\b|\b{_MONTHS}\s+{_DAY}(?:,?\s+|-)\d{{4}}\b"
    r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b)",
    re.IGNORECASE,
)
_TIME = re.compile(r"^(?:\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ap]\.?m\.?)?|\d{3,4}|[ap]\.?m\.?"
                   r"|(?:gmt|utc)[+-]\d{1,2}(?::\d{0,2})?)$", re.IGNORECASE)
# Datelines stand near the top: under the headline, or under a standfirst of a line or two.
_HEAD_LINES = 4
_FURNITURE: list[re.Pattern[str]] | None = None
_DATELINE_WORDS: frozenset[str] | None = None
_SOURCE_LINE = re.compile(r"^\s*original\s+source\s*:\s*(\S.*?)\s*$", re.IGNORECASE)
# A wire dateline opens the body: "WASHINGTON (AP) --", "BUDAPEST, Hungary (AP)_", "NAIROBI, August 21 (Xinhua) --".
_WIRE_DATELINE = re.compile(
    r"\s*[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*(?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)*)?(?:, [A-Z][a-z]+\.? \d{1,2})?"
    r" ?\((?P<wire>[A-Z][A-Za-z.&-]*(?: [A-Z][A-Za-z.&-]*){0,3})\) ?(?:--|_|-|\u2014|\u2013|:)")


def is_furniture(line: str) -> bool:
    """Page furniture: share/subscribe/advert lines, patterns in ``data/furniture.txt``."""
    global _FURNITURE
    if _FURNITURE is None:
        _FURNITURE = [re.compile(p, re.IGNORECASE) for p in load_lines("furniture.txt")]
    stripped = line.strip()
    return any(p.fullmatch(stripped) for p in _FURNITURE)


def is_dateline(line: str) -> bool:
    """A line that only states when the article was posted (date, time, zone, 'Updated:')."""
    global _DATELINE_WORDS
    if _DATELINE_WORDS is None:
        _DATELINE_WORDS = frozenset(load_lines("dateline_words.txt"))
    stripped = line.strip()
    if not stripped or len(stripped) > 100:
        return False
    rest, n = _DATE_IN_LINE.subn(" ", stripped)
    if not n:
        return False
    for token in re.split(r"[\s,()|@]+", rest):
        token = token.strip(":-")
        if token.isalpha() and token.isupper() and len(token) > 2:
            continue  # a place in capitals: "TNN Nov 12, 2011, 05.51AM IST MUMBAI:"
        token = token.lower()
        if token and token not in _DATELINE_WORDS and not _TIME.match(token):
            return False
    return True


def lines_with_offsets(text: str) -> list[tuple[int, int, str]]:
    """(start, end-without-newline, content) for every line; CR/LF kept out."""
    out = []
    for m in _LINE.finditer(text):
        if m.start() == len(text):
            break
        content = m.group().rstrip("\r\n")
        out.append((m.start(), m.start() + len(content), content))
    return out


_MONTH_NUMBERS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}


def dateline_date(line: str) -> str | None:
    """The calendar date a dateline states, as ISO, or None.

    Read straight from the matched form (no dateparser: it cost more than the rest of ingest).
    Slashed dates are month first, as in US datelines, unless the first number cannot be a month.
    """
    m = _DATE_IN_LINE.search(line)
    if not m:
        return None
    words = re.findall(r"[A-Za-z]+|\d+", m.group())
    numbers = [int(w) for w in words if w.isdigit()]
    months = [_MONTH_NUMBERS[w[:3].lower()] for w in words if w[:3].lower() in _MONTH_NUMBERS]
    try:
        if months:
            year = next(n for n in numbers if n >= 1000)
            day = next(n for n in numbers if n < 100)
            parsed = date(year, months[0], day)
        elif "-" in m.group():
            parsed = date(numbers[0], numbers[1], numbers[2])
        else:
            month, day, year = numbers
            if month > 12:
                month, day = day, month
            if year < 100:
                year += 2000 if year < 70 else 1900
            parsed = date(year, month, day)
    except (StopIteration, ValueError):
        return None
    return parsed.isoformat()


def analyse_layout(article: Article) -> None:
    """Find title, datelines, furniture, source and body; fills ``article`` in place."""
    all_lines = lines_with_offsets(article.text)
    blank_after = {all_lines[i][0]: not all_lines[i + 1][2].strip()
                   for i in range(len(all_lines) - 1)}
    kept: list[tuple[int, int, str]] = []
    source: str | None = None
    for line in all_lines:
        content = line[2]
        if not content.strip():
            continue
        m = _SOURCE_LINE.match(content)
        if m and len(content) < 200:
            source = source or m.group(1)
        elif not is_furniture(content):
            kept.append(line)
    published: str | None = None
    i = 0

    def skip_datelines(i: int) -> int:
        nonlocal published
        while i < len(kept) and is_dateline(kept[i][2]):
            published = published or dateline_date(kept[i][2])
            i += 1
        return i

    i = skip_datelines(0)
    if i < len(kept) - 1 and _is_title(kept[i][2], blank_after.get(kept[i][0], False)):
        start, end, content = kept[i]
        article.title = (start + _lead(content), end - _trail(content))
        i = skip_datelines(i + 1)
    if i < len(kept):
        (s, _, first), (_, e, last) = kept[i], kept[-1]
        article.body = (s + _lead(first), e - _trail(last))
        for line in kept[i + 1:i + _HEAD_LINES]:  # a dateline under a standfirst
            if is_dateline(line[2]):
                published = published or dateline_date(line[2])
                article.skipped.append((line[0], line[1]))
        if len(kept) > i + _HEAD_LINES and is_dateline(last):  # "Date Published: ..." closing the page
            published = published or dateline_date(last)
            article.skipped.append((kept[-1][0], kept[-1][1]))
        kept_starts = {line[0] for line in kept}
        article.skipped += [(a, b) for a, b, content in all_lines
                            if content.strip() and a not in kept_starts and s <= a and b <= e]
        article.skipped.sort()
        wire = _WIRE_DATELINE.match(first)
        source = source or (wire.group("wire") if wire else None)
    elif article.title:
        article.body = (article.title[1], article.title[1])
    article.source = article.source or source
    article.published = article.published or published


def text_regions(article: Article) -> list[tuple[int, int]]:
    """The ranges the stages annotate: the title, then the body without its skipped lines."""
    out = [article.title] if article.title else []
    start, end = article.body
    pieces = []
    for a, b in article.skipped:
        pieces.append((start, a))
        start = max(start, b)
    pieces.append((start, end))
    kept = [(a, b) for a, b in pieces if a < b and article.text[a:b].strip()]
    return out + (kept or [article.body])


# A first paragraph this long that ends like a sentence is the lead of an untitled article, not its headline.
_LEAD_WORDS = 12


def _is_title(line: str, blank_after: bool) -> bool:
    stripped = line.strip()
    if len(stripped) > 200:
        return False
    if stripped.endswith((".", ";", ":")):
        # a short line, or a headline in title case with a full stop ("Governor Warns Budget Plan Would
        # Close Rural Schools Across The State By Spring."), set off by a blank line
        return blank_after and (len(stripped.split()) < _LEAD_WORDS or is_title_case(stripped))
    return True


def _lead(line: str) -> int:
    return len(line) - len(line.lstrip())


def _trail(line: str) -> int:
    return len(line) - len(line.rstrip())


# -- reading --------------------------------------------------------------------

def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or (
        "<html" in head and "<body" in text[:20000].lower()
    )


def html_to_text(html: str, name: str) -> str:
    import trafilatura

    extracted = trafilatura.extract(html, include_comments=False, include_tables=False,
                                    favor_precision=True)
    if not extracted or not extracted.strip():
        raise IngestError("html_no_text", f"{name}: HTML page with no extractable article text")
    title = None
    meta = trafilatura.extract_metadata(html)
    if meta is not None and meta.title:
        title = meta.title.strip()
    return f"{title}\n\n{extracted}\n" if title else extracted + "\n"


def article_from_bytes(
    data: bytes,
    doc_id: str,
    source_path: str | None = None,
    published: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Article:
    name = source_path or doc_id
    if len(data) > max_bytes:
        raise IngestError("too_large", f"{name}: {len(data):,} bytes is over the limit of {max_bytes:,}")
    if not data:
        raise IngestError("empty", f"{name}: empty file")
    text, encoding = decode(data, name)
    return article_from_text(text, doc_id, source_path=source_path, published=published,
                             raw_sha=sha256(data), encoding=encoding)


def article_from_text(
    text: str,
    doc_id: str,
    source_path: str | None = None,
    published: str | None = None,
    raw_sha: str | None = None,
    encoding: str = "utf-8",
    title: str | None = None,
    source: str | None = None,
    layout: bool = True,
) -> Article:
    """``layout=False``: the text is all body (no headline, dateline or furniture to find)."""
    name = source_path or doc_id
    if "\x00" in text:
        raise IngestError("binary", f"{name}: NUL characters in text")
    try:
        encoded = text.encode("utf-8")
    except UnicodeEncodeError as exc:  # a lone surrogate, e.g. from "\ud800" in a JSON string
        raise IngestError("undecodable", f"{name}: not valid Unicode (lone surrogate at character "
                                         f"{exc.start})") from None
    raw_sha = raw_sha or sha256(encoded)  # of the input as given, before any HTML reduction
    input_format = "text"
    if looks_like_html(text):
        text = html_to_text(text, name)
        input_format = "html"
    if not text.strip():
        raise IngestError("empty", f"{name}: no text (only whitespace)")
    if published is not None:
        published = normalise_published(published, name)
    article = Article(
        text=text,
        doc_id=doc_id,
        sha256=raw_sha,
        source_path=source_path,
        published=published,
        source=source,
        input_format=input_format,
        encoding=encoding,
    )
    if layout:
        analyse_layout(article)
    else:
        article.body = (_lead(text), len(text) - _trail(text))
    if title and article.title is None:
        article.extra["title"] = title
    return article


def normalise_published(value: str, name: str = "<input>") -> str:
    try:
        return date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError as exc:
        raise IngestError("bad_metadata", f"{name}: publication date {value!r} is not YYYY-MM-DD") from exc


def read_sidecar(path: Path) -> dict[str, str]:
    """``NAME.meta.json`` beside an article: published, source, title."""
    meta = path.with_name(path.stem + ".meta.json")
    if not meta.is_file():
        return {}
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise IngestError("bad_metadata", f"{meta}: unreadable sidecar ({exc})") from exc
    if not isinstance(data, dict):
        raise IngestError("bad_metadata", f"{meta}: sidecar must be a JSON object")
    return {k: str(v) for k, v in data.items() if k in ("published", "source", "title") and v}


def read_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES, name: str | None = None) -> bytes:
    """The bytes of a regular file, never more than ``max_bytes`` + 1 read (a file may grow,
    or be a device that never ends); every OS failure becomes an IngestError."""
    name = name or str(path)
    try:
        with path.open("rb") as handle:
            mode = os.fstat(handle.fileno()).st_mode
            if stat.S_ISDIR(mode):
                raise IsADirectoryError(21, "Is a directory")
            if not stat.S_ISREG(mode):
                raise IngestError("unreadable", f"{name}: not a regular file")
            size = os.fstat(handle.fileno()).st_size
            if size > max_bytes:
                raise IngestError("too_large", f"{name}: {size:,} bytes is over the limit of {max_bytes:,}")
            data = handle.read(max_bytes + 1)
    except IsADirectoryError as exc:
        raise IngestError("unreadable", f"{name}: is a directory") from exc
    except FileNotFoundError as exc:
        raise IngestError("unreadable", f"{name}: file not found") from exc
    except PermissionError as exc:
        raise IngestError("unreadable", f"{name}: permission denied") from exc
    except OSError as exc:
        raise IngestError("unreadable", f"{name}: {exc.strerror or exc}") from exc
    if len(data) > max_bytes:
        raise IngestError("too_large", f"{name}: over the limit of {max_bytes:,} bytes")
    return data


def read_file(path: Path, published: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
              source_path: str | None = None) -> Article:
    """Read one article file; raises IngestError for anything unusable.

    ``source_path``: the name to record (default ``str(path)``), so an engine may read
    through an absolute path and still write the path the user gave."""
    name = source_path or str(path)
    data = read_bytes(path, max_bytes, name)
    side = read_sidecar(path)
    article = article_from_bytes(data, doc_id=path.stem, source_path=name,
                                 published=published or side.get("published"), max_bytes=max_bytes)
    if side.get("source"):  # the caller's word outranks a guess from the text, as for "published"
        article.source = side["source"]
    return article
