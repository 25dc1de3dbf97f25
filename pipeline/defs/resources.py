"""The dataset resource: where sources are read and releases written."""

from pathlib import Path

import dagster as dg
from pydantic import Field

from pipeline.dataset.layout import DatasetLayout
from pipeline.dataset.sources import SourceFile, scan_sources
from pipeline.settings import default_out_dir, default_source_dir


class NewsDataset(dg.ConfigurableResource):
    """Source folder of raw ``*.txt`` articles and output folder of the dataset."""

    source_dir: str = Field(
        default_factory=lambda: str(default_source_dir()),
        description="Folder of raw articles (*.txt, recursive). Default: $NEWS_PIPELINE_SOURCE or seeds/.",
    )
    out_dir: str = Field(
        default_factory=lambda: str(default_out_dir()),
        description="Dataset folder (LATEST, releases/). Default: $NEWS_PIPELINE_OUT or datasets/.",
    )
    processes: int = Field(default=0, description="NLP worker processes; 0 means one per core.")

    @property
    def root(self) -> Path:
        return Path(self.source_dir)

    @property
    def layout(self) -> DatasetLayout:
        return DatasetLayout(Path(self.out_dir))

    def scan(self) -> list[SourceFile]:
        """The source files with their months (cached by size and mtime)."""
        return scan_sources(self.root, self.layout.scan_cache, self.layout.staging)


defs = dg.Definitions(resources={"dataset": NewsDataset()})
