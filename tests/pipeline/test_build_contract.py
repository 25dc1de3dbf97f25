"""End to end: the seeds built through Dagster into a release that keeps the dataset contract."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pandas as pd
import polars as pl
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from pipeline.dataset.verify import verify_release
from pipeline.tables import GLOBAL_TABLES, MONTHLY_TABLES, SCHEMAS
from tests.pipeline.conftest import Build, build, copy_seeds

MANIFEST_KEYS = {
    "release_id",
    "schema_version",
    "code_version",
    "created_at",
    "previous_release_id",
    "source_fingerprint",
    "tables",
}


def test_latest_names_a_complete_release(seed_build: Build) -> None:
    layout = seed_build.layout
    assert layout.latest_release_id() == seed_build.summary.release_id
    manifest = json.loads((seed_build.release_dir / "manifest.json").read_text())
    assert manifest.keys() >= MANIFEST_KEYS
    assert manifest["previous_release_id"] is None
    assert set(manifest["tables"]) == set(MONTHLY_TABLES + GLOBAL_TABLES)
    assert seed_build.summary.release_id.endswith(manifest["content_hash"][:16])
    assert verify_release(layout) == []


def test_monthly_tables_are_hive_partitioned_without_the_key_in_files(seed_build: Build) -> None:
    for table in MONTHLY_TABLES:
        folders = sorted(p.name for p in (seed_build.release_dir / table).iterdir())
        assert folders == ["month=2022-02", "month=unknown"], table
        for folder in folders:
            files = list((seed_build.release_dir / table / folder).iterdir())
            assert [f.name for f in files] == ["part-0.parquet"]
            assert pq.read_schema(files[0]).names == SCHEMAS[table].names()
    for table in GLOBAL_TABLES:
        assert [p.name for p in (seed_build.release_dir / table).iterdir()] == ["part-0.parquet"]


@pytest.mark.parametrize("table", MONTHLY_TABLES)
def test_every_consumer_reads_the_same_rows(seed_build: Build, table: str) -> None:
    path = seed_build.release_dir / table
    polars_df = pl.scan_parquet(path, hive_partitioning=True).collect()
    pandas_df = pd.read_parquet(path)
    arrow_table = ds.dataset(path, partitioning="hive").to_table()
    duck = duckdb.sql(f"select count(*) from read_parquet('{path}/*/*.parquet', hive_partitioning=true)").fetchall()[0]
    assert polars_df.height == len(pandas_df) == arrow_table.num_rows == duck[0] > 0
    assert set(polars_df["month"].unique()) == {"2022-02", "unknown"}


def test_articles_dates_and_titles(seed_build: Build) -> None:
    articles = pl.read_parquet(seed_build.release_dir / "articles", hive_partitioning=True)
    by_file = {Path(r["source_path"]).name: r for r in articles.iter_rows(named=True)}
    assert len(by_file) == 5
    for name, row in by_file.items():
        if name.startswith("004"):
            assert row["published_date"] is None and row["date_precision"] is None and row["month"] == "unknown"
        else:
            assert str(row["published_date"]) == "2022-02-01" and row["date_precision"] == "month"
            assert row["date_source"] == "header" and row["month"] == "2022-02"
        assert "date 2022" not in row["title"]
        assert "\n\n\n" not in row["body"] and "\r" not in row["body"]


def test_rebuilding_publishes_nothing_new(seed_build: Build) -> None:
    again = build(seed_build.source, seed_build.out)
    assert not again.summary.published
    assert again.summary.release_id == seed_build.summary.release_id
    assert again.summary.months_built == []
    assert len(list(seed_build.layout.releases.iterdir())) == 1


def _file_hashes(release_dir: Path) -> dict[str, str]:
    manifest = json.loads((release_dir / "manifest.json").read_text())
    return {f["path"]: f["sha256"] for t in manifest["tables"].values() for f in t["files"]}


def test_same_sources_and_code_give_identical_files(seed_build: Build, tmp_path: Path) -> None:
    other = build(seed_build.source, tmp_path / "datasets")
    assert other.summary.release_id == seed_build.summary.release_id
    assert _file_hashes(other.release_dir) == _file_hashes(seed_build.release_dir)


def test_verify_detects_a_tampered_file(seed_build: Build, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(seed_build.out, copy, ignore=shutil.ignore_patterns(".work", ".staging", ".lock"))
    from pipeline.dataset.layout import DatasetLayout

    target = next((copy / "releases").glob("*/quotes/month=2022-02/part-0.parquet"))
    df = pl.read_parquet(target)
    df.with_columns(pl.lit(0.5, pl.Float32).alias("confidence")).write_parquet(target)
    problems = verify_release(DatasetLayout(copy))
    assert any("sha256 differs" in p for p in problems)
    (copy / "releases" / seed_build.summary.release_id / "articles" / "stray.parquet").write_bytes(b"x")
    assert any("not in the manifest" in p for p in verify_release(DatasetLayout(copy)))


def test_a_new_release_leaves_the_previous_one_intact(seed_build: Build, tmp_path: Path) -> None:
    source = copy_seeds(tmp_path / "src")
    first = build(source, tmp_path / "datasets")
    before = {p: (first.release_dir / p).read_bytes() for p in _file_hashes(first.release_dir)}
    (source / "new_article.txt").write_text(
        " date 2021-03-15 Un nouvel article\n\n« Nous irons jusqu'au bout », a déclaré Marie Dupont.\n",
        encoding="utf-8",
    )
    second = build(source, tmp_path / "datasets")
    assert second.summary.published and second.summary.release_id != first.summary.release_id
    assert second.summary.months_built == ["2021-03"]
    assert first.layout.latest_release_id() == second.summary.release_id
    manifest = json.loads((second.release_dir / "manifest.json").read_text())
    assert manifest["previous_release_id"] == first.summary.release_id
    assert second.summary.release_id > first.summary.release_id
    assert {p: (first.release_dir / p).read_bytes() for p in before} == before
    assert verify_release(first.layout, first.summary.release_id) == []
    assert (second.release_dir / "articles" / "month=2021-03" / "part-0.parquet").exists()
