"""Scoring predicted records against gold records (FORMAT.md, "Scoring").

Pure functions over record dicts, so that the scorer can be imported and tested
without spaCy or any file access.

Matching: per category and document, every (gold, predicted) pair that meets the
category's criterion is a candidate; candidates are taken best overlap first
(overlap amount descending, then gold position, then predicted position, then
list order, so that ties resolve the same way every time), and each gold and
each predicted item is used at most once. True positives, predicted and gold
counts are summed over all documents (micro average).

Empty cases: when a category has neither gold nor predicted items (in one
document, or in the micro sums), precision, recall and F1 are all 1.0: there was
nothing to find and nothing was invented. Otherwise a zero denominator gives
0.0 (no predictions: P = 0; no gold: R = 0), so F1 is 0.0 whenever one side is
empty and the other is not. Accuracies over matches (canonical, bound, cue, ...)
are None when there are no matches.

The macro F1 is the plain mean of the six headline F1s (entities, mentions,
quantities, dates, claims, attributions): per document from that document's
figures, overall from the micro figures.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

CATEGORIES: tuple[str, ...] = (
    "entities", "mentions", "quantities", "dates", "claims", "attributions",
)

# Secondary figures per category: "<name>_correct" counts become accuracies over the
# matches, "<name>_tp" counts become a second P/R/F1 over the same pred/gold totals.
_SECONDARY: dict[str, tuple[str, ...]] = {
    "entities": ("canonical_correct",),
    "mentions": ("strict_tp",),
    "quantities": ("bound_correct", "counted_correct", "unit_correct"),
    "dates": ("extent_tp", "type_correct"),
    "claims": (),
    "attributions": ("content_tp", "cue_correct", "type_correct"),
}

Item = Mapping[str, Any]
Candidate = tuple[tuple[Any, ...], int, int]


# --------------------------------------------------------------------------- basics

def normalize_name(name: str) -> str:
    """Name key for entity matching: NFKC, case-folded, punctuation dropped,
    whitespace collapsed, a leading "the" dropped ("The U.S." -> "us")."""
    text = unicodedata.normalize("NFKC", name).casefold()
    text = "".join(ch for ch in text if not unicodedata.category(ch).startswith("P"))
    text = " ".join(text.split())
    return text.removeprefix("the ")


def prf(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall, F1; both sides empty counts as perfect (see module doc)."""
    if pred == 0 and gold == 0:
        return 1.0, 1.0, 1.0
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f1


def overlap(a: Item | None, b: Item | None) -> int:
    """Characters shared by two ``{start, end}`` spans (0 when either is missing)."""
    if not a or not b:
        return 0
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def _length(span: Item) -> int:
    return max(0, span["end"] - span["start"])


def _half_overlap(a: Item | None, b: Item | None) -> int:
    """The overlap when it covers at least half of the shorter span, else 0."""
    if not a or not b:
        return 0
    shared = overlap(a, b)
    if shared and 2 * shared >= min(_length(a), _length(b)):
        return shared
    return 0


def _pos(span: Item | None) -> tuple[int, int]:
    if not span:
        return (math.inf, math.inf)  # type: ignore[return-value]
    return (span["start"], span["end"])


def greedy_match(candidates: Iterable[Candidate]) -> list[tuple[int, int]]:
    """One-to-one matching from ``(sort_key, gold_index, pred_index)`` candidates.

    Lower sort keys go first (callers put the negated overlap first, then positions);
    a candidate is taken when neither its gold nor its predicted item is taken yet.
    Returns the (gold_index, pred_index) pairs sorted by gold index.
    """
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _key, gi, pi in sorted(candidates, key=lambda c: (c[0], c[1], c[2])):
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


def _span_candidates(
    gold: list[Item], pred: list[Item], amount: Any, get: Any = lambda x: x
) -> list[Candidate]:
    """Candidates for span-like items: ``amount(g, p)`` > 0 qualifies a pair."""
    out: list[Candidate] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            value = amount(g, p)
            if value > 0:
                out.append(((-value, _pos(get(g)), _pos(get(p))), gi, pi))
    return out


