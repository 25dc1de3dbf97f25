"""Extraction streams many months through one runner: months come back complete, in order, reused when unchanged."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from pipeline.core.records import Extraction
from pipeline.dataset.layout import DatasetLayout
from pipeline.dataset.monthly import extract_months, ingest_month
from pipeline.dataset.nlp_runner import CHUNK_SIZE, MIN_ARTICLES_FOR_POOL, NlpRunner, Text
from pipeline.dataset.sources import scan_sources
from pipeline.defs.ingest import files_by_month
from tests.pipeline.conftest import copy_seeds


class CountingRunner:
    """Stands in for NlpRunner: an empty extraction per text, counting what it was given."""

    def __init__(self) -> None:
        self.texts: list[Text] = []

    def analyze(self, texts: Iterable[Text]) -> Iterator[Extraction]:
        for text in texts:
            self.texts.append(text)
            yield Extraction()


@pytest.fixture
def ingested(tmp_path: Path) -> tuple[DatasetLayout, dict[str, int]]:
    source = copy_seeds(tmp_path / "src")
    # one more month with two articles, so months of different sizes share the stream
    for i in range(2):
        (source / f"extra{i}.txt").write_text(f" date 2021-05-0{i + 1} Titre {i}\n\nTexte {i}.\n", encoding="utf-8")
    layout = DatasetLayout(tmp_path / "out")
    grouped = files_by_month(scan_sources(source, layout.scan_cache, layout.staging))
    for month, files in grouped.items():
        ingest_month(source, layout, month, files)
    return layout, {month: len(files) for month, files in grouped.items()}


def test_months_come_back_in_order_each_with_its_own_articles(ingested: tuple[DatasetLayout, dict[str, int]]) -> None:
    layout, sizes = ingested
    months = sorted(sizes)
    runner = CountingRunner()
    results = list(extract_months(layout, months, runner))  # type: ignore[arg-type]
    assert [r.month for r in results] == months
    assert [r.analysed for r in results] == [sizes[m] for m in months]
    assert len(runner.texts) == sum(sizes.values())
    assert all(not r.reused and not r.issues for r in results)


def test_unchanged_months_are_reused_and_skip_the_model(ingested: tuple[DatasetLayout, dict[str, int]]) -> None:
    layout, sizes = ingested
    months = sorted(sizes)
    list(extract_months(layout, months, CountingRunner()))  # type: ignore[arg-type]
    redo = months[1]
    for name in ("quotes", "entity_mentions", "extract_index"):
        (layout.month_dir(redo) / f"{name}.parquet").unlink(missing_ok=True)
    runner = CountingRunner()
    results = list(extract_months(layout, months, runner))  # type: ignore[arg-type]
    assert [r.month for r in results] == months
    assert {r.month for r in results if not r.reused} == {redo}
    assert len(runner.texts) == sizes[redo]


def test_pool_reads_the_stream_lazily_and_keeps_order() -> None:
    pulled = 0
    n = MIN_ARTICLES_FOR_POOL + 20 * CHUNK_SIZE

    def texts() -> Iterator[Text]:
        nonlocal pulled
        for i in range(n):
            pulled += 1
            yield f"Titre {i}", f"Emmanuel Macron a parlé à Paris le jour {i}."

    with NlpRunner(processes=2) as runner:
        outcomes = runner.analyze(texts())
        first = next(outcomes)
        # the head that decides on the pool, plus a bounded window of chunks, not the whole stream
        assert pulled <= MIN_ARTICLES_FOR_POOL + 2 * 2 * CHUNK_SIZE + CHUNK_SIZE
        rest = list(outcomes)
    assert len(rest) + 1 == n
    assert isinstance(first, Extraction)
    assert all(any(m.text == "Paris" for m in o.mentions) for o in [first, *rest])
