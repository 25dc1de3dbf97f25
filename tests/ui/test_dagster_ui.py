"""The Dagster UI as data engineers use it, through the real webserver and daemon (`dagster dev`).

One `dagster dev` serves the whole module (see conftest.py); the tests run in file order, as a person would:
look at the graph, materialize a month, read checks and metadata in the browser, backfill a range of months,
drop a new file for the sensor, stop the server (with the sensor's last run still going).
"""

from __future__ import annotations

import os
import socket
import time
from typing import Any

import pyarrow.parquet as pq
import pytest
import yaml

from pipeline.dataset.layout import DatasetLayout
from pipeline.tables import SCHEMAS
from tests.conftest import ROOT
from tests.ui.browser import chromium_page, require_chromium, screenshot
from tests.ui.graphql import UiClient, path, tags
from tests.ui.server import SENSOR, DagsterUi, dump, wait_for

pytestmark = [
    pytest.mark.ui,
    # dagster_graphql's client still calls gql the old way; nothing to act on here.
    pytest.mark.filterwarnings("ignore:Using variable_values and operation_name:DeprecationWarning"),
]

MONTH_ASSETS = ["articles", "cleaning_log", "entity_mentions", "quotes"]
CORPUS_ASSETS = ["entities", "rejected_sources", "dataset_release"]
GROUPS = {
    "raw_articles": "sources",
    "articles": "ingest",
    "cleaning_log": "ingest",
    "rejected_sources": "ingest",
    "entity_mentions": "extract",
    "quotes": "extract",
    "entities": "extract",
    "dataset_release": "publish",
}
CHECKS = {
    "articles": {"matches_contract_schema"},
    "cleaning_log": {"matches_contract_schema"},
    "entity_mentions": {"matches_contract_schema"},
    "quotes": {"matches_contract_schema", "offsets_and_keys_consistent"},
    "entities": {"matches_contract_schema"},
    "rejected_sources": {"matches_contract_schema"},
    "dataset_release": {"all_tables_valid"},
    "raw_articles": set(),
}
SEED_MONTH, SEED_MONTH_ARTICLES = "2022-02", 4  # four of the five seeds are dated February 2022
NEW_MONTH = "2022-03"
NEW_ARTICLE = (
    " date 2022-03-15 Le Conseil de l'Europe exclut la Russie\n\n"
    "Le Conseil de l'Europe a exclu la Russie mercredi. « C'est une décision historique », a déclaré "
    "Marija Pejčinović Burić, secrétaire générale de l'organisation, à Strasbourg.\n"
)
RANGE_START, RANGE_END = "dagster/asset_partition_range_start", "dagster/asset_partition_range_end"


@pytest.fixture(scope="module")
def client(dagster_ui: DagsterUi) -> UiClient:
    return UiClient(dagster_ui)


@pytest.fixture(scope="module")
def month_run(dagster_ui: DagsterUi, client: UiClient) -> str:
    """One month materialized from the UI: the four monthly tables of February 2022."""
    run_id = client.launch_partition(MONTH_ASSETS, SEED_MONTH)
    status = client.wait_for_run(run_id, timeout=150)
    assert status == "SUCCESS", f"run {run_id} ended {status}\n{dagster_ui.log_tail()}"
    return run_id


def by_asset(events: list[dict[str, Any]], typename: str) -> list[dict[str, Any]]:
    return [e for e in events if e["__typename"] == typename]


def test_asset_graph_lists_every_asset_with_group_description_and_checks(client: UiClient) -> None:
    nodes = client.asset_nodes()
    assert set(nodes) == set(GROUPS)
    assert {name: node["groupName"] for name, node in nodes.items()} == GROUPS
    for name, node in nodes.items():
        assert node["description"] and len(node["description"]) > 30, f"{name} has no useful description"
        checks = node["assetChecksOrError"]["checks"]
        assert {c["name"] for c in checks} == CHECKS[name], name
        for check in checks:
            assert check["description"], f"check {check['name']} of {name} has no description"
        partitions = node["partitionDefinition"]
        if name in MONTH_ASSETS:
            assert partitions == {"name": "month", "type": "DYNAMIC"}, name
        else:
            assert partitions is None, name
    assert client.sensor_status() == "RUNNING", "the sensor is documented as on by default"
    # The repository's dagster.yaml run queue is in force: one run at a time on two cores.
    repo_limit = yaml.safe_load((ROOT / "dagster.yaml").read_text(encoding="utf-8"))["concurrency"]["runs"]
    assert client.max_concurrent_runs() == repo_limit["max_concurrent_runs"]
    # The pre-build registered the seeds' months; `unknown` holds the undated seed.
    assert client.partition_keys("articles") == [SEED_MONTH, "unknown"]
    # The CLI build ran against the same instance: its runs are in the UI's run history.
    cli_runs = client.runs("launched_by", "news-pipeline build")
    assert len(cli_runs) == 2 and {r["status"] for r in cli_runs} == {"SUCCESS"}