def _items(record: Item | None, key: str) -> list[Item]:
    if not record or "error" in record:
        return []
    return list(record.get(key) or [])


# --------------------------------------------------------------------------- categories

class _Doc:
    """Scores of one document: counts per category plus the unmatched items."""

    def __init__(self, doc_id: str, gold: Item, pred: Item | None) -> None:
        self.doc_id = doc_id
        self.counts: dict[str, dict[str, int]] = {}
        self.errors: list[dict[str, Any]] = []
        entity_map = self._entities(gold, pred)
        self._mentions(gold, pred)
        self._quantities(gold, pred)
        self._dates(gold, pred)
        self._claims(gold, pred)
        self._attributions(gold, pred, entity_map)
        self.errors.sort(key=lambda e: (
            CATEGORIES.index(e["category"]), e["start"] is None, e["start"] or 0, e["kind"]))

    def _record(
        self, category: str, gold: list[Item], pred: list[Item],
        pairs: list[tuple[int, int]], **secondary: int,
    ) -> None:
        self.counts[category] = {
            "tp": len(pairs), "pred": len(pred), "gold": len(gold), **secondary,
        }
        matched_gold = {gi for gi, _ in pairs}
        matched_pred = {pi for _, pi in pairs}
        for kind, items, matched in (("FN", gold, matched_gold), ("FP", pred, matched_pred)):
            for index, item in enumerate(items):
                if index not in matched:
                    self.errors.append(_describe(self.doc_id, category, kind, item))

    def _entities(self, gold_rec: Item, pred_rec: Item | None) -> dict[str, str]:
        gold = _items(gold_rec, "entities")
        pred = _items(pred_rec, "entities")
        names = []
        for g in gold:
            keys = {normalize_name(g.get("canonical", ""))}
            keys.update(normalize_name(a) for a in g.get("aliases") or [])
            keys.update(normalize_name(m["text"]) for m in g.get("mentions") or [])
            keys.discard("")
            names.append(keys)
        candidates: list[Candidate] = []
        for gi, g in enumerate(gold):
            gold_canonical = normalize_name(g.get("canonical", ""))
            for pi, p in enumerate(pred):
                canonical = normalize_name(p.get("canonical", ""))
                if p.get("label") != g.get("label") or canonical not in names[gi]:
                    continue
                # Best overlap = most predicted mentions inside the gold referent's
                # mentions, then an exact canonical, then text order.
                shared = sum(
                    1 for pm in p.get("mentions") or []
                    if any(overlap(pm, gm) for gm in g.get("mentions") or [])
                )
                key = (-shared, -(canonical == gold_canonical),
                       _first_mention(g), _first_mention(p))
                candidates.append((key, gi, pi))
        pairs = greedy_match(candidates)
        correct = sum(
            1 for gi, pi in pairs
            if normalize_name(pred[pi].get("canonical", ""))
            == normalize_name(gold[gi].get("canonical", ""))
        )
        self._record("entities", gold, pred, pairs, canonical_correct=correct)
        return {
            pred[pi]["id"]: gold[gi]["id"]
            for gi, pi in pairs if "id" in pred[pi] and "id" in gold[gi]
        }

    def _mentions(self, gold_rec: Item, pred_rec: Item | None) -> None:
        gold = _flat_mentions(gold_rec)
        pred = _flat_mentions(pred_rec)

        def relaxed(g: Item, p: Item) -> int:
            return overlap(g, p) if g["label"] == p["label"] else 0

        def strict(g: Item, p: Item) -> int:
            same = g["label"] == p["label"] and _pos(g) == _pos(p)
            return 1 if same else 0

        pairs = greedy_match(_span_candidates(gold, pred, relaxed))
        strict_pairs = greedy_match(_span_candidates(gold, pred, strict))
        self._record("mentions", gold, pred, pairs, strict_tp=len(strict_pairs))

    def _quantities(self, gold_rec: Item, pred_rec: Item | None) -> None:
        gold = _items(gold_rec, "quantities")
        pred = _items(pred_rec, "quantities")

        def amount(g: Item, p: Item) -> int:
            return overlap(g, p) if _same_number(g.get("value"), p.get("value")) else 0

        pairs = greedy_match(_span_candidates(gold, pred, amount))
        self._record(
            "quantities", gold, pred, pairs,
            bound_correct=_agree(pairs, gold, pred, lambda q: q.get("bound", "eq")),
            counted_correct=_agree(pairs, gold, pred, lambda q: _fold(q.get("counted"))),
            unit_correct=_agree(pairs, gold, pred, lambda q: _fold(q.get("unit"))),
        )

    def _dates(self, gold_rec: Item, pred_rec: Item | None) -> None:
        gold = _items(gold_rec, "dates")
        pred = _items(pred_rec, "dates")

        def amount(g: Item, p: Item) -> int:
            same = str(g.get("value", "")).strip() == str(p.get("value", "")).strip()
            return overlap(g, p) if same else 0

        pairs = greedy_match(_span_candidates(gold, pred, amount))
        extent_pairs = greedy_match(_span_candidates(gold, pred, overlap))
        self._record(
            "dates", gold, pred, pairs, extent_tp=len(extent_pairs),
            type_correct=_agree(pairs, gold, pred, lambda d: d.get("type")),
        )

    def _claims(self, gold_rec: Item, pred_rec: Item | None) -> None:
        gold = _items(gold_rec, "claims")
        pred = _items(pred_rec, "claims")
        pairs = greedy_match(_span_candidates(gold, pred, _half_overlap))
        self._record("claims", gold, pred, pairs)

    def _attributions(
        self, gold_rec: Item, pred_rec: Item | None, entity_map: dict[str, str]
    ) -> None:
        gold = _items(gold_rec, "attributions")
        pred = _items(pred_rec, "attributions")

        def content(g: Item, p: Item) -> int:
            return _half_overlap(g.get("content"), p.get("content"))

        def full(g: Item, p: Item) -> int:
            return content(g, p) if _sources_agree(g, p, entity_map) else 0

        def get(a: Item) -> Item | None:
            return a.get("content")

        pairs = greedy_match(_span_candidates(gold, pred, full, get))
        content_pairs = greedy_match(_span_candidates(gold, pred, content, get))
        cue_correct = sum(
            1 for gi, pi in pairs if overlap(gold[gi].get("cue"), pred[pi].get("cue")) > 0
        )
        self._record(
            "attributions", gold, pred, pairs, content_tp=len(content_pairs),
            cue_correct=cue_correct,
            type_correct=_agree(pairs, gold, pred, lambda a: a.get("type")),
        )


