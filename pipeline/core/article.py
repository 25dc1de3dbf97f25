"""From a source file's bytes to a cleaned, dated Article (or a Rejection). (Placeholder.)"""

from __future__ import annotations

import hashlib
import re

from pipeline.core.records import Article, PublicationDate, Rejection, stable_id

_HEADER = re.compile(r"^\s*date\s+(\d{4})-(\d{2})\s+")


def parse_article(source_path: str, data: bytes) -> Article | Rejection:
    """Decode, split (date header, title, body), clean and date one source file."""
    sha = hashlib.sha256(data).hexdigest()
    if not data.strip():
        return Rejection(source_path, sha, "empty file")
    text = data.decode("utf-8-sig").replace("\r\n", "\n")
    date = PublicationDate()
    match = _HEADER.match(text)
    if match:
        from datetime import date as _date

        date = PublicationDate(_date(int(match[1]), int(match[2]), 1), "month", "header")
        text = text[match.end() :]
    title, _, body = text.partition("\n")
    body = "\n\n".join(p.strip() for p in body.split("\n") if p.strip())
    return Article(stable_id("article", source_path), source_path, sha, title.strip(), body, date)
