"""Decoding a source file's bytes into the "decoded source text" that cleaning offsets refer to.

The decoded source text is the file's bytes decoded (UTF-8, with a leading BOM removed, or a legacy
single-byte encoding as a fallback) with every line break (CRLF, lone CR, U+2028/U+2029, NEL, form
feed, vertical tab) normalized to ``\\n``, and mojibake repaired (UTF-8 text that was once read as
cp1252/latin-1: "Ã©tÃ©" for "été", "â€™" for "’", a C1 control for "€"). ``CleaningEdit`` offsets index
this text. Each repair is a ``mojibake`` edit (``Decoded.repairs``) whose ``start``/``end`` locate the
repaired characters in the decoded source text and whose ``removed_text`` is the mojibake as the file had it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

import ftfy

from pipeline.core.records import CleaningEdit

EMPTY = "empty file"
WHITESPACE_ONLY = "empty file: whitespace only"
BINARY = "not valid text: binary content"
UNDECODABLE = "not valid text: undecodable bytes"

_NEWLINES = re.compile(r"\r\n|[\r\u2028\u2029\x85\x0b\x0c]")
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1f\x7f]")
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_C1 = re.compile(r"[\x80-\x9f]")
_SAMPLE = 8192
# A line worth handing to ftfy: a C1 control, or a lead character of UTF-8 read as cp1252 ("Ã" for é, è, à …;
# "Â" for « » ° and no-break space; "Å" for œ; "â" for ’ “ ” – — €) followed by a character from the upper half
# of cp1252 (or "Ã " where a no-break space of "à" became a space). ftfy decides whether it really is mojibake.
_CP1252_HIGH = "".join(bytes([b]).decode("cp1252", errors="ignore") for b in range(0x80, 0xC0))
_MOJIBAKE_HINT = re.compile(rf"[\x80-\x9f]|[ÂÃÅâ][{re.escape(_CP1252_HIGH)}\x80-\x9f]|Ã ")
MOJIBAKE = "mojibake"
# A repair that would produce one of these (a dagger from "â€" and a space, a per-mille sign …) is no French text's
# lost character: such a span is left as it stood.
_UNLIKELY_REPAIR = re.compile("[\u2020\u2021\u2030\u0192\u02c6\u02dc\u2039\u203a\x80-\x9f\ufffd]")


@dataclass(frozen=True, slots=True)
class Decoded:
    """A decoded source: its text (newlines normalized), the encoding used and any warnings."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()
    repairs: tuple[CleaningEdit, ...] = ()  # mojibake repaired in ``text`` (see the module docstring)


def normalize_newlines(text: str) -> str:
    """Every line-break variant as ``\\n`` (a one-to-one or two-to-one character mapping)."""
    return _NEWLINES.sub("\n", text)


def _looks_binary(data: bytes) -> bool:
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        return True
    return len(_CONTROL_BYTES.findall(sample)) > 0.05 * len(sample)


def _decode_text(data: bytes) -> tuple[str, str, list[str]] | None:
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig", []
        except UnicodeDecodeError:
            text = data[3:].decode("utf-8", errors="replace")
            return text, "utf-8-sig", ["invalid UTF-8 bytes replaced by U+FFFD"]
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError as err:
        bad_at = err.start
    multibyte = len(_UTF8_MULTIBYTE.findall(data))
    invalid = data.decode("utf-8", errors="replace").count("\ufffd")
    if multibyte > 3 * invalid:
        # Mostly UTF-8 with a few stray bytes: keep UTF-8, mark the damage.
        text = data.decode("utf-8", errors="replace")
        return text, "utf-8", [f"{invalid} invalid UTF-8 byte(s) replaced by U+FFFD"]
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if len(_C1.findall(text)) > 0.01 * len(text):
            return None
        warning = f"not valid UTF-8 (byte {bad_at}); decoded as {encoding}"
        return text, encoding, [warning]
    return None


def _repair_line(old: str, new: str, offset: int) -> tuple[str, list[CleaningEdit]]:
    """The line with ftfy's repairs kept one word at a time (offsets into the repaired text).

    Differences with no whitespace between them make one repair; a repair producing an unlikely character
    (``_UNLIKELY_REPAIR``) is dropped and the original characters stay.
    """
    ops = [op for op in SequenceMatcher(None, old, new, autojunk=False).get_opcodes() if op[0] != "equal"]
    spans: list[list[int]] = []  # [old_start, old_end, new_start, new_end]
    for _, i1, i2, j1, j2 in ops:
        if spans and not any(c.isspace() for c in new[spans[-1][3] : j1]):
            spans[-1][1], spans[-1][3] = i2, j2
        else:
            spans.append([i1, i2, j1, j2])
    out: list[str] = []
    repairs: list[CleaningEdit] = []
    pos = 0  # in old
    for i1, i2, j1, j2 in spans:
        out.append(old[pos:i1])
        at = offset + sum(map(len, out))
        if _UNLIKELY_REPAIR.search(new[j1:j2]):
            out.append(old[i1:i2])
        else:
            out.append(new[j1:j2])
            repairs.append(CleaningEdit(MOJIBAKE, old[i1:i2], at, at + j2 - j1))
        pos = i2
    out.append(old[pos:])
    return "".join(out), repairs


def repair_mojibake(text: str) -> tuple[str, tuple[CleaningEdit, ...]]:
    """``text`` with its mojibake repaired by ftfy (only the lines that show its signs) and the repairs made."""
    if not _MOJIBAKE_HINT.search(text):
        return text, ()
    out: list[str] = []
    repairs: list[CleaningEdit] = []
    pos = 0
    for line in text.split("\n"):
        fixed = ftfy.fix_encoding(line) if _MOJIBAKE_HINT.search(line) else line
        if fixed != line:
            fixed, found = _repair_line(line, fixed, pos)
            repairs.extend(found)
        out.append(fixed)
        pos += len(fixed) + 1
    return "\n".join(out), tuple(repairs)


def decode(data: bytes) -> Decoded | str:
    """Decode a source file; return a ``Decoded`` or the specific reason it cannot be ingested."""
    if not data:
        return EMPTY
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            raw_text, encoding, warnings = data.decode("utf-16"), "utf-16", ["decoded as UTF-16"]
        except UnicodeDecodeError:
            return UNDECODABLE
    elif _looks_binary(data):
        return BINARY
    else:
        decoded = _decode_text(data)
        if decoded is None:
            return UNDECODABLE
        raw_text, encoding, warnings = decoded
    text = normalize_newlines(raw_text.removeprefix("\ufeff"))
    if not text.strip():
        return WHITESPACE_ONLY
    text, repairs = repair_mojibake(text)
    if repairs:
        warnings.append(f"mojibake repaired in {len(repairs)} place(s)")
    return Decoded(text, encoding, tuple(warnings), repairs)
