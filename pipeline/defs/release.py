"""Publish: validate every table, then write an immutable, versioned release and move LATEST."""

from collections.abc import Iterator

import dagster as dg

from pipeline.dataset.publish import StaleInputsError, validate_and_publish
from pipeline.dataset.versions import code_version
from pipeline.defs.metadata import check_result
from pipeline.defs.resources import NewsDataset
from pipeline.tables import GLOBAL_TABLES, MONTHLY_TABLES

RELEASE_CHECK = "all_tables_valid"


@dg.asset(
    deps=[*MONTHLY_TABLES, *GLOBAL_TABLES],
    group_name="publish",
    kinds={"parquet"},
    code_version=code_version(),
    check_specs=[
        dg.AssetCheckSpec(
            RELEASE_CHECK,
            asset="dataset_release",
            description="Pandera schemas and cross-table integrity of everything the release would hold",
        )
    ],
)
def dataset_release(context: dg.AssetExecutionContext, dataset: NewsDataset) -> Iterator[object]:
    """An immutable release of hive-partitioned Parquet (by publication month) with manifest.json; LATEST
    names it. Nothing is published when a check fails or when the content equals the latest release."""
    layout = dataset.layout
    try:
        outcome = validate_and_publish(layout, dataset.scan())
    except StaleInputsError as exc:
        raise dg.Failure(description=str(exc)) from exc
    scope = f"{len(outcome.months)} month(s)"
    if outcome.result is None:
        yield check_result("dataset_release", RELEASE_CHECK, outcome.issues, scope)
        raise dg.Failure(
            description=f"{len(outcome.issues)} check(s) failed; nothing published, LATEST unchanged. "
            f"See the `{RELEASE_CHECK}` check for the failing rows.",
            metadata={"failed_checks": dg.MetadataValue.md("\n".join(f"- {i.describe()}" for i in outcome.issues))},
        )
    result = outcome.result
    manifest = result.manifest
    context.log.info(
        f"release {result.release_id} " + ("published" if result.published else "unchanged: already the latest")
    )
    yield dg.MaterializeResult(
        metadata={
            "release_id": result.release_id,
            "published": result.published,
            "dagster/uri": dg.MetadataValue.path(str(result.path)),
            "months": len(outcome.months),
            **{f"rows/{name}": table["row_count"] for name, table in manifest["tables"].items()},
            "code_version": manifest["code_version"],
            "source_fingerprint": manifest["source_fingerprint"],
        },
        data_version=dg.DataVersion(manifest["content_hash"]),
        check_results=[check_result("dataset_release", RELEASE_CHECK, [], scope)],
    )
