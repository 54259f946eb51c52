# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown] tags=["remove_cell"]
# # Development-zone economy report
#
# A thin narrative over the `parkmetrics` package: every sentence, table and chart below is computed from the
# facts extracted from the pages in `corpus_dir`. Run it with `parkmetrics report` (papermill) or open it in
# JupyterLab with `make lab`; change the parameters in the next cell.

# %% tags=["parameters"]
corpus_dir = "data/raw"
zones = []
period_start = ""
period_end = ""
lang = "en"
currency_display = "CNY"
output_dir = "reports/interactive"  # `parkmetrics report` sets this to the run folder
figures_dir = "figures"

# %%
from pathlib import Path

from IPython.display import HTML, Image, Markdown, display

from parkmetrics import analysis, charts
from parkmetrics.clean import read_exchange_rates
from parkmetrics.findings import key_findings
from parkmetrics.i18n import kind_label, period_label, stage_label, t
from parkmetrics.pipeline import load_or_build
from parkmetrics.reporting import fmt_table, short_sources, source_line
from parkmetrics.settings import project_paths

paths = project_paths()
charts.use_report_style()
corpus = Path(corpus_dir) if Path(corpus_dir).is_absolute() else paths.root / corpus_dir
dataset = load_or_build(corpus, paths)
facts = analysis.select_facts(dataset.facts, zones, period_start, period_end)
mentions = analysis.select_facts(dataset.mentions, zones, period_start, period_end)
rates = read_exchange_rates(paths.reference / "exchange_rates.csv")
amount_label = "investment_axis_usd" if currency_display == "USD" else "investment_axis_cny"
figures = Path(figures_dir) if Path(figures_dir).is_absolute() else paths.root / figures_dir
selection = {"zones": ", ".join(zones) or t("all", lang), "period": f"{period_start or '…'} – {period_end or '…'}"}


def show_chart(fig, name: str) -> None:
    saved = charts.save(fig, figures, f"{name}_{lang}")
    display(Image(filename=str(saved["png"])))


display(Markdown(f"# {t('title', lang)}\n\n{t('subtitle', lang)}"))
if facts.empty:
    display(Markdown(t("nothing", lang, **selection)))

# %%
display(Markdown(f"## {t('summary', lang)}"))
findings = key_findings(facts, analysis.select_by_documents(dataset.checks, set(mentions["doc_id"])),
                        dataset.zones, lang)
if findings:
    display(Markdown("\n".join(f"- {f.text}" + (f" <span class='note'>[{short_sources(f.sources)}]</span>"
                                                 if f.sources else "") for f in findings)
                     + f"\n\n<p class='note'>{t('findings_note', lang)}</p>"))
else:
    display(Markdown(t("nothing", lang, **selection)))

# %%
display(Markdown(f"## {t('corpus', lang)}"))
display(Markdown(t("corpus_note", lang, docs=mentions["doc_id"].nunique(), figures=len(mentions), facts=len(facts))))
display(HTML(fmt_table(analysis.corpus_table(dataset.documents, dataset.zones, lang, set(mentions["doc_id"])), lang, columns={
    "doc_id": "documents", "newspaper": "newspaper", "published": "published", "date_source": "date_source",
    "zone": "zone", "figures": "figures"})))

# %%
display(Markdown(f"## {t('growth', lang)}"))
growth = analysis.growth_table(facts, dataset.zones, lang)
if growth.empty:
    display(Markdown(t("no_chart", lang)))
else:
    plot = growth.assign(label=growth["subject"] + " · " + growth["indicator"],
                         series=[f"{period_label(p, lang)} ({k})" for p, k in zip(growth["period"], growth["kind"])])
    title = analysis.growth_title(growth, lang)
    show_chart(charts.growth_dotplot(plot, title=title, axis_label=t("growth_axis", lang),
                                     source=source_line(growth, lang)), "growth_rates")
    readings = [f.text for f in findings if f.topic in ("value_added_ratio", "growth_across_periods")]
    if readings:
        display(Markdown(f"**{t('readings', lang)}**\n\n" + "\n".join(f"- {r}" for r in readings)))
    display(HTML(fmt_table(growth.assign(period=[period_label(p, lang) for p in growth["period"]]), lang, columns={
        "zone": "zone", "subject": "subject", "indicator": "indicator", "period": "period", "kind": "kind",
        "growth_pct": "value", "conflict": "conflict_flag", "sources": "source"})))

