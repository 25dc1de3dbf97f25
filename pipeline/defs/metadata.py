"""Materialization metadata shown in the Dagster UI: row counts, column schema, a Markdown preview."""

from pathlib import Path
from typing import Any

import dagster as dg
import polars as pl

from pipeline.dataset.validation import ValidationIssue, issues_markdown, markdown_table
from pipeline.tables import SCHEMAS

PREVIEW_ROWS = 5
PREVIEW_STR_LENGTH = 40  # the UI shows the preview in a narrow column: long texts wrap into tall rows
SCHEMA_CHECK_DESCRIPTION = (
    "Every row matches the table's contract (Pandera schema: columns, types, nullability, allowed values, "
    "unique keys). On failure, `details` lists the failing checks and rows."
)
_ARTICLE = "The article's row in `articles`."
_SECTION = "`title` or `body`: the article section the offsets point into."
# Column descriptions shown in the UI's Columns table (the dataset card, datasets/README.md, says more).
COLUMN_DESCRIPTIONS: dict[str, dict[str, str]] = {
    "articles": {
        "article_id": "16 hex characters from the source's relative path: stable across rebuilds and code changes.",
        "source_path": "The source file, relative to the source folder.",
        "content_sha256": "SHA-256 of the source file's bytes.",
        "title": "The headline, without the date header.",
        "body": "The cleaned text; paragraphs separated by one blank line.",
        "published_date": "First day of the period for month or year precision; null when undated.",
        "date_precision": "`day`, `month` or `year`.",
        "date_source": "`header`, `text` (the article's own publication line) or `url` (a dated URL).",
        "n_words": "Words (whitespace-separated) in the cleaned body.",
    },
    "quotes": {
        "quote_id": "Stable id of the quotation.",
        "article_id": _ARTICLE,
        "section": _SECTION,
        "start": "Offset of the first character inside the quotation marks.",
        "end": "Offset just past the last character inside the quotation marks.",
        "text": "The quotation (the span, minus paragraph breaks and continuation marks).",
        "quote_type": "`direct` (a whole quoted sentence or more) or `partial` (a fragment in the writer's sentence).",
        "speaker": "Canonical name of who said it (a person, an organisation, or a description).",
        "speaker_entity_id": "The speaker's row in `entities`, when the speaker is a named entity.",
        "speaker_mention": "The words that attribute the quote (a name, a pronoun, a description).",
        "verb": "Lemma of the reporting verb, or `selon`.",
        "confidence": "0 to 1; lower for inferred attributions (pronoun, continuation, description).",
    },
    "entity_mentions": {
        "mention_id": "Stable id of the mention.",
        "article_id": _ARTICLE,
        "section": _SECTION,
        "start": "Offset of the mention's first character.",
        "end": "Offset just past the mention (`section_text[start:end] == text`).",
        "text": "The mention as written.",
        "label": "`PER`, `ORG`, `LOC` or `MISC`.",
        "entity_id": "The mention's row in `entities`.",
        "canonical_name": "The name in the mention's article; a release gives every mention its entity's name.",
    },
    "cleaning_log": {
        "article_id": _ARTICLE,
        "rule": "Stable rule name (`publisher_boilerplate`, `author_bio`, `duplicate_pull_quote`, `url`, ...).",
        "removed_text": (
            "What was removed or replaced, as it stood in the decoded source (`mojibake` rows: as the file had it)."
        ),
        "start": "Offset in the decoded source text (UTF-8 or cp1252, line ends as LF).",
        "end": "End offset in the decoded source text.",
    },
    "entities": {
        "entity_id": "Stable across releases for the same label and canonical name (accents, case, hyphens aside).",
        "canonical_name": 'The spelling most mentions use of the fullest common form ("Jens Stoltenberg", "OTAN").',
        "label": "`PER`, `ORG`, `LOC` or `MISC`.",
        "aliases": "Every surface form seen.",
        "n_mentions": "Mentions across the corpus.",
        "n_articles": "Articles that mention it.",
    },
    "rejected_sources": {
        "source_path": "The source file, relative to the source folder.",
        "content_sha256": "SHA-256 of the file's bytes; null when unreadable.",
        "reason": 'Why it was not ingested ("empty file", "not valid text: binary content", ...).',
    },
}
_PREVIEW_COLUMNS: dict[str, list[str]] = {
    "articles": ["title", "published_date", "date_precision", "date_source", "n_words", "source_path"],
    "quotes": ["text", "quote_type", "speaker", "verb", "confidence"],
    "entity_mentions": ["text", "label", "canonical_name", "section", "start"],
    "cleaning_log": ["rule", "removed_text", "start", "end"],
    "entities": ["canonical_name", "label", "n_mentions", "n_articles", "aliases"],
    "rejected_sources": ["source_path", "reason"],
}


def column_schema(table: str) -> dg.TableSchema:
    """The contract's columns of a table, with their descriptions, as a Dagster TableSchema."""
    described = COLUMN_DESCRIPTIONS[table]
    return dg.TableSchema(
        columns=[
            dg.TableColumn(name, str(dtype), description=described[name]) for name, dtype in SCHEMAS[table].items()
        ]
    )


def preview(table: str, df: pl.DataFrame) -> dg.MarkdownMetadataValue:
    """The first rows of a table as a Markdown table (long texts shortened)."""
    text = (
        markdown_table(df.select(_PREVIEW_COLUMNS[table]), PREVIEW_ROWS, PREVIEW_STR_LENGTH)
        if df.height
        else "_no rows_"
    )
    return dg.MetadataValue.md(text)


def table_metadata(table: str, df: pl.DataFrame, path: Path, partitioned: bool) -> dict[str, Any]:
    """Standard metadata for one table (one partition of it when ``partitioned``)."""
    count_key = "dagster/partition_row_count" if partitioned else "dagster/row_count"
    return {
        count_key: df.height,
        "dagster/column_schema": column_schema(table),
        "dagster/uri": dg.MetadataValue.path(str(path)),
        "preview": preview(table, df),
    }


def months_scope(months: list[str]) -> str:
    """The months a run covered, for a check's ``scope`` (a long range is shortened to its ends)."""
    if len(months) <= 4:
        return f"month{'s' if len(months) != 1 else ''} {', '.join(months)}"
    return f"{len(months)} months, {months[0]} .. {months[-1]}"


def check_result(asset: str, check: str, issues: list[ValidationIssue], scope: str) -> dg.AssetCheckResult:
    """An asset check result carrying the failing rows as Markdown."""
    return dg.AssetCheckResult(
        asset_key=asset,
        check_name=check,
        passed=not issues,
        metadata={
            "scope": scope,
            "failing_checks": len(issues),
            "failing_rows": sum(i.failures for i in issues),
            "details": dg.MetadataValue.md(issues_markdown(issues)),
        },
    )
