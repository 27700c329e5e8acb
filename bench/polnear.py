"""PolNeAR test: attribution source, cue and content F1 by token overlap.

Gold: for each article, the annotation file of the first annotator in sorted order; the
Source, Cue and Content spans of its attribution relations (E lines), discontinuous spans
taken piece by piece; Discard and Discuss labels are ignored. Text is split into tokens
(runs of word characters, or single other non-space characters); a token belongs to a span
when it overlaps it. Per role and per document we compare token sets: precision is the share
of predicted role tokens that lie in a gold span of that role, recall the share of gold role
tokens covered by a predicted span of that role; counts are summed over all documents.
A second cue figure counts relations, not tokens: a gold cue is found when a predicted cue
overlaps it, and a predicted cue is right when it overlaps a gold cue. PolNeAR's cue spans take
in auxiliaries, negation, adverbs and adjuncts ("has not mentioned", "said in an interview"),
while our record's cue is the reporting word (FORMAT.md), so the token figure charges extent
conventions as misses; the hit figure shows whether the cue itself was found.
Baseline: textacy.extract.triples.direct_quotations on the bare spaCy model's parse (speaker,
cue, content); a document where it raises counts as empty and is reported.
"""

from __future__ import annotations

import bisect
import importlib.util
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from _common import (
    Timer,
    check_data,
    emit_json,
    extract_all,
    load_bare_spacy,
    load_extractor,
    make_parser,
    n_errors,
    prf,
    print_table,
    round_floats,
)

ROLES = ("source", "cue", "content")
TOKEN = re.compile(r"\w+|[^\w\s]")

Spans = dict[str, list[tuple[int, int]]]  # role -> character spans


@dataclass
class PolDoc:
    name: str
    annotator: str
    text: str
    gold: Spans = field(default_factory=dict)
    cues: list[list[tuple[int, int]]] = field(default_factory=list)  # one entry per gold relation
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)


def read_ann(path: Path, cues: list[list[tuple[int, int]]] | None = None) -> Spans:
    """Role spans of the attribution relations in one brat file (pieces of discontinuous ones).

    ``cues``, when given, receives the pieces of each relation's cue, one list per relation.
    """
    tspans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    relations: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            tid, info, *_ = line.split("\t")
            label, _, offs = info.partition(" ")
            pieces = [tuple(int(x) for x in p.split()) for p in offs.split(";")]
            tspans[tid] = (label, pieces)  # type: ignore[assignment]
        elif line.startswith("E"):
            _, info, *_ = line.split("\t")
            args = dict(a.split(":", 1) for a in info.split())
            relations.append(args)
    out: Spans = {r: [] for r in ROLES}
    seen: set[str] = set()
    for rel in relations:
        for key, tid in rel.items():
            role = key.lower()
            if role not in ROLES or tid in seen or tid not in tspans:
                continue
            label, pieces = tspans[tid]
            if label.lower() != role:
                continue
            seen.add(tid)
            if role == "cue" and cues is not None:
                cues.append(list(pieces))
            out[role].extend(pieces)
    return out


def load_docs(folder: Path) -> list[PolDoc]:
    """One gold annotation per article: its first annotator in sorted order."""
    docs = []
    for txt in sorted((folder / "text").glob("*.txt")):
        anns = sorted((folder / "attributions").glob(f"{txt.stem}_*.ann"))
        anns = [a for a in anns if re.fullmatch(re.escape(txt.stem) + r"_[0-9a-f]{4}", a.stem)]
        if not anns:
            continue
        text = txt.read_text(encoding="utf-8")
        cues: list[list[tuple[int, int]]] = []
        doc = PolDoc(txt.stem, anns[0].stem.rsplit("_", 1)[1], text, read_ann(anns[0], cues), cues)
        for m in TOKEN.finditer(text):
            doc.starts.append(m.start())
            doc.ends.append(m.end())
        docs.append(doc)
    return docs


def tokens_in(doc: PolDoc, spans: list[tuple[int, int]]) -> set[int]:
    """Indices of the tokens overlapping any of the spans."""
    out: set[int] = set()
    for s, e in spans:
        i = bisect.bisect_right(doc.ends, s)  # first token ending after s
        while i < len(doc.starts) and doc.starts[i] < e:
            out.add(i)
            i += 1
    return out


def ours_spans(rec: dict[str, Any]) -> Spans:
    out: Spans = {r: [] for r in ROLES}
    for a in rec.get("attributions", []):
        for role in ROLES:
            sp = a.get(role)
            if sp:
                out[role].append((sp["start"], sp["end"]))
    return out


def textacy_spans(sdoc: Any) -> Spans:
    from textacy.extract.triples import direct_quotations  # slow import: only when used

    out: Spans = {r: [] for r in ROLES}
    for q in direct_quotations(sdoc):
        out["source"].extend((t.idx, t.idx + len(t)) for t in q.speaker)
        out["cue"].extend((t.idx, t.idx + len(t)) for t in q.cue)
        out["content"].append((q.content.start_char, q.content.end_char))
    return out


