"""CoNLL-2003 English test (eng.testb): entity mention F1, exact spans, conlleval style.

Each document's text is rebuilt from its tokens (tokens joined by spaces, one sentence per line)
and run through our pipeline and, as the baseline, through the bare spaCy model. Predicted
character spans are projected onto CoNLL tokens (a token takes the label of the first predicted
span it overlaps) and compared as chunks: a predicted chunk is correct when its first token, last
token and type equal a gold chunk's.
"""

from __future__ import annotations

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

TYPES = ("PER", "LOC", "ORG", "MISC")
LABEL_MAP = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
    "NORP": "MISC", "EVENT": "MISC", "PRODUCT": "MISC", "WORK_OF_ART": "MISC",
    "LAW": "MISC", "LANGUAGE": "MISC",
}

Chunk = tuple[int, int, str]  # first token, last token (inclusive), type


@dataclass
class Doc:
    text: str = ""
    offsets: list[tuple[int, int]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    sent_start: list[bool] = field(default_factory=list)


def read_conll(path: Path) -> list[Doc]:
    """Documents split at -DOCSTART-, text rebuilt with character offsets per token."""
    docs: list[Doc] = []
    sentences: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []

    def close_doc() -> None:
        if cur:
            sentences.append(list(cur))
            cur.clear()
        if sentences:
            docs.append(build_doc(sentences))
            sentences.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("-DOCSTART-"):
            close_doc()
        elif not line:
            if cur:
                sentences.append(list(cur))
                cur.clear()
        else:
            parts = line.split(" ")
            cur.append((parts[0], parts[-1]))
    close_doc()
    return docs


def build_doc(sentences: list[list[tuple[str, str]]]) -> Doc:
    doc = Doc()
    pieces: list[str] = []
    pos = 0
    for si, sent in enumerate(sentences):
        if si:
            pieces.append("\n")
            pos += 1
        for ti, (word, tag) in enumerate(sent):
            if ti:
                pieces.append(" ")
                pos += 1
            doc.offsets.append((pos, pos + len(word)))
            doc.tags.append(tag)
            doc.sent_start.append(ti == 0)
            pieces.append(word)
            pos += len(word)
    doc.text = "".join(pieces)
    return doc


def gold_chunks(doc: Doc) -> set[Chunk]:
    """Chunks from IOB1 tags (I-X continues a chunk of type X; B-X or a new sentence starts one)."""
    chunks: set[Chunk] = set()
    start, typ = -1, None
    for i, tag in enumerate([*doc.tags, "O"]):
        prefix, _, t = tag.partition("-")
        new_sent = i < len(doc.tags) and doc.sent_start[i]
        if typ is not None and (tag == "O" or prefix == "B" or t != typ or new_sent):
            chunks.add((start, i - 1, typ))
            typ = None
        if tag != "O" and typ is None:
            start, typ = i, t
    return chunks


def spans_to_chunks(doc: Doc, spans: list[tuple[int, int, str]]) -> set[Chunk]:
    """Project character spans (mapped to CoNLL types) onto tokens, then read chunks.

    As in conlleval, a chunk never crosses a sentence boundary.
    """
    owner: list[int | None] = [None] * len(doc.offsets)
    spans = sorted(spans, key=lambda s: (s[0], -s[1]))
    for si, (s, e, _) in enumerate(spans):
        for ti, (ts, te) in enumerate(doc.offsets):
            if te <= s:
                continue
            if ts >= e:
                break
            if owner[ti] is None:
                owner[ti] = si
    chunks: set[Chunk] = set()
    i = 0
    while i < len(owner):
        si = owner[i]
        if si is None:
            i += 1
            continue
        j = i
        while j + 1 < len(owner) and owner[j + 1] == si and not doc.sent_start[j + 1]:
            j += 1
        chunks.add((i, j, spans[si][2]))
        i = j + 1
    return chunks


def record_spans(rec: dict[str, Any]) -> list[tuple[int, int, str]]:
    out = []
    for ent in rec.get("entities", []):
        t = LABEL_MAP.get(ent["label"])
        if t is None:
            continue
        out.extend((m["start"], m["end"], t) for m in ent.get("mentions", []))
    return out


def spacy_spans(sdoc: Any) -> list[tuple[int, int, str]]:
    return [(e.start_char, e.end_char, LABEL_MAP[e.label_])
            for e in sdoc.ents if e.label_ in LABEL_MAP]


def conlleval(gold: list[set[Chunk]], pred: list[set[Chunk]]) -> dict[str, Any]:
    """Micro P/R/F1 per type and overall over exact chunks, summed over documents."""
    tp, npred, ngold = Counter(), Counter(), Counter()
    for g, p in zip(gold, pred, strict=True):
        for c in g:
            ngold[c[2]] += 1
        for c in p:
            npred[c[2]] += 1
        for c in g & p:
            tp[c[2]] += 1
    out: dict[str, Any] = {}
    for t in TYPES:
        out[t] = {**prf(tp[t], npred[t], ngold[t]), "gold": ngold[t], "pred": npred[t]}
    tot = (sum(tp.values()), sum(npred.values()), sum(ngold.values()))
    out["overall"] = {**prf(*tot), "gold": tot[2], "pred": tot[1]}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = make_parser(__doc__.splitlines()[0])
    ap.add_argument("--split", default="eng.testb", help="CoNLL file (default: eng.testb)")
    args = ap.parse_args(argv)
    path = check_data(args.data / "conll2003" / args.split)
    docs = read_conll(path)[: args.limit]
    texts = [d.text for d in docs]
    gold = [gold_chunks(d) for d in docs]

    ex = None
    systems: dict[str, dict[str, Any]] = {}
    if not args.no_ours:
        ex = load_extractor(args.model)
        with Timer() as t:
            # CoNLL annotates its "LONDON 1996-08-30" dateline lines, which an article's layout
            # leaves out (FORMAT.md): the whole text is body here, as the bare model sees it
            recs = extract_all(ex, [{"text": t, "layout": False} for t in texts])
        pred = [spans_to_chunks(d, record_spans(r)) for d, r in zip(docs, recs, strict=True)]
        systems["ours"] = {"name": "news-extractor", "scores": conlleval(gold, pred),
                           "seconds": t.seconds, "error_records": n_errors(recs)}
    nlp = load_bare_spacy(ex)
    with Timer() as t:
        sdocs = list(nlp.pipe(texts, batch_size=16))
    pred = [spans_to_chunks(d, spacy_spans(s)) for d, s in zip(docs, sdocs, strict=True)]
    systems["baseline"] = {
        "name": f"bare spaCy {nlp.meta['lang']}_{nlp.meta['name']}-{nlp.meta['version']} doc.ents",
        "scores": conlleval(gold, pred), "seconds": t.seconds,
    }

    result = {
        "benchmark": "conll2003", "split": args.split, "docs": len(docs),
        "tokens": sum(len(d.tags) for d in docs), "systems": systems,
    }
    if args.json:
        emit_json(round_floats(result))
        return 0
    print(f"CoNLL-2003 {args.split}: {len(docs)} docs, {result['tokens']} tokens; "
          "entity mentions, exact spans (conlleval), P/R/F1 in %\n")
    names = list(systems)
    header = ["type", "gold"] + [f"{n} {m}" for n in names for m in ("P", "R", "F1")]
    rows = []
    for t in (*TYPES, "overall"):
        row: list[Any] = [t, systems[names[0]]["scores"][t]["gold"]]
        for n in names:
            s = systems[n]["scores"][t]
            row += [s["p"], s["r"], s["f1"]]
        rows.append(row)
    print_table("Entity mentions", header, rows)
    for n in names:
        print(f"  {n}: {systems[n]['name']} ({systems[n]['seconds']:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
