"""Seconds of each stage of the default report: extraction and cleaning, notebook, HTML, PDF."""

from __future__ import annotations

import time

from parkmetrics.pipeline import build, save
from parkmetrics.report import make_report
from parkmetrics.settings import project_paths


def main() -> None:
    paths = project_paths()
    started = time.perf_counter()
    dataset = build(paths.raw, paths)
    save(dataset, paths.processed)
    extraction = time.perf_counter() - started
    started = time.perf_counter()
    result = make_report(paths, {})
    total_report = time.perf_counter() - started
    print(f"extraction+cleaning (build): {extraction:6.2f} s  ({len(dataset.documents)} documents, "
          f"{len(dataset.mentions)} mentions)")
    for stage in ("notebook", "html", "pdf"):
        print(f"{stage:28s} {result.seconds[stage]:6.2f} s")
    print(f"{'report total':28s} {total_report:6.2f} s")
    print(f"{'whole (build + report)':28s} {extraction + total_report:6.2f} s")


if __name__ == "__main__":
    main()
