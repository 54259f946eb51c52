"""Charts of the report. They draw the tables they are given and compute nothing of economics."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import seaborn as sns  # noqa: E402
from matplotlib import font_manager  # noqa: E402
from matplotlib.container import BarContainer  # noqa: E402

CJK_FONT = "Noto Sans CJK SC"
# Okabe-Ito: distinguishable with the common colour-vision deficiencies.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"]


class FontMissingError(RuntimeError):
    pass


def use_report_style() -> None:
    """Matplotlib style of the report; names the CJK family so Chinese never falls back to boxes."""
    names = {f.name for f in font_manager.fontManager.ttflist}
    if CJK_FONT not in names:
        # The font may have been installed after matplotlib cached its font list.
        font_manager.fontManager = font_manager._load_fontmanager(  # type: ignore[attr-defined]
            try_read_cache=False)
        names = {f.name for f in font_manager.fontManager.ttflist}
    if CJK_FONT not in names:
        raise FontMissingError(f"font '{CJK_FONT}' is not installed: run `make setup` "
                               "(Debian package fonts-noto-cjk)")
    sns.set_theme(style="whitegrid", palette=PALETTE)
    plt.rcParams.update({
        "font.family": "sans-serif",
        "font.sans-serif": [CJK_FONT, "DejaVu Sans"],
        "axes.unicode_minus": False,
        "figure.dpi": 110,
        "savefig.dpi": 160,
        "axes.titleweight": "bold",
        "axes.titlesize": 13,
    })


def _source_line(fig, text: str) -> None:
    fig.text(0.01, 0.005, text, ha="left", va="bottom", fontsize=8, color="#555555", wrap=True)


def save(fig, folder: Path, name: str) -> dict[str, Path]:
    """PNG (embedded in the report) and SVG, with stable names."""
    folder.mkdir(parents=True, exist_ok=True)
    out = {"png": folder / f"{name}.png", "svg": folder / f"{name}.svg"}
    fig.savefig(out["png"], bbox_inches="tight")
    fig.savefig(out["svg"], bbox_inches="tight")
    plt.close(fig)
    return out


def growth_dotplot(table: pd.DataFrame, *, title: str, axis_label: str, source: str,
                   label_column: str = "label", value_column: str = "growth_pct", hue_column: str = "series"):
    """One row per indicator, one marker per period or zone; values labelled."""
    height = max(2.6, 0.5 * table[label_column].nunique() + 1.6)
    fig, ax = plt.subplots(figsize=(8.5, height))
    sns.stripplot(data=table, y=label_column, x=value_column, hue=hue_column, ax=ax, size=10, jitter=False,
                  dodge=False, palette=PALETTE[: max(1, table[hue_column].nunique())], edgecolor="white",
                  linewidth=0.8)
    ax.axvline(0, color="#333333", linewidth=0.8)
    for _, row in table.iterrows():
        ax.annotate(f"{row[value_column]:+.1f}%", (row[value_column], row[label_column]),
                    textcoords="offset points", xytext=(7, 5), fontsize=8)
    ax.set_xlabel(axis_label)
    ax.set_ylabel("")
    ax.set_title(title, loc="left")
    ax.set_xlim(min(0, table[value_column].min() * 1.15), table[value_column].max() * 1.15)
    ax.legend(title="", loc="upper center", bbox_to_anchor=(0.5, -0.18), ncol=3, fontsize=8, frameon=False)
    _source_line(fig, source)
    fig.tight_layout(rect=(0, 0.04, 1, 1))
    return fig


def amount_bars(table: pd.DataFrame, *, title: str, axis_label: str, source: str,
                label_column: str = "label", value_column: str = "amount", hue_column: str = "series"):
    """Horizontal bars of amounts, largest first, values labelled."""
    height = max(2.6, 0.42 * len(table) + 1.6)
    fig, ax = plt.subplots(figsize=(8.5, height))
    sns.barplot(data=table, y=label_column, x=value_column, hue=hue_column, ax=ax, dodge=False, errorbar=None,
                palette=PALETTE[: max(1, table[hue_column].nunique())])
    for container in ax.containers:
        if isinstance(container, BarContainer):
            ax.bar_label(container, fmt="%.1f", fontsize=8, padding=3)
    ax.set_xlabel(axis_label)
    ax.set_ylabel("")
    ax.set_title(title, loc="left")
    ax.legend(title="", loc="lower right", fontsize=8, frameon=True)
    _source_line(fig, source)
    fig.tight_layout(rect=(0, 0.04, 1, 1))
    return fig


def stage_bars(table: pd.DataFrame, *, title: str, axis_label: str, source: str, stage_order: list[str],
               value_column: str = "projects", hue_column: str = "series"):
    """Projects at each stage of the investment pipeline, one bar group per stage."""
    fig, ax = plt.subplots(figsize=(8.5, 3.6))
    sns.barplot(data=table, x="stage", y=value_column, hue=hue_column, order=stage_order, ax=ax, errorbar=None,
                palette=PALETTE[: max(1, table[hue_column].nunique())])
    for container in ax.containers:
        if isinstance(container, BarContainer):
            ax.bar_label(container, fmt="%g", fontsize=8, padding=2)
    ax.set_xlabel("")
    ax.set_ylabel(axis_label)
    ax.set_title(title, loc="left")
    ax.legend(title="", fontsize=8, frameon=True)
    _source_line(fig, source)
    fig.tight_layout(rect=(0, 0.05, 1, 1))
    return fig


def target_bars(table: pd.DataFrame, *, title: str, axis_label: str, source: str, latest_label: str,
                target_label: str, note_column: str = "note"):
    """Latest level against the stated target, with the growth a year it takes written beside."""
    fig, ax = plt.subplots(figsize=(8.5, max(2.4, 0.9 * len(table) + 1.4)))
    y = range(len(table))
    latest = ax.barh([i + 0.2 for i in y], table["latest"], height=0.38, color=PALETTE[0], label=latest_label)
    target = ax.barh([i - 0.2 for i in y], table["target"], height=0.38, color=PALETTE[1], label=target_label)
    ax.bar_label(latest, labels=list(table["latest_text"]), fontsize=8, padding=3)
    ax.bar_label(target, labels=[f"{a}  ({b})" for a, b in zip(table["target_text"], table[note_column])],
                 fontsize=8, padding=3)
    ax.set_yticks(list(y), table["label"])
    ax.set_xlabel(axis_label)
    ax.set_title(title, loc="left")
    ax.legend(fontsize=8, loc="upper right", frameon=True)
    ax.set_xlim(0, table["target"].max() * 1.6)
    _source_line(fig, source)
    fig.tight_layout(rect=(0, 0.05, 1, 1))
    return fig
