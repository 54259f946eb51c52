# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown]
# # Development-zone economy report
#
# A thin narrative over the `parkmetrics` package: every table and chart below is computed from the facts
# extracted from the pages in `corpus_dir`. Run it through `parkmetrics report` (papermill) or open it in
# JupyterLab with `make lab`.

# %% tags=["parameters"]
corpus_dir = "data/raw"
zones = []
period_start = ""
period_end = ""
lang = "en"
currency_display = "CNY"
output_dir = "reports/latest"
figures_dir = "figures"

# %%
from pathlib import Path

import pandas as pd
from IPython.display import HTML, Image, Markdown, display

from parkmetrics import analysis, charts
from parkmetrics.clean import read_exchange_rates
from parkmetrics.i18n import t
from parkmetrics.pipeline import load_or_build
from parkmetrics.reporting import fmt_table, source_line
from parkmetrics.settings import project_paths

paths = project_paths()
charts.use_report_style()
dataset = load_or_build(Path(corpus_dir) if Path(corpus_dir).is_absolute() else paths.root / corpus_dir, paths)
facts = analysis.select_facts(dataset.facts, zones, period_start, period_end)
rates = read_exchange_rates(paths.reference / "exchange_rates.csv")
figures = Path(figures_dir) if Path(figures_dir).is_absolute() else paths.root / figures_dir
selection = {"zones": ", ".join(zones) or t("all", lang),
             "period": f"{period_start or '…'} – {period_end or '…'}"}

display(Markdown(f"# {t('title', lang)}\n\n{t('subtitle', lang)}"))
if facts.empty:
    display(Markdown(t("nothing", lang, **selection)))

# %%
display(Markdown(f"## {t('corpus', lang)}"))
display(HTML(fmt_table(analysis.corpus_table(dataset.documents, dataset.zones, lang), lang,
                       columns={"doc_id": "documents", "newspaper": None, "published": "published",
                                "date_source": "date_source", "zone": "zone", "figures": "figures"})))

# %%
display(Markdown(f"## {t('levels', lang)}"))
levels = analysis.levels_table(facts, dataset.zones, lang)
display(HTML(fmt_table(levels, lang, columns={
    "zone": "zone", "subject": "subject", "indicator": "indicator", "period": "period", "kind": "kind",
    "amount": "amount_yi", "printed": "quote", "sources": "source"})))

# %%
display(Markdown(f"## {t('growth', lang)}"))
growth = analysis.growth_table(facts, dataset.zones, lang)
if growth.empty:
    display(Markdown(t("no_chart", lang)))
else:
    display(HTML(fmt_table(growth, lang, columns={
        "zone": "zone", "subject": "subject", "indicator": "indicator", "period": "period", "kind": "kind",
        "growth_pct": "value", "sources": "source"})))
    plot = growth.assign(label=growth["subject"] + " · " + growth["indicator"],
                         series=growth["period"] + " (" + growth["kind"] + ")")
    fig = charts.growth_dotplot(plot, title=t("growth_title", lang), axis_label=t("growth_axis", lang),
                                source=source_line(growth, lang))
    saved = charts.save(fig, figures, f"growth_rates_{lang}")
    display(Image(filename=str(saved["png"])))

# %%
display(Markdown(f"## {t('investment', lang)}"))
usd_rate = analysis.usd_rate_for(rates, int((period_end or "2100")[:4]) if period_end else 2020)
investment = analysis.investment_table(facts, dataset.zones, lang, currency_display, usd_rate)
if investment.empty:
    display(Markdown(t("no_chart", lang)))
else:
    display(HTML(fmt_table(investment, lang, columns={
        "zone": "zone", "subject": "subject", "indicator": "indicator", "stage": "stage", "kind": "kind",
        "period": "period", "amount": "amount", "printed": "quote", "sources": "source"})))
    top = investment.head(12)
    plot = top.assign(label=top["subject"] + " · " + top["indicator"] + " · " + top["period"].fillna("—"),
                      series=top["kind"])
    axis = t("investment_axis_usd" if currency_display == "USD" else "investment_axis_cny", lang)
    fig = charts.amount_bars(plot, title=t("investment_title", lang), axis_label=axis,
                             source=source_line(top, lang))
    saved = charts.save(fig, figures, f"investment_{lang}")
    display(Image(filename=str(saved["png"])))

# %%
display(Markdown(f"## {t('quality', lang)}"))
display(HTML(fmt_table(dataset.checks, lang, columns={"check": "check", "status": "status", "detail": "detail",
                                                      "sources": "source"})))
display(Markdown(f"### {t('overrides', lang)}"))
display(HTML(fmt_table(dataset.overrides_applied, lang, columns={
    "doc": "documents", "surface": "quote", "field": None, "old_value": None, "new_value": None, "reason": None})))

# %%
display(Markdown(f"## {t('sources', lang)}"))
used = pd.concat([growth["sources"] if not growth.empty else pd.Series(dtype=str), levels["sources"],
                  investment["sources"] if not investment.empty else pd.Series(dtype=str)])
display(HTML(fmt_table(analysis.sources_table(facts[facts["sources"].isin(set(used))]), lang, columns={
    "fact_id": None, "sources": "source", "surfaces": "value", "contexts": "quote"})))
