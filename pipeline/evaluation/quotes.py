"""Scoring extracted quotations and speakers against a hand-made reference (the seeds.json format).

Matching rule (documented in the reference and in the tests):
- texts are compared on a key: ``gold.normalize`` (NFC, plain apostrophes and spaces, no surrounding quotation
  marks), case-folded, trailing punctuation dropped and all whitespace removed (so "fin.Début" and
  "fin. Début", or a paragraph join, compare equal);
- a prediction matches a gold quote when the keys are equal, or one contains the other and the shorter covers
  at least 90% of the longer;
- matching is one-to-one (best coverage first): one prediction matches at most one gold quote;
- optional gold quotes are neither required nor penalised: a prediction matching one is ignored;
- a headline that repeats a body quote is not a false positive: an unmatched prediction that matches a gold
  quote already matched by a prediction in the other section is ignored;
- the speaker is right when the normalized predicted speaker is one of the gold speakers (case-, accent- and
  hyphen-insensitive, a leading "le/la/les/l'" ignored: "la Cour des comptes" and the entity "Cour des comptes",
  "Édouard Philippe" and the article's "Edouard Philippe", "Météo-France" and "Météo France" are one speaker);
  a gold speaker of null (the source names no one) is right when the prediction is not a named entity
  (``speaker_entity_id`` is null).
Precision = matched / (matched + spurious); recall = matched / required; speaker accuracy = right speakers /
matched required quotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import polars as pl

from pipeline.core.records import without_accents
from pipeline.evaluation.gold import article_row, normalize

MIN_COVERAGE = 0.9


def text_key(text: str) -> str:
    """The comparison key of a quotation text."""
    return "".join(normalize(text).casefold().rstrip(" .,;:!?…").split())


def coverage(a: str, b: str) -> float:
    """How well two keys match: 1.0 if equal, len(shorter)/len(longer) if one contains the other, else 0."""
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) / len(long) if short in long else 0.0


@dataclass
class QuoteScores:
    """Counts over a reference set, with one readable line per error."""

    matched: int = 0
    spurious: int = 0
    missed: int = 0
    speaker_right: int = 0
    optional_found: int = 0
    articles: int = 0
    misses: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, float]:
        predicted = self.matched + self.spurious
        required = self.matched + self.missed
        precision = self.matched / predicted if predicted else 1.0
        recall = self.matched / required if required else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "speaker_accuracy": round(self.speaker_right / self.matched, 4) if self.matched else 0.0,
            "matched": self.matched,
            "spurious": self.spurious,
            "missed": self.missed,
            "speaker_right": self.speaker_right,
            "optional_found": self.optional_found,
            "articles": self.articles,
        }


def speaker_ok(pred: dict[str, Any], gold_speakers: list[str] | None) -> bool:
    """Whether a predicted row's speaker is acceptable for a gold quote."""
    if gold_speakers is None:
        return pred.get("speaker_entity_id") is None
    name = pred.get("speaker")
    if not name:
        return False
    wanted = {speaker_key(s) for s in gold_speakers}
    return speaker_key(name) in wanted


_DETERMINER = re.compile(r"^(?:les\s+|le\s+|la\s+|l')", re.IGNORECASE)


def speaker_key(name: str) -> str:
    """A speaker name for comparison: normalized, case-folded, without a leading determiner (entity names have none),
    accents and hyphens (spelling variants of one name: the entity's canonical spelling is article-independent)."""
    key = _DETERMINER.sub("", normalize(name).casefold(), count=1)
    # Canonical decomposition only (accents), as the gold's keys were always made: "²" or "ﬁ" stay apart.
    return " ".join(without_accents(key, compatibility=False).replace("-", " ").split())


def _pairs(preds: list[dict[str, Any]], golds: list[dict[str, Any]]) -> list[tuple[float, int, int]]:
    pairs = []
    for i, p in enumerate(preds):
        pk = text_key(p["text"])
        for j, g in enumerate(golds):
            c = coverage(pk, text_key(g["text"]))
            if c >= MIN_COVERAGE:
                pairs.append((c, i, j))
    return sorted(pairs, key=lambda x: (-x[0], x[1], x[2]))


def score_article(gold: dict[str, Any], preds: list[dict[str, Any]], scores: QuoteScores) -> None:
    """Add one article's counts to ``scores``."""
    file = gold["file"]
    required = gold.get("quotes", [])
    optional = gold.get("optional_quotes", [])
    golds = required + optional
    used_p: set[int] = set()
    used_g: dict[int, int] = {}
    for _, i, j in _pairs(preds, golds):
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g[j] = i
    for j, g in enumerate(required):
        if j not in used_g:
            scores.missed += 1
            scores.misses.append(f"{file}: missed {g['text'][:90]!r} (speaker {g['speaker']})")
            continue
        scores.matched += 1
        p = preds[used_g[j]]
        if speaker_ok(p, g["speaker"]):
            scores.speaker_right += 1
        else:
            scores.misses.append(
                f"{file}: wrong speaker for {g['text'][:60]!r}: got {p.get('speaker')!r} "
                f"(mention {p.get('speaker_mention')!r}), want {g['speaker']}"
            )
    scores.optional_found += sum(1 for j in used_g if j >= len(required))
    for i, p in enumerate(preds):
        if i in used_p:
            continue
        pk = text_key(p["text"])
        repeat = any(
            coverage(pk, text_key(golds[j]["text"])) >= MIN_COVERAGE
            and (j >= len(required) or preds[k].get("section") != p.get("section"))
            for j, k in used_g.items()
        )
        optional_hit = any(coverage(pk, text_key(g["text"])) >= MIN_COVERAGE for g in optional)
        if repeat or optional_hit:
            continue
        scores.spurious += 1
        scores.misses.append(f"{file}: spurious {p['text'][:90]!r} -> {p.get('speaker')!r}")


def score_quotes(gold_articles: list[dict[str, Any]], tables: dict[str, pl.DataFrame]) -> QuoteScores:
    """Score the ``quotes`` table of a build against reference articles (files missing from the build count
    all their quotes as missed)."""
    scores = QuoteScores()
    articles, quotes = tables["articles"], tables["quotes"]
    for gold in gold_articles:
        scores.articles += 1
        row = article_row(articles, gold["file"])
        preds = [] if row is None else quotes.filter(pl.col("article_id") == row["article_id"]).to_dicts()
        score_article(gold, preds, scores)
    return scores
