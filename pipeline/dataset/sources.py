"""Scanning the source folder: every ``*.txt`` file with its sha256 and publication month.

Learning a file's month means parsing it (the date may come from the header, a publication line or a
URL), so results are cached by (path, size, mtime, parser version): a rescan of an unchanged folder only
stats files.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from pipeline.core.records import Article, Rejection
from pipeline.dataset.parquet_io import write_parquet
from pipeline.dataset.reading import MIN_FILES_FOR_WORKERS, SourceReader
from pipeline.dataset.versions import stage_version

log = logging.getLogger(__name__)

_CACHE_SCHEMA = pl.Schema(
    {
        "rel_path": pl.String,
        "size": pl.Int64,
        "mtime_ns": pl.Int64,
        "parser": pl.String,
        "sha256": pl.String,
        "month": pl.String,
        "rejection": pl.String,
    }
)


class SourceFolderError(Exception):
    """The source folder cannot be used."""


@dataclass(frozen=True, slots=True)
class SourceFile:
    """A source file as last scanned."""

    rel_path: str
    size: int
    mtime_ns: int
    sha256: str | None
    month: str | None  # None when the file is rejected
    rejection: str | None = None


def list_source_paths(root: Path) -> list[Path]:
    """Every ``*.txt`` under ``root`` (recursively, hidden folders skipped), in a stable order."""
    if not root.is_dir():
        raise SourceFolderError(
            f"source folder {root} does not exist or is not a folder: pass --source DIR or set NEWS_PIPELINE_SOURCE"
        )
    return sorted(
        p
        for p in root.rglob("*.txt")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(root).parts)
    )


def _source_file(rel: str, stat: os.stat_result, parsed: Article | Rejection) -> SourceFile:
    if isinstance(parsed, Rejection):
        return SourceFile(rel, stat.st_size, stat.st_mtime_ns, parsed.content_sha256, None, parsed.reason)
    return SourceFile(rel, stat.st_size, stat.st_mtime_ns, parsed.content_sha256, parsed.month)


def _load_cache(cache_path: Path | None) -> dict[str, SourceFile]:
    if cache_path is None or not cache_path.exists():
        return {}
    try:
        df = pl.read_parquet(cache_path)
    except Exception as exc:  # a corrupt cache is only a slower scan
        log.warning("ignoring unreadable scan cache %s: %s", cache_path, exc)
        return {}
    parser = stage_version("parse")
    return {
        r["rel_path"]: SourceFile(r["rel_path"], r["size"], r["mtime_ns"], r["sha256"], r["month"], r["rejection"])
        for r in df.filter(pl.col("parser") == parser).iter_rows(named=True)
    }


def _save_cache(cache_path: Path, files: Iterable[SourceFile], staging: Path) -> None:
    parser = stage_version("parse")
    rows = [
        {
            "rel_path": f.rel_path,
            "size": f.size,
            "mtime_ns": f.mtime_ns,
            "parser": parser,
            "sha256": f.sha256,
            "month": f.month,
            "rejection": f.rejection,
        }
        for f in files
    ]
    write_parquet(pl.DataFrame(rows, schema=_CACHE_SCHEMA), cache_path, staging)


def scan_sources(
    root: Path,
    cache_path: Path | None = None,
    staging: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[SourceFile]:
    """Scan ``root``; files unchanged since the cached scan are not read again, many changed ones in parallel."""
    paths = list_source_paths(root)
    cached = _load_cache(cache_path)
    found: dict[str, SourceFile] = {}
    changed: dict[str, os.stat_result] = {}
    for path in paths:
        rel = path.relative_to(root).as_posix()
        hit = cached.get(rel)
        stat = path.stat()
        if hit and hit.size == stat.st_size and hit.mtime_ns == stat.st_mtime_ns:
            found[rel] = hit
        else:
            changed[rel] = stat
    done = len(found)
    with SourceReader(parallel=len(changed) >= MIN_FILES_FOR_WORKERS) as reader:
        for (rel, stat), parsed in zip(changed.items(), reader.read(root, list(changed)), strict=True):
            found[rel] = _source_file(rel, stat, parsed)
            done += 1
            if progress and (done % 500 == 0 or done == len(paths)):
                progress(done, len(paths))
    if progress and not changed and paths:
        progress(len(paths), len(paths))
    files = [found[path.relative_to(root).as_posix()] for path in paths]
    if cache_path is not None and (changed or len(cached) != len(files)):
        _save_cache(cache_path, files, staging or cache_path.parent)
    return files


def months_of(files: Iterable[SourceFile]) -> list[str]:
    """Sorted distinct months of the ingestible files (``unknown`` last)."""
    months = {f.month for f in files if f.month is not None}
    return sorted(months, key=lambda m: (m == "unknown", m))


def source_fingerprint(files: Iterable[SourceFile]) -> str:
    """Hash over the sources' relative paths and sha256s."""
    digest = hashlib.sha256()
    for f in sorted(files, key=lambda f: f.rel_path):
        digest.update(f"{f.rel_path}\x1f{f.sha256}\n".encode())
    return digest.hexdigest()
