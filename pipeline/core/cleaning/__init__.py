"""Cleaning: span edits over the decoded source text (inline rules, paragraph rules, layout)."""

from pipeline.core.cleaning.document import Cleaned, clean

__all__ = ["Cleaned", "clean"]
