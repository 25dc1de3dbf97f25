"""The dataset resource: where sources are read and releases written."""

import atexit
from pathlib import Path

import dagster as dg
from pydantic import Field

from pipeline.dataset.layout import DatasetLayout
from pipeline.dataset.nlp_runner import NlpRunner
from pipeline.dataset.sources import SourceFile, scan_sources
from pipeline.settings import default_out_dir, default_source_dir

_runners: dict[int, NlpRunner] = {}


class NewsDataset(dg.ConfigurableResource):
    """Source folder of raw ``*.txt`` articles and output folder of the dataset."""

    source_dir: str | None = Field(
        default=None,
        description="Folder of raw articles (*.txt, recursive). Unset: $NEWS_PIPELINE_SOURCE, else seeds/.",
    )
    out_dir: str | None = Field(
        default=None,
        description="Dataset folder (LATEST, releases/). Unset: $NEWS_PIPELINE_OUT, else datasets/.",
    )
    processes: int = Field(default=0, description="NLP worker processes; 0 means one per core.")

    @property
    def root(self) -> Path:
        """The source folder (the environment is read at use time, so the CLI can point it elsewhere)."""
        return Path(self.source_dir) if self.source_dir else default_source_dir()

    @property
    def layout(self) -> DatasetLayout:
        return DatasetLayout(Path(self.out_dir) if self.out_dir else default_out_dir())

    def scan(self) -> list[SourceFile]:
        """The source files with their months (cached by size and mtime)."""
        return scan_sources(self.root, self.layout.scan_cache, self.layout.staging)

    def nlp_runner(self) -> NlpRunner:
        """This process's NLP runner for the configured worker count: steps of one run share its workers."""
        if self.processes not in _runners:
            _runners[self.processes] = NlpRunner(self.processes or None)
            atexit.register(_runners[self.processes].close)
        return _runners[self.processes]


defs = dg.Definitions(resources={"dataset": NewsDataset()})
