"""`news-pipeline build`: run the asset graph through Dagster over the affected months, then publish."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import dagster as dg

from pipeline.dataset.layout import DatasetLayout
from pipeline.dataset.publish import stale_inputs
from pipeline.dataset.release import read_manifest
from pipeline.dataset.sources import months_of, scan_sources
from pipeline.defs.partitions import CORPUS_ASSETS, MONTH_ASSETS
from pipeline.settings import OUT_ENV, SOURCE_ENV

RANGE_START, RANGE_END = "dagster/asset_partition_range_start", "dagster/asset_partition_range_end"


class BuildError(Exception):
    """A build step failed; the message says which and what to do."""


@dataclass
class BuildSummary:
    """What a build did."""

    release_id: str
    published: bool
    months_built: list[str]
    row_counts: dict[str, int]
    seconds: float
    run_ids: list[str]


def contiguous_ranges(keys: list[str], selected: set[str]) -> list[tuple[str, str]]:
    """Runs of consecutive selected keys, in partition order, as (first, last) pairs."""
    ranges, start, last = [], None, None
    for key in keys:
        if key in selected:
            start, last = start or key, key
        elif start is not None:
            ranges.append((start, last))
            start = None
    if start is not None:
        ranges.append((start, last))
    return ranges


def run_build(source: Path, out: Path, report: Callable[[str], None] = print) -> BuildSummary:
    """Build the dataset from ``source`` into ``out`` through the Dagster asset graph, in this process."""
    began = time.monotonic()
    os.environ[SOURCE_ENV], os.environ[OUT_ENV] = str(source.resolve()), str(out.resolve())
    from pipeline.definitions import defs
    from pipeline.defs.partitions import month_partitions
    from pipeline.instance import cli_instance

    layout = DatasetLayout(out.resolve())
    report(f"scanning {source} ...")
    files = scan_sources(
        source.resolve(),
        layout.scan_cache,
        layout.staging,
        progress=lambda i, n: report(f"  scanned {i}/{n} files"),
    )
    rejected = sum(1 for f in files if f.month is None)
    months = months_of(files)
    report(f"{len(files)} source files, {len(files) - rejected} ingestible, {rejected} rejected, {len(months)} months")

    instance = cli_instance()
    known = instance.get_dynamic_partitions(month_partitions.name)
    new_keys = [m for m in months if m not in set(known)]
    if new_keys:
        instance.add_dynamic_partitions(month_partitions.name, new_keys)
    stale_months, _ = stale_inputs(layout, files)
    report(f"{len(stale_months)} month(s) to (re)build" + (f": {', '.join(stale_months[:12])}" if stale_months else ""))

    job = defs().resolve_implicit_global_asset_job_def()
    order = instance.get_dynamic_partitions(month_partitions.name)
    run_ids = []
    for first, last in contiguous_ranges(order, set(stale_months)):
        report(f"materializing months {first} .. {last}")
        run_ids.append(_execute(job, instance, MONTH_ASSETS, {RANGE_START: first, RANGE_END: last}).run_id)
    report("materializing entities, rejected_sources and dataset_release")
    result = _execute(job, instance, CORPUS_ASSETS, {})
    run_ids.append(result.run_id)
    release = next(
        e.materialization
        for e in result.get_asset_materialization_events()
        if e.asset_key == dg.AssetKey("dataset_release")
    )
    release_id = release.metadata["release_id"].value
    manifest = read_manifest(layout, release_id)
    return BuildSummary(
        release_id=release_id,
        published=bool(release.metadata["published"].value),
        months_built=stale_months,
        row_counts={name: t["row_count"] for name, t in manifest["tables"].items()},
        seconds=time.monotonic() - began,
        run_ids=run_ids,
    )


def _execute(
    job: dg.JobDefinition, instance: dg.DagsterInstance, selection: list[dg.AssetKey], tags: dict[str, str]
) -> dg.ExecuteInProcessResult:
    result = job.execute_in_process(
        instance=instance,
        asset_selection=selection,
        tags={**tags, "launched_by": "news-pipeline build"},
        raise_on_error=False,
        run_config={"loggers": {"console": {"config": {"log_level": os.environ.get("NEWS_PIPELINE_LOG", "INFO")}}}},
    )
    if not result.success:
        failures = [
            f"{e.step_key}: {e.event_specific_data.error.message.strip() if e.event_specific_data.error else ''}"
            for e in result.all_events
            if e.is_step_failure
        ]
        raise BuildError(
            f"run {result.run_id} failed:\n  "
            + "\n  ".join(failures or ["see the Dagster log above"])
            + "\nThe previous release (if any) is unchanged. Inspect the run with `uv run dagster dev`."
        )
    return result
