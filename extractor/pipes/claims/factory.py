"""The ``news_claims`` factory: check-worthy clauses.

A clause is check-worthy when it states an event, a figure or an action: it
holds a quantity or date, or its main verb is a finite action in the past or
present perfect, and it carries no opinion or speculation marker. An
attribution whose content is check-worthy yields a claim spanning the whole
frame (source, cue, content); other sentences are claims in the article's
own voice. Hedges come from the cue and from modal and hedge words.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from extractor.pipes.base import CharSpan, sentences, trim
from extractor.resources import load_lines

_PKG = "extractor.pipes.claims"
_FINITE_PAST = ("VBD", "VBN", "VBZ", "VBP")


@dataclass
class ClaimItem:
    start: int
    end: int
    attribution: int | None  # index into doc._.attributions
    hedged: bool


@Language.factory("news_claims", default_config={})
def make_claims(nlp: Language, name: str) -> ClaimFinder:
    return ClaimFinder()


class ClaimFinder:
    def __init__(self) -> None:
        self.hedges = frozenset(load_lines("hedges.txt", package=_PKG))
        self.opinion = frozenset(load_lines("opinion.txt", package=_PKG))

    def __call__(self, doc: Doc) -> Doc:
        attributions = doc._.attributions or []
        numbers = [(q.start, q.end) for q in doc._.quantities or []]
        claims: list[ClaimItem] = []
        covered: list[tuple[int, int]] = []
        for idx, att in enumerate(attributions):
            if att.source is None:
                continue
            content = doc.char_span(att.content.start, att.content.end, alignment_mode="expand")
            if content is None or not self.check_worthy(content, numbers):
                continue
            start = min(att.source.start, att.cue.start, att.content.start)
            end = max(att.source.end, att.cue.end, att.content.end)
            hedged = att.hedge or self._hedged(content)
            claims.append(ClaimItem(start, end, idx, hedged))
            covered.append((start, end))
        for sent in sentences(doc):
            if any(s < sent.end_char and sent.start_char < e for s, e in covered):
                continue
            if any(a.content.start < sent.end_char and sent.start_char < a.content.end for a in attributions):
                continue
            if self.check_worthy(sent, numbers):
                start, end = trim(doc, sent.start_char, sent.end_char)
                claims.append(ClaimItem(start, end, None, self._hedged(sent)))
        claims.sort(key=lambda c: (c.start, c.end))
        doc._.claims = claims
        return doc

    def check_worthy(self, span: Span, numbers: list[tuple[int, int]]) -> bool:
        words = {t.lower_ for t in span}
        if words & self.opinion or span.text.rstrip().endswith("?"):
            return False
        has_number = any(span.start_char <= s and e <= span.end_char for s, e in numbers)
        finite = [t for t in span if t.pos_ in ("VERB", "AUX") and t.tag_ in _FINITE_PAST]
        action = any(t.pos_ == "VERB" and t.dep_ in ("ROOT", "ccomp", "conj") for t in finite)
        return has_number and bool(finite) or action

    def _hedged(self, span: Span) -> bool:
        return any(t.lower_ in self.hedges for t in span)


__all__ = ["CharSpan", "ClaimFinder", "ClaimItem"]
