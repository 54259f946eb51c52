"""The database: incremental updates, locking, corruption and old formats."""


import duckdb
import pytest

from parkmetrics.pipeline import DATABASE_NAME, rebuild, update
from parkmetrics.settings import Paths
from parkmetrics.store import Store, StoreError


@pytest.fixture()
def paths(project_copy):
    return Paths(project_copy)


def test_second_build_reuses_every_page_and_gives_the_same_facts(paths):
    first = update(paths)
    second = update(paths)
    assert len(first.extracted) == 5 and second.extracted == [] and len(second.reused) == 5
    cols = ["subject", "indicator", "measure", "kind", "period", "unit", "value", "low", "high", "sources", "conflict"]
    assert first.facts[cols].equals(second.facts[cols])


def test_adding_a_page_extracts_only_that_page(paths):
    update(paths)
    (paths.raw / "new_page.txt").write_text("2021年3月5日，开发区实现进出口总额5.7亿元，同比增长12%。", "utf-8")
    result = update(paths)
    assert result.extracted == ["new_page"] and len(result.reused) == 5
    assert set(result.facts["sources"].str.cat(sep="; ").split("; ")) >= {"new_page:20-25", "new_page:30-33"}


def test_changing_a_page_replaces_its_facts_and_removing_drops_them(paths):
    update(paths)
    page = paths.raw / "004_7fb74385c778d7a9.txt"
    page.write_text(page.read_text("utf-8").replace("57650 万", "57750 万"), "utf-8")
    changed = update(paths)
    assert changed.extracted == ["004_7fb74385c778d7a9"]
    assert 577_500_000 in set(changed.mentions["value"]) and 576_500_000 not in set(changed.mentions["value"])
    trade = changed.checks[changed.checks["check"] == "trade_parts"]
    assert list(trade["status"]) == ["fail"]
    page.unlink()
    removed = update(paths)
    assert removed.removed == ["004_7fb74385c778d7a9"]
    assert not removed.facts["docs"].str.contains("004_").any()
    with duckdb.connect(str(paths.processed / DATABASE_NAME), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM raw_mentions WHERE doc_id LIKE '004_%'").fetchone()[0] == 0


def test_a_second_writer_waits_then_gives_up_with_a_message(paths):
    update(paths)
    with Store(paths.processed / DATABASE_NAME):
        with pytest.raises(StoreError, match="another parkmetrics run is writing"):
            update(paths, lock_timeout=0.2)


def test_corrupt_database_is_reported_and_rebuilt_on_request(paths):
    update(paths)
    (paths.processed / DATABASE_NAME).write_bytes(b"this is not a database")
    with pytest.raises(StoreError, match="parkmetrics rebuild"):
        update(paths)
    assert len(rebuild(paths).extracted) == 5


def test_old_format_is_detected(paths):
    update(paths)
    with duckdb.connect(str(paths.processed / DATABASE_NAME)) as con:
        con.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="format 0"):
        update(paths)


def test_exports_for_sharing(paths):
    update(paths)
    for name in ("facts", "mentions", "checks"):
        assert (paths.processed / f"{name}.csv").exists() and (paths.processed / f"{name}.parquet").exists()


def test_checks_on_the_seeds(paths):
    checks = update(paths).checks
    by = {(r.check, r.detail.split(":")[0]): r.status for r in checks.itertuples()}
    assert by[("trade_parts", "exports 40052万元 + imports 17598万元 vs total 57650万元")] == "pass"
    assert by[("printed_share", "18.52亿元 / 33.27亿元 = 55.6658% vs printed 55.67%")] == "pass"
    assert by[("rank_change", "第176位 -> 第98位")] == "pass"
    sums = checks[checks["check"] == "breakdown_sum"]
    assert set(sums["detail"].str.extract(r"= (\d+)")[0].astype(int)) == {87, 20, 14, 4}
    assert (sums["status"] == "pass").all()
    corrected = checks[checks["detail"].str.contains("corrected in data/overrides.csv")]
    assert list(corrected["detail"].str.split(":").str[0]) == ["55亿元至10亿元"]


def test_the_extractor_version_covers_every_module_the_extractor_imports():
    # A change to any of them must make the next build read every page again.
    import subprocess
    import sys

    from parkmetrics import store

    loaded = subprocess.run(
        [sys.executable, "-c", "import sys, parkmetrics.extract; "
                               "print(' '.join(m for m in sys.modules if m.startswith('parkmetrics.')))"],
        capture_output=True, text=True, check=True).stdout.split()
    files = {name.split(".")[-1] + ".py" for name in loaded}
    assert files <= set(store._EXTRACTOR_FILES)
