"""Records -> polars DataFrames with exactly the contract's column types and a deterministic row order."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import polars as pl

from pipeline.core.records import Article, Extraction, Rejection, stable_id

STR, I32, F32 = pl.String, pl.Int32, pl.Float32

SCHEMAS: dict[str, pl.Schema] = {
    "articles": pl.Schema(
        {
            "article_id": STR,
            "source_path": STR,
            "content_sha256": STR,
            "title": STR,
            "body": STR,
            "published_date": pl.Date,
            "date_precision": STR,
            "date_source": STR,
            "n_words": I32,
        }
    ),
    "quotes": pl.Schema(
        {
            "quote_id": STR,
            "article_id": STR,
            "section": STR,
            "start": I32,
            "end": I32,
            "text": STR,
            "quote_type": STR,
            "speaker": STR,
            "speaker_entity_id": STR,
            "speaker_mention": STR,
            "verb": STR,
            "confidence": F32,
        }
    ),
    "entity_mentions": pl.Schema(
        {
            "mention_id": STR,
            "article_id": STR,
            "section": STR,
            "start": I32,
            "end": I32,
            "text": STR,
            "label": STR,
            "entity_id": STR,
            "canonical_name": STR,
        }
    ),
    "cleaning_log": pl.Schema({"article_id": STR, "rule": STR, "removed_text": STR, "start": I32, "end": I32}),
    "entities": pl.Schema(
        {
            "entity_id": STR,
            "canonical_name": STR,
            "label": STR,
            "aliases": pl.List(STR),
            "n_mentions": I32,
            "n_articles": I32,
        }
    ),
    "rejected_sources": pl.Schema({"source_path": STR, "content_sha256": STR, "reason": STR}),
}
SORT_KEYS: dict[str, list[str]] = {
    "articles": ["article_id"],
    "quotes": ["article_id", "section", "start", "end"],
    "entity_mentions": ["article_id", "section", "start", "end", "label"],
    "cleaning_log": ["article_id", "start", "end", "rule"],
    "entities": ["entity_id"],
    "rejected_sources": ["source_path"],
}
MONTHLY_TABLES = ("articles", "quotes", "entity_mentions", "cleaning_log")
GLOBAL_TABLES = ("entities", "rejected_sources")


def frame(table: str, rows: Iterable[dict] | pl.DataFrame) -> pl.DataFrame:
    """A table's rows as a DataFrame with the contract's types, sorted, in one chunk."""
    if isinstance(rows, pl.DataFrame):
        df = rows.select(SCHEMAS[table].names()).cast(dict(SCHEMAS[table]))
    else:
        df = pl.DataFrame(list(rows), schema=SCHEMAS[table])
    return df.sort(SORT_KEYS[table], maintain_order=True).rechunk()


def articles_frame(articles: Sequence[Article]) -> pl.DataFrame:
    """The ``articles`` table."""
    return frame(
        "articles",
        (
            {
                "article_id": a.article_id,
                "source_path": a.source_path,
                "content_sha256": a.content_sha256,
                "title": a.title,
                "body": a.body,
                "published_date": a.date.value,
                "date_precision": a.date.precision,
                "date_source": a.date.source,
                "n_words": a.n_words,
            }
            for a in articles
        ),
    )


def cleaning_log_frame(articles: Sequence[Article]) -> pl.DataFrame:
    """The ``cleaning_log`` table."""
    return frame(
        "cleaning_log",
        (
            {
                "article_id": a.article_id,
                "rule": e.rule,
                "removed_text": e.removed_text,
                "start": e.start,
                "end": e.end,
            }
            for a in articles
            for e in a.edits
        ),
    )


def extraction_frames(extractions: Iterable[tuple[str, Extraction]]) -> dict[str, pl.DataFrame]:
    """The ``quotes`` and ``entity_mentions`` tables for (article_id, extraction) pairs."""
    quotes, mentions = [], []
    for article_id, ext in extractions:
        mentions.extend(
            {
                "mention_id": stable_id("mention", article_id, m.section, m.start, m.end, m.label),
                "article_id": article_id,
                "section": m.section,
                "start": m.start,
                "end": m.end,
                "text": m.text,
                "label": m.label,
                "entity_id": m.entity_id,
                "canonical_name": m.canonical_name,
            }
            for m in ext.mentions
        )
        quotes.extend(
            {
                "quote_id": stable_id("quote", article_id, q.section, q.start, q.end),
                "article_id": article_id,
                "section": q.section,
                "start": q.start,
                "end": q.end,
                "text": q.text,
                "quote_type": q.quote_type,
                "speaker": q.speaker,
                "speaker_entity_id": q.speaker_entity_id,
                "speaker_mention": q.speaker_mention,
                "verb": q.verb,
                "confidence": q.confidence,
            }
            for q in ext.quotes
        )
    return {"quotes": frame("quotes", quotes), "entity_mentions": frame("entity_mentions", mentions)}


def article_tables(results: Sequence[tuple[Article, Extraction]]) -> dict[str, pl.DataFrame]:
    """The four per-article tables for a set of analysed articles."""
    articles = [a for a, _ in results]
    return {
        "articles": articles_frame(articles),
        "cleaning_log": cleaning_log_frame(articles),
        **extraction_frames((a.article_id, e) for a, e in results),
    }


# Among spellings of one entity's name with as many mentions: accents kept, then capitals opening words
# ('Jean-Yves Le Drian' over 'Jean-Yves le Drian'), then the first in code-point order ('OTAN' over 'Otan').
_ACCENTED = r"[\p{L}&&[^\x00-\x7F]]"
_WORD_CAPITAL = r"\b\p{Lu}"


def entity_names(mentions: pl.DataFrame | pl.LazyFrame) -> pl.LazyFrame:
    """(entity_id, canonical_name): each entity's most frequent canonical name among its mentions."""
    name = pl.col("canonical_name")
    return (
        mentions.lazy()
        .group_by("entity_id", "canonical_name")
        .agg(pl.len().alias("_mentions"))
        .with_columns(name.str.count_matches(_ACCENTED).alias("_accented"))
        .with_columns(name.str.count_matches(_WORD_CAPITAL).alias("_capitals"))
        .sort(
            ["entity_id", "_mentions", "_accented", "_capitals", "canonical_name"],
            descending=[False, True, True, True, False],
        )
        .group_by("entity_id", maintain_order=True)
        .agg(name.first())
    )


