"""Typed entity scores over distinct entities per article, against a seeds.json-style reference.

A predicted entity is a distinct (label, canonical_name) of an article's ``entity_mentions``. It matches a gold
entity of the same type when its canonical name or any of its mention texts is one of the gold surface forms
(normalized). Each gold entity is matched at most once; a predicted entity that matches an optional entity (of any
type) is neither counted right nor wrong. MISC predictions are ignored: the reference does not annotate MISC.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import polars as pl

from pipeline.evaluation.gold import article_row, normalize

TYPES = ("PER", "ORG", "LOC")


@dataclass
class TypeCounts:
    """True positives, false positives and false negatives of one type."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class EntityScores:
    """Per-type and micro-averaged counts, plus readable lines for every miss and false alarm."""

    counts: dict[str, TypeCounts] = field(default_factory=lambda: {t: TypeCounts() for t in TYPES})
    misses: list[str] = field(default_factory=list)
    n_articles: int = 0

    @property
    def overall(self) -> TypeCounts:
        return TypeCounts(*(sum(getattr(c, k) for c in self.counts.values()) for k in ("tp", "fp", "fn")))

    def summary(self) -> dict[str, float]:
        """Precision, recall and F1 per type and overall (micro-average over PER, ORG, LOC)."""
        out: dict[str, float] = {}
        for name, c in [*self.counts.items(), ("overall", self.overall)]:
            out[f"{name}_precision"] = round(c.precision, 4)
            out[f"{name}_recall"] = round(c.recall, 4)
            out[f"{name}_f1"] = round(c.f1, 4)
        return out


def predicted_entities(mentions: pl.DataFrame) -> dict[tuple[str, str], set[str]]:
    """(label, canonical_name) -> normalized forms (canonical and every mention text) of one article."""
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in mentions.select("label", "canonical_name", "text").iter_rows():
        label, canonical, text = row
        out[(label, canonical)].update({normalize(canonical), normalize(text)})
    return out


def _score_article(
    file: str, gold: dict[str, Any], predicted: dict[tuple[str, str], set[str]], scores: EntityScores
) -> None:
    optional = {normalize(f) for forms in gold.get("optional_entities", []) for f in forms}
    for label in TYPES:
        gold_entities = [{normalize(f) for f in forms} for forms in gold["entities"].get(label, [])]
        names = [forms[0] for forms in gold["entities"].get(label, [])]
        matched: set[int] = set()
        counts = scores.counts[label]
        for (plabel, canonical), forms in sorted(predicted.items()):
            if plabel != label:
                continue
            hit = next((i for i, g in enumerate(gold_entities) if i not in matched and forms & g), None)
            if hit is None and any(forms & g for g in gold_entities):
                counts.fp += 1  # a second entity for an already matched one: canonicalization split it
                scores.misses.append(f"{file}: split {label} {canonical!r} ({', '.join(sorted(forms))})")
            elif hit is not None:
                matched.add(hit)
                counts.tp += 1
            elif forms & optional:
                continue
            else:
                counts.fp += 1
                scores.misses.append(f"{file}: false {label} {canonical!r} ({', '.join(sorted(forms))})")
        for i, name in enumerate(names):
            if i not in matched:
                counts.fn += 1
                scores.misses.append(f"{file}: missed {label} {name!r}")


def score_entities(gold_articles: list[dict[str, Any]], tables: dict[str, pl.DataFrame]) -> EntityScores:
    """Score a build's ``entity_mentions`` against reference articles (seeds.json format)."""
    scores = EntityScores()
    mentions = tables["entity_mentions"]
    for gold in gold_articles:
        row = article_row(tables["articles"], gold["file"])
        if row is None:
            scores.misses.append(f"{gold['file']}: article not in the build")
            for label in TYPES:
                scores.counts[label].fn += len(gold["entities"].get(label, []))
            continue
        scores.n_articles += 1
        own = mentions.filter(pl.col("article_id") == row["article_id"])
        _score_article(gold["file"], gold, predicted_entities(own), scores)
    return scores
