"""parkmetrics: figures of Chinese development-zone news as clean, traceable data and reports."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["extract", "__version__"]


def __getattr__(name: str):
    # Keep `import parkmetrics` light: pandas and OpenCC load on first use.
    if name == "extract":
        from .extract import extract

        return extract
    raise AttributeError(name)
