"""Span edits over the decoded source text: collect them, resolve overlaps, apply them."""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.core.records import CleaningEdit


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``source[start:end]`` by ``replacement``; ``breaks`` ends a paragraph there."""

    rule: str
    start: int
    end: int
    replacement: str = ""
    breaks: bool = False

    def log(self, source: str) -> CleaningEdit:
        return CleaningEdit(self.rule, source[self.start : self.end], self.start, self.end)


@dataclass(slots=True)
class Block:
    """A paragraph (or the title): a source span plus the inline edits inside it."""

    start: int
    end: int
    edits: list[Edit] = field(default_factory=list)

    def render(self, source: str) -> str:
        """The block's text with its edits applied."""
        out, pos = [], self.start
        for e in self.edits:
            out.append(source[pos : e.start])
            out.append(e.replacement)
            pos = e.end
        out.append(source[pos : self.end])
        return "".join(out)


def _overlaps(a: Edit, b: Edit) -> bool:
    if a.start == a.end or b.start == b.end:
        # A zero-width edit clashes with a span strictly around it, or with another at the same point.
        if a.start == a.end and b.start == b.end:
            return a.start == b.start
        point, span = (a, b) if a.start == a.end else (b, a)
        return span.start < point.start < span.end
    return a.start < b.end and b.start < a.end


def resolve(candidates: list[Edit]) -> list[Edit]:
    """Non-overlapping edits in source order; earlier candidates win (callers pass them by priority)."""
    accepted: list[Edit] = []
    for cand in candidates:
        if not any(_overlaps(cand, e) for e in accepted):
            accepted.append(cand)
    return sorted(accepted, key=lambda e: (e.start, e.end))


def split(block: Block, source: str) -> list[Block]:
    """Cut a block at its breaking edits and trim surrounding whitespace (logged as edits)."""
    pieces: list[Block] = []
    current = Block(block.start, block.end)
    for e in block.edits:
        if e.breaks:
            current.end = e.start
            pieces.append(current)
            current = Block(e.end, block.end)
        else:
            current.edits.append(e)
    pieces.append(current)
    out = []
    for piece in pieces:
        trimmed = trim(piece, source)
        if trimmed is not None:
            out.append(trimmed)
    return out


def trim(block: Block, source: str) -> Block | None:
    """The block without leading/trailing whitespace (kept as edits), or None when nothing is left."""
    text = source[block.start : block.end]
    lead = len(text) - len(text.lstrip())
    tail = len(text) - len(text.rstrip())
    if lead == len(text):
        return None
    start, end = block.start + lead, block.end - tail
    return Block(start, end, [e for e in block.edits if start <= e.start and e.end <= end])
