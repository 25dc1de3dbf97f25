"""Rule data (``pipeline/data/cleaning``), loaded once."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from pipeline.core import records

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
    return records.alternation(words(name))


def fullmatch_any(name: str, text: str) -> bool:
    """Whether any regex of a rule file matches the whole text."""
    return any(p.fullmatch(text) for p in regexes(name))


@cache
def agencies() -> str:
    """One or several agency names ("AFP", "AFP/Reuters", "AFP et Reuters"): the agency-credit fragment."""
    names = alternation("agencies.txt")
    return rf"(?:{names})(?:\s*(?:[/,&]|et|and)\s*(?:{names}))*"


# What may introduce an agency credit: "avec AFP", "Source : Reuters", "- AFP".
AGENCY_LEAD = r"(?:avec |with |sources? ?: ?)"


def segments(text: str) -> list[str]:
    """A widget line cut into its items: at sentence ends, pipes, bullets and around parentheses."""
    parts = re.split(r"(?<=[.!?…])\s+|\s*[|•·]\s*|\s+(?=\()|(?<=\))\s+", text)
    return [p.strip() for p in parts if p and p.strip()]