def test_materialize_one_month_records_checks_and_row_counts(
    dagster_ui: DagsterUi, client: UiClient, month_run: str
) -> None:
    events = client.run_events(month_run)
    materializations = by_asset(events, "MaterializationEvent")
    assert sorted(path(m["assetKey"]) for m in materializations) == sorted(MONTH_ASSETS)
    layout = DatasetLayout(dagster_ui.out)
    for event in materializations:
        name = path(event["assetKey"])
        assert event["partition"] == SEED_MONTH
        metadata = {entry["label"]: entry for entry in event["metadataEntries"]}
        assert {"dagster/partition_row_count", "dagster/column_schema", "dagster/uri", "preview"} <= set(metadata)
        rows = metadata["dagster/partition_row_count"]["intValue"]
        assert rows == pq.read_metadata(layout.month_table(SEED_MONTH, name)).num_rows, name
        assert rows > 0, f"{name} has no rows for {SEED_MONTH}"
        assert metadata["preview"]["mdStr"].startswith("|"), f"{name}: the preview is not a Markdown table"
        columns = metadata["dagster/column_schema"]["schema"]["columns"]
        assert [c["name"] for c in columns] == list(SCHEMAS[name])
        assert all(c["description"] for c in columns), f"{name}: columns without a description"
        if name == "articles":
            assert rows == SEED_MONTH_ARTICLES
        # Built before the server started, with the same code and sources: reused, not recomputed.
        assert metadata["reused_previous_output"]["boolValue"] is True, name
    checks = {(path(e["evaluation"]["assetKey"]), e["evaluation"]["checkName"]): e["evaluation"]["success"]
              for e in by_asset(events, "AssetCheckEvaluationEvent")}  # fmt: skip
    expected = {(name, check) for name in MONTH_ASSETS for check in CHECKS[name]}
    assert set(checks) == expected
    assert all(checks.values()), dump(checks)


def test_browser_shows_asset_graph_descriptions_and_preview(dagster_ui: DagsterUi, month_run: str) -> None:
    require_chromium()
    from playwright.sync_api import expect

    expect.set_options(timeout=30_000)  # a loaded 2-core machine renders slowly; 5 s is Playwright's default

    with chromium_page(dagster_ui.marker) as page:
        page.goto(f"{dagster_ui.url}/asset-groups")
        expect(page.get_by_text("Global asset lineage")).to_be_visible()
        for group in ("sources", "ingest", "extract", "publish"):
            expect(page.get_by_text(group, exact=True).first).to_be_visible()
        page.keyboard.press("Alt+e")  # the graph's "Expand all groups"
        for name in GROUPS:
            expect(page.locator("[class*=AssetNode_assetName]", has_text=name).first).to_be_visible()
        page.wait_for_timeout(2500)  # the nodes' materialization status arrives after the layout
        screenshot(page, "asset-graph")

        page.goto(f"{dagster_ui.url}/assets")  # the catalog: every asset with its description
        for name in GROUPS:
            expect(page.get_by_text(name, exact=True).first).to_be_visible()
        expect(page.get_by_text("One row per quotation", exact=False).first).to_be_visible()
        expect(page.get_by_text("Materialized").first).to_be_visible()  # statuses loaded
        expect(page.get_by_text("Loading")).to_have_count(0)
        screenshot(page, "asset-catalog")

    with chromium_page(dagster_ui.marker, height=2600) as page:
        page.goto(f"{dagster_ui.url}/assets/articles")
        expect(page.get_by_text("One row per article", exact=False).first).to_be_visible()
        expect(page.get_by_text(SEED_MONTH, exact=True).first).to_be_visible()  # latest materialization
        expect(page.get_by_text("dagster/partition_row_count").first).to_be_visible()
        expect(page.get_by_text("First day of the period", exact=False).first).to_be_visible()  # column docs
        # The Markdown preview is rendered as an HTML table, not shown as raw pipes.
        innermost_tables = page.locator("table:not(:has(table))")
        preview = innermost_tables.filter(has=page.locator("th", has_text="published_date")).first
        expect(preview).to_be_visible()
        expect(preview.locator("tbody tr")).to_have_count(SEED_MONTH_ARTICLES)
        assert "|---" not in page.inner_text("body").replace(" ", "")
        screenshot(page, "asset-articles")

        page.goto(f"{dagster_ui.url}/assets/quotes?view=checks")
        for check in CHECKS["quotes"]:
            expect(page.get_by_text(check, exact=True).first).to_be_visible()
        expect(page.get_by_text("Succeeded").first).to_be_visible()
        expect(page.get_by_text("Every row matches the table's contract", exact=False).first).to_be_visible()
        screenshot(page, "asset-quotes-checks")