# %%
display(Markdown(f"### {t('levels', lang)}"))
levels = analysis.levels_table(facts, dataset.zones, lang, currency_display, rates)
display(HTML(fmt_table(levels.assign(period=[period_label(p, lang) for p in levels["period"]]), lang, columns={
    "zone": "zone", "subject": "subject", "indicator": "indicator", "period": "period", "kind": "kind",
    "amount": amount_label, "printed": "printed", "sources": "source"})))

# %%
display(Markdown(f"## {t('investment', lang)}"))
display(Markdown(f"### {t('pipeline', lang)}"))
pipeline = analysis.pipeline_table(facts, dataset.zones, lang, currency_display, rates)
if pipeline.empty:
    display(Markdown(t("no_chart", lang)))
else:
    plot = pipeline[pipeline["projects"].notna()].assign(
        series=lambda f: f["zone"] + " " + [period_label(p, lang) for p in f["period"]])
    order = [s for s in ["intention", "signed", "started", "production"] if s in set(plot["stage_id"])]
    title = analysis.pipeline_title(pipeline, lang)
    show_chart(charts.stage_bars(plot, title=title, axis_label=t("projects_axis", lang),
                                 source=source_line(plot, lang), stage_order=[stage_label(s, lang) for s in order]),
               "investment_pipeline")
    display(HTML(fmt_table(pipeline.assign(period=[period_label(p, lang) for p in pipeline["period"]]), lang, columns={
        "zone": "zone", "period": "period", "stage": "stage", "projects": "projects", "also_printed": "also_printed",
        "amount": amount_label,
        "conflict": "conflict_flag", "sources": "source"})))

display(Markdown(f"### {t('brackets', lang)}"))
brackets = analysis.size_brackets_table(mentions, lang)
display(HTML(fmt_table(brackets, lang, columns={"stage": "stage", "bracket": "bracket", "projects": "projects",
                                                "period": "period", "printed": "printed", "sources": "source"})))

display(Markdown(f"### {t('by_subject', lang)}"))
investment = analysis.investment_table(facts, dataset.zones, lang, currency_display, rates)
if investment.empty:
    display(Markdown(t("no_chart", lang)))
else:
    top = investment.head(12)
    plot = top.assign(label=top["subject"] + " · " + top["indicator"] + " · "
                      + [period_label(p, lang) for p in top["period"]] + " · " + top["printed"], series=top["kind"])
    axis = t(amount_label, lang)
    title = analysis.investment_title(investment, lang)
    show_chart(charts.amount_bars(plot, title=title, axis_label=axis,
                                  source=source_line(top, lang)), "investment_amounts")
    display(HTML(fmt_table(investment, lang, columns={
        "zone": "zone", "subject": "subject", "indicator": "indicator", "stage": "stage", "kind": "kind",
        "period": "period", "amount": amount_label, "printed": "printed", "sources": "source"})))

display(Markdown(f"### {t('financing', lang)}"))
financing = facts[facts["indicator"].eq("financing") & facts["value_cny"].notna()]
financing = financing.assign(
    amount=[analysis.display_amount(a, currency_display, rates, p) for a, p in zip(financing["value_cny"],
                                                                                      financing["period"])],
    period=[period_label(p, lang) for p in financing["period"]],
    kind=[kind_label(k, lang) for k in financing["kind"]])
display(HTML(fmt_table(financing, lang, columns={
    "subject": "subject", "period": "period", "kind": "kind", "amount": amount_label, "surfaces": "printed",
    "sources": "source"})))

