"""Throughput and memory: what the extraction costs beyond the spaCy model itself.

Input: the articles under ``<data>/articles`` (``*.txt``, recursively), repeated in turn until
there are at least ``--articles`` of them (default 500). Three measurements, all in one run:

1. **In one process**: the bare model (``nlp.pipe`` over the same pipeline the Extractor loads,
   with our ``news_*`` components switched off) and the full extractor (``extract_texts``:
   ingest, model, our components, record building) on the same texts. The two run in
   interleaved rounds of ``--round`` articles, alternating which goes first, so that a change
   in machine load hits both alike; the ratio full/bare is the figure that matters.
2. **Workers**: the real ``extract`` command (``extractor.cli.main``) in a subprocess on a
   temporary folder of the articles, ``--workers 1`` and then ``--workers 2``; wall-clock time,
   model loading included.
3. **Memory**: peak RSS of separate subprocesses (``VmHWM``, which each one reports for its own
   address space, so no two runs share a high-water mark): the bare model on ``--articles``
   texts, and ``extract --workers 1`` on ``--articles`` and on ``--big`` (default 5,000) files.
   Flat means the extractor streams.

The load average is printed before and after: other processes on the machine slow everything,
and the in-process ratio is the figure least disturbed by them. ``--quick`` is a smoke run.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
from argparse import SUPPRESS
from collections.abc import Iterator
from itertools import cycle, islice
from pathlib import Path
from typing import Any

from _common import REPO_ROOT, check_data, emit_json, make_parser, print_table, round_floats

_NUMBER = re.compile(r"\b\d{1,6}\b")
OUR_PIPES = ("news_entities", "news_quantities", "news_dates", "news_attributions", "news_claims")


def article_paths(data: Path) -> list[Path]:
    folder = check_data(data / "articles")
    paths = sorted(p for p in folder.rglob("*.txt") if p.is_file())
    if not paths:
        sys.exit(f"error: no *.txt articles under {folder}")
    return paths


def repeated(texts: list[str], n: int) -> list[str]:
    """At least ``n`` texts (whole passes over the articles, never a partial last pass)."""
    passes = max(1, -(-n // len(texts)))
    return texts * passes


def load_extractor(model: str | None) -> Any:
    if str(REPO_ROOT) not in sys.path:
        sys.path.insert(0, str(REPO_ROOT))
    from extractor import Extractor

    return Extractor(model=model)


# -- 1. in one process --------------------------------------------------------------------------
def in_process(texts: list[str], model: str | None, round_size: int) -> dict[str, Any]:
    ex = load_extractor(model)
    nlp = ex.nlp
    ours = [p for p in OUR_PIPES if p in nlp.pipe_names]
    tokens = sum(len(nlp.make_doc(t)) for t in texts)

    def bare(chunk: list[str]) -> None:
        with nlp.select_pipes(disable=ours):
            for _ in nlp.pipe(chunk, batch_size=ex.batch_size):
                pass

    def full(chunk: list[str]) -> None:
        for _ in ex.extract_texts(chunk):
            pass

    warm = texts[: min(len(texts), ex.batch_size)]
    bare(warm)
    full(warm)  # lexicons, quantulum3's classifier and dateparser load on first use
    seconds = {"bare": 0.0, "full": 0.0}
    for n, start in enumerate(range(0, len(texts), round_size)):
        chunk = texts[start : start + round_size]
        order = (("bare", bare), ("full", full)) if n % 2 == 0 else (("full", full), ("bare", bare))
        for name, fn in order:
            t0 = time.perf_counter()
            fn(chunk)
            seconds[name] += time.perf_counter() - t0
    out: dict[str, Any] = {"articles": len(texts), "tokens": tokens}
    for name, s in seconds.items():
        out[name] = {"seconds": s, "articles_per_s": len(texts) / s, "tokens_per_s": tokens / s}
    out["ratio_full_over_bare"] = out["full"]["articles_per_s"] / out["bare"]["articles_per_s"]
    return out


# -- 1b. cost of each stage ------------------------------------------------------------------------
def stage_costs(texts: list[str], model: str | None, n: int) -> dict[str, Any]:
    """Milliseconds per article for ingest, the model, each of our components and the record.

    The components run one by one on docs the model has already made, each timed on its own; a
    profiler would inflate the Python-heavy stages against the compiled model.
    """
    from extractor.build import build_record
    from extractor.pipeline import text_item

    ex = load_extractor(model)
    ex.warm_up()
    nlp = ex.nlp
    ours = [p for p in OUR_PIPES if p in nlp.pipe_names]
    chunk = texts[:n]
    ms: dict[str, float] = dict.fromkeys(["ingest", "model", *ours, "record"], 0.0)
    with nlp.memory_zone():
        t0 = time.perf_counter()
        items = [text_item(t) for t in chunk]
        docs = [ex._doc(a) for a in items]
        ms["ingest"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        with nlp.select_pipes(disable=ours):
            docs = list(nlp.pipe(docs, batch_size=ex.batch_size))
        ms["model"] = time.perf_counter() - t0
        for item, doc in zip(items, docs, strict=True):
            for name in ours:
                t0 = time.perf_counter()
                doc = nlp.get_pipe(name)(doc)
                ms[name] += time.perf_counter() - t0
            t0 = time.perf_counter()
            build_record(doc, item, ex.model, ex.extracted_at)
            ms["record"] += time.perf_counter() - t0
    return {"articles": len(chunk), "ms_per_article": {k: 1000 * v / len(chunk) for k, v in ms.items()}}


# -- subprocess runs ------------------------------------------------------------------------------
# The extract command, run through a wrapper that reports the peak RSS of its own address space
# (VmHWM). A child's ru_maxrss would start at this process's size: Linux carries the forking
# process's high-water mark over exec into the child's.
_WRAPPER = """
import resource, sys