def _first_mention(entity: Item) -> tuple[int, int]:
    mentions = entity.get("mentions") or []
    return min((_pos(m) for m in mentions), default=_pos(None))


def _flat_mentions(record: Item | None) -> list[Item]:
    """Every entity mention with its entity's label (and canonical, for error lists)."""
    out: list[Item] = []
    for entity in _items(record, "entities"):
        for mention in entity.get("mentions") or []:
            out.append({
                "start": mention["start"], "end": mention["end"],
                "text": mention.get("text", ""), "label": entity.get("label"),
                "entity": entity.get("canonical"),
            })
    return out


def _same_number(a: Any, b: Any) -> bool:
    try:
        return math.isclose(float(a), float(b), rel_tol=1e-6)
    except (TypeError, ValueError):
        return False


def _fold(value: Any) -> Any:
    return value.strip().casefold() if isinstance(value, str) else value


def _agree(pairs: list[tuple[int, int]], gold: list[Item], pred: list[Item], key: Any) -> int:
    return sum(1 for gi, pi in pairs if key(gold[gi]) == key(pred[pi]))


def _sources_agree(gold: Item, pred: Item, entity_map: Mapping[str, str]) -> bool:
    """Source spans overlap, or the sources resolve to the same gold entity (the
    predicted entity mapped through the entity matching), or neither has a source."""
    g_span, p_span = gold.get("source"), pred.get("source")
    if g_span and p_span and overlap(g_span, p_span) > 0:
        return True
    g_ent, p_ent = gold.get("source_entity"), pred.get("source_entity")
    if g_ent is not None and p_ent is not None and entity_map.get(p_ent) == g_ent:
        return True
    return not g_span and not p_span and g_ent is None and p_ent is None


