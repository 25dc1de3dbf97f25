"""Decoding a source file's bytes into the "decoded source text" that cleaning offsets refer to.

The decoded source text is the file's bytes decoded (UTF-8, with a leading BOM removed, or a legacy
single-byte encoding as a fallback) with every line break (CRLF, lone CR, U+2028/U+2029, NEL, form
feed, vertical tab) normalized to ``\\n``. ``CleaningEdit`` offsets index this text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

EMPTY = "empty file"
WHITESPACE_ONLY = "empty file: whitespace only"
BINARY = "not valid text: binary content"
UNDECODABLE = "not valid text: undecodable bytes"

_NEWLINES = re.compile(r"\r\n|[\r\u2028\u2029\x85\x0b\x0c]")
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1f\x7f]")
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_C1 = re.compile(r"[\x80-\x9f]")
_SAMPLE = 8192


@dataclass(frozen=True, slots=True)
class Decoded:
    """A decoded source: its text (newlines normalized), the encoding used and any warnings."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


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
    return Decoded(text, encoding, tuple(warnings))
