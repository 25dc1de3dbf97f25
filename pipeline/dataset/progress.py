"""Progress lines for long work: done / total, rate and time left."""

from __future__ import annotations

import time
from collections.abc import Callable

Report = Callable[[str], None]


class ProgressMeter:
    """Counts finished items and reports at most every ``interval`` seconds (and at the end)."""

    def __init__(self, what: str, total: int, report: Report, interval: float = 5.0) -> None:
        self.what, self.total, self.report, self.interval = what, total, report, interval
        self.done = 0
        self._start = self._last = time.monotonic()

    def advance(self, n: int = 1) -> None:
        self.done += n
        now = time.monotonic()
        if now - self._last >= self.interval or self.done >= self.total:
            self._last = now
            self.report(self.line(now))

    def line(self, now: float | None = None) -> str:
        elapsed = max((now or time.monotonic()) - self._start, 1e-9)
        rate = self.done / elapsed
        left = (self.total - self.done) / rate if rate > 0 else float("nan")
        pct = 100.0 * self.done / self.total if self.total else 100.0
        eta = f", {_duration(left)} left" if self.done < self.total and rate > 0 else ""
        return f"{self.what}: {self.done}/{self.total} ({pct:.0f}%), {rate:.1f}/s, {_duration(elapsed)} elapsed{eta}"


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    if seconds >= 3600:
        return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
    if seconds >= 60:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds}s"
