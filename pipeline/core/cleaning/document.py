"""Cleaning a decoded source: title and body blocks, inline and paragraph rules, one edit log."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from pipeline.core.cleaning import blocks, embedded, furniture, glued, inline
from pipeline.core.cleaning.spans import Block, Edit, resolve, split, trim
from pipeline.core.records import CleaningEdit, PublicationDate

_LINE = re.compile(r"[^\n]+")
_WRAP_END = re.compile(rf"[{inline.SENTENCE_END}:;»\"”]\s*$")
_WRAP_START = re.compile(rf"\s*[{inline.LOWER}]")
_SPACES = re.compile(r" {2,}")
_BODY_RULES = (*glued.RULES, *inline.BODY_RULES, *glued.LAST_RULES)  # glued headings first, spaced ones last


@dataclass(frozen=True, slots=True)
class Cleaned:
    """A cleaned title and body, every change as an edit on the source, and dates stated in the text."""

    title: str
    body: str
    edits: tuple[CleaningEdit, ...]
    text_date: PublicationDate | None = None
    url_date: PublicationDate | None = None
    warnings: tuple[str, ...] = ()


def _candidates(block: Block, source: str, rules: tuple[inline.Rule, ...]) -> list[Edit]:
    return [edit for rule in rules for edit in rule(block, source)]


def _body_blocks(source: str, start: int, end: int) -> list[Block]:
    """One block per line; a hard-wrapped line (next starts in lowercase) joins the previous one."""
    out: list[Block] = []
    previous_end = -1
    for m in _LINE.finditer(source, start, end):
        if not m.group(0).strip():
            continue
        s, e = m.start(), m.end()
        gap = source[previous_end:s] if out else ""
        joinable = out and gap.count("\n") == 1 and not _WRAP_END.search(source[out[-1].start : out[-1].end])
        if joinable and _WRAP_START.match(m.group(0)):
            out[-1].end = e
        else:
            out.append(Block(s, e))
        previous_end = e
    return [t for b in out if (t := trim(b, source))]


def _render(block: Block, source: str) -> str:
    return _SPACES.sub(" ", block.render(source)).strip()


# A paragraph cut mid-sentence (ending on a word or a comma) and its continuation in lowercase: a print or PDF
# page's break, with the page's furniture removed between them ("… a annoncé la société" / "PAGE 2" / "concession…").
_SENTENCE_CUT = re.compile(rf"[{inline.LOWER}0-9,]$")
_GOES_ON = re.compile(rf"[{inline.LOWER}]")


def clean(
    source: str,
    title: tuple[int, int],
    body_start: int,
    prelude: list[Edit],
    body_end: int | None,
    shown: tuple[embedded.Family, ...],
) -> Cleaned:
    """Clean the title span and the body from ``body_start`` (to ``body_end``: what follows is a prelude edit);
    ``prelude`` edits (date header) are logged; ``shown``: the embedded-document kinds of the source
    (``embedded.kinds``)."""
    log: list[Edit] = list(prelude)
    covered: list[tuple[int, int, str]] = [(e.start, e.end, "edit") for e in prelude]

    title_block = trim(Block(*title), source) or Block(title[0], title[0])
    title_block.edits = [
        Edit(e.rule, e.start, e.end, e.replacement or (" " if e.breaks else ""))
        for e in resolve(_candidates(title_block, source, inline.TITLE_RULES))
    ]
    log += title_block.edits
    covered.append((title_block.start, title_block.end, "title"))
    title_text = _render(title_block, source)

    paragraphs: list[blocks.Paragraph] = []
    for block in _body_blocks(source, body_start, len(source) if body_end is None else body_end):
        if any(e.start <= block.start and block.end <= e.end for e in prelude):
            continue  # a subtitle file's cue timing inside the body: already a logged edit
        block.edits = resolve(_candidates(block, source, _BODY_RULES))
        for e in block.edits:
            if e.breaks:
                log.append(e)
                covered.append((e.start, e.end, "edit"))
        for piece in split(block, source):
            text = _render(piece, source)
            if text:
                paragraphs.append(blocks.Paragraph(piece, text))
            else:
                log += piece.edits
                covered.append((piece.start, piece.end, "edit"))

    found = blocks.mark(paragraphs, source)
    embedded.mark(paragraphs, source, shown)  # the furniture of a document the article is embedded in
    furniture.mark(paragraphs, source, bool(shown))  # what the rules left that has the shape of furniture
    kept: list[str] = []
    dropped_since = False
    for para in paragraphs:
        b = para.block
        if para.drop:
            log.append(Edit(para.drop, b.start, b.end))
            covered.append((b.start, b.end, "edit"))
            dropped_since = True
        else:
            log += b.edits
            if kept and dropped_since and _SENTENCE_CUT.search(kept[-1]) and _GOES_ON.match(para.text):
                kept[-1] = f"{kept[-1]} {para.text}"  # a sentence cut by a page break and its running head
            else:
                kept.append(para.text)
            covered.append((b.start, b.end, "kept"))
            dropped_since = False
    log += _layout_edits(source, covered)

    warnings: list[str] = []
    body = "\n\n".join(kept)
    if not unicodedata.is_normalized("NFC", title_text + body):
        title_text, body = unicodedata.normalize("NFC", title_text), unicodedata.normalize("NFC", body)
        warnings.append("text normalized to NFC beyond the logged edits")
    edits = tuple(e.log(source) for e in sorted(log, key=lambda e: (e.start, e.end, e.rule)))
    # A bare dated line under the title is weaker evidence than a dated URL of the article itself.
    text_date = found.text_date or (found.near_date if found.url_date is None else None)
    return Cleaned(title_text, body, edits, text_date, found.url_date, tuple(warnings))


def _layout_edits(source: str, covered: list[tuple[int, int, str]]) -> list[Edit]:
    """Whitespace between kept pieces that is not the standard separator, logged as "whitespace"."""
    edits = []
    spans = sorted(covered)
    pos, prev_kind = 0, "start"
    for start, end, kind in [*spans, (len(source), len(source), "end")]:
        if start > pos:
            gap = source[pos:start]
            standard = (prev_kind == "kept" and kind == "kept" and gap == "\n\n") or (
                prev_kind == "title" and kind == "kept" and gap in ("\n", "\n\n")
            )
            if not standard:
                edits.append(Edit("whitespace", pos, start))
        if end >= pos:
            pos, prev_kind = end, kind
    return edits
