"""Validate everything a release would hold, then publish it (or nothing)."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from dataclasses import dataclass

import polars as pl

from pipeline.dataset.global_tables import stale_global_tables
from pipeline.dataset.layout import DatasetLayout
from pipeline.dataset.monthly import month_is_current, remove_month, work_months
from pipeline.dataset.release import PublishResult, publish_release
from pipeline.dataset.sources import SourceFile, months_of, source_fingerprint
from pipeline.dataset.validation import ValidationIssue, check_article_tables, check_global_tables
from pipeline.dataset.versions import code_version
from pipeline.tables import MONTHLY_TABLES, with_entity_names


class StaleInputsError(Exception):
    """Some month or corpus-wide table was not built from the current sources and code."""


@dataclass
class ReleaseOutcome:
    """Either the failed checks (nothing published) or the publish result."""

    issues: list[ValidationIssue]
    result: PublishResult | None
    months: list[str]


def stale_inputs(layout: DatasetLayout, files: list[SourceFile]) -> tuple[list[str], list[str]]:
    """Months and corpus-wide tables that must be rebuilt before a release can be published."""
    grouped: dict[str, list[SourceFile]] = defaultdict(list)
    for f in files:
        if f.month is not None:
            grouped[f.month].append(f)
    stale_months = [m for m in months_of(files) if not month_is_current(layout, m, grouped[m])]
    return stale_months, stale_global_tables(layout, files)


def validate_release_inputs(layout: DatasetLayout, months: list[str]) -> list[ValidationIssue]:
    """Every month's tables (one month in memory at a time) and the corpus-wide tables."""
    issues: list[ValidationIssue] = []
    for month in months:
        tables = {name: pl.read_parquet(layout.month_table(month, name)) for name in MONTHLY_TABLES}
        issues += [dataclasses.replace(i, check=f"{i.check} [month={month}]") for i in check_article_tables(tables)]

    def scan(name: str) -> pl.LazyFrame:
        return pl.scan_parquet([layout.month_table(m, name) for m in months]) if months else pl.LazyFrame()

    entities = pl.read_parquet(layout.global_table("entities"))
    rejected = pl.read_parquet(layout.global_table("rejected_sources"))
    if months:  # the month tables as the release will hold them: every entity named as in `entities`
        mentions, quotes = (with_entity_names(n, scan(n), entities) for n in ("entity_mentions", "quotes"))
        issues += check_global_tables(entities, mentions, quotes, rejected)
    return issues


def validate_and_publish(layout: DatasetLayout, files: list[SourceFile]) -> ReleaseOutcome:
    """Check that all inputs are current and valid, then publish; a failed check publishes nothing."""
    stale_months, stale_tables = stale_inputs(layout, files)
    if stale_months or stale_tables:
        shown = ", ".join(stale_months[:8]) + (" ..." if len(stale_months) > 8 else "")
        raise StaleInputsError(
            "the work tables do not match the current sources and code: "
            + (f"months {shown} need `articles`, `cleaning_log`, `quotes`, `entity_mentions`; " if stale_months else "")
            + (f"{', '.join(stale_tables)} need materializing; " if stale_tables else "")
            + "run `news-pipeline build` or materialize them in the UI first"
        )
    months = months_of(files)
    issues = validate_release_inputs(layout, months)
    if issues:
        return ReleaseOutcome(issues, None, months)
    global_tables = {
        "entities": pl.read_parquet(layout.global_table("entities")),
        "rejected_sources": pl.read_parquet(layout.global_table("rejected_sources")),
    }
    result = publish_release(layout, months, global_tables, source_fingerprint(files), code_version())
    for month in set(work_months(layout)) - set(months):
        remove_month(layout, month)
    return ReleaseOutcome([], result, months)
