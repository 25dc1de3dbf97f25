"""A static site's source file: the front matter block opening it (YAML between ``---`` lines, closed by ``---`` or
``...``; TOML between ``+++`` lines), as Jekyll, Hugo or a Markdown export write it. Its ``title`` is the article's
headline, its publication key the article's date; every other line of it is furniture."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from pipeline.core import dates
from pipeline.core.records import PublicationDate, alternation

_DATA = Path(__file__).resolve().parents[1] / "data" / "dates" / "front_matter.toml"
_OPEN = re.compile(r"[ \t]*(?P<fence>---|\+\+\+)[ \t]*\n")
_LINE = re.compile(r"[^\n]*(?:\n|$)")
_KEY = re.compile(r"[ \t]*(?P<key>[A-Za-z_][\w.-]*)[ \t]*[:=][ \t]*(?P<value>[^\n]*?)[ \t]*$")
_BLOCK_SCALAR = re.compile(r"[>|][+-]?")  # "title: >-": the value on the indented lines under it
_QUOTED = re.compile(r"(?P<mark>[\"'])(?P<inner>.*)(?P=mark)")
MIN_KEYS = 2  # key lines that make a fenced block a front matter, not a rule drawn in the text
MAX_LINES = 60


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """Where the block ends, the title value's span (or None), the publication date and the furniture spans."""

    end: int
    title: tuple[int, int] | None
    date: PublicationDate | None
    furniture: list[tuple[int, int]] = field(default_factory=list)


@cache
def _publication_key() -> re.Pattern[str]:
    keys = tomllib.loads(_DATA.read_text(encoding="utf-8"))["front_matter"]["published"]
    return re.compile(rf"(?:{alternation(keys)})", re.IGNORECASE)


def _value_span(line_start: int, m: re.Match[str]) -> tuple[int, int]:
    """The span of a key's value, inside its quotes if it has them."""
    start, end = line_start + m.start("value"), line_start + m.end("value")
    quoted = _QUOTED.fullmatch(m["value"])
    return (start + 1, end - 1) if quoted else (start, end)


def read(text: str, start: int = 0) -> FrontMatter | None:
    """The front matter opening ``text`` at ``start`` (after a date header), or None."""
    opening = _OPEN.match(text, start)
    if opening is None:
        return None
    closers = ("---", "...") if opening["fence"] == "---" else ("+++",)
    lines = list(_LINE.finditer(text, opening.end()))[:MAX_LINES]
    close = next((n for n, m in enumerate(lines) if m.group(0).strip() in closers), None)
    if close is None:
        return None
    keyed = [(n, m, k) for n, m in enumerate(lines[:close]) if (k := _KEY.match(m.group(0).rstrip("\n")))]
    if len(keyed) < MIN_KEYS:
        return None
    title, published = None, None
    for n, m, k in keyed:
        if m.group(0)[:1].isspace():
            continue  # a nested key's line
        if k["key"].lower() == "title" and title is None:
            if _BLOCK_SCALAR.fullmatch(k["value"]) and n + 1 < close:
                under = lines[n + 1]
                body = under.group(0).rstrip("\n")
                title = (under.start() + len(body) - len(body.lstrip()), under.start() + len(body.rstrip()))
            elif k["value"]:
                title = _value_span(m.start(), k)
        elif _publication_key().fullmatch(k["key"]) and published is None:
            value = _QUOTED.fullmatch(k["value"])
            published = dates.metadata_value(value["inner"] if value else k["value"])
    end = lines[close].end()
    if title is None or title[0] >= title[1]:
        return FrontMatter(end, None, published, [(start, end)])
    return FrontMatter(end, title, published, [(start, title[0]), (title[1], end)])
