"""Headless Chromium (Debian's package) driven by Playwright, for looking at the running UI."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.ui.server import ARTIFACTS, MARKER_ENV, SAVED, in_ci

if TYPE_CHECKING:
    from playwright.sync_api import Page

CHROMIUM = Path(os.environ.get("NEWS_PIPELINE_CHROMIUM", "/usr/bin/chromium"))
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Dagster's "Join the community" dialog, shown once per browser profile, would cover every page.
SKIP_COMMUNITY_DIALOG = "window.localStorage.setItem('communityNux', '1')"


def require_chromium() -> None:
    """Skip (outside CI only) when Chromium or Playwright is missing; in CI their absence is a failure."""
    problems = []
    if not CHROMIUM.exists():
        problems.append(f"{CHROMIUM} not found (apt-get install chromium)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        problems.append("the playwright package is not installed (uv sync)")
    if problems and in_ci():
        pytest.fail("; ".join(problems))
    if problems:
        pytest.skip("; ".join(problems))


@contextmanager
def chromium_page(marker: str, width: int = 1600, height: int = 1000) -> Iterator[Page]:
    """A page in a fresh, empty profile; the browser is closed on exit."""
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile, sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            profile,
            executable_path=str(CHROMIUM),
            headless=True,
            args=FLAGS,
            env={**os.environ, MARKER_ENV: marker},
            viewport={"width": width, "height": height},
        )
        try:
            context.add_init_script(SKIP_COMMUNITY_DIALOG)
            context.set_default_timeout(30_000)
            yield context.new_page()
        finally:
            context.close()


def screenshot(page: Page, name: str) -> Path:
    """Save a screenshot under the artifacts folder (listed at the end of the pytest report)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path))
    SAVED.append(path)
    return path
