"""Typed records passed between the stages of the pure core."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

Section = Literal["title", "body"]
DatePrecision = Literal["day", "month", "year"]
UNKNOWN_MONTH = "unknown"


def alternation(words: Iterable[str]) -> str:
    """Literal words as a regex alternation, longest first (a longer entry wins over its prefix)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def stable_id(*parts: object) -> str:
    """A short, stable hexadecimal id derived from the given parts."""
    joined = "\x1f".join(str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def without_accents(text: str, *, compatibility: bool = True) -> str:
    """``text`` without its combining marks ("État" -> "Etat"), after a compatibility decomposition (NFKD: "ﬁ" ->
    "fi", "²" -> "2", a no-break space -> a space) or, with ``compatibility=False``, a canonical one (NFD: accents
    only). The one accent folding of the project: names, lexicon keys and evaluation keys build on it."""
    form = "NFKD" if compatibility else "NFD"
    return "".join(c for c in unicodedata.normalize(form, text) if not unicodedata.combining(c))


# Typographic variants of one character that spellings of a name differ by across articles.
_FOLD = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "´": "'", "`": "'", "œ": "oe", "æ": "ae"})
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—―]+")


def name_key(name: str) -> str:
    """A name as compared across articles: without accents, case, apostrophe or hyphen variants.

    'Olivier Véran' and 'Olivier Veran', 'Jean-Yves Le Drian' and 'Jean-Yves le Drian', 'OTAN' and 'Otan'
    share a key; 'Marie Le Pen' and 'Marine Le Pen' do not (letters differ, not only their marks).
    """
    return _SEPARATORS.sub(" ", without_accents(name).casefold().translate(_FOLD)).strip()


def entity_id(label: str, canonical_name: str) -> str:
    """Stable id of an entity: the same label and canonical name (up to its spelling, see
    :func:`name_key`) give the same id in every release."""
    return stable_id("entity", label, name_key(canonical_name))


@dataclass(frozen=True, slots=True)
class CleaningEdit:
    """One thing the cleaner removed or replaced; offsets are in the decoded source text."""

    rule: str
    removed_text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class PublicationDate:
    """A normalized publication date; ``value`` is the first day of the period for month/year precision."""

    value: date | None = None
    precision: DatePrecision | None = None
    source: str | None = None
    problem: str | None = None  # why a stated date could not be used (logged, article kept undated)

    @property
    def month(self) -> str:
        """The partition key: ``YYYY-MM`` or ``unknown``."""
        return self.value.strftime("%Y-%m") if self.value else UNKNOWN_MONTH


@dataclass(frozen=True, slots=True)
class Article:
    """An ingested, cleaned article (one row of the ``articles`` table plus its cleaning log)."""

    article_id: str
    source_path: str
    content_sha256: str
    title: str
    body: str
    date: PublicationDate
    encoding: str = "utf-8"
    edits: tuple[CleaningEdit, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def month(self) -> str:
        return self.date.month

    @property
    def n_words(self) -> int:
        return len(self.body.split())

    def section_text(self, section: Section) -> str:
        return self.title if section == "title" else self.body


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that could not be ingested, with a specific reason."""

    source_path: str
    content_sha256: str | None
    reason: str


@dataclass(frozen=True, slots=True)
class EntityMention:
    """A named-entity mention; ``section_text[start:end] == text``."""

    section: Section
    start: int
    end: int
    text: str
    label: str  # PER, ORG, LOC or MISC
    canonical_name: str

    @property
    def entity_id(self) -> str:
        return entity_id(self.label, self.canonical_name)


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation with its attribution; offsets span the quoted words inside the marks."""

    section: Section
    start: int
    end: int
    text: str
    quote_type: Literal["direct", "partial"]
    speaker: str | None = None
    speaker_label: str | None = None  # label of the speaker's entity when the speaker is a named entity
    speaker_mention: str | None = None
    verb: str | None = None
    confidence: float = 0.5

    @property
    def speaker_entity_id(self) -> str | None:
        if self.speaker is None or self.speaker_label is None:
            return None
        return entity_id(self.speaker_label, self.speaker)


@dataclass(frozen=True, slots=True)
class Extraction:
    """What the NLP stage found in one article."""

    mentions: tuple[EntityMention, ...] = ()
    quotes: tuple[Quote, ...] = ()


@dataclass(frozen=True, slots=True)
class DocLayout:
    """Where title and body sit in the text given to spaCy: ``title + SEPARATOR + body``."""

    title_len: int
    SEPARATOR: str = field(default="\n\n", repr=False)

    @property
    def body_offset(self) -> int:
        return self.title_len + len(self.SEPARATOR)

    def to_section(self, start: int, end: int) -> tuple[Section, int, int]:
        """Map a span of the joined text to (section, start, end) in that section."""
        if end <= self.title_len:
            return "title", start, end
        if start >= self.body_offset:
            return "body", start - self.body_offset, end - self.body_offset
        raise ValueError(f"span {start}:{end} crosses the title/body boundary")

    def to_doc(self, section: Section, start: int, end: int) -> tuple[int, int]:
        """Map a section span back to the joined text."""
        shift = 0 if section == "title" else self.body_offset
        return start + shift, end + shift
