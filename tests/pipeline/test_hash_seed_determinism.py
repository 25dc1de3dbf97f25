"""The core's output does not depend on Python's hash seed (set iteration order), so releases are reproducible."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import GOLD, ROOT

SCRIPT = """
import hashlib, sys
from pathlib import Path
from pipeline.core.nlp import load_nlp
from pipeline.core.process import process_files
from pipeline.tables import article_tables
nlp = load_nlp()
digest = hashlib.sha256()
for folder in sys.argv[1:]:
    tables = article_tables(process_files(Path(folder), nlp=nlp).results)
    for name in sorted(tables):
        digest.update(tables[name].write_csv().encode())
print(digest.hexdigest())
"""


def _digest(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    folders = [str(ROOT / "seeds"), str(GOLD / "blind"), str(GOLD / "corpus")]
    out = subprocess.run([sys.executable, "-c", SCRIPT, *folders], env=env, cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-2000:]
    return out.stdout.strip()


def test_tables_are_identical_under_different_hash_seeds() -> None:
    assert _digest("1") == _digest("2")
