"""The corpus-wide tables, built from the per-month work tables and the source scan."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from pipeline.core.records import Rejection
from pipeline.dataset.layout import DatasetLayout
from pipeline.dataset.parquet_io import sha256_file, write_parquet, write_text_atomic
from pipeline.dataset.sources import SourceFile, months_of
from pipeline.dataset.validation import ValidationIssue, check_schema
from pipeline.dataset.versions import stage_version
from pipeline.tables import entities_table, frame, rejections_table


@dataclass
class BuiltTable:
    """A corpus-wide table as written to the work area."""

    table: pl.DataFrame
    path: Path
    issues: list[ValidationIssue]
    months: int


def _keys_path(layout: DatasetLayout) -> Path:
    return layout.work / "global" / "stages.json"


def _stored_key(layout: DatasetLayout, table: str) -> str | None:
    path = _keys_path(layout)
    return json.loads(path.read_text(encoding="utf-8")).get(table) if path.exists() else None


def _store_key(layout: DatasetLayout, table: str, key: str | None) -> None:
    path = _keys_path(layout)
    keys = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    keys[table] = key
    write_text_atomic(path, json.dumps(keys, indent=2, sort_keys=True) + "\n")


def mention_files(layout: DatasetLayout, files: list[SourceFile]) -> list[Path]:
    """The entity_mentions work files of the months that have sources."""
    return [layout.month_table(m, "entity_mentions") for m in months_of(files)]


def _entities_key(layout: DatasetLayout, files: list[SourceFile]) -> str:
    digest = hashlib.sha256(stage_version("tables").encode())  # how the table is aggregated, then its inputs
    for path in mention_files(layout, files):
        digest.update(f"{path.parent.name}:{sha256_file(path) if path.exists() else '-'}\n".encode())
    return digest.hexdigest()


def _rejected_key(rejections: list[Rejection]) -> str:
    return hashlib.sha256(
        json.dumps([(r.source_path, r.content_sha256, r.reason) for r in rejections]).encode()
    ).hexdigest()


def rejections_of(files: list[SourceFile]) -> list[Rejection]:
    """The scan's rejected files."""
    return [Rejection(f.rel_path, f.sha256, f.rejection or "rejected") for f in files if f.month is None]


def build_entities(layout: DatasetLayout, files: list[SourceFile]) -> BuiltTable:
    """Aggregate every month's entity mentions into the ``entities`` table."""
    paths = mention_files(layout, files)
    missing = [p.parent.name for p in paths if not p.exists()]
    if missing:
        raise FileNotFoundError(
            f"entity mentions missing for {', '.join(missing[:5])}: materialize `entity_mentions` for them first"
        )
    key = _entities_key(layout, files)
    mentions = pl.scan_parquet(paths) if paths else frame("entity_mentions", []).lazy()
    table = entities_table(mentions)
    issues = check_schema("entities", table)
    path = layout.global_table("entities")
    write_parquet(table, path, layout.staging)
    _store_key(layout, "entities", None if issues else key)
    return BuiltTable(table, path, issues, len(paths))


def build_rejected_sources(layout: DatasetLayout, files: list[SourceFile]) -> BuiltTable:
    """The ``rejected_sources`` table from the scan."""
    rejections = rejections_of(files)
    table = rejections_table(rejections)
    issues = check_schema("rejected_sources", table)
    path = layout.global_table("rejected_sources")
    write_parquet(table, path, layout.staging)
    _store_key(layout, "rejected_sources", None if issues else _rejected_key(rejections))
    return BuiltTable(table, path, issues, 0)


def stale_global_tables(layout: DatasetLayout, files: list[SourceFile]) -> list[str]:
    """Corpus-wide tables that do not reflect the current month tables and sources."""
    stale = []
    if _stored_key(layout, "entities") != _entities_key(layout, files):
        stale.append("entities")
    if _stored_key(layout, "rejected_sources") != _rejected_key(rejections_of(files)):
        stale.append("rejected_sources")
    return stale
