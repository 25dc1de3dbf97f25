"""Deterministic, atomic Parquet writes and file fingerprints."""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq

# Fixed writer options: with pinned library versions the same table gives the same bytes.
_WRITE_OPTIONS = {"compression": "zstd", "compression_level": 3, "write_statistics": True, "version": "2.6"}


@dataclass(frozen=True, slots=True)
class FileInfo:
    """A written file as the manifest describes it."""

    path: str
    sha256: str
    rows: int
    bytes: int


def _plain_types(table: pa.Table) -> pa.Table:
    """Regular (not large) string and list types: the most widely readable Arrow types."""

    def plain(t: pa.DataType) -> pa.DataType:
        if pa.types.is_large_string(t) or pa.types.is_string_view(t):
            return pa.string()
        if pa.types.is_large_list(t) or pa.types.is_list(t):
            return pa.list_(plain(t.value_type))
        return t

    return table.cast(pa.schema([pa.field(f.name, plain(f.type), f.nullable) for f in table.schema]))


def sha256_file(path: Path) -> str:
    """Hex sha256 of a file's bytes."""
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_parquet(df: pl.DataFrame, path: Path, staging_dir: Path) -> FileInfo:
    """Write ``df`` to ``path`` atomically: write in ``staging_dir`` (outside any table folder), then rename."""
    staging_dir.mkdir(parents=True, exist_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(suffix=".parquet.tmp", dir=staging_dir)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        pq.write_table(_plain_types(df.rechunk().to_arrow()), tmp, **_WRITE_OPTIONS)
        info = FileInfo(str(path), sha256_file(tmp), df.height, tmp.stat().st_size)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return info


def read_parquet(path: Path) -> pl.DataFrame:
    """Read one Parquet file written by :func:`write_parquet`."""
    return pl.read_parquet(path)


def write_text_atomic(path: Path, text: str) -> None:
    """Replace a small text file atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp_name, path)
