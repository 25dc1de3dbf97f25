"""A pool of spawned worker processes owned by one object and stopped with it."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from types import TracebackType
from typing import Self


class WorkerPoolOwner:
    """Owns an optional process pool; use as a context manager (or call ``close``) so the workers stop."""

    _pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Stop the workers (pending work is cancelled)."""
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def _spawn_pool(self, processes: int, initializer: Callable[[], None] | None = None) -> ProcessPoolExecutor:
        # spawn, not fork: the parent may hold threads (Dagster) and a loaded model that must not be copied
        if self._pool is None:
            context = multiprocessing.get_context("spawn")
            self._pool = ProcessPoolExecutor(processes, mp_context=context, initializer=initializer)
        return self._pool
