"""Publication months: one dynamic partition per month seen in the sources, plus ``unknown``."""

import dagster as dg

MONTH_PARTITIONS_NAME = "month"
month_partitions = dg.DynamicPartitionsDefinition(name=MONTH_PARTITIONS_NAME)
