"""Real, noisy corpus articles through the whole pipeline (skipped when ../shared/corpus is absent)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

from pipeline.bench import CORPUS_FILE, bench, default_corpus_dir
from pipeline.dataset.verify import verify_release
from tests.pipeline.conftest import build

CORPUS = default_corpus_dir()
needs_corpus = pytest.mark.skipif(not (CORPUS / CORPUS_FILE).exists(), reason=f"no {CORPUS_FILE} in {CORPUS}")


def test_bench_says_so_and_exits_cleanly_without_the_corpus(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert bench(tmp_path / "missing", 10, 0, tmp_path / "work", 10) == 0
    assert "corpus not found" in capsys.readouterr().out


@needs_corpus
def test_two_hundred_corpus_articles_build_into_a_valid_release(tmp_path: Path) -> None:
    source = tmp_path / "articles"
    subprocess.run([sys.executable, str(CORPUS / "to_text.py"), str(source), "200", "--skip", "5000"], check=True)
    result = build(source, tmp_path / "datasets")
    assert verify_release(result.layout) == []
    articles = pl.read_parquet(result.release_dir / "articles", hive_partitioning=True)
    assert articles.height == 200 and articles["published_date"].null_count() == 0
    assert set(articles["month"]) == {d.strftime("%Y-%m") for d in articles["published_date"]}
    assert result.summary.row_counts["quotes"] > 0 and result.summary.row_counts["entities"] > 0
