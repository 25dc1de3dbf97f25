"""The pure core: text in, typed records out. Nothing here knows about Dagster or Parquet."""
