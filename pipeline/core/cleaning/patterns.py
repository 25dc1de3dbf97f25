"""Rule data (``pipeline/data/cleaning``), loaded once."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parents[2] / "data" / "cleaning"


def _entries(name: str) -> list[str]:
    lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


@cache
def regexes(name: str) -> tuple[re.Pattern[str], ...]:
    """The compiled whole-paragraph regexes of a rule file."""
    return tuple(re.compile(entry) for entry in _entries(name))


@cache
def words(name: str) -> frozenset[str]:
    """The plain entries of a word-list file."""
    return frozenset(_entries(name))


@cache
def alternation(name: str) -> str:
    """A word list as a regex alternation, longest entries first."""
    return "|".join(re.escape(w) for w in sorted(words(name), key=len, reverse=True))


def fullmatch_any(name: str, text: str) -> bool:
    """Whether any regex of a rule file matches the whole text."""
    return any(p.fullmatch(text) for p in regexes(name))
