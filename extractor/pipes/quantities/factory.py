"""The ``news_quantities`` factory: numeric expressions found from the parse.

Candidates are number-like tokens outside date and ordinal entities. Values
come from our number-word lexicon (digits, words, multipliers, vague
magnitudes); quantulum3 is asked only about the short window after a number,
to find a unit. Bounds come from the qualifier lexicon, ``counted`` from the
dependency parse (the noun a number modifies, or the object of "of").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from extractor.pipes.base import in_regions
from extractor.resources import load_lines

_PKG = "extractor.pipes.quantities"
_DIGITS = re.compile(r"^[$£€¥]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^[$£€¥]?\d+(?:\.\d+)?$")
_CURRENCY = {"$": "US dollar", "£": "pound sterling", "€": "euro", "¥": "yen"}
_SKIP_ENTS = {"DATE", "TIME", "ORDINAL"}
_AGE = re.compile(r"^-?\s*years?\s*-?\s*old", re.IGNORECASE)


@dataclass
class QuantityItem:
    start: int
    end: int
    value: float
    bound: str
    unit: str | None
    counted: str | None


def _tsv(name: str) -> list[list[str]]:
    return [line.split("\t") for line in load_lines(name, package=_PKG)]


@Language.factory("news_quantities", default_config={})
def make_quantities(nlp: Language, name: str) -> QuantityExtractor:
    return QuantityExtractor()


class QuantityExtractor:
    def __init__(self) -> None:
        self.qualifiers = {q: b for q, b in _tsv("qualifiers.tsv")}
        self.max_qual = max(len(q.split()) for q in self.qualifiers)
        self.words: dict[str, tuple[float, str]] = {w: (float(v), k) for w, v, k in _tsv("number_words.tsv")}
        self.units = {a: b for a, b in _tsv("units.tsv")}

    def __call__(self, doc: Doc) -> Doc:
        skip = {t.i for ent in doc.ents if ent.label_ in _SKIP_ENTS for t in ent}
        items: list[QuantityItem] = []
        i = 0
        while i < len(doc):
            tok = doc[i]
            if i in skip and not self._is_age(doc, i) or not self._is_number(tok):
                i += 1
                continue
            end = self._number_run(doc, i)
            item = self._item(doc, i, end)
            if item is not None and in_regions(doc, item.start, item.end):
                items.append(item)
            i = end
        doc._.quantities = items
        return doc

    # -- candidates ------------------------------------------------------------
    def _is_number(self, tok: Token) -> bool:
        low = tok.lower_
        if _DIGITS.match(tok.text):
            return True
        if low in self.words:
            kind = self.words[low][1]
            if low == "one" and tok.nbor(1).lower_ == "of" if tok.i + 1 < len(tok.doc) else False:
                return False
            if kind == "multiplier" and low in ("m", "k", "bn"):
                return False
            return kind != "multiplier" or tok.i > 0 and tok.nbor(-1).lower_ == "a"
        return False

    def _is_age(self, doc: Doc, i: int) -> bool:
        """"a 38-year-old man": the model tags it DATE, FORMAT.md makes it a quantity."""
        after = doc.text[doc[i].idx + len(doc[i].text) : doc[i].idx + len(doc[i].text) + 12]
        return bool(_DIGITS.match(doc[i].text)) and bool(_AGE.match(after))

    def _number_run(self, doc: Doc, i: int) -> int:
        j = i + 1
        while j < len(doc):
            low = doc[j].lower_
            if low in self.words or _DIGITS.match(doc[j].text):
                j += 1
            elif low in ("-", "and") and j + 1 < len(doc) and doc[j + 1].lower_ in self.words \
                    and self.words[doc[j + 1].lower_][1] in ("cardinal", "multiplier"):
                j += 2
            elif low == "of" and j + 1 < len(doc) and doc[j - 1].lower_ in ("tens", "hundreds") \
                    and doc[j + 1].lower_ in ("thousands", "millions"):
                j += 2
            else:
                break
        return j

    # -- one quantity ------------------------------------------------------------
    def _item(self, doc: Doc, start: int, end: int) -> QuantityItem | None:
        toks = doc[start:end]
        value, vague = self._value(toks)
        if value is None:
            return None
        bound = "gt" if vague else "eq"
        first = start
        if start > 0 and doc[start - 1].lower_ == "a" and toks[0].lower_ in self.words:
            first = start - 1
        for n in range(self.max_qual, 0, -1):
            if first - n < 0:
                continue
            phrase = " ".join(t.lower_ for t in doc[first - n : first])
            if phrase in self.qualifiers:
                bound = self.qualifiers[phrase]
                first -= n
                break
        span_start = doc[first].idx
        span_end = toks[-1].idx + len(toks[-1].text)
        unit, unit_end = self._unit(doc, toks)
        if unit_end:
            span_end = max(span_end, unit_end)
        if toks[0].text[0] in _CURRENCY:
            unit = unit or _CURRENCY[toks[0].text[0]]
        counted = None if unit else self._counted(toks)
        return QuantityItem(span_start, span_end, value, bound, unit, counted)

    def _value(self, toks) -> tuple[float | None, bool]:
        total, current, vague = 0.0, 0.0, False
        seen = False
        for t in toks:
            low = t.lower_
            if low in ("-", "and", "of", "a"):
                continue
            if _DIGITS.match(t.text):
                current += float(t.text.lstrip("$£€¥").replace(",", ""))
                seen = True
            elif low in self.words:
                val, kind = self.words[low]
                if kind == "multiplier" or kind == "vague" and seen:
                    current = (current or 1.0) * val
                    if kind == "multiplier" and val >= 1000:
                        total, current = total + current, 0.0
                else:
                    current += val
                vague = vague or kind == "vague"
                seen = True
        value = total + current
        return (value if seen else None), vague

    def _unit(self, doc: Doc, toks) -> tuple[str | None, int | None]:
        window_end = min(len(doc), toks.end + 4)
        start_char = toks[0].idx
        text = doc.text[start_char : doc[window_end - 1].idx + len(doc[window_end - 1].text)]
        for _value, name, entity, span in _quantulum(text):
            if span[0] <= (toks.end_char - start_char) and name != "dimensionless" and entity != "unknown":
                return self.units.get(name, name), start_char + span[1]
        return None, None

    @staticmethod
    def _counted(toks) -> str | None:
        last = toks[-1]
        head = last.head
        if last.dep_ in ("nummod", "quantmod", "compound") and head.pos_ in ("NOUN", "PROPN"):
            return head.lemma_.lower()
        for child in last.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for obj in child.children:
                    if obj.dep_ == "pobj" and obj.pos_ == "NOUN":
                        return obj.lemma_.lower()
        return None


@lru_cache(maxsize=4096)
def _quantulum(text: str) -> tuple[tuple[float, str, str, tuple[int, int]], ...]:
    from quantulum3 import parser

    try:
        found = parser.parse(text)
    except Exception:  # quantulum3 raises assorted errors on odd input
        return ()
    return tuple((q.value, q.unit.name, q.unit.entity.name, tuple(q.span)) for q in found)
