"""What the UI does, through the webserver's GraphQL API (`dagster_graphql.DagsterGraphQLClient`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dagster_graphql import DagsterGraphQLClient, DagsterGraphQLClientError

from tests.ui.server import LOCATION, REPOSITORY, SENSOR, wait_for

if TYPE_CHECKING:
    from tests.ui.server import DagsterUi

ASSET_JOB = "__ASSET_JOB"
FINISHED = {"SUCCESS", "FAILURE", "CANCELED"}

WORKSPACE = """
{ workspaceOrError { __typename ... on Workspace { locationEntries {
    name loadStatus locationOrLoadError { __typename ... on PythonError { message } }
} } } }
"""
DAEMONS = "{ instance { daemonHealth { allDaemonStatuses { daemonType healthy required } } } }"
ASSETS = """
{ assetNodes {
    assetKey { path } groupName description isPartitioned partitionDefinition { name type }
    assetChecksOrError { __typename ... on AssetChecks { checks { name description blocking } } }
} }
"""
RUN_EVENTS = """
query RunEvents($runId: ID!) { logsForRun(runId: $runId) { __typename ... on EventConnection { events {
    __typename
    ... on MaterializationEvent {
        assetKey { path } partition
        metadataEntries {
            label __typename
            ... on IntMetadataEntry { intValue } ... on BoolMetadataEntry { boolValue }
            ... on MarkdownMetadataEntry { mdStr }
            ... on TableSchemaMetadataEntry { schema { columns { name description } } }
        }
    }
    ... on AssetCheckEvaluationEvent { evaluation { checkName assetKey { path } success } }
} } } }
"""
RUNS = """
query Runs($filter: RunsFilter) { runsOrError(filter: $filter) { __typename ... on Runs { results {
    runId status tags { key value } assetSelection { path }
} } } }
"""
SENSOR_TICKS = """
query Ticks($selector: SensorSelector!) { sensorOrError(sensorSelector: $selector) { __typename ... on Sensor {
    sensorState { status ticks(limit: 20) {
        id status timestamp runIds runKeys skipReason error { message }
        dynamicPartitionsRequestResults { partitionsDefName partitionKeys type }
    } }
} } }
"""
PARTITION_KEYS = """
query Keys($selector: AssetKeyInput!) { assetNodeOrError(assetKey: $selector) { __typename ... on AssetNode {
    partitionKeys
} } }
"""
LAUNCH_BACKFILL = """
mutation Backfill($params: LaunchBackfillParams!) { launchPartitionBackfill(backfillParams: $params) {
    __typename ... on LaunchBackfillSuccess { backfillId } ... on PythonError { message }
    ... on PartitionSetNotFoundError { message } ... on InvalidStepError { invalidStepKey }
} }
"""
BACKFILL = """
query Backfill($id: String!) { partitionBackfillOrError(backfillId: $id) { __typename ... on PartitionBackfill {
    id status partitionNames numPartitions error { message }
    runs(limit: 20) { runId status tags { key value } assetSelection { path } }
} } }
"""


def path(key: dict[str, Any]) -> str:
    return "/".join(key["path"])


def tags(run: dict[str, Any]) -> dict[str, str]:
    return {t["key"]: t["value"] for t in run["tags"]}


class UiClient:
    """A thin layer over DagsterGraphQLClient for the queries the tests need."""

    def __init__(self, ui: DagsterUi) -> None:
        self.client = DagsterGraphQLClient("127.0.0.1", port_number=ui.port, timeout=60)

    def query(self, text: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
        return self.client._execute(text, variables)

    def wait_until_loaded(self, ui: DagsterUi, timeout: float = 150) -> None:
        """Wait for the webserver, the loaded code location and healthy daemons (fail early if dagster dev died)."""

        def loaded() -> bool:
            if ui.process is not None and ui.process.poll() is not None:
                raise AssertionError(f"dagster dev exited with {ui.process.returncode}:\n{ui.log_tail()}")
            try:
                entries = self.query(WORKSPACE)["workspaceOrError"]["locationEntries"]
            except DagsterGraphQLClientError:
                return False  # not serving yet
            entry = next((e for e in entries if e["name"] == LOCATION), None)
            if entry is None or entry["loadStatus"] != "LOADED":
                return False
            location = entry["locationOrLoadError"]
            assert location["__typename"] == "RepositoryLocation", f"code location failed to load: {location}"
            return True

        wait_for("the code location to load", loaded, timeout)

        def daemons_healthy() -> bool:
            statuses = self.query(DAEMONS)["instance"]["daemonHealth"]["allDaemonStatuses"]
            wanted = {"SENSOR", "BACKFILL", "QUEUED_RUN_COORDINATOR"}
            return wanted <= {s["daemonType"] for s in statuses if s["healthy"]}

        wait_for("the daemon (sensors, backfills, run queue)", daemons_healthy, timeout)
        ui.remember_processes()

    def max_concurrent_runs(self) -> int | None:
        config = self.query("{ instance { runQueueConfig { maxConcurrentRuns } } }")["instance"]["runQueueConfig"]
        return config and config["maxConcurrentRuns"]

    def asset_nodes(self) -> dict[str, dict[str, Any]]:
        return {path(node["assetKey"]): node for node in self.query(ASSETS)["assetNodes"]}

    def launch_partition(self, assets: list[str], partition: str) -> str:
        """What *Materialize* on one partition does: a run of the asset job on these assets and this month."""
        return self.client.submit_job_execution(
            ASSET_JOB,
            repository_location_name=LOCATION,
            repository_name=REPOSITORY,
            run_config={},
            tags={"dagster/partition": partition},
            asset_selection=[[a] for a in assets],
        )

    def wait_for_run(self, run_id: str, timeout: float) -> str:
        return wait_for(
            f"run {run_id} to finish",
            lambda: (s := self.client.get_run_status(run_id).value) in FINISHED and s,
            timeout,
            interval=1,
        )

    def run_events(self, run_id: str) -> list[dict[str, Any]]:
        connection = self.query(RUN_EVENTS, {"runId": run_id})["logsForRun"]
        assert connection["__typename"] == "EventConnection", connection
        return connection["events"]

    def runs(self, tag_key: str, tag_value: str) -> list[dict[str, Any]]:
        result = self.query(RUNS, {"filter": {"tags": [{"key": tag_key, "value": tag_value}]}})["runsOrError"]
        assert result["__typename"] == "Runs", result
        return result["results"]

    def sensor_ticks(self) -> list[dict[str, Any]]:
        selector = {"repositoryLocationName": LOCATION, "repositoryName": REPOSITORY, "sensorName": SENSOR}
        sensor = self.query(SENSOR_TICKS, {"selector": selector})["sensorOrError"]
        assert sensor["__typename"] == "Sensor", sensor
        return sensor["sensorState"]["ticks"]

    def sensor_status(self) -> str:
        selector = {"repositoryLocationName": LOCATION, "repositoryName": REPOSITORY, "sensorName": SENSOR}
        return self.query(
            "query S($s: SensorSelector!) { sensorOrError(sensorSelector: $s) { ... on Sensor { sensorState "
            "{ status } } } }",
            {"s": selector},
        )["sensorOrError"]["sensorState"]["status"]

    def partition_keys(self, asset: str) -> list[str]:
        node = self.query(PARTITION_KEYS, {"selector": {"path": [asset]}})["assetNodeOrError"]
        assert node["__typename"] == "AssetNode", node
        return node["partitionKeys"]

    def launch_range_backfill(self, assets: list[str], first: str, last: str) -> str:
        """What selecting a range of months in the *Materialize* dialog launches: one asset backfill."""
        params = {
            "partitionsByAssets": [
                {"assetKey": {"path": [a]}, "partitions": {"range": {"start": first, "end": last}}} for a in assets
            ],
            "title": f"months {first} .. {last}",
        }
        result = self.query(LAUNCH_BACKFILL, {"params": params})["launchPartitionBackfill"]
        assert result["__typename"] == "LaunchBackfillSuccess", result
        return result["backfillId"]

    def backfill(self, backfill_id: str) -> dict[str, Any]:
        result = self.query(BACKFILL, {"id": backfill_id})["partitionBackfillOrError"]
        assert result["__typename"] == "PartitionBackfill", result
        return result
