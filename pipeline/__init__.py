"""news-pipeline: raw French news articles -> versioned, validated, hive-partitioned Parquet releases."""
