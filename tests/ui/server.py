"""The real Dagster UI for tests: `dagster dev` (webserver + daemon) on a free port of 127.0.0.1, with its own
DAGSTER_HOME, a copy of the seeds as source folder and a fresh output folder, stopped (whole process group)
at the end and checked for survivors."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psutil
import pytest
import yaml

from pipeline.settings import OUT_ENV, SOURCE_ENV
from tests.conftest import ROOT

LOCATION = "news_pipeline"
REPOSITORY = "__repository__"
SENSOR = "new_sources_sensor"
SENSOR_INTERVAL_SECONDS = 3
# Every process the test starts carries this variable with a per-session value, so survivors can be found
# even if one left the process group.
MARKER_ENV = "NEWS_PIPELINE_UI_TEST_MARKER"
# Instance settings that name folders: dropped, so that everything lives under the temporary DAGSTER_HOME.
_STORAGE_KEYS = {"storage", "run_storage", "event_log_storage", "schedule_storage", "local_artifact_storage"}
SAVED: list[Path] = []  # screenshots written in this session, listed at the end of the pytest report
ARTIFACTS = Path(os.environ.get("NEWS_PIPELINE_UI_ARTIFACTS") or ROOT / ".artifacts" / "ui")


def in_ci() -> bool:
    return bool(os.environ.get("CI"))


def wait_for(what: str, probe: Callable[[], Any], timeout: float, interval: float = 0.5) -> Any:
    """Poll ``probe`` until it returns something truthy; fail with ``what`` after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = probe()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout:.0f}s waiting for {what}")
        time.sleep(interval)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def instance_yaml() -> str:
    """The repository's dagster.yaml (run queue and concurrency settings) minus its storage folders, telemetry off."""
    config = yaml.safe_load((ROOT / "dagster.yaml").read_text(encoding="utf-8")) or {}
    for key in _STORAGE_KEYS | {"compute_logs"}:
        config.pop(key, None)
    config["telemetry"] = {"enabled": False}
    return yaml.safe_dump(config, sort_keys=False)


def marked_processes(marker: str) -> list[psutil.Process]:
    """Live processes whose environment carries ``MARKER_ENV=marker``."""
    found = []
    for proc in psutil.process_iter():
        try:
            if proc.pid != os.getpid() and proc.environ().get(MARKER_ENV) == marker and proc.status() != "zombie":
                found.append(proc)
        except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
            continue
    return found


@dataclass
class DagsterUi:
    """A running `dagster dev` and the folders it works on."""

    home: Path
    code: Path
    source: Path
    out: Path
    port: int
    log: Path
    marker: str
    process: subprocess.Popen | None = None
    seen_pids: set[int] = field(default_factory=set)
    killed: bool = False  # the stop had to use SIGKILL

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def env(self) -> dict[str, str]:
        return {
            **os.environ,
            "DAGSTER_HOME": str(self.home),
            SOURCE_ENV: str(self.source),
            OUT_ENV: str(self.out),
            "NEWS_PIPELINE_SENSOR_INTERVAL": str(SENSOR_INTERVAL_SECONDS),
            "PYTHONUNBUFFERED": "1",
            MARKER_ENV: self.marker,
        }

    def log_tail(self, chars: int = 4000) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")[-chars:] if self.log.exists() else ""

    def start(self) -> None:
        """`dagster dev` from the code snapshot's root (as from the repository's), in a process group of its own."""
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "dagster", "dev", "-h", "127.0.0.1", "-p", str(self.port)],
                cwd=self.code,
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                # A shell's background job inherits an ignored SIGINT, and dagster dev gives SIGTERM the same
                # handler: restore both, so that the stop below is the graceful one a terminal's Ctrl-C gives.
                preexec_fn=_default_signals,
            )

    def remember_processes(self) -> None:
        """Note the server's process tree (runs and NLP workers come and go; the check at stop uses the marker)."""
        self.seen_pids |= {p.pid for p in marked_processes(self.marker)}

    def stop(self, timeout: float = 60) -> list[str]:
        """Stop the process group (TERM, then KILL); return descriptions of any marked process still alive."""
        # 60 s: on SIGTERM the daemon first finishes its current pass; on a loaded 2-core machine a queued-run
        # pass retrying the already-stopped code server took over 30 s once (a graceful stop all the same)
        if self.process is None:
            return []
        pgid = self.process.pid  # start_new_session: the leader's pid is the group id
        self.remember_processes()
        for sig in (signal.SIGTERM, signal.SIGKILL):
            try:
                os.killpg(pgid, sig)
            except ProcessLookupError:
                break
            deadline = time.monotonic() + (timeout if sig == signal.SIGTERM else 10)
            while time.monotonic() < deadline and (_group_alive(pgid) or marked_processes(self.marker)):
                self.process.poll()
                time.sleep(0.2)
            if not _group_alive(pgid):
                break
            self.killed = True  # SIGTERM was not enough
        self.process.wait(timeout=10)
        self.process = None
        survivors = []
        for proc in marked_processes(self.marker):  # never leave them behind, even when the test fails
            with contextlib.suppress(psutil.Error):
                survivors.append(f"{proc.pid}: {' '.join(proc.cmdline())[:160]}")
                proc.kill()
        return survivors


def _default_signals() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A group made only of zombies still answers; reap-proof check through psutil.
    return any(
        p.info["status"] != psutil.STATUS_ZOMBIE for p in psutil.process_iter(["status"]) if _pgid(p.pid) == pgid
    )


def _pgid(pid: int) -> int | None:
    try:
        return os.getpgid(pid)
    except (ProcessLookupError, PermissionError):
        return None


def snapshot_code(dest: Path) -> Path:
    """A copy of the project's code (``pipeline/`` and pyproject.toml), run instead of the work tree.

    The stages' code versions are hashes of their source files: a file saved in the work tree while the test
    runs would make the sensor (rightly) rebuild every month, and the test would see runs it did not cause.
    Python puts the working directory first on the path, ahead of the editable install, so `dagster dev`, its
    code server and its runs all import the snapshot."""
    shutil.copytree(ROOT / "pipeline", dest / "pipeline", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", dest / "pyproject.toml")
    return dest


def build_sources(ui: DagsterUi) -> None:
    """`news-pipeline build` with the UI's instance, so the output folder is up to date before the UI starts."""
    done = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "build"],
        cwd=ui.code,
        env=ui.env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=300,
        start_new_session=True,
    )
    assert done.returncode == 0, f"pre-build failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"


def dump(value: object) -> str:
    """Short JSON for assertion messages."""
    return json.dumps(value, indent=1, ensure_ascii=False)[:4000]
