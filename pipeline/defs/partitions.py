"""Publication months: one dynamic partition per month seen in the sources, plus ``unknown``."""

import dagster as dg

MONTH_PARTITIONS_NAME = "month"
month_partitions = dg.DynamicPartitionsDefinition(name=MONTH_PARTITIONS_NAME)

# What one month's run materializes, and what a release needs on top (shared by the CLI and the sensor).
MONTH_ASSETS = [dg.AssetKey(k) for k in ("articles", "cleaning_log", "entity_mentions", "quotes")]
CORPUS_ASSETS = [dg.AssetKey(k) for k in ("entities", "rejected_sources", "dataset_release")]
