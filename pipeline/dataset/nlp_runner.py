"""Running the NLP extraction over a stream of articles, in this process or in a pool of worker processes.

Each worker loads the model once and returns small records (not spaCy Docs), so both cores parse while
the parent only reads, writes and reports. The stream is consumed lazily with a bounded number of chunks in
flight: a caller can feed many months as one stream (no worker waits at a month's end) while memory stays
bounded by the window, not by the corpus.
"""

from __future__ import annotations

import itertools
import logging
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.core.nlp import doc_input, extract, load_nlp
from pipeline.core.records import DocLayout, Extraction
from pipeline.dataset.workers import WorkerPoolOwner
from pipeline.settings import default_processes

log = logging.getLogger(__name__)

Text = tuple[str, str]  # (title, body)
# Below this many articles, starting workers (each loads the model) costs more than it saves.
MIN_ARTICLES_FOR_POOL = 64
# Articles per task sent to a worker (and per spaCy batch): large enough for batching, small enough that the
# stream's last chunk leaves the other workers idle only briefly.
CHUNK_SIZE = 16
# Chunks in flight per worker: one running, one queued, so a worker never waits on the parent.
CHUNKS_IN_FLIGHT_PER_WORKER = 2

_worker_nlp: Language | None = None


@dataclass(frozen=True, slots=True)
class ExtractionError:
    """Extraction raised on one article: recorded and reported, the other articles go on."""

    message: str


Outcome = Extraction | ExtractionError


def _extract_safely(doc: Doc, layout: DocLayout) -> Outcome:
    try:
        return extract(doc, layout)
    except Exception as exc:  # a bug on one odd article must not lose the others
        log.exception("extraction failed")
        return ExtractionError(f"{type(exc).__name__}: {exc}")


def _analyze(nlp: Language, texts: Sequence[Text]) -> list[Outcome]:
    inputs = (doc_input(title, body) for title, body in texts)
    return [_extract_safely(doc, layout) for doc, layout in nlp.pipe(inputs, as_tuples=True, batch_size=CHUNK_SIZE)]


def _init_worker() -> None:
    global _worker_nlp
    _worker_nlp = load_nlp()


def _analyze_in_worker(texts: Sequence[Text]) -> list[Outcome]:
    assert _worker_nlp is not None, "worker not initialised"
    return _analyze(_worker_nlp, texts)


def _chunks(texts: Iterable[Text]) -> Iterator[list[Text]]:
    iterator = iter(texts)
    while chunk := list(itertools.islice(iterator, CHUNK_SIZE)):
        yield chunk


class NlpRunner(WorkerPoolOwner):
    """Extraction over streams of articles; use as a context manager so worker processes are stopped."""

    def __init__(self, processes: int | None = None) -> None:
        self.processes = max(1, processes if processes is not None else default_processes())
        self._nlp: Language | None = None

    def start(self) -> None:
        """Start the worker processes now (they load the model while the caller does other work)."""
        if self.processes == 1 or self._pool is not None:
            return
        log.info("starting %d NLP worker processes", self.processes)
        pool = self._spawn_pool(self.processes, initializer=_init_worker)
        for _ in range(self.processes):  # workers are spawned on demand: one trivial task each starts them all
            pool.submit(len, ())

    def analyze(self, texts: Iterable[Text]) -> Iterator[Outcome]:
        """Extractions for (title, body) texts, in order, yielded as they are ready; ``texts`` is read lazily."""
        iterator = iter(texts)
        head = list(itertools.islice(iterator, MIN_ARTICLES_FOR_POOL))
        if self.processes == 1 or (self._pool is None and len(head) < MIN_ARTICLES_FOR_POOL):
            if self._nlp is None:
                self._nlp = load_nlp()
            for chunk in _chunks(itertools.chain(head, iterator)):
                yield from _analyze(self._nlp, chunk)
            return
        self.start()
        assert self._pool is not None
        in_flight: deque[Future[list[Outcome]]] = deque()
        for chunk in _chunks(itertools.chain(head, iterator)):
            in_flight.append(self._pool.submit(_analyze_in_worker, chunk))
            if len(in_flight) > self.processes * CHUNKS_IN_FLIGHT_PER_WORKER:
                yield from in_flight.popleft().result()
        while in_flight:
            yield from in_flight.popleft().result()
