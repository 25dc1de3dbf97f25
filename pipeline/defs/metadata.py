"""Materialization metadata shown in the Dagster UI: row counts, column schema, a Markdown preview."""

from pathlib import Path
from typing import Any

import dagster as dg
import polars as pl

from pipeline.dataset.validation import ValidationIssue, issues_markdown
from pipeline.tables import SCHEMAS

PREVIEW_ROWS = 5
_PREVIEW_COLUMNS: dict[str, list[str]] = {
    "articles": ["source_path", "title", "published_date", "date_precision", "date_source", "n_words"],
    "quotes": ["text", "quote_type", "speaker", "verb", "confidence"],
    "entity_mentions": ["text", "label", "canonical_name", "section", "start"],
    "cleaning_log": ["rule", "removed_text", "start", "end"],
    "entities": ["canonical_name", "label", "n_mentions", "n_articles", "aliases"],
    "rejected_sources": ["source_path", "reason"],
}


def column_schema(table: str) -> dg.TableSchema:
    """The contract's columns of a table, as a Dagster TableSchema."""
    return dg.TableSchema(columns=[dg.TableColumn(name, str(dtype)) for name, dtype in SCHEMAS[table].items()])


def preview(table: str, df: pl.DataFrame) -> dg.MarkdownMetadataValue:
    """The first rows of a table as a Markdown table (long texts shortened)."""
    with pl.Config(
        tbl_formatting="MARKDOWN",
        tbl_hide_column_data_types=True,
        tbl_hide_dataframe_shape=True,
        fmt_str_lengths=60,
        tbl_rows=PREVIEW_ROWS,
        tbl_width_chars=400,
    ):
        text = str(df.select(_PREVIEW_COLUMNS[table]).head(PREVIEW_ROWS)) if df.height else "_no rows_"
    return dg.MetadataValue.md(text)


def table_metadata(table: str, df: pl.DataFrame, path: Path, partitioned: bool) -> dict[str, Any]:
    """Standard metadata for one table (one partition of it when ``partitioned``)."""
    count_key = "dagster/partition_row_count" if partitioned else "dagster/row_count"
    return {
        count_key: df.height,
        "dagster/column_schema": column_schema(table),
        "dagster/uri": dg.MetadataValue.path(str(path)),
        "preview": preview(table, df),
    }


def check_result(asset: str, check: str, issues: list[ValidationIssue], scope: str) -> dg.AssetCheckResult:
    """An asset check result carrying the failing rows as Markdown."""
    return dg.AssetCheckResult(
        asset_key=asset,
        check_name=check,
        passed=not issues,
        metadata={
            "scope": scope,
            "failing_checks": len(issues),
            "failing_rows": sum(i.failures for i in issues),
            "details": dg.MetadataValue.md(issues_markdown(issues)),
        },
    )
