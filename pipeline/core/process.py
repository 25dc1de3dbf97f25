"""Run the whole core over files in one process, reading them as the pipeline does (same file list, same
rejections): the reference path for tests and evaluation."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from pipeline.core.nlp import analyze, load_nlp
from pipeline.core.records import Article, Extraction, Rejection
from pipeline.dataset.reading import read_source
from pipeline.dataset.sources import list_source_paths


@dataclass(frozen=True, slots=True)
class ProcessedCorpus:
    """Everything the core produced for a set of source files."""

    results: list[tuple[Article, Extraction]]
    rejections: list[Rejection]


def process_files(root: Path, paths: Iterable[Path] | None = None, nlp: Language | None = None) -> ProcessedCorpus:
    """Parse, clean, date and analyse source files (all ``*.txt`` under ``root`` by default)."""
    articles: list[Article] = []
    rejections: list[Rejection] = []
    for path in paths if paths is not None else list_source_paths(root):
        parsed = read_source(root, path.relative_to(root).as_posix())
        (articles if isinstance(parsed, Article) else rejections).append(parsed)
    results = list(analyze(nlp or load_nlp(), articles))
    return ProcessedCorpus(results, rejections)
