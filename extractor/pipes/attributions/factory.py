"""The ``news_attributions`` factory: attribution relations from the parse.

A cue (a reporting verb, a nominal cue, or "according to") anchors each
relation. The source is the cue's subject (or the agent of a passive, or the
object of "according to"); the content is its clausal complement or object
without the complementiser; quotation marks decide direct, mixed or
indirect. A participle cue without a subject inherits its main clause's
source, and a quote with no cue of its own continues the previous direct
attribution. Pronoun sources resolve to the nearest fitting earlier entity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from extractor.pipes.base import CharSpan, sentences, subtree_span, trim
from extractor.resources import load_lines

_PKG = "extractor.pipes.attributions"
_QUOTE_PAIRS = {"“": "”", '"': '"', "‘": "’"}
_SUBJ = ("nsubj", "nsubjpass")
_CONTENT_DEPS = ("ccomp", "xcomp", "dobj", "parataxis")


@dataclass
class AttributionItem:
    type: str
    source: CharSpan | None
    cue: CharSpan
    content: CharSpan
    source_entity: int | None = None  # index into doc._.entities
    hedge: bool = False


@Language.factory("news_attributions", default_config={})
def make_attributions(nlp: Language, name: str) -> AttributionFinder:
    return AttributionFinder()


class AttributionFinder:
    def __init__(self) -> None:
        rows = [line.split("\t") for line in load_lines("cue_verbs.tsv", package=_PKG)]
        self.verbs = {lemma: hedge == "1" for lemma, hedge in rows}
        self.nouns = set(load_lines("cue_nouns.txt", package=_PKG))
        self.pronouns = {
            p: labels.split(",")
            for p, labels in (line.split("\t") for line in load_lines("pronouns.tsv", package=_PKG))
        }

    def __call__(self, doc: Doc) -> Doc:
        found: list[AttributionItem] = []
        last_direct: AttributionItem | None = None
        for sent in sentences(doc):
            quotes = quote_spans(doc, sent)
            items = self._verb_cues(doc, sent, quotes) + self._according_to(doc, sent)
            items += self._noun_cues(doc, sent)
            if not items and quotes and last_direct is not None and _starts_with_quote(sent, quotes):
                q = quotes[0]
                items.append(AttributionItem("direct", last_direct.source, last_direct.cue,
                                             CharSpan(*q), last_direct.source_entity))
            for item in items:
                if item.type == "direct":
                    last_direct = item
            found.extend(items)
        found = _dedupe(found)
        for item in found:
            if item.source_entity is None:
                item.source_entity = self._resolve(doc, item.source)
        doc._.attributions = found
        return doc

    # -- cues ------------------------------------------------------------------
    def _verb_cues(self, doc: Doc, sent: Span, quotes: list[tuple[int, int]]) -> list[AttributionItem]:
        out = []
        for tok in sent:
            if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in self.verbs:
                continue
            if _inside(tok.idx, quotes):
                continue
            source = self._source(tok)
            content = self._content(doc, tok, sent, quotes)
            if content is None or source is None and not _is_participle(tok):
                continue
            if source is None:
                continue
            kind = _kind(content, quotes)
            out.append(AttributionItem(kind, source, CharSpan(tok.idx, tok.idx + len(tok)), content,
                                       hedge=self.verbs[tok.lemma_.lower()]))
        return out

    def _source(self, cue: Token) -> CharSpan | None:
        for child in cue.children:
            if child.dep_ == "nsubj":
                return _span(subtree_span(child))
            if child.dep_ == "agent":
                objs = [c for c in child.children if c.dep_ == "pobj"]
                if objs:
                    return _span(subtree_span(objs[0]))
        if _is_participle(cue) and cue.dep_ in ("advcl", "xcomp", "conj", "acl"):
            return self._source(cue.head) if cue.head is not cue else None
        if cue.dep_ == "conj":
            return self._source(cue.head)
        return None

    def _content(self, doc: Doc, cue: Token, sent: Span, quotes) -> CharSpan | None:
        for child in cue.children:
            if child.dep_ in _CONTENT_DEPS and child.i != cue.i:
                marks = [t for t in child.children if t.dep_ == "mark" and t.lower_ in ("that", "whether", "if")]
                span = subtree_span(child, exclude=marks)
                start, end = trim(doc, span.start_char, span.end_char)
                if end > start:
                    return _extend_to_quotes(CharSpan(start, end), quotes)
        outside = [q for q in quotes if not (q[0] <= cue.idx < q[1])]
        if outside:
            return CharSpan(*outside[0])
        if cue.dep_ in ("ccomp", "parataxis") and cue.head.i != cue.i:
            # "..., he said." with the clause as the head
            head = cue.head
            span = subtree_span(head, exclude=[t for t in head.subtree if t.i >= cue.i - 1 and t.i >= head.i])
            start, end = trim(doc, span.start_char, min(span.end_char, cue.idx))
            if end > start:
                return CharSpan(start, end)
        return None

    def _according_to(self, doc: Doc, sent: Span) -> list[AttributionItem]:
        out = []
        for tok in sent:
            if tok.lower_ != "according" or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
                continue
            to = doc[tok.i + 1]
            objs = [c for c in to.children if c.dep_ == "pobj"]
            if not objs:
                continue
            source = subtree_span(objs[0])
            phrase_start, phrase_end = tok.idx, source.end_char
            before = trim(doc, sent.start_char, phrase_start)
            after = trim(doc, phrase_end, sent.end_char)
            content = before if before[1] - before[0] >= after[1] - after[0] else after
            if content[1] <= content[0]:
                continue
            cue = CharSpan(tok.idx, to.idx + len(to))
            out.append(AttributionItem("indirect", _span(source), cue, CharSpan(*content)))
        return out

    def _noun_cues(self, doc: Doc, sent: Span) -> list[AttributionItem]:
        out = []
        for tok in sent:
            if tok.pos_ != "NOUN" or tok.lemma_.lower() not in self.nouns:
                continue
            source = content = None
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
                    objs = [c for c in child.children if c.dep_ == "pobj"]
                    if objs and objs[0].pos_ in ("PROPN", "NOUN") and source is None:
                        source = _span(subtree_span(objs[0]))
                if child.dep_ == "acl":
                    for g in child.children:
                        if g.dep_ == "agent":
                            objs = [c for c in g.children if c.dep_ == "pobj"]
                            if objs:
                                source = _span(subtree_span(objs[0]))
                if child.dep_ == "prep" and child.lower_ in ("about", "that", "on"):
                    objs = [c for c in child.children if c.dep_ == "pobj"]
                    if objs:
                        content = _span(subtree_span(objs[0]))
                marks = [g for g in child.children if g.dep_ == "mark" and g.lower_ == "that"]
                if child.dep_ in ("acl", "ccomp") and marks:
                    content = _span(subtree_span(child, exclude=marks))
            if source and content:
                out.append(AttributionItem("indirect", source, CharSpan(tok.idx, tok.idx + len(tok)), content))
        return out

    # -- sources -> entities ------------------------------------------------------
    def _resolve(self, doc: Doc, source: CharSpan | None) -> int | None:
        clusters = doc._.entities or []
        if source is None:
            return None
        best = None
        for idx, cluster in enumerate(clusters):
            for m in cluster.mentions:
                if m.start >= source.start and m.end <= source.end:
                    if best is None or m.end - m.start > best[0]:
                        best = (m.end - m.start, idx)
        if best:
            return best[1]
        labels = self.pronouns.get(source.text(doc).lower())
        if not labels:
            return None
        candidates = [
            (m.start, idx) for idx, c in enumerate(clusters) if c.label in labels
            for m in c.mentions if m.end <= source.start
        ]
        if not candidates:
            return None
        ranked = max(candidates, key=lambda p: (p[0] >= 0, p[0]))
        return ranked[1]


def quote_spans(doc: Doc, sent: Span) -> list[tuple[int, int]]:
    """Character ranges of quotations in a sentence, marks included; unbalanced marks run to the end."""
    text = doc.text
    out = []
    i, end = sent.start_char, sent.end_char
    while i < end:
        ch = text[i]
        if ch in _QUOTE_PAIRS and (ch != "‘" or i == 0 or not text[i - 1].isalnum()):
            close = _QUOTE_PAIRS[ch]
            j = text.find(close, i + 1, end)
            while ch == "‘" and j != -1 and j + 1 < end and text[j + 1].isalnum():
                j = text.find(close, j + 1, end)
            j = end - 1 if j == -1 else j
            if j > i + 1:
                out.append((i, j + 1))
            i = j + 1
        else:
            i += 1
    return out


def _span(span: Span) -> CharSpan:
    start, end = trim(span.doc, span.start_char, span.end_char)
    return CharSpan(start, end)


def _inside(idx: int, quotes: list[tuple[int, int]]) -> bool:
    return any(s < idx < e for s, e in quotes)


def _is_participle(tok: Token) -> bool:
    return tok.tag_ in ("VBG", "VBN")


def _starts_with_quote(sent: Span, quotes: list[tuple[int, int]]) -> bool:
    return bool(quotes) and quotes[0][0] == sent.start_char


def _kind(content: CharSpan, quotes: list[tuple[int, int]]) -> str:
    for s, e in quotes:
        if s <= content.start and content.end <= e:
            return "direct"
        if e - s > 3 and s < content.end and content.start < e:
            return "mixed"
    return "indirect"


def _extend_to_quotes(content: CharSpan, quotes: list[tuple[int, int]]) -> CharSpan:
    """A content that starts or ends inside a quotation takes the whole quotation."""
    start, end = content.start, content.end
    for s, e in quotes:
        if s <= start < e or s < end <= e:
            start, end = min(start, s), max(end, e)
    return CharSpan(start, end)


def _dedupe(items: list[AttributionItem]) -> list[AttributionItem]:
    seen: set[tuple[int, int, int, int]] = set()
    out = []
    for item in sorted(items, key=lambda a: (a.content.start, a.cue.start)):
        key = (item.cue.start, item.cue.end, item.content.start, item.content.end)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


_WORD = re.compile(r"\w")