def _describe(doc_id: str, category: str, kind: str, item: Item) -> dict[str, Any]:
    """One FP/FN line: where it is, its text and what it claimed."""
    span: Item | None = item
    detail = ""
    if category == "entities":
        mentions = item.get("mentions") or []
        span = min(mentions, key=_pos) if mentions else None
        text = item.get("canonical", "")
        detail = f"{item.get('label')}, {len(mentions)} mention(s)"
    elif category == "attributions":
        span = item.get("content")
        text = span.get("text", "") if span else ""
        source = item.get("source")
        detail = (f"source {source['text']!r}" if source else "no source") + (
            f" ({item['source_entity']})" if item.get("source_entity") else ""
        ) + f", {item.get('type')}"
    else:
        text = item.get("text", "")
        if category == "mentions":
            detail = f"{item.get('label')} of {item.get('entity')!r}"
        elif category == "quantities":
            detail = f"value {item.get('value')} {item.get('bound', 'eq')}"
            if item.get("unit"):
                detail += f" {item['unit']}"
        elif category == "dates":
            detail = f"{item.get('type')} {item.get('value')}"
    return {
        "doc_id": doc_id, "category": category, "kind": kind, "text": text,
        "start": span["start"] if span else None, "end": span["end"] if span else None,
        "detail": detail,
    }


# --------------------------------------------------------------------------- reports

def summarise(category: str, counts: Mapping[str, int]) -> dict[str, Any]:
    """Turn summed counts of one category into P/R/F1 plus its secondary figures."""
    tp, n_pred, n_gold = counts["tp"], counts["pred"], counts["gold"]
    p, r, f1 = prf(tp, n_pred, n_gold)
    out: dict[str, Any] = {"p": p, "r": r, "f1": f1, "tp": tp, "pred": n_pred, "gold": n_gold}
    for key in _SECONDARY[category]:
        name, _, suffix = key.rpartition("_")
        value = counts.get(key, 0)
        if suffix == "correct":
            out[f"{name}_accuracy"] = value / tp if tp else None
            out[key] = value
        else:
            sp, sr, sf = prf(value, n_pred, n_gold)
            out.update({f"{name}_p": sp, f"{name}_r": sr, f"{name}_f1": sf, key: value})
    return out


def macro_f1(categories: Mapping[str, Mapping[str, Any]]) -> float:
    """Mean of the six headline F1s."""
    return sum(categories[c]["f1"] for c in CATEGORIES) / len(CATEGORIES)


def document_counts(gold: Item, pred: Item | None) -> dict[str, dict[str, int]]:
    """Raw counts (tp, pred, gold and secondary counts) per category for one document."""
    return _Doc(str(gold.get("doc_id", "")), gold, pred).counts


