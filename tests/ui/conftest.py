"""Fixtures of the UI tests: one `dagster dev` for the whole package, stopped and checked for survivors."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator

import pytest

from tests.conftest import SEEDS
from tests.ui.graphql import UiClient
from tests.ui.server import SAVED, DagsterUi, build_sources, free_port, instance_yaml, snapshot_code


@pytest.fixture(scope="package")
def dagster_ui(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DagsterUi]:
    """Seeds built into a fresh output folder, then `dagster dev` started on them and loaded; stopped at the end."""
    base = tmp_path_factory.mktemp("dagster_ui")
    home, source = base / "dagster_home", base / "sources"
    home.mkdir()
    (home / "dagster.yaml").write_text(instance_yaml(), encoding="utf-8")
    source.mkdir()
    for path in SEEDS.glob("*.txt"):
        shutil.copy(path, source / path.name)
    code = snapshot_code(base / "code")
    ui = DagsterUi(home, code, source, base / "datasets", free_port(), base / "dagster_dev.log", uuid.uuid4().hex)
    build_sources(ui)
    ui.start()
    try:
        UiClient(ui).wait_until_loaded(ui)
        yield ui
    finally:
        survivors = ui.stop()
        assert not survivors, f"processes survived `dagster dev`'s shutdown: {survivors}"


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say where the browser check left its screenshots."""
    if SAVED:
        terminalreporter.write_sep("-", "Dagster UI screenshots")
        for path in SAVED:
            terminalreporter.write_line(str(path))
