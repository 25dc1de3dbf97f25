"""Storage side of the pipeline: sources, work area, Parquet files, validation and releases (no Dagster)."""
