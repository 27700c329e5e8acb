"""Recognizers-Text English Number and NumberWithUnit specs: share of cases whose values we extract.

Each spec case is an input sentence with the expected results of Microsoft's recognizers. From
every result we take the expected number(s): the value, a percentage without its "%", or the
finite endpoints of a number range ("(20,35]" gives 20 and 35). For NumberWithUnit files the
unit must match too. A case is *solved* when every expected item is matched by a distinct
extracted quantity (values equal within relative tolerance 1e-6; units equal after the
normalisation below). Cases without expected results are scored apart: *quiet* when the system
extracts nothing there (for NumberWithUnit files: no quantity with a unit). Spans, bounds and
the recognizers' type names are not compared.

Unit normalisation (both sides): NFKC, case-folded, hyphens as spaces, metre/litre/gramme
spelled meter/liter/gram, plural words made singular (feet->foot, inches->inch, ...), then
aliases: C/degree Celsius->celsius, F->fahrenheit, degree angle->degree, dollar/$/USD/United
States dollar->us dollar, GBP/pound sterling->british pound, yen->japanese yen, yuan->chinese
yuan, pence->penny, lb/pound-mass->pound, metric ton->tonne, cubic centimeter/ml->milliliter,
kph->kilometer per hour, mph->mile per hour, ISO codes for common currencies. Any unit naming
Celsius/Fahrenheit/Kelvin counts as that scale. A one-word spec unit also matches a predicted
unit ending in that word ("Franc" matches "swiss franc", "Pound" matches "british pound"); the
spec's "Degree" (temperature) accepts degree, celsius or fahrenheit; its "Age" accepts any unit.

Ordinals are not quantities in our format, so the two Ordinal files are shown but left out of
the totals. The spec's NotSupported markers are ignored: every case counts.
"""

from __future__ import annotations

import json
import math
import re
import sys
import unicodedata
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from _common import (
    Timer,
    check_data,
    emit_json,
    extract_all,
    load_extractor,
    make_parser,
    n_errors,
    print_table,
    round_floats,
)

SPEC_DIRS = ("Number/English", "NumberWithUnit/English")
OUT_OF_SCOPE = {"OrdinalModel", "OrdinalModelSuppressExtendedTypes"}
REL_TOL = 1e-6

SPELLING = (("metre", "meter"), ("litre", "liter"), ("gramme", "gram"))
IRREGULAR = {"feet": "foot", "inches": "inch", "pennies": "penny", "pence": "penny",
             "lbs": "lb", "celsius": "celsius", "us": "us", "gas": "gas"}
ALIASES = {
    "c": "celsius", "f": "fahrenheit", "k": "kelvin",
    "degree angle": "degree", "deg": "degree",
    "dollar": "us dollar", "$": "us dollar", "usd": "us dollar", "us$": "us dollar",
    "united states dollar": "us dollar", "u.s. dollar": "us dollar",
    "united state dollar": "us dollar",  # what norm_unit makes of "United States dollar"
    "eur": "euro", "€": "euro",
    "gbp": "british pound", "pound sterling": "british pound", "sterling": "british pound",
    "£": "british pound",
    "jpy": "japanese yen", "yen": "japanese yen", "¥": "japanese yen",
    "cny": "chinese yuan", "yuan": "chinese yuan", "renminbi": "chinese yuan",
    "rmb": "chinese yuan",
    "cad": "canadian dollar", "aud": "australian dollar", "hkd": "hong kong dollar",
    "nzd": "new zealand dollar", "chf": "swiss franc", "inr": "indian rupee",
    "mxn": "mexican peso", "netherlands guilder": "dutch guilder",
    "pound mass": "pound", "lb": "pound",
    "metric ton": "tonne", "short ton": "ton",
    "cubic centimeter": "milliliter", "cc": "milliliter", "ml": "milliliter",
    "kph": "kilometer per hour", "km/h": "kilometer per hour", "mph": "mile per hour",
}
SCALES = ("celsius", "fahrenheit", "kelvin")


