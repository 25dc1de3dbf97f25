"""Re-check a published release against its manifest and the schemas."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pyarrow.parquet as pq

from pipeline.dataset.layout import DatasetLayout
from pipeline.dataset.parquet_io import sha256_file
from pipeline.dataset.release import content_hash, read_manifest, release_files
from pipeline.dataset.validation import check_article_tables, check_global_tables
from pipeline.tables import GLOBAL_TABLES, MONTHLY_TABLES


def read_release_table(release_dir: Path, table: str) -> pl.DataFrame:
    """A whole table of a release, as consumers read it (hive partitions become a ``month`` column)."""
    return pl.read_parquet(release_dir / table, hive_partitioning=table in MONTHLY_TABLES)


def verify_release(layout: DatasetLayout, release_id: str | None = None) -> list[str]:
    """Problems found in a release (LATEST by default); an empty list means it is intact and valid."""
    release_id = release_id or layout.latest_release_id()
    if release_id is None:
        return [f"no release in {layout.out}: LATEST is missing (run `news-pipeline build` first)"]
    release_dir = layout.release_dir(release_id)
    if not release_dir.is_dir():
        return [f"release {release_id} not found under {layout.releases}"]
    try:
        manifest = read_manifest(layout, release_id)
    except (FileNotFoundError, ValueError) as exc:
        return [f"unreadable manifest: {exc}"]

    problems: list[str] = []
    if manifest.get("release_id") != release_id:
        problems.append(f"manifest names release {manifest.get('release_id')!r}, folder is {release_id!r}")
    listed = {"manifest.json"}
    for name in (*MONTHLY_TABLES, *GLOBAL_TABLES):
        table = manifest.get("tables", {}).get(name)
        if table is None:
            problems.append(f"table {name} missing from the manifest")
            continue
        for entry in table["files"]:
            listed.add(entry["path"])
            path = release_dir / entry["path"]
            if not path.is_file():
                problems.append(f"{entry['path']}: file missing")
                continue
            if sha256_file(path) != entry["sha256"]:
                problems.append(f"{entry['path']}: sha256 differs from the manifest")
            if path.stat().st_size != entry["bytes"]:
                problems.append(f"{entry['path']}: size differs from the manifest")
            if pq.read_metadata(path).num_rows != entry["rows"]:
                problems.append(f"{entry['path']}: row count differs from the manifest")
            columns = {f.name: str(f.type) for f in pq.read_schema(path)}
            if columns != table["columns"]:
                problems.append(f"{entry['path']}: columns {columns} differ from the manifest")
        if table["row_count"] != sum(e["rows"] for e in table["files"]):
            problems.append(f"table {name}: row_count disagrees with its files")
    extra = release_files(release_dir) - listed
    if extra:
        problems.append(f"files not in the manifest: {sorted(extra)[:10]}")
    expected = content_hash(manifest["code_version"], manifest["source_fingerprint"], manifest["tables"])
    if not release_id.endswith(expected[:16]):
        problems.append("release_id does not end in the content hash of its files")
    if problems:
        return problems

    tables = {name: read_release_table(release_dir, name) for name in (*MONTHLY_TABLES, *GLOBAL_TABLES)}
    monthly = {name: tables[name].drop("month") for name in MONTHLY_TABLES}
    issues = check_article_tables(monthly) + check_global_tables(
        tables["entities"],
        monthly["entity_mentions"].lazy(),
        monthly["quotes"].lazy(),
        tables["rejected_sources"],
    )
    problems += [f"schema check failed: {issue.describe()}" for issue in issues]
    return problems
