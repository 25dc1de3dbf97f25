"""Checks run before anything is published: Pandera schemas per table and cross-table integrity."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandera.polars as pa
import polars as pl

from pipeline.core.quotation.text_rule import quote_text_matches
from pipeline.dataset.schemas import TABLE_SCHEMAS
from pipeline.tables import ENTITY_NAME_COLUMNS

SAMPLE_ROWS = 20


@dataclass(frozen=True)
class ValidationIssue:
    """One failed check: how many rows fail it and a sample of them."""

    table: str
    check: str
    failures: int
    sample: pl.DataFrame
    kind: str = "schema"  # "schema" (one table's Pandera schema) or "integrity" (across tables)

    def describe(self) -> str:
        return f"{self.table}: {self.check} ({self.failures} failing rows)"


def check_schema(table: str, df: pl.DataFrame) -> list[ValidationIssue]:
    """Validate one table against its Pandera schema (data-level checks included)."""
    try:
        TABLE_SCHEMAS[table].validate(df, lazy=True)
    except pa.errors.SchemaErrors as exc:
        cases = exc.failure_cases
        return [
            ValidationIssue(table, f"{key['column'] or 'table'}: {key['check']}", grp.height, grp.head(SAMPLE_ROWS))
            for key, grp in _groups(cases, ["column", "check"])
        ]
    except pa.errors.SchemaError as exc:  # raised eagerly for some structural errors
        return [ValidationIssue(table, str(exc), 1, pl.DataFrame({"error": [str(exc)]}))]
    return []


def _groups(df: pl.DataFrame, keys: list[str]):
    for key_values, grp in df.group_by(keys, maintain_order=True):
        yield dict(zip(keys, key_values, strict=True)), grp


def _issue(table: str, check: str, failing: pl.DataFrame) -> list[ValidationIssue]:
    if not failing.height:
        return []
    return [ValidationIssue(table, check, failing.height, failing.head(SAMPLE_ROWS), kind="integrity")]


def _with_section_text(df: pl.DataFrame, articles: pl.DataFrame) -> pl.DataFrame:
    joined = df.join(articles.select("article_id", "title", "body"), on="article_id", how="left")
    return joined.with_columns(
        pl.when(pl.col("section") == "title").then(pl.col("title")).otherwise(pl.col("body")).alias("_section")
    )


def _span_mismatches(df: pl.DataFrame, articles: pl.DataFrame, key: str, lenient: bool) -> pl.DataFrame:
    rows = []
    for r in (
        _with_section_text(df, articles)
        .select(key, "article_id", "section", "start", "end", "text", "_section")
        .iter_rows(named=True)
    ):
        section = r["_section"] or ""
        span = section[r["start"] : r["end"]] if r["end"] <= len(section) else None
        ok = span is not None and (quote_text_matches(span, r["text"]) if lenient else span == r["text"])
        if not ok:
            rows.append(
                {
                    key: r[key],
                    "article_id": r["article_id"],
                    "section": r["section"],
                    "start": r["start"],
                    "end": r["end"],
                    "text": r["text"],
                    "span": span,
                }
            )
    return pl.DataFrame(
        rows,
        schema={
            key: pl.String,
            "article_id": pl.String,
            "section": pl.String,
            "start": pl.Int32,
            "end": pl.Int32,
            "text": pl.String,
            "span": pl.String,
        },
    )


def check_article_tables(tables: Mapping[str, pl.DataFrame]) -> list[ValidationIssue]:
    """Schemas of the per-article tables given (``articles`` required) and their integrity.

    Integrity: foreign keys to ``articles``, offsets that give the text, speakers among the mentions.
    """
    issues = [i for name, df in tables.items() for i in check_schema(name, df)]
    articles = tables["articles"]
    for name in ("quotes", "entity_mentions", "cleaning_log"):
        if name not in tables:
            continue
        orphans = tables[name].join(articles.select("article_id"), on="article_id", how="anti")
        issues += _issue(name, "article_id exists in articles", orphans)
    if "entity_mentions" not in tables or "quotes" not in tables:
        return issues
    issues += _issue(
        "entity_mentions",
        "section_text[start:end] == text",
        _span_mismatches(tables["entity_mentions"], articles, "mention_id", lenient=False),
    )
    issues += _issue(
        "quotes",
        "section_text[start:end] gives the quote text",
        _span_mismatches(tables["quotes"], articles, "quote_id", lenient=True),
    )
    mention_ids = tables["entity_mentions"].select(pl.col("entity_id").alias("speaker_entity_id")).unique()
    speakers = tables["quotes"].filter(pl.col("speaker_entity_id").is_not_null())
    issues += _issue(
        "quotes",
        "speaker_entity_id is an entity mentioned in the article",
        speakers.join(mention_ids, on="speaker_entity_id", how="anti"),
    )
    return issues


def check_global_tables(
    entities: pl.DataFrame, mentions: pl.LazyFrame, quotes: pl.LazyFrame, rejected: pl.DataFrame
) -> list[ValidationIssue]:
    """Schemas of the corpus-wide tables and their agreement with the per-article tables."""
    issues = check_schema("entities", entities) + check_schema("rejected_sources", rejected)
    counts = mentions.group_by("entity_id").agg(pl.len().cast(pl.Int32).alias("mentions")).collect()
    disagree = entities.join(counts, on="entity_id", how="full", coalesce=True).filter(
        pl.col("n_mentions").is_null() | pl.col("mentions").is_null() | (pl.col("n_mentions") != pl.col("mentions"))
    )
    issues += _issue("entities", "one row per mentioned entity, n_mentions agrees with entity_mentions", disagree)
    dangling = (
        quotes.filter(pl.col("speaker_entity_id").is_not_null())
        .join(
            entities.lazy().select(pl.col("entity_id").alias("speaker_entity_id")),
            on="speaker_entity_id",
            how="anti",
        )
        .collect()
    )
    issues += _issue("quotes", "speaker_entity_id exists in entities", dangling)
    return issues + _name_mismatches(entities, mentions, quotes)


def _name_mismatches(entities: pl.DataFrame, mentions: pl.LazyFrame, quotes: pl.LazyFrame) -> list[ValidationIssue]:
    """Mentions and named speakers that spell their entity otherwise than its row in ``entities``."""
    tables = {"entity_mentions": (mentions, "mention_id"), "quotes": (quotes, "quote_id")}
    checks = {
        "entity_mentions": "canonical_name is its entity's canonical_name in entities",
        "quotes": "a named speaker is its entity's canonical_name in entities",
    }
    issues: list[ValidationIssue] = []
    for table, (rows, row_id) in tables.items():
        name, key = ENTITY_NAME_COLUMNS[table]
        names = entities.lazy().select(pl.col("entity_id").alias(key), pl.col("canonical_name").alias("entity_name"))
        wrong = (
            rows.join(names, on=key, how="inner")
            .filter(pl.col(name) != pl.col("entity_name"))
            .select(row_id, "article_id", key, name, "entity_name")
            .collect()
        )
        issues += _issue(table, checks[table], wrong)
    return issues


def markdown_table(df: pl.DataFrame, rows: int, text_width: int = 80) -> str:
    """A DataFrame's first rows as a Markdown table, long texts shortened (for the Dagster UI)."""
    with pl.Config(
        tbl_formatting="MARKDOWN",
        tbl_hide_column_data_types=True,
        tbl_hide_dataframe_shape=True,
        fmt_str_lengths=text_width,
        tbl_rows=rows,
        tbl_cols=12,
        tbl_width_chars=400,
    ):
        return str(df.head(rows))


def issues_markdown(issues: list[ValidationIssue]) -> str:
    """The failing checks and a sample of their rows, as Markdown for the Dagster UI."""
    if not issues:
        return "All checks passed."
    return "\n".join(f"### {i.describe()}\n\n{markdown_table(i.sample, SAMPLE_ROWS)}\n" for i in issues)
