"""The ``news_dates`` factory: DATE/TIME entities trimmed and normalised."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from extractor.pipes.base import spans_in_regions
from extractor.pipes.dates.normalise import normalise, prefixes

_AGE_TAIL = ("-year-old", "year-old", "years old", "-year old", "year old")


@dataclass
class DateItem:
    start: int
    end: int
    type: str
    value: str


@Language.factory("news_dates", default_config={})
def make_dates(nlp: Language, name: str) -> DateNormaliser:
    return DateNormaliser()


class DateNormaliser:
    def __init__(self) -> None:
        self.prefixes = prefixes()

    def __call__(self, doc: Doc) -> Doc:
        items = []
        published = doc._.published
        for ent in spans_in_regions(doc, doc.ents):
            if ent.label_ not in ("DATE", "TIME"):
                continue
            start, end = self._trim(doc.text, ent.start_char, ent.end_char)
            text = doc.text[start:end]
            if not text or text.lower().endswith(_AGE_TAIL):
                continue
            found = normalise(text, published)
            if found:
                items.append(DateItem(start, end, found[0], found[1]))
        doc._.dates = items
        return doc

    def _trim(self, text: str, start: int, end: int) -> tuple[int, int]:
        while True:
            low = text[start:end].lower()
            for p in self.prefixes:
                if low.startswith(p + " "):
                    start += len(p) + 1
                    break
            else:
                break
        while end > start and text[end - 1] in " ,.;:'’":
            end -= 1
        return start, end
