"""Fixtures for end-to-end builds: a private Dagster instance and builds of the seeds into temporary folders."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from pipeline.build import BuildSummary, run_build
from pipeline.dataset.layout import DatasetLayout
from pipeline.settings import OUT_ENV, SOURCE_ENV
from tests.conftest import SEEDS


@dataclass
class Build:
    source: Path
    out: Path
    summary: BuildSummary

    @property
    def layout(self) -> DatasetLayout:
        return DatasetLayout(self.out)

    @property
    def release_dir(self) -> Path:
        return self.layout.release_dir(self.summary.release_id)


@pytest.fixture(scope="session", autouse=True)
def dagster_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Every test run records its Dagster runs in a throw-away instance, never the project's."""
    home = tmp_path_factory.mktemp("dagster_home")
    (home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n", encoding="utf-8")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("DAGSTER_HOME", str(home))
        for key in (SOURCE_ENV, OUT_ENV):
            mp.setenv(key, os.environ.get(key, ""))
        yield home


def copy_seeds(dest: Path) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    for path in SEEDS.glob("*.txt"):
        shutil.copy(path, dest / path.name)
    return dest


def build(source: Path, out: Path) -> Build:
    return Build(source, out, run_build(source, out, report=lambda line: None))


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory: pytest.TempPathFactory, dagster_home: Path) -> Build:
    """The seeds built once into a fresh output folder."""
    return build(SEEDS, tmp_path_factory.mktemp("seed_build") / "datasets")


@pytest.fixture
def in_process_nlp(monkeypatch: pytest.MonkeyPatch) -> None:
    """NLP in this process with a fresh runner, so monkeypatched extraction code is what runs."""
    monkeypatch.setattr("pipeline.defs.resources._runners", {})
    monkeypatch.setenv("NEWS_PIPELINE_PROCESSES", "1")