def _evaluate(
    gold: Mapping[str, Item], pred: Mapping[str, Item]
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    warnings: list[str] = []
    totals: dict[str, dict[str, int]] = {c: {} for c in CATEGORIES}
    documents: dict[str, Any] = {}
    errors: list[dict[str, Any]] = []
    for doc_id in sorted(gold):
        gold_rec = gold[doc_id]
        pred_rec = pred.get(doc_id)
        if pred_rec is None:
            warnings.append(f"{doc_id}: no prediction; scored as empty")
        elif "error" in pred_rec:
            info = pred_rec.get("error") or {}
            warnings.append(
                f"{doc_id}: prediction is an error record "
                f"({info.get('kind', '?')}: {info.get('message', '')}); scored as empty"
            )
        elif (
            pred_rec.get("text_sha256") and gold_rec.get("text_sha256")
            and pred_rec["text_sha256"] != gold_rec["text_sha256"]
        ):
            warnings.append(f"{doc_id}: prediction was made on a different text (text_sha256)")
        doc = _Doc(doc_id, gold_rec, pred_rec)
        errors.extend(doc.errors)
        doc_report: dict[str, Any] = {}
        for category in CATEGORIES:
            counts = doc.counts[category]
            for key, value in counts.items():
                totals[category][key] = totals[category].get(key, 0) + value
            doc_report[category] = summarise(category, counts)
        doc_report["macro_f1"] = macro_f1(doc_report)
        documents[doc_id] = doc_report
    for doc_id in sorted(set(pred) - set(gold)):
        warnings.append(f"{doc_id}: prediction has no gold record; ignored")
    categories = {
        c: summarise(c, totals[c] or {"tp": 0, "pred": 0, "gold": 0}) for c in CATEGORIES
    }
    report = {
        "categories": categories,
        "macro_f1": macro_f1(categories),
        "documents": documents,
        "warnings": warnings,
    }
    return report, errors


def score_records(gold: Mapping[str, Item], pred: Mapping[str, Item]) -> dict[str, Any]:
    """Score predictions against gold, both keyed by doc_id.

    Returns ``{"categories": {category: figures}, "macro_f1", "documents": {doc_id:
    {category: figures, "macro_f1"}}, "warnings": [str]}``. Only gold documents are
    scored; a missing or error prediction counts as empty and is named in warnings.
    """
    return _evaluate(gold, pred)[0]


def error_list(gold: Mapping[str, Item], pred: Mapping[str, Item]) -> list[dict[str, Any]]:
    """Every false positive and false negative: ``{doc_id, category, kind ("FP"/"FN"),
    text, start, end, detail}``, in document then category order."""
    return _evaluate(gold, pred)[1]


# --------------------------------------------------------------------------- baseline

_SENTENCE_END = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s|$)")


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Crude sentences of ``text[start:end]``: cut at newlines and after sentence-final
    punctuation followed by white space; white space trimmed, empty pieces dropped."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text[start:end]):
        cuts = [0] + [m.end() for m in _SENTENCE_END.finditer(line.group())]
        cuts.append(len(line.group()))
        for a, b in itertools.pairwise(cuts):
            piece = line.group()[a:b]
            stripped = piece.strip()
            if not stripped:
                continue
            lead = len(piece) - len(piece.lstrip())
            s = start + line.start() + a + lead
            spans.append((s, s + len(stripped)))
    return spans


def trivial_claims(text: str, record: Item, include_title: bool = True) -> list[dict[str, Any]]:
    """The trivial claim "extractor": every sentence of ``metadata.body`` is a claim
    (plus the title line, which FORMAT.md annotates too, unless ``include_title`` is
    False). A floor our claim detection has to beat."""
    metadata = record.get("metadata") or {}
    body = metadata.get("body") or {"start": 0, "end": len(text)}
    spans = sentence_spans(text, body["start"], body["end"])
    title = metadata.get("title")
    if include_title and title and not any(
        overlap(title, {"start": s, "end": e}) for s, e in spans
    ):
        spans.insert(0, (title["start"], title["end"]))
    return [
        {"id": f"C{i}", "start": s, "end": e, "text": text[s:e],
         "attribution": None, "hedged": False}
        for i, (s, e) in enumerate(spans, 1)
    ]


def trivial_claims_baseline(
    gold: Mapping[str, Item], texts: Mapping[str, str], include_title: bool = True
) -> dict[str, Any]:
    """Claims figures (as in ``score_records``) of ``trivial_claims`` over the gold
    documents whose text is at hand (``texts`` keyed by doc_id), using gold's body."""
    totals = {"tp": 0, "pred": 0, "gold": 0}
    for doc_id in sorted(gold):
        if doc_id not in texts:
            continue
        claims = trivial_claims(texts[doc_id], gold[doc_id], include_title)
        counts = _Doc(doc_id, {"claims": gold[doc_id].get("claims") or []},
                      {"claims": claims}).counts["claims"]
        for key in totals:
            totals[key] += counts[key]
    return summarise("claims", totals)
