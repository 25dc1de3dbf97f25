"""Parsing many source files in worker processes gives exactly what parsing them one by one gives."""

from __future__ import annotations

from pathlib import Path

from pipeline.core.records import Article, Rejection
from pipeline.dataset.reading import MIN_FILES_FOR_WORKERS, SourceReader, read_source
from pipeline.dataset.sources import scan_sources


def _folder(root: Path, n: int) -> list[str]:
    root.mkdir(parents=True, exist_ok=True)
    names = []
    for i in range(n):
        name = f"a{i:04d}.txt"
        month = 1 + i % 12
        (root / name).write_text(f" date 2021-{month:02d}-03 Titre {i}\n\nPremier paragraphe {i}.\n", encoding="utf-8")
        names.append(name)
    (root / "empty.txt").write_bytes(b"")
    (root / "binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    return [*names, "empty.txt", "binary.txt", "missing.txt"]


def test_workers_return_the_same_records_in_order(tmp_path: Path) -> None:
    names = _folder(tmp_path, 40)
    sequential = [read_source(tmp_path, n) for n in names]
    with SourceReader(parallel=True, processes=2) as reader:
        parallel = list(reader.read(tmp_path, names))
    assert parallel == sequential
    assert sum(isinstance(p, Rejection) for p in parallel) == 3
    assert [p.source_path for p in parallel if isinstance(p, Article)] == names[:40]


def test_a_large_first_scan_in_workers_matches_a_sequential_one(tmp_path: Path) -> None:
    _folder(tmp_path / "src", MIN_FILES_FOR_WORKERS + 10)
    seen: list[tuple[int, int]] = []
    scanned = scan_sources(tmp_path / "src", tmp_path / "cache.parquet", tmp_path, lambda d, t: seen.append((d, t)))
    by_name = {f.rel_path: f for f in scanned}
    for name in ("a0000.txt", "a0013.txt", "empty.txt", "binary.txt"):
        parsed = read_source(tmp_path / "src", name)
        f = by_name[name]
        if isinstance(parsed, Rejection):
            assert f.month is None and f.rejection == parsed.reason
        else:
            assert (f.month, f.sha256) == (parsed.month, parsed.content_sha256)
    assert seen[-1] == (len(scanned), len(scanned))
    # the cache answers the second scan without parsing
    assert scan_sources(tmp_path / "src", tmp_path / "cache.parquet", tmp_path) == scanned
