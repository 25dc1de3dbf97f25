"""Extract: named-entity mentions and quotations (with speakers) from the cleaned articles, per month."""

from collections.abc import Iterator

import dagster as dg
import pyarrow.parquet as pq

from pipeline.dataset.layout import DatasetLayout
from pipeline.dataset.monthly import EXTRACT_TABLES, extract_months
from pipeline.dataset.progress import ProgressMeter
from pipeline.dataset.versions import stage_version
from pipeline.defs.ingest import SCHEMA_CHECK
from pipeline.defs.metadata import SCHEMA_CHECK_DESCRIPTION, check_result, months_scope, table_metadata
from pipeline.defs.partitions import month_partitions
from pipeline.defs.resources import NewsDataset

INTEGRITY_CHECK = "offsets_and_keys_consistent"


def _article_count(layout: DatasetLayout, months: list[str]) -> int:
    """Articles in the months' ingested tables (read from Parquet footers, not the data)."""
    paths = [layout.month_table(m, "articles") for m in months]
    return sum(pq.read_metadata(p).num_rows for p in paths if p.exists())


def _spec(key: str, description: str) -> dg.AssetSpec:
    return dg.AssetSpec(
        key,
        deps=["articles"],
        description=description,
        group_name="extract",
        kinds={"spacy", "polars", "parquet"},
        partitions_def=month_partitions,
        code_version=stage_version("extract"),
    )


@dg.multi_asset(
    name="extract_entities_and_quotes",
    specs=[
        _spec(
            "entity_mentions",
            "One row per named-entity mention (PER, ORG, LOC, MISC) with offsets and its entity's canonical name.",
        ),
        _spec(
            "quotes",
            "One row per quotation: span, direct/partial, speaker (canonical name and entity), reporting verb, "
            "confidence.",
        ),
    ],
    partitions_def=month_partitions,
    backfill_policy=dg.BackfillPolicy.single_run(),
    pool="nlp",
    check_specs=[
        *(
            dg.AssetCheckSpec(SCHEMA_CHECK, asset=name, blocking=True, description=SCHEMA_CHECK_DESCRIPTION)
            for name in EXTRACT_TABLES
        ),
        dg.AssetCheckSpec(
            INTEGRITY_CHECK,
            asset="quotes",
            blocking=True,
            description="Foreign keys to articles, offsets that give the text, speakers among the mentions",
        ),
    ],
)
def extract_entities_and_quotes(
    context: dg.AssetExecutionContext, dataset: NewsDataset
) -> Iterator[dg.MaterializeResult]:
    """Run spaCy (fr_core_news_md) over the selected months' articles; unchanged articles are reused."""
    layout = dataset.layout
    runner = dataset.nlp_runner()
    schema_issues = {name: [] for name in EXTRACT_TABLES}
    integrity = []
    analysed = 0
    meter = ProgressMeter(
        "articles through extraction", _article_count(layout, context.partition_keys), context.log.info
    )
    for result in extract_months(layout, context.partition_keys, runner, meter):
        month = result.month
        analysed += result.analysed
        for name in EXTRACT_TABLES:
            meta = table_metadata(name, result.tables[name], layout.month_table(month, name), partitioned=True)
            context.add_asset_metadata(
                {**meta, "reused_previous_output": result.reused, "articles_run_through_spacy": result.analysed},
                asset_key=name,
                partition_key=month,
            )
        for issue in result.issues:
            if issue.kind == "integrity":
                integrity.append(issue)
            elif issue.table in schema_issues:
                schema_issues[issue.table].append(issue)
        context.log.info(
            f"month {month}: {result.tables['quotes'].height} quotes, "
            f"{result.tables['entity_mentions'].height} entity mentions, {result.analysed} articles analysed"
        )
    scope = f"{months_scope(context.partition_keys)}: {analysed} article(s) run through spaCy, the others reused"
    yield dg.MaterializeResult(
        asset_key="entity_mentions",
        check_results=[check_result("entity_mentions", SCHEMA_CHECK, schema_issues["entity_mentions"], scope)],
    )
    yield dg.MaterializeResult(
        asset_key="quotes",
        check_results=[
            check_result("quotes", SCHEMA_CHECK, schema_issues["quotes"], scope),
            check_result("quotes", INTEGRITY_CHECK, integrity, scope),
        ],
    )
