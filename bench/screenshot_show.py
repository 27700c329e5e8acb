"""Screenshot of an ``extractor show`` page in headless Chromium, to look at it as a reader would.

    apt-get install -y chromium
    python bench/screenshot_show.py corpus/000_f906829c3a93a056.txt -o show.png      # runs the pipeline
    python bench/screenshot_show.py --records records.jsonl --doc-id 12_2ecbplus -o show.png
    python bench/screenshot_show.py page.html -o show.png --attr A3 --height 2400    # an existing page

``--attr A3`` opens the page at ``#attr=A3``, which draws that attribution's
source -> cue -> content arrows. Nothing is fetched: the page is self-contained
and Chromium runs with networking features off.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars"]


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _run(args: list[str], timeout: float) -> subprocess.CompletedProcess[str]:
    chromium = find_chromium()
    if chromium is None:
        raise FileNotFoundError("chromium not found (apt-get install -y chromium)")
    with tempfile.TemporaryDirectory(prefix="news-show-chromium-") as profile:
        return subprocess.run([chromium, *FLAGS, f"--user-data-dir={profile}", *args],
                              capture_output=True, text=True, timeout=timeout, check=False)


def screenshot(page: Path, png: Path, width: int = 1400, height: int = 1800, fragment: str = "",
               timeout: float = 120) -> Path:
    """Write a PNG of ``page`` (an HTML file) as Chromium shows it at width x height."""
    url = page.resolve().as_uri() + (f"#{fragment}" if fragment else "")
    png = png.resolve()
    png.unlink(missing_ok=True)
    done = _run([f"--window-size={width},{height}", "--virtual-time-budget=2000", f"--screenshot={png}", url],
                timeout)
    if not png.is_file():
        raise RuntimeError(f"chromium wrote no screenshot (exit {done.returncode}): {done.stderr[-2000:]}")
    return png


def dump_dom(page: Path, timeout: float = 120) -> str:
    """The DOM after the page's script ran (``--dump-dom``)."""
    done = _run(["--virtual-time-budget=2000", "--dump-dom", page.resolve().as_uri()], timeout)
    return done.stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("input", nargs="?", help="an article (.txt), or a page (.html) to shoot as it is")
    parser.add_argument("--records", help="records file: show these instead of running the pipeline")
    parser.add_argument("--doc-id", action="append", default=[], help="only this record (repeatable)")
    parser.add_argument("--corpus", help="folder of the articles")
    parser.add_argument("-o", "--output", default="show.png")
    parser.add_argument("--attr", default="", help="draw the arrows of this attribution, e.g. A3")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=1800)
    args = parser.parse_args(argv)
    if find_chromium() is None:
        print("chromium not found: apt-get install -y chromium", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="news-show-") as tmp:
        if args.input and args.input.endswith(".html"):
            page = Path(args.input)
        else:
            from click.testing import CliRunner

            from extractor.cli import main as cli

            page = Path(tmp) / "page.html"
            cmd = ["show", *([args.input] if args.input else []), "-o", str(page)]
            if args.records:
                cmd += ["--records", args.records]
            if args.corpus:
                cmd += ["--corpus", args.corpus]
            for doc_id in args.doc_id:
                cmd += ["--doc-id", doc_id]
            result = CliRunner().invoke(cli, cmd)
            if result.exit_code != 0:
                print(result.output, file=sys.stderr)
                return result.exit_code
        png = screenshot(page, Path(args.output), args.width, args.height,
                         fragment=f"attr={args.attr}" if args.attr else "")
    print(png)
    return 0


if __name__ == "__main__":
    sys.exit(main())