def score(docs: list[PolDoc], preds: list[Spans]) -> dict[str, Any]:
    tp_p, tp_r, n_pred, n_gold = Counter(), Counter(), Counter(), Counter()
    for doc, pred in zip(docs, preds, strict=True):
        for role in ROLES:
            g = tokens_in(doc, doc.gold[role])
            p = tokens_in(doc, pred[role])
            n_gold[role] += len(g)
            n_pred[role] += len(p)
            tp_p[role] += len(p & g)
            tp_r[role] += len(g & p)
    out: dict[str, Any] = {}
    for role in ROLES:
        p = tp_p[role] / n_pred[role] if n_pred[role] else 0.0
        r = tp_r[role] / n_gold[role] if n_gold[role] else 0.0
        out[role] = {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
                     "gold_tokens": n_gold[role], "pred_tokens": n_pred[role]}
    tot = prf(sum(tp_p.values()), sum(n_pred.values()), sum(n_gold.values()))
    found = right = n_cues = n_pred_cues = 0
    for doc, pred in zip(docs, preds, strict=True):
        n_cues += len(doc.cues)
        n_pred_cues += len(pred["cue"])
        found += sum(any(ps < e and s < pe for s, e in g for ps, pe in pred["cue"]) for g in doc.cues)
        right += sum(any(ps < e and s < pe for g in doc.cues for s, e in g) for ps, pe in pred["cue"])
    hp = right / n_pred_cues if n_pred_cues else 0.0
    hr = found / n_cues if n_cues else 0.0
    out["cue hit"] = {"p": hp, "r": hr, "f1": 2 * hp * hr / (hp + hr) if hp + hr else 0.0,
                      "gold_tokens": n_cues, "pred_tokens": n_pred_cues}
    out["all roles"] = {**tot, "gold_tokens": sum(n_gold.values()),
                        "pred_tokens": sum(n_pred.values())}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = make_parser(__doc__.splitlines()[0])
    ap.add_argument("--split", default="test", help="PolNeAR subset (default: test)")
    args = ap.parse_args(argv)
    folder = check_data(args.data / "attribution" / "polnear" / args.split)
    if importlib.util.find_spec("textacy") is None:
        # without this check every document would count as a baseline failure and score as empty
        sys.exit("polnear.py: the baseline needs textacy: pip install -e '.[bench]'")
    docs = load_docs(folder)[: args.limit]
    texts = [d.text for d in docs]
    n_rel = sum(len(d.gold["cue"]) for d in docs)

    ex = None
    systems: dict[str, Any] = {}
    if not args.no_ours:
        ex = load_extractor(args.model)
        with Timer() as t:
            recs = extract_all(ex, texts)
        preds = [ours_spans(r) for r in recs]
        systems["ours"] = {"name": "news-extractor", "scores": score(docs, preds),
                           "attributions": sum(len(r.get("attributions", [])) for r in recs),
                           "seconds": t.seconds, "error_records": n_errors(recs)}
    nlp = load_bare_spacy(ex)
    failed: list[str] = []
    preds = []
    n_quotes = 0
    with Timer() as t:
        for doc, sdoc in zip(docs, nlp.pipe(texts, batch_size=8), strict=True):
            try:
                spans = textacy_spans(sdoc)
            except Exception:  # noqa: BLE001  (the baseline's own failures are part of the result)
                failed.append(doc.name)
                spans = {r: [] for r in ROLES}
            n_quotes += len(spans["content"])
            preds.append(spans)
    systems["baseline"] = {
        "name": f"textacy direct_quotations on bare spaCy {nlp.meta['lang']}_{nlp.meta['name']}",
        "scores": score(docs, preds), "attributions": n_quotes,
        "failed_docs": len(failed), "failed": failed, "seconds": t.seconds,
    }

    result = {"benchmark": "polnear", "split": args.split, "docs": len(docs),
              "gold_cue_spans": n_rel, "systems": systems}
    if args.json:
        emit_json(round_floats(result))
        return 0
    print(f"PolNeAR {args.split}: {len(docs)} articles (first annotator each), "
          f"token-overlap P/R/F1 in %\n")
    names = list(systems)
    header = ["role", "gold tokens"] + [f"{n} {m}" for n in names for m in ("P", "R", "F1")]
    rows = []
    for role in (*ROLES, "all roles", "cue hit"):
        row: list[Any] = [role, systems[names[0]]["scores"][role]["gold_tokens"]]
        for n in names:
            s = systems[n]["scores"][role]
            row += [s["p"], s["r"], s["f1"]]
        rows.append(row)
    print_table("Attribution roles", header, rows)
    print("  cue hit: relations, not tokens (gold column: cue spans): a cue overlapping a gold cue")
    for n in names:
        print(f"  {n}: {systems[n]['name']}; {systems[n]['attributions']} predicted "
              f"({systems[n]['seconds']:.1f} s)")
    print(f"  baseline failed on {len(failed)} of {len(docs)} documents (scored as empty)"
          + (f": {', '.join(failed)}" if failed else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