def test_backfill_of_a_range_of_two_months_runs_once(dagster_ui: DagsterUi, client: UiClient, month_run: str) -> None:
    keys = client.partition_keys("articles")
    first, last = keys[0], keys[1]  # two adjacent months, as selected on the partition bar
    backfill_id = client.launch_range_backfill(MONTH_ASSETS, first, last)

    # The backfill daemon submits the run on its next pass and marks the backfill done one pass (30 s) after the
    # run ends: wait for the run, not for the mark.
    def finished_runs() -> list[dict[str, Any]] | None:
        backfill = client.backfill(backfill_id)
        assert backfill["status"] not in {"FAILED", "FAILING", "CANCELED", "COMPLETED_FAILED"}, dump(backfill)
        runs = backfill["runs"]
        return runs if runs and all(r["status"] in {"SUCCESS", "FAILURE", "CANCELED"} for r in runs) else None

    runs = wait_for(f"the run of backfill {backfill_id}", finished_runs, timeout=150, interval=1)
    assert client.backfill(backfill_id)["numPartitions"] == 2
    # BackfillPolicy.single_run(): the whole range in one run.
    assert len(runs) == 1, dump(runs)
    run = runs[0]
    assert run["status"] == "SUCCESS", f"backfill run {run['runId']} ended {run['status']}\n{dagster_ui.log_tail()}"
    assert (tags(run)[RANGE_START], tags(run)[RANGE_END]) == (first, last)
    materialized = {
        (path(e["assetKey"]), e["partition"]) for e in by_asset(client.run_events(run["runId"]), "MaterializationEvent")
    }
    assert materialized == {(name, month) for name in MONTH_ASSETS for month in (first, last)}


def test_sensor_requests_exactly_the_month_of_a_new_file(
    dagster_ui: DagsterUi, client: UiClient, month_run: str
) -> None:
    # The output folder is up to date (pre-built), so every tick so far requested nothing.
    wait_for("a first sensor tick", client.sensor_ticks, timeout=60)
    before = client.sensor_ticks()
    assert not any(t["runIds"] for t in before), dump(before)
    seen = {t["id"] for t in before if t["status"] != "STARTED"}  # a tick under way may see the new file

    staged = dagster_ui.source.parent / "new-article.partial"
    staged.write_text(NEW_ARTICLE, encoding="utf-8")
    os.replace(staged, dagster_ui.source / "2022-03_conseil_europe.txt")  # appears whole, as a copy would

    def requesting_tick() -> dict[str, Any] | None:
        fresh = [t for t in client.sensor_ticks() if t["id"] not in seen and t["status"] != "STARTED"]
        assert not [t for t in fresh if t["status"] == "FAILURE"], dump(fresh)
        return next((t for t in fresh if t["runIds"]), None)

    tick = wait_for("the sensor to request runs for the new file", requesting_tick, timeout=60)
    assert tick["dynamicPartitionsRequestResults"] == [
        {"partitionsDefName": "month", "partitionKeys": [NEW_MONTH], "type": "ADD_PARTITIONS"}
    ]
    runs = client.runs("dagster/sensor_name", SENSOR)
    assert {r["runId"] for r in runs} == set(tick["runIds"])
    month_runs = [r for r in runs if "dagster/partition" in tags(r)]
    corpus_runs = [r for r in runs if "dagster/partition" not in tags(r)]
    assert [tags(r)["dagster/partition"] for r in month_runs] == [NEW_MONTH], dump(runs)
    assert sorted(path(k) for k in month_runs[0]["assetSelection"]) == sorted(MONTH_ASSETS)
    assert len(corpus_runs) == 1 and sorted(path(k) for k in corpus_runs[0]["assetSelection"]) == sorted(CORPUS_ASSETS)
    assert client.partition_keys("articles") == [SEED_MONTH, "unknown", NEW_MONTH]

    # Runs go one at a time (max_concurrent_runs: 1), the month first. The corpus run after it is left to the
    # shutdown test, which stops the server with a run in flight.
    status = client.wait_for_run(month_runs[0]["runId"], timeout=150)
    assert status == "SUCCESS", f"sensor run {month_runs[0]['runId']} ended {status}\n{dagster_ui.log_tail()}"
    month_done = time.time()
    # While the corpus run waits, later ticks request nothing new and say what they wait for.
    later = wait_for(
        "a sensor tick after the month's run",
        lambda: next(
            (t for t in client.sensor_ticks() if t["timestamp"] > month_done + 0.5 and t["status"] != "STARTED"), None
        ),
        timeout=30,
    )
    assert later["status"] == "SKIPPED" and not later["runIds"], dump(later)
    assert later["skipReason"] in {
        "waiting for the runs already requested for the corpus-wide tables",
        "every month is up to date",  # if the corpus run was quicker than the tick
    }, later["skipReason"]
    assert pq.read_metadata(DatasetLayout(dagster_ui.out).month_table(NEW_MONTH, "articles")).num_rows == 1


def test_stopping_dagster_dev_leaves_no_process_behind(dagster_ui: DagsterUi) -> None:
    dagster_ui.remember_processes()
    assert len(dagster_ui.seen_pids) >= 4, "expected dagster dev, its webserver, daemon and code server"
    survivors = dagster_ui.stop()
    assert not survivors, f"still running after shutdown: {survivors}"
    assert not dagster_ui.killed, f"dagster dev ignored SIGTERM for 60 s and was killed\n{dagster_ui.log_tail()}"
    with socket.socket() as s:
        assert s.connect_ex(("127.0.0.1", dagster_ui.port)) != 0, "the webserver still answers"
