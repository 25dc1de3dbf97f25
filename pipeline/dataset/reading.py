"""Reading and parsing source files: one at a time, or many in worker processes.

Parsing (decode, clean, date) costs a few milliseconds a file, so a first scan or ingest of thousands of
files spreads it over the cores. The workers import only the pure core, not spaCy or polars.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator, Sequence
from functools import partial
from pathlib import Path

from pipeline.core.article import parse_article
from pipeline.core.records import Article, Rejection
from pipeline.dataset.workers import WorkerPoolOwner
from pipeline.settings import default_processes

log = logging.getLogger(__name__)

# Below this many files, starting worker processes costs more than it saves.
MIN_FILES_FOR_WORKERS = 256
_MAX_FILES_PER_TASK = 32


def read_source(root: Path, rel_path: str) -> Article | Rejection:
    """Read and parse one source file; an unreadable file becomes a Rejection, never an exception."""
    try:
        data = (root / rel_path).read_bytes()
    except OSError as exc:
        return Rejection(rel_path, None, f"unreadable file: {exc.strerror or exc}")
    try:
        return parse_article(rel_path, data)
    except Exception as exc:  # a parser bug on one odd file is recorded, not a crash that loses the rest
        log.exception("parsing %s failed", rel_path)
        sha = hashlib.sha256(data).hexdigest()
        return Rejection(
            rel_path, sha, f"could not be parsed (internal error, please report): {type(exc).__name__}: {exc}"
        )


class SourceReader(WorkerPoolOwner):
    """Parses source files in order; with ``parallel`` set, in one worker process per core, started on first use.

    Use as a context manager so the workers are stopped.
    """

    def __init__(self, parallel: bool = False, processes: int | None = None) -> None:
        self.processes = max(1, processes if processes is not None else default_processes())
        self.parallel = parallel and self.processes > 1

    def read(self, root: Path, rel_paths: Sequence[str]) -> Iterator[Article | Rejection]:
        """The parsed files, in the order given, yielded as they are ready."""
        if not self.parallel or len(rel_paths) < 2 * self.processes:
            yield from (read_source(root, rel) for rel in rel_paths)
            return
        pool = self._spawn_pool(self.processes)
        per_task = max(1, min(_MAX_FILES_PER_TASK, len(rel_paths) // (4 * self.processes)))
        yield from pool.map(partial(read_source, root), rel_paths, chunksize=per_task)
