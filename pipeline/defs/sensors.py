"""Watch the source folder: new or changed files trigger runs for exactly the months they touch."""

import json
import os

import dagster as dg

from pipeline.dataset.publish import stale_inputs
from pipeline.dataset.sources import SourceFolderError, source_fingerprint
from pipeline.dataset.versions import code_version
from pipeline.defs.partitions import CORPUS_ASSETS, MONTH_ASSETS, month_partitions
from pipeline.defs.resources import NewsDataset

INTERVAL_ENV = "NEWS_PIPELINE_SENSOR_INTERVAL"
DEFAULT_INTERVAL_SECONDS = 30


def sensor_interval() -> int:
    """Seconds between two scans: ``$NEWS_PIPELINE_SENSOR_INTERVAL`` (tests shorten it), else 30."""
    value = os.environ.get(INTERVAL_ENV, "").strip()
    if not value:
        return DEFAULT_INTERVAL_SECONDS
    try:
        seconds = int(value)
    except ValueError as exc:
        raise ValueError(f"{INTERVAL_ENV} must be a whole number of seconds, got {value!r}") from exc
    if seconds < 1:
        raise ValueError(f"{INTERVAL_ENV} must be at least 1 second, got {seconds}")
    return seconds


@dg.sensor(
    minimum_interval_seconds=sensor_interval(),
    default_status=dg.DefaultSensorStatus.RUNNING,
    asset_selection=MONTH_ASSETS + CORPUS_ASSETS,
    description="Scans the source folder; for new, changed or deleted files requests the months they touch, "
    "then the corpus-wide tables and a new release.",
)
def new_sources_sensor(context: dg.SensorEvaluationContext, dataset: NewsDataset) -> dg.SensorResult:
    """Request a run per affected month, then one for entities, rejected sources and the release."""
    try:
        files = dataset.scan()
    except SourceFolderError as exc:
        return dg.SensorResult(skip_reason=str(exc))
    # Sources and code together: after a code change (and a reload), stale months get new run keys; with the
    # sources alone, Dagster would skip their runs as "already completed" and nothing would be rebuilt.
    fingerprint = f"{source_fingerprint(files)[:12]}@{code_version()}"
    previous = json.loads(context.cursor) if context.cursor else {}
    stale_months, stale_tables = stale_inputs(dataset.layout, files)
    same_sources = previous.get("fingerprint") == fingerprint
    if same_sources and previous.get("requested") == stale_months:
        return dg.SensorResult(skip_reason="no new or changed source files")
    if not stale_months and not stale_tables:
        return dg.SensorResult(
            skip_reason="every month is up to date",
            cursor=json.dumps({"fingerprint": fingerprint, "requested": []}),
        )
    if same_sources and set(stale_months) <= set(previous.get("requested", [])):
        # The runs requested for these sources are still queued or running: say so instead of requesting them
        # again (their run keys would be skipped anyway, but the tick would read as a new request).
        waiting = ", ".join(stale_months) or "the corpus-wide tables"
        return dg.SensorResult(skip_reason=f"waiting for the runs already requested for {waiting}")
    known = set(context.instance.get_dynamic_partitions(month_partitions.name))
    new_keys = [m for m in stale_months if m not in known]
    runs = [
        dg.RunRequest(run_key=f"{fingerprint}:{month}", asset_selection=MONTH_ASSETS, partition_key=month)
        for month in stale_months
    ]
    runs.append(dg.RunRequest(run_key=f"{fingerprint}:corpus", asset_selection=CORPUS_ASSETS))
    context.log.info(f"requesting months {stale_months} and the corpus-wide tables")
    return dg.SensorResult(
        run_requests=runs,
        dynamic_partitions_requests=[month_partitions.build_add_request(new_keys)] if new_keys else [],
        cursor=json.dumps({"fingerprint": fingerprint, "requested": stale_months}),
    )
