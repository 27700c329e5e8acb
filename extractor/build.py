"""The one function that turns a processed ``Doc`` into a record dict."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from extractor import __version__
from extractor.ingest import Article
from extractor.record import SCHEMA_ID


def _span(text: str, start: int, end: int) -> dict[str, Any]:
    return {"start": start, "end": end, "text": text[start:end]}


def _number(value: float) -> float | int:
    return int(value) if float(value).is_integer() and abs(value) < 2**53 else value


def build_record(doc: Doc, article: Article, model: str, extracted_at: str | None = None) -> dict[str, Any]:
    """Record in FORMAT.md's shape; ids are assigned here, in text order."""
    text = doc.text
    clusters = doc._.entities or []
    entity_ids = {idx: f"E{n}" for n, idx in enumerate(range(len(clusters)), start=1)}
    entities = [
        {
            "id": entity_ids[idx],
            "label": c.label,
            "canonical": c.canonical,
            "aliases": c.aliases,
            "mentions": [_span(text, m.start, m.end) for m in c.mentions],
        }
        for idx, c in enumerate(clusters)
    ]
    quantities = [
        {"id": f"Q{n}", **_span(text, q.start, q.end), "value": _number(q.value), "bound": q.bound,
         "unit": q.unit, "counted": q.counted}
        for n, q in enumerate(sorted(doc._.quantities or [], key=lambda q: (q.start, q.end)), start=1)
    ]
    dates = [
        {"id": f"T{n}", **_span(text, d.start, d.end), "type": d.type, "value": d.value}
        for n, d in enumerate(sorted(doc._.dates or [], key=lambda d: (d.start, d.end)), start=1)
    ]
    atts = doc._.attributions or []
    order = sorted(range(len(atts)), key=lambda i: (atts[i].content.start, atts[i].cue.start))
    att_ids = {i: f"A{n}" for n, i in enumerate(order, start=1)}
    attributions = []
    for i in order:
        a = atts[i]
        attributions.append({
            "id": att_ids[i],
            "type": a.type,
            "source": _span(text, a.source.start, a.source.end) if a.source else None,
            "source_entity": entity_ids.get(a.source_entity) if a.source_entity is not None else None,
            "cue": _span(text, a.cue.start, a.cue.end),
            "content": _span(text, a.content.start, a.content.end),
        })
    claims = [
        {"id": f"C{n}", **_span(text, c.start, c.end),
         "attribution": att_ids.get(c.attribution) if c.attribution is not None else None,
         "hedged": c.hedged}
        for n, c in enumerate(doc._.claims or [], start=1)
    ]
    provenance: dict[str, Any] = {"pipeline": __version__, "model": model, "source_path": article.source_path}
    if article.input_format != "text":
        provenance["input_format"] = article.input_format
    if article.encoding not in ("utf-8", "utf-8-sig"):
        provenance["encoding"] = article.encoding
    if extracted_at:
        provenance["extracted_at"] = extracted_at
    return {
        "schema": SCHEMA_ID,
        "doc_id": article.doc_id,
        "text_sha256": article.sha256,
        "metadata": {
            "title": _span(text, *article.title) if article.title else None,
            "source": article.source,
            "published": article.published,
            "body": {"start": article.body[0], "end": article.body[1]},
        },
        "entities": entities,
        "quantities": quantities,
        "dates": dates,
        "attributions": attributions,
        "claims": claims,
        "provenance": provenance,
    }


def error_record(doc_id: str, source_path: str | None, kind: str, message: str) -> dict[str, Any]:
    return {"schema": SCHEMA_ID, "doc_id": doc_id, "source_path": source_path,
            "error": {"kind": kind, "message": message}}
