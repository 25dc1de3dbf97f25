"""Ingest: raw text files -> cleaned, dated ``articles`` and their ``cleaning_log``, per publication month."""

from collections import defaultdict
from collections.abc import Iterator

import dagster as dg

from pipeline.dataset.monthly import INGEST_TABLES, has_extraction, ingest_month, month_is_current
from pipeline.dataset.nlp_runner import MIN_ARTICLES_FOR_POOL
from pipeline.dataset.reading import MIN_FILES_FOR_WORKERS, SourceReader
from pipeline.dataset.sources import SourceFile
from pipeline.dataset.versions import stage_version
from pipeline.defs.metadata import SCHEMA_CHECK_DESCRIPTION, check_result, months_scope, table_metadata
from pipeline.defs.partitions import month_partitions
from pipeline.defs.resources import NewsDataset

SCHEMA_CHECK = "matches_contract_schema"
RAW_ARTICLES = dg.AssetKey("raw_articles")

raw_articles = dg.AssetSpec(
    RAW_ARTICLES,
    description="The raw article files (*.txt) in the source folder. Watched by the `new_sources_sensor`.",
    group_name="sources",
    kinds={"file"},
)


def files_by_month(files: list[SourceFile]) -> dict[str, list[SourceFile]]:
    """Ingestible source files grouped by their publication month."""
    grouped: dict[str, list[SourceFile]] = defaultdict(list)
    for f in files:
        if f.month is not None:
            grouped[f.month].append(f)
    return grouped


def _start_nlp_early(
    context: dg.AssetExecutionContext, dataset: NewsDataset, grouped: dict[str, list[SourceFile]]
) -> None:
    """Let the NLP workers load the model while ingest runs, when this run extracts many never-seen articles."""
    if dg.AssetKey("quotes") not in (context.run.asset_selection or set()):
        return
    fresh = sum(len(grouped.get(m, [])) for m in context.partition_keys if not has_extraction(dataset.layout, m))
    if fresh >= MIN_ARTICLES_FOR_POOL:
        dataset.nlp_runner().start()


def _spec(key: str, description: str) -> dg.AssetSpec:
    return dg.AssetSpec(
        key,
        deps=[RAW_ARTICLES],
        description=description,
        group_name="ingest",
        kinds={"polars", "parquet"},
        partitions_def=month_partitions,
        code_version=stage_version("parse"),
    )


@dg.multi_asset(
    name="ingest_articles",
    specs=[
        _spec(
            "articles",
            "One row per article: title, cleaned body, publication date with its precision and source. "
            "Decoded (UTF-8, BOM, cp1252), date header removed, artifacts cleaned.",
        ),
        _spec(
            "cleaning_log",
            "One row per thing the cleaner removed or replaced (rule, removed text, offsets in the decoded source).",
        ),
    ],
    partitions_def=month_partitions,
    backfill_policy=dg.BackfillPolicy.single_run(),
    check_specs=[
        dg.AssetCheckSpec(SCHEMA_CHECK, asset=name, blocking=True, description=SCHEMA_CHECK_DESCRIPTION)
        for name in INGEST_TABLES
    ],
)
def ingest_articles(context: dg.AssetExecutionContext, dataset: NewsDataset) -> Iterator[dg.MaterializeResult]:
    """Parse, clean and date every source file of the selected months."""
    grouped = files_by_month(dataset.scan())
    _start_nlp_early(context, dataset, grouped)
    layout = dataset.layout
    issues = {name: [] for name in INGEST_TABLES}
    stale = [m for m in context.partition_keys if not month_is_current(layout, m, grouped.get(m, []))]
    reader = SourceReader(parallel=sum(len(grouped.get(m, [])) for m in stale) >= MIN_FILES_FOR_WORKERS)
    with reader:
        results = [ingest_month(dataset.root, layout, m, grouped.get(m, []), reader) for m in context.partition_keys]
    for result in results:
        month = result.month
        for warning in result.warnings:
            context.log.warning(warning)
        for name in INGEST_TABLES:
            path = layout.month_table(month, name)
            meta = table_metadata(name, result.tables[name], path, partitioned=True)
            context.add_asset_metadata(
                {**meta, "reused_previous_output": result.reused}, asset_key=name, partition_key=month
            )
            issues[name] += [i for i in result.issues if i.table == name]
        context.log.info(
            f"month {month}: {result.tables['articles'].height} articles"
            + (" (unchanged, reused)" if result.reused else "")
        )
    scope = months_scope(context.partition_keys)
    for name in INGEST_TABLES:
        yield dg.MaterializeResult(
            asset_key=name, check_results=[check_result(name, SCHEMA_CHECK, issues[name], scope)]
        )
