"""Subtitle files (WebVTT, SubRip) made from an article: their structure (the ``WEBVTT`` header block, ``NOTE``,
``STYLE`` and ``REGION`` blocks, cue identifiers and timing lines) is no text of the article; the cues' words are."""

from __future__ import annotations

import re
from dataclasses import dataclass

_TIME = r"(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}"
# "00:00:03.040 --> 00:00:07.318 line:85% position:50%" (WebVTT, with cue settings), "00:00:03,040 --> 00:00:07,318"
# (SubRip).
_TIMING = re.compile(rf"[ \t]*{_TIME}[ \t]+-->[ \t]+{_TIME}(?:[ \t]+[^\n]*)?")
_BLOCK = re.compile(r"(?:[^\n]*\S[^\n]*(?:\n|$))+")  # lines up to a blank line
_HEADER = re.compile(r"\ufeff?WEBVTT(?:[ \t][^\n]*)?")
_COMMENT_BLOCK = re.compile(r"(?:NOTE|STYLE|REGION)(?:[ \t][^\n]*)?")
MIN_CUES = 3  # timing lines that make a document a subtitle file


@dataclass(frozen=True, slots=True)
class Structure:
    """A structure line's or block's span and whether it is a comment or header block (whose lines may name the
    article's address) rather than a cue's identifier or timing."""

    start: int
    end: int
    block: bool


def structure(text: str, start: int = 0) -> list[Structure]:
    """The structure spans of a subtitle file from ``start`` (empty when the text is no subtitle file: fewer than
    ``MIN_CUES`` timing lines)."""
    if sum(1 for _ in _TIMING.finditer(text, start)) < MIN_CUES:
        return []
    spans = []
    for block in _BLOCK.finditer(text, start):
        lines = list(re.finditer(r"[^\n]+", block.group(0)))
        first = lines[0].group(0).strip()
        if _HEADER.fullmatch(first) or _COMMENT_BLOCK.fullmatch(first):
            spans.append(Structure(block.start(), block.start() + lines[-1].end(), True))
            continue
        timing = next((i for i, line in enumerate(lines) if _TIMING.fullmatch(line.group(0))), None)
        if timing is not None:  # the cue's identifier and its timing line; the lines under them are its words
            spans.append(Structure(block.start(), block.start() + lines[timing].end(), False))
    return spans


def masked(text: str, spans: list[Structure]) -> str:
    """The text with the structure spans blanked out (line breaks kept, offsets unchanged): the cues' words alone."""
    chars = list(text)
    for span in spans:
        for i in range(span.start, span.end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)
