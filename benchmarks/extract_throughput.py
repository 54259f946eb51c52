"""Extraction throughput on the seed pages repeated to at least 50 MB, against a bare digit scan.

Prints characters and mentions per second, peak memory (resident set size of a fresh process)
and the ratio to a bare `re.finditer(r"\\d+")` over the same text in the same run. Documents are
streamed one at a time, so memory should not grow with corpus size: each size runs in its own
process, so their peaks can be compared.
"""

from __future__ import annotations

import argparse
import re
import time
import json
import resource
import subprocess
import sys
from datetime import date
from pathlib import Path

from parkmetrics.corpus import Document
from parkmetrics.extract import extract_document

ROOT = Path(__file__).resolve().parents[1]


def seed_documents() -> list[Document]:
    docs = []
    for path in sorted((ROOT / "data" / "raw").glob("*.txt")):
        docs.append(Document(path.stem, path.name, path, path.read_text("utf-8"), date(2020, 6, 1), "bench",
                             None, "", None))
    return docs


def stream(docs: list[Document], target_chars: int):
    produced = 0
    while produced < target_chars:
        for doc in docs:
            yield doc
            produced += len(doc.text)
            if produced >= target_chars:
                return


def run(target_mb: float) -> dict[str, float]:
    docs = seed_documents()
    target = int(target_mb * 1_000_000)
    digits = re.compile(r"\d+")
    started = time.perf_counter()
    chars = 0
    for doc in stream(docs, target):
        for _ in digits.finditer(doc.text):
            pass
        chars += len(doc.text)
    bare_seconds = time.perf_counter() - started
    started = time.perf_counter()
    mentions = 0
    for doc in stream(docs, target):
        mentions += len(extract_document(doc))
    seconds = time.perf_counter() - started
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"chars": chars, "mentions": mentions, "seconds": seconds, "bare_seconds": bare_seconds,
            "peak_mb": peak_kb / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=50.0, help="corpus size in millions of characters")
    parser.add_argument("--repeat", type=int, default=3, help="runs per size; the fastest is reported "
                        "(the machine is shared, so slower runs measure the neighbours)")
    parser.add_argument("--one", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run(args.one)))
        return
    for label, size in (("1/10 size", args.mb / 10), ("full size", args.mb)):
        runs = [json.loads(subprocess.run([sys.executable, __file__, "--one", str(size)], capture_output=True,
                                          text=True, check=True).stdout) for _ in range(args.repeat)]
        r = min(runs, key=lambda run: run["seconds"])
        r["bare_seconds"] = min(run["bare_seconds"] for run in runs)
        print(f"{label}: {r['chars']:,} chars, {r['mentions']:,} mentions in {r['seconds']:.2f} s -> "
              f"{r['chars'] / r['seconds']:,.0f} chars/s, {r['mentions'] / r['seconds']:,.0f} mentions/s, "
              f"peak RSS {r['peak_mb']:.0f} MB")
        print(f"{label}: bare re.finditer(r'\\d+') {r['chars'] / r['bare_seconds']:,.0f} chars/s; "
              f"extraction is {r['seconds'] / r['bare_seconds']:.1f}x slower than the bare scan")


if __name__ == "__main__":
    main()
