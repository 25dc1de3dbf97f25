"""`news-pipeline evaluate`: score a release (or a fresh in-memory build) against a reference file."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any

import polars as pl

from pipeline.evaluation.gold import load_gold
from pipeline.tables import MONTHLY_TABLES

# (aspect, module, scorer, the gold key that says an article is annotated for it)
SCORERS: tuple[tuple[str, str, str, str], ...] = (
    ("quotes", "pipeline.evaluation.quotes", "score_quotes", "quotes"),
    ("entities", "pipeline.evaluation.entities", "score_entities", "entities"),
    ("cleaning and dates", "pipeline.evaluation.cleaning", "score_cleaning", "must_keep"),
)


def tables_from_release(out: Path, release_id: str | None) -> dict[str, pl.DataFrame]:
    """The per-article tables of a published release (LATEST by default)."""
    from pipeline.dataset.layout import DatasetLayout
    from pipeline.dataset.verify import read_release_table

    layout = DatasetLayout(out)
    release_id = release_id or layout.latest_release_id()
    if release_id is None:
        raise FileNotFoundError(f"no release in {out}: run `news-pipeline build` first or pass --source")
    release_dir = layout.release_dir(release_id)
    return {name: read_release_table(release_dir, name).drop("month") for name in MONTHLY_TABLES}


def tables_from_source(source: Path) -> dict[str, pl.DataFrame]:
    """The per-article tables of an in-memory build of a folder (no Dagster, nothing written)."""
    from pipeline.core.process import process_files
    from pipeline.tables import article_tables

    return article_tables(process_files(source).results)


def score_all(gold: list[dict[str, Any]], tables: dict[str, pl.DataFrame]) -> dict[str, Any]:
    """Every score whose aspect the reference annotates, keyed by aspect."""
    scores = {}
    for aspect, module, function, key in SCORERS:
        annotated = [a for a in gold if key in a]
        if annotated:
            scorer = getattr(importlib.import_module(module), function)
            scores[aspect] = scorer(annotated, tables)
    return scores


def evaluate(gold_path: Path, source: Path | None, out: Path, release_id: str | None) -> int:
    """Print the scores and the per-article misses; exit status 0 unless the inputs are unusable."""
    gold = load_gold(gold_path)
    try:
        tables = tables_from_source(source) if source else tables_from_release(out, release_id)
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    scores = score_all(gold, tables)
    print(f"reference: {gold_path} ({len(gold)} articles)")
    for aspect, score in scores.items():
        print(f"\n== {aspect}")
        for name, value in score.summary().items():
            print(f"  {name:<28} {value:.3f}" if isinstance(value, float) else f"  {name:<28} {value}")
        if score.misses:
            print(f"  misses ({len(score.misses)}):")
            for miss in score.misses:
                print(f"    - {miss}")
    return 0
