"""The Dagster instance the CLI records its runs in: the same one `dagster dev` uses, so CLI builds show
up in the UI's run history."""

from __future__ import annotations

import os
from pathlib import Path

import yaml
from dagster import DagsterInstance
from dagster._core.instance.ref import InstanceRef

from pipeline.settings import project_root


def _absolutize(node: object, root: Path) -> object:
    """Resolve relative ``base_dir`` settings against the project root (dagster resolves them against cwd)."""
    if isinstance(node, dict):
        return {
            k: str(root / v)
            if k == "base_dir" and isinstance(v, str) and not os.path.isabs(v)
            else _absolutize(v, root)
            for k, v in node.items()
        }
    return node


def cli_instance() -> DagsterInstance:
    """``$DAGSTER_HOME``'s instance if set, else the project's ``dagster.yaml`` (paths relative to the project)."""
    if os.environ.get("DAGSTER_HOME"):
        return DagsterInstance.get()
    root = project_root()
    config_file = root / "dagster.yaml"
    if not config_file.exists():
        return DagsterInstance.ephemeral()
    config = _absolutize(yaml.safe_load(config_file.read_text(encoding="utf-8")) or {}, root)
    base = root / ".dagster"
    base.mkdir(exist_ok=True)
    ref = InstanceRef.from_dir(str(base), config_dir=str(root), overrides=config)
    return DagsterInstance.from_ref(ref)