def entities_table(mentions: pl.DataFrame | pl.LazyFrame) -> pl.DataFrame:
    """One row per entity across the corpus, aggregated from entity mentions.

    Mentions share an entity when their label and the key of their canonical name agree (see
    :func:`pipeline.core.records.name_key`); the entity's name is the spelling most of them use.
    """
    counts = (
        mentions.lazy()
        .group_by("entity_id")
        .agg(
            pl.col("label").first(),
            pl.col("text").unique().sort().alias("aliases"),
            pl.len().cast(I32).alias("n_mentions"),
            pl.col("article_id").n_unique().cast(I32).alias("n_articles"),
        )
    )
    return frame("entities", counts.join(entity_names(mentions), on="entity_id", how="left").collect())


# The column that names an entity, and the column holding that entity's id, in each per-article table.
ENTITY_NAME_COLUMNS: dict[str, tuple[str, str]] = {
    "entity_mentions": ("canonical_name", "entity_id"),
    "quotes": ("speaker", "speaker_entity_id"),
}


def with_entity_names(table: str, df: pl.LazyFrame, entities: pl.DataFrame) -> pl.LazyFrame:
    """``entity_mentions`` or ``quotes`` rows with each entity named as in ``entities``.

    A month's rows carry the spelling of their own article; the release names every entity one way. Rows
    without an entity (a speaker who is a description) keep theirs; the row order is kept.
    """
    name, key = ENTITY_NAME_COLUMNS[table]
    names = entities.lazy().select(pl.col("entity_id").alias(key), pl.col("canonical_name").alias("_entity_name"))
    return (
        df.join(names, on=key, how="left", maintain_order="left")
        .with_columns(pl.coalesce("_entity_name", name).alias(name))
        .drop("_entity_name")
    )


def renamed_entities(table: str, df: pl.DataFrame, entities: pl.DataFrame) -> pl.DataFrame | None:
    """``df`` with the entities' names (see :func:`with_entity_names`), or None when it already has them."""
    renamed = with_entity_names(table, df.lazy(), entities).collect()
    name = ENTITY_NAME_COLUMNS[table][0]
    return None if renamed[name].equals(df[name]) else frame(table, renamed)


def rejections_table(rejections: Iterable[Rejection]) -> pl.DataFrame:
    """The ``rejected_sources`` table."""
    return frame(
        "rejected_sources",
        ({"source_path": r.source_path, "content_sha256": r.content_sha256, "reason": r.reason} for r in rejections),
    )