# %%
display(Markdown(f"## {t('targets', lang)}"))
display(Markdown(f"### {t('completion', lang)}"))
completion = analysis.completion_table(facts, dataset.zones, lang)
display(HTML(fmt_table(completion, lang, columns={"zone": "zone", "subject": "subject", "indicator": "indicator",
                                                  "period": "period", "completion_pct": "completion_pct",
                                                  "sources": "source"})))
display(Markdown(f"### {t('future_targets', lang)}"))
targets = analysis.targets_table(facts, dataset.zones, lang)
reachable = targets[targets["latest"].notna()]
if targets.empty:
    display(Markdown(t("no_chart", lang)))
elif not reachable.empty:
    plot = reachable.assign(
        label=reachable["indicator"],
        latest_text=[f"{v:g} ({p})" for v, p in zip(reachable["latest"], reachable["latest_period"])],
        target_text=[f"{v:g} ({y})" for v, y in zip(reachable["target"], reachable["target_year"])],
        note=[t("needs", lang, rate=r) for r in reachable["cagr_needed_pct"]])
    title = analysis.targets_title(targets, lang)
    show_chart(charts.target_bars(plot, title=title, axis_label=t("amount_yi", lang),
                                  source=source_line(plot, lang), latest_label=t("latest", lang),
                                  target_label=t("target", lang)), "targets")
if not targets.empty:
    display(HTML(fmt_table(targets, lang, columns={
        "zone": "zone", "indicator": "indicator", "target_year": "target_year", "target_printed": "target",
        "latest_period": "latest_period", "latest": "latest", "cagr_needed_pct": "cagr_needed",
        "growth_achieved_pct": "growth_achieved", "sources": "source"})))

# %%
display(Markdown(f"## {t('quality', lang)}"))
display(Markdown(f"### {t('checks', lang)}"))
selected_docs = set(mentions["doc_id"])
checks = analysis.select_by_documents(dataset.checks, selected_docs)
display(HTML(fmt_table(analysis.translate_checks(checks, lang), lang, columns={"check": "check", "status": "status", "detail": "detail",
                                              "sources": "source"})))
display(Markdown(f"### {t('conflicts', lang)}"))
display(HTML(fmt_table(analysis.conflicts_table(facts, lang), lang, columns={
    "subject": "subject", "indicator": "indicator", "stage": "stage", "period": "period", "value": "value",
    "printed": "printed", "sources": "source"})))
display(Markdown(f"### {t('overrides', lang)}"))
display(HTML(fmt_table(analysis.select_by_documents(dataset.overrides_applied, selected_docs, "doc"), lang, columns={
    "doc": "documents", "surface": "printed", "field": "field", "old_value": "old_value",
    "new_value": "new_value", "reason": "reason"})))
display(Markdown(f"### {t('unplaced', lang)}"))
display(HTML(fmt_table(analysis.unplaced_table(mentions, lang), lang, columns={
    "surface": "printed", "missing": "missing", "source": "source", "quote": "quote_sentence"})))

# %%
display(Markdown(f"## {t('sources', lang)}"))
used = set()
for table in (growth, levels, investment, pipeline, completion, targets):
    if not table.empty:
        used |= {s for cell in table["sources"] for s in str(cell).split("; ")}
cited = facts[facts["sources"].map(lambda s: bool(set(s.split("; ")) & used)).astype(bool)]
display(HTML(fmt_table(analysis.sources_table(cited), lang, columns={
    "sources": "source", "surfaces": "printed", "quotes": "quote_sentence"})))

# %% [markdown] tags=["remove_cell"]
# The tables behind the report, for reuse: written beside the exported report.

# %% tags=["remove_cell"]
tables_dir = (Path(output_dir) if Path(output_dir).is_absolute() else paths.root / output_dir) / "tables"
tables_dir.mkdir(parents=True, exist_ok=True)
for name, table in {"growth": growth, "levels": levels, "pipeline": pipeline, "size_brackets": brackets,
                    "investment": investment, "completion": completion, "targets": targets, "checks": checks}.items():
    table.to_csv(tables_dir / f"{name}.csv", index=False)
