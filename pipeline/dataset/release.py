"""Immutable releases: assemble in a staging folder, write the manifest, rename into place, move LATEST."""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import uuid
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import polars as pl
import pyarrow.parquet as pq

from pipeline.dataset.layout import DatasetLayout
from pipeline.dataset.parquet_io import sha256_file, write_parquet, write_text_atomic
from pipeline.dataset.versions import SCHEMA_VERSION
from pipeline.tables import GLOBAL_TABLES, MONTHLY_TABLES, renamed_entities

PART_FILE = "part-0.parquet"


@dataclass(frozen=True)
class PublishResult:
    """What a publish did: the release that LATEST names and whether it is new."""

    release_id: str
    published: bool
    manifest: dict[str, Any]
    path: Path


@contextmanager
def output_lock(layout: DatasetLayout) -> Iterator[None]:
    """Hold an exclusive lock on the output folder so two publishers never interleave."""
    layout.out.mkdir(parents=True, exist_ok=True)
    with layout.lock_file.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _link_or_copy(src: Path, dst: Path) -> None:
    dst.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(src, dst)  # work files are only ever replaced, never rewritten in place: sharing is safe
    except OSError:
        shutil.copy2(src, dst)


def _stage_month_file(src: Path, dst: Path, table: str, entities: pl.DataFrame, staging_root: Path) -> None:
    """Link a month's work file into the release, or write it anew where it names an entity otherwise than
    ``entities`` does (a month keeps each article's spelling; the release names every entity one way)."""
    if table in ("entity_mentions", "quotes"):
        renamed = renamed_entities(table, pl.read_parquet(src), entities)
        if renamed is not None:
            write_parquet(renamed, dst, staging_root)
            return
    _link_or_copy(src, dst)


def _file_entry(release_dir: Path, path: Path, partition: str | None) -> dict[str, Any]:
    meta = pq.read_metadata(path)
    return {
        "path": path.relative_to(release_dir).as_posix(),
        "sha256": sha256_file(path),
        "rows": meta.num_rows,
        "bytes": path.stat().st_size,
        "partition": partition,
    }


def _columns(path: Path) -> dict[str, str]:
    return {field.name: str(field.type) for field in pq.read_schema(path)}


def content_hash(code_version: str, source_fingerprint: str, tables: Mapping[str, Any]) -> str:
    """Hash of what a release holds: schema and code versions, sources, and every file's sha256."""
    digest = hashlib.sha256(f"{SCHEMA_VERSION}\n{code_version}\n{source_fingerprint}\n".encode())
    for name in sorted(tables):
        for entry in sorted(tables[name]["files"], key=lambda e: e["path"]):
            digest.update(f"{entry['path']}\x1f{entry['sha256']}\n".encode())
    return digest.hexdigest()


def read_manifest(layout: DatasetLayout, release_id: str) -> dict[str, Any]:
    """The manifest of a published release."""
    path = layout.release_dir(release_id) / "manifest.json"
    if not path.exists():
        raise FileNotFoundError(f"release {release_id} has no manifest at {path}")
    return json.loads(path.read_text(encoding="utf-8"))


def _next_sequence(layout: DatasetLayout) -> int:
    if not layout.releases.exists():
        return 1
    numbers = [int(p.name.split("-", 1)[0]) for p in layout.releases.iterdir() if p.name.split("-", 1)[0].isdigit()]
    return max(numbers, default=0) + 1


def publish_release(
    layout: DatasetLayout,
    months: Sequence[str],
    global_tables: Mapping[str, pl.DataFrame],
    source_fingerprint: str,
    code_version: str,
) -> PublishResult:
    """Publish the work area's month files plus the global tables as a new immutable release.

    Nothing is published when the content equals the release LATEST names already.
    """
    with output_lock(layout):
        staging = layout.staging / f"release-{uuid.uuid4().hex}"
        try:
            return _assemble_and_publish(layout, staging, months, global_tables, source_fingerprint, code_version)
        finally:
            shutil.rmtree(staging, ignore_errors=True)


def _assemble_and_publish(
    layout: DatasetLayout,
    staging: Path,
    months: Sequence[str],
    global_tables: Mapping[str, pl.DataFrame],
    source_fingerprint: str,
    code_version: str,
) -> PublishResult:
    tables: dict[str, dict[str, Any]] = {}
    for name in MONTHLY_TABLES:
        files = []
        for month in months:
            dst = staging / name / f"month={month}" / PART_FILE
            _stage_month_file(layout.month_table(month, name), dst, name, global_tables["entities"], layout.staging)
            files.append(_file_entry(staging, dst, f"month={month}"))
        tables[name] = {"files": files}
    for name in GLOBAL_TABLES:
        dst = staging / name / PART_FILE
        write_parquet(global_tables[name], dst, layout.staging)
        tables[name] = {"files": [_file_entry(staging, dst, None)]}
    for table in tables.values():
        first = staging / table["files"][0]["path"] if table["files"] else None
        table["columns"] = _columns(first) if first else {}
        table["row_count"] = sum(f["rows"] for f in table["files"])

    digest = content_hash(code_version, source_fingerprint, tables)
    previous = layout.latest_release_id()
    if previous and previous.endswith(digest[:16]) and layout.release_dir(previous).exists():
        return PublishResult(previous, False, read_manifest(layout, previous), layout.release_dir(previous))

    release_id = f"{_next_sequence(layout):06d}-{digest[:16]}"
    manifest = {
        "release_id": release_id,
        "schema_version": SCHEMA_VERSION,
        "code_version": code_version,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "previous_release_id": previous,
        "source_fingerprint": source_fingerprint,
        "content_hash": digest,
        "tables": {name: tables[name] for name in sorted(tables)},
    }
    (staging / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    final = layout.release_dir(release_id)
    layout.releases.mkdir(parents=True, exist_ok=True)
    os.rename(staging, final)  # atomic: the release appears complete or not at all
    write_text_atomic(layout.latest_file, release_id + "\n")
    return PublishResult(release_id, True, manifest, final)


def release_files(release_dir: Path) -> set[str]:
    """Every file under a release folder, relative to it."""
    return {p.relative_to(release_dir).as_posix() for p in release_dir.rglob("*") if p.is_file()}
