"""Pandera schemas that encode the dataset contract, one per table."""

from __future__ import annotations

import pandera.polars as pa
import polars as pl

from pipeline.tables import SCHEMAS

_HEX16 = r"^[0-9a-f]{16}$"
_SECTION = pa.Check.isin(["title", "body"])
_LABEL = pa.Check.isin(["PER", "ORG", "LOC", "MISC"])


def _offsets_ordered(data: pa.PolarsData) -> pl.LazyFrame:
    return data.lazyframe.select((pl.col("start") >= 0) & (pl.col("end") >= pl.col("start")))


def _precision_iff_date(data: pa.PolarsData) -> pl.LazyFrame:
    dated = pl.col("published_date").is_not_null()
    return data.lazyframe.select(
        (dated == pl.col("date_precision").is_not_null()) & (dated == pl.col("date_source").is_not_null())
    )


def _day_one_unless_day_precision(data: pa.PolarsData) -> pl.LazyFrame:
    return data.lazyframe.select(
        pl.col("published_date").is_null()
        | (pl.col("date_precision") == "day")
        | (pl.col("published_date").dt.day() == 1)
    )


def _col(dtype: pl.DataType, *checks: pa.Check, nullable: bool = False, unique: bool = False) -> pa.Column:
    return pa.Column(dtype, list(checks), nullable=nullable, unique=unique)


TABLE_SCHEMAS: dict[str, pa.DataFrameSchema] = {
    "articles": pa.DataFrameSchema(
        {
            "article_id": _col(pl.String, pa.Check.str_matches(_HEX16), unique=True),
            "source_path": _col(pl.String, pa.Check.str_length(min_value=1), unique=True),
            "content_sha256": _col(pl.String, pa.Check.str_matches(r"^[0-9a-f]{64}$")),
            "title": _col(pl.String),
            "body": _col(pl.String),
            "published_date": _col(pl.Date, nullable=True),
            "date_precision": _col(pl.String, pa.Check.isin(["day", "month", "year"]), nullable=True),
            "date_source": _col(pl.String, pa.Check.str_length(min_value=1), nullable=True),
            "n_words": _col(pl.Int32, pa.Check.ge(0)),
        },
        checks=[
            pa.Check(_precision_iff_date, error="date_precision and date_source null exactly when undated"),
            pa.Check(_day_one_unless_day_precision, error="month/year precision dates are the period's first day"),
        ],
        strict=True,
        ordered=True,
        name="articles",
    ),
    "quotes": pa.DataFrameSchema(
        {
            "quote_id": _col(pl.String, pa.Check.str_matches(_HEX16), unique=True),
            "article_id": _col(pl.String, pa.Check.str_matches(_HEX16)),
            "section": _col(pl.String, _SECTION),
            "start": _col(pl.Int32),
            "end": _col(pl.Int32),
            "text": _col(pl.String, pa.Check.str_length(min_value=1)),
            "quote_type": _col(pl.String, pa.Check.isin(["direct", "partial"])),
            "speaker": _col(pl.String, pa.Check.str_length(min_value=1), nullable=True),
            "speaker_entity_id": _col(pl.String, pa.Check.str_matches(_HEX16), nullable=True),
            "speaker_mention": _col(pl.String, nullable=True),
            "verb": _col(pl.String, nullable=True),
            "confidence": _col(pl.Float32, pa.Check.in_range(0.0, 1.0)),
        },
        checks=[pa.Check(_offsets_ordered, error="0 <= start <= end")],
        strict=True,
        ordered=True,
        name="quotes",
    ),
    "entity_mentions": pa.DataFrameSchema(
        {
            "mention_id": _col(pl.String, pa.Check.str_matches(_HEX16), unique=True),
            "article_id": _col(pl.String, pa.Check.str_matches(_HEX16)),
            "section": _col(pl.String, _SECTION),
            "start": _col(pl.Int32),
            "end": _col(pl.Int32),
            "text": _col(pl.String, pa.Check.str_length(min_value=1)),
            "label": _col(pl.String, _LABEL),
            "entity_id": _col(pl.String, pa.Check.str_matches(_HEX16)),
            "canonical_name": _col(pl.String, pa.Check.str_length(min_value=1)),
        },
        checks=[pa.Check(_offsets_ordered, error="0 <= start <= end")],
        strict=True,
        ordered=True,
        name="entity_mentions",
    ),
    "cleaning_log": pa.DataFrameSchema(
        {
            "article_id": _col(pl.String, pa.Check.str_matches(_HEX16)),
            "rule": _col(pl.String, pa.Check.str_matches(r"^[a-z][a-z0-9_]*$")),
            "removed_text": _col(pl.String),
            "start": _col(pl.Int32),
            "end": _col(pl.Int32),
        },
        checks=[pa.Check(_offsets_ordered, error="0 <= start <= end")],
        strict=True,
        ordered=True,
        name="cleaning_log",
    ),
    "entities": pa.DataFrameSchema(
        {
            "entity_id": _col(pl.String, pa.Check.str_matches(_HEX16), unique=True),
            "canonical_name": _col(pl.String, pa.Check.str_length(min_value=1)),
            "label": _col(pl.String, _LABEL),
            "aliases": _col(pl.List(pl.String)),
            "n_mentions": _col(pl.Int32, pa.Check.ge(1)),
            "n_articles": _col(pl.Int32, pa.Check.ge(1)),
        },
        checks=[
            pa.Check(
                lambda d: d.lazyframe.select(pl.col("n_articles") <= pl.col("n_mentions")),
                error="n_articles <= n_mentions",
            )
        ],
        unique=["label", "canonical_name"],
        strict=True,
        ordered=True,
        name="entities",
    ),
    "rejected_sources": pa.DataFrameSchema(
        {
            "source_path": _col(pl.String, pa.Check.str_length(min_value=1), unique=True),
            "content_sha256": _col(pl.String, pa.Check.str_matches(r"^[0-9a-f]{64}$"), nullable=True),
            "reason": _col(pl.String, pa.Check.str_length(min_value=3)),
        },
        strict=True,
        ordered=True,
        name="rejected_sources",
    ),
}

assert all(list(TABLE_SCHEMAS[t].columns) == SCHEMAS[t].names() for t in SCHEMAS), "schemas out of sync"
