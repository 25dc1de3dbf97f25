"""An article embedded in another document (a press-archive export, a radio running order, a school worksheet, a
text-mode browser dump, an e-reader edition, a newsletter digest): that document's furniture, removed only when the
document shows several lines of its kind."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from pipeline.core.cleaning import inline, patterns

if TYPE_CHECKING:
    from pipeline.core.cleaning.blocks import Paragraph

# One data file per document kind; the file's name is the rule of its removals.
FAMILIES = (
    "database_export",
    "running_order",
    "worksheet",
    "text_browser",
    "ereader",
    "digest",
    "screen_reader",
    "monitoring_alert",
    "wiki_page",
    "mailing_list",
    "press_clipping",
    "cms_export",
    "web_cache",
    "podcast_page",
    "channel_export",
    "wrapper",  # any program's furniture, kind-agnostic: last, the kinds' own rules first
)
MIN_SIGN_LINES = 3  # lines of the document matching the kind's patterns …
MIN_SIGN_PATTERNS = 2  # … and different patterns among them
MAX_SIGN_ONLY_WORDS = 25  # a "sign" pattern only counts on a short line
MAX_FURNITURE_WORDS = 60  # a longer paragraph is never furniture
MAX_LIST_ITEM_WORDS = 60
MAX_TERM_WORDS = 5

_APOSTROPHES = re.compile(r"[’‘`´ʼ]")
_NUMBERED_ITEM = re.compile(r"\d{1,2}[.)]\s\S|[-•*▪]\s\S")
_DEFINITION = re.compile(r"([^:.!?]{2,60}?)\s:\s\S.*")


@dataclass(frozen=True, slots=True)
class Family:
    """A document kind: its furniture lines, lines that only show the kind, headings of lists, the furniture
    lines whose dates never date the article (among ``lines`` too: an export's or an episode's own dates), and weak
    furniture lines: removed where the kind is shown, never counted as showing it (a generic field's shape)."""

    rule: str
    lines: tuple[re.Pattern[str], ...]
    signs: tuple[re.Pattern[str], ...]
    lists: tuple[re.Pattern[str], ...]
    undated: tuple[re.Pattern[str], ...] = ()
    weak: tuple[re.Pattern[str], ...] = ()


@cache
def families() -> tuple[Family, ...]:
    """The embedded-document families of ``pipeline/data/cleaning``."""
    out = []
    for rule in FAMILIES:
        kinds: dict[str, list[re.Pattern[str]]] = {"line": [], "sign": [], "list": [], "undated": [], "weak": []}
        for entry in patterns._entries(f"{rule}.txt"):
            kind, _, regex = entry.partition(" ")
            kinds[kind].append(re.compile(regex.strip()))
        lines = (*kinds["line"], *kinds["undated"])
        signs, lists, undated = tuple(kinds["sign"]), tuple(kinds["list"]), tuple(kinds["undated"])
        out.append(Family(rule, lines, signs, lists, undated, tuple(kinds["weak"])))
    return tuple(out)


def _forms(line: str) -> tuple[str, str]:
    """A line as rendered (single spaces) and raw (runs of spaces kept: a field code's column)."""
    raw = _APOSTROPHES.sub("'", line).strip()
    return inline.plain(raw).strip(), raw


def _match(pattern_list: tuple[re.Pattern[str], ...], line: str, rendered: str = "") -> int | None:
    """The index of the first pattern matching the whole line (any form), or None."""
    forms = (*_forms(line), rendered) if rendered else _forms(line)
    return next((i for i, p in enumerate(pattern_list) if any(p.fullmatch(f) for f in forms)), None)


def _sign(family: Family, line: str) -> str | None:
    """Which of the family's patterns this line shows (a key), or None."""
    if not line.strip() or len(line.split()) > MAX_FURNITURE_WORDS:
        return None
    for name, pattern_list in (("line", family.lines), ("list", family.lists)):
        if (i := _match(pattern_list, line)) is not None:
            return f"{name}{i}"
    if len(line.split()) <= MAX_SIGN_ONLY_WORDS and (i := _match(family.signs, line)) is not None:
        return f"sign{i}"
    return None


def kinds(source: str) -> tuple[Family, ...]:
    """The families whose kind the whole document shows: enough lines of it, of different patterns."""
    lines = source.splitlines()
    out = []
    for family in families():
        keys = [k for line in lines if (k := _sign(family, line))]
        if len(keys) >= MIN_SIGN_LINES and len(set(keys)) >= MIN_SIGN_PATTERNS:
            out.append(family)
    return tuple(out)


def furniture_rule(line: str, shown: tuple[Family, ...]) -> str | None:
    """The rule of a furniture line of one of the document kinds shown (a line above the title), else None."""
    if not line.strip() or len(line.split()) > MAX_FURNITURE_WORDS:
        return None
    return next((family.rule for family in shown if _match(family.lines, line) is not None), None)


def undated(line: str, shown: tuple[Family, ...]) -> bool:
    """Whether a furniture line of one of the document kinds shown states dates that never date the article (an
    export's or an update's time, a podcast episode's release)."""
    return any(_match(family.undated, line) is not None for family in shown)


def _all_lines(family: Family, raw: str) -> bool:
    """A paragraph of several lines, each a furniture line of the kind (a list's address above its info link)."""
    lines = [line for line in raw.splitlines() if line.strip()]
    return len(lines) >= 2 and all(_match(family.lines, line) is not None for line in lines)


def _neighbour_lines(source: str, start: int, end: int) -> tuple[str, str]:
    """The nearest non-blank source lines before ``start`` and after ``end``."""
    return source[:start].rstrip().rpartition("\n")[2], source[end:].lstrip().partition("\n")[0]


def _weak_furniture(family: Family, raw: str, text: str, source: str, para: Paragraph) -> bool:
    """A weak furniture line of the kind (a field of a vocabulary never seen) right beside a furniture line of it."""
    if not family.weak or _match(family.weak, raw, text) is None:
        return False
    neighbours = _neighbour_lines(source, para.block.start, para.block.end)
    return any(line and _match(family.lines, line) is not None for line in neighbours)


def _adjacent(a: Paragraph, b: Paragraph, source: str) -> bool:
    return source.count("\n", a.block.end, b.block.start) <= 1


def _list_item(text: str) -> bool:
    """A numbered item or a glossary entry ("Taux plein : pension versée sans décote.")."""
    if len(text.split()) > MAX_LIST_ITEM_WORDS:
        return False
    definition = _DEFINITION.fullmatch(text)
    return bool(_NUMBERED_ITEM.match(text) or (definition and len(definition.group(1).split()) <= MAX_TERM_WORDS))


def mark(paragraphs: list[Paragraph], source: str, shown: tuple[Family, ...]) -> None:
    """Drop the furniture of the document kinds ``shown`` by the source (``kinds(source)``; paragraphs already dropped
    are left as they are)."""
    for family in shown:
        in_list = False
        for i, para in enumerate(paragraphs):
            raw = source[para.block.start : para.block.end]
            if in_list and not (_adjacent(paragraphs[i - 1], para, source) and _list_item(para.text)):
                in_list = False
            heading = para.n_words <= MAX_FURNITURE_WORDS and _match(family.lists, raw, para.text) is not None
            line = _match(family.lines, raw, para.text) is not None or _all_lines(family, raw)
            line = line or _weak_furniture(family, raw, para.text, source, para)
            furniture = in_list or heading or line
            if para.drop is None and para.n_words <= MAX_FURNITURE_WORDS and furniture:
                para.drop = family.rule
            in_list = in_list or heading
