"""Pattern evidence that the statistical model lacks: products, designator phrases, name shapes.

Each finder returns token ranges (start, end exclusive) with a label and a weight, found by
general patterns over lexicons kept in ``data/``:

- products: a maker followed by a model name ("Ford Fusion", "Boeing 737") or by a vehicle or
  weapon noun ("an Antonov plane"); a model designator before such a noun ("a CN-235 aircraft",
  "AK-47 rifles"); a cartridge name (".357 Magnum", written ". 357 Magnum" by broken text);
- names before a lower-case designator ("Bukit Sama village" -> GPE "Bukit Sama") or before an
  organisation-type noun ("the Marfin bank" -> ORG "Marfin bank");
- lower-case proper names that house styles use ("eurozone");
- first names (US census lists shipped by the ``names`` package), the evidence that a
  two-word capitalised name is a person.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from spacy.tokens import Doc

from extractor.resources import load_lines

_PKG = "extractor.pipes.entities"
# a model designator: letters, a hyphen, digits ("CN-235", "An-26", "AK-47", "F-16", "MiG-29")
DESIGNATOR_RE = re.compile(r"[A-Z][A-Za-z]{0,3}-\d{1,4}[A-Z]{0,2}")
# a letters-and-digits model code ("A320", "T-72" is caught above) or a plain model number ("737")
_MODEL_CODE_RE = re.compile(r"(?:[A-Z]{1,3}\d{2,4}[A-Za-z]{0,2}|\d{3,4}(?:-\d{1,3})?)")
_CARTRIDGE_RE = re.compile(r"(?<![\d.])\.\s?(\d{2,3})\s+(Magnum|Special|ACP|Auto|Parabellum|Long Rifle)\b")
MONTHS = frozenset("January February March April May June July August September October November December".split())
_CALENDAR = MONTHS | frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
# a word of a person's name: "Seelig", "Anne-Gaelle", "O'Neill"
NAME_WORD = r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+|['’][A-Z][a-z]+)*"


_CENSUS_LISTS = ("dist.male.first", "dist.female.first")


@cache
def _census_shares(max_rank: int) -> tuple[dict[str, tuple[float, float]], bool]:
    """Given name (title case) -> its share in the male and in the female census list of the ``names``
    package, for names ranked ``max_rank`` or better in either; and whether both lists were there."""
    shares: dict[str, list[float]] = {}
    complete = True
    for k, fname in enumerate(_CENSUS_LISTS):
        try:
            text = resources.files("names").joinpath(fname).read_text(encoding="utf-8")
        except (ModuleNotFoundError, FileNotFoundError, OSError):
            complete = False
            continue
        for line in text.splitlines():
            parts = line.split()
            if len(parts) == 4 and parts[3].isdigit() and int(parts[3]) <= max_rank:
                shares.setdefault(parts[0].title(), [0.0, 0.0])[k] = float(parts[1])
    return {name: (male, female) for name, (male, female) in shares.items()}, complete


@cache
def given_name_genders(max_rank: int = 1000, ratio: float = 4.0) -> dict[str, str]:
    """"m" or "f" for common given names (title case) that the census lists give mostly to one sex:
    the share of one list at least ``ratio`` times the other's. "Jordan" or "Taylor" get neither.
    Empty unless both lists are installed."""
    shares, complete = _census_shares(max_rank)
    if not complete:
        return {}
    return {name: ("m" if male >= ratio * female else "f") for name, (male, female) in shares.items()
            if max(male, female) >= ratio * min(male, female)}


@cache
def first_names(max_rank: int = 1000) -> frozenset[str]:
    """Common given names (title case) from the census lists of the ``names`` package, if installed."""
    return frozenset(set(_census_shares(max_rank)[0]) - _CALENDAR)


@cache
def lexicon(name: str) -> frozenset[str]:
    """A word list of ``data/`` as a set, read once: the recogniser and the clusterer share it."""
    return frozenset(load_lines(name, package=_PKG))


@cache
def word_class(name: str) -> frozenset[str]:
    """One class of ``data/context_words.tsv`` (a class name, a tab, its words)."""
    for line in load_lines("context_words.tsv", package=_PKG):
        cls, _, words = line.partition("\t")
        if cls.strip() == name:
            return frozenset(words.split())
    raise KeyError(f"no word class {name!r} in context_words.tsv")


def makers() -> frozenset[str]:
    return lexicon("makers.txt")


def product_nouns() -> frozenset[str]:
    return lexicon("product_nouns.txt")


@cache
def lower_names() -> tuple[tuple[str, str], ...]:
    rows = []
    for line in load_lines("lower_names.tsv", package=_PKG):
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) >= 2:
            rows.append((cols[0], cols[1]))
    return tuple(rows)


def _maker_at(text: str, starts: list[int], ends: list[int], i: int) -> int | None:
    """End token of a maker name starting at token i (longest), else None."""
    for j in range(min(len(starts), i + 3), i, -1):
        if text[starts[i] : ends[j - 1]] in makers():
            return j
    return None


@cache
def _maker_firsts() -> frozenset[str]:
    """Every prefix of a maker name: a token text that opens none ("Mercedes" opens "Mercedes-Benz")
    needs no further look."""
    return frozenset(m[:k] for m in makers() for k in range(1, len(m) + 1))


def product_spans(doc: Doc, known: callable, texts: list[str] | None = None, text: str | None = None,
                  starts: list[int] | None = None, ends: list[int] | None = None) -> list[tuple[int, int]]:
    """Token ranges of PRODUCT names. ``known(text)`` says a text is a gazetteer name (not a model).

    ``texts``, ``text``, ``starts`` and ``ends`` (token texts, the doc's text, token offsets) spare a
    second read of the doc when the caller has them."""
    if texts is None or text is None or starts is None or ends is None:
        text = doc.text
        starts = [t.idx for t in doc]
        ends = [t.idx + len(t) for t in doc]
        texts = [text[s:e] for s, e in zip(starts, ends, strict=True)]
    out: list[tuple[int, int]] = []
    n = len(texts)
    nouns = product_nouns()
    firsts = _maker_firsts()
    i = 0
    while i < n:
        word = texts[i]
        end = _maker_at(text, starts, ends, i) if word[:1].isupper() and word in firsts else None
        if end is not None and not (i > 0 and texts[i - 1][:1].isupper() and not doc[i - 1].is_sent_start):
            j = end
            # one model word ("Fusion", "737"), then only a code ("Boeing 737 MAX" stops at "737")
            while j < n and j - end < 2 and _model_word(doc, j, known) and (j == end or _has_digit(texts[j])):
                j += 1
            if j > end:
                out.append((i, j))
                i = j
                continue
            if end < n and texts[end] in nouns and texts[end].islower():
                out.append((i, end))
                i = end
                continue
        designator = DESIGNATOR_RE.fullmatch(word) is not None if "-" in word else False
        if designator or (word[:1].isupper() and i + 2 < n and texts[i + 1] == "-" and _hyphen_code(doc, i)):
            j = i + 1 if designator else i + 3
            if j < n and texts[j] in nouns:
                out.append((i, j))
                i = j
                continue
        i += 1
    return out


def _has_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def _hyphen_code(doc: Doc, i: int) -> bool:
    """"CN - 235" split by the tokenizer: letters, a glued hyphen, digits."""
    if i + 2 >= len(doc):
        return False
    a, h, b = doc[i], doc[i + 1], doc[i + 2]
    return (
        h.text == "-" and not a.whitespace_ and not h.whitespace_
        and DESIGNATOR_RE.fullmatch(a.text + "-" + b.text) is not None
    )


def _model_word(doc: Doc, j: int, known: callable) -> bool:
    t = doc[j]
    if t.text in word_class("company_words") or t.is_sent_start:
        return False
    if _MODEL_CODE_RE.fullmatch(t.text) or DESIGNATOR_RE.fullmatch(t.text):
        return True
    return (
        t.text[:1].isupper() and t.text.replace("-", "").isalpha() and not t.is_upper
        and t.pos_ in ("PROPN", "NOUN") and known(t.text) is None and t.text not in makers()
    )


def cartridge_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of cartridge/handgun names: ".357 Magnum", ". 38 Special"."""
    return [m.span() for m in _CARTRIDGE_RE.finditer(text)]


def lower_name_spans(text: str) -> list[tuple[int, int, str]]:
    """Character ranges and labels of lower-case proper names ("eurozone")."""
    out = []
    for name, label in lower_names():
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            out.append((m.start(), m.end(), label))
    return out


def name_run_before(doc: Doc, k: int, max_len: int = 4) -> int | None:
    """Start of the run of capitalised proper-noun tokens that ends right before token k."""
    i = k
    while i > 0 and k - i < max_len:
        t = doc[i - 1]
        if not (t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN", "ADJ") and t.text.replace("-", "").isalpha()):
            break
        i -= 1
        if t.is_sent_start:
            break
    return i if i < k else None
