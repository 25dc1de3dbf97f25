"""Defaults: the project's ``seeds/`` and ``datasets/`` and one worker per core, or the environment's choice."""

from __future__ import annotations

import os
from pathlib import Path

SOURCE_ENV = "NEWS_PIPELINE_SOURCE"
OUT_ENV = "NEWS_PIPELINE_OUT"
PROCESSES_ENV = "NEWS_PIPELINE_PROCESSES"


def project_root() -> Path:
    """The checkout this package runs from (where pyproject.toml and dagster.yaml are), else the cwd."""
    candidate = Path(__file__).resolve().parents[1]
    return candidate if (candidate / "pyproject.toml").exists() else Path.cwd()


def default_source_dir() -> Path:
    """NEWS_PIPELINE_SOURCE, or ``seeds/`` at the project root."""
    return Path(os.environ.get(SOURCE_ENV) or project_root() / "seeds")


def default_out_dir() -> Path:
    """NEWS_PIPELINE_OUT, or ``datasets/`` at the project root."""
    return Path(os.environ.get(OUT_ENV) or project_root() / "datasets")


def default_processes() -> int:
    """Worker processes to use: NEWS_PIPELINE_PROCESSES, or one per core."""
    return int(os.environ.get(PROCESSES_ENV) or os.cpu_count() or 1)
