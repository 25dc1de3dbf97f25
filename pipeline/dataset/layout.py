"""Where things live under the output folder.

<out>/LATEST, <out>/releases/<release_id>/...   the published dataset (the contract)
<out>/.work/                                    per-month stage outputs and caches (not for consumers)
<out>/.staging/                                 files being written, renamed into place when complete
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class DatasetLayout:
    """Paths of the output folder."""

    out: Path

    @property
    def work(self) -> Path:
        return self.out / ".work"

    @property
    def staging(self) -> Path:
        return self.out / ".staging"

    @property
    def releases(self) -> Path:
        return self.out / "releases"

    @property
    def latest_file(self) -> Path:
        return self.out / "LATEST"

    @property
    def lock_file(self) -> Path:
        return self.out / ".lock"

    @property
    def scan_cache(self) -> Path:
        return self.work / "source_scan.parquet"

    def month_dir(self, month: str) -> Path:
        return self.work / "months" / f"month={month}"

    def month_table(self, month: str, table: str) -> Path:
        return self.month_dir(month) / f"{table}.parquet"

    def global_table(self, table: str) -> Path:
        return self.work / "global" / f"{table}.parquet"

    def release_dir(self, release_id: str) -> Path:
        return self.releases / release_id

    def latest_release_id(self) -> str | None:
        """The release LATEST names, or None before the first release."""
        if not self.latest_file.exists():
            return None
        return self.latest_file.read_text(encoding="utf-8").strip() or None