def _singular(w: str) -> str:
    if w in IRREGULAR:
        return IRREGULAR[w]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us")):
        return w[:-1]
    return w


def norm_unit(u: str) -> str:
    """Spelling- and number-insensitive unit name, before aliasing."""
    s = unicodedata.normalize("NFKC", u).casefold().replace("-", " ").replace("_", " ")
    for a, b in SPELLING:
        s = s.replace(a, b)
    return " ".join(_singular(w) for w in s.split())


def canon_unit(u: str) -> str:
    s = norm_unit(u)
    s = ALIASES.get(s, s)
    for scale in SCALES:
        if scale in s:
            return scale
    return s


def unit_match(spec: str | None, pred: str | None) -> bool:
    """Whether a predicted unit names the spec's unit (rules in the module docstring)."""
    if spec is None:
        return True
    if norm_unit(spec) == "age":
        return True
    if pred is None:
        return False
    cs, cp = canon_unit(spec), canon_unit(pred)
    if cs == cp:
        return True
    if cs == "degree" and cp in ("degree", *SCALES):
        return True
    bare = norm_unit(spec)
    return " " not in bare and cp.split()[-1] == bare


@dataclass
class Expected:
    value: float
    unit: str | None  # None: unit not checked


def _num(s: str) -> float | None:
    s = s.strip().rstrip("%").replace(",", "")
    try:
        v = float(s)
    except ValueError:
        return None
    return v if math.isfinite(v) else None


def expected_items(case: dict[str, Any], with_unit: bool) -> list[Expected]:
    out = []
    for r in case.get("Results") or []:
        res = r.get("Resolution") or {}
        raw = res.get("value")
        if raw is None:
            continue
        raw = str(raw)
        if r.get("TypeName") == "numberrange" or re.fullmatch(r"[\[(].*,.*[\])]", raw):
            values = [_num(x) for x in raw.strip("[]()").split(",") if x.strip()]
        else:
            values = [_num(raw)]
        unit = res.get("unit") if with_unit else None
        out.extend(Expected(v, unit) for v in values if v is not None)
    return out


def value_match(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=1e-12)


def count_found(expected: list[Expected], pred: list[tuple[float, str | None]]) -> int:
    """Expected items matched by distinct predictions (greedy in input order)."""
    used: set[int] = set()
    found = 0
    for e in expected:
        for i, (v, u) in enumerate(pred):
            if i not in used and value_match(e.value, v) and unit_match(e.unit, u):
                used.add(i)
                found += 1
                break
    return found


def ours_quantities(rec: dict[str, Any]) -> list[tuple[float, str | None]]:
    return [(float(q["value"]), q.get("unit")) for q in rec.get("quantities", [])]


def quantulum_quantities(text: str) -> list[tuple[float, str | None]]:
    from quantulum3 import parser  # slow import: only when used

    out = []
    for q in parser.parse(text):
        name = q.unit.name if q.unit is not None else None
        out.append((float(q.value), None if name in (None, "dimensionless") else name))
    return out


def score_file(cases: list[dict[str, Any]], with_unit: bool,
               preds: list[list[tuple[float, str | None]]]) -> dict[str, Any]:
    solved = scorable = found = n_exp = empty = quiet = 0
    for case, pred in zip(cases, preds, strict=True):
        exp = expected_items(case, with_unit)
        if not case.get("Results"):
            empty += 1
            relevant = [p for p in pred if p[1] is not None] if with_unit else pred
            quiet += not relevant
            continue
        if not exp:
            continue
        scorable += 1
        k = count_found(exp, pred)
        found += k
        n_exp += len(exp)
        solved += k == len(exp)
    return {
        "cases": scorable, "solved": solved, "solved_share": solved / scorable if scorable else 0.0,
        "expected": n_exp, "found": found, "found_share": found / n_exp if n_exp else 0.0,
        "empty_cases": empty, "quiet": quiet, "quiet_share": quiet / empty if empty else 0.0,
    }


