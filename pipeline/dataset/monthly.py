"""The per-month stages: ingest (parse, clean, date) and extract (entities, quotes) into the work area.

A month's outputs are recomputed only when its inputs or the stage's code changed; within a month,
articles whose text and extraction code are unchanged reuse their previous extraction rows.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from pipeline.core.records import Article, Extraction, Rejection
from pipeline.dataset.layout import DatasetLayout
from pipeline.dataset.nlp_runner import ExtractionError, NlpRunner, Outcome
from pipeline.dataset.parquet_io import sha256_file, write_parquet, write_text_atomic
from pipeline.dataset.progress import ProgressMeter
from pipeline.dataset.reading import SourceReader
from pipeline.dataset.sources import SourceFile
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


def has_extraction(layout: DatasetLayout, month: str) -> bool:
    """Whether the month was extracted before (so a rebuild may reuse most of its articles)."""
    return (layout.month_dir(month) / "extract_index.parquet").exists()


def _outputs_exist(layout: DatasetLayout, month: str, tables: Sequence[str]) -> bool:
    return all(layout.month_table(month, t).exists() for t in tables)


def _write(layout: DatasetLayout, month: str, tables: dict[str, pl.DataFrame]) -> None:
    for name, df in tables.items():
        write_parquet(df, layout.month_table(month, name), layout.staging)


def ingest_month(
    root: Path, layout: DatasetLayout, month: str, files: Sequence[SourceFile], reader: SourceReader | None = None
) -> MonthResult:
    """Parse, clean and date the month's source files into ``articles`` and ``cleaning_log``."""
    names = INGEST_TABLES
    key = _ingest_key(files)
    if _read_key(layout, month, "ingest") == key and _outputs_exist(layout, month, names):
        return MonthResult(month, {n: pl.read_parquet(layout.month_table(month, n)) for n in names}, reused=True)

    articles: list[Article] = []
    warnings: list[str] = []
    parsed_files = (reader or SourceReader()).read(root, [f.rel_path for f in files])
    for f, parsed in zip(files, parsed_files, strict=True):
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


@dataclass
class _ExtractPlan:
    """One month's extraction before the NLP: its articles, and which of them must go through the model."""

    month: str
    key: str
    articles: pl.DataFrame
    rows: list[tuple[str, str, str]]  # (article_id, title, body)
    text_keys: list[str]
    todo: list[int]  # indices into rows
    previous: dict[str, pl.DataFrame]
    reused: dict[str, pl.DataFrame] | None  # the month's current outputs when nothing changed


def _plan_extract(layout: DatasetLayout, month: str) -> _ExtractPlan:
    articles_path = layout.month_table(month, "articles")
    if not articles_path.exists():
        raise FileNotFoundError(f"month {month} has no ingested articles: materialize `articles` for it first")
    key = _extract_key(articles_path)
    articles = pl.read_parquet(articles_path)
    if _read_key(layout, month, "extract") == key and _outputs_exist(layout, month, EXTRACT_TABLES):
        current = {n: pl.read_parquet(layout.month_table(month, n)) for n in EXTRACT_TABLES}
        return _ExtractPlan(month, key, articles, [], [], [], {}, current)
    previous_keys, previous = _previous_extraction(layout, month, EXTRACT_TABLES)
    rows = articles.select("article_id", "title", "body").rows()
    text_keys = [_text_key(title, body) for _, title, body in rows]
    todo = [i for i, (row, k) in enumerate(zip(rows, text_keys, strict=True)) if previous_keys.get(row[0]) != k]
    return _ExtractPlan(month, key, articles, rows, text_keys, todo, previous, None)


def _finish_extract(layout: DatasetLayout, plan: _ExtractPlan, outcomes: Sequence[Outcome]) -> MonthResult:
    month, articles, rows = plan.month, plan.articles, plan.rows
    if plan.reused is not None:
        return MonthResult(month, {"articles": articles, **plan.reused}, reused=True)
    fresh: dict[str, Extraction] = {}
    failures: list[dict[str, str]] = []
    for i, outcome in zip(plan.todo, outcomes, strict=True):
        if isinstance(outcome, ExtractionError):
            failures.append({"article_id": rows[i][0], "error": outcome.message})
            outcome = Extraction()
        fresh[rows[i][0]] = outcome
    new_tables = extraction_frames(fresh.items())
    kept = [r[0] for r in rows if r[0] not in fresh]
    tables = {
        name: frame(name, pl.concat([plan.previous[name].filter(pl.col("article_id").is_in(kept)), new_tables[name]]))
        for name in EXTRACT_TABLES
    }
    issues = check_article_tables({"articles": articles, **tables})
    if failures:
        sample = pl.DataFrame(failures, schema={"article_id": pl.String, "error": pl.String})
        issues.append(ValidationIssue("quotes", "extraction ran without error", len(failures), sample, "integrity"))
    _write_key(layout, month, "extract", None)
    _write(layout, month, tables)
    index = pl.DataFrame({"article_id": [r[0] for r in rows], "text_key": plan.text_keys}, schema=_INDEX_SCHEMA)
    write_parquet(index, layout.month_dir(month) / "extract_index.parquet", layout.staging)
    if not issues:
        _write_key(layout, month, "extract", plan.key)
    return MonthResult(month, {"articles": articles, **tables}, reused=False, issues=issues, analysed=len(plan.todo))


def extract_months(
    layout: DatasetLayout, months: Sequence[str], runner: NlpRunner, meter: ProgressMeter | None = None
) -> Iterator[MonthResult]:
    """Entities and quotes of the months' cleaned articles into ``entity_mentions`` and ``quotes``, in order.

    The months' new or changed articles go through the model as one stream, so no worker waits at a month's
    end; each month is written as soon as its last article is back. Unchanged articles reuse their rows.
    """
    plans: deque[_ExtractPlan] = deque()

    def texts() -> Iterator[tuple[str, str]]:
        for month in months:
            plan = _plan_extract(layout, month)
            if meter:
                meter.advance(plan.articles.height - len(plan.todo))
            plans.append(plan)
            for i in plan.todo:
                yield plan.rows[i][1], plan.rows[i][2]

    outcomes: list[Outcome] = []

    def finished() -> Iterator[MonthResult]:
        while plans and len(outcomes) == len(plans[0].todo):
            yield _finish_extract(layout, plans.popleft(), outcomes)
            outcomes.clear()

    for outcome in runner.analyze(texts()):
        yield from finished()  # months with nothing left to analyse, planned before this article's month
        outcomes.append(outcome)
        if meter:
            meter.advance()
        yield from finished()
    yield from finished()
    if plans:
        raise RuntimeError(f"extraction stream ended before month {plans[0].month} was complete")


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
