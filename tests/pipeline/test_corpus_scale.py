"""Real, noisy corpus articles through the whole pipeline (skipped when ../shared/corpus is absent)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

from pipeline.bench import CORPUS_FILE, bench, default_corpus_dir
from pipeline.core.process import process_files
from pipeline.dataset.verify import verify_release
from pipeline.tables import article_tables
from tests.pipeline.conftest import build

CORPUS = default_corpus_dir()
needs_corpus = pytest.mark.skipif(not (CORPUS / CORPUS_FILE).exists(), reason=f"no {CORPUS_FILE} in {CORPUS}")


def test_bench_says_so_and_exits_cleanly_without_the_corpus(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert bench(tmp_path / "missing", 10, 0, tmp_path / "work", 10) == 0
    assert "corpus not found" in capsys.readouterr().out


N_ARTICLES = 300  # more than MIN_FILES_FOR_WORKERS and MIN_ARTICLES_FOR_POOL: parsing and NLP run in workers


@needs_corpus
def test_corpus_articles_build_into_a_valid_release_that_matches_in_process_extraction(tmp_path: Path) -> None:
    source = tmp_path / "articles"
    subprocess.run(
        [sys.executable, str(CORPUS / "to_text.py"), str(source), str(N_ARTICLES), "--skip", "5000"], check=True
    )
    result = build(source, tmp_path / "datasets")
    assert verify_release(result.layout) == []
    articles = pl.read_parquet(result.release_dir / "articles", hive_partitioning=True)
    assert articles.height == N_ARTICLES and articles["published_date"].null_count() == 0
    assert set(articles["month"]) == {d.strftime("%Y-%m") for d in articles["published_date"]}
    assert result.summary.row_counts["quotes"] > 0 and result.summary.row_counts["entities"] > 0

    # The months streamed through the worker pool give each article its own extraction: a sample analysed
    # in this process, one article at a time, gives the same rows.
    sample = sorted(source.glob("*.txt"))[:: N_ARTICLES // 20]
    expected = article_tables(process_files(source, sample).results)
    for table, columns in (("quotes", QUOTE_COLUMNS), ("entity_mentions", MENTION_COLUMNS)):
        want = expected[table].select(columns).sort(columns)
        ids = want["article_id"].unique()
        got = pl.read_parquet(result.release_dir / table, hive_partitioning=True)
        got = got.filter(pl.col("article_id").is_in(ids)).select(columns).sort(columns)
        assert want.height > 0 and got.equals(want), table


QUOTE_COLUMNS = ["article_id", "section", "start", "end", "text", "speaker", "verb"]
MENTION_COLUMNS = ["article_id", "section", "start", "end", "text", "label"]
