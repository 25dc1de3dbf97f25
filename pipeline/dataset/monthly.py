"""The per-month stages: ingest (parse, clean, date) and extract (entities, quotes) into the work area.

A month's outputs are recomputed only when its inputs or the stage's code changed; within a month,
articles whose text and extraction code are unchanged reuse their previous extraction rows.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from pipeline.core.records import Article, Extraction, Rejection
from pipeline.dataset.layout import DatasetLayout
from pipeline.dataset.nlp_runner import ExtractionError, NlpRunner
from pipeline.dataset.parquet_io import sha256_file, write_parquet, write_text_atomic
from pipeline.dataset.progress import ProgressMeter
from pipeline.dataset.sources import SourceFile, read_source
from pipeline.dataset.validation import ValidationIssue, check_article_tables, check_schema
from pipeline.dataset.versions import stage_version
from pipeline.tables import articles_frame, cleaning_log_frame, extraction_frames, frame

log = logging.getLogger(__name__)

_INDEX_SCHEMA = pl.Schema({"article_id": pl.String, "text_key": pl.String})


@dataclass
class MonthResult:
    """What a stage produced for one month."""

    month: str
    tables: dict[str, pl.DataFrame]
    reused: bool
    issues: list[ValidationIssue] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    analysed: int = 0  # articles that went through the NLP model (not reused)


def _key(*parts: str) -> str:
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def _read_key(layout: DatasetLayout, month: str, stage: str) -> str | None:
    path = layout.month_dir(month) / "stages.json"
    if not path.exists():
        return None
    return json.loads(path.read_text(encoding="utf-8")).get(stage)


def _write_key(layout: DatasetLayout, month: str, stage: str, key: str | None) -> None:
    path = layout.month_dir(month) / "stages.json"
    keys = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    if key is None:
        keys.pop(stage, None)
    else:
        keys[stage] = key
    write_text_atomic(path, json.dumps(keys, indent=2, sort_keys=True) + "\n")


INGEST_TABLES = ("articles", "cleaning_log")
EXTRACT_TABLES = ("quotes", "entity_mentions")


def _ingest_key(files: Sequence[SourceFile]) -> str:
    return _key(stage_version("parse"), stage_version("tables"), *sorted(f"{f.rel_path}\x1f{f.sha256}" for f in files))


def _extract_key(articles_path: Path) -> str:
    return _key(stage_version("extract"), stage_version("tables"), sha256_file(articles_path))


def month_is_current(layout: DatasetLayout, month: str, files: Sequence[SourceFile]) -> bool:
    """Whether the month's work tables were built from exactly these sources by the current code."""
    if _read_key(layout, month, "ingest") != _ingest_key(files):
        return False
    if not _outputs_exist(layout, month, INGEST_TABLES + EXTRACT_TABLES):
        return False
    return _read_key(layout, month, "extract") == _extract_key(layout.month_table(month, "articles"))


def work_months(layout: DatasetLayout) -> list[str]:
    """Months that have a folder in the work area."""
    root = layout.work / "months"
    return sorted(p.name.removeprefix("month=") for p in root.glob("month=*")) if root.exists() else []


def _outputs_exist(layout: DatasetLayout, month: str, tables: Sequence[str]) -> bool:
    return all(layout.month_table(month, t).exists() for t in tables)


def _write(layout: DatasetLayout, month: str, tables: dict[str, pl.DataFrame]) -> None:
    for name, df in tables.items():
        write_parquet(df, layout.month_table(month, name), layout.staging)


def ingest_month(root: Path, layout: DatasetLayout, month: str, files: Sequence[SourceFile]) -> MonthResult:
    """Parse, clean and date the month's source files into ``articles`` and ``cleaning_log``."""
    names = INGEST_TABLES
    key = _ingest_key(files)
    if _read_key(layout, month, "ingest") == key and _outputs_exist(layout, month, names):
        return MonthResult(month, {n: pl.read_parquet(layout.month_table(month, n)) for n in names}, reused=True)

    articles: list[Article] = []
    warnings: list[str] = []
    for f in files:
        parsed = read_source(root, f.rel_path)
        if isinstance(parsed, Rejection) or parsed.month != month or parsed.content_sha256 != f.sha256:
            warnings.append(f"{f.rel_path} changed since it was scanned; it is left for the next build")
            continue
        articles.append(parsed)
        warnings.extend(f"{parsed.source_path}: {w}" for w in parsed.warnings)
    tables = {"articles": articles_frame(articles), "cleaning_log": cleaning_log_frame(articles)}
    issues = check_schema("articles", tables["articles"]) + check_schema("cleaning_log", tables["cleaning_log"])
    _write_key(layout, month, "ingest", None)
    _write(layout, month, tables)
    if not issues:
        _write_key(layout, month, "ingest", key)
    return MonthResult(month, tables, reused=False, issues=issues, warnings=warnings)


