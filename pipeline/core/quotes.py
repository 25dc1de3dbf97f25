"""Quotations and their speakers. (Placeholder: finds nothing yet.)"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from pipeline.core.records import DocLayout, EntityMention, Quote


def extract_quotes(doc: Doc, layout: DocLayout, mentions: Sequence[EntityMention]) -> list[Quote]:
    """Quotations of an article with speaker, verb, type and confidence."""
    return []
