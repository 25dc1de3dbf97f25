"""Run the whole pure core over files in one process: the reference path for tests and evaluation."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from pipeline.core.article import parse_article
from pipeline.core.nlp import analyze, load_nlp
from pipeline.core.records import Article, Extraction, Rejection


@dataclass(frozen=True, slots=True)
class ProcessedCorpus:
    """Everything the core produced for a set of source files."""

    results: list[tuple[Article, Extraction]]
    rejections: list[Rejection]


def source_files(root: Path) -> list[Path]:
    """Every ``*.txt`` under ``root``, recursively, in a stable order."""
    return sorted(p for p in root.rglob("*.txt") if p.is_file())


def process_files(root: Path, paths: Iterable[Path] | None = None, nlp: Language | None = None) -> ProcessedCorpus:
    """Parse, clean, date and analyse source files (all ``*.txt`` under ``root`` by default)."""
    articles: list[Article] = []
    rejections: list[Rejection] = []
    for path in paths if paths is not None else source_files(root):
        parsed = parse_article(path.relative_to(root).as_posix(), path.read_bytes())
        (articles if isinstance(parsed, Article) else rejections).append(parsed)
    results = list(analyze(nlp or load_nlp(), articles))
    return ProcessedCorpus(results, rejections)