def _text_key(title: str, body: str) -> str:
    return _key(stage_version("extract"), title, body)


def extract_month(
    layout: DatasetLayout, month: str, runner: NlpRunner, meter: ProgressMeter | None = None
) -> MonthResult:
    """Entities and quotes of the month's cleaned articles into ``entity_mentions`` and ``quotes``."""
    names = EXTRACT_TABLES
    articles_path = layout.month_table(month, "articles")
    if not articles_path.exists():
        raise FileNotFoundError(f"month {month} has no ingested articles: materialize `articles` for it first")
    key = _extract_key(articles_path)
    articles = pl.read_parquet(articles_path)
    if _read_key(layout, month, "extract") == key and _outputs_exist(layout, month, names):
        tables = {n: pl.read_parquet(layout.month_table(month, n)) for n in names}
        if meter:
            meter.advance(articles.height)
        return MonthResult(month, {"articles": articles, **tables}, reused=True)

    previous_keys, previous_tables = _previous_extraction(layout, month, names)
    rows = articles.select("article_id", "title", "body").rows()
    keys = [_text_key(title, body) for _, title, body in rows]
    todo = [i for i, (row, k) in enumerate(zip(rows, keys, strict=True)) if previous_keys.get(row[0]) != k]
    if meter:
        meter.advance(len(rows) - len(todo))
    fresh: dict[str, Extraction] = {}
    failures: list[dict[str, str]] = []
    for i, outcome in zip(todo, runner.analyze([(rows[i][1], rows[i][2]) for i in todo]), strict=True):
        if isinstance(outcome, ExtractionError):
            failures.append({"article_id": rows[i][0], "error": outcome.message})
            outcome = Extraction()
        fresh[rows[i][0]] = outcome
        if meter:
            meter.advance()
    new_tables = extraction_frames(fresh.items())
    kept = [r[0] for r in rows if r[0] not in fresh]
    tables = {
        name: frame(
            name,
            pl.concat([previous_tables[name].filter(pl.col("article_id").is_in(kept)), new_tables[name]]),
        )
        for name in names
    }
    issues = check_article_tables({"articles": articles, **tables})
    if failures:
        sample = pl.DataFrame(failures, schema={"article_id": pl.String, "error": pl.String})
        issues.append(ValidationIssue("quotes", "extraction ran without error", len(failures), sample, "integrity"))
    _write_key(layout, month, "extract", None)
    _write(layout, month, tables)
    index = pl.DataFrame({"article_id": [r[0] for r in rows], "text_key": keys}, schema=_INDEX_SCHEMA)
    write_parquet(index, layout.month_dir(month) / "extract_index.parquet", layout.staging)
    if not issues:
        _write_key(layout, month, "extract", key)
    return MonthResult(month, {"articles": articles, **tables}, reused=False, issues=issues, analysed=len(todo))


def _previous_extraction(
    layout: DatasetLayout, month: str, names: Sequence[str]
) -> tuple[dict[str, str], dict[str, pl.DataFrame]]:
    """The month's previous extraction: text key per article and its tables (empty when there is none)."""
    index = layout.month_dir(month) / "extract_index.parquet"
    if not index.exists() or not _outputs_exist(layout, month, names):
        return {}, {name: frame(name, []) for name in names}
    keys = dict(pl.read_parquet(index).iter_rows())
    return keys, {name: pl.read_parquet(layout.month_table(month, name)) for name in names}


def remove_month(layout: DatasetLayout, month: str) -> None:
    """Forget a month that no longer has sources (its work files go; published releases keep theirs)."""
    shutil.rmtree(layout.month_dir(month), ignore_errors=True)
