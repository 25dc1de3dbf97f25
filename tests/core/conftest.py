"""Fixtures shared by the core's tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pipeline.core.cleaning import embedded


@pytest.fixture
def wrapper_only(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The kinds' own families dropped (the ablation): only the kind-agnostic family is left."""
    monkeypatch.setattr(embedded, "FAMILIES", ("wrapper",))
    embedded.families.cache_clear()
    yield
    embedded.families.cache_clear()