def load_specs(root: Path) -> list[tuple[str, bool, list[dict[str, Any]]]]:
    files = []
    for d in SPEC_DIRS:
        for f in sorted((root / d).glob("*.json")):
            cases = json.loads(f.read_text(encoding="utf-8-sig"))
            files.append((f"{d.split('/')[0]}/{f.stem}", d.startswith("NumberWithUnit"), cases))
    return files


def totals(per_file: dict[str, dict[str, Any]], keys: list[str]) -> dict[str, Any]:
    t = {k: sum(per_file[f][k] for f in keys) for k in
         ("cases", "solved", "expected", "found", "empty_cases", "quiet")}
    t["solved_share"] = t["solved"] / t["cases"] if t["cases"] else 0.0
    t["found_share"] = t["found"] / t["expected"] if t["expected"] else 0.0
    t["quiet_share"] = t["quiet"] / t["empty_cases"] if t["empty_cases"] else 0.0
    return t


def main(argv: list[str] | None = None) -> int:
    ap = make_parser(__doc__.splitlines()[0])
    args = ap.parse_args(argv)
    root = check_data(args.data / "recognizers-specs")
    files = [(n, wu, cases[: args.limit]) for n, wu, cases in load_specs(root)]
    inputs = [c["Input"] for _, _, cases in files for c in cases]

    preds: dict[str, list[list[tuple[float, str | None]]]] = {}
    seconds: dict[str, float] = {}
    if not args.no_ours:
        ex = load_extractor(args.model)
        with Timer() as t:
            recs = extract_all(ex, inputs)
        preds["ours"] = [ours_quantities(r) for r in recs]
        seconds["ours"] = t.seconds
        errors = n_errors(recs)
    with warnings.catch_warnings(), Timer() as t:
        warnings.simplefilter("ignore")
        preds["baseline"] = [quantulum_quantities(s) for s in inputs]
    seconds["baseline"] = t.seconds

    systems: dict[str, Any] = {}
    for name, plist in preds.items():
        per_file: dict[str, Any] = {}
        i = 0
        for fname, with_unit, cases in files:
            per_file[fname] = score_file(cases, with_unit, plist[i: i + len(cases)])
            i += len(cases)
        in_scope = [f for f in per_file if f.split("/")[1] not in OUT_OF_SCOPE]
        systems[name] = {
            "files": per_file,
            "number_total": totals(per_file, [f for f in in_scope if f.startswith("Number/")]),
            "unit_total": totals(per_file, [f for f in in_scope if f.startswith("NumberWith")]),
            "total": totals(per_file, in_scope),
            "seconds": seconds[name],
        }
    systems["baseline"]["name"] = "quantulum3.parser.parse"
    if "ours" in systems:
        systems["ours"]["name"] = "news-extractor"
        systems["ours"]["error_records"] = errors
    result = {"benchmark": "recognizers-number", "systems": systems}
    if args.json:
        emit_json(round_floats(result))
        return 0

    names = list(systems)
    header = ["spec file", "cases"] + [f"{n} solved" for n in names] + \
        [f"{n} items" for n in names] + ["empty"] + [f"{n} quiet" for n in names]
    rows = []
    labels = [(f, f + (" *" if f.split("/")[1] in OUT_OF_SCOPE else ""))
              for f, _, _ in files]
    labels += [("number_total", "TOTAL Number"), ("unit_total", "TOTAL NumberWithUnit"),
               ("total", "TOTAL")]
    for key, label in labels:
        src = {n: systems[n]["files"].get(key) or systems[n][key] for n in names}
        first = src[names[0]]
        rows.append([label, first["cases"]] + [src[n]["solved_share"] for n in names]
                    + [src[n]["found_share"] for n in names] + [first["empty_cases"]]
                    + [src[n]["quiet_share"] for n in names])
    print("Recognizers-Text English specs: % of cases solved (all expected values, and units for"
          " NumberWithUnit),\n% of expected items found, and % of empty-result cases left quiet\n")
    print_table("Per spec file (* ordinals: out of scope, not in totals)", header, rows)
    for n in names:
        print(f"  {n}: {systems[n]['name']} ({systems[n]['seconds']:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