def vm_hwm_kb():
    with open("/proc/self/status", encoding="ascii") as handle:
        return next(int(line.split()[1]) for line in handle if line.startswith("VmHWM:"))

sys.argv = ["extractor", *sys.argv[1:]]
code = 0
try:
    from extractor.cli import main
    main()
except SystemExit as exc:
    code = exc.code or 0
print("PEAK_KB", vm_hwm_kb(), resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)
sys.exit(code)
"""


def vm_hwm_kb() -> int:
    """Peak resident set of this process since its exec, in KB (Linux)."""
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def run_child(cmd: list[str]) -> dict[str, Any]:
    """Wall seconds and peak RSS (MB) of one subprocess; ``PEAK_KB main workers`` on its stderr."""
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=REPO_ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        sys.exit(f"error: {' '.join(cmd)} exited with {proc.returncode}:\n{proc.stderr[-2000:]}")
    peaks = [line.split()[1:] for line in proc.stderr.splitlines() if line.startswith("PEAK_KB ")]
    main_kb, workers_kb = (int(peaks[-1][0]), int(peaks[-1][1])) if peaks else (0, 0)
    return {"seconds": seconds, "peak_rss_mb": main_kb / 1024, "worker_peak_rss_mb": workers_kb / 1024,
            "stdout": proc.stdout}


def make_folder(root: Path, paths: list[Path], n: int) -> Path:
    """A folder of ``n`` article files: the articles in turn, each copy with its own name.

    From the second pass on, every number in a copy is raised by the pass number, so that
    later copies bring new words (as a real stream does) and spaCy's vocabulary would grow
    if nothing freed it.
    """
    folder = root / f"articles-{n}"
    folder.mkdir()
    for i, src in enumerate(islice(cycle(paths), n)):
        k = i // len(paths)
        text = src.read_text(encoding="utf-8")
        if k:
            text = _NUMBER.sub(lambda m, k=k: str(int(m.group()) + k), text)
        (folder / f"{i:05d}_{src.name}").write_text(text, encoding="utf-8")
    return folder


def extract_cmd(folder: Path, out: Path, workers: int, model: str | None) -> list[str]:
    cmd = [sys.executable, "-c", _WRAPPER, "extract", str(folder), "-q", "-o", str(out), "--workers", str(workers)]
    return cmd + (["--model", model] if model else [])


def bare_child(n: int, data: Path, model: str | None) -> None:
    """Child process: the bare model over ``n`` articles, streamed; prints tokens."""
    if str(REPO_ROOT) not in sys.path:
        sys.path.insert(0, str(REPO_ROOT))
    from extractor.pipeline import load_model

    nlp = load_model(model)
    texts = [p.read_text(encoding="utf-8") for p in article_paths(data)]
    stream: Iterator[str] = islice(cycle(texts), n)
    tokens = sum(len(doc) for doc in nlp.pipe(stream, batch_size=16))
    print(json.dumps({"tokens": tokens}))
    print("PEAK_KB", vm_hwm_kb(), 0, file=sys.stderr)


# -- report -----------------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    ap = make_parser(__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=500, help="articles per measurement (default 500)")
    ap.add_argument("--big", type=int, default=5000, help="articles for the memory run (default 5000)")
    ap.add_argument("--round", type=int, default=32, help="articles per interleaved round (default 32)")
    ap.add_argument("--quick", action="store_true",
                    help="smoke run: one pass over the articles, memory at one and two passes")
    ap.add_argument("--stage-articles", type=int, default=138, help="articles for the per-stage costs (default 138)")
    ap.add_argument("--skip", action="append", default=[], choices=["inproc", "stages", "workers", "memory"],
                    help="leave out a section (repeatable)")
    ap.add_argument("--child-bare", type=int, default=None, help=SUPPRESS)
    args = ap.parse_args(argv)
    if args.child_bare is not None:
        bare_child(args.child_bare, args.data, args.model)
        return 0
    paths = article_paths(args.data)
    if args.quick:
        args.articles, args.big, args.round = 1, 2 * len(paths), 16
    if args.limit:
        args.articles = args.limit
    texts = repeated([p.read_text(encoding="utf-8") for p in paths], args.articles)
    n = len(texts)
    result: dict[str, Any] = {"benchmark": "throughput", "articles_found": len(paths), "articles": n,
                              "big": args.big, "cpus": os.cpu_count(), "load_before": os.getloadavg()}

    if "inproc" not in args.skip:
        result["in_process"] = in_process(texts, args.model, args.round)
    if "stages" not in args.skip:
        result["stages"] = stage_costs(texts, args.model, args.stage_articles)
    tokens = result.get("in_process", {}).get("tokens")

    with tempfile.TemporaryDirectory(prefix="throughput-") as tmp:
        root = Path(tmp)
        folder = make_folder(root, paths, n)
        if "workers" not in args.skip:
            runs = {}
            for w in (1, 2):
                r = run_child(extract_cmd(folder, root / f"w{w}.jsonl", w, args.model))
                lines = sum(1 for _ in (root / f"w{w}.jsonl").open(encoding="utf-8"))
                runs[w] = {"seconds": r["seconds"], "articles_per_s": n / r["seconds"],
                           "peak_rss_mb": r["peak_rss_mb"], "worker_peak_rss_mb": r["worker_peak_rss_mb"],
                           "records": lines}
            one, two = ((root / f"w{w}.jsonl").read_text(encoding="utf-8").splitlines() for w in (1, 2))
            same = one == two
            differing = [json.loads(a).get("doc_id") for a, b in zip(one, two, strict=False) if a != b]
            result["workers"] = {"1": runs[1], "2": runs[2], "speedup": runs[1]["seconds"] / runs[2]["seconds"],
                                 "identical_output": same, "differing_doc_ids": differing[:20]}
        if "memory" not in args.skip:
            bare = run_child([sys.executable, str(Path(__file__).resolve()), "--child-bare", str(n),
                              "--data", str(args.data)] + (["--model", args.model] if args.model else []))
            tokens = tokens or json.loads(bare["stdout"])["tokens"]
            small = result.get("workers", {}).get("1") or run_child(
                extract_cmd(folder, root / "m-small.jsonl", 1, args.model))
            big_folder = make_folder(root, paths, args.big)
            big = run_child(extract_cmd(big_folder, root / "m-big.jsonl", 1, args.model))
            result["memory"] = {
                "bare_model": {"articles": n, "peak_rss_mb": bare["peak_rss_mb"], "seconds": bare["seconds"]},
                "extract_small": {"articles": n, "peak_rss_mb": small["peak_rss_mb"], "seconds": small["seconds"]},
                "extract_big": {"articles": args.big, "peak_rss_mb": big["peak_rss_mb"], "seconds": big["seconds"]},
                "growth_mb": big["peak_rss_mb"] - small["peak_rss_mb"],
            }
    result["tokens"] = tokens
    result["load_after"] = os.getloadavg()

    if args.json:
        emit_json(round_floats(result, 3))
    else:
        report(result)
    return 0



def report(r: dict[str, Any]) -> None:
    print(f"{r['articles']} articles ({r['articles_found']} distinct, repeated), {r['cpus']} CPUs, "
          f"load average before {r['load_before'][0]:.2f}, after {r['load_after'][0]:.2f}\n")
    ip = r.get("in_process")
    if ip:
        rows = [[name, f"{ip[key]['articles_per_s']:.2f}", f"{ip[key]['tokens_per_s']:.0f}",
                 f"{ip[key]['seconds']:.1f}"]
                for name, key in (("bare model (nlp.pipe)", "bare"), ("full extractor", "full"))]
        print_table(f"In one process, interleaved rounds ({ip['tokens']:,} tokens)",
                    ["pipeline", "articles/s", "tokens/s", "seconds"], rows)
        print(f"  ratio full/bare: {ip['ratio_full_over_bare']:.2f}\n")
    st = r.get("stages")
    if st:
        costs = st["ms_per_article"]
        ours = sum(v for k, v in costs.items() if k.startswith("news_"))
        rows = [[k, f"{v:.1f}"] for k, v in costs.items()] + [["our components together", f"{ours:.1f}"]]
        print_table(f"Cost of each stage, one after another ({st['articles']} articles)",
                    ["stage", "ms/article"], rows)
        print()
    wk = r.get("workers")
    if wk:
        rows = [[f"--workers {w}", f"{wk[w]['articles_per_s']:.2f}", f"{wk[w]['seconds']:.1f}",
                 f"{wk[w]['peak_rss_mb']:.0f}", f"{wk[w]['worker_peak_rss_mb']:.0f}" if w != "1" else "-",
                 wk[w]["records"]] for w in ("1", "2")]
        print_table("extract command in a subprocess (wall clock, model loading included)",
                    ["run", "articles/s", "seconds", "peak RSS MB main", "largest worker", "records"], rows)
        print(f"  speedup --workers 2 / --workers 1: {wk['speedup']:.2f}x; "
              f"identical output: {wk['identical_output']}"
              + (f" (differing: {', '.join(map(str, wk['differing_doc_ids']))})" if wk["differing_doc_ids"] else "")
              + "\n")
    mem = r.get("memory")
    if mem:
        rows = [[label, mem[key]["articles"], f"{mem[key]['peak_rss_mb']:.0f}", f"{mem[key]['seconds']:.1f}"]
                for label, key in (("bare model, nlp.pipe", "bare_model"),
                                   ("extract --workers 1", "extract_small"),
                                   ("extract --workers 1", "extract_big"))]
        print_table("Peak RSS, each run its own subprocess", ["run", "articles", "peak RSS MB", "seconds"], rows)
        print(f"  growth from {mem['extract_small']['articles']} to {mem['extract_big']['articles']} articles: "
              f"{mem['growth_mb']:+.0f} MB\n")


if __name__ == "__main__":
    sys.exit(main())
