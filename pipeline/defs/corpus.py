"""Corpus-wide tables: ``entities`` (aggregated over every month) and ``rejected_sources``."""

import dagster as dg

from pipeline.dataset.global_tables import build_entities, build_rejected_sources
from pipeline.dataset.versions import stage_version
from pipeline.defs.ingest import RAW_ARTICLES, SCHEMA_CHECK
from pipeline.defs.metadata import SCHEMA_CHECK_DESCRIPTION, check_result, table_metadata
from pipeline.defs.resources import NewsDataset


@dg.asset(
    deps=["entity_mentions"],
    group_name="extract",
    kinds={"polars", "parquet"},
    code_version=stage_version("tables"),
    check_specs=[
        dg.AssetCheckSpec(SCHEMA_CHECK, asset="entities", blocking=True, description=SCHEMA_CHECK_DESCRIPTION)
    ],
)
def entities(context: dg.AssetExecutionContext, dataset: NewsDataset) -> dg.MaterializeResult:
    """One row per distinct real-world entity across the corpus: canonical name, label, aliases, counts."""
    built = build_entities(dataset.layout, dataset.scan())
    context.log.info(f"{built.table.height} entities over {built.months} month(s)")
    return dg.MaterializeResult(
        metadata=table_metadata("entities", built.table, built.path, partitioned=False),
        check_results=[check_result("entities", SCHEMA_CHECK, built.issues, f"{built.months} month(s)")],
    )


@dg.asset(
    deps=[RAW_ARTICLES],
    group_name="ingest",
    kinds={"polars", "parquet"},
    code_version=stage_version("parse"),
    check_specs=[
        dg.AssetCheckSpec(SCHEMA_CHECK, asset="rejected_sources", blocking=True, description=SCHEMA_CHECK_DESCRIPTION)
    ],
)
def rejected_sources(context: dg.AssetExecutionContext, dataset: NewsDataset) -> dg.MaterializeResult:
    """Source files that could not be ingested (empty, binary, undecodable, unreadable), each with why."""
    built = build_rejected_sources(dataset.layout, dataset.scan())
    for row in built.table.iter_rows(named=True):
        context.log.warning(f"rejected {row['source_path']}: {row['reason']}")
    return dg.MaterializeResult(
        metadata=table_metadata("rejected_sources", built.table, built.path, partitioned=False),
        check_results=[check_result("rejected_sources", SCHEMA_CHECK, built.issues, "all sources")],
    )
