"""Executed notebooks to a self-contained HTML report and a PDF, published atomically."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from datetime import datetime
from importlib import resources
from pathlib import Path

import nbformat
from bs4 import BeautifulSoup, Tag

CHROMIUM_CANDIDATES = ("chromium", "chromium-browser", "google-chrome")
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--disable-dev-shm-usage", "--no-pdf-header-footer", "--virtual-time-budget=10000"]


class ExportError(RuntimeError):
    pass


def report_css() -> str:
    return resources.files("parkmetrics.resources").joinpath("report.css").read_text("utf-8")


def to_html(notebooks: list[Path], html_path: Path, title: str, lang: str) -> Path:
    """One HTML page from executed notebooks: code hidden, images embedded, a table of contents."""
    from nbconvert import HTMLExporter

    from traitlets.config import Config

    config = Config()
    # Cells tagged remove_cell are notes for JupyterLab users, not part of the report.
    config.TagRemovePreprocessor.remove_cell_tags = {"remove_cell"}
    config.TagRemovePreprocessor.enabled = True
    exporter = HTMLExporter(config=config, template_name="lab", exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True, embed_images=True)
    bodies = []
    head: Tag | None = None
    for path in notebooks:
        notebook = nbformat.read(path, as_version=4)
        notebook.metadata["title"] = title
        exported, _ = exporter.from_notebook_node(notebook)
        soup = BeautifulSoup(exported, "html.parser")
        head = head or soup.head
        main = soup.find("main") or soup.body
        bodies.append(_tag(main, path).decode_contents())
    page = BeautifulSoup(f"<!DOCTYPE html><html lang='{'zh-CN' if lang == 'zh' else 'en'}'></html>",
                         "html.parser")
    root = _tag(page.html, html_path)
    root.append(head if head is not None else page.new_tag("head"))
    body = page.new_tag("body", attrs={"class": "jp-Notebook parkmetrics-report"})
    root.append(body)
    body.append(BeautifulSoup("".join(bodies), "html.parser"))
    _strip_remote(page)
    style = page.new_tag("style")
    style.string = report_css()
    _tag(page.head, html_path).append(style)
    _add_toc(page, lang)
    html_path.write_text(str(page), encoding="utf-8")
    return html_path


def _strip_remote(page: BeautifulSoup) -> None:
    """No scripts, fonts or styles fetched from the network: the report must open offline.

    The report is static, so every script goes (nbconvert's templates load MathJax,
    RequireJS and Mermaid from CDNs); linked resources outside the file go too.
    """
    for tag in page.find_all("script"):
        tag.decompose()
    for tag in page.find_all("link"):
        ref = str(tag.get("href") or "")
        if ref.startswith(("http:", "https:", "//")):
            tag.decompose()


def _tag(element: object, source: object) -> Tag:
    """``element`` as a tag; nbconvert's templates always produce these elements, so a miss is a bug."""
    if not isinstance(element, Tag):
        raise ExportError(f"{source}: exported HTML has no expected element")
    return element


def _add_toc(page: BeautifulSoup, lang: str) -> None:
    body = _tag(page.body, "report")
    headings = body.find_all(["h2"])
    if not headings:
        return
    nav = page.new_tag("nav", attrs={"class": "toc"})
    caption = page.new_tag("div", attrs={"class": "toc-title"})
    caption.string = "目录" if lang == "zh" else "Contents"
    nav.append(caption)
    items = page.new_tag("ol")
    for number, heading in enumerate(headings, start=1):
        anchor = heading.get("id") or f"section-{number}"
        heading["id"] = anchor
        for link in heading.find_all("a", attrs={"class": "anchor-link"}):
            link.decompose()
        item = page.new_tag("li")
        link = page.new_tag("a", href=f"#{anchor}")
        link.string = heading.get_text(strip=True)
        item.append(link)
        items.append(item)
    nav.append(items)
    first = body.find("h1")
    if first is not None:
        first.insert_after(nav)
    else:
        body.insert(0, nav)


def find_chromium() -> str:
    for name in CHROMIUM_CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    raise ExportError("Chromium is not installed: run `make setup` (Debian package chromium)")


def to_pdf(html_path: Path, pdf_path: Path, timeout: int = 180) -> Path:
    """Print the HTML with headless Chromium (it shapes Chinese text with the system CJK font)."""
    chromium = find_chromium()
    with tempfile.TemporaryDirectory(prefix="parkmetrics-chromium-") as profile:
        command = [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--print-to-pdf={pdf_path}",
                   html_path.resolve().as_uri()]
        try:
            result = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            raise ExportError(f"Chromium did not finish printing {html_path} within {timeout} s") from None
    if result.returncode != 0 or not pdf_path.exists() or pdf_path.stat().st_size == 0:
        raise ExportError(f"Chromium could not print {html_path}: {result.stderr.strip()[-500:]}")
    return pdf_path


def new_run_dir(reports: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%dT%H%M%S")
    run = reports / "runs" / stamp
    suffix = 1
    while run.exists():
        run = reports / "runs" / f"{stamp}-{suffix}"
        suffix += 1
    run.mkdir(parents=True)
    return run


def publish(run_dir: Path, reports: Path, keep: int = 5) -> Path:
    """Point reports/latest at a finished run in one atomic step; older runs beyond ``keep`` go."""
    latest = reports / "latest"
    if latest.exists() and not latest.is_symlink():
        shutil.rmtree(latest)  # a folder left by hand; the runs hold every report
    tmp_link = reports / f".latest-{os.getpid()}"
    if tmp_link.is_symlink() or tmp_link.exists():
        tmp_link.unlink()
    tmp_link.symlink_to(run_dir.relative_to(reports), target_is_directory=True)
    os.replace(tmp_link, latest)
    runs = sorted((reports / "runs").iterdir())
    for old in runs[:-keep]:
        if old.resolve() != run_dir.resolve():
            shutil.rmtree(old, ignore_errors=True)
    return latest
