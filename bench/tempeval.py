"""TempEval-3 platinum test: TIMEX3 extent F1 (strict and relaxed) and value accuracy.

The input is each document's <TEXT> with all tags removed (the offsets TE3 scored), and the
document creation time (DCT) is passed as the publication date. Gold is every TIMEX3 inside
<TEXT> except a creation-time one. Matching is one-to-one: strict pairs need identical offsets;
relaxed pairs overlap, taken best overlap first. Value accuracy is the share of relaxed
matches whose normalised value equals the gold value (exact string, e.g. "2013-03-22",
"P1M", "2013-W11"); value F1 counts a relaxed match with the right value as a hit.
Baseline: dateparser's search_dates with RELATIVE_BASE=DCT; each found string is located in the
text left to right, and its value is the found date as "YYYY-MM-DD".
"""

from __future__ import annotations

import html
import re
import sys
import warnings
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from _common import (
    Timer,
    check_data,
    emit_json,
    extract_all,
    load_extractor,
    make_parser,
    match_one_to_one,
    n_errors,
    prf,
    print_table,
    round_floats,
)

TAG = re.compile(r"<[^>]*>|[^<]+")
ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass
class Timex:
    start: int
    end: int
    type: str
    value: str


@dataclass
class TmlDoc:
    name: str
    dct: str
    text: str
    timexes: list[Timex] = field(default_factory=list)


def read_tml(path: Path) -> TmlDoc:
    """Plain text of <TEXT> (tags removed, entities decoded) with the gold TIMEX3 offsets."""
    raw = path.read_text(encoding="utf-8")
    dct_m = re.search(r"<DCT>\s*<TIMEX3([^>]*)>", raw)
    dct = dict(ATTR.findall(dct_m.group(1)))["value"][:10] if dct_m else ""
    body = raw[raw.index("<TEXT>") + len("<TEXT>"): raw.index("</TEXT>")]
    doc = TmlDoc(path.stem, dct, "")
    pieces: list[str] = []
    pos = 0
    open_timex: list[tuple[int, dict[str, str]]] = []
    for tok in TAG.findall(body):
        if tok.startswith("<"):
            if tok.startswith("<TIMEX3"):
                open_timex.append((pos, dict(ATTR.findall(tok))))
            elif tok.startswith("</TIMEX3"):
                start, attrs = open_timex.pop()
                if attrs.get("functionInDocument") != "CREATION_TIME":
                    doc.timexes.append(Timex(start, pos, attrs.get("type", ""),
                                             attrs.get("value", "")))
            continue
        piece = html.unescape(tok)
        pieces.append(piece)
        pos += len(piece)
    doc.text = "".join(pieces)
    return doc


def baseline_dates(text: str, dct: str) -> list[Timex]:
    from dateparser.search import search_dates  # slow import: only when used

    base = datetime.fromisoformat(dct)
    found = search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
    out = []
    pos = 0
    for s, dt in found:
        i = text.find(s, pos)
        if i < 0:
            i = text.find(s)
        if i < 0:
            continue
        pos = i + len(s)
        out.append(Timex(i, i + len(s), "DATE", dt.date().isoformat()))
    return out


def ours_dates(rec: dict[str, Any]) -> list[Timex]:
    return [Timex(d["start"], d["end"], d["type"], d["value"]) for d in rec.get("dates", [])]


def score(gold: list[list[Timex]], pred: list[list[Timex]]) -> dict[str, Any]:
    n_gold = sum(map(len, gold))
    n_pred = sum(map(len, pred))
    strict = relaxed = value_ok = type_ok = 0
    for g, p in zip(gold, pred, strict=True):
        strict += len({(t.start, t.end) for t in g} & {(t.start, t.end) for t in p})
        pairs = match_one_to_one([(t.start, t.end) for t in g], [(t.start, t.end) for t in p])
        relaxed += len(pairs)
        value_ok += sum(g[gi].value.strip() == p[pi].value.strip() for gi, pi in pairs)
        type_ok += sum(g[gi].type == p[pi].type for gi, pi in pairs)
    return {
        "gold": n_gold, "pred": n_pred,
        "strict": prf(strict, n_pred, n_gold), "relaxed": prf(relaxed, n_pred, n_gold),
        "relaxed_matches": relaxed,
        "value_accuracy": value_ok / relaxed if relaxed else 0.0,
        "value": prf(value_ok, n_pred, n_gold),
        "type_accuracy": type_ok / relaxed if relaxed else 0.0,
    }


def main(argv: list[str] | None = None) -> int:
    ap = make_parser(__doc__.splitlines()[0])
    ap.add_argument("--set", default="te3-platinum",
                    help="folder under tempeval3/ with .tml files (default: te3-platinum)")
    args = ap.parse_args(argv)
    folder = check_data(args.data / "tempeval3" / args.set)
    paths = sorted(folder.rglob("*.tml"))[: args.limit]
    docs = [read_tml(p) for p in paths]
    gold = [d.timexes for d in docs]

    systems: dict[str, Any] = {}
    if not args.no_ours:
        ex = load_extractor(args.model)
        with Timer() as t:
            recs = extract_all(ex, [{"text": d.text, "id": d.name, "published": d.dct}
                                    for d in docs])
        systems["ours"] = {"name": "news-extractor (published=DCT)",
                           "scores": score(gold, [ours_dates(r) for r in recs]),
                           "seconds": t.seconds, "error_records": n_errors(recs)}
    with warnings.catch_warnings(), Timer() as t:
        warnings.simplefilter("ignore")
        preds = [baseline_dates(d.text, d.dct) for d in docs]
    systems["baseline"] = {"name": "dateparser.search.search_dates (RELATIVE_BASE=DCT)",
                           "scores": score(gold, preds), "seconds": t.seconds}

    result = {"benchmark": "tempeval3", "set": args.set, "docs": len(docs),
              "gold_timexes": sum(map(len, gold)), "systems": systems}
    if args.json:
        emit_json(round_floats(result))
        return 0
    print(f"TempEval-3 {args.set}: {len(docs)} docs, {result['gold_timexes']} gold TIMEX3 "
          "(DCT excluded); figures in %\n")
    names = list(systems)
    rows = []
    for label, key in (("strict extent", "strict"), ("relaxed extent", "relaxed"),
                       ("value (relaxed + equal value)", "value")):
        rows.append([label] + [systems[n]["scores"][key][m] for n in names
                               for m in ("p", "r", "f1")])
    header = ["measure"] + [f"{n} {m}" for n in names for m in ("P", "R", "F1")]
    print_table("TIMEX3 extents and values", header, rows)
    rows = [["predicted", *[systems[n]["scores"]["pred"] for n in names]],
            ["relaxed matches", *[systems[n]["scores"]["relaxed_matches"] for n in names]],
            ["value accuracy over relaxed matches",
             *[systems[n]["scores"]["value_accuracy"] for n in names]],
            ["type accuracy over relaxed matches",
             *[systems[n]["scores"]["type_accuracy"] for n in names]]]
    print_table("Counts and attribute accuracy", ["", *names], rows)
    print("  (the baseline types every match as DATE)")
    for n in names:
        print(f"  {n}: {systems[n]['name']} ({systems[n]['seconds']:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
