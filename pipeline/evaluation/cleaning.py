"""Scoring the cleaner and dater against hand-made references (seeds.json, corpus_cleaning.json format)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import polars as pl

from pipeline.evaluation.gold import article_row, normalize


@dataclass
class CleaningScores:
    """Counts of checks passed per kind, plus one readable line per miss."""

    articles: int = 0
    found: int = 0
    removed: int = 0
    to_remove: int = 0
    kept: int = 0
    to_keep: int = 0
    once: int = 0
    to_occur_once: int = 0
    split: int = 0
    to_split: int = 0
    dates_right: int = 0
    titles_right: int = 0
    nfc: int = 0
    misses: list[str] = field(default_factory=list)

    @staticmethod
    def _rate(hits: int, total: int) -> float:
        return hits / total if total else 1.0

    def summary(self) -> dict[str, float]:
        """Rates in [0, 1] (1.0 where there was nothing to check) and the article count."""
        n = self.articles
        return {
            "articles": float(n),
            "found_rate": self._rate(self.found, n),
            "removed_noise_rate": self._rate(self.removed, self.to_remove),
            "kept_text_rate": self._rate(self.kept, self.to_keep),
            "occur_once_rate": self._rate(self.once, self.to_occur_once),
            "paragraph_split_rate": self._rate(self.split, self.to_split),
            "date_accuracy": self._rate(self.dates_right, n),
            "title_accuracy": self._rate(self.titles_right, n),
            "nfc_rate": self._rate(self.nfc, n),
        }


def _expected_date(published: str | None) -> tuple[date | None, str | None]:
    if published is None:
        return None, None
    parts = [int(p) for p in published.split("-")]
    precision = {1: "year", 2: "month", 3: "day"}[len(parts)]
    return date(parts[0], *[*parts[1:], 1, 1][:2]), precision


def _real_texts(gold: dict[str, Any], marks: bool = False) -> list[str]:
    """The article's own text the reference names: kept passages, passages kept once and quotations."""
    texts = [*gold.get("must_keep", []), *gold.get("must_occur_once", []), *(q["text"] for q in gold.get("quotes", []))]
    return [normalize(t, marks) for t in texts]


# A paragraph break right after a sentence's end ('…épidémiologiques".\n\nInitialement …'): where the source glued
# two sentences ('…épidémiologiques".Initialement …'), the cleaner restores the break the page lost.
_BREAK_AFTER_SENTENCE = re.compile(r'(?<=[.!?…])(["»”]?)\n')


def _kept(text: str, paragraphs: list[str], marked: list[str]) -> bool:
    """Whether a real passage is still in one paragraph (``paragraphs`` normalized, ``marked`` normalized with their
    marks); a space put at a glue point ("sourceInterrogé" → "source Interrogé") loses no text, so spaces are ignored
    when the exact form is not found, and so is a paragraph break put between two glued sentences (never one inside
    a sentence: "source\n\nInterrogé" is cut)."""
    if any(normalize(text) in p for p in paragraphs):
        return True
    bare = normalize(text, marks=True).replace(" ", "")
    if any(bare in p.replace(" ", "") for p in marked):
        return True
    joined = _BREAK_AFTER_SENTENCE.sub(r"\1", "\n".join(p.replace(" ", "") for p in marked))
    return bare in joined


def _score_one(gold: dict[str, Any], row: dict[str, Any], scores: CleaningScores) -> None:
    file = gold["file"]
    title, body = row["title"], row["body"]
    title_n, body_n = normalize(title), normalize(body)
    everything = f"{title_n} {body_n}"
    paragraphs = [normalize(p) for p in body.split("\n\n")]
    paragraphs_marked = [normalize(p, marks=True) for p in body.split("\n\n")]

    real = _real_texts(gold)
    real_marked = _real_texts(gold, marks=True)
    everything_marked = normalize(f"{title} {body}", marks=True)
    for text in gold.get("must_remove", []):
        scores.to_remove += 1
        noise, marked = normalize(text), normalize(text, marks=True)
        # A quoted heading is sought with its marks: its words unquoted may be a sentence of the text too.
        found, texts = (everything_marked, real_marked) if marked != noise else (everything, real)
        if found.count(marked) > max((r.count(marked) for r in texts), default=0):
            scores.misses.append(f"{file}: noise not removed: {text!r}")
        else:
            scores.removed += 1
    for text in gold.get("must_keep", []):
        scores.to_keep += 1
        if _kept(text, [title_n, *paragraphs], [normalize(title, marks=True), *paragraphs_marked]):
            scores.kept += 1
        else:
            scores.misses.append(f"{file}: real text lost: {text!r}")
    for text in gold.get("must_occur_once", []):
        scores.to_occur_once += 1
        count = body_n.count(normalize(text))
        if count == 1:
            scores.once += 1
        else:
            scores.misses.append(f"{file}: occurs {count} times in the body, not once: {text!r}")
    for text in gold.get("paragraph_starts", []):
        scores.to_split += 1
        if any(p.startswith(normalize(text)) for p in paragraphs):
            scores.split += 1
        else:
            scores.misses.append(f"{file}: no paragraph starts with {text!r}")

    want_date, want_precision = _expected_date(gold.get("published"))
    got = (row["published_date"], row["date_precision"])
    if got == (want_date, want_precision):
        scores.dates_right += 1
    else:
        scores.misses.append(f"{file}: date {got[0]} ({got[1]}), expected {want_date} ({want_precision})")
    if title_n.startswith(normalize(gold["title_starts"])):
        scores.titles_right += 1
    else:
        scores.misses.append(f"{file}: title {title[:80]!r} does not start with {gold['title_starts']!r}")
    if unicodedata.is_normalized("NFC", title + body):
        scores.nfc += 1
    else:
        scores.misses.append(f"{file}: title or body not in NFC")


def score_cleaning(gold_articles: list[dict[str, Any]], tables: dict[str, pl.DataFrame]) -> CleaningScores:
    """Score a build's ``articles`` table (and its ``cleaning_log``) against reference annotations."""
    scores = CleaningScores()
    articles = tables["articles"]
    log = tables.get("cleaning_log")
    for gold in gold_articles:
        scores.articles += 1
        row = article_row(articles, gold["file"])
        if row is None:
            scores.misses.append(f"{gold['file']}: no article in the build")
            continue
        scores.found += 1
        _score_one(gold, row, scores)
        if log is not None:
            rows = log.filter(pl.col("article_id") == row["article_id"])
            if rows.filter(pl.col("start") > pl.col("end")).height:
                scores.misses.append(f"{gold['file']}: cleaning_log has a span with start > end")
    return scores
