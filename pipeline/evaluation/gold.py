"""Loading reference files and matching their articles to a build's rows."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import polars as pl

# Invisible format characters (soft hyphen, zero-width space and joiners, BOM) carry no text: the cleaner drops them,
# a reference copied from the source may keep them.
_APOSTROPHES = str.maketrans(
    {"’": "'", "‘": "'", "ʼ": "'", "\u00a0": " ", "\u202f": " ", "\u2009": " "}
    | dict.fromkeys(["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"])
)
_MARKS = '«»"“”„ '


def normalize(text: str, marks: bool = False) -> str:
    """Comparable form of a text: NFC, plain apostrophes and spaces, no invisible characters nor surrounding marks
    (kept with ``marks``)."""
    text = re.sub(r"\s+", " ", unicodedata.normalize("NFC", text).translate(_APOSTROPHES))
    return text.strip(" ") if marks else text.strip(_MARKS + " ")


def load_gold(path: Path) -> list[dict[str, Any]]:
    """The annotated articles of a reference file."""
    return json.loads(path.read_text(encoding="utf-8"))["articles"]


def article_row(articles: pl.DataFrame, file: str) -> dict[str, Any] | None:
    """The build's row for a reference file name (matched on the source path's last component)."""
    rows = articles.filter((pl.col("source_path") == file) | pl.col("source_path").str.ends_with("/" + file)).to_dicts()
    return rows[0] if rows else None
